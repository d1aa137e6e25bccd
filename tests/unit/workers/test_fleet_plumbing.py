"""The fleet's plumbing against Baton's engine running in this test's process: the real gRPC
gateway on a free loopback port over an engine on a temporary data directory. Test-only job types
on one-task models; the engine's records say what the fleet answered. Plumbing only: the
processes themselves are proven in ``tests/engine``."""

import asyncio
import json
import os
import signal
import socket
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import grpc
import httpx
import pytest
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode
from pydantic import JsonValue
from pyzeebe import ZeebeTaskRouter

from config import FleetSettings, Settings, ZeebeSettings
from contracts.errors import InvalidCaseError, NotCoveredError, UnknownJobTypeError
from engine.gateway import start_gateway
from engine.runtime import Engine, EngineConfig
from engine.state import Job
from workers.fleet import Fleet
from workers.logging_setup import configure_logging
from workers.routers import Variables, family_router, handles
from workers.tracing import configure_tracing

PINNED_MS = 1_780_000_000_000
"""The engine's clock stands still here, so a failed job's back-off never falls due and its
recorded due time is exactly the back-off the fleet sent."""
RETRY_BACKOFF_MS = 1500

release = asyncio.Event()
slow_started = asyncio.Event()
"""Set once the slow handler runs: a job the engine shows as activated may still be on its way
to the worker, and a stop before it arrives leaves nothing in flight to drain."""


def one_task(process_id: str, job_type: str, retries: int = 3, catch: str = "") -> str:
    return f"""
  <bpmn:process id="{process_id}" isExecutable="true">
    <bpmn:startEvent id="start"/>
    <bpmn:serviceTask id="task">
      <bpmn:extensionElements>
        <zeebe:taskDefinition type="{job_type}" retries="{retries}"/>
      </bpmn:extensionElements>
    </bpmn:serviceTask>
    {catch}
    <bpmn:endEvent id="end"/>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="task"/>
    <bpmn:sequenceFlow id="f2" sourceRef="task" targetRef="end"/>
  </bpmn:process>"""


NOT_COVERED_CATCH = """<bpmn:boundaryEvent id="not-covered" attachedToRef="task">
      <bpmn:errorEventDefinition errorRef="not-covered-error"/>
    </bpmn:boundaryEvent>
    <bpmn:endEvent id="denied"/>
    <bpmn:sequenceFlow id="f3" sourceRef="not-covered" targetRef="denied"/>"""

MODELS = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
    'xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="plumbing" '
    'targetNamespace="http://baton.example/plumbing">\n'
    '  <bpmn:error id="not-covered-error" name="Not covered" errorCode="NOT_COVERED"/>'
    + one_task("plumbing-echo", "test.echo")
    + one_task("plumbing-business", "test.business", catch=NOT_COVERED_CATCH)
    + one_task("plumbing-invalid", "test.invalid")
    + one_task("plumbing-boom", "test.boom")
    + one_task("plumbing-boom-once", "test.boom", retries=1)
    + one_task("plumbing-slow", "test.slow")
    + "\n</bpmn:definitions>\n"
)


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
    slow_started.set()
    await release.wait()
    return SlowDone(slow_done=True)


def plumbing_router() -> ZeebeTaskRouter:
    return family_router(None, echo, business, invalid, boom, slow)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LocalEngine:
    """The engine and its gateway in this process; the gateway can be stopped and restarted."""

    def __init__(self, engine: Engine, port: int) -> None:
        self.engine = engine
        self.port = port
        self.server: grpc.aio.Server | None = None

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    async def start_gateway(self) -> None:
        self.server = await start_gateway(self.engine, "127.0.0.1", self.port)

    async def stop_gateway(self) -> None:
        if self.server is not None:
            await self.server.stop(None)
            self.server = None

    async def start(self, process_id: str, **variables: Any) -> int:
        """Start an instance of a one-task model; returns its process instance key."""
        instance = await self.engine.create_process_instance(
            bpmn_process_id=process_id, variables=variables
        )
        return instance.key

    def job(self, process_instance_key: int) -> Job:
        (job,) = [
            j
            for j in self.engine.tables.jobs.values()
            if j.process_instance_key == process_instance_key
        ]
        return job

    def incident_message(self, process_instance_key: int) -> str:
        (message,) = [
            i.error_message
            for i in self.engine.tables.incidents.values()
            if i.process_instance_key == process_instance_key
        ]
        return message

    def has_incident(self, process_instance_key: int) -> bool:
        return any(
            i.process_instance_key == process_instance_key
            for i in self.engine.tables.incidents.values()
        )

    def instance_state(self, process_instance_key: int) -> str:
        return self.engine.tables.process_instances[process_instance_key].state

    def variables(self, process_instance_key: int) -> dict[str, Any]:
        return self.engine.visible_variables(process_instance_key)


