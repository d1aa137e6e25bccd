"""Job handlers of ``content-approval`` (bpmn/content-approval.bpmn).

AI checks, tallying the parallel reviews, applying the author's revision, publishing to the CMS,
reminding overdue reviewers and recording the outcome. Side effects are keyed by submission id +
BPMN element (+ revision round inside the revise loop), so a job delivered twice acts once.
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import structlog
from pyzeebe import Job, ZeebeTaskRouter

from config.content_policy import ContentPolicy
from contracts.content import (
    Approval,
    ApprovalStatus,
    ContentChecks,
    Escalation,
    LeadDecision,
    LeadVerdict,
    Publication,
    Review,
    Reviewer,
    ReviewOutcome,
    ReviewRound,
    Revision,
    Submission,
)
from contracts.errors import InvalidCaseError, RevisionLimitError
from workers import metrics
from workers.idempotency import side_effect_key
from workers.notices import Notice
from workers.routers import handles
from workers.variables import parse_variable, to_variables

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
    """What the content handlers call; the fleet wires real clients, tests wire fakes."""

    check: Callable[[Submission], Awaitable[ContentChecks]]
    publish: Callable[[PublicationOrder, str], Awaitable[Publication]]
    notify: Callable[[Notice, str], Awaitable[str]]
    policy: ContentPolicy


def idempotency_key(submission: Submission, job: Job, rounds: int | None = None) -> str:
    suffix = () if rounds is None else (f"r{rounds}",)
    return side_effect_key(PROCESS_ID, submission.submission_id, job, *suffix)


def parse_count(value: Any, name: str) -> int:
    """A non-negative whole number variable; absent means 0 (first round)."""
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidCaseError(f"variable '{name}' must be a whole number, got {value!r}")
    if value < 0 or (isinstance(value, float) and not value.is_integer()):
        raise InvalidCaseError(f"variable '{name}' must be a whole number >= 0, got {value!r}")
    return int(value)


def parse_reviews(reviews: Any) -> list[Review]:
    if reviews is None:
        raise InvalidCaseError("variable 'reviews' is missing; the process must provide it")
    if not isinstance(reviews, list) or not reviews:
        raise InvalidCaseError(
            f"variable 'reviews' must be a non-empty list of reviews, got {reviews!r}"
        )
    return [parse_variable(Review, item, f"reviews[{i}]") for i, item in enumerate(reviews)]


def tally(reviews: list[Review]) -> ReviewOutcome:
    """Any reject rejects; otherwise any request for changes sends the copy back."""
    outcomes = {review.outcome for review in reviews}
    for outcome in (ReviewOutcome.REJECTED, ReviewOutcome.CHANGES_REQUESTED):
        if outcome in outcomes:
            return outcome
    return ReviewOutcome.APPROVED


def reviewer_comments(reviews: list[Review]) -> list[str]:
    return [f"{r.reviewer.value}: {r.comments.strip()}" for r in reviews if r.comments.strip()]


def build_router(deps: ContentDependencies) -> ZeebeTaskRouter:
    router = ZeebeTaskRouter()
    policy = deps.policy

    @handles(
        router,
        "content.check-content",
        variables=["submission", "rounds", "violationsCaught", "reviewSla"],
    )
    async def check_content(
        submission: Any,
        rounds: Any = None,
        violationsCaught: Any = None,  # noqa: N803
        reviewSla: Any = None,  # noqa: N803
    ) -> dict[str, Any]:
        case = parse_variable(Submission, submission, "submission")
        done = parse_count(rounds, "rounds")
        caught_before = parse_count(violationsCaught, "violationsCaught")
        checks = await deps.check(case)
        sla = reviewSla if isinstance(reviewSla, str) and reviewSla else policy.review_sla
        log.info(
            "content.checked",
            findings=len(checks.findings),
            violations=checks.violations_caught,
            rounds=done,
        )
        return {
            **to_variables(checks=checks),
            "rounds": done,
            "violationsCaught": caught_before + checks.violations_caught,
            "reviewSla": sla,
        }

    @handles(router, "content.tally-reviews", variables=["reviews", "rounds", "checks"])
    async def tally_reviews(reviews: Any, rounds: Any = None, checks: Any = None) -> dict[str, Any]:
        reviewed = parse_reviews(reviews)
        done = parse_count(rounds, "rounds")
        decision = tally(reviewed)
        comments = reviewer_comments(reviewed)
        if decision is ReviewOutcome.CHANGES_REQUESTED and done >= policy.revision_limit:
            reason = (
                f"reviewers still ask for changes after {done} revision round(s); "
                f"the limit is {policy.revision_limit}, so the content lead decides"
            )
            escalation = Escalation(
                code=RevisionLimitError.code, reason=reason, rounds=done, comments=comments
            )
            log.warning("content.revision_limit", rounds=done)
            raise RevisionLimitError(reason, variables=to_variables(escalation=escalation))
        round_ = ReviewRound(
            decision=decision, comments=comments, rounds=done, revision_limit=policy.revision_limit
        )
        log.info("content.reviewed", decision=decision, reviewers=len(reviewed))
        result = to_variables(reviewRound=round_)
        if decision is ReviewOutcome.CHANGES_REQUESTED:
            checked = parse_variable(ContentChecks, checks, "checks")
            result["revisedBody"] = checked.suggested_body
        return result

    @handles(router, "content.apply-revision", variables=["submission", "revision", "rounds"])
    async def apply_revision(submission: Any, revision: Any, rounds: Any = None) -> dict[str, Any]:
        case = parse_variable(Submission, submission, "submission")
        revised = parse_variable(Revision, revision, "revision")
        done = parse_count(rounds, "rounds") + 1
        log.info("content.revised", rounds=done)
        return {
            **to_variables(submission=case.model_copy(update={"body": revised.body})),
            "rounds": done,
        }

    @handles(router, "content.publish", variables=["submission"])
    async def publish(job: Job, submission: Any) -> dict[str, Any]:
        case = parse_variable(Submission, submission, "submission")
        order = PublicationOrder(
            submission_id=case.submission_id,
            channel=case.channel.value,
            title=case.title,
            body=case.body,
        )
        publication = await deps.publish(order, idempotency_key(case, job))
        log.info("content.published", publication_id=publication.publication_id)
        return to_variables(publication=publication)

    @handles(
        router,
        "content.remind-reviewers",
        variables=["submission", "reviewers", "rounds"],
    )
    async def remind_reviewers(
        job: Job, submission: Any, reviewers: Any, rounds: Any = None
    ) -> dict[str, Any]:
        case = parse_variable(Submission, submission, "submission")
        done = parse_count(rounds, "rounds")
        if not isinstance(reviewers, list) or not reviewers:
            raise InvalidCaseError(
                f"variable 'reviewers' must be a non-empty list of reviewers, got {reviewers!r}"
            )
        try:
            groups = sorted({Reviewer(r) for r in reviewers})
        except ValueError:
            raise InvalidCaseError(
                f"variable 'reviewers' holds an unknown reviewer: {reviewers!r}; "
                f"known: {', '.join(r.value for r in Reviewer)}"
            ) from None
        ids = []
        for group in groups:
            notice = Notice(
                recipient=f"group:content-{group.value}",
                subject=f"Review overdue: {case.title}",
                body=(
                    f"The {group.value} review of submission {case.submission_id} "
                    f"({case.channel.value}, {case.product}) is past its SLA. "
                    "Please review it in Tasklist."
                ),
                case_ref=case.submission_id,
            )
            key = f"{idempotency_key(case, job, done)}:{group.value}"
            ids.append(await deps.notify(notice, key))
        metrics.SLA_BREACHES.labels(PROCESS_ID, "UserTask_Review").inc()
        log.warning("content.review_sla_breached", reviewers=[g.value for g in groups])
        return {"reminderNotificationIds": ids}

    @handles(
        router,
        "content.record-published",
        variables=["publication", "rounds", "violationsCaught", "leadDecision"],
    )
    async def record_published(
        publication: Any,
        rounds: Any = None,
        violationsCaught: Any = None,  # noqa: N803
        leadDecision: Any = None,  # noqa: N803
    ) -> dict[str, Any]:
        published = parse_variable(Publication, publication, "publication")
        lead = _lead(leadDecision)
        if lead is not None and lead.decision is not LeadVerdict.PUBLISH:
            raise InvalidCaseError("leadDecision.decision is 'reject' on the publish path")
        approval = Approval(
            status=ApprovalStatus.PUBLISHED,
            rounds=parse_count(rounds, "rounds"),
            violations_caught=parse_count(violationsCaught, "violationsCaught"),
            decided_by="content-lead" if lead else "reviewers",
            reasons=[lead.comments] if lead else ["every required reviewer approved"],
            publication=published,
        )
        log.info("content.approval", status=approval.status, rounds=approval.rounds)
        return to_variables(approval=approval)

    @handles(
        router,
        "content.record-rejection",
        variables=["rounds", "violationsCaught", "reviewRound", "leadDecision"],
    )
    async def record_rejection(
        rounds: Any = None,
        violationsCaught: Any = None,  # noqa: N803
        reviewRound: Any = None,  # noqa: N803
        leadDecision: Any = None,  # noqa: N803
    ) -> dict[str, Any]:
        lead = _lead(leadDecision)
        if lead is not None:
            if lead.decision is not LeadVerdict.REJECT:
                raise InvalidCaseError("leadDecision.decision is 'publish' on the rejection path")
            decided_by, reasons = "content-lead", [lead.comments]
        else:
            round_ = parse_variable(ReviewRound, reviewRound, "reviewRound")
            if round_.decision is not ReviewOutcome.REJECTED:
                raise InvalidCaseError(
                    f"reviewRound.decision is '{round_.decision.value}' on the rejection path"
                )
            decided_by, reasons = "reviewers", round_.comments or ["rejected by a reviewer"]
        approval = Approval(
            status=ApprovalStatus.REJECTED,
            rounds=parse_count(rounds, "rounds"),
            violations_caught=parse_count(violationsCaught, "violationsCaught"),
            decided_by=decided_by,
            reasons=reasons,
        )
        log.info("content.approval", status=approval.status, rounds=approval.rounds)
        return to_variables(approval=approval)

    return router


def _lead(value: Any) -> LeadDecision | None:
    return None if value is None else parse_variable(LeadDecision, value, "leadDecision")
