"""Agents' timeline and audit sinks, written to the Elasticsearch context store.

Agents call their sinks synchronously, sometimes from a worker thread; Elasticsearch is async.
Entries go onto a queue bound to the fleet's event loop and a background task writes them,
tagged with the job they belong to (read from the log context the job plumbing binds).
Writes are idempotent per job, so a redelivered job does not duplicate entries.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
from collections.abc import AsyncIterator
from typing import Any

import structlog

from agents import AuditEntry, TimelineEvent
from config import Settings
from contextstore import AuditRecord, CaseEvent, ContextStore, EventKind
from contracts.errors import TechnicalError

log = structlog.get_logger("baton.context")

_STOP = None
Pending = tuple[str, TimelineEvent | AuditEntry, dict[str, Any]]


def event_kind(kind: str) -> EventKind:
    if kind.startswith("guardrail"):
        return EventKind.GUARDRAIL_VERDICT
    if "tool" in kind:
        return EventKind.TOOL_CALL
    return EventKind.AGENT_OUTPUT


def _digest(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()


class ContextStoreSinks:
    """Implements ``agents.protocols.CaseTimeline`` and ``AuditSink``."""

    def __init__(self, store: ContextStore, loop: asyncio.AbstractEventLoop) -> None:
        self._store = store
        self._loop = loop
        self._queue: asyncio.Queue[Pending | None] = asyncio.Queue()
        self._writer: asyncio.Task[None] | None = None

    def append(self, event: TimelineEvent) -> None:
        self._put(("event", event, structlog.contextvars.get_contextvars()))

    def record(self, entry: AuditEntry) -> None:
        self._put(("audit", entry, structlog.contextvars.get_contextvars()))

    def _put(self, item: Pending) -> None:
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is self._loop:
            self._queue.put_nowait(item)
        else:
            self._loop.call_soon_threadsafe(self._queue.put_nowait, item)

    def start(self) -> None:
        self._writer = self._loop.create_task(self._write_forever())

    async def close(self) -> None:
        """Write what is queued, then stop."""
        if self._writer is None:
            return
        self._queue.put_nowait(_STOP)
        with contextlib.suppress(asyncio.CancelledError):
            await self._writer

    async def _write_forever(self) -> None:
        while True:
            item = await self._queue.get()
            if item is _STOP:
                return
            kind, payload, job = item
            try:
                if isinstance(payload, TimelineEvent):
                    await self._store.timeline.append(case_event(payload, job))
                else:
                    await self._store.audit.append(audit_record(payload, job))
            except Exception as error:  # the timeline must never stop the fleet
                log.warning("context.write_failed", kind=kind, error=repr(error))


def case_event(event: TimelineEvent, job: dict[str, Any]) -> CaseEvent:
    return CaseEvent(
        case_id=event.case_id,
        kind=event_kind(event.kind),
        element_id=str(job.get("element_id") or "agent"),
        job_key=job.get("job_key"),
        process_instance_key=job.get("process_instance_key"),
        actor=str(event.data.get("agent") or event.kind),
        summary=event.kind,
        payload={**event.data, "at": event.at.isoformat()},
    )


def audit_record(entry: AuditEntry, job: dict[str, Any]) -> AuditRecord:
    element = str(job.get("element_id") or "agent")
    output_digest = _digest(entry.output)
    return AuditRecord(
        case_id=entry.case_id,
        actor=entry.actor,
        action=entry.action,
        element_id=element,
        idempotency_key=":".join(
            [entry.case_id, element, str(job.get("job_key", "-")), entry.action, output_digest[:16]]
        ),
        process_instance_key=job.get("process_instance_key"),
        inputs_hash=entry.inputs_hash or output_digest,
        output=entry.output,
        reason=entry.reason,
        at=entry.at,
    )


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
        log.warning("context.unavailable_at_start", error=str(error), fallback="structured log")
        yield None
        return
    sinks = ContextStoreSinks(store, asyncio.get_running_loop())
    sinks.start()
    log.info("context.store_open", url=str(settings.elasticsearch_url))
    try:
        yield sinks
    finally:
        await sinks.close()
        await store.close()