async def wait_for(check: Callable[[], bool], what: str, timeout_s: float = 15) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while not check():
        if loop.time() > deadline:
            pytest.fail(f"{what} did not happen within {timeout_s}s")
        await asyncio.sleep(0.02)


@pytest.fixture
async def local(tmp_path: Path) -> AsyncIterator[LocalEngine]:
    engine = await Engine.open(EngineConfig(data_dir=tmp_path / "engine"))
    engine.clock.pin(PINNED_MS)
    await engine.deploy([("plumbing.bpmn", MODELS.encode())])
    running = LocalEngine(engine, free_port())
    await running.start_gateway()
    yield running
    await running.stop_gateway()
    await engine.close()


def settings(address: str, **fleet: Any) -> Settings:
    return Settings(
        zeebe=ZeebeSettings(address=address),
        metrics_host="127.0.0.1",
        metrics_port=1,
        fleet=FleetSettings(
            request_timeout_ms=200,
            retry_backoff_ms=RETRY_BACKOFF_MS,
            shutdown_timeout_s=10,
            **fleet,
        ),
    )


async def start_fleet(fleet: Fleet) -> asyncio.Task[int]:
    fleet.health._port = 0
    task = asyncio.create_task(fleet.run())
    while fleet.health._server is None:
        await asyncio.sleep(0.01)
    return task


async def test_completes_jobs_and_classifies_errors(local: LocalEngine) -> None:
    fleet = Fleet(settings(local.address), (plumbing_router(),))
    task = await start_fleet(fleet)
    ok = await local.start("plumbing-echo", value=42, businessKey="CLM-1")
    business = await local.start("plumbing-business")
    invalid = await local.start("plumbing-invalid")
    boom = await local.start("plumbing-boom")
    await wait_for(lambda: local.instance_state(ok) == "COMPLETED", "echo completed")
    await wait_for(lambda: local.instance_state(business) == "COMPLETED", "error caught")
    await wait_for(lambda: local.has_incident(invalid), "incident for invalid input")
    await wait_for(lambda: local.job(boom).state == "FAILED", "boom failed")
    fleet.request_stop()
    assert await asyncio.wait_for(task, timeout=15) == 0

    assert local.variables(ok)["echoed"] == 42
    assert local.job(business).state == "ERROR_THROWN"
    assert local.job(business).error_code == "NOT_COVERED"
    assert local.variables(business)["denial"] == {"reason": "lapsed"}
    assert "claim.amount: Field required" in local.incident_message(invalid)
    assert local.job(invalid).retries == 0
    failed = local.job(boom)
    assert failed.retries == 2
    assert failed.recur_at == PINNED_MS + RETRY_BACKOFF_MS
    assert "ConnectionError" in failed.error_message
    assert not local.has_incident(boom)


async def test_health_and_metrics_endpoints(local: LocalEngine) -> None:
    fleet = Fleet(settings(local.address), (plumbing_router(),))
    task = await start_fleet(fleet)
    done = await local.start("plumbing-echo", value=1)
    await wait_for(lambda: local.instance_state(done) == "COMPLETED", "echo completed")
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


