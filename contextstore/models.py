"""Everything the context store keeps, as typed models; the stored JSON is ``model_dump``."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


def utc_now() -> datetime:
    return datetime.now(UTC)


def stable_hash(value: Any) -> str:
    """SHA-256 of canonical JSON (sorted keys, no spaces): the same input hashes the same."""
    canonical = json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


class StoredModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CaseFile(StoredModel):
    """One document per case: the shared file every agent and person reads."""

    case_id: str = Field(min_length=1, description="business key")
    process_id: str = Field(min_length=1)
    process_instance_key: int | None = None
    status: str = "open"
    summary: str = ""
    facts: dict[str, Any] = Field(default_factory=dict)
    evidence: list[str] = Field(default_factory=list, description="cited knowledge chunk ids")
    applied_writes: list[str] = Field(
        default_factory=list, description="idempotency keys of updates already applied"
    )
    updated_at: datetime = Field(default_factory=utc_now)


class StoredCase(StoredModel):
    """A case file with the version Elasticsearch holds it at."""

    case: CaseFile
    seq_no: int
    primary_term: int


class EventKind(StrEnum):
    AGENT_OUTPUT = "agent_output"
    TOOL_CALL = "tool_call"
    HUMAN_ACTION = "human_action"
    GUARDRAIL_VERDICT = "guardrail_verdict"


class CaseEvent(StoredModel):
    """One entry of a case's append-only timeline."""

    case_id: str = Field(min_length=1)
    kind: EventKind
    element_id: str = Field(min_length=1, description="BPMN element that produced it")
    job_key: int | None = None
    process_instance_key: int | None = None
    actor: str = Field(min_length=1)
    summary: str = ""
    payload: dict[str, Any] = Field(default_factory=dict)
    at: datetime = Field(default_factory=utc_now)

    @property
    def event_id(self) -> str:
        """Deterministic: a redelivered job writes the same id, so it is stored once.

        One job writes several events of one kind (a guardrail verdict on its input and one on
        its output), so the id also carries the summary and a digest of the payload without
        its timestamp, which a redelivery would change.
        """
        job = self.job_key if self.job_key is not None else "-"
        content = stable_hash({k: v for k, v in self.payload.items() if k != "at"})[:16]
        return f"{self.case_id}:{self.element_id}:{job}:{self.kind.value}:{self.summary}:{content}"


class AuditRecord(StoredModel):
    """What a caller records: who did what, on which case, why."""

    case_id: str = Field(min_length=1)
    actor: str = Field(min_length=1)
    action: str = Field(min_length=1)
    element_id: str = Field(min_length=1)
    idempotency_key: str = Field(min_length=1, description="business key + element + job")
    process_instance_key: int | None = None
    inputs_hash: str = Field(min_length=1)
    output: dict[str, Any] = Field(default_factory=dict)
    reason: str = ""
    at: datetime = Field(default_factory=utc_now)


class AuditEntry(AuditRecord):
    """A stored audit record, chained to its case's previous entry."""

    seq: int = Field(ge=1)
    prev_hash: str
    hash: str

    @staticmethod
    def compute_hash(record: AuditRecord, seq: int, prev_hash: str) -> str:
        body = record.model_dump(mode="json")
        return stable_hash({"record": body, "seq": seq, "prev_hash": prev_hash})

    @classmethod
    def chain(cls, record: AuditRecord, seq: int, prev_hash: str) -> AuditEntry:
        return cls(
            **record.model_dump(),
            seq=seq,
            prev_hash=prev_hash,
            hash=cls.compute_hash(record, seq, prev_hash),
        )

    def record(self) -> AuditRecord:
        return AuditRecord(**self.model_dump(exclude={"seq", "prev_hash", "hash"}))


class KnowledgeSource(StoredModel):
    """A knowledge-base source document as shipped under ``knowledge/``."""

    doc_id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str = Field(min_length=3)
    process: str = Field(min_length=1)
    tags: list[str] = Field(default_factory=list)
    body: str = Field(min_length=20)
    path: str


class KnowledgeChunk(StoredModel):
    """One retrievable passage of a source document; ``chunk_id`` is the citation."""

    chunk_id: str
    doc_id: str
    title: str
    process: str
    tags: list[str]
    heading: str
    position: int = Field(ge=0)
    text: str
    content_hash: str
