"""The engine's command surface: what the gateway and the REST API call.

Every command runs to completion on the event loop's thread (no awaits inside the state
change), then awaits the store's flush, so an answer is only sent once what it reports is on
disk (group commit: one SQLite transaction serves every command of a loop turn). Reads go
straight to ``engine.tables``. Due work — timers, job timeouts, retry back-offs, message
time-to-live — runs in one scheduler task on the engine's (pinnable) clock.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import heapq
import itertools
import json
import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from engine import ad_hoc, dmn
from engine.api import ActivatedJob, DeploymentResult, JobResult
from engine.clock import EngineClock
from engine.errors import (
    AlreadyExistsError,
    DeadlineExceededError,
    DeploymentRejectedError,
    InvalidArgumentError,
    InvalidStateError,
    NotFoundError,
    ResourceExhaustedError,
)
from engine.execution import Executor, StepFailureError, user_task_headers
from engine.feel import compile_expression, to_json
from engine.model import ModelError, ProcessModel, parse_bpmn
from engine.state import (
    DEFAULT_TENANT,
    DecisionDefinition,
    DecisionRequirements,
    ElementInstance,
    FormDefinition,
    Job,
    Message,
    ProcessDefinition,
    ProcessInstance,
    Resource,
    Timer,
    UserTask,
)
from engine.store import Store, Tables
from engine.timespec import add_duration, parse_cycle, parse_date

T = TypeVar("T")
log = logging.getLogger("engine")
VERSION = "8.9.0"
USER_TASK_WAIT_S = 30.0
BUSY_TASK_STATES = {"CREATING", "ASSIGNING", "UPDATING", "COMPLETING", "CANCELING"}


@dataclass(frozen=True, slots=True)
class EngineConfig:
    data_dir: Path
    max_variables_bytes: int = 4 * 1024 * 1024
    long_polling_timeout_ms: int = 10_000


class DecisionEvaluationError(InvalidStateError):
    """EvaluateDecision failed; Zeebe answers with the failure rather than a rejection."""

    def __init__(self, message: str, decision_id: str) -> None:
        self.failed_decision_id = decision_id
        super().__init__(message)


@dataclass(slots=True)
class _Stream:
    job_type: str
    worker: str
    timeout_ms: int
    fetch_variables: list[str] | None
    queue: asyncio.Queue[ActivatedJob] = field(default_factory=asyncio.Queue)


class EngineMetrics:
    def __init__(self, registry: CollectorRegistry) -> None:
        self.instances_created = Counter(
            "baton_engine_process_instances_created_total",
            "Process instances created",
            registry=registry,
        )
        self.instances_finished = Counter(
            "baton_engine_process_instances_finished_total",
            "Process instances that ended, by how",
            ["state"],
            registry=registry,
        )
        self.jobs_activated = Counter(
            "baton_engine_jobs_activated_total",
            "Jobs handed to workers, by channel",
            ["channel"],
            registry=registry,
        )
        self.jobs_completed = Counter(
            "baton_engine_jobs_completed_total", "Jobs completed", registry=registry
        )
        self.incidents = Counter(
            "baton_engine_incidents_created_total", "Incidents raised", registry=registry
        )
        self.active_instances = Gauge(
            "baton_engine_active_process_instances",
            "Process instances running now",
            registry=registry,
        )
        self.flush_seconds = Histogram(
            "baton_engine_flush_seconds",
            "Time to write one group of commands to disk",
            registry=registry,
            buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5),
        )


class Engine:
    version = VERSION

    def __init__(self, config: EngineConfig) -> None:
        self.config = config
        self.store = Store(config.data_dir)
        self.tables: Tables = self.store.tables
        self.clock = EngineClock(on_change=self._wake_scheduler)
        self.models: dict[int, ProcessModel] = {}
        self.drgs: dict[int, dmn.DecisionRequirementsGraph] = {}
        self.executor = Executor(self.store, self.models, self.drgs, self.clock.now_ms)
        self.metrics = CollectorRegistry()
        self._metrics = EngineMetrics(self.metrics)
        self.ready = False
        self._activatable: dict[str, dict[int, None]] = {}
        self._due: list[tuple[int, int, str, int]] = []
        self._due_seq = itertools.count()
        self._sleep_until: int | None = None
        self._pollers: dict[str, list[asyncio.Future[None]]] = {}
        self._streams: dict[str, list[_Stream]] = {}
        self._result_waiters: dict[int, list[asyncio.Future[None]]] = {}
        self._task_waiters: dict[int, list[asyncio.Future[None]]] = {}
        self._flush_waiters: list[asyncio.Future[None]] = []
        self._flush_scheduled = False
        self._wake = asyncio.Event()
        self._scheduler: asyncio.Task[None] | None = None
        self._closing = False

    # ---- lifecycle --------------------------------------------------------------------------

    @classmethod
    async def open(cls, config: EngineConfig) -> Engine:
        engine = cls(config)
        engine._recover()
        engine._scheduler = asyncio.get_running_loop().create_task(engine._schedule())
        engine.ready = True
        return engine

    async def close(self) -> None:
        self._closing = True
        self._wake.set()
        if self._scheduler is not None:
            self._scheduler.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._scheduler
        for waiters in self._pollers.values():
            for poller in waiters:
                if not poller.done():
                    poller.set_result(None)
        self.store.close()

    def _recover(self) -> None:
        self.store.load()
        for definition in self.tables.process_definitions.values():
            resource = self.tables.resources[definition.resource_key]
            for model in parse_bpmn(resource.content.encode(), resource.name):
                if model.id == definition.bpmn_process_id:
                    self.models[definition.key] = model
        for drg in self.tables.decision_requirements.values():
            resource = self.tables.resources[drg.resource_key]
            self.drgs[drg.key] = dmn.parse_dmn(resource.content.encode(), resource.name)
        for job in self.tables.jobs.values():
            if job.state == "ACTIVATABLE":
                self._activatable.setdefault(job.type, {})[job.key] = None
            elif job.state == "ACTIVATED" and job.deadline is not None:
                self._push_due(job.deadline, "job-timeout", job.key)
            elif job.state == "FAILED" and job.recur_at is not None and job.retries > 0:
                self._push_due(job.recur_at, "job-backoff", job.key)
        for timer in self.tables.timers.values():
            self._push_due(timer.due_date, "timer", timer.key)
        for message in self.tables.messages.values():
            self._push_due(message.deadline, "message", message.key)
        self._metrics.active_instances.set(
            sum(1 for p in self.tables.process_instances.values() if p.state == "ACTIVE")
        )

    # ---- command plumbing -------------------------------------------------------------------

    def _run(self, command: Callable[[], T]) -> T:
        """Run one command's state change and everything it sets in motion."""
        result = command()
        self._settle()
        return result

    def _settle(self) -> None:
        executor = self.executor
        while True:
            executor.run()
            subscriptions, executor.new_subscriptions = executor.new_subscriptions, []
            for subscription in subscriptions:
                self._correlate_buffered(subscription.key)
            if not executor.new_subscriptions and not executor._agenda:
                break
        self._index_new_jobs()
        finished, executor.finished_instances = executor.finished_instances, []
        for key in finished:
            instance = self.tables.process_instances[key]
            self._metrics.instances_finished.labels(instance.state).inc()
            self._metrics.active_instances.dec()
            for waiter in self._result_waiters.pop(key, []):
                if not waiter.done():
                    waiter.set_result(None)
        events, executor.user_task_events = executor.user_task_events, []
        for task_key, _ in events:
            task = self.tables.user_tasks.get(task_key)
            if task is None or task.state not in BUSY_TASK_STATES:
                for waiter in self._task_waiters.pop(task_key, []):
                    if not waiter.done():
                        waiter.set_result(None)
        timers, executor.new_timers = executor.new_timers, []
        for timer in timers:
            self._push_due(timer.due_date, "timer", timer.key)

    def _index_new_jobs(self) -> None:
        fresh, self.executor.new_jobs = self.executor.new_jobs, []
        by_type: dict[str, list[Job]] = {}
        for job in fresh:
            if job.state == "ACTIVATABLE":
                self._activatable.setdefault(job.type, {})[job.key] = None
                by_type.setdefault(job.type, []).append(job)
        for job_type, jobs in by_type.items():
            self._dispatch(job_type, jobs)

    async def _commit(self) -> None:
        if not self.store.has_changes and not self._flush_scheduled:
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._flush_waiters.append(future)
        if not self._flush_scheduled:
            self._flush_scheduled = True
            asyncio.get_running_loop().call_soon(self._flush)
        await future

    def _flush(self) -> None:
        self._flush_scheduled = False
        waiters, self._flush_waiters = self._flush_waiters, []
        try:
            with self._metrics.flush_seconds.time():
                self.store.flush()
        except Exception as error:
            log.exception("engine: writing to disk failed")
            for waiter in waiters:
                if not waiter.done():
                    waiter.set_exception(error)
            return
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    def _check_variables(self, variables: Any, what: str = "variables") -> dict[str, Any]:
        if variables is None:
            return {}
        if not isinstance(variables, dict):
            raise InvalidArgumentError(
                f"Expected {what} to be a JSON object, but got {type(variables).__name__}"
            )
        size = len(json.dumps(variables, separators=(",", ":")).encode())
        if size > self.config.max_variables_bytes:
            raise ResourceExhaustedError(
                f"Expected {what} to be at most {self.config.max_variables_bytes} bytes, but "
                f"they are {size} bytes"
            )
        return variables

    # ---- deployment -------------------------------------------------------------------------

    async def deploy(
        self, resources: list[tuple[str, bytes]], tenant_id: str | None = None
    ) -> DeploymentResult:
        if not resources:
            raise InvalidArgumentError("Expected to deploy at least one resource, but none given")
        parsed = self._parse_resources(resources)
        result = self._run(lambda: self._store_deployment(resources, parsed))
        await self._commit()
        return result

    def _parse_resources(self, resources: list[tuple[str, bytes]]) -> list[Any]:
        problems: list[str] = []
        parsed: list[Any] = []
        seen: dict[tuple[str, str], str] = {}
        for name, content in resources:
            try:
                item = self._parse_resource(name, content)
            except ModelError as error:
                problems.append(f"'{name}':\n- {error}")
                parsed.append(None)
                continue
            except dmn.DmnError as error:
                problems.append(f"'{name}':\n- {error}")
                parsed.append(None)
                continue
            parsed.append(item)
            for kind, ident in _identities(item):
                if (kind, ident) in seen:
                    problems.append(
                        f"'{name}':\n- Duplicated {kind} id '{ident}' in resources "
                        f"'{seen[(kind, ident)]}' and '{name}'"
                    )
                seen[(kind, ident)] = name
        if problems:
            raise DeploymentRejectedError(problems)
        return parsed

    @staticmethod
    def _parse_resource(name: str, content: bytes) -> Any:
        lowered = name.lower()
        if lowered.endswith((".bpmn", ".xml")):
            return ("bpmn", parse_bpmn(content, name))
        if lowered.endswith(".dmn"):
            return ("dmn", dmn.parse_dmn(content, name))
        if lowered.endswith(".form"):
            try:
                schema = json.loads(content)
            except (json.JSONDecodeError, UnicodeDecodeError) as error:
                raise ModelError(name, "FORM", f"Malformed form JSON: {error}") from None
            if not isinstance(schema, dict) or not isinstance(schema.get("id"), str):
                raise ModelError(name, "FORM", "Expected the form to be an object with an 'id'")
            return ("form", schema)
        raise ModelError(
            name,
            "RESOURCE",
            "Expected the resource to be a BPMN (.bpmn, .xml), DMN (.dmn) or form (.form) file",
        )

    def _store_deployment(
        self, resources: list[tuple[str, bytes]], parsed: list[Any]
    ) -> DeploymentResult:
        deployment_key = self.store.new_key()
        result = DeploymentResult(key=deployment_key)
        for (name, content), (kind, item) in zip(resources, parsed, strict=True):
            text = content.decode("utf-8")
            checksum = hashlib.sha256(content).hexdigest()
            resource = Resource(self.store.new_key(), name, kind, text, checksum, deployment_key)
            stored = False
            if kind == "bpmn":
                for model in item:
                    definition, new = self._deploy_process(model, resource, checksum)
                    stored |= new
                    result.processes.append(definition)
            elif kind == "dmn":
                drg, decisions, new = self._deploy_drg(item, resource, checksum)
                stored |= new
                result.decision_requirements.append(drg)
                result.decisions.extend(decisions)
            else:
                form, new = self._deploy_form(item, resource, checksum)
                stored |= new
                result.forms.append(form)
            if stored:
                self.store.put("resource", resource)
        return result

    def _deploy_process(
        self, model: ProcessModel, resource: Resource, checksum: str
    ) -> tuple[ProcessDefinition, bool]:
        latest = self.executor.latest_process(model.id)
        if latest is not None and latest.checksum == checksum:
            return latest, False
        definition = ProcessDefinition(
            key=self.store.new_key(),
            bpmn_process_id=model.id,
            version=(latest.version + 1) if latest else 1,
            name=model.name,
            resource_key=resource.key,
            resource_name=resource.name,
            checksum=checksum,
            deployment_key=resource.deployment_key,
            version_tag=model.version_tag,
        )
        self.store.put("process_definition", definition)
        self.models[definition.key] = model
        self._replace_start_timers(latest, definition, model)
        return definition, True

    def _replace_start_timers(
        self, previous: ProcessDefinition | None, definition: ProcessDefinition, model: ProcessModel
    ) -> None:
        if previous is not None:
            for timer in list(self.tables.timers.values()):
                if (
                    timer.element_instance_key is None
                    and timer.process_definition_key == previous.key
                ):
                    self.store.delete("timer", timer)
        now = self.clock.now_ms()
        for start_id in model.timer_starts:
            element = model.elements[start_id]
            assert element.timer is not None
            spec = element.timer
            text = spec.expr.text
            if spec.expr.is_feel:
                text = str(to_json(compile_expression(text).evaluate({})))
            if spec.kind == "date":
                due, repetitions, interval = parse_date(text), 1, None
            elif spec.kind == "cycle":
                cycle = parse_cycle(text)
                due = (
                    cycle.start_ms
                    if cycle.start_ms is not None
                    else add_duration(now, cycle.interval)
                )
                repetitions, interval = cycle.repetitions, cycle.interval
            else:
                due, repetitions, interval = add_duration(now, text), 1, None
            self.store.put(
                "timer",
                Timer(
                    key=self.store.new_key(),
                    process_definition_key=definition.key,
                    target_element_id=start_id,
                    due_date=due,
                    repetitions=repetitions,
                    interval=interval,
                ),
            )
            self.executor.new_timers.append(self.tables.timers[max(self.tables.timers)])

    def _deploy_drg(
        self, drg: dmn.DecisionRequirementsGraph, resource: Resource, checksum: str
    ) -> tuple[DecisionRequirements, list[DecisionDefinition], bool]:
        latest = None
        for existing in self.tables.decision_requirements.values():
            if existing.drg_id == drg.id and (latest is None or existing.version > latest.version):
                latest = existing
        if latest is not None and latest.checksum == checksum:
            decisions = [
                d
                for d in self.tables.decision_definitions.values()
                if d.decision_requirements_key == latest.key
            ]
            return latest, decisions, False
        record = DecisionRequirements(
            key=self.store.new_key(),
            drg_id=drg.id,
            name=drg.name,
            version=(latest.version + 1) if latest else 1,
            resource_key=resource.key,
            resource_name=resource.name,
            checksum=checksum,
            deployment_key=resource.deployment_key,
        )
        self.store.put("decision_requirements", record)
        self.drgs[record.key] = drg
        decisions = []
        for decision in drg.decisions.values():
            previous = self.executor.latest_decision(decision.id)
            definition = DecisionDefinition(
                key=self.store.new_key(),
                decision_id=decision.id,
                name=decision.name,
                version=(previous.version + 1) if previous else 1,
                decision_requirements_key=record.key,
                decision_requirements_id=drg.id,
                deployment_key=resource.deployment_key,
            )
            self.store.put("decision_definition", definition)
            decisions.append(definition)
        return record, decisions, True

    def _deploy_form(
        self, schema: dict[str, Any], resource: Resource, checksum: str
    ) -> tuple[FormDefinition, bool]:
        latest = self.executor.latest_form(schema["id"])
        if latest is not None and latest.checksum == checksum:
            return latest, False
        form = FormDefinition(
            key=self.store.new_key(),
            form_id=schema["id"],
            version=(latest.version + 1) if latest else 1,
            resource_key=resource.key,
            resource_name=resource.name,
            checksum=checksum,
            deployment_key=resource.deployment_key,
            schema=resource.content,
        )
        self.store.put("form_definition", form)
        return form, True

    # ---- process instances --------------------------------------------------------------------

    def _find_definition(
        self, bpmn_process_id: str | None, process_definition_key: int | None, version: int
    ) -> ProcessDefinition:
        if process_definition_key:
            found = self.tables.process_definitions.get(process_definition_key)
            if found is None:
                raise NotFoundError(
                    f"Expected to find process definition with key '{process_definition_key}', "
                    "but none found"
                )
            return found
        if not bpmn_process_id:
            raise InvalidArgumentError(
                "Expected either a bpmnProcessId or a processDefinitionKey, but none given"
            )
        if version is None or version < 0:
            latest = self.executor.latest_process(bpmn_process_id)
        else:
            latest = next(
                (
                    d
                    for d in self.tables.process_definitions.values()
                    if d.bpmn_process_id == bpmn_process_id and d.version == version
                ),
                None,
            )
        if latest is None:
            which = f" and version '{version}'" if version is not None and version >= 0 else ""
            raise NotFoundError(
                f"Expected to find process definition with process ID '{bpmn_process_id}'"
                f"{which}, but none found"
            )
        return latest

    async def create_process_instance(
        self,
        *,
        bpmn_process_id: str | None = None,
        process_definition_key: int | None = None,
        version: int = -1,
        variables: dict[str, Any] | None = None,
        start_element_ids: list[str] | None = None,
        tenant_id: str | None = None,
    ) -> ProcessInstance:
        del tenant_id
        document = self._check_variables(variables)
        definition = self._find_definition(bpmn_process_id, process_definition_key, version)
        model = self.models[definition.key]
        if start_element_ids:
            for element_id in start_element_ids:
                if element_id not in model.elements:
                    raise InvalidArgumentError(
                        f"Expected to create instance of process with start instructions but the "
                        f"element with id '{element_id}' targeted by a start instruction could "
                        "not be found"
                    )
        elif model.none_start_id is None:
            raise InvalidStateError(
                "Expected to create instance of process with none start event, but there is no "
                "such event"
            )
        instance = self._run(
            lambda: self.executor.create_process_instance(
                definition, document, start_element_ids=start_element_ids
            )
        )
        self._metrics.instances_created.inc()
        self._metrics.active_instances.inc()
        await self._commit()
        return instance

    async def await_result(
        self, process_instance_key: int, timeout_ms: int, fetch_variables: list[str] | None
    ) -> dict[str, Any]:
        instance = self.tables.process_instances.get(process_instance_key)
        if instance is None:
            raise NotFoundError(f"No process instance with key '{process_instance_key}'")
        if instance.state == "ACTIVE":
            future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._result_waiters.setdefault(process_instance_key, []).append(future)
            try:
                await asyncio.wait_for(future, timeout_ms / 1000 if timeout_ms > 0 else None)
            except TimeoutError:
                raise DeadlineExceededError(
                    f"Expected to complete process instance '{process_instance_key}' within "
                    f"{timeout_ms} ms, but it did not"
                ) from None
            await self._commit()
        if instance.state != "COMPLETED":
            raise InvalidStateError(
                f"Expected process instance '{process_instance_key}' to complete, but it was "
                "terminated"
            )
        return self.executor.scopes.visible(process_instance_key, fetch_variables or None)

    async def cancel_process_instance(self, process_instance_key: int) -> None:
        instance = self.tables.process_instances.get(process_instance_key)
        if instance is None or instance.state != "ACTIVE":
            raise NotFoundError(
                f"Expected to cancel a process instance with key '{process_instance_key}', but no "
                "such process was found"
            )
        if instance.parent_process_instance_key is not None:
            raise InvalidStateError(
                f"Expected to cancel a process instance with key '{process_instance_key}', but it "
                "is created by a parent process instance. Cancel the root process instance "
                f"'{instance.parent_process_instance_key}' instead."
            )
        self._run(lambda: self.executor.cancel_process_instance(instance))
        await self._commit()

    # ---- jobs ---------------------------------------------------------------------------------

    def _activate_job(
        self, job: Job, worker: str, timeout_ms: int, fetch_variables: list[str] | None
    ) -> ActivatedJob:
        job.state = "ACTIVATED"
        job.worker = worker
        job.deadline = self.clock.now_ms() + timeout_ms
        self.store.put("job", job)
        self._activatable.get(job.type, {}).pop(job.key, None)
        self._push_due(job.deadline, "job-timeout", job.key)
        variables = self.executor.scopes.visible(job.element_instance_key, fetch_variables or None)
        task = self.tables.user_tasks.get(job.user_task_key) if job.user_task_key else None
        return ActivatedJob(
            key=job.key,
            type=job.type,
            process_instance_key=job.process_instance_key,
            bpmn_process_id=job.bpmn_process_id,
            process_definition_version=job.process_definition_version,
            process_definition_key=job.process_definition_key,
            element_id=job.element_id,
            element_instance_key=job.element_instance_key,
            custom_headers=dict(job.custom_headers),
            worker=worker,
            retries=job.retries,
            deadline=job.deadline,
            variables=variables,
            tenant_id=job.tenant_id,
            kind=job.kind,
            listener_event_type=job.listener_event_type or "UNSPECIFIED",
            user_task=_user_task_properties(task) if task is not None else None,
        )

    def _make_activatable(self, job: Job) -> None:
        job.state = "ACTIVATABLE"
        job.worker = ""
        job.deadline = None
        job.recur_at = None
        self.store.put("job", job)
        self.executor.new_jobs.append(job)

    def _dispatch(self, job_type: str, jobs: list[Job]) -> None:
        """Jobs just made activatable: push them to open streams, else wake long polls.

        As in Zeebe, only jobs becoming activatable are pushed; a backlog that built up while
        no stream was open is left to polling.
        """
        streams = self._streams.get(job_type)
        if streams:
            for index, job in enumerate(jobs):
                stream = streams[index % len(streams)]
                activated = self._activate_job(
                    job, stream.worker, stream.timeout_ms, stream.fetch_variables
                )
                self._metrics.jobs_activated.labels("stream").inc()
                stream.queue.put_nowait(activated)
            return
        for poller in self._pollers.get(job_type, []):
            if not poller.done():
                poller.set_result(None)

    def _take_jobs(
        self,
        job_type: str,
        worker: str,
        timeout_ms: int,
        max_jobs: int,
        fetch_variables: list[str] | None,
    ) -> list[ActivatedJob]:
        backlog = self._activatable.get(job_type)
        if not backlog:
            return []
        for stale in [k for k in backlog if self.tables.jobs[k].state != "ACTIVATABLE"]:
            del backlog[stale]  # canceled while waiting, e.g. a replaced ad-hoc job
        taken = []
        for job_key in list(backlog)[: max(max_jobs, 0)]:
            taken.append(
                self._activate_job(self.tables.jobs[job_key], worker, timeout_ms, fetch_variables)
            )
        self._metrics.jobs_activated.labels("poll").inc(len(taken))
        return taken

    async def activate_jobs(
        self,
        job_type: str,
        worker: str,
        timeout_ms: int,
        max_jobs: int,
        fetch_variables: list[str] | None,
        request_timeout_ms: int,
        tenant_ids: list[str] | None = None,
    ) -> list[ActivatedJob]:
        del tenant_ids
        if not job_type:
            raise InvalidArgumentError("Expected to activate jobs of a type, but type is empty")
        if max_jobs < 1:
            raise InvalidArgumentError(
                f"Expected to activate at least one job, but maxJobsToActivate is {max_jobs}"
            )
        if timeout_ms < 1:
            raise InvalidArgumentError(
                f"Expected a job timeout of at least 1 ms, but got {timeout_ms}"
            )
        loop = asyncio.get_running_loop()
        long_poll = (
            self.config.long_polling_timeout_ms if request_timeout_ms == 0 else request_timeout_ms
        )
        deadline = loop.time() + max(long_poll, 0) / 1000
        while True:
            jobs = self._take_jobs(job_type, worker, timeout_ms, max_jobs, fetch_variables)
            if jobs:
                await self._commit()
                return jobs
            remaining = deadline - loop.time()
            if request_timeout_ms < 0 or remaining <= 0 or self._closing:
                return []
            poller: asyncio.Future[None] = loop.create_future()
            waiting = self._pollers.setdefault(job_type, [])
            waiting.append(poller)
            try:
                await asyncio.wait_for(poller, remaining)
            except TimeoutError:
                return []
            finally:
                if poller in waiting:
                    waiting.remove(poller)

    async def stream_jobs(
        self,
        job_type: str,
        worker: str,
        timeout_ms: int,
        fetch_variables: list[str] | None,
        tenant_ids: list[str] | None = None,
    ) -> AsyncIterator[ActivatedJob]:
        """Jobs pushed as they become activatable; the backlog stays for polling (as Zeebe)."""
        del tenant_ids
        if not job_type or timeout_ms < 1:
            raise InvalidArgumentError("Expected a job type and a timeout of at least 1 ms")
        stream = _Stream(job_type, worker, timeout_ms, fetch_variables)
        self._streams.setdefault(job_type, []).append(stream)
        try:
            while True:
                job = await stream.queue.get()
                await self._commit()
                yield job
        finally:
            self._streams[job_type].remove(stream)
            self._yield_back(stream)

    def _yield_back(self, stream: _Stream) -> None:
        returned = False
        while not stream.queue.empty():
            activated = stream.queue.get_nowait()
            job = self.tables.jobs.get(activated.key)
            if job is not None and job.state == "ACTIVATED":
                self._make_activatable(job)
                returned = True
        if returned:
            self._settle()

    def _job(self, job_key: int, verb: str) -> Job:
        job = self.tables.jobs.get(job_key)
        if job is None or job.state in {"COMPLETED", "CANCELED"}:
            raise NotFoundError(
                f"Expected to {verb} job with key '{job_key}', but no such job was found"
            )
        return job

    async def complete_job(
        self, job_key: int, variables: dict[str, Any] | None, result: JobResult | None = None
    ) -> None:
        document = self._check_variables(variables)
        job = self._job(job_key, "complete")
        if job.state not in {"ACTIVATABLE", "ACTIVATED"}:
            raise InvalidStateError(
                f"Expected to complete job with key '{job_key}', but it is in state "
                f"'{_job_state_name(job)}'"
            )
        if job.kind == "TASK_LISTENER" and document:
            raise InvalidArgumentError(
                f"Task Listener job completion with variables is not supported; job '{job_key}'"
            )
        self._check_ad_hoc_result(job, result)
        self._run(lambda: self._complete_job(job, document, result))
        self._metrics.jobs_completed.inc()
        await self._commit()

    def _complete_job(self, job: Job, variables: dict[str, Any], result: JobResult | None) -> None:
        job.state = "COMPLETED"
        self.store.put("job", job)
        self._activatable.get(job.type, {}).pop(job.key, None)
        instance = self.tables.element_instances.get(job.element_instance_key)
        if instance is None:
            return
        if job.kind == "TASK_LISTENER":
            self._listener_done(job, result)
            return
        self.executor.apply_completion_variables(instance, variables)
        if job.kind == ad_hoc.JOB_KIND:
            chosen = result or JobResult()
            ad_hoc.job_completed(
                self.executor,
                instance,
                chosen.activate_elements,
                fulfilled=chosen.is_completion_condition_fulfilled,
                cancel_remaining=chosen.is_cancel_remaining_instances,
            )
            return
        self.executor.complete(instance)

    def _check_ad_hoc_result(self, job: Job, result: JobResult | None) -> None:
        """An ad-hoc result only on an ad-hoc job, naming only its activatable elements."""
        asks_ad_hoc = result is not None and (
            bool(result.activate_elements)
            or result.is_completion_condition_fulfilled
            or result.is_cancel_remaining_instances
        )
        if job.kind != ad_hoc.JOB_KIND:
            if asks_ad_hoc:
                raise InvalidArgumentError(
                    f"Expected an ad-hoc sub-process result only for a job of kind "
                    f"AD_HOC_SUB_PROCESS, but job '{job.key}' is of kind '{job.kind}'"
                )
            return
        if result is None:
            return
        if result.denied or result.corrections:
            raise InvalidArgumentError(
                f"Expected an ad-hoc sub-process result for job '{job.key}', but got a user "
                "task result (denied or corrections)"
            )
        instance = self.tables.element_instances[job.element_instance_key]
        try:
            ad_hoc.check_result(
                self.executor.element_of(instance),
                [str(e.get("elementId")) for e in result.activate_elements],
                fulfilled=result.is_completion_condition_fulfilled,
                job_key=job.key,
            )
        except ad_hoc.AdHocResultError as error:
            raise InvalidArgumentError(str(error)) from None

    def _listener_done(self, job: Job, result: JobResult | None) -> None:
        task = self.tables.user_tasks.get(job.user_task_key or -1)
        if task is None or task.pending is None:
            return
        if result is not None and result.denied:
            action = task.pending.get("action")
            task.pending = None
            task.pending_listeners = []
            task.state = "CREATED"
            self.store.put("user_task", task)
            reason = result.denied_reason
            verb = {"complete": "Completion", "assign": "Assignment", "unassign": "Assignment"}
            error = InvalidStateError(
                f"{verb.get(str(action), 'Update')} of the User Task with key '{task.key}' was "
                f"denied by Task Listener. Reason to deny: '{reason}'"
            )
            for waiter in self._task_waiters.pop(task.key, []):
                if not waiter.done():
                    waiter.set_exception(error)
            return
        if result is not None and result.corrections:
            corrections = _task_corrections(result.corrections)
            if task.pending.get("action") == "assign" and "assignee" in corrections:
                task.pending["assignee"] = corrections.pop("assignee")
            for name, value in corrections.items():
                setattr(task, name, value)
        task.pending_listeners = task.pending_listeners[1:]
        self.store.put("user_task", task)
        self.executor.next_listener(task)
        self.executor.user_task_events.append((task.key, task.state))

    async def fail_job(
        self,
        job_key: int,
        retries: int,
        error_message: str,
        retry_backoff_ms: int,
        variables: dict[str, Any] | None,
    ) -> None:
        document = self._check_variables(variables)
        job = self._job(job_key, "fail")
        if job.state != "ACTIVATED":
            raise InvalidStateError(
                f"Expected to fail activated job with key '{job_key}', but it is in state "
                f"'{_job_state_name(job)}'"
            )
        self._run(lambda: self._fail_job(job, retries, error_message, retry_backoff_ms, document))
        await self._commit()

    def _fail_job(
        self,
        job: Job,
        retries: int,
        error_message: str,
        retry_backoff_ms: int,
        variables: dict[str, Any],
    ) -> None:
        job.retries = retries
        job.error_message = error_message
        job.worker = ""
        job.deadline = None
        if variables:
            self.executor.scopes.merge_local(job.element_instance_key, variables)
        if retries > 0 and retry_backoff_ms > 0:
            job.state = "FAILED"
            job.recur_at = self.clock.now_ms() + retry_backoff_ms
            self.store.put("job", job)
            self._push_due(job.recur_at, "job-backoff", job.key)
        elif retries > 0:
            self._make_activatable(job)
        else:
            job.state = "FAILED"
            self.store.put("job", job)
            instance = self.tables.element_instances[job.element_instance_key]
            kind = "TASK_LISTENER_NO_RETRIES" if job.kind == "TASK_LISTENER" else "JOB_NO_RETRIES"
            self.executor.raise_incident(
                instance,
                kind,
                error_message or "No more retries left.",
                retry="JOB",
                job_key=job.key,
            )
            self._metrics.incidents.inc()

    async def throw_error(
        self, job_key: int, error_code: str, error_message: str, variables: dict[str, Any] | None
    ) -> None:
        document = self._check_variables(variables)
        job = self._job(job_key, "throw an error for")
        if job.state not in {"ACTIVATABLE", "ACTIVATED"}:
            raise InvalidStateError(
                f"Expected to throw an error for job with key '{job_key}', but it is in state "
                f"'{_job_state_name(job)}'"
            )
        if not error_code:
            raise InvalidArgumentError("Expected an error code, but it is empty")
        self._run(lambda: self._throw_error(job, error_code, error_message, document))
        await self._commit()

    def _throw_error(
        self, job: Job, error_code: str, error_message: str, variables: dict[str, Any]
    ) -> None:
        job.state = "ERROR_THROWN"
        job.error_code = error_code
        job.error_message = error_message
        self.store.put("job", job)
        self._activatable.get(job.type, {}).pop(job.key, None)
        instance = self.tables.element_instances[job.element_instance_key]
        if not self.executor.throw_error(instance, error_code, error_message, variables):
            self._metrics.incidents.inc()

    async def update_job_retries(self, job_key: int, retries: int) -> None:
        job = self._job(job_key, "update retries of")
        if retries < 1:
            raise InvalidArgumentError(
                f"Expected to update retries of job with key '{job_key}' to a positive number, "
                f"but got '{retries}'"
            )
        job.retries = retries
        self.store.put("job", job)
        await self._commit()

    async def update_job_timeout(self, job_key: int, timeout_ms: int) -> None:
        job = self._job(job_key, "update the timeout of")
        if job.state != "ACTIVATED":
            raise InvalidStateError(
                f"Expected to update the timeout of job with key '{job_key}', but it is not active"
            )
        job.deadline = self.clock.now_ms() + timeout_ms
        self.store.put("job", job)
        self._push_due(job.deadline, "job-timeout", job.key)
        await self._commit()

    # ---- variables, messages, signals, incidents --------------------------------------------

    async def set_variables(
        self, element_instance_key: int, variables: dict[str, Any], local: bool
    ) -> int:
        document = self._check_variables(variables)
        instance = self.tables.element_instances.get(element_instance_key)
        if instance is None or instance.state in {"COMPLETED", "TERMINATED"}:
            raise NotFoundError(
                f"Expected to update variables for element with key '{element_instance_key}', "
                "but no such element was found"
            )
        scopes = self.executor.scopes

        def change() -> int:
            if local:
                scopes.merge_local(element_instance_key, document)
            else:
                scopes.merge(element_instance_key, document)
            return self.store.new_key()

        key = self._run(change)
        await self._commit()
        return key

    async def publish_message(
        self,
        name: str,
        correlation_key: str,
        ttl_ms: int,
        message_id: str | None,
        variables: dict[str, Any] | None,
        tenant_id: str | None = None,
    ) -> Message:
        del tenant_id
        document = self._check_variables(variables)
        if not name:
            raise InvalidArgumentError("Expected a message name, but it is empty")
        now = self.clock.now_ms()
        if message_id:
            for existing in self.tables.messages.values():
                if (
                    existing.name == name
                    and existing.correlation_key == correlation_key
                    and existing.message_id == message_id
                    and existing.deadline > now
                ):
                    raise AlreadyExistsError(
                        f"Expected to publish a new message with id '{message_id}', but a "
                        "message with that id was already published"
                    )
        message = Message(
            key=self.store.new_key(),
            name=name,
            correlation_key=correlation_key,
            variables=document,
            published=now,
            deadline=now + max(ttl_ms, 0),
            message_id=message_id or None,
        )
        self._run(lambda: self._publish(message, ttl_ms))
        await self._commit()
        return message

    def _publish(self, message: Message, ttl_ms: int) -> None:
        waiting = self.tables.subscriptions_for(message.name, message.correlation_key)
        for key in sorted(waiting):
            subscription = self.tables.message_subscriptions[key]
            if (
                subscription.state == "CREATED"
                and subscription.process_instance_key not in message.correlated
            ):
                self._correlate(message, subscription.key)
        self._start_by_message(message)
        if ttl_ms > 0:
            self.store.put("message", message)
            self._push_due(message.deadline, "message", message.key)

    def _start_by_message(self, message: Message) -> None:
        for process_id in {d.bpmn_process_id for d in self.tables.process_definitions.values()}:
            definition = self.executor.latest_process(process_id)
            if definition is None or process_id in message.correlated_processes:
                continue
            model = self.models[definition.key]
            for start_id in model.message_starts:
                element = model.elements[start_id]
                if element.message_name and element.message_name.text == message.name:
                    message.correlated_processes.append(process_id)
                    self.executor.create_process_instance(
                        definition, dict(message.variables), start_event_id=start_id
                    )
                    self._metrics.instances_created.inc()
                    self._metrics.active_instances.inc()
                    break

    def _correlate(self, message: Message, subscription_key: int) -> None:
        subscription = self.tables.message_subscriptions[subscription_key]
        owner = self.tables.element_instances.get(subscription.element_instance_key)
        message.correlated.append(subscription.process_instance_key)
        if message.key in self.tables.messages:
            self.store.put("message", message)
        subscription.state = "CORRELATED"
        self.store.delete("message_subscription", subscription)
        if owner is None or owner.state != "ACTIVATED":
            return
        self.executor.trigger_event(
            owner,
            subscription.target_element_id,
            dict(message.variables),
            subscription.interrupting,
        )

    def _correlate_buffered(self, subscription_key: int) -> None:
        subscription = self.tables.message_subscriptions.get(subscription_key)
        if subscription is None or subscription.state != "CREATED":
            return
        now = self.clock.now_ms()
        for message in sorted(self.tables.messages.values(), key=lambda m: m.key):
            if (
                message.name == subscription.message_name
                and message.correlation_key == subscription.correlation_key
                and message.deadline > now
                and subscription.process_instance_key not in message.correlated
            ):
                self._correlate(message, subscription_key)
                return

    async def broadcast_signal(self, name: str, variables: dict[str, Any] | None) -> int:
        document = self._check_variables(variables)
        if not name:
            raise InvalidArgumentError("Expected a signal name, but it is empty")
        key = self._run(lambda: self._broadcast(name, document))
        await self._commit()
        return key

    def _broadcast(self, name: str, variables: dict[str, Any]) -> int:
        for subscription in list(self.tables.signal_subscriptions.values()):
            if subscription.signal_name != name or subscription.element_instance_key is None:
                continue
            owner = self.tables.element_instances.get(subscription.element_instance_key)
            if owner is None or owner.state != "ACTIVATED":
                continue
            self.store.delete("signal_subscription", subscription)
            self.executor.trigger_event(
                owner, subscription.target_element_id, dict(variables), subscription.interrupting
            )
        for process_id in {d.bpmn_process_id for d in self.tables.process_definitions.values()}:
            definition = self.executor.latest_process(process_id)
            if definition is None:
                continue
            model = self.models[definition.key]
            for start_id in model.signal_starts:
                signal = model.elements[start_id].signal_name
                if signal is not None and signal.text == name:
                    self.executor.create_process_instance(
                        definition, dict(variables), start_event_id=start_id
                    )
                    self._metrics.instances_created.inc()
                    self._metrics.active_instances.inc()
        return self.store.new_key()

    async def resolve_incident(self, incident_key: int) -> None:
        incident = self.tables.incidents.get(incident_key)
        if incident is None or incident.state != "ACTIVE":
            raise NotFoundError(
                f"Expected to resolve incident with key '{incident_key}', but no such incident "
                "was found"
            )
        if incident.job_key is not None:
            job = self.tables.jobs[incident.job_key]
            if job.state == "FAILED" and job.retries <= 0:
                raise InvalidStateError(
                    f"Expected to resolve incident with key '{incident_key}', but job "
                    f"'{job.key}' has no retries left; update its retries first"
                )
        self._run(lambda: self._resolve(incident_key))
        await self._commit()

    def _resolve(self, incident_key: int) -> None:
        incident = self.tables.incidents[incident_key]
        incident.state = "RESOLVED"
        self.store.put("incident", incident)
        instance = self.tables.element_instances.get(incident.element_instance_key)
        if instance is None:
            return
        instance.incident_key = None
        self.store.put("element_instance", instance)
        if incident.job_key is not None:
            job = self.tables.jobs[incident.job_key]
            if job.state in {"FAILED", "ERROR_THROWN"}:
                self._make_activatable(job)
            return
        if incident.retry == "ACTIVATE":
            self.executor.run_activation(instance)
        else:
            self.executor.complete(instance)

    # ---- decisions ----------------------------------------------------------------------------

    async def evaluate_decision(
        self,
        *,
        decision_id: str | None = None,
        decision_key: int | None = None,
        variables: dict[str, Any] | None = None,
    ) -> tuple[DecisionDefinition, dmn.DecisionEvaluation]:
        document = self._check_variables(variables)
        if decision_key:
            definition = self.tables.decision_definitions.get(decision_key)
            if definition is None:
                raise NotFoundError(
                    f"Expected to evaluate decision with key '{decision_key}', but no such "
                    "decision found"
                )
        elif decision_id:
            definition = self.executor.latest_decision(decision_id)
            if definition is None:
                raise NotFoundError(
                    f"Expected to evaluate decision '{decision_id}', but no decision found for "
                    f"id '{decision_id}'"
                )
        else:
            raise InvalidArgumentError("Expected a decisionId or a decisionKey, but none given")
        drg = self.drgs[definition.decision_requirements_key]
        try:
            evaluation = dmn.evaluate_decision(
                drg, definition.decision_id, document, clock=self.clock.now
            )
        except dmn.DmnEvaluationError as error:
            raise DecisionEvaluationError(
                f"Expected to evaluate decision '{definition.decision_id}', but {error}",
                definition.decision_id,
            ) from None
        return definition, evaluation

    # ---- user tasks ----------------------------------------------------------------------------

    def _user_task(self, user_task_key: int, verb: str) -> UserTask:
        task = self.tables.user_tasks.get(user_task_key)
        if task is None or task.state in {"COMPLETED", "CANCELED"}:
            raise NotFoundError(
                f"Expected to {verb} user task with key '{user_task_key}', but no such user task "
                "was found"
            )
        if task.state in BUSY_TASK_STATES:
            raise InvalidStateError(
                f"Expected to {verb} user task with key '{user_task_key}', but it is in state "
                f"'{task.state}'"
            )
        return task

    def _listeners_for(self, task: UserTask, event: str) -> list[dict[str, Any]]:
        instance = self.tables.element_instances[task.element_instance_key]
        spec = self.executor.element_of(instance).user_task
        if spec is None:
            return []
        return [
            {
                "type": listener.job_type.text,
                "retries": listener.retries.text,
                "event": listener.event_type,
                "feel": listener.job_type.is_feel,
            }
            for listener in spec.listeners
            if listener.event_type == event
        ]

    async def _user_task_operation(
        self, task: UserTask, event: str, state: str, pending: dict[str, Any]
    ) -> None:
        listeners = self._listeners_for(task, event)

        def start() -> None:
            task.pending = pending
            task.pending_listeners = listeners
            task.state = state
            self.store.put("user_task", task)
            if listeners:
                self.executor.next_listener(task)
            else:
                self.executor.finish_user_task_operation(task)

        if not listeners:
            self._run(start)
            await self._commit()
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._task_waiters.setdefault(task.key, []).append(future)
        self._run(start)
        await self._commit()
        try:
            await asyncio.wait_for(asyncio.shield(future), USER_TASK_WAIT_S)
            await self._commit()
        except TimeoutError:
            raise DeadlineExceededError(
                f"The {event} listeners of user task '{task.key}' did not finish within "
                f"{USER_TASK_WAIT_S:.0f} s; the operation goes on when they do"
            ) from None

    async def assign_user_task(
        self,
        user_task_key: int,
        assignee: str,
        *,
        allow_override: bool = True,
        action: str | None = None,
    ) -> None:
        task = self._user_task(user_task_key, "assign")
        if not assignee:
            raise InvalidArgumentError("Expected an assignee, but it is empty")
        if not allow_override and task.assignee and task.assignee != assignee:
            raise InvalidStateError(
                f"Expected to assign user task with key '{user_task_key}', but it is already "
                f"assigned to '{task.assignee}'"
            )
        await self._user_task_operation(
            task,
            "assigning",
            "ASSIGNING",
            {"action": "assign", "assignee": assignee, "label": action or "assign"},
        )

    async def unassign_user_task(self, user_task_key: int) -> None:
        task = self._user_task(user_task_key, "unassign")
        await self._user_task_operation(
            task, "assigning", "ASSIGNING", {"action": "unassign", "assignee": None}
        )

    async def complete_user_task(
        self, user_task_key: int, variables: dict[str, Any] | None, action: str | None = None
    ) -> None:
        document = self._check_variables(variables)
        task = self._user_task(user_task_key, "complete")
        await self._user_task_operation(
            task,
            "completing",
            "COMPLETING",
            {"action": "complete", "variables": document, "label": action or "complete"},
        )

    async def update_user_task(
        self, user_task_key: int, changeset: dict[str, Any], action: str | None = None
    ) -> None:
        task = self._user_task(user_task_key, "update")
        changes = _task_corrections(changeset)
        await self._user_task_operation(
            task,
            "updating",
            "UPDATING",
            {"action": "update", "changes": changes, "label": action or "update"},
        )

    # ---- reads ----------------------------------------------------------------------------------

    def visible_variables(self, scope_key: int) -> dict[str, Any]:
        return self.executor.scopes.visible(scope_key)

    def element_instance(self, key: int) -> ElementInstance | None:
        return self.tables.element_instances.get(key)

    # ---- due work -------------------------------------------------------------------------------

    def _wake_scheduler(self) -> None:
        self._wake.set()

    def _push_due(self, due: int, kind: str, key: int) -> None:
        """Remember work that falls due; stale entries are skipped when they come up."""
        heapq.heappush(self._due, (due, next(self._due_seq), kind, key))
        if self._sleep_until is None or due < self._sleep_until:
            self._wake.set()

    async def _schedule(self) -> None:
        while not self._closing:
            try:
                next_due = self._run_due()
                if self.store.has_changes:
                    await self._commit()
            except Exception:
                log.exception("engine: due work failed")
                next_due = None
            now = self.clock.now_ms()
            wait_s = 1.0 if next_due is None else min(max(next_due - now, 0) / 1000, 1.0)
            self._sleep_until = now + int(wait_s * 1000)
            self._wake.clear()
            if wait_s > 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), wait_s)
            self._sleep_until = None

    def _run_due(self) -> int | None:
        """Fire everything due now; return when the next thing falls due."""
        now = self.clock.now_ms()
        while self._due and self._due[0][0] <= now:
            due, _, kind, key = heapq.heappop(self._due)
            if kind == "timer":
                timer = self.tables.timers.get(key)
                if timer is not None and timer.due_date == due:
                    self._run(lambda timer=timer: self._fire_timer(timer))  # type: ignore[misc]
                continue
            if kind == "message":
                message = self.tables.messages.get(key)
                if message is not None and message.deadline == due:
                    self.store.delete("message", message)
                continue
            job = self.tables.jobs.get(key)
            if job is None:
                continue
            timed_out = kind == "job-timeout" and job.state == "ACTIVATED" and job.deadline == due
            recurs = kind == "job-backoff" and job.state == "FAILED" and job.recur_at == due
            if timed_out or recurs:
                self._run(lambda job=job: self._make_activatable(job))  # type: ignore[misc]
        return self._due[0][0] if self._due else None

    def _fire_timer(self, timer: Timer) -> None:
        if timer.key not in self.tables.timers:
            return
        repeat = timer.repetitions != 1 and timer.interval is not None
        if timer.element_instance_key is None:
            definition = self.tables.process_definitions.get(timer.process_definition_key)
            if definition is not None:
                self.executor.create_process_instance(
                    definition, {}, start_event_id=timer.target_element_id
                )
                self._metrics.instances_created.inc()
                self._metrics.active_instances.inc()
            self._reschedule_or_drop(timer, repeat)
            return
        owner = self.tables.element_instances.get(timer.element_instance_key)
        if owner is None or owner.state != "ACTIVATED":
            self.store.delete("timer", timer)
            return
        model = self.models[owner.process_definition_key]
        target = model.elements[timer.target_element_id]
        interrupting = target.type != "BOUNDARY_EVENT" or target.interrupting
        self._reschedule_or_drop(timer, repeat and not interrupting)
        try:
            self.executor.trigger_event(owner, timer.target_element_id, {}, interrupting)
        except StepFailureError as failure:
            self.executor.raise_incident(owner, failure.error_type, str(failure), retry="ACTIVATE")

    def _reschedule_or_drop(self, timer: Timer, repeat: bool) -> None:
        if repeat and timer.interval is not None:
            timer.due_date = add_duration(timer.due_date, timer.interval)
            if timer.repetitions > 0:
                timer.repetitions -= 1
            self.store.put("timer", timer)
            self._push_due(timer.due_date, "timer", timer.key)
        else:
            timer.state = "TRIGGERED"
            self.store.delete("timer", timer)


