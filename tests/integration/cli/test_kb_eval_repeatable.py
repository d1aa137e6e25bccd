"""``baton kb eval`` prints the same figures run after run on the same code."""

from __future__ import annotations

import uuid

import pytest
from click.testing import CliRunner

from baton_cli.main import cli


def test_kb_eval_figures_repeat_exactly(
    elasticsearch_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BATON_ELASTICSEARCH_URL", elasticsearch_url)
    prefix = f"test-{uuid.uuid4().hex[:8]}"
    runs = [CliRunner().invoke(cli, ["kb", "eval", "--prefix", prefix]) for _ in range(2)]
    for run in runs:
        assert run.exit_code == 0, run.output
    figures = [run.stdout for run in runs]
    assert "recall@5" in figures[0]
    assert "ms/query" not in figures[0]
    assert figures[0] == figures[1]
