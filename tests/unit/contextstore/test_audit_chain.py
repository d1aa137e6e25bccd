"""Pure verification of an audit chain."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from contextstore import GENESIS_HASH, check_chain
from contracts.audit import AuditEntry, ChainedAuditEntry


def build_chain(length: int, case_id: str = "CLM-1") -> list[ChainedAuditEntry]:
    entries: list[ChainedAuditEntry] = []
    previous = GENESIS_HASH
    for seq in range(1, length + 1):
        record = AuditEntry(
            case_id=case_id,
            actor="agent:coverage",
            action="assess",
            element_id=f"task-{seq}",
            idempotency_key=f"{case_id}:task-{seq}",
            inputs_hash=f"h{seq}",
            output={"covered": True},
            reason="policy active",
        )
        entry = ChainedAuditEntry.chain(record, seq, previous)
        entries.append(entry)
        previous = entry.hash
    return entries


def test_untouched_chain_is_intact() -> None:
    report = check_chain("CLM-1", build_chain(4), stored_count=4)

    assert report.intact
    assert report.entries == 4


def test_changed_output_is_detected() -> None:
    chain = build_chain(3)
    chain[1] = chain[1].model_copy(update={"output": {"covered": False}})

    report = check_chain("CLM-1", chain, stored_count=3)

    assert report.problems == ["entry 2 content does not match its hash"]


def test_swapped_entries_are_detected() -> None:
    chain = build_chain(3)
    chain[0], chain[1] = chain[1], chain[0]

    report = check_chain("CLM-1", chain, stored_count=3)

    assert any("claims seq" in p for p in report.problems)
    assert any("does not link" in p for p in report.problems)


def test_entry_of_another_case_is_detected() -> None:
    report = check_chain("CLM-2", build_chain(1, case_id="CLM-1"), stored_count=1)

    assert any("belongs to case" in p for p in report.problems)


def test_entries_beyond_a_gap_are_reported() -> None:
    report = check_chain("CLM-1", build_chain(2), stored_count=5)

    assert report.problems == ["3 entries stored after a gap at seq 3"]


def test_hash_depends_on_the_previous_hash() -> None:
    record = build_chain(1)[0].entry()

    assert ChainedAuditEntry.compute_hash(
        record, 1, GENESIS_HASH
    ) != ChainedAuditEntry.compute_hash(record, 1, "f" * 64)


def test_record_without_actor_is_rejected() -> None:
    with pytest.raises(ValidationError, match="actor"):
        AuditEntry(
            case_id="CLM-1",
            actor="",
            action="assess",
            element_id="task",
            idempotency_key="k",
            inputs_hash="h",
        )


WRITTEN_BEFORE_ISSUE_12 = {
    "case_id": "CLM-OLD-1",
    "actor": "agent:coverage",
    "action": "claims.coverage",
    "element_id": "Task_CheckCoverage",
    "idempotency_key": "CLM-OLD-1:Task_CheckCoverage:42:claims.coverage:0123456789abcdef",
    "process_instance_key": 2251799813685249,
    "inputs_hash": "ab" * 32,
    "output": {"covered": True, "limit": 1500.5},
    "reason": "policy active",
    "at": "2026-03-01T09:30:00Z",
    "seq": 1,
    "prev_hash": GENESIS_HASH,
    "hash": "84c28d0e65947dc7720b36497ae732f4d95e8cf45524bf38320a2fb680d3ef80",
}
"""A stored document as the context store wrote it before the trail types moved to contracts."""


def test_an_entry_stored_before_the_unified_types_still_verifies() -> None:
    stored = ChainedAuditEntry.model_validate(WRITTEN_BEFORE_ISSUE_12)
    assert check_chain("CLM-OLD-1", [stored], stored_count=1).intact
    assert stored.model_dump(mode="json") == WRITTEN_BEFORE_ISSUE_12


def test_a_stored_entry_with_an_unknown_field_is_rejected() -> None:
    with pytest.raises(ValidationError, match="tampered"):
        ChainedAuditEntry.model_validate({**WRITTEN_BEFORE_ISSUE_12, "tampered": True})
