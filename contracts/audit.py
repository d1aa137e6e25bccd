"""The case trail: one audit entry type and one timeline event type, for every side.

Agents and handlers build them, the fleet's sinks tag them with the job they came from
(:meth:`AuditEntry.for_job`, :meth:`TimelineEvent.for_job`), and the context store writes
their ``model_dump`` as is. The hash-chained audit log stores an :class:`AuditEntry` plus its
link (:class:`ChainedAuditEntry`); the link's hash covers exactly the entry's fields.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

UNBOUND_ELEMENT = "agent"
"""Element id of an entry recorded outside a job (an agent run from a test or the CLI)."""


def utc_now() -> datetime:
    return datetime.now(UTC)


def stable_hash(value: Any) -> str:
    """SHA-256 of canonical JSON (sorted keys, no spaces): the same input hashes the same."""
    canonical = json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _output_digest(value: Any) -> str:
    """The digest audit idempotency keys were always built from (default separators)."""
    return hashlib.sha256(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()


def _element_of(job: Mapping[str, Any]) -> str:
    return str(job.get("element_id") or UNBOUND_ELEMENT)


class TrailModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EventKind(StrEnum):
    AGENT_OUTPUT = "agent_output"
    TOOL_CALL = "tool_call"
    HUMAN_ACTION = "human_action"
    GUARDRAIL_VERDICT = "guardrail_verdict"

    @classmethod
    def of_step(cls, step: str) -> EventKind:
        """Which kind an agent step (``model-call``, ``tool-error``, ``guardrails-input``) is."""
        if step.startswith("guardrail"):
            return cls.GUARDRAIL_VERDICT
        if "tool" in step:
            return cls.TOOL_CALL
        return cls.AGENT_OUTPUT


class TimelineEvent(TrailModel):
    """One entry of a case's append-only timeline: a model call, a tool call, a verdict."""

    case_id: str = Field(min_length=1)
    kind: EventKind
    element_id: str = Field(default=UNBOUND_ELEMENT, min_length=1)
    job_key: int | None = None
    process_instance_key: int | None = None
    actor: str = Field(min_length=1)
    summary: str = ""
    payload: dict[str, Any] = Field(default_factory=dict)
    at: datetime = Field(default_factory=utc_now)

    @classmethod
    def agent_step(cls, case_id: str, step: str, **data: Any) -> TimelineEvent:
        """An agent's step; the actor is the ``agent`` in ``data``, else the step itself."""
        return cls(
            case_id=case_id,
            kind=EventKind.of_step(step),
            actor=str(data.get("agent") or step),
            summary=step,
            payload=data,
        )

    @property
    def event_id(self) -> str:
        """Deterministic: a redelivered job writes the same id, so it is stored once.

        One job writes several events of one kind (a guardrail verdict on its input and one on
        its output), so the id also carries the summary and a digest of the payload without
        a timestamp, which a redelivery would change.
        """
        job = self.job_key if self.job_key is not None else "-"
        content = stable_hash({k: v for k, v in self.payload.items() if k != "at"})[:16]
        return f"{self.case_id}:{self.element_id}:{job}:{self.kind.value}:{self.summary}:{content}"

    def for_job(self, job: Mapping[str, Any]) -> TimelineEvent:
        """The same event tagged with the job (log context) that produced it."""
        return self.model_copy(
            update={
                "element_id": _element_of(job),
                "job_key": job.get("job_key"),
                "process_instance_key": job.get("process_instance_key"),
            }
        )


class AuditEntry(TrailModel):
    """Who did what, when, on which inputs (by hash) and why.

    Callers give case, actor, action, inputs' hash, output and reason; :meth:`for_job` adds
    the element, process instance and idempotency key (business key + element + job).
    """

    case_id: str = Field(min_length=1)
    actor: str = Field(min_length=1)
    action: str = Field(min_length=1)
    element_id: str = Field(default=UNBOUND_ELEMENT, min_length=1)
    idempotency_key: str = ""
    process_instance_key: int | None = None
    inputs_hash: str = ""
    output: dict[str, Any] = Field(default_factory=dict)
    reason: str = ""
    at: datetime = Field(default_factory=utc_now)

    def for_job(self, job: Mapping[str, Any]) -> AuditEntry:
        """The same entry keyed to its job, so a redelivered job records it once; an entry
        without an inputs' hash is hashed by its output."""
        element = _element_of(job)
        output_digest = _output_digest(self.output)
        key = [self.case_id, element, str(job.get("job_key", "-")), self.action, output_digest[:16]]
        return self.model_copy(
            update={
                "element_id": element,
                "idempotency_key": ":".join(key),
                "process_instance_key": job.get("process_instance_key"),
                "inputs_hash": self.inputs_hash or output_digest,
            }
        )

    def keyed(self) -> AuditEntry:
        """This entry if it carries an idempotency key, else keyed as recorded outside a job."""
        return self if self.idempotency_key else self.for_job({})


class ChainedAuditEntry(AuditEntry):
    """A stored audit entry, chained to its case's previous entry."""

    seq: int = Field(ge=1)
    prev_hash: str
    hash: str

    @staticmethod
    def compute_hash(entry: AuditEntry, seq: int, prev_hash: str) -> str:
        body = entry.model_dump(mode="json")
        return stable_hash({"record": body, "seq": seq, "prev_hash": prev_hash})

    @classmethod
    def chain(cls, entry: AuditEntry, seq: int, prev_hash: str) -> ChainedAuditEntry:
        return cls(
            **entry.model_dump(),
            seq=seq,
            prev_hash=prev_hash,
            hash=cls.compute_hash(entry, seq, prev_hash),
        )

    def entry(self) -> AuditEntry:
        return AuditEntry(**self.model_dump(exclude={"seq", "prev_hash", "hash"}))