async def test_sigterm_lets_in_flight_job_finish_then_exits_zero(local: LocalEngine) -> None:
    release.clear()
    slow_started.clear()
    fleet = Fleet(settings(local.address), (plumbing_router(),))
    task = await start_fleet(fleet)
    slow = await local.start("plumbing-slow")
    await wait_for(slow_started.is_set, "slow handler started")
    os.kill(os.getpid(), signal.SIGTERM)
    await asyncio.sleep(0.3)
    assert not task.done()
    late = await local.start("plumbing-echo", value="after stop")
    release.set()
    assert await asyncio.wait_for(task, timeout=15) == 0
    assert local.job(slow).state == "COMPLETED"
    assert local.variables(slow)["slowDone"] is True
    assert local.job(late).state == "ACTIVATABLE"


async def test_reconnects_after_gateway_restart(local: LocalEngine) -> None:
    fleet = Fleet(settings(local.address), (plumbing_router(),))
    task = await start_fleet(fleet)
    first = await local.start("plumbing-echo", value=1)
    await wait_for(lambda: local.instance_state(first) == "COMPLETED", "first echo completed")
    await local.stop_gateway()
    await asyncio.sleep(1)
    await local.start_gateway()
    again = await local.start("plumbing-echo", value=2)
    await wait_for(
        lambda: local.instance_state(again) == "COMPLETED", "echo after restart", timeout_s=30
    )
    fleet.request_stop()
    assert await asyncio.wait_for(task, timeout=15) == 0


async def test_unknown_job_type_in_settings_fails_fast(local: LocalEngine) -> None:
    fleet = Fleet(settings(local.address, job_types=["test.nope"]), (plumbing_router(),))
    fleet.health._port = 0
    with pytest.raises(UnknownJobTypeError, match=r"test\.nope"):
        await fleet.run()


async def test_worker_group_serves_only_its_job_types(local: LocalEngine) -> None:
    fleet = Fleet(settings(local.address, job_types=["test.echo"]), (plumbing_router(),))
    task = await start_fleet(fleet)
    other = await local.start("plumbing-slow")
    mine = await local.start("plumbing-echo", value=3)
    await wait_for(lambda: local.instance_state(mine) == "COMPLETED", "echo completed")
    fleet.request_stop()
    assert await asyncio.wait_for(task, timeout=15) == 0
    assert (local.job(other).state, local.job(other).worker) == ("ACTIVATABLE", "")


async def test_each_job_gets_a_span_and_its_logs_carry_the_trace_id(
    local: LocalEngine, capsys: pytest.CaptureFixture[str]
) -> None:
    exporter = InMemorySpanExporter()
    configure_tracing(SimpleSpanProcessor(exporter))
    configure_logging("INFO")
    fleet = Fleet(settings(local.address), (plumbing_router(),))
    task = await start_fleet(fleet)
    ok = await local.start("plumbing-echo", value=7, businessKey="CLM-7")
    boom = await local.start("plumbing-boom-once")
    await wait_for(lambda: local.instance_state(ok) == "COMPLETED", "echo completed")
    await wait_for(lambda: local.has_incident(boom), "incident after the last retry")
    fleet.request_stop()
    assert await asyncio.wait_for(task, timeout=15) == 0

    spans = {
        dict(span.attributes or {})["camunda.job_key"]: span
        for span in exporter.get_finished_spans()
    }
    echo = spans[local.job(ok).key]
    attributes = dict(echo.attributes or {})
    assert echo.name == "job test.echo"
    assert attributes["camunda.bpmn_process_id"] == "plumbing-echo"
    assert attributes["camunda.process_instance_key"] == ok
    assert attributes["baton.business_key"] == "CLM-7"
    assert spans[local.job(boom).key].status.status_code is StatusCode.ERROR
    assert echo.context is not None
    trace_id = format(echo.context.trace_id, "032x")
    lines = [
        json.loads(line) for line in capsys.readouterr().err.splitlines() if line.startswith("{")
    ]
    completed = [line for line in lines if line.get("event") == "job.completed"]
    assert any(
        line.get("trace_id") == trace_id and line["business_key"] == "CLM-7" for line in completed
    )
