"""The agent roles of ``customer-onboarding``: intake, QA before the review, the documents
letter and the closing report, each a guarded call on the fleet's runtime.

A held call (guardrail hit, low confidence, spent model budget) never fails the job: the intake
and QA say ``needsHumanReview`` with the reasons, the letters fall back to Baton's templates.
Everything personal in what becomes a process variable stays a vault token.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from pydantic import BaseModel

from agents import (
    AgentContext,
    AgentRuntime,
    ApplicationDocument,
    Evidence,
    GuardedResult,
    OnboardingIntakeInput,
    OnboardingIntakeOutput,
    QAInput,
    QAReport,
    Report,
    ReportInput,
    TaskInput,
    TaskOutput,
    TimelineEvent,
    diff_view,
    hide_pii,
    review,
    take_in_application,
    work_task,
    write_report,
)
from contracts.errors import ModelBudgetExceededError
from contracts.onboarding import Application, Intake, IntakeTriage

PROCESS = "customer-onboarding"

T = TypeVar("T", bound=BaseModel)
Scalar = str | int | float | bool | None


@dataclass(frozen=True)
class Drafted:
    """A letter and whether the agent wrote it (``held`` empty) or the template did."""

    subject: str
    body: str
    held: list[str]


@dataclass(frozen=True)
class CaseReport:
    """The reporter's internal summary and retrospective, tokenised for the case file."""

    subject: str
    summary: str
    retro_summary: str
    held: list[str]


def _held_by_budget(call: Callable[[], GuardedResult[T]], model: str) -> GuardedResult[T]:
    """Run ``call``; a spent model budget becomes a held result, not an incident."""
    try:
        return call()
    except ModelBudgetExceededError as exc:
        reason = f"model budget: {exc}"
        held: GuardedResult[T] = GuardedResult(
            output=None, needs_human_review=True, reasons=[reason], verdicts=[], model=model
        )
        return held


