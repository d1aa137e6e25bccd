"""The fake Zeebe gateway, driven by pyzeebe's real worker and client adapter.

Handlers are defined here, so no `from __future__ import annotations`: pyzeebe finds the
`job: Job` parameter by comparing annotations with the class itself.
"""

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, TypeVar

import grpc
import pytest
from pyzeebe import Job, ZeebeTaskRouter, ZeebeWorker, create_insecure_channel
from pyzeebe.errors import (
    ActivateJobsRequestInvalidError,
    BusinessError,
    JobNotFoundError,
    StreamActivateJobsRequestInvalidError,
)
from pyzeebe.grpc_internals.zeebe_adapter import ZeebeAdapter
from pyzeebe.proto import gateway_pb2 as pb
from pyzeebe.proto.gateway_pb2_grpc import GatewayStub

from tests.fakes.zeebe_gateway import (
    GATEWAY_VERSION,
    Failure,
    FakeZeebeGateway,
    JobState,
)

WAIT_S = 15.0
"""Generous bound on every wait: pyzeebe sleeps 5 s after a gateway error before polling again."""
FAST_RECONNECT = (
    ("grpc.initial_reconnect_backoff_ms", 100),
    ("grpc.min_reconnect_backoff_ms", 100),
    ("grpc.max_reconnect_backoff_ms", 500),
)


HandlerT = TypeVar("HandlerT", bound=Callable[..., Awaitable[dict[str, Any]]])


def _task(
    router: ZeebeTaskRouter, job_type: str, timeout_ms: int = 10_000
) -> Callable[[HandlerT], HandlerT]:
    """``router.task`` for async handlers; pyzeebe's sync-or-async union type defeats mypy."""

    def register(handler: HandlerT) -> HandlerT:
        router.task(job_type, timeout_ms=timeout_ms)(handler)  # type: ignore[arg-type]
        return handler

    return register


def _channel(gw: FakeZeebeGateway) -> grpc.aio.Channel:
    return create_insecure_channel(grpc_address=gw.address, channel_options=FAST_RECONNECT)


@contextlib.asynccontextmanager
async def _running_worker(
    gw: FakeZeebeGateway, router: ZeebeTaskRouter, **worker_options: Any
) -> AsyncIterator[ZeebeWorker]:
    channel = _channel(gw)
    worker = ZeebeWorker(channel, name="fake-gateway-test", request_timeout=300, **worker_options)
    worker.include_router(router)
    work = asyncio.create_task(worker.work())
    try:
        yield worker
    finally:
        work.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await work
        await channel.close()


@contextlib.asynccontextmanager
async def _adapter(gw: FakeZeebeGateway) -> AsyncIterator[ZeebeAdapter]:
    channel = _channel(gw)
    try:
        yield ZeebeAdapter(channel, max_connection_retries=-1)
    finally:
        await channel.close()


@contextlib.asynccontextmanager
async def _raw_stub(gw: FakeZeebeGateway) -> AsyncIterator[Any]:
    channel = _channel(gw)
    try:
        yield GatewayStub(channel)
    finally:
        await channel.close()


async def _activate_one(adapter: ZeebeAdapter, job_type: str, timeout_ms: int = 10_000) -> Job:
    jobs = [
        job
        async for job in adapter.activate_jobs(
            task_type=job_type,
            worker="adapter-test",
            timeout=timeout_ms,
            max_jobs_to_activate=1,
            variables_to_fetch=[],
            request_timeout=2_000,
        )
    ]
    assert len(jobs) == 1, f"expected one job of type {job_type}, got {jobs}"
    return jobs[0]


async def test_worker_completes_job_with_returned_variables() -> None:
    router = ZeebeTaskRouter()

    @_task(router, "claims.classify")
    async def classify(claim_id: str, amount: int) -> dict[str, Any]:
        return {"category": "motor", "echo": f"{claim_id}:{amount}"}

    async with FakeZeebeGateway() as gw, _running_worker(gw, router):
        key = gw.add_job(
            "claims.classify",
            {"claim_id": "C-1", "amount": 120},
            custom_headers={"sla": "P1D"},
        )
        await gw.wait_for(lambda: key in gw.completed, WAIT_S)

    assert gw.completed[key] == {"category": "motor", "echo": "C-1:120"}
    assert gw.state_of(key) is JobState.COMPLETED
    assert gw.activations[key] == 1


