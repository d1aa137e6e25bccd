"""Agents' timeline and audit sinks, written to the Elasticsearch context store.

Agents call their sinks synchronously, sometimes from a worker thread; Elasticsearch is async.
Entries go onto a queue bound to the fleet's event loop and a background task writes them,
tagged with the job they belong to (read from the log context the job plumbing binds).
Writes are idempotent per job, so a redelivered job does not duplicate entries.

An entry that cannot be written stays at the head of the queue and is retried with capped
exponential backoff: nothing is dropped while the fleet runs. Decisions and overrides are the
audit trail ARCHITECTURE.md §4 promises, so a job that records one waits for its write
(:func:`awaiting_required_writes`); a long outage fails the job, which the engine retries with
backoff and turns into an incident when the retries run out.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
from collections.abc import AsyncIterator, Iterable
from contextvars import ContextVar
from dataclasses import dataclass

import structlog

from config import Settings
from contextstore import ContextStore
from contracts.audit import AuditEntry, TimelineEvent
from contracts.errors import ContextStoreUnavailableError, TechnicalError
from workers import metrics

log = structlog.get_logger("baton.context")

REQUIRED_ACTION_SUFFIXES = (".decision", ".override", "user-task.assigned", "user-task.completed")
"""Audit actions a job may not complete without: decisions, overrides, people's task steps."""
FIRST_RETRY_S = 0.5
MAX_RETRY_S = 15.0
REQUIRED_WRITE_WAIT_S = 20.0
"""How long a job waits for its decision to be written before it fails and is retried."""
DRAIN_TIMEOUT_S = 10.0

WriteReceipt = concurrent.futures.Future[None]
_REQUIRED_WRITES: ContextVar[list[WriteReceipt] | None] = ContextVar(
    "baton_required_writes", default=None
)


@dataclass
class PendingWrite:
    """One entry to write, tagged with its job when recorded."""

    document: TimelineEvent | AuditEntry
    receipt: WriteReceipt | None = None
    attempts: int = 0

    @property
    def kind(self) -> str:
        return "event" if isinstance(self.document, TimelineEvent) else "audit"


def is_required(action: str) -> bool:
    return action.endswith(REQUIRED_ACTION_SUFFIXES)


def retry_delay_s(attempts: int) -> float:
    """Capped exponential backoff: 0.5 s, 1 s, 2 s, … up to 15 s."""
    return float(min(MAX_RETRY_S, FIRST_RETRY_S * 2 ** max(0, attempts - 1)))


@contextlib.asynccontextmanager
async def awaiting_required_writes(
    timeout_s: float = REQUIRED_WRITE_WAIT_S,
) -> AsyncIterator[None]:
    """Around one job's handler: on success, wait until its decision and override entries are
    written; if the store does not take them within ``timeout_s`` the job fails (technical)."""
    receipts: list[WriteReceipt] = []
    token = _REQUIRED_WRITES.set(receipts)
    try:
        yield
    finally:
        _REQUIRED_WRITES.reset(token)
    await wait_for_receipts(receipts, timeout_s)


async def wait_for_receipts(receipts: Iterable[WriteReceipt], timeout_s: float) -> None:
    pending = [asyncio.wrap_future(receipt) for receipt in receipts]
    if not pending:
        return
    _, late = await asyncio.wait(pending, timeout=timeout_s)
    if late:
        raise ContextStoreUnavailableError(
            f"{len(late)} audit decision(s) not written to Elasticsearch within {timeout_s:.0f} s; "
            "they stay queued and are retried. The job will be retried; check `baton es status`."
        )


