"""The fleet's real wiring — offline agents, real simulator process, real Elasticsearch — on
Baton's engine, run in this process with its gateway on a free port and a pinned clock.

The model below is the claims service-task chain with the real element ids and job types, the
DMN routing given as a start variable: this proves the handlers, clients, context store and the
exactly-once payment together, not the claims BPMN (tests/engine/test_claims_adjudication.py
does). The first completion of the pay job is lost on its way to the engine, so the job times
out on the engine's clock and the fleet is handed the same job again.
"""

import asyncio
import socket
from collections.abc import AsyncIterator, Callable, Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from elasticsearch import AsyncElasticsearch

from clients import HttpOptions, PaymentsClient
from config import FleetSettings, Settings, ZeebeSettings
from contextstore import ContextStore, IndexNames, KnowledgeBase
from devservices import simulator
from engine.api import JobResult
from engine.gateway import start_gateway
from engine.runtime import Engine, EngineConfig
from engine.state import UserTask
from workers.fleet import Fleet
from workers.wiring import fleet_routers

PINNED_MS = 1_780_000_000_000
JOB_TIMEOUT_MS = 30_000
CLAIM_ID = "CLM-E2E-0001"
CLAIM = {
    "claimId": CLAIM_ID,
    "policyNumber": "HOME-100001",
    "claimant": {"name": "Anna Schmidt", "email": "anna.schmidt@example.org"},
    "lossDate": "2026-03-02",
    "reportedAt": "2026-03-04T09:30:00Z",
    "lossType": "water",
    "description": "A washing machine hose burst and water soaked the kitchen floor.",
    "amount": {"value": 1480.0, "currency": "EUR"},
    "documents": [{"kind": "invoice", "name": "plumber.pdf", "text": "Hose replaced 1480.00 EUR"}],
}
ROUTING = {"track": "fast", "reviewGroup": "claims-handlers", "priority": 30}
CHAIN = [
    ("Task_ClassifyIntake", "claims.classify-intake"),
    ("Task_CheckCoverage", "claims.check-coverage"),
    ("Task_AssessFraud", "claims.assess-fraud"),
    ("Task_ProposeDecision", "claims.propose-decision"),
]
AFTER_REVIEW = [
    ("Task_RecordDecision", "claims.record-decision"),
    ("Task_Pay", "claims.pay"),
    ("Task_NotifyClaimant", "claims.notify-claimant"),
]


def service_tasks(chain: list[tuple[str, str]]) -> str:
    return "".join(
        f'<bpmn:serviceTask id="{element}"><bpmn:extensionElements>'
        f'<zeebe:taskDefinition type="{job_type}" retries="3"/>'
        "</bpmn:extensionElements></bpmn:serviceTask>"
        for element, job_type in chain
    )


def flows(elements: list[str]) -> str:
    return "".join(
        f'<bpmn:sequenceFlow id="f-{source}" sourceRef="{source}" targetRef="{target}"/>'
        for source, target in pairwise(elements)
    )


CLAIMS_CHAIN = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
    'xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="claims-chain" '
    'targetNamespace="http://baton.example/claims-chain">'
    '<bpmn:process id="claims-adjudication" isExecutable="true">'
    '<bpmn:startEvent id="Start"/>'
    + service_tasks(CHAIN)
    + '<bpmn:exclusiveGateway id="Gateway_Auto" default="f-review"/>'
    + '<bpmn:userTask id="Task_Review"><bpmn:extensionElements><zeebe:userTask/>'
    + "</bpmn:extensionElements></bpmn:userTask>"
    + '<bpmn:exclusiveGateway id="Gateway_Reviewed"/>'
    + service_tasks(AFTER_REVIEW)
    + '<bpmn:endEvent id="End"/>'
    + flows(["Start", *(element for element, _ in CHAIN), "Gateway_Auto"])
    + '<bpmn:sequenceFlow id="f-auto" sourceRef="Gateway_Auto" targetRef="Gateway_Reviewed">'
    + '<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" '
    + 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">=proposal.autoDecidable'
    + "</bpmn:conditionExpression></bpmn:sequenceFlow>"
    + '<bpmn:sequenceFlow id="f-review" sourceRef="Gateway_Auto" targetRef="Task_Review"/>'
    + '<bpmn:sequenceFlow id="f-reviewed" sourceRef="Task_Review" targetRef="Gateway_Reviewed"/>'
    + flows(["Gateway_Reviewed", *(element for element, _ in AFTER_REVIEW), "End"])
    + "</bpmn:process></bpmn:definitions>"
)


class LostCompletions:
    """Fault injection at the engine's door: every job completion is recorded, and the first one
    of ``lost_type`` is acknowledged but never applied — as when a worker's CompleteJob is lost
    after its side effect. Only the job timeout brings that job back."""

    def __init__(self, engine: Engine, lost_type: str) -> None:
        self.engine = engine
        self.lost_type = lost_type
        self.apply = engine.complete_job
        self.lost = asyncio.Event()
        self.by_type: dict[str, list[dict[str, Any]]] = {}

    async def complete_job(
        self, job_key: int, variables: dict[str, Any] | None, result: JobResult | None = None
    ) -> None:
        job_type = self.engine.tables.jobs[job_key].type
        self.by_type.setdefault(job_type, []).append(dict(variables or {}))
        if job_type == self.lost_type and not self.lost.is_set():
            self.lost.set()
            return
        await self.apply(job_key, variables, result)

    def variables(self) -> dict[str, Any]:
        merged: dict[str, Any] = {}
        for completions in self.by_type.values():
            for variables in completions:
                merged |= variables
        return merged