async def test_business_error_is_thrown_with_its_code() -> None:
    router = ZeebeTaskRouter()

    @_task(router, "claims.check-coverage")
    async def check_coverage(policy_id: str) -> dict[str, Any]:
        raise BusinessError("POLICY_LAPSED", f"policy {policy_id} lapsed")

    async with FakeZeebeGateway() as gw, _running_worker(gw, router):
        key = gw.add_job("claims.check-coverage", {"policy_id": "P-9"})
        await gw.wait_for(lambda: key in gw.errors, WAIT_S)

    assert gw.errors[key].code == "POLICY_LAPSED"
    assert "P-9" in gw.errors[key].message
    assert gw.state_of(key) is JobState.ERROR_THROWN
    assert key not in gw.completed


async def test_failing_handler_fails_job_with_retries_decremented_until_incident() -> None:
    router = ZeebeTaskRouter()

    @_task(router, "payments.pay")
    async def pay(job: Job) -> dict[str, Any]:
        raise RuntimeError(f"payments down (attempt with {job.retries} retries)")

    async with FakeZeebeGateway() as gw, _running_worker(gw, router):
        key = gw.add_job("payments.pay", {"amount": 5}, retries=2)
        await gw.wait_for(lambda: key in gw.incidents, WAIT_S)

    assert [f.retries for f in gw.failures[key]] == [1, 0]
    assert all(isinstance(f, Failure) and "payments down" in f.message for f in gw.failures[key])
    assert gw.activations[key] == 2
    assert gw.state_of(key) is JobState.INCIDENT
    assert gw.incidents[key].job_type == "payments.pay"


async def test_job_not_completed_within_timeout_is_redelivered() -> None:
    router = ZeebeTaskRouter()
    release_first = asyncio.Event()
    deliveries: list[int] = []

    @_task(router, "crm.lookup", timeout_ms=200)
    async def lookup(job: Job) -> dict[str, Any]:
        deliveries.append(job.key)
        if len(deliveries) == 1:
            await release_first.wait()
            return {"attempt": 1}
        release_first.set()
        return {"attempt": 2}

    async with FakeZeebeGateway() as gw, _running_worker(gw, router):
        key = gw.add_job("crm.lookup", {})
        await gw.wait_for(lambda: key in gw.completed, WAIT_S)
        await gw.wait_for(lambda: gw.calls["CompleteJob"] == 2, WAIT_S)

    assert deliveries == [key, key]
    assert gw.activations[key] == 2
    assert gw.completed[key] == {"attempt": 2}


async def test_worker_reconnects_after_gateway_restart_on_same_port() -> None:
    router = ZeebeTaskRouter()

    @_task(router, "tickets.open")
    async def open_ticket(subject: str) -> dict[str, Any]:
        return {"ticket": f"T-{subject}"}

    async with FakeZeebeGateway() as gw, _running_worker(gw, router, max_connection_retries=-1):
        await gw.wait_for(lambda: gw.calls["ActivateJobs"] >= 1, WAIT_S)
        address = gw.address
        await gw.stop()
        polls_before_restart = gw.calls["ActivateJobs"]
        await gw.start()
        key = gw.add_job("tickets.open", {"subject": "after-restart"})
        await gw.wait_for(lambda: key in gw.completed, WAIT_S)

    assert gw.address == address
    assert gw.calls["ActivateJobs"] > polls_before_restart
    assert gw.completed[key] == {"ticket": "T-after-restart"}


async def test_injected_unavailable_on_activate_does_not_lose_the_job() -> None:
    router = ZeebeTaskRouter()

    @_task(router, "kyc.screen")
    async def screen(name: str) -> dict[str, Any]:
        return {"hit": name == "sanctioned"}

    async with FakeZeebeGateway() as gw:
        gw.fail_next("ActivateJobs", grpc.StatusCode.UNAVAILABLE, times=1)
        key = gw.add_job("kyc.screen", {"name": "clean"})
        async with _running_worker(gw, router, max_connection_retries=-1):
            await gw.wait_for(lambda: key in gw.completed, WAIT_S)

    assert gw.completed[key] == {"hit": False}
    assert gw.calls["ActivateJobs"] >= 2
    assert gw.activations[key] == 1


async def test_long_poll_returns_empty_when_no_job_arrives() -> None:
    async with FakeZeebeGateway() as gw, _raw_stub(gw) as stub:
        request = pb.ActivateJobsRequest(
            type="nothing.here", worker="w", timeout=1_000, maxJobsToActivate=5, requestTimeout=50
        )
        responses = [r async for r in stub.ActivateJobs(request, timeout=5)]

    assert [list(r.jobs) for r in responses] == [[]]


