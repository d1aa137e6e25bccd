"""The fleet's context-store sinks keep what they cannot write and retry it; decisions wait."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any, cast

import pytest
from prometheus_client import REGISTRY

from contextstore import ContextStore
from contracts.audit import AuditEntry, EventKind, TimelineEvent
from contracts.errors import ContextStoreUnavailableError
from workers import context_sinks
from workers.context_sinks import (
    ContextStoreSinks,
    awaiting_required_writes,
    is_required,
    retry_delay_s,
)


@dataclass
class FlakyLog:
    """Fails the first ``failures`` writes, then stores; a gate lets a test hold it down."""

    failures: int = 0
    written: list[Any] = field(default_factory=list)
    attempts: int = 0

    async def append(self, document: Any) -> None:
        self.attempts += 1
        if self.failures > 0:
            self.failures -= 1
            raise ContextStoreUnavailableError("Elasticsearch unavailable while appending")
        self.written.append(document)


@dataclass
class FakeStore:
    timeline: FlakyLog = field(default_factory=FlakyLog)
    audit: FlakyLog = field(default_factory=FlakyLog)


@pytest.fixture(autouse=True)
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(context_sinks, "FIRST_RETRY_S", 0.001)
    monkeypatch.setattr(context_sinks, "MAX_RETRY_S", 0.004)


def entry(action: str, case_id: str = "CLM-1") -> AuditEntry:
    return AuditEntry(
        case_id=case_id,
        actor="hana.handler",
        action=action,
        inputs_hash="h",
        output={"x": 1},
        reason="r",
    )


def sinks_over(store: FakeStore) -> ContextStoreSinks:
    sinks = ContextStoreSinks(cast(ContextStore, store), asyncio.get_running_loop())
    sinks.start()
    return sinks


def gauge(name: str) -> float | None:
    return REGISTRY.get_sample_value(name)


async def test_an_entry_written_during_an_outage_is_retried_until_it_lands() -> None:
    store = FakeStore(audit=FlakyLog(failures=3))
    sinks = sinks_over(store)
    sinks.record(entry("ingestion.proposal"))
    await sinks.close()
    assert [r.action for r in store.audit.written] == ["ingestion.proposal"]
    assert store.audit.attempts == 4
    assert gauge("baton_context_store_up") == 1
    assert gauge("baton_context_store_pending_writes") == 0


async def test_entries_keep_their_order_across_a_failure() -> None:
    store = FakeStore(audit=FlakyLog(failures=2))
    sinks = sinks_over(store)
    for action in ("a.first", "b.second", "c.third"):
        sinks.record(entry(action))
    await sinks.close()
    assert [r.action for r in store.audit.written] == ["a.first", "b.second", "c.third"]


async def test_a_decision_waits_for_its_write() -> None:
    store = FakeStore(audit=FlakyLog(failures=2))
    sinks = sinks_over(store)
    async with awaiting_required_writes(timeout_s=30):
        sinks.record(entry("claims.decision"))
    assert [r.action for r in store.audit.written] == ["claims.decision"]
    await sinks.close()


async def test_a_decision_the_store_does_not_take_fails_the_job_and_stays_queued() -> None:
    store = FakeStore(audit=FlakyLog(failures=10**9))
    sinks = sinks_over(store)
    with pytest.raises(ContextStoreUnavailableError, match="stay queued and are retried"):
        async with awaiting_required_writes(timeout_s=0.05):
            sinks.record(entry("claims.decision"))
    assert sinks.pending_writes == 1
    assert gauge("baton_context_store_up") == 0
    assert gauge("baton_context_store_pending_writes") == 1
    store.audit.failures = 0
    await sinks.close()
    assert [r.action for r in store.audit.written] == ["claims.decision"]


async def test_a_timeline_event_does_not_hold_the_job() -> None:
    store = FakeStore(timeline=FlakyLog(failures=10**9))
    sinks = sinks_over(store)
    async with awaiting_required_writes(timeout_s=0.05):
        sinks.append(TimelineEvent.agent_step("CLM-1", "guardrails-input"))
    await sinks.close(drain_timeout_s=0.05)
    assert store.timeline.written == []


async def test_a_malformed_entry_fails_the_caller_not_the_writer() -> None:
    sinks = sinks_over(FakeStore())
    with pytest.raises(ValueError, match="case_id"):
        sinks.record(entry("claims.decision", case_id=""))
    await sinks.close()


def test_only_decisions_overrides_and_user_task_steps_are_required() -> None:
    assert is_required("claims.decision")
    assert is_required("claims-review.override")
    assert is_required("user-task.completed")
    assert not is_required("guardrails.input")


def test_backoff_doubles_up_to_its_cap() -> None:
    assert [retry_delay_s(n) for n in (1, 2, 3, 10)] == [0.001, 0.002, 0.004, 0.004]


def test_guardrail_input_and_output_events_of_one_job_get_distinct_ids() -> None:
    def verdict(stage: str) -> TimelineEvent:
        return TimelineEvent(
            case_id="CLM-1",
            kind=EventKind.GUARDRAIL_VERDICT,
            element_id="Task_Classify",
            job_key=7,
            actor="intake",
            summary=f"guardrail.{stage}",
            payload={"stage": stage, "at": "2026-01-01T00:00:00"},
        )

    assert verdict("input").event_id != verdict("output").event_id
    redelivered = verdict("input").model_copy(update={"payload": {"stage": "input", "at": "x"}})
    assert redelivered.event_id == verdict("input").event_id


def test_audit_entries_of_a_job_are_keyed_by_job_and_output() -> None:
    keyed = entry("claims.decision").for_job({"element_id": "Task_Decide", "job_key": 9})
    assert keyed.idempotency_key.startswith("CLM-1:Task_Decide:9:claims.decision:")
    assert keyed.element_id == "Task_Decide"


def test_an_entry_without_inputs_hash_is_hashed_by_its_output() -> None:
    bare = entry("guardrails.input").model_copy(update={"inputs_hash": ""})
    assert len(bare.for_job({}).inputs_hash) == 64


def test_a_timeline_event_is_tagged_with_its_job() -> None:
    event = TimelineEvent.agent_step("CLM-1", "tool-call", agent="intake", tool="policy")
    tagged = event.for_job({"element_id": "Task_Classify", "job_key": 5})
    assert (tagged.kind, tagged.actor, tagged.summary) == (
        EventKind.TOOL_CALL,
        "intake",
        "tool-call",
    )
    assert (tagged.element_id, tagged.job_key) == ("Task_Classify", 5)
