"""What the context store keeps besides the case trail (``contracts.audit``), as typed models;
the stored JSON is ``model_dump``."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from contracts.audit import utc_now


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
