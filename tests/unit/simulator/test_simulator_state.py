from __future__ import annotations

from pathlib import Path

import pytest

from simulator.state import STATE_FILE, IdempotencyConflictError, Ledger, StateFileError


def test_ledger_replays_executed_records_after_a_restart(tmp_path: Path) -> None:
    Ledger(tmp_path).execute("payments", "k", {"a": 1}, {"paymentId": "P1"})
    record, created = Ledger(tmp_path).execute("payments", "k", {"a": 1}, {"paymentId": "P2"})
    assert (record, created) == ({"paymentId": "P1"}, False)


def test_ledger_rejects_a_key_reused_for_another_body(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path)
    ledger.execute("payments", "k", {"a": 1}, {"paymentId": "P1"})
    with pytest.raises(IdempotencyConflictError, match="'k' was already used"):
        ledger.execute("payments", "k", {"a": 2}, {"paymentId": "P2"})


def test_torn_last_line_from_a_crash_is_dropped(tmp_path: Path) -> None:
    Ledger(tmp_path).execute("payments", "k", {"a": 1}, {"paymentId": "P1"})
    with (tmp_path / STATE_FILE).open("a") as handle:
        handle.write('{"system": "payments", "idem')
    ledger = Ledger(tmp_path)
    assert ledger.records("payments") == [{"paymentId": "P1"}]
    ledger.execute("payments", "k2", {"a": 2}, {"paymentId": "P2"})
    assert Ledger(tmp_path).records("payments") == [{"paymentId": "P1"}, {"paymentId": "P2"}]


def test_corrupt_line_in_the_middle_fails_naming_the_line(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path)
    ledger.execute("payments", "k", {"a": 1}, {"paymentId": "P1"})
    path = tmp_path / STATE_FILE
    path.write_text("not json\n" + path.read_text())
    with pytest.raises(StateFileError, match="line 1 is not a valid state entry"):
        Ledger(tmp_path)


def test_line_missing_a_field_fails_naming_the_line(tmp_path: Path) -> None:
    (tmp_path / STATE_FILE).write_text('{"system": "payments"}\n')
    with pytest.raises(StateFileError, match="line 1"):
        Ledger(tmp_path)
