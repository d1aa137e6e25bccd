"""Requests the simulator executed (payments, accounts, tickets …), in an append-only JSONL file.

Each line records one executed request with its idempotency key and a fingerprint of the
body, so a replay answers with the original record, even after a restart.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

STATE_FILE = "state.jsonl"


class StateFileError(ValueError):
    """The state file is corrupt in a way a restart cannot repair."""


class IdempotencyConflictError(ValueError):
    """An idempotency key was reused with a different request body."""


@dataclass(frozen=True)
class Entry:
    system: str
    idempotency_key: str
    fingerprint: str
    record: dict[str, Any]


def fingerprint(body: dict[str, Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


class Ledger:
    """Executed requests per system, keyed by idempotency key; durable before it answers."""

    def __init__(self, state_dir: Path) -> None:
        state_dir.mkdir(parents=True, exist_ok=True)
        self.path = state_dir / STATE_FILE
        self._lock = threading.Lock()
        self._by_key: dict[tuple[str, str], Entry] = {}
        self._records: dict[str, list[dict[str, Any]]] = {}
        self._replay()

    def _replay(self) -> None:
        if not self.path.exists():
            return
        lines = self.path.read_text(encoding="utf-8").split("\n")
        torn_tail = lines[-1] != ""
        for number, line in enumerate(lines, start=1):
            if not line:
                continue
            try:
                raw = json.loads(line)
                entry = Entry(
                    system=raw["system"],
                    idempotency_key=raw["idempotencyKey"],
                    fingerprint=raw["fingerprint"],
                    record=raw["record"],
                )
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                if torn_tail and number == len(lines):
                    self._truncate_torn_tail()
                    break
                raise StateFileError(
                    f"{self.path}: line {number} is not a valid state entry ({exc}); "
                    "move the file away to start with empty state"
                ) from None
            self._remember(entry)

    def _truncate_torn_tail(self) -> None:
        """A write interrupted by a crash leaves half a line; it was never acknowledged."""
        content = self.path.read_bytes()
        with self.path.open("r+b") as handle:
            handle.truncate(content.rfind(b"\n") + 1)

    def _remember(self, entry: Entry) -> None:
        self._by_key[(entry.system, entry.idempotency_key)] = entry
        self._records.setdefault(entry.system, []).append(entry.record)

    def execute(
        self, system: str, idempotency_key: str, body: dict[str, Any], record: dict[str, Any]
    ) -> tuple[dict[str, Any], bool]:
        """Store ``record`` unless the key was seen; returns (the record, created?).

        Raises :class:`IdempotencyConflictError` when the key was used for a different body.
        """
        digest = fingerprint(body)
        with self._lock:
            existing = self._by_key.get((system, idempotency_key))
            if existing is not None:
                if existing.fingerprint != digest:
                    raise IdempotencyConflictError(
                        f"Idempotency-Key {idempotency_key!r} was already used for a different "
                        f"{system} request; send a new key for a new request"
                    )
                return existing.record, False
            entry = Entry(system, idempotency_key, digest, record)
            line = json.dumps(
                {
                    "system": system,
                    "idempotencyKey": idempotency_key,
                    "fingerprint": digest,
                    "record": record,
                },
                ensure_ascii=False,
            )
            with self.path.open("a", encoding="utf-8") as handle:
                handle.write(line + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            self._remember(entry)
            return record, True

    def seen(self, system: str, idempotency_key: str) -> bool:
        with self._lock:
            return (system, idempotency_key) in self._by_key

    def records(self, system: str) -> list[dict[str, Any]]:
        with self._lock:
            return list(self._records.get(system, []))
