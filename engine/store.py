"""Durable records: every table in memory for reads, SQLite (WAL) on disk for restarts.

The runtime marks what a command changed with ``put``/``delete``; ``flush`` writes all of it
in one transaction. The server acknowledges a command only after the flush that holds it, so
after a crash (SIGKILL included) the disk has every acknowledged change and nothing half-done.
WAL with ``synchronous=NORMAL`` survives a killed process; only a power loss may lose the last
transactions, which is the trade Zeebe's own default (no fsync per record batch) makes too.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections import defaultdict
from pathlib import Path
from typing import Any, TypeVar

from engine.state import (
    RECORD_TYPES,
    DecisionDefinition,
    DecisionRequirements,
    ElementInstance,
    FormDefinition,
    Incident,
    Job,
    Message,
    MessageSubscription,
    ProcessDefinition,
    ProcessInstance,
    Resource,
    SignalSubscription,
    Timer,
    UserTask,
    Variable,
)

R = TypeVar("R")
KEY_BASE = 1 << 51  # Zeebe encodes the partition (1) in a key's upper bits


class Tables:
    """Every record kind as a dict by key, plus the indices the runtime needs to stay fast."""

    def __init__(self) -> None:
        self.resources: dict[int, Resource] = {}
        self.process_definitions: dict[int, ProcessDefinition] = {}
        self.decision_requirements: dict[int, DecisionRequirements] = {}
        self.decision_definitions: dict[int, DecisionDefinition] = {}
        self.form_definitions: dict[int, FormDefinition] = {}
        self.process_instances: dict[int, ProcessInstance] = {}
        self.element_instances: dict[int, ElementInstance] = {}
        self.variables: dict[int, Variable] = {}
        self.jobs: dict[int, Job] = {}
        self.timers: dict[int, Timer] = {}
        self.message_subscriptions: dict[int, MessageSubscription] = {}
        self.messages: dict[int, Message] = {}
        self.signal_subscriptions: dict[int, SignalSubscription] = {}
        self.incidents: dict[int, Incident] = {}
        self.user_tasks: dict[int, UserTask] = {}
        self._scope_variables: dict[int, dict[str, Variable]] = defaultdict(dict)
        self.children: dict[int, set[int]] = defaultdict(set)
        self._owned: dict[int, set[tuple[str, int]]] = defaultdict(set)
        self._by_message: dict[tuple[str, str], set[int]] = defaultdict(set)

    def by_kind(self, kind: str) -> dict[int, Any]:
        table: dict[int, Any] = getattr(self, _attribute(kind))
        return table

    def scope_variables(self, scope_key: int) -> dict[str, Variable]:
        """Variables declared on exactly this scope (no inheritance)."""
        return self._scope_variables.get(scope_key, {})

    def owned(self, element_instance_key: int, kind: str) -> list[Any]:
        """Timers, subscriptions, jobs or incidents that belong to one element instance."""
        table = self.by_kind(kind)
        keys = [
            k for owned_kind, k in self._owned.get(element_instance_key, ()) if owned_kind == kind
        ]
        return [table[k] for k in sorted(keys) if k in table]

    def subscriptions_for(self, name: str, correlation_key: str) -> set[int]:
        return set(self._by_message.get((name, correlation_key), ()))

    def index(self, kind: str, record: Any) -> None:
        if kind == "variable":
            self._scope_variables[record.scope_key][record.name] = record
        elif kind == "element_instance" and record.flow_scope_key is not None:
            self.children[record.flow_scope_key].add(record.key)
        if kind in _OWNED_KINDS and record.element_instance_key is not None:
            self._owned[record.element_instance_key].add((kind, record.key))
        if kind == "message_subscription":
            self._by_message[(record.message_name, record.correlation_key)].add(record.key)

    def unindex(self, kind: str, record: Any) -> None:
        if kind == "variable":
            self._scope_variables.get(record.scope_key, {}).pop(record.name, None)
        if kind in _OWNED_KINDS and record.element_instance_key is not None:
            self._owned.get(record.element_instance_key, set()).discard((kind, record.key))
        if kind == "message_subscription":
            self._by_message.get((record.message_name, record.correlation_key), set()).discard(
                record.key
            )


_OWNED_KINDS = {"timer", "message_subscription", "signal_subscription", "job", "incident"}


def _attribute(kind: str) -> str:
    return {
        "decision_requirements": "decision_requirements",
    }.get(kind, kind + "s")


class Store:
    """The SQLite file behind ``Tables``; one table per record kind, JSON rows."""

    def __init__(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self.path = data_dir / "engine.sqlite3"
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        for kind in RECORD_TYPES:
            self._db.execute(
                f"CREATE TABLE IF NOT EXISTS {kind} (key INTEGER PRIMARY KEY, data TEXT NOT NULL)"
            )
        self._db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)")
        self.tables = Tables()
        self._dirty: dict[tuple[str, int], Any] = {}
        self.next_key = KEY_BASE + 1

    def load(self) -> None:
        """Read every record back into memory (a restart)."""
        for kind, cls in RECORD_TYPES.items():
            table = self.tables.by_kind(kind)
            for key, data in self._db.execute(f"SELECT key, data FROM {kind}"):
                record = cls(**json.loads(data))
                table[key] = record
                self.tables.index(kind, record)
        row = self._db.execute("SELECT value FROM meta WHERE name = 'next_key'").fetchone()
        if row:
            self.next_key = int(row[0])

    def new_key(self) -> int:
        key = self.next_key
        self.next_key += 1
        return key

    def put(self, kind: str, record: Any) -> None:
        table = self.tables.by_kind(kind)
        if record.key not in table:
            table[record.key] = record
            self.tables.index(kind, record)
        self._dirty[(kind, record.key)] = record

    def delete(self, kind: str, record: Any) -> None:
        self.tables.by_kind(kind).pop(record.key, None)
        self.tables.unindex(kind, record)
        self._dirty[(kind, record.key)] = None

    @property
    def has_changes(self) -> bool:
        return bool(self._dirty)

    def flush(self) -> None:
        """Write every change since the last flush in one transaction."""
        if not self._dirty:
            return
        dirty, self._dirty = self._dirty, {}
        upserts: dict[str, list[tuple[int, str]]] = defaultdict(list)
        deletes: dict[str, list[tuple[int]]] = defaultdict(list)
        for (kind, key), record in dirty.items():
            if record is None:
                deletes[kind].append((key,))
            else:
                upserts[kind].append((key, json.dumps(_row(record), separators=(",", ":"))))
        db = self._db
        db.execute("BEGIN")
        try:
            for kind, rows in upserts.items():
                db.executemany(f"INSERT OR REPLACE INTO {kind} (key, data) VALUES (?, ?)", rows)
            for kind, keys in deletes.items():
                db.executemany(f"DELETE FROM {kind} WHERE key = ?", keys)
            db.execute(
                "INSERT OR REPLACE INTO meta (name, value) VALUES ('next_key', ?)",
                (str(self.next_key),),
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.flush()
        self._db.close()


_FIELD_NAMES: dict[type[Any], tuple[str, ...]] = {
    cls: tuple(f.name for f in dataclasses.fields(cls)) for cls in RECORD_TYPES.values()
}


def _row(record: Any) -> dict[str, Any]:
    return {name: getattr(record, name) for name in _FIELD_NAMES[type(record)]}
