"""The fleet against an in-process fake gateway: plumbing only, not proof a process works."""

import asyncio
import json
import os
import signal
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode
from pydantic import JsonValue
from pyzeebe import ZeebeTaskRouter

from config import FleetSettings, Settings, ZeebeSettings
from contracts.errors import InvalidCaseError, NotCoveredError, UnknownJobTypeError
from tests.fakes.zeebe_gateway import FakeZeebeGateway, JobState
from workers.fleet import Fleet
from workers.logging_setup import configure_logging
from workers.routers import Variables, family_router, handles
from workers.tracing import configure_tracing

release = asyncio.Event()


class Echoed(Variables):
    echoed: JsonValue


class SlowDone(Variables):
    slow_done: bool


@handles("test.echo")
async def echo(value: JsonValue = None) -> Echoed:
    return Echoed(echoed=value)


@handles("test.business")
async def business() -> Variables:
    raise NotCoveredError("not covered", variables={"denial": {"reason": "lapsed"}})


@handles("test.invalid")
async def invalid() -> Variables:
    raise InvalidCaseError("variable 'claim' is invalid — claim.amount: Field required")


@handles("test.boom")
async def boom() -> Variables:
    raise ConnectionError("policy admin refused the connection")


@handles("test.slow")
async def slow() -> SlowDone:
    await release.wait()
    return SlowDone(slow_done=True)


def plumbing_router() -> ZeebeTaskRouter:
    return family_router(None, echo, business, invalid, boom, slow)


def settings(address: str, **fleet: Any) -> Settings:
    return Settings(
        zeebe=ZeebeSettings(address=address),
        metrics_host="127.0.0.1",
        metrics_port=1,
        fleet=FleetSettings(
            request_timeout_ms=200, retry_backoff_ms=1500, shutdown_timeout_s=10, **fleet
        ),
    )


@pytest.fixture
async def gateway() -> AsyncIterator[FakeZeebeGateway]:
    async with FakeZeebeGateway() as gw:
        yield gw


async def start_fleet(fleet: Fleet) -> asyncio.Task[int]:
    fleet.health._port = 0
    task = asyncio.create_task(fleet.run())
    while fleet.health._server is None:
        await asyncio.sleep(0.01)
    return task


async def test_completes_jobs_and_classifies_errors(gateway: FakeZeebeGateway) -> None:
    fleet = Fleet(settings(gateway.address), (plumbing_router(),))
    task = await start_fleet(fleet)
    ok = gateway.add_job("test.echo", {"value": 42, "businessKey": "CLM-1"})
    business = gateway.add_job("test.business", {})
    invalid = gateway.add_job("test.invalid", {})
    boom = gateway.add_job("test.boom", {}, retries=3)
    await gateway.wait_for(lambda: ok in gateway.completed, timeout=10)
    await gateway.wait_for(lambda: business in gateway.errors, timeout=10)
    await gateway.wait_for(lambda: invalid in gateway.incidents, timeout=10)
    await gateway.wait_for(lambda: boom in gateway.failures, timeout=10)
    fleet.request_stop()
    assert await asyncio.wait_for(task, timeout=15) == 0

    assert gateway.completed[ok] == {"echoed": 42}
    assert gateway.errors[business].code == "NOT_COVERED"
    assert gateway.errors[business].variables == {"denial": {"reason": "lapsed"}}
    assert "claim.amount: Field required" in gateway.incidents[invalid].message
    (failure,) = gateway.failures[boom][:1]
    assert failure.retries == 2
    assert failure.backoff_ms == 1500
    assert "ConnectionError" in failure.message


async def test_health_and_metrics_endpoints(gateway: FakeZeebeGateway) -> None:
    fleet = Fleet(settings(gateway.address), (plumbing_router(),))
    task = await start_fleet(fleet)
    done = gateway.add_job("test.echo", {"value": 1})
    await gateway.wait_for(lambda: done in gateway.completed, timeout=10)
    base = f"http://127.0.0.1:{fleet.health.port}"
    async with httpx.AsyncClient(base_url=base) as http:
        assert (await http.get("/healthz")).status_code == 200
        for _ in range(100):
            if (await http.get("/readyz")).status_code == 200:
                break
            await asyncio.sleep(0.1)
        assert (await http.get("/readyz")).status_code == 200
        metrics = (await http.get("/metrics")).text
        assert 'baton_jobs_completed_total{job_type="test.echo"}' in metrics
        assert "baton_job_handler_duration_seconds_bucket" in metrics
        assert (await http.get("/nope")).status_code == 404
        fleet.request_stop()
        assert await asyncio.wait_for(task, timeout=15) == 0


