"""Hybrid knowledge retrieval: BM25 and kNN ranked separately, fused with reciprocal rank fusion.

Fusion happens here, client-side: the local integ-test-zip has no x-pack ``rrf`` retriever, and
doing it in Python behaves the same against any cluster.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from elasticsearch import AsyncElasticsearch
from langchain_core.callbacks import (
    AsyncCallbackManagerForRetrieverRun,
    CallbackManagerForRetrieverRun,
)
from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from langchain_core.prompts import PromptTemplate
from langchain_core.retrievers import BaseRetriever
from langchain_core.tools import BaseTool, create_retriever_tool

from contextstore.cases import unavailable_as_technical

RRF_K = 60


class RetrievalMode(StrEnum):
    BM25 = "bm25"
    KNN = "knn"
    HYBRID = "hybrid"


def rrf_fuse(rankings: Sequence[Sequence[str]], k: int = RRF_K) -> list[tuple[str, float]]:
    """Score each id by the sum of ``1 / (k + rank)`` over the rankings it appears in.

    Ties keep the order of first appearance, so fusion is deterministic.
    """
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
    order = {item: i for i, item in enumerate(scores)}
    return sorted(scores.items(), key=lambda pair: (-pair[1], order[pair[0]]))


class HybridRetriever(BaseRetriever):
    """LangChain retriever over the ``knowledge`` index; every Document cites doc and chunk."""

    client: AsyncElasticsearch
    index: str
    embeddings: Embeddings
    k: int = 5
    candidates: int = 20
    mode: RetrievalMode = RetrievalMode.HYBRID
    rrf_k: int = RRF_K

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        raise NotImplementedError(
            "HybridRetriever talks to Elasticsearch asynchronously; call `await ainvoke(query)`"
        )

    async def _aget_relevant_documents(
        self, query: str, *, run_manager: AsyncCallbackManagerForRetrieverRun
    ) -> list[Document]:
        hits: dict[str, dict[str, Any]] = {}
        rankings: list[list[str]] = []
        async with unavailable_as_technical("searching the knowledge base"):
            if self.mode is not RetrievalMode.KNN:
                rankings.append(await self._search(hits, query=self._bm25(query)))
            if self.mode is not RetrievalMode.BM25:
                vector = await self.embeddings.aembed_query(query)
                rankings.append(await self._search(hits, knn=self._knn(vector)))
        fused = rrf_fuse(rankings, self.rrf_k)[: self.k]
        return [self._document(hits[chunk_id], score) for chunk_id, score in fused]

    def _bm25(self, query: str) -> dict[str, Any]:
        return {
            "multi_match": {
                "query": query,
                "fields": ["title^2", "heading^1.5", "text"],
                "type": "best_fields",
                "tie_breaker": 0.3,
            }
        }

    def _knn(self, vector: list[float]) -> dict[str, Any]:
        return {
            "field": "embedding",
            "query_vector": vector,
            "k": self.candidates,
            "num_candidates": max(100, self.candidates * 5),
        }

    async def _search(self, hits: dict[str, dict[str, Any]], **body: Any) -> list[str]:
        found = await self.client.search(
            index=self.index,
            size=self.candidates,
            source_excludes=["embedding"],
            **body,
        )
        ranking: list[str] = []
        for hit in found["hits"]["hits"]:
            hits.setdefault(hit["_id"], hit["_source"])
            ranking.append(hit["_id"])
        return ranking

    @staticmethod
    def _document(source: dict[str, Any], score: float) -> Document:
        return Document(
            page_content=source["text"],
            metadata={
                "doc_id": source["doc_id"],
                "chunk_id": source["chunk_id"],
                "title": source["title"],
                "heading": source["heading"],
                "process": source["process"],
                "citation": f"[{source['chunk_id']}] {source['title']} — {source['heading']}",
                "score": score,
            },
        )


def knowledge_tool(retriever: HybridRetriever) -> BaseTool:
    """The retriever as an agent tool; each passage is prefixed by its citation."""
    return create_retriever_tool(
        retriever,
        name="search_knowledge_base",
        description=(
            "Search Baton's guidelines, coverage rules, KYC and sanctions policy, content rules "
            "and escalation playbooks. Cite passages by the [doc#chunk] id shown."
        ),
        document_prompt=PromptTemplate.from_template("{citation}\n{page_content}"),
    )
