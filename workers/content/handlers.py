"""Job handlers of ``content-approval`` (bpmn/content-approval.bpmn).

The intake agent's reading, AI checks, the planner's fact-checking of declared claims (tools:
fact sources in the knowledge base, earlier CMS publications, a fact-checker), the QA agent
before every human review, tallying the parallel reviews, the task agent's revision notes,
applying the author's revision, publishing to the CMS, reminding overdue reviewers, recording
the outcome and the reporter's closing report. Side effects are keyed by submission id + BPMN
element (+ revision round inside the revise loop), so a job delivered twice acts once.
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated, Any

import structlog
from pydantic import BeforeValidator
from pyzeebe import Job, ZeebeTaskRouter

from agents import AdHocElement
from config import ContentPolicy
from contracts.common import Citation
from contracts.content import (
    Approval,
    ApprovalStatus,
    CaseReport,
    ContentChecks,
    ContentIntake,
    ContentQA,
    EarlierPublication,
    Escalation,
    FactCheckResult,
    LeadDecision,
    LeadVerdict,
    Publication,
    Review,
    Reviewer,
    ReviewOutcome,
    ReviewRound,
    Revision,
    RevisionNotes,
    Submission,
)
from contracts.errors import InvalidCaseError, RevisionLimitError
from guardrails import tokenise_pii
from workers import metrics
from workers.agentic_step import (
    CompleteWithResult,
    PlanStep,
    ToolAnswered,
    ToolResult,
    planner_request,
    take_planner_turn,
)
from workers.content.agent_roles import ContentAgents
from workers.content.fact_check import (
    fact_check_facts,
    fact_source_query,
    publications_summary,
    related_publications,
    sources_summary,
)
from workers.idempotency import side_effect_key
from workers.notices import Notice
from workers.routers import CompletedByHandler, Variables, family_router, handles
from workers.variables import Count, OptionalText, as_variable, non_empty_list

log = structlog.get_logger("baton.content")

PROCESS_ID = "content-approval"


@dataclass(frozen=True)
class PublicationOrder:
    submission_id: str
    channel: str
    title: str
    body: str


@dataclass(frozen=True)
class ContentDependencies:
    """What the content handlers call; the fleet wires real clients, tests wire fakes.

    ``retrieve`` searches the knowledge base (house style, fact sources); ``publications``
    lists what the CMS has published."""

    check: Callable[[Submission], Awaitable[ContentChecks]]
    publish: Callable[[PublicationOrder, str], Awaitable[Publication]]
    notify: Callable[[Notice, str], Awaitable[str]]
    policy: ContentPolicy
    agents: ContentAgents
    retrieve: Callable[[str], Awaitable[list[Citation]]]
    publications: Callable[[], Awaitable[list[EarlierPublication]]]
    plan_fact_check: PlanStep
    complete_with_result: CompleteWithResult


def idempotency_key(submission: Submission, job: Job, rounds: int | None = None) -> str:
    suffix = () if rounds is None else (f"r{rounds}",)
    return side_effect_key(PROCESS_ID, submission.submission_id, job, *suffix)


def _reviewer_groups(value: Any) -> Any:
    groups = non_empty_list("reviewers")(value)
    try:
        return sorted({Reviewer(group) for group in groups})
    except ValueError:
        raise ValueError(
            f"holds an unknown reviewer: {value!r}; known: {', '.join(r.value for r in Reviewer)}"
        ) from None


Reviews = Annotated[list[Review], BeforeValidator(non_empty_list("reviews"))]
ReviewerGroups = Annotated[list[Reviewer], BeforeValidator(_reviewer_groups)]
"""The reviewer groups to remind, each once, in a stable order."""


def tally(reviews: list[Review]) -> ReviewOutcome:
    """Any reject rejects; otherwise any request for changes sends the copy back."""
    outcomes = {review.outcome for review in reviews}
    for outcome in (ReviewOutcome.REJECTED, ReviewOutcome.CHANGES_REQUESTED):
        if outcome in outcomes:
            return outcome
    return ReviewOutcome.APPROVED


def reviewer_comments(reviews: list[Review]) -> list[str]:
    return [f"{r.reviewer.value}: {r.comments.strip()}" for r in reviews if r.comments.strip()]


class IntakeRead(Variables):
    intake: ContentIntake


class QAReviewed(Variables):
    qa_report: ContentQA


class RevisionNotesDrafted(Variables):
    revision_notes: RevisionNotes


class Reported(Variables):
    case_report: CaseReport


class Checked(Variables):
    checks: ContentChecks
    rounds: int
    violations_caught: int
    review_sla: str


class Tallied(Variables):
    review_round: ReviewRound
    revised_body: str | None = None


class Revised(Variables):
    submission: Submission
    rounds: int


class Published(Variables):
    publication: Publication


class ReviewersReminded(Variables):
    reminder_notification_ids: list[str]


class ApprovalRecorded(Variables):
    approval: Approval


@handles("content.intake")
async def read_intake(submission: Submission, deps: ContentDependencies) -> IntakeRead:
    """The intake agent's reading for the reviewers; a held one carries its reasons."""
    reading = await deps.agents.intake(submission)
    log.info("content.intake", priority=reading.priority, held=reading.needs_human_review)
    return IntakeRead(intake=reading)


