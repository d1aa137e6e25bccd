"""Elasticsearch down then back, with the fleet as a real process (``python -m workers``).

Elasticsearch is shared by every session on the machine, so it is never stopped: the fleet of
this module reaches it through a :class:`TcpGate` the test shuts (connections refused, those in
flight reset) and opens again, under an index prefix of its own. The engine is this module's own
too: the session's ``fleet`` would otherwise take the claims' jobs and write past the gate.

What the fleet does while the context store is down (``workers/context_sinks.py``): it keeps
every audit and timeline entry queued and retries it with capped backoff (``context.write_failed``
per attempt, ``baton_context_store_up`` 0, ``baton_context_store_pending_writes`` above 0); the
knowledge base is evidence, not a precondition, so proposals go out uncited and
``claims.guidelines_unavailable`` is logged. Decisions and a person's task steps are the audit
trail ARCHITECTURE.md §4 promises, so their jobs wait for the write (a long outage fails them
with backoff). ``/readyz`` stays 200. Once the gate opens the queued entries land, the waiting
jobs complete, and every decision, the person's included, is in its case's chain.
"""

from __future__ import annotations

import asyncio
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

import httpx
import pytest
from click.testing import CliRunner
from pyzeebe import ZeebeClient, create_insecure_channel

from baton_cli.deploy import model_files
from baton_cli.main import cli
from contextstore import AuditLog, CaseTimeline, IndexNames, KnowledgeBase, connect, drop_prefix
from contracts.audit import ChainedAuditEntry
from tests.engine.camunda_rest import CamundaRest, eventually
from tests.engine.cases import open_tasks, sample_case
from tests.engine.engine_process import EngineProcess
from tests.engine.engine_records import completed, search
from tests.engine.fleet_process import FleetProcess, fleet_env
from tests.engine.simulator_records import SimulatorRecords
from tests.engine.tcp_gate import TcpGate

PROCESS = "claims-adjudication"
REVIEW = "UserTask_ReviewClaim"
DECISION_ACTION = "claims.decision"
TRIAGE_ACTION = "ingestion.proposal"
"""The intake agent's last audit entry of the classify job."""
CLAIMS_DURING = 3
WAIT_S = 60
STARTUP_S = 180
"""The fleet's imports alone take tens of seconds on a busy two-core machine."""


@dataclass(frozen=True)
class Claim:
    key: int
    claim_id: str


@dataclass(frozen=True)
class GatedFleet:
    process: FleetProcess
    metrics_port: str

    async def readyz(self) -> int:
        """The status ``/readyz`` answers, 0 when nothing answers."""
        async with httpx.AsyncClient(timeout=5) as http:
            try:
                response = await http.get(f"http://127.0.0.1:{self.metrics_port}/readyz")
            except httpx.TransportError:
                return 0
        return response.status_code

    async def gauges(self) -> dict[str, float]:
        """The context-store gauges on ``/metrics``."""
        async with httpx.AsyncClient(timeout=5) as http:
            text = (await http.get(f"http://127.0.0.1:{self.metrics_port}/metrics")).text
        return {
            name: float(value)
            for name, _, value in (line.partition(" ") for line in text.splitlines())
            if name in {"baton_context_store_up", "baton_context_store_pending_writes"}
        }


@dataclass(frozen=True)
class Stack:
    """This module's engine, its gated fleet and the index prefix that fleet writes under."""

    engine: EngineProcess
    fleet: GatedFleet
    gate: TcpGate
    names: IndexNames
    elasticsearch_url: str
    simulator_url: str


async def deploy_and_load(engine: EngineProcess, elasticsearch_url: str, names: IndexNames) -> None:
    """Every model on the engine; the knowledge base under ``names``, so proposals can cite."""
    channel = create_insecure_channel(grpc_address=engine.gateway_address)
    try:
        await ZeebeClient(channel).deploy_resource(*[str(f) for f in model_files()])
    finally:
        await channel.close()
    client = await connect(elasticsearch_url)
    try:
        await KnowledgeBase.from_folder().load(client, names)
    finally:
        await client.close()


