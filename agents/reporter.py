"""Reporter agent: the notification a person receives and the retro summary of a closed case."""

from __future__ import annotations

from typing import Any, Literal

from langchain_core.runnables import Runnable, RunnableLambda
from pydantic import BaseModel, ConfigDict, Field

from agents.extractive import summarise
from agents.guarded import AgentContext, GuardedResult, run_guarded
from guardrails import Verdict, check_marketing_language

ROLE = "reporter"

INSTRUCTIONS = """You write the closing communication of a case. For the customer: a short,
plain, factual notification of the outcome and its reasons, with no promises beyond the decision.
For internal readers: the same facts. Also write a retro summary of how the case went, from the
timeline entries only."""


class _Model(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid")


class ReportInput(_Model):
    case_id: str = Field(alias="caseId", min_length=1)
    process: str = Field(min_length=1)
    audience: Literal["customer", "internal"]
    outcome: str = Field(min_length=1)
    reasons: list[str] = Field(min_length=1)
    recipient_name: str | None = Field(default=None, alias="recipientName")
    timeline: list[str] = Field(default_factory=list)


class Report(_Model):
    subject: str = Field(min_length=1)
    body: str = Field(min_length=1)
    retro_summary: str = Field(alias="retroSummary")
    confidence: float = Field(ge=0, le=1)


def offline_report(payload: dict[str, Any]) -> dict[str, Any]:
    """Templates filled with the outcome, reasons and an extractive retro of the timeline."""
    request = ReportInput.model_validate(payload)
    greeting = f"Dear {request.recipient_name}," if request.recipient_name else "Hello,"
    reasons = "\n".join(f"- {reason}" for reason in request.reasons)
    body = (
        f"{greeting}\n\nyour case {request.case_id} has been decided: {request.outcome}.\n\n"
        f"Reasons:\n{reasons}\n\nIf anything is unclear, reply to this message."
    )
    retro = summarise(". ".join(request.timeline), max_sentences=3) if request.timeline else ""
    report = Report(
        subject=f"Your case {request.case_id}: {request.outcome}",
        body=body,
        retro_summary=retro or f"{len(request.timeline)} timeline entries",
        confidence=0.9,
    )
    return report.model_dump(mode="json", by_alias=True)


def write_report(ctx: AgentContext, request: ReportInput) -> GuardedResult[Report]:
    def language(report: Report) -> list[Verdict]:
        if ctx.policies is None or request.audience != "customer":
            return []
        return check_marketing_language(ctx.policies, f"{report.subject}\n{report.body}")

    return run_guarded(
        ctx,
        agent=ROLE,
        instructions=INSTRUCTIONS,
        payload=request,
        output_model=Report,
        confidence=lambda report: report.confidence,
        output_checks=language,
    )


def reporter_runnable(ctx: AgentContext) -> Runnable[ReportInput, GuardedResult[Report]]:
    return RunnableLambda(lambda request: write_report(ctx, request), name=ROLE)
