"""One labelled case through the engine and the fleet: validated like ``baton start`` does,
started over the REST API, its people played by the scripted reviewer, its documents sent or
its deadline reached by moving the engine's clock, and what it decided read back."""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from evaluation.cases import EvalCase, Label, contract_problems
from evaluation.durations import minutes
from evaluation.errors import EvaluationError
from evaluation.processes import PROCESSES
from evaluation.rest import EngineRest, SimulatorRecords
from evaluation.reviewer import SLAS, decide, lookup

POLL_S = 0.25
DOCUMENTS_UPLOADED = "onboarding-documents-uploaded"
AWAIT_DOCUMENTS = "Gateway_AwaitDocuments"


@dataclass(frozen=True)
class HumanStep:
    element: str
    minutes: float
    sla_minutes: float | None
    breached: bool | None
    agreed: bool | None


@dataclass
class CaseResult:
    id: str
    process: str
    label: str
    gate: bool
    expected_outcome: str
    expected_human: bool
    expected_category: str | None
    status: str = "completed"
    """completed | rejected-before-start | incident | timeout | error"""
    outcome: str | None = None
    category: str | None = None
    error: str = ""
    steps: list[HumanStep] = field(default_factory=list)
    instances: int = 0
    side_effects: int | None = None
    side_effects_ok: bool | None = None
    pii_leaks: list[str] = field(default_factory=list)
    wall_s: float = 0.0


@dataclass
class RunContext:
    rest: EngineRest
    simulator: SimulatorRecords
    run_tag: str
    case_timeout_s: float = 120.0
    clock: asyncio.Lock = field(default_factory=asyncio.Lock)
    """The engine's clock is one for all instances: one pinned move at a time."""