@pytest.fixture(scope="module")
def stack(services: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """The fleet is started first, so its imports overlap the engine's start and the knowledge
    base load; it connects to the gateway by itself once the engine listens."""
    folder = tmp_path_factory.mktemp("outage")
    es_url = services["elasticsearch"]
    names = IndexNames(prefix=f"outage-test-{uuid.uuid4().hex[:8]}")
    gate = TcpGate(es_url)
    gate.start()
    engine = EngineProcess(folder / "data", folder / "engine.log")
    env = fleet_env(
        gateway_address=engine.gateway_address,
        rest_url=engine.rest_url,
        simulator_url=services["simulator"],
        elasticsearch_url=gate.url,
        index_prefix=names.prefix,
        BATON_FLEET__RETRY_BACKOFF_MS="1000",
    )
    fleet = FleetProcess(env, folder / "fleet.log")
    fleet.start()
    try:
        engine.start()
        asyncio.run(deploy_and_load(engine, es_url, names))
        yield Stack(
            engine=engine,
            fleet=GatedFleet(fleet, env["BATON_METRICS_PORT"]),
            gate=gate,
            names=names,
            elasticsearch_url=es_url,
            simulator_url=services["simulator"],
        )
    finally:
        fleet.kill()
        engine.stop()
        gate.stop()
        asyncio.run(drop_prefix(es_url, names.prefix))


async def start_claim(zeebe: ZeebeClient, sample: str) -> Claim:
    case = sample_case(PROCESS, sample)
    created = await zeebe.run_process(PROCESS, {"claim": case, "businessKey": case["claimId"]})
    return Claim(int(created.process_instance_key), case["claimId"])


async def until_completed(engine: EngineProcess, claims: list[Claim]) -> None:
    for claim in claims:
        await eventually(
            partial(completed, engine.rest_url, claim.key),
            what=f"claim {claim.claim_id} completed",
            timeout_s=WAIT_S,
        )


async def audit_of(url: str, names: IndexNames, case_id: str) -> list[ChainedAuditEntry]:
    client = await connect(url)
    try:
        return await AuditLog(client, names).entries(case_id)
    finally:
        await client.close()


async def until_audited(url: str, names: IndexNames, claims: list[Claim], action: str) -> None:
    """Wait until each claim's chain holds an ``action`` entry (the writer runs behind jobs)."""
    for claim in claims:

        async def audited(case_id: str = claim.claim_id) -> bool:
            entries = await audit_of(url, names, case_id)
            return any(entry.action == action for entry in entries)

        await eventually(audited, what=f"{action} of {claim.claim_id} audited", timeout_s=WAIT_S)


async def until_logged(what: str, probe: Callable[[], bool]) -> None:
    async def seen() -> bool:
        return probe()

    await eventually(seen, what=what, timeout_s=WAIT_S)


async def until_written(fleet: GatedFleet) -> None:
    """Wait until the fleet's write queue is empty: the entries it writes after a claim's last
    job (its completion on the timeline, say) must not be the ones retried during the outage."""

    async def drained() -> bool:
        return (await fleet.gauges()).get("baton_context_store_pending_writes") == 0

    await eventually(drained, what="the fleet's writes drained", timeout_s=WAIT_S)


LISTENER_STILL_RUNNING = 504
"""The engine answers 504 when a task's listeners outlast its wait; the operation goes on."""


async def review_through_rest(rest_url: str, user_task_key: str) -> None:
    """Assign and complete the review as Tasklist does. Each call returns once its task
    listener is done, and the listener waits for its audit write, so while the store is down
    a call may answer 504: then the test waits for the task's state instead."""
    async with httpx.AsyncClient(base_url=f"{rest_url}/v2", timeout=WAIT_S) as http:

        async def state() -> tuple[str, str]:
            task = (await http.get(f"/user-tasks/{user_task_key}")).json()
            return str(task.get("state")), str(task.get("assignee") or "")

        assigned = await http.post(
            f"/user-tasks/{user_task_key}/assignment", json={"assignee": "hana.handler"}
        )
        if assigned.status_code == LISTENER_STILL_RUNNING:

            async def taken() -> bool:
                return await state() == ("CREATED", "hana.handler")

            await eventually(taken, what="the review assigned", timeout_s=2 * WAIT_S)
        else:
            assigned.raise_for_status()
        completed_ = await http.post(
            f"/user-tasks/{user_task_key}/completion",
            json={
                "variables": {
                    "reviewOutcome": "approved",
                    "reviewPayout": 15000,
                    "reviewReason": "estimate ok",
                }
            },
        )
        if completed_.status_code != LISTENER_STILL_RUNNING:
            completed_.raise_for_status()


@dataclass(frozen=True)
class OutageRun:
    """The claims of each phase, what ``/readyz`` answered and the context-store gauges read
    while the store was down, for the tests to assert on."""

    stack: Stack
    before: Claim
    reviewed: Claim
    """Classified before the outage, reviewed by a claims handler while the store was down."""
    during: list[Claim]
    after: Claim
    ready: dict[str, list[int]]
    gauges_during: dict[str, float]

    @property
    def claims(self) -> list[Claim]:
        return [self.before, self.reviewed, *self.during, self.after]

    @property
    def fleet(self) -> GatedFleet:
        return self.stack.fleet

    async def audit(self, case_id: str) -> list[ChainedAuditEntry]:
        return await audit_of(self.stack.elasticsearch_url, self.stack.names, case_id)


@pytest.fixture(scope="module")
async def outage(stack: Stack) -> OutageRun:
    """One auto-approved claim and one review claim before the gate shuts; while it is shut, a
    person reviews and three new claims run until each has proposed (uncited) and a write has
    been retried; then the gate opens, everything completes, and one
    claim runs after."""
    fleet = stack.fleet
    es_url, names = stack.elasticsearch_url, stack.names
    ready: dict[str, list[int]] = {"before": [], "during": [], "after": []}

    async def fleet_ready() -> bool:
        return await fleet.readyz() == 200 and bool(fleet.process.events("context.store_open"))

    await eventually(fleet_ready, what="the gated fleet ready", timeout_s=STARTUP_S)
    rest = CamundaRest(stack.engine.rest_url)
    channel = create_insecure_channel(grpc_address=stack.engine.gateway_address)
    zeebe = ZeebeClient(channel)
    try:
        before = await start_claim(zeebe, "auto-approve-water")
        reviewed = await start_claim(zeebe, "review-large-fire")
        await until_completed(stack.engine, [before])
        await until_audited(es_url, names, [before], DECISION_ACTION)
        [task] = await open_tasks(rest, reviewed.key, REVIEW)
        await until_audited(es_url, names, [reviewed], TRIAGE_ACTION)
        await until_written(fleet)
        ready["before"].append(await fleet.readyz())

        stack.gate.shut()
        review = asyncio.create_task(
            review_through_rest(stack.engine.rest_url, str(task["userTaskKey"]))
        )
        during = [await start_claim(zeebe, "auto-approve-water") for _ in range(CLAIMS_DURING)]
        for claim in during:
            await until_logged(
                f"{claim.claim_id} proposed uncited",
                lambda c=claim: bool(  # type: ignore[misc]
                    fleet.process.events("claims.guidelines_unavailable", business_key=c.claim_id)
                ),
            )
        await until_logged(
            "a write retried", lambda: bool(fleet.process.events("context.write_failed"))
        )
        ready["during"].append(await fleet.readyz())
        gauges = await fleet.gauges()

        stack.gate.open()
        await review
        await until_completed(stack.engine, [reviewed, *during])
        await until_audited(es_url, names, [reviewed, *during], DECISION_ACTION)
        after = await start_claim(zeebe, "auto-approve-water")
        await until_completed(stack.engine, [after])
        await until_audited(es_url, names, [after], DECISION_ACTION)
        await until_written(fleet)
        ready["after"].append(await fleet.readyz())
    finally:
        await channel.close()
        await rest.aclose()
    return OutageRun(stack, before, reviewed, during, after, ready, gauges)


async def test_every_claim_completes_with_each_job_done_once_and_no_incident(
    outage: OutageRun,
) -> None:
    """All six claims COMPLETED; the engine holds no incident and exactly one COMPLETED job per
    service task of each claim and per listener event of the review; a job that failed
    meanwhile failed only because the store was down (its decision waited for the write); the
    fleet is the same process, still running."""
    rest_url = outage.stack.engine.rest_url
    instances = await search(rest_url, "process-instances", processDefinitionId=PROCESS)
    assert {int(i["processInstanceKey"]): i["state"] for i in instances} == {
        claim.key: "COMPLETED" for claim in outage.claims
    }
    assert await search(rest_url, "incidents") == []
    jobs = await search(rest_url, "jobs", processDefinitionId=PROCESS)
    per_task = Counter(
        (j["processInstanceKey"], j["elementId"], j["kind"], j["listenerEventType"]) for j in jobs
    )
    assert set(per_task.values()) == {1}
    assert sorted(k[3] for k in per_task if k[2] == "TASK_LISTENER") == ["ASSIGNING", "COMPLETING"]
    assert {j["state"] for j in jobs} == {"COMPLETED"}
    assert {line["error_type"] for line in outage.fleet.process.events("job.failed")} <= {
        "ContextStoreUnavailableError"
    }
    assert outage.fleet.process.running()


async def test_every_claim_is_paid_exactly_once(outage: OutageRun) -> None:
    """One payment per claim in the payments system, decided before, during or after."""
    simulator = SimulatorRecords(outage.stack.simulator_url)
    try:
        paid = {c.claim_id: len(await simulator.payments(c.claim_id)) for c in outage.claims}
    finally:
        await simulator.aclose()
    assert paid == {claim.claim_id: 1 for claim in outage.claims}


async def test_fleet_stays_ready_and_shows_the_writes_it_keeps_retrying(
    outage: OutageRun,
) -> None:
    """``/readyz`` answers 200 before, during and after the outage (the store is not part of
    readiness). While the store is down the fleet retries the entry at the head of its queue
    (``context.write_failed``, one of the cases decided meanwhile), reports the store down with
    writes pending, and proposes
    without citations (``claims.guidelines_unavailable`` once per claim proposed meanwhile)."""
    assert outage.ready == {"before": [200], "during": [200], "after": [200]}
    assert outage.stack.gate.connections > 0
    assert outage.gauges_during["baton_context_store_up"] == 0
    assert outage.gauges_during["baton_context_store_pending_writes"] > 0
    retried = {line["case_id"] for line in outage.fleet.process.events("context.write_failed")}
    assert retried and retried <= {c.claim_id for c in [outage.reviewed, *outage.during]}
    uncited = [
        line["business_key"]
        for line in outage.fleet.process.events("claims.guidelines_unavailable")
    ]
    assert sorted(uncited) == sorted(claim.claim_id for claim in outage.during)


async def test_proposals_go_out_uncited_while_the_knowledge_base_is_down(
    outage: OutageRun,
) -> None:
    """Proposals cite the knowledge base before and after the outage and carry no evidence
    while it is down: the proposal does not wait for it."""
    rest = CamundaRest(outage.stack.engine.rest_url)
    try:
        evidence = {
            claim.claim_id: len((await rest.variable(claim.key, "proposal"))["evidence"])
            for claim in outage.claims
        }
    finally:
        await rest.aclose()
    assert {case for case, cited in evidence.items() if cited == 0} == {
        claim.claim_id for claim in outage.during
    }


async def test_audit_chains_verify_and_nothing_written_during_the_outage_is_lost(
    outage: OutageRun,
) -> None:
    """Every claim's audit chain verifies through the contextstore API, and the chain of the
    claim that spans the outage through ``baton audit verify`` too; each auto-approved claim,
    decided during the outage or not, holds as many entries as the one before it."""
    stack = outage.stack
    client = await connect(stack.elasticsearch_url)
    try:
        audit = AuditLog(client, stack.names)
        problems = {
            c.claim_id: (await audit.verify_chain(c.claim_id)).problems for c in outage.claims
        }
        timeline = await CaseTimeline(client, stack.names).list(outage.after.claim_id)
    finally:
        await client.close()
    assert problems == {claim.claim_id: [] for claim in outage.claims}
    full = len(await outage.audit(outage.before.claim_id))
    assert full > 0
    for claim in [*outage.during, outage.after]:
        assert len(await outage.audit(claim.claim_id)) == full, claim.claim_id
    assert timeline
    verified = await asyncio.to_thread(
        CliRunner().invoke,
        cli,
        ["audit", "verify", "--prefix", stack.names.prefix, outage.reviewed.claim_id],
        env={"BATON_ELASTICSEARCH_URL": stack.elasticsearch_url},
    )
    assert verified.exit_code == 0, verified.output
    assert "intact" in verified.output


async def test_every_decision_reaches_the_audit_log(outage: OutageRun) -> None:
    """ARCHITECTURE.md §4: every human and agent decision lands in the audit log, those made
    while the store was down included; the claims handler's review is there with its actor."""
    undecided = [
        claim.claim_id
        for claim in outage.claims
        if not any(e.action == DECISION_ACTION for e in await outage.audit(claim.claim_id))
    ]
    assert undecided == []
    people = [
        (e.actor, e.action)
        for e in await outage.audit(outage.reviewed.claim_id)
        if e.action.startswith("user-task.")
    ]
    assert people == [
        ("hana.handler", "user-task.assigned"),
        ("hana.handler", "user-task.completed"),
    ]