def known_chunks(knowledge: KnowledgeBase) -> set[str]:
    return {chunk.chunk_id for chunk in knowledge.chunks}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def wait_for(check: Callable[[], bool], what: str, timeout_s: float = 60) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while not check():
        if loop.time() > deadline:
            pytest.fail(f"{what} did not happen within {timeout_s}s")
        await asyncio.sleep(0.05)


@pytest.fixture
def simulator_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("BATON_CACHE_DIR", str(tmp_path / "cache"))
    handle = simulator.ensure_running(free_port(), state_dir=tmp_path / "state")
    try:
        yield handle.url
    finally:
        simulator.stop()


@pytest.fixture
async def engine(tmp_path: Path) -> AsyncIterator[Engine]:
    engine = await Engine.open(EngineConfig(data_dir=tmp_path / "engine"))
    engine.clock.pin(PINNED_MS)
    await engine.deploy([("claims-chain.bpmn", CLAIMS_CHAIN.encode())])
    yield engine
    await engine.close()


def open_review(engine: Engine, instance_key: int) -> UserTask | None:
    return next(
        (
            task
            for task in engine.tables.user_tasks.values()
            if task.process_instance_key == instance_key and task.state == "CREATED"
        ),
        None,
    )


async def test_a_claim_is_decided_paid_once_and_audited(
    engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
    simulator_url: str,
    elasticsearch_url: str,
    index_names: IndexNames,
    knowledge_base: KnowledgeBase,
    es_client: AsyncElasticsearch,
) -> None:
    await knowledge_base.load(es_client, index_names)
    completions = LostCompletions(engine, lost_type="claims.pay")
    monkeypatch.setattr(engine, "complete_job", completions.complete_job)
    gateway_port = free_port()
    gateway = await start_gateway(engine, "127.0.0.1", gateway_port)
    settings = Settings(
        zeebe=ZeebeSettings(address=f"127.0.0.1:{gateway_port}"),
        simulator_url=simulator_url,
        elasticsearch_url=elasticsearch_url,
        elasticsearch_index_prefix=index_names.prefix,
        metrics_host="127.0.0.1",
        fleet=FleetSettings(request_timeout_ms=200, job_timeout_ms=JOB_TIMEOUT_MS),
    )
    try:
        async with fleet_routers(settings) as routers:
            fleet = Fleet(settings, routers)
            fleet.health._port = 0
            running = asyncio.create_task(fleet.run())
            instance = await engine.create_process_instance(
                bpmn_process_id="claims-adjudication",
                variables={"claim": CLAIM, "routing": ROUTING, "businessKey": CLAIM_ID},
            )
            await wait_for(
                lambda: completions.lost.is_set() or open_review(engine, instance.key) is not None,
                "the pay job or a review task",
            )
            review = open_review(engine, instance.key)
            if review is not None:
                covered = completions.variables()["coverage"]["coveredAmount"]
                verdict = {"outcome": "approved", "payout": covered, "reason": "checked invoice"}
                await engine.complete_user_task(review.key, {"review": verdict})
                await wait_for(completions.lost.is_set, "the first pay completion")
            engine.clock.pin(PINNED_MS + JOB_TIMEOUT_MS + 1)
            await wait_for(
                lambda: engine.tables.process_instances[instance.key].state == "COMPLETED",
                "the claim's instance to complete after the pay job was handed out again",
            )
            fleet.request_stop()
            assert await asyncio.wait_for(running, timeout=30) == 0
    finally:
        await gateway.stop(None)

    variables = completions.variables()
    assert variables["coverage"]["coveredAmount"] == 1230.0
    cited = [citation["source"] for citation in variables["proposal"]["evidence"]]
    assert cited and all(source in known_chunks(knowledge_base) for source in cited)
    assert variables["decision"]["outcome"] == "approved"
    assert variables["decision"]["payout"] == 1230.0
    first, redelivered = completions.by_type["claims.pay"]
    assert first["payment"] == redelivered["payment"]
    async with PaymentsClient(HttpOptions(simulator_url)) as payments:
        paid = await payments.payments_for_claim(CLAIM_ID)
    assert len(paid) == 1
    assert float(paid[0].amount.value) == 1230.0

    store = await ContextStore.open(elasticsearch_url, prefix=index_names.prefix)
    try:
        entries = await store.audit.entries(CLAIM_ID)
        assert "claims.decision" in [entry.action for entry in entries]
        assert (await store.audit.verify_chain(CLAIM_ID)).intact
        events = await store.timeline.list(CLAIM_ID)
        assert any(event.element_id == "Task_ClassifyIntake" for event in events)
    finally:
        await store.close()