@handles("content.qa-review")
async def qa_review(
    submission: Submission,
    checks: ContentChecks,
    deps: ContentDependencies,
    intake: ContentIntake | None = None,
    fact_check_results: list[FactCheckResult] | None = None,
) -> QAReviewed:
    """Once before the (multi-instance) review and before the content lead, never per reviewer;
    the fact-checking step's answers, when it ran, are evidence from outside."""
    report = await deps.agents.qa(submission, checks, intake, fact_check_results or [])
    log.info("content.qa", needs_human_review=report.needs_human_review, rows=len(report.diff))
    return QAReviewed(qa_report=report)


@handles("content.draft-revision-notes")
async def draft_revision_notes(
    submission: Submission, review_round: ReviewRound, deps: ContentDependencies
) -> RevisionNotesDrafted:
    if review_round.decision is not ReviewOutcome.CHANGES_REQUESTED:
        raise InvalidCaseError(
            f"reviewRound.decision is '{review_round.decision.value}'; revision notes are only "
            "drafted when reviewers ask for changes"
        )
    notes = await deps.agents.revision_notes(submission, review_round.comments)
    log.info("content.revision_notes", drafted_by_agent=notes.drafted_by_agent)
    return RevisionNotesDrafted(revision_notes=notes)


@handles("content.report")
async def write_case_report(
    job: Job, submission: Submission, approval: Approval, deps: ContentDependencies
) -> Reported:
    """At a completion (published or rejected): case file entry, then the author is told."""
    closing = await deps.agents.report(submission, approval)
    notice = Notice(
        recipient=submission.author.email,
        subject=closing.subject,
        body=closing.body,
        case_ref=submission.submission_id,
    )
    notification_id = await deps.notify(notice, idempotency_key(submission, job))
    log.info("content.reported", written_by_agent=closing.written_by_agent)
    return Reported(
        case_report=CaseReport(
            subject=closing.subject,
            # the author's letter as a process variable; the notice above went out in full
            summary=tokenise_pii(closing.body, known_names=(submission.author.name,)),
            retro_summary=closing.retro_summary,
            notification_id=notification_id,
            written_by_agent=closing.written_by_agent,
            held_reasons=closing.held_reasons,
            model=closing.model,
        )
    )


@handles("content.check-content")
async def check_content(
    submission: Submission,
    deps: ContentDependencies,
    rounds: Count = 0,
    violations_caught: Count = 0,
    review_sla: OptionalText = None,
) -> Checked:
    checks = await deps.check(submission)
    log.info(
        "content.checked",
        findings=len(checks.findings),
        violations=checks.violations_caught,
        rounds=rounds,
    )
    return Checked(
        checks=checks,
        rounds=rounds,
        violations_caught=violations_caught + checks.violations_caught,
        review_sla=review_sla or deps.policy.review_sla,
    )


@handles("content.tally-reviews")
async def tally_reviews(
    reviews: Reviews,
    deps: ContentDependencies,
    rounds: Count = 0,
    checks: ContentChecks | None = None,
) -> Tallied:
    policy = deps.policy
    decision = tally(reviews)
    comments = reviewer_comments(reviews)
    if decision is ReviewOutcome.CHANGES_REQUESTED and rounds >= policy.revision_limit:
        reason = (
            f"reviewers still ask for changes after {rounds} revision round(s); "
            f"the limit is {policy.revision_limit}, so the content lead decides"
        )
        escalation = Escalation(
            code=RevisionLimitError.code, reason=reason, rounds=rounds, comments=comments
        )
        log.warning("content.revision_limit", rounds=rounds)
        raise RevisionLimitError(reason, variables={"escalation": as_variable(escalation)})
    round_ = ReviewRound(
        decision=decision, comments=comments, rounds=rounds, revision_limit=policy.revision_limit
    )
    log.info("content.reviewed", decision=decision, reviewers=len(reviews))
    if decision is not ReviewOutcome.CHANGES_REQUESTED:
        return Tallied(review_round=round_)
    if checks is None:
        raise InvalidCaseError("variable 'checks' is missing; the process must provide it")
    return Tallied(review_round=round_, revised_body=checks.suggested_body)


@handles("content.apply-revision")
async def apply_revision(submission: Submission, revision: Revision, rounds: Count = 0) -> Revised:
    done = rounds + 1
    log.info("content.revised", rounds=done)
    return Revised(submission=submission.model_copy(update={"body": revision.body}), rounds=done)


@handles("content.publish")
async def publish(job: Job, submission: Submission, deps: ContentDependencies) -> Published:
    order = PublicationOrder(
        submission_id=submission.submission_id,
        channel=submission.channel.value,
        title=submission.title,
        body=submission.body,
    )
    publication = await deps.publish(order, idempotency_key(submission, job))
    log.info("content.published", publication_id=publication.publication_id)
    return Published(publication=publication)


