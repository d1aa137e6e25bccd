"""Knowledge loading and hybrid retrieval against the real Elasticsearch."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from elasticsearch import AsyncElasticsearch

from contextstore import (
    DOCS_DIR,
    IndexNames,
    KnowledgeBase,
    RetrievalMode,
    distinct_docs,
    drop_indices,
    ensure_indices,
    load_queries,
    score,
)
from contracts.errors import KnowledgeFormatError

pytestmark = [pytest.mark.integration, pytest.mark.asyncio(loop_scope="session")]

# Stated floor for the offline embedder on knowledge/eval/queries.yaml (measured ~0.90).
HYBRID_RECALL_AT_5_FLOOR = 0.80
HYBRID_MRR_FLOOR = 0.70


@pytest.fixture
async def loaded(
    es_client: AsyncElasticsearch, index_names: IndexNames, knowledge_base: KnowledgeBase
) -> KnowledgeBase:
    await knowledge_base.load(es_client, index_names)
    return knowledge_base


async def test_loading_twice_keeps_one_document_per_chunk(
    es_client: AsyncElasticsearch, index_names: IndexNames, loaded: KnowledgeBase
) -> None:
    result = await loaded.load(es_client, index_names)
    await es_client.indices.refresh(index=index_names.knowledge)

    counted = await es_client.count(index=index_names.knowledge)
    assert counted["count"] == len(loaded.chunks) == result.chunks
    assert result.stale_removed == 0


async def test_hybrid_retrieval_returns_cited_chunks(
    es_client: AsyncElasticsearch, index_names: IndexNames, loaded: KnowledgeBase
) -> None:
    retriever = loaded.retriever(es_client, index_names)

    found = await retriever.ainvoke("is a burst pipe in the kitchen covered?")

    assert found[0].metadata["doc_id"] == "coverage-water-damage"
    for document in found:
        assert document.metadata["chunk_id"].startswith(document.metadata["doc_id"] + "#")
        assert document.metadata["chunk_id"] in document.metadata["citation"]
        assert document.page_content


async def test_hybrid_retrieval_quality_is_above_the_floor(
    es_client: AsyncElasticsearch, index_names: IndexNames, loaded: KnowledgeBase
) -> None:
    queries = load_queries(known_doc_ids=loaded.doc_ids)
    retriever = loaded.retriever(es_client, index_names, mode=RetrievalMode.HYBRID, k=20)
    rankings = [
        distinct_docs([d.metadata["doc_id"] for d in await retriever.ainvoke(q.query)])
        for q in queries
    ]

    result = score(rankings, queries, k=5)

    assert result.recall_at_k >= HYBRID_RECALL_AT_5_FLOOR
    assert result.mrr >= HYBRID_MRR_FLOOR


async def test_reloading_without_a_document_removes_its_chunks(
    es_client: AsyncElasticsearch, knowledge_base: KnowledgeBase, request: pytest.FixtureRequest
) -> None:
    names = IndexNames(prefix=f"test-stale-{abs(hash(request.node.nodeid)) % 10**8}")
    kept = [c for c in knowledge_base.chunks if c.doc_id != "coverage-theft"]
    try:
        await knowledge_base.load(es_client, names)
        smaller = KnowledgeBase(chunks=kept, embeddings=knowledge_base.embeddings)

        result = await smaller.load(es_client, names)

        assert result.stale_removed == len(knowledge_base.chunks) - len(kept) > 0
        await es_client.indices.refresh(index=names.knowledge)
        assert (await es_client.count(index=names.knowledge))["count"] == len(kept)
    finally:
        await drop_indices(es_client, names)


async def test_embedder_of_another_size_is_refused_with_recreate_hint(
    es_client: AsyncElasticsearch, tmp_path: Path
) -> None:
    names = IndexNames(prefix=f"test-dims-{tmp_path.name.lower()[-12:]}")
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("coverage-glass.md", "coverage-fire.md", "coverage-theft.md"):
        shutil.copy(DOCS_DIR / name, folder / name)
    small = KnowledgeBase.from_folder(folder)
    try:
        await ensure_indices(es_client, names, embedding_dims=small.dimensions + 1)

        with pytest.raises(KnowledgeFormatError, match="--recreate"):
            await small.load(es_client, names)
        result = await small.load(es_client, names, recreate=True)

        assert result.chunks == len(small.chunks)
    finally:
        await drop_indices(es_client, names)