async def test_long_poll_hands_over_job_added_while_waiting() -> None:
    async with FakeZeebeGateway() as gw, _adapter(gw) as adapter:
        poll = asyncio.create_task(_activate_one(adapter, "late.job"))
        await gw.wait_for(lambda: gw.calls["ActivateJobs"] == 1, WAIT_S)
        key = gw.add_job("late.job", {"x": 1})
        job = await asyncio.wait_for(poll, WAIT_S)

    assert job.key == key
    assert dict(job.variables) == {"x": 1}


async def test_activation_respects_max_jobs_and_fetch_variables() -> None:
    async with FakeZeebeGateway() as gw, _adapter(gw) as adapter:
        keys = [gw.add_job("bulk.job", {"keep": i, "drop": "x"}) for i in range(3)]
        jobs = [
            job
            async for job in adapter.activate_jobs(
                task_type="bulk.job",
                worker="w",
                timeout=10_000,
                max_jobs_to_activate=2,
                variables_to_fetch=["keep"],
                request_timeout=1_000,
            )
        ]

    assert [job.key for job in jobs] == keys[:2]
    assert [dict(job.variables) for job in jobs] == [{"keep": 0}, {"keep": 1}]
    assert gw.state_of(keys[2]) is JobState.QUEUED


async def test_activated_job_carries_metadata_and_zeebe_sized_keys() -> None:
    async with FakeZeebeGateway() as gw, _adapter(gw) as adapter:
        key = gw.add_job(
            "meta.job",
            {"a": [1, 2]},
            retries=5,
            process_instance_key=42,
            bpmn_process_id="claims-adjudication",
            element_id="ClassifyClaim",
            custom_headers={"tier": "gold"},
        )
        job = await _activate_one(adapter, "meta.job")

    assert key > 2**32
    assert (job.key, job.retries, job.process_instance_key) == (key, 5, 42)
    assert (job.bpmn_process_id, job.element_id) == ("claims-adjudication", "ClassifyClaim")
    assert dict(job.custom_headers) == {"tier": "gold"}
    assert job.worker == "adapter-test"


async def test_failed_job_with_backoff_returns_to_queue() -> None:
    async with FakeZeebeGateway() as gw, _adapter(gw) as adapter:
        key = gw.add_job("retry.job", {})
        first = await _activate_one(adapter, "retry.job")
        await adapter.fail_job(
            first.key, retries=2, message="db down", retry_back_off_ms=100, variables={"n": 1}
        )
        second = await _activate_one(adapter, "retry.job")

    assert second.key == key
    assert second.retries == 2
    assert dict(second.variables) == {"n": 1}
    assert gw.failures[key] == [Failure(retries=2, message="db down", backoff_ms=100)]


async def test_stream_pushes_jobs_as_they_arrive() -> None:
    async with FakeZeebeGateway() as gw, _adapter(gw) as adapter:
        stream = adapter.stream_activate_jobs(
            task_type="stream.job",
            worker="streamer",
            timeout=10_000,
            variables_to_fetch=[],
            stream_request_timeout=30,
        )
        first_key = gw.add_job("stream.job", {"n": 1})
        first = await asyncio.wait_for(anext(stream), WAIT_S)
        second_key = gw.add_job("stream.job", {"n": 2})
        second = await asyncio.wait_for(anext(stream), WAIT_S)
        await stream.aclose()

    assert (first.key, second.key) == (first_key, second_key)
    assert dict(second.variables) == {"n": 2}


async def test_topology_reports_one_fake_broker() -> None:
    async with FakeZeebeGateway() as gw, _adapter(gw) as adapter:
        topology = await adapter.topology()

    assert topology.gateway_version == GATEWAY_VERSION
    assert topology.cluster_size == 1
    assert [b.port for b in topology.brokers] == [int(gw.address.rsplit(":", 1)[1])]


async def test_injected_failure_applies_only_the_requested_number_of_times() -> None:
    async with FakeZeebeGateway() as gw, _raw_stub(gw) as stub:
        gw.fail_next("Topology", grpc.StatusCode.RESOURCE_EXHAUSTED, times=1)
        with pytest.raises(grpc.aio.AioRpcError) as failed:
            await stub.Topology(pb.TopologyRequest(), timeout=5)
        response = await stub.Topology(pb.TopologyRequest(), timeout=5)

    assert failed.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
    assert response.gatewayVersion == GATEWAY_VERSION


