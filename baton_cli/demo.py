"""``baton demo``: one sample case of every process, people acting where a path needs them, and
what happened to each case.

Everything goes through the Orchestration Cluster REST API (``/v2``), so the demo runs the same
against Baton's engine, a port-forwarded Helm install or a Camunda 8 cluster without auth. A
person's work is what Tasklist does: assign the user task, then complete it with the form's
variables (``POST /v2/user-tasks/{key}/assignment`` and ``.../completion``).
"""

from __future__ import annotations

import asyncio
import json
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click
import httpx
from pydantic import BaseModel, ValidationError

from config import Settings, load_settings
from contracts.claims import Claim
from contracts.content import Submission
from contracts.errors import SettingsError
from contracts.escalation import Ticket
from contracts.onboarding import Application
from contracts.validation import describe_validation_error

ROOT = Path(__file__).resolve().parent.parent
SAMPLES_DIR = ROOT / "samples"
MODELS_DIR = ROOT / "bpmn"
MODEL_SUFFIXES = (".bpmn", ".dmn", ".form")
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
POLL_S = 0.5
FLEET_START_TIMEOUT_S = 120.0


class DemoError(click.ClickException):
    """The demo cannot run; the message says what is wrong and what to do."""


@dataclass(frozen=True)
class Person:
    """Someone who works one user task the way Tasklist submits its form.

    ``{group}`` in the assignee becomes the task's first candidate group, so each reviewer of
    a parallel review is a member of the group the DMN chose.
    """

    assignee: str
    form: Mapping[str, Any]

    def assignee_for(self, task: Mapping[str, Any]) -> str:
        groups = task.get("candidateGroups") or ["anyone"]
        return self.assignee.format(group=groups[0])


@dataclass(frozen=True)
class Scenario:
    """One process, the sample case it starts with and the people its path needs."""

    process_id: str
    sample: str
    start_variable: str
    contract: type[BaseModel]
    key_field: str
    outcome_variable: str
    people: Mapping[str, Person] = field(default_factory=dict)
    opens_ticket: bool = False


SCENARIOS = (
    Scenario(
        "claims-adjudication",
        "review-large-fire",
        "claim",
        Claim,
        "claimId",
        "decision",
        people={
            "UserTask_ReviewClaim": Person(
                "hana.handler",
                {
                    "reviewOutcome": "approved",
                    "reviewPayout": 18250.0,
                    "reviewReason": "contractor estimate matches the fire brigade report",
                },
            )
        },
    ),
    Scenario(
        "customer-onboarding",
        "person-current-account",
        "application",
        Application,
        "applicationId",
        "onboarding",
        people={
            "UserTask_ComplianceReview": Person(
                "olga.compliance",
                {"complianceDecision": "approved", "complianceReason": "documents verified"},
            )
        },
    ),
    Scenario(
        "content-approval",
        "social-savings-post",
        "submission",
        Submission,
        "submissionId",
        "approval",
        people={
            "UserTask_Review": Person(
                "{group}.reviewer",
                {"reviewOutcome": "approved", "reviewComments": "clear, on brand, no claims"},
            )
        },
    ),
    Scenario(
        "backoffice-escalation",
        "disputed-card-payment",
        "ticket",
        Ticket,
        "ticketId",
        "resolution",
        people={
            "UserTask_ResolveTicket": Person(
                "ben.billing",
                {
                    "expertOutcome": "resolved",
                    "expertResolution": "double charge of 89.90 EUR refunded",
                },
            )
        },
        opens_ticket=True,
    ),
)


@dataclass
class CaseReport:
    """What happened to one case, as Operate and Tasklist would show it."""

    scenario: Scenario
    business_key: str
    instance_key: str
    state: str = "ACTIVE"
    outcome: dict[str, Any] | None = None
    actions: list[str] = field(default_factory=list)
    trail: list[str] = field(default_factory=list)
    open_tasks: list[str] = field(default_factory=list)
    incidents: list[str] = field(default_factory=list)
    waiting_for_people: bool = False

    @property
    def troubled(self) -> bool:
        """An incident, or still working when the wait ran out with nobody needed."""
        return bool(self.incidents) or (self.state == "ACTIVE" and not self.waiting_for_people)


