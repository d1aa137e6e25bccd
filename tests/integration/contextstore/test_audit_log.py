"""The hash-chained audit log against the real Elasticsearch."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from typing import Any, cast

import pytest
from elasticsearch import AsyncElasticsearch

from contextstore import AuditLog, IndexNames, entry_id, stable_hash
from contracts.audit import AuditEntry

pytestmark = [pytest.mark.integration, pytest.mark.asyncio(loop_scope="session")]


def record(case_id: str, step: str, actor: str = "agent:coverage") -> AuditEntry:
    return AuditEntry(
        case_id=case_id,
        actor=actor,
        action="propose-decision",
        element_id=step,
        idempotency_key=f"{case_id}:{step}:1",
        inputs_hash=stable_hash({"step": step}),
        output={"outcome": "approve", "amount": 1200},
        reason="covered escape of water",
    )


async def _chain(audit: AuditLog, case_id: str, steps: int) -> None:
    for step in range(steps):
        await audit.append(record(case_id, f"step-{step}"))


async def test_intact_chain_verifies(
    es_client: AsyncElasticsearch, index_names: IndexNames
) -> None:
    audit = AuditLog(es_client, index_names)
    case_id = f"CLM-{uuid.uuid4().hex[:8]}"
    await _chain(audit, case_id, 3)

    report = await audit.verify_chain(case_id)

    assert report.intact, report.problems
    assert report.entries == 3


async def test_edited_entry_is_detected(
    es_client: AsyncElasticsearch, index_names: IndexNames
) -> None:
    audit = AuditLog(es_client, index_names)
    case_id = f"CLM-{uuid.uuid4().hex[:8]}"
    await _chain(audit, case_id, 3)
    stored = await es_client.get(index=index_names.audit, id=entry_id(case_id, 2))
    forged = {**stored["_source"], "output": {"outcome": "approve", "amount": 99_000}}
    await es_client.index(index=index_names.audit, id=entry_id(case_id, 2), document=forged)

    report = await audit.verify_chain(case_id)

    assert not report.intact
    assert any("entry 2 content does not match" in p for p in report.problems)


async def test_rehashed_forgery_breaks_the_next_link(
    es_client: AsyncElasticsearch, index_names: IndexNames
) -> None:
    audit = AuditLog(es_client, index_names)
    case_id = f"CLM-{uuid.uuid4().hex[:8]}"
    await _chain(audit, case_id, 3)
    entries = await audit.entries(case_id)
    forged_record = entries[0].entry().model_copy(update={"reason": "rewritten later"})
    forged = type(entries[0]).chain(forged_record, 1, entries[0].prev_hash)
    await es_client.index(
        index=index_names.audit, id=entry_id(case_id, 1), document=forged.model_dump(mode="json")
    )

    report = await audit.verify_chain(case_id)

    assert any("entry 2 does not link to entry 1" in p for p in report.problems)


async def test_removed_entry_is_detected(
    es_client: AsyncElasticsearch, index_names: IndexNames
) -> None:
    audit = AuditLog(es_client, index_names)
    case_id = f"CLM-{uuid.uuid4().hex[:8]}"
    await _chain(audit, case_id, 4)
    await es_client.delete(index=index_names.audit, id=entry_id(case_id, 2))

    report = await audit.verify_chain(case_id)

    assert any("after a gap at seq 2" in p for p in report.problems)


class _AppendsWhileVerified:
    """The real client, except that the case gets one more entry (and the index a refresh)
    just as the audit is counted: a running case written to while ``baton audit verify`` reads
    it."""

    def __init__(self, client: AsyncElasticsearch, append: Callable[[], Awaitable[Any]]) -> None:
        self._client = client
        self._append = append

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)

    async def count(self, **kwargs: Any) -> Any:
        await self._append()
        await self._client.indices.refresh(index=kwargs["index"])
        return await self._client.count(**kwargs)


async def test_an_entry_appended_during_verification_is_no_gap(
    es_client: AsyncElasticsearch, index_names: IndexNames
) -> None:
    case_id = f"CLM-{uuid.uuid4().hex[:8]}"
    writer = AuditLog(es_client, index_names)
    await _chain(writer, case_id, 3)
    racing = _AppendsWhileVerified(es_client, lambda: writer.append(record(case_id, "late")))
    audit = AuditLog(cast(AsyncElasticsearch, racing), index_names)

    report = await audit.verify_chain(case_id)

    assert report.intact, report.problems
    assert report.entries == 4


async def test_same_idempotency_key_appends_once(
    es_client: AsyncElasticsearch, index_names: IndexNames
) -> None:
    audit = AuditLog(es_client, index_names)
    case_id = f"CLM-{uuid.uuid4().hex[:8]}"

    first = await audit.append(record(case_id, "review"))
    second = await audit.append(record(case_id, "review", actor="agent:redelivered"))

    assert second == first
    assert len(await audit.entries(case_id)) == 1


async def test_concurrent_appends_form_one_contiguous_chain(
    es_client: AsyncElasticsearch, index_names: IndexNames
) -> None:
    audit = AuditLog(es_client, index_names)
    case_id = f"CLM-{uuid.uuid4().hex[:8]}"

    await asyncio.gather(
        *(audit.append(record(case_id, f"parallel-{i}", actor=f"agent:{i}")) for i in range(6))
    )

    report = await audit.verify_chain(case_id)
    entries = await audit.entries(case_id)
    assert report.intact, report.problems
    assert sorted(e.element_id for e in entries) == [f"parallel-{i}" for i in range(6)]
