"""``python -m workers`` refuses an invalid setting with the exit code `baton run` uses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from workers.__main__ import EXIT_BAD_SETTING, main

REPO = Path(__file__).resolve().parents[3]
BAD_SETTINGS = {
    "BATON_ZEEBE__ADDRESS": "no-port",
    "BATON_METRICS_PORT": "abc",
    "BATON_ELASTICSEARCH_URL": "not-a-url",
}


@pytest.mark.parametrize("variable", sorted(BAD_SETTINGS))
def test_an_invalid_setting_exits_4_and_names_its_variable(
    variable: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(variable, BAD_SETTINGS[variable])
    assert main() == EXIT_BAD_SETTING == 4
    assert variable in capsys.readouterr().err


def test_the_module_exits_with_the_same_code_as_baton_run() -> None:
    env = {**os.environ, "BATON_ZEEBE__ADDRESS": "no-port"}
    done = subprocess.run(
        [sys.executable, "-m", "workers"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 4, done.stderr
    assert "BATON_ZEEBE__ADDRESS" in done.stderr