def load_sample(scenario: Scenario, samples_dir: Path) -> dict[str, Any]:
    """The scenario's sample case under a fresh business key, validated by its contract."""
    path = samples_dir / scenario.process_id / f"{scenario.sample}.json"
    try:
        raw = json.loads(path.read_text())
    except FileNotFoundError:
        raise DemoError(f"sample case {path} does not exist") from None
    except json.JSONDecodeError as error:
        raise DemoError(f"sample case {path} is not JSON: {error}") from None
    if not isinstance(raw, dict) or not isinstance(raw.get(scenario.key_field), str):
        raise DemoError(f"sample case {path} needs a text field {scenario.key_field!r}")
    raw[scenario.key_field] = f"{raw[scenario.key_field]}-{uuid.uuid4().hex[:8]}"
    try:
        case = scenario.contract.model_validate(raw)
    except ValidationError as error:
        problems = describe_validation_error(error)
        raise DemoError(f"sample case {path} is invalid — {problems}") from None
    dumped: dict[str, Any] = case.model_dump(mode="json", by_alias=True, exclude_none=True)
    return dumped


class OrchestrationApi:
    """The few ``/v2`` calls the demo makes; HTTP failures surface as ``DemoError``."""

    def __init__(self, rest_url: str) -> None:
        self.rest_url = rest_url.rstrip("/")
        self._http = httpx.AsyncClient(base_url=f"{self.rest_url}/v2", timeout=15)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        try:
            response = await self._http.request(method, path, **kwargs)
        except httpx.HTTPError as error:
            raise DemoError(
                f"cannot reach the engine's REST API at {self.rest_url} ({error!r}); start the "
                "stack with `make run` or `baton up`, or set BATON_ZEEBE__REST_URL"
            ) from None
        if response.is_error:
            raise DemoError(
                f"{method} {self.rest_url}/v2{path} answered {response.status_code}: "
                f"{response.text[:300]}"
            )
        if not response.content:
            return {}
        try:
            return response.json()
        except ValueError:
            raise DemoError(
                f"{self.rest_url}/v2{path} did not answer JSON; is BATON_ZEEBE__REST_URL the "
                "engine's REST API (without /v2)?"
            ) from None

    async def _search(self, path: str, filters: dict[str, Any], **extra: Any) -> list[Any]:
        found = await self._call("POST", path, json={"filter": filters, **extra})
        if not isinstance(found, dict):
            raise DemoError(f"{self.rest_url}/v2{path} answered {str(found)[:100]}, not a page")
        return list(found.get("items", []))

    async def check_topology(self) -> None:
        topology = await self._call("GET", "/topology")
        if not isinstance(topology, dict) or "brokers" not in topology:
            raise DemoError(f"{self.rest_url}/v2/topology is not a Zeebe cluster topology")

    async def deploy(self, files: list[Path]) -> None:
        parts = [("resources", (f.name, f.read_bytes(), "application/octet-stream")) for f in files]
        await self._call("POST", "/deployments", files=parts)

    async def start(self, process_id: str, variables: dict[str, Any]) -> str:
        body = {"processDefinitionId": process_id, "variables": variables}
        started = await self._call("POST", "/process-instances", json=body)
        return str(started["processInstanceKey"])

    async def state(self, key: str) -> str:
        instance = await self._call("GET", f"/process-instances/{key}")
        return str(instance["state"])

    async def open_user_tasks(self, key: str) -> list[dict[str, Any]]:
        return await self._search(
            "/user-tasks/search", {"processInstanceKey": key, "state": "CREATED"}
        )

    async def work(self, task: dict[str, Any], assignee: str, form: Mapping[str, Any]) -> None:
        task_key = task["userTaskKey"]
        await self._call("POST", f"/user-tasks/{task_key}/assignment", json={"assignee": assignee})
        await self._call(
            "POST", f"/user-tasks/{task_key}/completion", json={"variables": dict(form)}
        )

    async def incidents(self, key: str) -> list[dict[str, Any]]:
        return await self._search(
            "/incidents/search", {"processInstanceKey": key, "state": "ACTIVE"}
        )

    async def trail(self, key: str) -> list[str]:
        items = await self._search(
            "/element-instances/search",
            {"processInstanceKey": key},
            sort=[{"field": "startDate"}],
            page={"limit": 1000},
        )
        return [str(item["elementId"]) for item in items]

    async def variable(self, key: str, name: str) -> Any:
        items = await self._search("/variables/search", {"processInstanceKey": key, "name": name})
        if not items:
            return None
        item = items[0]
        if item.get("isTruncated"):
            item = await self._call("GET", f"/variables/{item['variableKey']}")
        return json.loads(item["value"])

    def tasklist_link(self, task: dict[str, Any]) -> str:
        return f"{self.rest_url}/tasklist/{task['userTaskKey']}"


