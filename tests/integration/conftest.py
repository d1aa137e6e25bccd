"""Session fixtures for tests against real local services.

Elasticsearch is started by the same launcher as ``baton es up`` (reused when already running,
stopped at the end only if this session started it). Every session writes under its own index
prefix, so tests never touch ``make run`` data and clean up after themselves.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Iterator

import pytest
from elasticsearch import AsyncElasticsearch

from contextstore import IndexNames, KnowledgeBase, connect, drop_prefix
from devservices.elasticsearch import ensure_running, stop_running


@pytest.fixture(scope="session")
def elasticsearch_url() -> Iterator[str]:
    handle = ensure_running()
    yield handle.url
    if handle.started_here:
        stop_running()


@pytest.fixture(scope="session")
def knowledge_base() -> KnowledgeBase:
    return KnowledgeBase.from_folder()


@pytest.fixture(scope="session")
def index_names(elasticsearch_url: str, knowledge_base: KnowledgeBase) -> Iterator[IndexNames]:
    names = IndexNames(prefix=f"test-{uuid.uuid4().hex[:10]}")

    async def create() -> None:
        client = await connect(elasticsearch_url)
        try:
            await knowledge_base.ensure_indices(client, names)
        finally:
            await client.close()

    asyncio.run(create())
    yield names
    asyncio.run(drop_prefix(elasticsearch_url, names.prefix))


@pytest.fixture
async def es_client(elasticsearch_url: str) -> AsyncIterator[AsyncElasticsearch]:
    client = await connect(elasticsearch_url)
    try:
        yield client
    finally:
        await client.close()