@handles("content.remind-reviewers")
async def remind_reviewers(
    job: Job,
    submission: Submission,
    reviewers: ReviewerGroups,
    deps: ContentDependencies,
    rounds: Count = 0,
) -> ReviewersReminded:
    ids = []
    for group in reviewers:
        notice = Notice(
            recipient=f"group:content-{group.value}",
            subject=f"Review overdue: {submission.title}",
            body=(
                f"The {group.value} review of submission {submission.submission_id} "
                f"({submission.channel.value}, {submission.product}) is past its SLA. "
                "Please review it in Tasklist."
            ),
            case_ref=submission.submission_id,
        )
        key = f"{idempotency_key(submission, job, rounds)}:{group.value}"
        ids.append(await deps.notify(notice, key))
    metrics.SLA_BREACHES.labels(PROCESS_ID, "UserTask_Review").inc()
    log.warning("content.review_sla_breached", reviewers=[g.value for g in reviewers])
    return ReviewersReminded(reminder_notification_ids=ids)


@handles("content.record-published")
async def record_published(
    publication: Publication,
    rounds: Count = 0,
    violations_caught: Count = 0,
    lead_decision: LeadDecision | None = None,
) -> ApprovalRecorded:
    lead = lead_decision
    if lead is not None and lead.decision is not LeadVerdict.PUBLISH:
        raise InvalidCaseError("leadDecision.decision is 'reject' on the publish path")
    approval = Approval(
        status=ApprovalStatus.PUBLISHED,
        rounds=rounds,
        violations_caught=violations_caught,
        decided_by="content-lead" if lead else "reviewers",
        reasons=[lead.comments] if lead else ["every required reviewer approved"],
        publication=publication,
    )
    log.info("content.approval", status=approval.status, rounds=approval.rounds)
    return ApprovalRecorded(approval=approval)


@handles("content.record-rejection")
async def record_rejection(
    rounds: Count = 0,
    violations_caught: Count = 0,
    review_round: ReviewRound | None = None,
    lead_decision: LeadDecision | None = None,
) -> ApprovalRecorded:
    lead = lead_decision
    if lead is not None:
        if lead.decision is not LeadVerdict.REJECT:
            raise InvalidCaseError("leadDecision.decision is 'publish' on the rejection path")
        decided_by, reasons = "content-lead", [lead.comments]
    else:
        if review_round is None:
            raise InvalidCaseError("variable 'reviewRound' is missing; the process must provide it")
        if review_round.decision is not ReviewOutcome.REJECTED:
            raise InvalidCaseError(
                f"reviewRound.decision is '{review_round.decision.value}' on the rejection path"
            )
        decided_by, reasons = "reviewers", review_round.comments or ["rejected by a reviewer"]
    approval = Approval(
        status=ApprovalStatus.REJECTED,
        rounds=rounds,
        violations_caught=violations_caught,
        decided_by=decided_by,
        reasons=reasons,
    )
    log.info("content.approval", status=approval.status, rounds=approval.rounds)
    return ApprovalRecorded(approval=approval)


@handles("content.fact-check")
async def fact_check(
    job: Job,
    submission: Submission,
    ad_hoc_sub_process_elements: list[AdHocElement],
    deps: ContentDependencies,
    tool_results: list[ToolResult] | None = None,
    intake: ContentIntake | None = None,
) -> CompletedByHandler:
    """The planner's turn in "Check the facts": its facts are the declared claims, tokenised,
    and the intake's risk flags; the tools' answers it reads are screened as external text."""
    request = planner_request(
        case_id=submission.submission_id,
        process=PROCESS_ID,
        facts=fact_check_facts(submission, intake),
        elements=ad_hoc_sub_process_elements,
        tool_results=tool_results,
    )
    return await take_planner_turn(job, request, deps.plan_fact_check, deps.complete_with_result)


@handles("content.search-fact-sources")
async def search_fact_sources(submission: Submission, deps: ContentDependencies) -> ToolAnswered:
    """House style and fact sources for the declared claims, from the knowledge base."""
    citations = await deps.retrieve(fact_source_query(submission))
    return ToolAnswered(
        tool_result={
            "summary": sources_summary(citations),
            "sources": [c.model_dump(mode="json", by_alias=True) for c in citations],
        }
    )


@handles("content.find-earlier-publications")
async def find_earlier_publications(
    submission: Submission, deps: ContentDependencies
) -> ToolAnswered:
    """What the CMS already published on these topics, so a claim contradicting it shows."""
    related = related_publications(submission, await deps.publications())
    return ToolAnswered(
        tool_result={
            "summary": publications_summary(related),
            "publications": [p.model_dump(mode="json", by_alias=True) for p in related],
        }
    )


def build_router(deps: ContentDependencies) -> ZeebeTaskRouter:
    """Every content handler, bound to ``deps``."""
    return family_router(
        deps,
        read_intake,
        check_content,
        qa_review,
        tally_reviews,
        apply_revision,
        publish,
        remind_reviewers,
        record_published,
        record_rejection,
        draft_revision_notes,
        write_case_report,
        fact_check,
        search_fact_sources,
        find_earlier_publications,
    )
