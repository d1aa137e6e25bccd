"""The fleet's real wiring — offline agents, real simulator process, real Elasticsearch — driven
job by job through the in-process fake gateway. The gateway stands in for Zeebe only to hand out
jobs; this proves the handlers, clients, context store and exactly-once side effects together,
not the BPMN model (that needs the engine)."""

import asyncio
import socket
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from elasticsearch import AsyncElasticsearch

from clients import HttpOptions, PaymentsClient
from config import FleetSettings, Settings, ZeebeSettings
from contextstore import ContextStore, IndexNames, KnowledgeBase
from devservices import simulator
from tests.fakes.zeebe_gateway import FakeZeebeGateway
from workers.fleet import Fleet
from workers.wiring import fleet_routers

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


def known_chunks(knowledge: KnowledgeBase) -> set[str]:
    return {chunk.chunk_id for chunk in knowledge.chunks}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def simulator_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("BATON_CACHE_DIR", str(tmp_path / "cache"))
    handle = simulator.ensure_running(free_port(), state_dir=tmp_path / "state")
    try:
        yield handle.url
    finally:
        simulator.stop()


@pytest.fixture
async def gateway() -> AsyncIterator[FakeZeebeGateway]:
    async with FakeZeebeGateway() as gw:
        yield gw


async def run_job(
    gateway: FakeZeebeGateway, job_type: str, element_id: str, variables: dict[str, Any]
) -> dict[str, Any]:
    key = gateway.add_job(
        job_type,
        {**variables, "businessKey": CLAIM_ID},
        bpmn_process_id="claims-adjudication",
        element_id=element_id,
    )
    await gateway.wait_for(
        lambda: key in gateway.completed or key in gateway.incidents or key in gateway.errors,
        timeout=60,
        description=f"{job_type} finished",
    )
    assert key in gateway.completed, f"{job_type}: {gateway.summary()} {gateway.incidents}"
    return gateway.completed[key]


async def test_a_claim_is_decided_paid_once_and_audited(
    gateway: FakeZeebeGateway,
    simulator_url: str,
    elasticsearch_url: str,
    index_names: IndexNames,
    knowledge_base: KnowledgeBase,
    es_client: AsyncElasticsearch,
) -> None:
    await knowledge_base.load(es_client, index_names)
    settings = Settings(
        zeebe=ZeebeSettings(address=gateway.address),
        simulator_url=simulator_url,
        elasticsearch_url=elasticsearch_url,
        elasticsearch_index_prefix=index_names.prefix,
        metrics_host="127.0.0.1",
        fleet=FleetSettings(request_timeout_ms=200),
    )
    async with fleet_routers(settings) as routers:
        fleet = Fleet(settings, routers)
        fleet.health._port = 0
        running = asyncio.create_task(fleet.run())
        variables: dict[str, Any] = {"claim": CLAIM}
        variables |= await run_job(
            gateway, "claims.classify-intake", "Task_ClassifyIntake", variables
        )
        variables["routing"] = {"track": "fast", "reviewGroup": "claims-handlers", "priority": 30}
        variables |= await run_job(
            gateway, "claims.check-coverage", "Task_CheckCoverage", variables
        )
        variables |= await run_job(gateway, "claims.assess-fraud", "Task_AssessFraud", variables)
        variables |= await run_job(
            gateway, "claims.propose-decision", "Task_ProposeDecision", variables
        )
        if not variables["proposal"]["autoDecidable"]:
            variables["review"] = {
                "outcome": "approved",
                "payout": variables["coverage"]["coveredAmount"],
                "reason": "checked the invoice",
            }
        variables |= await run_job(
            gateway, "claims.record-decision", "Task_RecordDecision", variables
        )
        first = await run_job(gateway, "claims.pay", "Task_Pay", variables)
        redelivered = await run_job(gateway, "claims.pay", "Task_Pay", variables)
        await run_job(gateway, "claims.notify-claimant", "Task_NotifyClaimant", variables)
        fleet.request_stop()
        assert await asyncio.wait_for(running, timeout=30) == 0

    assert variables["coverage"]["coveredAmount"] == 1230.0
    cited = [citation["source"] for citation in variables["proposal"]["evidence"]]
    assert cited and all(source in known_chunks(knowledge_base) for source in cited)
    assert variables["decision"]["outcome"] == "approved"
    assert variables["decision"]["payout"] == 1230.0
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
