"""Planner agent: break a triaged case into tasks, each for a person or a bot, each with the
guardrails that apply to it."""

from __future__ import annotations

from typing import Any, Literal

from langchain_core.runnables import Runnable, RunnableLambda
from pydantic import BaseModel, ConfigDict, Field

from agents.guarded import AgentContext, GuardedResult, run_guarded
from guardrails import Action, Verdict

ROLE = "planner"

INSTRUCTIONS = """You plan the work on one back-office case. Return an ordered list of tasks.
Each task has a short id, a title, an assignee kind (human or bot), the guardrail rule ids that
apply to it and the ids of the tasks it depends on. Any case flagged for human review, and any
complex case, must contain at least one human task before a decision is final."""


class _Model(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid")


class PlanningInput(_Model):
    case_id: str = Field(alias="caseId", min_length=1)
    process: str = Field(min_length=1)
    category: str
    priority: Literal["low", "normal", "high", "urgent"]
    complexity: Literal["simple", "standard", "complex"]
    needs_human_review: bool = Field(default=False, alias="needsHumanReview")
    key_facts: list[str] = Field(default_factory=list, alias="keyFacts")


class PlannedTask(_Model):
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    title: str = Field(min_length=1)
    assignee: Literal["human", "bot"]
    guardrails: list[str]
    depends_on: list[str] = Field(default_factory=list, alias="dependsOn")


class Plan(_Model):
    tasks: list[PlannedTask] = Field(min_length=1)
    rationale: str
    confidence: float = Field(ge=0, le=1)


def _task(
    id_: str, title: str, assignee: Literal["human", "bot"], rules: list[str], after: list[str]
) -> PlannedTask:
    return PlannedTask(id=id_, title=title, assignee=assignee, guardrails=rules, depends_on=after)


def offline_plan(payload: dict[str, Any]) -> dict[str, Any]:
    """Fixed templates per process; people are added where the case needs them."""
    request = PlanningInput.model_validate(payload)
    needs_person = request.needs_human_review or request.complexity == "complex"
    if request.process == "claims-adjudication":
        tasks = [
            _task("check-coverage", "Check policy coverage", "bot", ["policy.payout"], []),
            _task("score-fraud", "Score fraud signals", "bot", ["confidence.threshold"], []),
            _task(
                "decide",
                "Review and decide" if needs_person else "Auto-decide within limits",
                "human" if needs_person else "bot",
                ["policy.payout", "confidence.threshold"],
                ["check-coverage", "score-fraud"],
            ),
        ]
        if request.complexity == "complex" or request.priority in ("high", "urgent"):
            tasks.append(
                _task("senior-approval", "Senior approval", "human", ["policy.payout"], ["decide"])
            )
        last = tasks[-1].id
        tasks.append(
            _task("notify", "Notify the claimant", "bot", ["pii.redact", "policy.language"], [last])
        )
        rationale = "claims template; human decision" if needs_person else "claims template"
    else:
        tasks = [
            _task("gather-context", "Gather case context", "bot", ["pii.redact"], []),
            _task(
                "work",
                "Work the case",
                "human",
                ["injection", "pii.redact"],
                ["gather-context"],
            ),
            _task("quality-check", "Check the outcome", "bot", ["output.schema"], ["work"]),
            _task("notify", "Notify the requester", "bot", ["policy.language"], ["quality-check"]),
        ]
        rationale = f"generic template for {request.process}"
    plan = Plan(tasks=tasks, rationale=rationale, confidence=0.95 if not needs_person else 0.8)
    return plan.model_dump(mode="json", by_alias=True)


def check_plan(request: PlanningInput, plan: Plan) -> list[Verdict]:
    """Structural rules any plan must satisfy, whoever wrote it."""
    ids = [task.id for task in plan.tasks]
    problems: list[str] = []
    if len(set(ids)) != len(ids):
        problems.append("task ids are not unique")
    unknown = {dep for task in plan.tasks for dep in task.depends_on if dep not in ids}
    if unknown:
        problems.append(f"depends on unknown tasks {sorted(unknown)}")
    if any(not task.guardrails for task in plan.tasks):
        problems.append("a task has no guardrails")
    needs_person = request.needs_human_review or request.complexity == "complex"
    if needs_person and not any(task.assignee == "human" for task in plan.tasks):
        problems.append("case needs a person but the plan has no human task")
    if problems:
        return [Verdict(action=Action.BLOCK, rule="planner.structure", reason="; ".join(problems))]
    return [Verdict.allow("planner.structure")]


def plan_case(ctx: AgentContext, request: PlanningInput) -> GuardedResult[Plan]:
    return run_guarded(
        ctx,
        agent=ROLE,
        instructions=INSTRUCTIONS,
        payload=request,
        output_model=Plan,
        confidence=lambda plan: plan.confidence,
        output_checks=lambda plan: check_plan(request, plan),
        structural_fields=frozenset({"caseId", "process", "category", "priority", "complexity"}),
    )


def planner_runnable(ctx: AgentContext) -> Runnable[PlanningInput, GuardedResult[Plan]]:
    return RunnableLambda(lambda request: plan_case(ctx, request), name=ROLE)
