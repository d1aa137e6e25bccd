"""Index templates and indices of the context store, created idempotently at fleet start."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from elasticsearch import AsyncElasticsearch, BadRequestError

from contextstore.client import connect

DEFAULT_PREFIX = "baton"

_TEXT = {"type": "text", "analyzer": "baton_text"}
_ANALYSIS = {
    "analyzer": {
        # The integ-test-zip has no analysis-common module (no ``english``/stemmers).
        "baton_text": {"type": "standard", "stopwords": "_english_"}
    }
}


@dataclass(frozen=True)
class IndexNames:
    """Names of the four indices under one prefix (tests use a unique prefix per session)."""

    prefix: str = DEFAULT_PREFIX

    @property
    def cases(self) -> str:
        return f"{self.prefix}-cases"

    @property
    def case_events(self) -> str:
        return f"{self.prefix}-case-events"

    @property
    def knowledge(self) -> str:
        return f"{self.prefix}-knowledge"

    @property
    def audit(self) -> str:
        return f"{self.prefix}-audit"

    def all(self) -> list[str]:
        return [self.cases, self.case_events, self.knowledge, self.audit]


def mappings(names: IndexNames, embedding_dims: int) -> dict[str, dict[str, Any]]:
    """Index name → mappings; strict so a malformed document is rejected, not silently kept."""
    keyword = {"type": "keyword"}
    date = {"type": "date"}
    return {
        names.cases: {
            "dynamic": "strict",
            "properties": {
                "case_id": keyword,
                "process_id": keyword,
                "process_instance_key": {"type": "long"},
                "status": keyword,
                "summary": _TEXT,
                "facts": {"type": "object", "enabled": False},
                "evidence": keyword,
                "applied_writes": keyword,
                "updated_at": date,
            },
        },
        names.case_events: {
            "dynamic": "strict",
            "properties": {
                "case_id": keyword,
                "kind": keyword,
                "element_id": keyword,
                "job_key": {"type": "long"},
                "process_instance_key": {"type": "long"},
                "actor": keyword,
                "summary": _TEXT,
                "payload": {"type": "object", "enabled": False},
                "at": date,
            },
        },
        names.knowledge: {
            "dynamic": "strict",
            "properties": {
                "chunk_id": keyword,
                "doc_id": keyword,
                "title": _TEXT,
                "process": keyword,
                "tags": keyword,
                "heading": _TEXT,
                "position": {"type": "integer"},
                "text": _TEXT,
                "content_hash": keyword,
                "embedding": {
                    "type": "dense_vector",
                    "dims": embedding_dims,
                    "index": True,
                    "similarity": "cosine",
                },
            },
        },
        names.audit: {
            "dynamic": "strict",
            "properties": {
                "case_id": keyword,
                "actor": keyword,
                "action": keyword,
                "element_id": keyword,
                "idempotency_key": keyword,
                "process_instance_key": {"type": "long"},
                "inputs_hash": keyword,
                "output": {"type": "object", "enabled": False},
                "reason": {"type": "text"},
                "at": date,
                "seq": {"type": "long"},
                "prev_hash": keyword,
                "hash": keyword,
            },
        },
    }


async def ensure_indices(
    client: AsyncElasticsearch, names: IndexNames, *, embedding_dims: int
) -> None:
    """Put one composable template per index and create the index when missing."""
    for index, mapping in mappings(names, embedding_dims).items():
        await client.indices.put_index_template(
            name=index,
            index_patterns=[index],
            priority=200,
            template={
                "settings": {
                    "number_of_shards": 1,
                    "number_of_replicas": 0,
                    "analysis": _ANALYSIS,
                },
                "mappings": mapping,
            },
            meta={"owner": "baton-contextstore"},
        )
        if not await client.indices.exists(index=index):
            try:
                await client.indices.create(index=index)
            except BadRequestError as exc:
                if exc.error != "resource_already_exists_exception":
                    raise


async def drop_indices(client: AsyncElasticsearch, names: IndexNames) -> None:
    """Remove the indices and templates of ``names`` (test sessions clean up after themselves)."""
    for index in names.all():
        await client.indices.delete(index=index, ignore_unavailable=True)
        if await client.indices.exists_index_template(name=index):
            await client.indices.delete_index_template(name=index)


async def drop_prefix(url: str, prefix: str) -> None:
    """Remove the indices and templates under ``prefix`` from the server at ``url``: a throwaway
    stack (a test session, ``baton eval``, a benchmark) leaves nothing behind, so a long-lived
    local Elasticsearch does not fill up to its shard limit run after run."""
    client = await connect(url)
    try:
        await drop_indices(client, IndexNames(prefix))
    finally:
        await client.close()
