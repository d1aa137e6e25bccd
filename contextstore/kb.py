"""The knowledge base as one object: shipped chunks, the embedder fitted to them, the index."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from elasticsearch import AsyncElasticsearch
from langchain_core.embeddings import Embeddings

from contextstore.embeddings import dimensions_of, provider_embeddings
from contextstore.indices import IndexNames, ensure_indices
from contextstore.knowledge import (
    DOCS_DIR,
    LoadResult,
    chunk_corpus,
    embedding_text,
    index_chunks,
    load_sources,
)
from contextstore.models import KnowledgeChunk
from contextstore.retrieval import HybridRetriever, RetrievalMode
from contracts.errors import KnowledgeFormatError


@dataclass(frozen=True)
class KnowledgeBase:
    chunks: list[KnowledgeChunk]
    embeddings: Embeddings

    @classmethod
    def from_folder(cls, folder: Path = DOCS_DIR, provider: str = "lsa") -> KnowledgeBase:
        """Parse and chunk ``folder``; the LSA default is fitted on exactly these chunks."""
        chunks = chunk_corpus(load_sources(folder))
        embeddings = provider_embeddings(provider, [embedding_text(c) for c in chunks])
        return cls(chunks=chunks, embeddings=embeddings)

    @property
    def doc_ids(self) -> set[str]:
        return {chunk.doc_id for chunk in self.chunks}

    @property
    def dimensions(self) -> int:
        return dimensions_of(self.embeddings)

    async def ensure_indices(self, client: AsyncElasticsearch, names: IndexNames) -> None:
        """Create every context-store index; refuse a knowledge index of another vector size."""
        await ensure_indices(client, names, embedding_dims=self.dimensions)
        mapping = await client.indices.get_mapping(index=names.knowledge)
        stored = mapping[names.knowledge]["mappings"]["properties"]["embedding"]["dims"]
        if stored != self.dimensions:
            raise KnowledgeFormatError(
                f"index {names.knowledge} holds {stored}-dimensional vectors but the embedder "
                f"makes {self.dimensions}; reload with `baton kb load --recreate`"
            )

    async def load(
        self, client: AsyncElasticsearch, names: IndexNames, *, recreate: bool = False
    ) -> LoadResult:
        if recreate:
            await client.indices.delete(index=names.knowledge, ignore_unavailable=True)
        await self.ensure_indices(client, names)
        return await index_chunks(client, names, self.chunks, self.embeddings)

    def retriever(
        self,
        client: AsyncElasticsearch,
        names: IndexNames,
        *,
        mode: RetrievalMode = RetrievalMode.HYBRID,
        k: int = 5,
    ) -> HybridRetriever:
        return HybridRetriever(
            client=client, index=names.knowledge, embeddings=self.embeddings, mode=mode, k=k
        )
