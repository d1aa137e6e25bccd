"""The context store as workers use it: one client, the four stores, the knowledge retriever."""

from __future__ import annotations

from dataclasses import dataclass

from elasticsearch import AsyncElasticsearch

from contextstore.audit import AuditLog
from contextstore.cases import CaseStore
from contextstore.client import connect
from contextstore.events import CaseTimeline
from contextstore.indices import DEFAULT_PREFIX, IndexNames
from contextstore.kb import KnowledgeBase
from contextstore.retrieval import HybridRetriever


@dataclass(frozen=True)
class ContextStore:
    client: AsyncElasticsearch
    names: IndexNames
    knowledge: KnowledgeBase
    cases: CaseStore
    timeline: CaseTimeline
    audit: AuditLog

    @classmethod
    async def open(
        cls,
        url: str,
        *,
        prefix: str = DEFAULT_PREFIX,
        embeddings_provider: str = "lsa",
    ) -> ContextStore:
        """Connect and create every index that is missing (call once at fleet start)."""
        knowledge = KnowledgeBase.from_folder(provider=embeddings_provider)
        client = await connect(url)
        names = IndexNames(prefix)
        try:
            await knowledge.ensure_indices(client, names)
        except BaseException:
            await client.close()
            raise
        return cls(
            client=client,
            names=names,
            knowledge=knowledge,
            cases=CaseStore(client, names),
            timeline=CaseTimeline(client, names),
            audit=AuditLog(client, names),
        )

    def retriever(self, k: int = 5) -> HybridRetriever:
        return self.knowledge.retriever(self.client, self.names, k=k)

    async def close(self) -> None:
        await self.client.close()