def _parse_date(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def start_variables(case: EvalCase, run_tag: str) -> dict[str, Any]:
    """The case variable under a business key unique to this run, as ``baton start`` sends it."""
    spec = PROCESSES[case.process]
    validated = spec.contract.model_validate(case.case)
    dumped = validated.model_dump(mode="json", by_alias=True, exclude_none=True)
    dumped[spec.key_field] = f"{dumped[spec.key_field]}-{run_tag}"
    return {spec.variable: dumped, "businessKey": dumped[spec.key_field]}


async def _until(probe: Any, what: str, timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while not await probe():
        if time.monotonic() > deadline:
            raise EvaluationError(f"{what} did not happen within {timeout_s:.0f}s")
        await asyncio.sleep(POLL_S)


async def _work_task(ctx: RunContext, case: EvalCase, key: int, task: dict[str, Any]) -> HumanStep:
    """Claim and submit one task ``minutes`` after it was created, by the engine's clock; past
    the step's SLA, first let the boundary timer fire as it would have."""
    element = str(task["elementId"])
    task_key = str(task["userTaskKey"])
    variables = await ctx.rest.variables(key)
    decision = decide(case.process, element, variables, case.reviewer)
    sla = SLAS.get(f"{case.process}/{element}")
    sla_value = lookup(variables, sla.variable) if sla else None
    sla_minutes = minutes(str(sla_value)) if sla_value else None
    handling = float(case.reviewer.minutes)
    breached = None if sla_minutes is None else handling > sla_minutes
    async with ctx.clock:
        await ctx.rest.assign(task_key, f"eval.{element}")
        await ctx.rest.pin_clock(_parse_date(task["creationDate"]) + timedelta(minutes=handling))
        try:
            if sla and breached:

                async def fired() -> bool:
                    return sla.boundary in await ctx.rest.element_ids(key, "COMPLETED")

                await _until(fired, f"{sla.boundary} of instance {key}")
            if sla and breached and sla.interrupting:
                assert sla_minutes is not None
                return HumanStep(element, sla_minutes, sla_minutes, True, None)
            await ctx.rest.complete(task_key, decision.form)
        finally:
            await ctx.rest.reset_clock()
    return HumanStep(element, handling, sla_minutes, breached, decision.agreed)


async def _documents_or_deadline(ctx: RunContext, case: EvalCase, key: int, round_: int) -> None:
    """Send the case's documents the first time they are asked for; otherwise let the
    documents deadline pass on the engine's clock."""
    variables = await ctx.rest.variables(key)
    if case.uploads is not None and round_ == 0:
        uploaded = [d.model_dump(mode="json") for d in case.uploads]
        correlation = variables["application"]["applicationId"]
        await ctx.rest.publish_message(
            DOCUMENTS_UPLOADED, correlation, {"uploadedDocuments": uploaded}
        )
    else:
        deadline = minutes(str(variables.get("documentsDeadline", "P7D")))
        async with ctx.clock:
            await ctx.rest.pin_clock(datetime.now().astimezone() + timedelta(minutes=deadline + 1))
            try:

                async def moved_on() -> bool:
                    return AWAIT_DOCUMENTS not in await ctx.rest.element_ids(key, "ACTIVE")

                await _until(moved_on, f"documents deadline of instance {key}")
            finally:
                await ctx.rest.reset_clock()
    await _until(lambda: _not_waiting(ctx, key), f"instance {key} leaving the documents wait")


async def _not_waiting(ctx: RunContext, key: int) -> bool:
    return AWAIT_DOCUMENTS not in await ctx.rest.element_ids(key, "ACTIVE")


async def drive(ctx: RunContext, case: EvalCase, key: int) -> tuple[list[HumanStep], str]:
    """Act on the instance until it ends; returns the people's steps and an incident message."""
    handled: set[str] = set()
    steps: list[HumanStep] = []
    document_rounds = 0
    while True:
        incidents = await ctx.rest.incidents(key)
        if incidents:
            return steps, str(incidents[0].get("errorMessage", "incident"))
        if await ctx.rest.state(key) in ("COMPLETED", "TERMINATED"):
            return steps, ""
        tasks = [t for t in await ctx.rest.user_tasks(key) if str(t["userTaskKey"]) not in handled]
        if tasks:
            handled.add(str(tasks[0]["userTaskKey"]))
            steps.append(await _work_task(ctx, case, key, tasks[0]))
            continue
        if case.process == "customer-onboarding" and not await _not_waiting(ctx, key):
            await _documents_or_deadline(ctx, case, key, document_rounds)
            document_rounds += 1
            continue
        await asyncio.sleep(POLL_S)


def leaks(values: dict[str, Any], texts: list[str], pii: list[str], skip: set[str]) -> list[str]:
    """Where a raw personal value shows up: a variable other than the case's own, or a text a
    legacy system received."""
    found = []
    for name, value in sorted(values.items()):
        if name in skip:
            continue
        serialised = json.dumps(value, ensure_ascii=False)
        found += [f"variable {name}" for raw in pii if raw in serialised]
    for index, text in enumerate(texts):
        found += [f"legacy text #{index + 1}" for raw in pii if raw in text]
    return sorted(set(found))


async def _observe(ctx: RunContext, case: EvalCase, key: int, result: CaseResult) -> None:
    spec = PROCESSES[case.process]
    values = await ctx.rest.variables(key)
    outcome = values.get(spec.outcome_variable) or {}
    result.outcome = outcome.get(spec.outcome_field)
    triage = values.get("triage") or {}
    result.category = triage.get("category") if case.process == "backoffice-escalation" else None
    if case.pii_values:
        business_key = str(values.get("businessKey", ""))
        texts = await ctx.simulator.messages_sent(business_key)
        texts += await ctx.simulator.published_bodies(business_key)
        skip = {spec.variable, "businessKey"}
        result.pii_leaks = leaks(values, texts, case.pii_values, skip)


async def _run_instances(ctx: RunContext, case: EvalCase, result: CaseResult) -> None:
    variables = start_variables(case, ctx.run_tag)
    spec = PROCESSES[case.process]
    business_key = str(variables["businessKey"])
    copies = 2 if case.label is Label.DUPLICATE else 1
    if case.process == "backoffice-escalation":
        await ctx.simulator.open_ticket(variables[spec.variable])
    keys = [await ctx.rest.start(case.process, variables) for _ in range(copies)]
    result.instances = len(keys)
    driven = await asyncio.gather(*(drive(ctx, case, key) for key in keys))
    result.steps = [step for steps, _ in driven for step in steps]
    incident = next((message for _, message in driven if message), "")
    if incident:
        result.status, result.error = "incident", incident
        return
    outcomes = set()
    for key in keys:
        await _observe(ctx, case, key, result)
        outcomes.add(result.outcome)
    if len(outcomes) > 1:
        result.outcome = "inconsistent: " + ", ".join(sorted(str(o) for o in outcomes))
    result.side_effects = await ctx.simulator.side_effects(case.process, business_key)
    result.side_effects_ok = result.side_effects == (
        1 if result.outcome == spec.positive_outcome else 0
    )


async def run_case(ctx: RunContext, case: EvalCase) -> CaseResult:
    result = CaseResult(
        id=case.id,
        process=case.process,
        label=case.label.value,
        gate=case.gate,
        expected_outcome=case.expected.outcome,
        expected_human=case.expected.human_required,
        expected_category=case.expected.category.value if case.expected.category else None,
    )
    started = time.monotonic()
    problems = contract_problems(case.process, case.case)
    if problems:
        result.status, result.error = "rejected-before-start", "; ".join(problems)
        return result
    try:
        await asyncio.wait_for(_run_instances(ctx, case, result), ctx.case_timeout_s)
    except TimeoutError:
        result.status = "timeout"
        result.error = f"not finished within {ctx.case_timeout_s:.0f}s"
    except EvaluationError as error:
        result.status, result.error = "error", str(error)
    result.wall_s = round(time.monotonic() - started, 3)
    return result
