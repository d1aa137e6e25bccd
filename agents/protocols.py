"""What the agents need from the context store, as small protocols.

The fleet wires the Elasticsearch-backed implementations; tests and offline runs use the
in-memory ones below. Agent code never imports the context store itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field


class TimelineEvent(BaseModel):
    """One entry of a case's timeline: a model call, a tool call, a guardrail verdict."""

    model_config = ConfigDict(frozen=True, populate_by_name=True)

    case_id: str = Field(alias="caseId")
    kind: str
    at: datetime = Field(default_factory=lambda: datetime.now(UTC))
    data: dict[str, Any] = Field(default_factory=dict)


class AuditEntry(BaseModel):
    """Who did what, when, on which inputs (by hash) and why."""

    model_config = ConfigDict(frozen=True, populate_by_name=True)

    case_id: str = Field(alias="caseId")
    actor: str
    action: str
    inputs_hash: str = Field(alias="inputsHash")
    output: dict[str, Any]
    reason: str
    at: datetime = Field(default_factory=lambda: datetime.now(UTC))


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
        return [event.kind for event in self.events]


@dataclass
class InMemoryAudit:
    entries: list[AuditEntry] = field(default_factory=list)

    def record(self, entry: AuditEntry) -> None:
        self.entries.append(entry)

    def actions(self) -> list[str]:
        return [entry.action for entry in self.entries]
