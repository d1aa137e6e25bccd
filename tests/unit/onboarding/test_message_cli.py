"""``baton message publish``: input validation before anything reaches the engine."""

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from baton_cli import messages
from baton_cli.main import cli

UPLOAD = {"uploadedDocuments": [{"kind": "id", "name": "passport.pdf", "text": "Ana Ruiz"}]}


@pytest.fixture
def published(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    calls: list[tuple[Any, ...]] = []

    async def fake_publish(*args: Any) -> int:
        calls.append(args)
        return 42

    monkeypatch.setattr(messages, "_publish", fake_publish)
    return calls


def run(*args: str) -> Any:
    return CliRunner().invoke(cli, ["message", "publish", *args])


def vars_file(tmp_path: Path, content: str) -> str:
    path = tmp_path / "vars.json"
    path.write_text(content)
    return str(path)


def test_publishes_a_valid_upload(tmp_path: Path, published: list[tuple[Any, ...]]) -> None:
    result = run(
        "onboarding-documents-uploaded",
        "--key",
        "APP-1001",
        "--vars",
        vars_file(tmp_path, json.dumps(UPLOAD)),
        "--ttl",
        "60",
    )
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "42"
    assert published == [("onboarding-documents-uploaded", "APP-1001", UPLOAD, 60_000, None)]


def test_other_messages_take_any_object_or_none(published: list[tuple[Any, ...]]) -> None:
    result = run("ticket-updated", "--key", "T-1", "--message-id", "m-1")
    assert result.exit_code == 0, result.output
    assert published == [("ticket-updated", "T-1", {}, 3_600_000, "m-1")]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "is not JSON"),
        ("[1, 2]", "must be a JSON object, got list"),
        ('"text"', "must be a JSON object, got str"),
        ("{}", "uploadedDocuments: Field required"),
        ('{"uploadedDocuments": []}', "uploadedDocuments: List should have at least 1 item"),
        ('{"uploadedDocuments": [{"name": "a.pdf"}]}', "uploadedDocuments[0].kind: Field required"),
        ('{"uploadedDocuments": [{"kind": "id", "name": "a"}], "x": 1}', "x: Extra inputs"),
    ],
)
def test_malformed_vars_file_is_rejected_before_publishing(
    tmp_path: Path, published: list[tuple[Any, ...]], content: str, problem: str
) -> None:
    result = run(
        "onboarding-documents-uploaded", "--key", "APP-1", "--vars", vars_file(tmp_path, content)
    )
    assert result.exit_code != 0
    assert problem in result.output
    assert published == []


def test_missing_vars_file_is_rejected(tmp_path: Path, published: list[tuple[Any, ...]]) -> None:
    result = run("m", "--key", "K", "--vars", str(tmp_path / "absent.json"))
    assert result.exit_code != 0
    assert "does not exist" in result.output
    assert published == []


def test_binary_vars_file_is_rejected(tmp_path: Path, published: list[tuple[Any, ...]]) -> None:
    path = tmp_path / "vars.json"
    path.write_bytes(b"\xff\xfe\x00")
    result = run("m", "--key", "K", "--vars", str(path))
    assert result.exit_code != 0
    assert "is not JSON" in result.output


@pytest.mark.parametrize(
    "args",
    [
        ["onboarding-documents-uploaded"],
        ["onboarding-documents-uploaded", "--key", ""],
        ["onboarding-documents-uploaded", "--key", " APP-1"],
        ["  ", "--key", "APP-1"],
        ["m", "--key", "K", "--ttl", "-1"],
        ["m", "--key", "K", "--ttl", "forever"],
    ],
)
def test_bad_arguments_are_usage_errors(args: list[str], published: list[tuple[Any, ...]]) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert published == []
