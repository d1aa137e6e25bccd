"""The agent roles of content-approval, on the fleet's agent runtime.

Each call is guarded, timelined and audited through ``runtime.context``. None of them decides:
a held call (guardrail, low confidence, spent model budget) still returns a result, marked for
the people who review the content, so the process never fails because a model was held.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import structlog
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

from agents import (
    CONTENT_PROCESS,
    AgentContext,
    AgentRuntime,
    AuditEntry,
    Evidence,
    QAInput,
    QAReport,
    ReportInput,
    TaskInput,
    TimelineEvent,
    gather_evidence,
    intake_submission,
    review,
    work_task,
    write_report,
)
from contracts.common import Citation
from contracts.content import (
    Approval,
    ContentChecks,
    ContentIntake,
    ContentQA,
    FactCheckResult,
    QADiffRow,
    QAEvidence,
    RevisionNotes,
    Submission,
)
from contracts.errors import ModelBudgetExceededError
from workers.content.fact_check import fact_check_answers

log = structlog.get_logger("baton.content")

Retrieve = Callable[[str], Awaitable[list[Citation]]]
EXCERPT_CHARS = 300
PASSAGES_WAIT_S = 10.0


def _drop_outcome(lookup: asyncio.Future[list[Citation]]) -> None:
    """A lookup the QA step stopped waiting for: its result or error is no longer needed."""
    if not lookup.cancelled():
        lookup.exception()


class PassageRetriever(BaseRetriever):
    """Passages already fetched from the knowledge base, served to the QA agent's search tool
    so the lookup is counted and lands on the case timeline."""

    passages: list[Citation]

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        return [
            Document(page_content=p.excerpt, metadata={"source": p.source}) for p in self.passages
        ]


@dataclass(frozen=True)
class ClosingReport:
    """The reporter's text for the author, or a plain fallback when the reporter was held."""

    subject: str
    body: str
    retro_summary: str
    written_by_agent: bool
    held_reasons: list[str]
    model: str


def proposal_of(checks: ContentChecks, intake: ContentIntake | None) -> dict[str, str | int]:
    """The AI side of the case: the checks' proposed verdict and the intake's reading."""
    proposal: dict[str, str | int] = {
        "verdict": "changes-suggested" if checks.findings else "no-findings",
        "violationsCaught": checks.violations_caught,
    }
    if intake is not None:
        proposal |= {"channel": intake.channel.value, "audience": intake.audience}
        proposal |= {f"riskFlag:{flag}": flag for flag in intake.risk_flags}
    return proposal


def case_facts(submission: Submission, checks: ContentChecks) -> list[Evidence]:
    """The submission's facts and what the deterministic rules found, as QA evidence."""
    found = sorted({f.category.value for f in checks.findings})
    rules = [
        f"verdict: {'changes-suggested' if checks.findings else 'no-findings'}",
        f"violationsCaught: {checks.violations_caught}",
        f"finding categories: {', '.join(found) or 'none'}",
        *(f"{f.rule_id} ({f.severity.value}): {f.message}" for f in checks.findings),
    ]
    return [
        Evidence(
            source="submission",
            text=(
                f"channel: {submission.channel.value}; audience: {submission.audience}; "
                f"product: {submission.product}; title: {submission.title}"
            ),
        ),
        Evidence(source=f"rule-checks:{checks.model}", text="\n".join(rules)),
    ]


def fact_check_evidence(results: list[FactCheckResult]) -> list[Evidence]:
    """The fact-checking step's answers: tool and fact-checker text from outside Baton, which
    the learned injection classifier screens."""
    return [
        Evidence(source=f"fact-check:{element}", text=text, external=True)
        for element, text in fact_check_answers(results)
    ]


def qa_variable(report: QAReport, evidence: list[Evidence]) -> ContentQA:
    return ContentQA(
        needs_human_review=report.needs_human_review,
        reasons=report.reasons,
        findings=report.findings.findings if report.findings else [],
        confidence=report.findings.confidence if report.findings else None,
        diff=[
            QADiffRow(
                field=row.field,
                proposed=str(row.proposed),
                supported_by=", ".join(row.supported_by),
            )
            for row in report.diff
        ],
        evidence=[QAEvidence(source=e.source, excerpt=e.text[:EXCERPT_CHARS]) for e in evidence],
        model=report.model,
    )


