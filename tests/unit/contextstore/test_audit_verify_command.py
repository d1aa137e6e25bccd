"""``baton audit verify`` tells "no such case" from "intact" and shows the trail of a case."""

from __future__ import annotations

from typing import Any

import pytest
from click.testing import CliRunner

from baton_cli import knowledge
from baton_cli.main import cli
from contextstore import GENESIS_HASH, check_chain
from contracts.audit import AuditEntry, ChainedAuditEntry


def chained(*steps: tuple[str, str]) -> list[ChainedAuditEntry]:
    entries: list[ChainedAuditEntry] = []
    previous = GENESIS_HASH
    for seq, (actor, action) in enumerate(steps, start=1):
        record = AuditEntry(
            case_id="CLM-9",
            actor=actor,
            action=action,
            element_id="UserTask_ReviewClaim",
            idempotency_key=f"k{seq}",
            inputs_hash="h",
            reason="estimate checked" if action == "user-task.completed" else "",
        )
        entry = ChainedAuditEntry.chain(record, seq, previous)
        entries.append(entry)
        previous = entry.hash
    return entries


def verify_with(
    monkeypatch: pytest.MonkeyPatch, entries: list[ChainedAuditEntry], stored: int
) -> Any:
    monkeypatch.setattr(knowledge, "_run", lambda work: check_chain("CLM-9", entries, stored))
    return CliRunner().invoke(cli, ["audit", "verify", "CLM-9"])


def test_a_case_with_no_entries_is_no_such_case(monkeypatch: pytest.MonkeyPatch) -> None:
    result = verify_with(monkeypatch, [], 0)
    assert result.exit_code == 1
    assert "no such case" in result.output
    assert "intact" not in result.output


def test_an_intact_case_shows_people_and_agents_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    trail = chained(
        ("intake", "ingestion.proposal"),
        ("hana.handler", "user-task.assigned"),
        ("hana.handler", "user-task.completed"),
        ("claims-handler", "claims.decision"),
    )
    result = verify_with(monkeypatch, trail, len(trail))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert [line.split()[3] for line in lines[:4]] == [
        "ingestion.proposal",
        "user-task.assigned",
        "user-task.completed",
        "claims.decision",
    ]
    assert "hana.handler" in lines[2] and "estimate checked" in lines[2]
    assert lines[-1] == "audit chain of CLM-9: 4 entries, intact"


def test_a_tampered_case_is_broken(monkeypatch: pytest.MonkeyPatch) -> None:
    trail = chained(("intake", "ingestion.proposal"), ("hana.handler", "user-task.completed"))
    trail[1] = trail[1].model_copy(update={"actor": "someone.else"})
    result = verify_with(monkeypatch, trail, len(trail))
    assert result.exit_code == 1
    assert "BROKEN" in result.output


def test_entries_stored_after_a_gap_still_count_as_a_case() -> None:
    report = check_chain("CLM-9", [], 2)
    assert report.exists and not report.intact
