"""Case files against the real Elasticsearch: optimistic concurrency and idempotent writes."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable

import pytest
from elasticsearch import AsyncElasticsearch, BadRequestError

from contextstore import CaseFile, CaseStore, CaseTimeline, IndexNames, ensure_indices
from contracts.audit import EventKind, TimelineEvent
from contracts.errors import CaseNotFoundError

pytestmark = [pytest.mark.integration, pytest.mark.asyncio(loop_scope="session")]


def _case_id() -> str:
    return f"CLM-{uuid.uuid4().hex[:8]}"


def _append_note(note: str) -> Callable[[CaseFile], CaseFile]:
    def change(case: CaseFile) -> CaseFile:
        notes = [*case.facts.get("notes", []), note]
        return case.model_copy(update={"facts": {**case.facts, "notes": notes}})

    return change


async def test_two_concurrent_writers_lose_no_update(
    es_client: AsyncElasticsearch, index_names: IndexNames
) -> None:
    store = CaseStore(es_client, index_names)
    case_id = _case_id()
    await store.create(CaseFile(case_id=case_id, process_id="claims-adjudication"))

    async def writer(name: str) -> None:
        for i in range(8):
            await store.update(case_id, _append_note(f"{name}-{i}"), write_key=f"{name}:{i}")

    await asyncio.gather(writer("coverage"), writer("fraud"))

    stored = await store.get(case_id)
    expected = {f"{w}-{i}" for w in ("coverage", "fraud") for i in range(8)}
    assert set(stored.case.facts["notes"]) == expected
    assert len(stored.case.facts["notes"]) == 16


async def test_redelivered_update_is_applied_once(
    es_client: AsyncElasticsearch, index_names: IndexNames
) -> None:
    store = CaseStore(es_client, index_names)
    case_id = _case_id()
    await store.create(CaseFile(case_id=case_id, process_id="claims-adjudication"))

    first = await store.update(case_id, _append_note("classified"), write_key="classify:42")
    again = await store.update(case_id, _append_note("classified"), write_key="classify:42")

    assert again.seq_no == first.seq_no
    assert (await store.get(case_id)).case.facts["notes"] == ["classified"]


async def test_creating_the_same_case_twice_keeps_one_document(
    es_client: AsyncElasticsearch, index_names: IndexNames
) -> None:
    store = CaseStore(es_client, index_names)
    case_id = _case_id()
    case = CaseFile(case_id=case_id, process_id="claims-adjudication", summary="first")

    assert await store.create(case) is True
    assert await store.create(case.model_copy(update={"summary": "second"})) is False
    assert (await store.get(case_id)).case.summary == "first"


async def test_reading_a_missing_case_names_the_business_key(
    es_client: AsyncElasticsearch, index_names: IndexNames
) -> None:
    with pytest.raises(CaseNotFoundError, match="CLM-missing"):
        await CaseStore(es_client, index_names).get("CLM-missing")


async def test_timeline_event_written_twice_is_stored_once(
    es_client: AsyncElasticsearch, index_names: IndexNames
) -> None:
    timeline = CaseTimeline(es_client, index_names)
    case_id = _case_id()
    event = TimelineEvent(
        case_id=case_id,
        kind=EventKind.AGENT_OUTPUT,
        element_id="classify-claim",
        job_key=2251799813685249,
        actor="agent:classifier",
        summary="water damage, priority normal",
    )

    assert await timeline.append(event) is True
    assert await timeline.append(event) is False
    assert await timeline.list(case_id) == [event]


async def test_ensure_indices_is_idempotent(
    es_client: AsyncElasticsearch, index_names: IndexNames
) -> None:
    await ensure_indices(es_client, index_names, embedding_dims=8)
    await ensure_indices(es_client, index_names, embedding_dims=8)
    for index in index_names.all():
        assert await es_client.indices.exists(index=index)


async def test_document_with_unknown_field_is_rejected_by_strict_mapping(
    es_client: AsyncElasticsearch, index_names: IndexNames
) -> None:
    with pytest.raises(BadRequestError, match="strict_dynamic_mapping"):
        await es_client.index(
            index=index_names.cases,
            id=_case_id(),
            document={"case_id": "x", "process_id": "p", "unexpected": 1},
        )
