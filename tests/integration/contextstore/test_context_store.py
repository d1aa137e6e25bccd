"""The context store facade the fleet opens at start-up."""

from __future__ import annotations

import pytest

from contextstore import (
    CaseFile,
    ContextStore,
    IndexNames,
    drop_indices,
    drop_prefix,
    knowledge_tool,
)
from contracts.errors import ContextStoreUnavailableError

pytestmark = [pytest.mark.integration, pytest.mark.asyncio(loop_scope="session")]


async def test_open_creates_indices_and_serves_cases_and_cited_knowledge(
    elasticsearch_url: str, index_names: IndexNames
) -> None:
    store = await ContextStore.open(elasticsearch_url, prefix=f"{index_names.prefix}-facade")
    try:
        for index in store.names.all():
            assert await store.client.indices.exists(index=index)
        await store.cases.create(CaseFile(case_id="CLM-facade", process_id="claims-adjudication"))
        await store.knowledge.load(store.client, store.names)

        answer = await knowledge_tool(store.retriever(k=3)).ainvoke(
            {"query": "who may approve a payment of 60000 EUR"}
        )

        assert (await store.cases.get("CLM-facade")).case.process_id == "claims-adjudication"
        assert "[payout-authority-limits#" in answer
    finally:
        await drop_indices(store.client, store.names)
        await store.close()


async def test_drop_prefix_removes_a_stacks_indices_and_templates_and_nothing_else(
    elasticsearch_url: str, index_names: IndexNames
) -> None:
    prefix = f"{index_names.prefix}-throwaway"
    store = await ContextStore.open(elasticsearch_url, prefix=prefix)
    try:
        await drop_prefix(elasticsearch_url, prefix)

        for index in store.names.all():
            assert not await store.client.indices.exists(index=index)
            assert not await store.client.indices.exists_index_template(name=index)
        assert await store.client.indices.exists(index=index_names.cases)
        await drop_prefix(elasticsearch_url, prefix)  # nothing left: a no-op, not an error
    finally:
        await store.close()


async def test_drop_prefix_on_an_unreachable_server_is_the_named_error() -> None:
    with pytest.raises(ContextStoreUnavailableError, match=r"127\.0\.0\.1:9\b"):
        await drop_prefix("http://127.0.0.1:9", "anything")
