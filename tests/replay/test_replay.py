"""Replay the recorded agent calls on the sample cases; a changed decision or verdict fails
with a unified diff of recorded vs. replayed answer. Re-record with
``python -m tests.replay.record`` when the change is intended."""

from __future__ import annotations

import difflib
import json
from collections.abc import Mapping
from pathlib import Path

import pytest

from agents import OfflineHandler, offline_roles
from tests.replay.agents_under_replay import RECORDINGS, RecordingError, load_recording, run
from tests.replay.scenarios import scenarios

RECORDED = sorted(RECORDINGS.glob("*.json"))


@pytest.fixture(scope="module")
def roles() -> Mapping[str, OfflineHandler]:
    return offline_roles()


def _lines(view: object) -> list[str]:
    return json.dumps(view, indent=2, sort_keys=True, ensure_ascii=False).splitlines()


def test_every_scenario_has_a_recording() -> None:
    assert sorted(f"{name}.json" for name in scenarios()) == [p.name for p in RECORDED]


@pytest.mark.parametrize("path", RECORDED, ids=[p.stem for p in RECORDED])
def test_replayed_agent_answer_matches_the_recording(
    path: Path, roles: Mapping[str, OfflineHandler]
) -> None:
    role, data, recorded = load_recording(path)
    replayed = run(role, data, roles)
    if replayed != recorded:
        diff = "\n".join(
            difflib.unified_diff(
                _lines(recorded), _lines(replayed), "recorded", "replayed", lineterm=""
            )
        )
        pytest.fail(f"{path.name}: the {role} agent answers differently\n{diff}", pytrace=False)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not JSON"),
        ("[1, 2]", "expected an object"),
        ('{"role": "qa", "input": {}}', "field 'output' missing"),
        ('{"role": 3, "input": {}, "output": {}}', "field 'role' missing or not a str"),
    ],
)
def test_malformed_recording_names_the_file_and_field(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "broken.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RecordingError, match=f"broken.json: {message}"):
        load_recording(path)


def test_unknown_role_is_refused(roles: Mapping[str, OfflineHandler]) -> None:
    with pytest.raises(RecordingError, match="role 'judge' is not one of"):
        run("judge", {}, roles)
