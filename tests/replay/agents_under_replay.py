"""Which agent runs on which recorded input, and the part of its answer a replay compares:
the decision or verdict fields, the hand-over flag and the guardrail rules that fired."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from agents import (
    AgentContext,
    GuardedResult,
    IngestionInput,
    InMemoryAudit,
    InMemoryTimeline,
    ModelBudget,
    OfflineHandler,
    PlanningInput,
    QAInput,
    ReportInput,
    TaskInput,
    ingest,
    offline_context,
    plan_case,
    review,
    work_task,
    write_report,
)
from agents.content_intake import ContentIntakeInput, read_submission
from agents.escalation_intake import IntakeInput as EscalationIntakeInput
from agents.escalation_intake import intake_ticket
from agents.onboarding_intake import OnboardingIntakeInput, take_in_application
from guardrails import Action, load_guardrail_policies

RECORDINGS = Path(__file__).parent / "recordings"


class RecordingError(ValueError):
    """A recording file that is not a replayable agent call (names the file and field)."""


def _guarded_view(result: GuardedResult[Any]) -> dict[str, Any]:
    return {
        "output": result.output.model_dump(mode="json", by_alias=True) if result.output else None,
        "needsHumanReview": result.needs_human_review,
        "findings": sorted({v.rule for v in result.verdicts if v.action is not Action.ALLOW}),
    }


def _ingest(ctx: AgentContext, data: dict[str, Any]) -> dict[str, Any]:
    return _guarded_view(ingest(ctx, IngestionInput.model_validate(data)))


def _plan(ctx: AgentContext, data: dict[str, Any]) -> dict[str, Any]:
    return _guarded_view(plan_case(ctx, PlanningInput.model_validate(data)))


def _task(ctx: AgentContext, data: dict[str, Any]) -> dict[str, Any]:
    return _guarded_view(work_task(ctx, TaskInput.model_validate(data)))


def _report(ctx: AgentContext, data: dict[str, Any]) -> dict[str, Any]:
    return _guarded_view(write_report(ctx, ReportInput.model_validate(data)))


def _qa(ctx: AgentContext, data: dict[str, Any]) -> dict[str, Any]:
    report = review(ctx, QAInput.model_validate(data))
    return report.model_dump(mode="json", by_alias=True, exclude={"model"})


def _content_intake(ctx: AgentContext, data: dict[str, Any]) -> dict[str, Any]:
    return _guarded_view(read_submission(ctx, ContentIntakeInput.model_validate(data)))


def _onboarding_intake(ctx: AgentContext, data: dict[str, Any]) -> dict[str, Any]:
    return _guarded_view(take_in_application(ctx, OnboardingIntakeInput.model_validate(data)))


def _escalation_intake(ctx: AgentContext, data: dict[str, Any]) -> dict[str, Any]:
    return _guarded_view(intake_ticket(ctx, EscalationIntakeInput.model_validate(data)))


ROLES: Mapping[str, Callable[[AgentContext, dict[str, Any]], dict[str, Any]]] = {
    "intake": _ingest,
    "planner": _plan,
    "task": _task,
    "qa": _qa,
    "reporter": _report,
    "content_intake": _content_intake,
    "onboarding_intake": _onboarding_intake,
    "escalation_intake": _escalation_intake,
}


def run(role: str, data: dict[str, Any], roles: Mapping[str, OfflineHandler]) -> dict[str, Any]:
    """One agent call on the deterministic offline model with the shipped guardrail policies."""
    if role not in ROLES:
        raise RecordingError(f"role {role!r} is not one of {sorted(ROLES)}")
    ctx = offline_context(
        str(data.get("caseId", "replay")),
        str(data.get("process", "replay")),
        timeline=InMemoryTimeline(),
        audit=InMemoryAudit(),
        budget=ModelBudget(10, 100_000),
        roles=roles,
        policies=load_guardrail_policies(),
    )
    return ROLES[role](ctx, data)


def load_recording(path: Path) -> tuple[str, dict[str, Any], dict[str, Any]]:
    """(role, input, recorded view) of one recording file."""
    try:
        recording = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise RecordingError(f"{path.name}: not JSON ({exc})") from exc
    if not isinstance(recording, dict):
        raise RecordingError(f"{path.name}: expected an object with role, input and output")
    for key, kind in (("role", str), ("input", dict), ("output", dict)):
        if not isinstance(recording.get(key), kind):
            raise RecordingError(f"{path.name}: field {key!r} missing or not a {kind.__name__}")
    return recording["role"], recording["input"], recording["output"]