def _identities(item: Any) -> list[tuple[str, str]]:
    kind, value = item
    if kind == "bpmn":
        return [("process", m.id) for m in value]
    if kind == "dmn":
        return [("decision", d) for d in value.decisions]
    return [("form", value["id"])]


def _job_state_name(job: Job) -> str:
    return {"ACTIVATABLE": "ACTIVATABLE", "ACTIVATED": "ACTIVATED"}.get(job.state, job.state)


_CORRECTABLE = {
    "assignee": "assignee",
    "dueDate": "due_date",
    "followUpDate": "follow_up_date",
    "candidateUsers": "candidate_users",
    "candidateGroups": "candidate_groups",
    "priority": "priority",
}


def _task_corrections(changes: dict[str, Any]) -> dict[str, Any]:
    """Map REST/job-result field names to the record's, rejecting anything else."""
    mapped = {}
    for name, value in changes.items():
        if value is None:
            continue
        if name not in _CORRECTABLE:
            raise InvalidArgumentError(
                f"Expected to change only {sorted(_CORRECTABLE)} of a user task, but got '{name}'"
            )
        if name == "priority" and (not isinstance(value, int) or not 0 <= value <= 100):
            raise InvalidArgumentError(
                f"Expected priority to be a number between 0 and 100, but got '{value}'"
            )
        mapped[_CORRECTABLE[name]] = value
    return mapped


def _user_task_properties(task: UserTask) -> dict[str, Any]:
    """What an 8.9 ``ActivatedJob.userTask`` carries for a task listener's job."""
    headers = user_task_headers(task)
    return {
        "action": headers.get("io.camunda.zeebe:action", ""),
        "assignee": headers.get("io.camunda.zeebe:assignee", ""),
        "candidateGroups": list(task.candidate_groups),
        "candidateUsers": list(task.candidate_users),
        "changedAttributes": sorted((task.pending or {}).get("changes", {}).keys()),
        "dueDate": task.due_date or "",
        "followUpDate": task.follow_up_date or "",
        "formKey": task.form_key,
        "priority": task.priority,
        "userTaskKey": task.key,
        "headers": headers,
        "tenantId": task.tenant_id or DEFAULT_TENANT,
    }
