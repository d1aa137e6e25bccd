"""Pure verification of an audit chain."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from contextstore import GENESIS_HASH, AuditEntry, AuditRecord, check_chain


def build_chain(length: int, case_id: str = "CLM-1") -> list[AuditEntry]:
    entries: list[AuditEntry] = []
    previous = GENESIS_HASH
    for seq in range(1, length + 1):
        record = AuditRecord(
            case_id=case_id,
            actor="agent:coverage",
            action="assess",
            element_id=f"task-{seq}",
            idempotency_key=f"{case_id}:task-{seq}",
            inputs_hash=f"h{seq}",
            output={"covered": True},
            reason="policy active",
        )
        entry = AuditEntry.chain(record, seq, previous)
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
    record = build_chain(1)[0].record()

    assert AuditEntry.compute_hash(record, 1, GENESIS_HASH) != AuditEntry.compute_hash(
        record, 1, "f" * 64
    )


def test_record_without_actor_is_rejected() -> None:
    with pytest.raises(ValidationError, match="actor"):
        AuditRecord(
            case_id="CLM-1",
            actor="",
            action="assess",
            element_id="task",
            idempotency_key="k",
            inputs_hash="h",
        )
