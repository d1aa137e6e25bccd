"""Knowledge-base retrieval for handlers, shared by every process family."""

from __future__ import annotations

import asyncio

from langchain_core.documents import Document

from config import Settings
from contextstore import ContextStore
from contracts.common import Citation


def citation_of(document: Document) -> Citation:
    """The context store's Documents carry ``chunk_id`` and ``title`` metadata for citation."""
    metadata = document.metadata
    return Citation(
        source=str(metadata.get("chunk_id") or document.id or "unknown"),
        title=str(metadata.get("title") or metadata.get("doc_id") or "knowledge base"),
        excerpt=document.page_content,
    )


class LazyContextStore:
    """Opens the context store on first use, so the fleet starts while Elasticsearch is down;
    until it answers, retrieval fails the job with a technical error the engine retries."""

    def __init__(self, settings: Settings, k: int) -> None:
        self._settings = settings
        self._k = k
        self._store: ContextStore | None = None
        self._lock = asyncio.Lock()

    async def retrieve(self, query: str) -> list[Citation]:
        async with self._lock:
            if self._store is None:
                self._store = await ContextStore.open(
                    str(self._settings.elasticsearch_url),
                    prefix=self._settings.elasticsearch_index_prefix,
                    embeddings_provider=self._settings.embeddings_provider,
                )
        documents = await self._store.retriever(k=self._k).ainvoke(query)
        return [citation_of(document) for document in documents]

    async def close(self) -> None:
        if self._store is not None:
            await self._store.close()
