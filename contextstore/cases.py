"""Case files with optimistic concurrency: read, change, write back only if nobody else did."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from typing import Any, Literal

from elasticsearch import AsyncElasticsearch, ConflictError, NotFoundError
from elasticsearch import ConnectionError as ESConnectionError
from elasticsearch import ConnectionTimeout as ESConnectionTimeout

from contextstore.indices import IndexNames
from contextstore.models import CaseFile, StoredCase
from contracts.audit import utc_now
from contracts.errors import (
    CaseNotFoundError,
    ConcurrentUpdateError,
    ContextStoreUnavailableError,
)

MAX_ATTEMPTS = 20


@contextlib.asynccontextmanager
async def unavailable_as_technical(what: str) -> AsyncIterator[None]:
    """A connection fault becomes a :class:`ContextStoreUnavailableError` the engine retries."""
    try:
        yield
    except (ESConnectionError, ESConnectionTimeout) as exc:
        raise ContextStoreUnavailableError(
            f"Elasticsearch unavailable while {what}: {exc}. The job will be retried; "
            "check `baton es status`."
        ) from exc


async def create_once(
    client: AsyncElasticsearch,
    index: str,
    doc_id: str,
    document: dict[str, Any],
    *,
    what: str,
    refresh: Literal["wait_for"] | None = None,
) -> bool:
    """Write ``document`` under ``doc_id`` unless it exists; False when it already did.

    Deterministic ids make every write here idempotent: a redelivered job writes nothing new.
    """
    async with unavailable_as_technical(what):
        try:
            await client.create(index=index, id=doc_id, document=document, refresh=refresh)
        except ConflictError:
            return False
    return True


class CaseStore:
    def __init__(self, client: AsyncElasticsearch, names: IndexNames) -> None:
        self._client = client
        self._index = names.cases

    async def get(self, case_id: str) -> StoredCase:
        async with unavailable_as_technical(f"reading case {case_id}"):
            try:
                found = await self._client.get(index=self._index, id=case_id)
            except NotFoundError as exc:
                raise CaseNotFoundError(f"no case file for business key {case_id!r}") from exc
        return StoredCase(
            case=CaseFile.model_validate(found["_source"]),
            seq_no=found["_seq_no"],
            primary_term=found["_primary_term"],
        )

    async def create(self, case: CaseFile) -> bool:
        """Store a new case file; False when it already existed (a redelivered job)."""
        return await create_once(
            self._client,
            self._index,
            case.case_id,
            case.model_dump(mode="json"),
            what=f"creating case {case.case_id}",
            refresh="wait_for",
        )

    async def update(
        self,
        case_id: str,
        change: Callable[[CaseFile], CaseFile],
        *,
        write_key: str,
    ) -> StoredCase:
        """Apply ``change`` with ``if_seq_no``/``if_primary_term``; re-read and retry on conflict.

        ``write_key`` (business key + element + job) is recorded in the case file, so a job
        redelivered after a successful write does not apply its change twice.
        """
        for _ in range(MAX_ATTEMPTS):
            current = await self.get(case_id)
            if write_key in current.case.applied_writes:
                return current
            changed = change(current.case)
            updated = changed.model_copy(
                update={
                    "applied_writes": [*current.case.applied_writes, write_key],
                    "updated_at": utc_now(),
                }
            )
            async with unavailable_as_technical(f"updating case {case_id}"):
                try:
                    written = await self._client.index(
                        index=self._index,
                        id=case_id,
                        document=updated.model_dump(mode="json"),
                        if_seq_no=current.seq_no,
                        if_primary_term=current.primary_term,
                    )
                except ConflictError:
                    continue
            return StoredCase(
                case=updated, seq_no=written["_seq_no"], primary_term=written["_primary_term"]
            )
        raise ConcurrentUpdateError(
            f"case {case_id} changed under {MAX_ATTEMPTS} consecutive attempts; retry the job"
        )