@dataclass(frozen=True)
class OnboardingAgents:
    """The onboarding roles bound to one :class:`AgentRuntime` (offline model by default)."""

    runtime: AgentRuntime

    def _context(self, application: Application) -> AgentContext:
        return self.runtime.context(
            application.application_id, PROCESS, known_names=(application.applicant.name,)
        )

    async def triage(self, application: Application, intake: Intake) -> IntakeTriage:
        ctx = self._context(application)
        request = OnboardingIntakeInput(
            case_id=application.application_id,
            process=PROCESS,
            applicant_kind=application.applicant.kind.value,
            requested_product=application.requested_product,
            country_risk=intake.country_risk.value,
            required_documents=intake.required_documents,
            documents=[
                ApplicationDocument(kind=d.kind, name=d.name, text=d.text)
                for d in application.documents
            ],
        )
        result = await asyncio.to_thread(
            _held_by_budget, lambda: take_in_application(ctx, request), ctx.model_label
        )
        return _triage_contract(request, result)

    async def review(
        self,
        application: Application,
        proposal: dict[str, Scalar],
        evidence: list[Evidence],
    ) -> QAReport:
        ctx = self._context(application)
        request = QAInput(
            case_id=application.application_id,
            process=PROCESS,
            proposal=proposal,
            evidence=evidence,
        )
        try:
            report = await asyncio.to_thread(review, ctx, request)
        except ModelBudgetExceededError as exc:
            return QAReport(
                findings=None,
                diff=diff_view(request),
                policy_verdicts=[],
                needs_human_review=True,
                reasons=[f"model budget: {exc}"],
                model=ctx.model_label,
            )
        return report.model_copy(
            update={"reasons": [hide_pii(ctx.vault, reason) for reason in report.reasons]}
        )

    async def draft_documents_request(
        self, application: Application, missing: list[str], template: Drafted
    ) -> Drafted:
        """The task agent's draft when it names every missing document, else the template."""
        ctx = self._context(application)
        request = TaskInput(
            case_id=application.application_id,
            process=PROCESS,
            action="draft-notification",
            text=(
                f"To open the {application.requested_product} of application "
                f"{application.application_id} we still need these documents: "
                f"{', '.join(missing)}."
            ),
            context=missing,
            recipient=application.applicant.name,
        )
        result = await asyncio.to_thread(
            _held_by_budget, lambda: work_task(ctx, request), ctx.model_label
        )
        held = _draft_held(result, missing)
        if held or result.output is None or result.output.draft is None:
            return Drafted(template.subject, template.body, held)
        return Drafted(template.subject, result.output.draft, [])

    async def write_customer_letter(
        self, application: Application, outcome: str, reasons: list[str], template: Drafted
    ) -> Drafted:
        """The reporter's customer notification of the outcome, else the template."""
        ctx = self._context(application)
        request = ReportInput(
            case_id=application.application_id,
            process=PROCESS,
            audience="customer",
            outcome=outcome,
            reasons=reasons,
            recipient_name=application.applicant.name,
        )
        result = await asyncio.to_thread(
            _held_by_budget, lambda: write_report(ctx, request), ctx.model_label
        )
        if result.needs_human_review or result.output is None:
            return Drafted(template.subject, template.body, result.reasons or ["no report"])
        return Drafted(result.output.subject, result.output.body, [])

    async def write_case_report(
        self, application: Application, outcome: str, reasons: list[str], timeline: list[str]
    ) -> CaseReport:
        """The internal summary and retrospective, appended to the case file's timeline."""
        ctx = self._context(application)
        request = ReportInput(
            case_id=application.application_id,
            process=PROCESS,
            audience="internal",
            outcome=outcome,
            reasons=reasons,
            timeline=timeline,
        )
        result = await asyncio.to_thread(
            _held_by_budget, lambda: write_report(ctx, request), ctx.model_label
        )
        report = _case_report(ctx, request, result)
        case_id = application.application_id
        ctx.timeline.append(
            TimelineEvent.agent_step(
                case_id,
                "case-report",
                agent="reporter",
                outcome=outcome,
                subject=report.subject,
                summary=report.summary,
                held=report.held,
            )
        )
        ctx.timeline.append(
            TimelineEvent.agent_step(
                case_id,
                "retrospective",
                agent="reporter",
                outcome=outcome,
                retro=report.retro_summary,
            )
        )
        return report


def _triage_contract(
    request: OnboardingIntakeInput, result: GuardedResult[OnboardingIntakeOutput]
) -> IntakeTriage:
    out = result.output
    if out is None:
        return IntakeTriage(
            segment="business" if request.applicant_kind == "company" else "retail",
            product=request.requested_product,
            priority="high",
            missing_documents=[],
            key_facts=[],
            confidence=0.0,
            needs_human_review=True,
            reasons=result.reasons,
            model=result.model,
        )
    return IntakeTriage(
        segment=out.segment,
        product=out.product,
        priority=out.priority,
        missing_documents=out.missing_documents,
        key_facts=out.key_facts,
        confidence=out.confidence,
        needs_human_review=result.needs_human_review,
        reasons=out.reasons + result.reasons,
        model=result.model,
    )


def _draft_held(result: GuardedResult[TaskOutput], missing: list[str]) -> list[str]:
    if result.needs_human_review or result.output is None:
        return result.reasons or ["task agent returned no draft"]
    draft = result.output.draft or ""
    unnamed = [kind for kind in missing if kind not in draft]
    return [f"draft does not name: {', '.join(unnamed)}"] if unnamed else []


def _case_report(
    ctx: AgentContext, request: ReportInput, result: GuardedResult[Report]
) -> CaseReport:
    out = result.output
    if out is None:
        return CaseReport(
            subject=f"Case {request.case_id}: {request.outcome}",
            summary="; ".join(hide_pii(ctx.vault, reason) for reason in request.reasons),
            retro_summary=" / ".join(request.timeline),
            held=result.reasons,
        )
    return CaseReport(
        subject=hide_pii(ctx.vault, out.subject),
        summary=hide_pii(ctx.vault, out.body),
        retro_summary=hide_pii(ctx.vault, out.retro_summary),
        held=result.reasons,
    )
