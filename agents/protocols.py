"""What the agents need from the context store, as small protocols.

The fleet wires the Elasticsearch-backed implementations; tests and offline runs use the
in-memory ones below. Agent code never imports the context store itself; the entries are the
shared case-trail types of ``contracts.audit``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from contracts.audit import AuditEntry, TimelineEvent

__all__ = [
    "AuditEntry",
    "AuditSink",
    "CaseTimeline",
    "InMemoryAudit",
    "InMemoryTimeline",
    "TimelineEvent",
]


@runtime_checkable
class CaseTimeline(Protocol):
    def append(self, event: TimelineEvent) -> None: ...


@runtime_checkable
class AuditSink(Protocol):
    def record(self, entry: AuditEntry) -> None: ...


@dataclass
class InMemoryTimeline:
    events: list[TimelineEvent] = field(default_factory=list)

    def append(self, event: TimelineEvent) -> None:
        self.events.append(event)

    def kinds(self) -> list[str]:
        """The agent steps in order (``model-call``, ``guardrails-input``, …)."""
        return [event.summary for event in self.events]


@dataclass
class InMemoryAudit:
    entries: list[AuditEntry] = field(default_factory=list)

    def record(self, entry: AuditEntry) -> None:
        self.entries.append(entry)

    def actions(self) -> list[str]:
        return [entry.action for entry in self.entries]