class ContextStoreSinks:
    """Implements ``agents.protocols.CaseTimeline`` and ``AuditSink``."""

    def __init__(self, store: ContextStore, loop: asyncio.AbstractEventLoop) -> None:
        self._store = store
        self._loop = loop
        self._queue: asyncio.Queue[PendingWrite | None] = asyncio.Queue()
        self._writer: asyncio.Task[None] | None = None
        self._pending = 0

    def append(self, event: TimelineEvent) -> None:
        self._put(PendingWrite(event.for_job(structlog.contextvars.get_contextvars())))

    def record(self, entry: AuditEntry) -> None:
        record = entry.for_job(structlog.contextvars.get_contextvars())
        receipt: WriteReceipt | None = None
        waiting = _REQUIRED_WRITES.get()
        if is_required(entry.action) and waiting is not None:
            receipt = concurrent.futures.Future()
            waiting.append(receipt)
        self._put(PendingWrite(record, receipt))

    @property
    def pending_writes(self) -> int:
        return self._pending

    def _put(self, item: PendingWrite) -> None:
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is self._loop:
            self._enqueue(item)
        else:
            self._loop.call_soon_threadsafe(self._enqueue, item)

    def _enqueue(self, item: PendingWrite) -> None:
        self._pending += 1
        metrics.CONTEXT_STORE_PENDING_WRITES.set(self._pending)
        self._queue.put_nowait(item)

    def start(self) -> None:
        self._writer = self._loop.create_task(self._write_forever())

    async def close(self, drain_timeout_s: float = DRAIN_TIMEOUT_S) -> None:
        """Write what is queued, then stop; give up after ``drain_timeout_s`` and say how many
        entries were left unwritten."""
        if self._writer is None:
            return
        self._queue.put_nowait(None)
        try:
            await asyncio.wait_for(asyncio.shield(self._writer), drain_timeout_s)
        except TimeoutError:
            self._writer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._writer
            log.error("context.unwritten_at_stop", entries=self._pending)

    async def _write_forever(self) -> None:
        while True:
            item = await self._queue.get()
            if item is None:
                return
            await self._write_until_done(item)
            self._pending -= 1
            metrics.CONTEXT_STORE_PENDING_WRITES.set(self._pending)

    async def _write_until_done(self, item: PendingWrite) -> None:
        while True:
            item.attempts += 1
            try:
                await self._write(item.document)
            except Exception as error:  # the fleet keeps the entry and keeps running
                metrics.CONTEXT_STORE_UP.set(0)
                delay = retry_delay_s(item.attempts)
                log.warning(
                    "context.write_failed",
                    kind=item.kind,
                    case_id=item.document.case_id,
                    attempt=item.attempts,
                    retry_in_s=delay,
                    error=repr(error),
                )
                await asyncio.sleep(delay)
                continue
            metrics.CONTEXT_STORE_UP.set(1)
            if item.receipt is not None and not item.receipt.done():
                item.receipt.set_result(None)
            return

    async def _write(self, document: TimelineEvent | AuditEntry) -> None:
        if isinstance(document, TimelineEvent):
            await self._store.timeline.append(document)
        else:
            await self._store.audit.append(document)


@contextlib.asynccontextmanager
async def open_context_sinks(settings: Settings) -> AsyncIterator[ContextStoreSinks | None]:
    """Open the context store (creating missing indices) and its sinks for the fleet.

    If Elasticsearch does not answer at start, the fleet still runs: agents fall back to
    writing timeline and audit to the structured log, and the fleet says so.
    """
    try:
        store = await ContextStore.open(
            str(settings.elasticsearch_url),
            prefix=settings.elasticsearch_index_prefix,
            embeddings_provider=settings.embeddings_provider,
        )
    except TechnicalError as error:
        metrics.CONTEXT_STORE_UP.set(0)
        log.warning("context.unavailable_at_start", error=str(error), fallback="structured log")
        yield None
        return
    metrics.CONTEXT_STORE_UP.set(1)
    sinks = ContextStoreSinks(store, asyncio.get_running_loop())
    sinks.start()
    log.info("context.store_open", url=str(settings.elasticsearch_url))
    try:
        yield sinks
    finally:
        await sinks.close()
        await store.close()
