"""In-process FAKE Zeebe gateway for fast unit tests of Baton's worker plumbing.

It serves pyzeebe's bundled gateway protocol over real gRPC on 127.0.0.1, so a real
``ZeebeWorker`` can activate, complete, fail and throw errors against it, and tests can
inject gateway outages. There is no engine behind it: no BPMN, no variable scopes, no
error catch events, no incidents beyond "retries reached 0". Use it ONLY to test worker
plumbing; it is never evidence that a BPMN process works. That needs the real engine
(tests/integration).
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import itertools
import json
import time
from collections import Counter, deque
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, NoReturn, Self

import grpc
from pyzeebe.proto import gateway_pb2 as pb
from pyzeebe.proto import gateway_pb2_grpc as pb_grpc
from typing_extensions import override

GATEWAY_VERSION = "8.9.0-fake"
DEFAULT_LONG_POLL_MS = 500
"""Long-poll duration used when ActivateJobs asks for requestTimeout <= 0."""
FIRST_KEY = 2_251_799_813_685_249
"""Zeebe-sized first key (partition 1), so a key squeezed into 32 bits shows up in tests."""
STREAM_IDLE_RECHECK_S = 1.0
TENANT_ID = "<default>"

RPC_METHODS = frozenset(
    {"ActivateJobs", "StreamActivatedJobs", "CompleteJob", "FailJob", "ThrowError", "Topology"}
)


class JobState(enum.Enum):
    QUEUED = "queued"
    ACTIVATED = "activated"
    COMPLETED = "completed"
    ERROR_THROWN = "error_thrown"
    INCIDENT = "incident"


@dataclass(frozen=True)
class Failure:
    retries: int
    message: str
    backoff_ms: int


@dataclass(frozen=True)
class ThrownError:
    code: str
    message: str
    variables: dict[str, Any]


@dataclass(frozen=True)
class Incident:
    job_type: str
    message: str


@dataclass
class _Job:
    key: int
    type: str
    variables: dict[str, Any]
    retries: int
    process_instance_key: int
    process_definition_key: int
    bpmn_process_id: str
    element_id: str
    element_instance_key: int
    custom_headers: dict[str, str]
    state: JobState = JobState.QUEUED
    available_at: float = 0.0
    deadline: float = 0.0

    def activatable(self, now: float) -> bool:
        """Expired activations count as activatable again: the lazy version of Zeebe's timeout."""
        if self.state is JobState.QUEUED:
            return now >= self.available_at
        return self.state is JobState.ACTIVATED and now >= self.deadline

    def becomes_activatable_at(self) -> float | None:
        if self.state is JobState.QUEUED:
            return self.available_at
        if self.state is JobState.ACTIVATED:
            return self.deadline
        return None