async def open_ticket(simulator_url: str, ticket: dict[str, Any]) -> None:
    """The escalation case is about a ticket the ticketing system already holds."""
    body = {k: ticket[k] for k in ("ticketId", "customerId", "subject", "body", "channel")}
    headers = {"Idempotency-Key": f"baton-demo:open:{ticket['ticketId']}"}
    try:
        async with httpx.AsyncClient(base_url=simulator_url, timeout=15) as http:
            response = await http.post("/ticketing/tickets", json=body, headers=headers)
    except httpx.HTTPError as error:
        raise DemoError(
            f"cannot reach the legacy-system simulator at {simulator_url} ({error!r}); "
            "start it with `baton simulator up` or set BATON_SIMULATOR_URL"
        ) from None
    if response.is_error:
        raise DemoError(
            f"the ticketing system refused ticket {ticket['ticketId']}: {response.text}"
        )


async def run_case(
    api: OrchestrationApi,
    scenario: Scenario,
    case: dict[str, Any],
    *,
    simulator_url: str,
    people: bool,
    wait_s: float,
) -> CaseReport:
    """Start the case, work its user tasks while the path needs people, then read the outcome."""
    if scenario.opens_ticket:
        await open_ticket(simulator_url, case)
    business_key = str(case[scenario.key_field])
    variables = {scenario.start_variable: case, "businessKey": business_key}
    report = CaseReport(scenario, business_key, await api.start(scenario.process_id, variables))
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        report.state = await api.state(report.instance_key)
        if report.state != "ACTIVE" or await api.incidents(report.instance_key):
            break
        tasks = await api.open_user_tasks(report.instance_key)
        ours = [t for t in tasks if people and t["elementId"] in scenario.people]
        for task in ours:
            person = scenario.people[task["elementId"]]
            assignee = person.assignee_for(task)
            await api.work(task, assignee, person.form)
            report.actions.append(f"{assignee} completed {task['elementId']}")
        if tasks and not ours:
            report.waiting_for_people = True
            break
        await asyncio.sleep(POLL_S)
    await describe(api, report, deadline)
    return report


async def describe(api: OrchestrationApi, report: CaseReport, deadline: float) -> None:
    """Fill in the end state: outcome, element trail, open tasks, incidents."""
    key = report.instance_key
    report.state = await api.state(key)
    if report.state == "COMPLETED":
        # The variable reaches secondary storage a moment after the instance completes.
        while report.outcome is None and time.monotonic() < deadline + 10:
            report.outcome = await api.variable(key, report.scenario.outcome_variable)
            if report.outcome is None:
                await asyncio.sleep(POLL_S)
    report.trail = await api.trail(key)
    report.open_tasks = [
        f"{t['elementId']} ({', '.join(t.get('candidateGroups') or ['anyone'])}) "
        f"{api.tasklist_link(t)}"
        for t in await api.open_user_tasks(key)
    ]
    report.incidents = [
        f"{i.get('errorType', 'INCIDENT')} at {i.get('elementId', '?')}: "
        f"{i.get('errorMessage', '')}"
        for i in await api.incidents(key)
    ]


def summarise(outcome: dict[str, Any] | None) -> str:
    """The outcome's plain fields (and one level of nested ones) as ``name=value`` pairs."""
    if not outcome:
        return "none"
    pairs: list[str] = []
    for name, value in outcome.items():
        if isinstance(value, dict):
            pairs += [f"{name}.{k}={v}" for k, v in value.items() if not isinstance(v, dict | list)]
        elif isinstance(value, list):
            pairs.append(f"{name}=[{'; '.join(str(v) for v in value)}]")
        else:
            pairs.append(f"{name}={value}")
    return ", ".join(pairs)


def collapse_repeats(trail: list[str]) -> list[str]:
    """``A, B, B, B`` → ``A, B x3``: a multi-instance body and its instances read as one step."""
    steps: list[tuple[str, int]] = []
    for element in trail:
        if steps and steps[-1][0] == element:
            steps[-1] = (element, steps[-1][1] + 1)
        else:
            steps.append((element, 1))
    return [element if count == 1 else f"{element} x{count}" for element, count in steps]


def render(report: CaseReport) -> str:
    scenario = report.scenario
    state = report.state
    if report.waiting_for_people and state == "ACTIVE":
        state = "ACTIVE, waiting for people in Tasklist"
    lines = [
        f"{scenario.process_id}  {report.business_key}  (instance {report.instance_key}, "
        f"sample {scenario.sample})",
        f"  state      {state}",
        f"  outcome    {scenario.outcome_variable}: {summarise(report.outcome)}",
        f"  people     {'; '.join(report.actions) or 'none'}",
        f"  trail      {' → '.join(collapse_repeats(report.trail))}",
        f"  open tasks {len(report.open_tasks) or 'none'}",
        *[f"    - {task}" for task in report.open_tasks],
        f"  incidents  {len(report.incidents) or 'none'}",
        *[f"    - {incident}" for incident in report.incidents],
    ]
    return "\n".join(lines)