async def test_complete_unknown_or_not_activated_job_is_not_found() -> None:
    async with FakeZeebeGateway() as gw, _adapter(gw) as adapter:
        queued = gw.add_job("never.activated", {})
        with pytest.raises(JobNotFoundError):
            await adapter.complete_job(queued, {})
        with pytest.raises(JobNotFoundError):
            await adapter.complete_job(queued + 1000, {})
        with pytest.raises(JobNotFoundError):
            await adapter.throw_error(queued, "nope", {}, error_code="X")
        with pytest.raises(JobNotFoundError):
            await adapter.fail_job(queued, 1, "nope", 0, {})

    assert gw.completed == {} and gw.errors == {} and gw.failures == {}
    assert gw.state_of(queued) is JobState.QUEUED


@pytest.mark.parametrize("raw", ["not json", "[1, 2]", '"text"'])
async def test_malformed_variables_are_rejected_as_invalid_argument(raw: str) -> None:
    async with FakeZeebeGateway() as gw, _adapter(gw) as adapter, _raw_stub(gw) as stub:
        key = gw.add_job("malformed.vars", {})
        await _activate_one(adapter, "malformed.vars")
        requests = [
            stub.CompleteJob(pb.CompleteJobRequest(jobKey=key, variables=raw), timeout=5),
            stub.FailJob(pb.FailJobRequest(jobKey=key, retries=1, variables=raw), timeout=5),
            stub.ThrowError(
                pb.ThrowErrorRequest(jobKey=key, errorCode="E", variables=raw), timeout=5
            ),
        ]
        codes = []
        for call in requests:
            with pytest.raises(grpc.aio.AioRpcError) as rejected:
                await call
            codes.append(rejected.value.code())

    assert codes == [grpc.StatusCode.INVALID_ARGUMENT] * 3
    assert gw.state_of(key) is JobState.ACTIVATED


async def test_malformed_activation_requests_are_invalid_argument() -> None:
    async with FakeZeebeGateway() as gw, _adapter(gw) as adapter:
        with pytest.raises(ActivateJobsRequestInvalidError):
            await _activate_one(adapter, "", timeout_ms=1_000)
        with pytest.raises(ActivateJobsRequestInvalidError):
            await _activate_one(adapter, "some.job", timeout_ms=0)
        stream = adapter.stream_activate_jobs(
            task_type=" ",
            worker="w",
            timeout=1_000,
            variables_to_fetch=[],
            stream_request_timeout=5,
        )
        with pytest.raises(StreamActivateJobsRequestInvalidError):
            await anext(stream)


@pytest.mark.parametrize(
    ("job_type", "variables", "options"),
    [
        ("", {}, {}),
        ("ok.type", {"when": object()}, {}),
        ("ok.type", {1: "non-string key"}, {}),
        ("ok.type", ["not", "a", "mapping"], {}),
        ("ok.type", {}, {"retries": 0}),
        ("ok.type", {}, {"custom_headers": {"n": 1}}),
    ],
)
def test_add_job_rejects_malformed_input(
    job_type: str, variables: Any, options: dict[str, Any]
) -> None:
    gw = FakeZeebeGateway()
    with pytest.raises(ValueError):
        gw.add_job(job_type, variables, **options)


@pytest.mark.parametrize(
    ("method", "code", "times"),
    [
        ("NoSuchRpc", grpc.StatusCode.UNAVAILABLE, 1),
        ("ActivateJobs", grpc.StatusCode.OK, 1),
        ("ActivateJobs", grpc.StatusCode.UNAVAILABLE, 0),
    ],
)
def test_fail_next_rejects_malformed_input(method: str, code: grpc.StatusCode, times: int) -> None:
    with pytest.raises(ValueError):
        FakeZeebeGateway().fail_next(method, code, times=times)


async def test_wait_for_times_out_with_a_clear_message() -> None:
    async with FakeZeebeGateway() as gw:
        gw.add_job("stuck.job", {})
        with pytest.raises(TimeoutError, match=r"'stuck job completed'.*queued"):
            await gw.wait_for(lambda: False, 0.05, description="stuck job completed")


def test_address_before_start_and_unknown_job_state_raise() -> None:
    gw = FakeZeebeGateway()
    with pytest.raises(RuntimeError, match="start"):
        _ = gw.address
    with pytest.raises(KeyError, match="12345"):
        gw.state_of(12345)


async def test_start_twice_is_refused() -> None:
    async with FakeZeebeGateway() as gw:
        with pytest.raises(RuntimeError, match="already serving"):
            await gw.start()