async def test_sigterm_lets_in_flight_job_finish_then_exits_zero(
    gateway: FakeZeebeGateway,
) -> None:
    release.clear()
    fleet = Fleet(settings(gateway.address), (plumbing_router(),))
    task = await start_fleet(fleet)
    slow = gateway.add_job("test.slow", {})
    await gateway.wait_for(lambda: gateway.state_of(slow) is JobState.ACTIVATED, timeout=10)
    os.kill(os.getpid(), signal.SIGTERM)
    await asyncio.sleep(0.3)
    assert not task.done()
    late = gateway.add_job("test.echo", {"value": "after stop"})
    release.set()
    assert await asyncio.wait_for(task, timeout=15) == 0
    assert gateway.completed[slow] == {"slowDone": True}
    assert late not in gateway.completed


async def test_reconnects_after_gateway_restart(gateway: FakeZeebeGateway) -> None:
    fleet = Fleet(settings(gateway.address), (plumbing_router(),))
    task = await start_fleet(fleet)
    first = gateway.add_job("test.echo", {"value": 1})
    await gateway.wait_for(lambda: first in gateway.completed, timeout=10)
    await gateway.stop()
    await asyncio.sleep(1)
    await gateway.start()
    again = gateway.add_job("test.echo", {"value": 2})
    await gateway.wait_for(lambda: again in gateway.completed, timeout=30)
    fleet.request_stop()
    assert await asyncio.wait_for(task, timeout=15) == 0


async def test_unknown_job_type_in_settings_fails_fast(gateway: FakeZeebeGateway) -> None:
    fleet = Fleet(settings(gateway.address, job_types=["test.nope"]), (plumbing_router(),))
    fleet.health._port = 0
    with pytest.raises(UnknownJobTypeError, match=r"test\.nope"):
        await fleet.run()


async def test_worker_group_serves_only_its_job_types(gateway: FakeZeebeGateway) -> None:
    fleet = Fleet(settings(gateway.address, job_types=["test.echo"]), (plumbing_router(),))
    task = await start_fleet(fleet)
    other = gateway.add_job("test.slow", {})
    mine = gateway.add_job("test.echo", {"value": 3})
    await gateway.wait_for(lambda: mine in gateway.completed, timeout=10)
    fleet.request_stop()
    assert await asyncio.wait_for(task, timeout=15) == 0
    assert gateway.state_of(other) is JobState.QUEUED


async def test_each_job_gets_a_span_and_its_logs_carry_the_trace_id(
    gateway: FakeZeebeGateway, capsys: pytest.CaptureFixture[str]
) -> None:
    exporter = InMemorySpanExporter()
    configure_tracing(SimpleSpanProcessor(exporter))
    configure_logging("INFO")
    fleet = Fleet(settings(gateway.address), (plumbing_router(),))
    task = await start_fleet(fleet)
    ok = gateway.add_job(
        "test.echo", {"value": 7, "businessKey": "CLM-7"}, bpmn_process_id="claims-adjudication"
    )
    boom = gateway.add_job("test.boom", {}, retries=1)
    await gateway.wait_for(lambda: ok in gateway.completed, timeout=10)
    await gateway.wait_for(lambda: boom in gateway.incidents, timeout=10)
    fleet.request_stop()
    assert await asyncio.wait_for(task, timeout=15) == 0

    spans = {
        dict(span.attributes or {})["camunda.job_key"]: span
        for span in exporter.get_finished_spans()
    }
    echo = spans[ok]
    attributes = dict(echo.attributes or {})
    assert echo.name == "job test.echo"
    assert attributes["camunda.bpmn_process_id"] == "claims-adjudication"
    assert attributes["baton.business_key"] == "CLM-7"
    assert spans[boom].status.status_code is StatusCode.ERROR
    assert echo.context is not None
    trace_id = format(echo.context.trace_id, "032x")
    lines = [
        json.loads(line) for line in capsys.readouterr().err.splitlines() if line.startswith("{")
    ]
    completed = [line for line in lines if line.get("event") == "job.completed"]
    assert any(
        line.get("trace_id") == trace_id and line["business_key"] == "CLM-7" for line in completed
    )