def model_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.suffix in MODEL_SUFFIXES)


def is_local_gateway(address: str) -> bool:
    """A loopback gateway on the local engine's gRPC port: ``baton up`` would start it here."""
    from devservices import engine

    host, _, port = address.rpartition(":")
    return host.strip("[]") in LOOPBACK and port.isdigit() and int(port) == engine.port("grpc")


def start_local_services(settings: Settings) -> None:
    """What ``baton up`` starts: Elasticsearch, the simulator, the local engine if it is ours."""
    from devservices import DevServiceError, elasticsearch, engine, simulator

    try:
        click.echo(f"Elasticsearch  {elasticsearch.ensure_running().url}")
        click.echo(f"Simulator      {simulator.ensure_running().url}")
        if is_local_gateway(settings.zeebe.address):
            click.echo(f"Engine         {engine.ensure_running().rest_url}")
    except DevServiceError as error:
        raise DemoError(str(error)) from None


def fleet_ready(metrics_port: int) -> bool:
    try:
        return httpx.get(f"http://127.0.0.1:{metrics_port}/readyz", timeout=2).is_success
    except httpx.HTTPError:
        return False


@contextmanager
def running_fleet(settings: Settings, start: bool) -> Iterator[None]:
    """The fleet of ``make run`` when it answers ``/readyz``; else one for the demo's length."""
    if not start or fleet_ready(settings.metrics_port):
        yield
        return
    from devservices import DevServiceError, paths, process

    log_file = paths.service_dir("demo-fleet") / "fleet.log"
    click.echo(f"Fleet          starting for the demo (log {log_file})")
    with log_file.open("ab") as log:
        fleet = subprocess.Popen(
            [sys.executable, "-m", "workers"], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT
        )
    try:
        process.wait_until(
            lambda: fleet_ready(settings.metrics_port),
            timeout_s=FLEET_START_TIMEOUT_S,
            pid=fleet.pid,
            what="the worker fleet",
            log_file=log_file,
            interval_s=POLL_S,
        )
        yield
    except DevServiceError as error:
        raise DemoError(str(error)) from None
    finally:
        fleet.send_signal(signal.SIGTERM)
        fleet.wait(timeout=90)


async def run_demo(
    settings: Settings, samples_dir: Path, *, people: bool, wait_s: float, deploy: bool
) -> list[CaseReport]:
    cases = [(s, load_sample(s, samples_dir)) for s in SCENARIOS]
    api = OrchestrationApi(str(settings.zeebe.rest_url))
    try:
        await api.check_topology()
        if deploy:
            await api.deploy(model_files(MODELS_DIR))
        simulator_url = str(settings.simulator_url).rstrip("/")
        return list(
            await asyncio.gather(
                *(
                    run_case(
                        api, s, case, simulator_url=simulator_url, people=people, wait_s=wait_s
                    )
                    for s, case in cases
                )
            )
        )
    finally:
        await api.aclose()


def load_demo_settings() -> Settings:
    try:
        return load_settings()
    except SettingsError as error:
        raise DemoError(str(error)) from None


@click.command()
@click.option(
    "--people/--no-people",
    default=True,
    help="act as the people (complete user tasks) or leave their tasks open in Tasklist",
)
@click.option(
    "--start-missing/--no-start-missing",
    default=True,
    help="start what `baton up` starts and a fleet when none answers on BATON_METRICS_PORT",
)
@click.option("--deploy/--no-deploy", default=True, help="deploy bpmn/ before starting cases")
@click.option(
    "--wait",
    "wait_s",
    type=click.FloatRange(min=1),
    default=180.0,
    show_default=True,
    help="seconds a case may take before it is reported as still running",
)
@click.option(
    "--samples",
    "samples_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=SAMPLES_DIR,
    help="folder of sample cases, one sub-folder per process",
)
def demo(people: bool, start_missing: bool, deploy: bool, wait_s: float, samples_dir: Path) -> None:
    """Start one sample case of every process and say what happened to each."""
    settings = load_demo_settings()
    if start_missing:
        start_local_services(settings)
    with running_fleet(settings, start_missing):
        reports = asyncio.run(
            run_demo(settings, samples_dir, people=people, wait_s=wait_s, deploy=deploy)
        )
    click.echo("\n\n".join(render(report) for report in reports))
    troubled = [r.scenario.process_id for r in reports if r.troubled]
    if troubled:
        raise DemoError(f"cases with an incident or still running: {', '.join(troubled)}")


COMMANDS = [demo]