@dataclass(frozen=True)
class ContentAgents:
    """Intake, QA, revision notes and the closing report for one fleet."""

    runtime: AgentRuntime
    retrieve: Retrieve

    def _context(self, submission: Submission) -> AgentContext:
        return self.runtime.context(
            submission.submission_id, CONTENT_PROCESS, known_names=(submission.author.name,)
        )

    async def intake(self, submission: Submission) -> ContentIntake:
        return await intake_submission(submission, self.runtime)

    async def _passages(self, query: str) -> list[Citation]:
        """Policy passages are evidence for reviewers, never a precondition of the review: a
        slow first lookup (opening the store) goes on in the background for the next case."""
        lookup = asyncio.ensure_future(self.retrieve(query))
        try:
            return await asyncio.wait_for(asyncio.shield(lookup), PASSAGES_WAIT_S)
        except Exception as error:  # evidence is optional; the review never waits on it
            lookup.add_done_callback(_drop_outcome)
            log.warning("content.policy_passages_unavailable", error=repr(error))
            return []

    async def qa(
        self,
        submission: Submission,
        checks: ContentChecks,
        intake: ContentIntake | None,
        fact_checks: list[FactCheckResult],
    ) -> ContentQA:
        query = f"content policy {submission.channel.value} {submission.product} claims disclaimer"
        passages = await self._passages(query)
        ctx = self._context(submission)

        def run() -> ContentQA:
            facts = case_facts(submission, checks) + fact_check_evidence(fact_checks)
            try:
                knowledge = gather_evidence(ctx, PassageRetriever(passages=passages), query)
                evidence = facts + knowledge
                request = QAInput(
                    case_id=submission.submission_id,
                    process=CONTENT_PROCESS,
                    proposal=dict(proposal_of(checks, intake)),
                    evidence=evidence,
                )
                return qa_variable(review(ctx, request), evidence)
            except ModelBudgetExceededError as exc:
                return ContentQA(
                    needs_human_review=True,
                    reasons=[f"model budget: {exc}"],
                    findings=[],
                    diff=[],
                    evidence=[QAEvidence(source=e.source, excerpt=e.text) for e in facts],
                    model=ctx.model_label,
                )

        return await asyncio.to_thread(run)

    async def revision_notes(self, submission: Submission, comments: list[str]) -> RevisionNotes:
        ctx = self._context(submission)
        raw = "\n".join(f"- {c}" for c in comments) or "- (no comments given)"

        def run() -> RevisionNotes:
            try:
                result = work_task(
                    ctx,
                    TaskInput(
                        case_id=submission.submission_id,
                        process=CONTENT_PROCESS,
                        action="summarise",
                        text="\n".join(comments) or "No comments given.",
                        context=[submission.title],
                    ),
                )
            except ModelBudgetExceededError as exc:
                return RevisionNotes(
                    notes=raw,
                    comments=comments,
                    drafted_by_agent=False,
                    held_reasons=[f"model budget: {exc}"],
                    model=ctx.model_label,
                )
            if result.output is None or result.needs_human_review or not result.output.summary:
                reasons = result.reasons or ["the task agent returned no summary"]
                return RevisionNotes(
                    notes=raw,
                    comments=comments,
                    drafted_by_agent=False,
                    held_reasons=reasons,
                    model=result.model,
                )
            return RevisionNotes(
                notes=result.output.summary,
                comments=comments,
                drafted_by_agent=True,
                held_reasons=[],
                model=result.model,
            )

        return await asyncio.to_thread(run)

    async def report(self, submission: Submission, approval: Approval) -> ClosingReport:
        """Writes the case summary and retrospective to the case file, then returns the text."""
        ctx = self._context(submission)
        outcome = approval.status.value
        timeline = [
            f"submitted for the {submission.channel.value} channel",
            f"{approval.violations_caught} violation(s) caught by the checks",
            f"{approval.rounds} revision round(s)",
            f"decided by {approval.decided_by}: {outcome}",
        ]
        request = ReportInput(
            case_id=submission.submission_id,
            process=CONTENT_PROCESS,
            audience="internal",
            outcome=outcome,
            reasons=approval.reasons or [f"decided by {approval.decided_by}"],
            recipient_name=submission.author.name,
            timeline=timeline,
        )

        def run() -> ClosingReport:
            try:
                result = write_report(ctx, request)
                held = result.reasons if result.needs_human_review else []
                out = result.output if not held else None
                model = result.model
            except ModelBudgetExceededError as exc:
                held, out, model = [f"model budget: {exc}"], None, ctx.model_label
            if out is not None:
                closing = ClosingReport(
                    subject=out.subject,
                    body=out.body,
                    retro_summary=out.retro_summary,
                    written_by_agent=True,
                    held_reasons=[],
                    model=model,
                )
            else:
                closing = plain_report(submission, approval, timeline, held, model)
            record_in_case_file(ctx, approval, closing)
            return closing

        return await asyncio.to_thread(run)


def plain_report(
    submission: Submission,
    approval: Approval,
    timeline: list[str],
    held: list[str],
    model: str,
) -> ClosingReport:
    """The fixed wording used when the reporter was held: only the recorded decision."""
    reasons = "\n".join(f"- {r}" for r in approval.reasons)
    return ClosingReport(
        subject=f"Your submission {submission.submission_id}: {approval.status.value}",
        body=(
            f"Your submission {submission.submission_id} was {approval.status.value} "
            f"(decided by {approval.decided_by}).\n\nReasons:\n{reasons}"
        ),
        retro_summary="; ".join(timeline),
        written_by_agent=False,
        held_reasons=held,
        model=model,
    )


def record_in_case_file(ctx: AgentContext, approval: Approval, closing: ClosingReport) -> None:
    """Case summary and retrospective entry, through the runtime's timeline and audit sinks."""
    data = {
        "outcome": approval.status.value,
        "decidedBy": approval.decided_by,
        "rounds": approval.rounds,
        "violationsCaught": approval.violations_caught,
        "summary": closing.subject,
        "retroSummary": closing.retro_summary,
        "writtenByAgent": closing.written_by_agent,
        "heldReasons": closing.held_reasons,
    }
    ctx.timeline.append(
        TimelineEvent.agent_step(ctx.case_id, "case-report", agent="reporter", **data)
    )
    ctx.audit.record(
        AuditEntry(
            case_id=ctx.case_id,
            actor="agent:reporter",
            action="content.retrospective",
            inputs_hash="",
            output=data,
            reason="; ".join(closing.held_reasons) or "case closed",
        )
    )