class FakeZeebeGateway:
    """A fake gateway with inspectable job ledgers; see the module docstring for its limits."""

    def __init__(self, port: int = 0) -> None:
        self._port = port
        self._server: Any = None
        self._jobs: dict[int, _Job] = {}
        self._keys = itertools.count(FIRST_KEY)
        self._changed = asyncio.Event()
        self._injected: dict[str, deque[grpc.StatusCode]] = {}
        self.completed: dict[int, dict[str, Any]] = {}
        self.failures: dict[int, list[Failure]] = {}
        self.errors: dict[int, ThrownError] = {}
        self.incidents: dict[int, Incident] = {}
        self.activations: Counter[int] = Counter()
        self.calls: Counter[str] = Counter()
        """RPCs received per method name, injected failures included."""

    @property
    def address(self) -> str:
        if self._port == 0:
            raise RuntimeError("FakeZeebeGateway has no port yet: call start() first")
        return f"127.0.0.1:{self._port}"

    @property
    def running(self) -> bool:
        return self._server is not None

    async def start(self) -> None:
        """Bind 127.0.0.1 (a free port the first time, the same port on a restart) and serve."""
        if self._server is not None:
            raise RuntimeError(f"FakeZeebeGateway is already serving on {self.address}")
        server = grpc.aio.server(options=[("grpc.so_reuseport", 0)])
        pb_grpc.add_GatewayServicer_to_server(_GatewayServicer(self), server)  # type: ignore[abstract]
        try:
            port = server.add_insecure_port(f"127.0.0.1:{self._port}")
        except RuntimeError as error:
            raise RuntimeError(f"FakeZeebeGateway could not bind 127.0.0.1:{self._port}") from error
        if port == 0:
            raise RuntimeError(f"FakeZeebeGateway could not bind 127.0.0.1:{self._port}")
        self._port = port
        await server.start()
        self._server = server

    async def stop(self, grace: float | None = None) -> None:
        """Stop serving; jobs and ledgers survive, so start() resumes on the same port."""
        server, self._server = self._server, None
        if server is not None:
            await server.stop(grace)
        self._notify()

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    def add_job(
        self,
        job_type: str,
        variables: Mapping[str, Any],
        *,
        retries: int = 3,
        process_instance_key: int | None = None,
        bpmn_process_id: str = "fake-process",
        element_id: str = "fake-task",
        custom_headers: Mapping[str, str] | None = None,
    ) -> int:
        """Queue a job as if a process instance had reached a service task; returns its key."""
        if not job_type.strip():
            raise ValueError("job_type must not be blank")
        if retries < 1:
            raise ValueError(f"retries must be at least 1, got {retries}")
        if not isinstance(variables, Mapping) or not all(isinstance(k, str) for k in variables):
            raise ValueError("variables must be a mapping with string keys")
        try:
            copied = json.loads(json.dumps(dict(variables)))
        except (TypeError, ValueError) as error:
            raise ValueError(f"variables must be JSON-serialisable: {error}") from error
        headers = dict(custom_headers or {})
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in headers.items()):
            raise ValueError("custom_headers must map strings to strings")
        key = next(self._keys)
        self._jobs[key] = _Job(
            key=key,
            type=job_type,
            variables=copied,
            retries=retries,
            process_instance_key=(
                process_instance_key if process_instance_key is not None else next(self._keys)
            ),
            process_definition_key=next(self._keys),
            bpmn_process_id=bpmn_process_id,
            element_id=element_id,
            element_instance_key=next(self._keys),
            custom_headers=headers,
        )
        self._notify()
        return key

    def state_of(self, job_key: int) -> JobState:
        try:
            return self._jobs[job_key].state
        except KeyError:
            raise KeyError(f"no job with key {job_key} was added to this gateway") from None

    def fail_next(self, method_name: str, code: grpc.StatusCode, *, times: int = 1) -> None:
        """Make the next `times` calls of an RPC fail with `code` before touching any job."""
        if method_name not in RPC_METHODS:
            raise ValueError(f"unknown RPC {method_name!r}; expected one of {sorted(RPC_METHODS)}")
        if code == grpc.StatusCode.OK:
            raise ValueError("cannot inject StatusCode.OK as a failure")
        if times < 1:
            raise ValueError(f"times must be at least 1, got {times}")
        self._injected.setdefault(method_name, deque()).extend([code] * times)

    async def wait_for(
        self,
        predicate: Callable[[], bool],
        timeout: float = 5.0,
        *,
        description: str | None = None,
    ) -> None:
        """Poll `predicate` until it holds; TimeoutError names it and summarises the gateway."""
        loop = asyncio.get_running_loop()
        give_up_at = loop.time() + timeout
        while not predicate():
            if loop.time() >= give_up_at:
                what = description or getattr(predicate, "__qualname__", repr(predicate))
                raise TimeoutError(
                    f"condition {what!r} still false after {timeout}s; gateway: {self.summary()}"
                )
            await asyncio.sleep(0.01)

    def summary(self) -> str:
        states = Counter(job.state.value for job in self._jobs.values())
        return (
            f"running={self.running} jobs={dict(states)} calls={dict(self.calls)} "
            f"injected_pending={ {m: len(q) for m, q in self._injected.items() if q} }"
        )

    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    async def _wait_for_change(self, signal: asyncio.Event, timeout: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(signal.wait(), max(timeout, 0.0))

    def _next_wakeup(self, job_type: str, now: float) -> float | None:
        times = [
            at
            for job in self._jobs.values()
            if job.type == job_type and (at := job.becomes_activatable_at()) is not None
            if at > now
        ]
        return min(times, default=None)

    def _activate(
        self, job_type: str, worker: str, timeout_ms: int, limit: int, fetch: list[str]
    ) -> list[pb.ActivatedJob]:
        now = time.monotonic()
        chosen = [j for j in self._jobs.values() if j.type == job_type and j.activatable(now)]
        activated = []
        for job in chosen[:limit]:
            job.state = JobState.ACTIVATED
            job.deadline = now + timeout_ms / 1000
            self.activations[job.key] += 1
            variables = (
                {k: v for k, v in job.variables.items() if k in fetch} if fetch else job.variables
            )
            activated.append(
                pb.ActivatedJob(
                    key=job.key,
                    type=job.type,
                    processInstanceKey=job.process_instance_key,
                    bpmnProcessId=job.bpmn_process_id,
                    processDefinitionVersion=1,
                    processDefinitionKey=job.process_definition_key,
                    elementId=job.element_id,
                    elementInstanceKey=job.element_instance_key,
                    customHeaders=json.dumps(job.custom_headers),
                    worker=worker,
                    retries=job.retries,
                    deadline=int(time.time() * 1000) + timeout_ms,
                    variables=json.dumps(variables),
                    tenantId=TENANT_ID,
                )
            )
        return activated

    def _activated_job(self, job_key: int, command: str) -> _Job | str:
        job = self._jobs.get(job_key)
        if job is None:
            return f"Command '{command}' rejected: no job with key '{job_key}' exists"
        if job.state is not JobState.ACTIVATED:
            return (
                f"Command '{command}' rejected: job with key '{job_key}' is {job.state.value}, "
                "not activated"
            )
        return job

    def _take_injected(self, method_name: str) -> grpc.StatusCode | None:
        self.calls[method_name] += 1
        pending = self._injected.get(method_name)
        return pending.popleft() if pending else None


async def _abort(context: Any, code: grpc.StatusCode, details: str) -> NoReturn:
    await context.abort(code, details)
    raise AssertionError("grpc ServicerContext.abort returned instead of raising")


def _parse_variables(raw: str) -> dict[str, Any] | str:
    """A JSON object (or nothing) as Zeebe accepts it; anything else is a problem string."""
    if not raw.strip():
        return {}
    try:
        parsed = json.loads(raw)
    except ValueError as error:
        return f"variables are not valid JSON: {error}"
    if not isinstance(parsed, dict):
        return f"variables must be a JSON object, got {type(parsed).__name__}"
    return parsed


def _activation_problem(job_type: str, worker: str, timeout_ms: int) -> str | None:
    if not job_type.strip():
        return "type must not be blank"
    if not worker.strip():
        return "worker must not be blank"
    if timeout_ms < 1:
        return f"timeout must be at least 1 ms, got {timeout_ms}"
    return None


class _GatewayServicer(pb_grpc.GatewayServicer):
    def __init__(self, gateway: FakeZeebeGateway) -> None:
        self._gw = gateway

    async def _enter(self, method_name: str, context: Any) -> None:
        code = self._gw._take_injected(method_name)
        if code is not None:
            await _abort(context, code, f"{method_name} failed by FakeZeebeGateway.fail_next")

    @override
    async def ActivateJobs(
        self, request: pb.ActivateJobsRequest, context: grpc.aio.ServicerContext
    ) -> AsyncIterator[pb.ActivateJobsResponse]:
        await self._enter("ActivateJobs", context)
        problem = _activation_problem(request.type, request.worker, request.timeout)
        if problem is None and request.maxJobsToActivate < 1:
            problem = f"maxJobsToActivate must be at least 1, got {request.maxJobsToActivate}"
        if problem is not None:
            await _abort(context, grpc.StatusCode.INVALID_ARGUMENT, problem)
        poll_ms = request.requestTimeout if request.requestTimeout > 0 else DEFAULT_LONG_POLL_MS
        give_up_at = time.monotonic() + poll_ms / 1000
        fetch = list(request.fetchVariable)
        while True:
            signal = self._gw._changed
            jobs = self._gw._activate(
                request.type, request.worker, request.timeout, request.maxJobsToActivate, fetch
            )
            now = time.monotonic()
            if jobs or now >= give_up_at:
                yield pb.ActivateJobsResponse(jobs=jobs)
                return
            wakeup = self._gw._next_wakeup(request.type, now)
            until = give_up_at if wakeup is None else min(wakeup, give_up_at)
            await self._gw._wait_for_change(signal, until - now)

    @override
    async def StreamActivatedJobs(
        self, request: pb.StreamActivatedJobsRequest, context: grpc.aio.ServicerContext
    ) -> AsyncIterator[pb.ActivatedJob]:
        await self._enter("StreamActivatedJobs", context)
        problem = _activation_problem(request.type, request.worker, request.timeout)
        if problem is not None:
            await _abort(context, grpc.StatusCode.INVALID_ARGUMENT, problem)
        fetch = list(request.fetchVariable)
        while True:
            signal = self._gw._changed
            for job in self._gw._activate(
                request.type, request.worker, request.timeout, len(self._gw._jobs), fetch
            ):
                yield job
            now = time.monotonic()
            wakeup = self._gw._next_wakeup(request.type, now)
            idle = STREAM_IDLE_RECHECK_S if wakeup is None else wakeup - now
            await self._gw._wait_for_change(signal, idle)

    @override
    async def CompleteJob(
        self, request: pb.CompleteJobRequest, context: grpc.aio.ServicerContext
    ) -> pb.CompleteJobResponse:
        await self._enter("CompleteJob", context)
        job = self._gw._activated_job(request.jobKey, "COMPLETE")
        if isinstance(job, str):
            await _abort(context, grpc.StatusCode.NOT_FOUND, job)
        variables = _parse_variables(request.variables)
        if isinstance(variables, str):
            await _abort(context, grpc.StatusCode.INVALID_ARGUMENT, variables)
        job.state = JobState.COMPLETED
        self._gw.completed[job.key] = variables
        self._gw._notify()
        return pb.CompleteJobResponse()

    @override
    async def FailJob(
        self, request: pb.FailJobRequest, context: grpc.aio.ServicerContext
    ) -> pb.FailJobResponse:
        await self._enter("FailJob", context)
        job = self._gw._activated_job(request.jobKey, "FAIL")
        if isinstance(job, str):
            await _abort(context, grpc.StatusCode.NOT_FOUND, job)
        variables = _parse_variables(request.variables)
        if isinstance(variables, str):
            await _abort(context, grpc.StatusCode.INVALID_ARGUMENT, variables)
        failure = Failure(request.retries, request.errorMessage, request.retryBackOff)
        self._gw.failures.setdefault(job.key, []).append(failure)
        job.variables.update(variables)
        job.retries = max(request.retries, 0)
        if request.retries > 0:
            job.state = JobState.QUEUED
            job.available_at = time.monotonic() + max(request.retryBackOff, 0) / 1000
        else:
            job.state = JobState.INCIDENT
            self._gw.incidents[job.key] = Incident(job.type, request.errorMessage)
        self._gw._notify()
        return pb.FailJobResponse()

    @override
    async def ThrowError(
        self, request: pb.ThrowErrorRequest, context: grpc.aio.ServicerContext
    ) -> pb.ThrowErrorResponse:
        await self._enter("ThrowError", context)
        job = self._gw._activated_job(request.jobKey, "THROW_ERROR")
        if isinstance(job, str):
            await _abort(context, grpc.StatusCode.NOT_FOUND, job)
        variables = _parse_variables(request.variables)
        if isinstance(variables, str):
            await _abort(context, grpc.StatusCode.INVALID_ARGUMENT, variables)
        job.state = JobState.ERROR_THROWN
        self._gw.errors[job.key] = ThrownError(request.errorCode, request.errorMessage, variables)
        self._gw._notify()
        return pb.ThrowErrorResponse()

    @override
    async def Topology(
        self, request: pb.TopologyRequest, context: grpc.aio.ServicerContext
    ) -> pb.TopologyResponse:
        await self._enter("Topology", context)
        host, _, port = self._gw.address.rpartition(":")
        partition = pb.Partition(
            partitionId=1, role=pb.Partition.LEADER, health=pb.Partition.HEALTHY
        )
        broker = pb.BrokerInfo(
            nodeId=0, host=host, port=int(port), partitions=[partition], version=GATEWAY_VERSION
        )
        return pb.TopologyResponse(
            brokers=[broker],
            clusterSize=1,
            partitionsCount=1,
            replicationFactor=1,
            gatewayVersion=GATEWAY_VERSION,
        )
