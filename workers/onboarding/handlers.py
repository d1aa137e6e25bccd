"""Job handlers of ``customer-onboarding`` (bpmn/customer-onboarding.bpmn).

Each handler takes its variables as contracts, calls one rule set or legacy system, and
returns the variables it sets. Side effects are keyed by application id + BPMN element (+ the
documents round for the repeated request) so a job delivered twice opens one account and sends
one letter.
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

import structlog
from pydantic import BeforeValidator, Field
from pyzeebe import Job, ZeebeTaskRouter

from agents import AdHocElement, Evidence, QAReport
from config import OnboardingPolicy
from contracts.common import Citation, Document
from contracts.errors import InvalidCaseError
from contracts.onboarding import (
    Account,
    Application,
    ComplianceReview,
    DocumentsCheck,
    DocumentsRequestDraft,
    DocumentsUpload,
    Drafter,
    DueDiligenceResult,
    IdentityCheck,
    Intake,
    IntakeTriage,
    IsoDuration,
    Onboarding,
    OnboardingReport,
    OnboardingStatus,
    Risk,
    SanctionsHitReport,
    SanctionsScreening,
    Screening,
)
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
from workers.idempotency import side_effect_key
from workers.notices import Notice
from workers.onboarding.agent_roles import Drafted, OnboardingAgents
from workers.onboarding.rules import (
    KnownCustomer,
    ScreenedParty,
    assess_screening,
    check_documents,
    citations_summary,
    decide_outcome,
    documents_request_letter,
    due_diligence_answers,
    due_diligence_facts,
    guidance_query,
    merge_documents,
    party_labels,
    relationship_summary,
    rescreen_summary,
    take_in,
    welcome_letter,
)
from workers.routers import CompletedByHandler, Variables, family_router, handles

log = structlog.get_logger("baton.onboarding")

PROCESS_ID = "customer-onboarding"
COMPLIANCE_GROUP = "compliance-officers"


@dataclass(frozen=True)
class IdentityQuery:
    applicant_id: str
    name: str
    country: str
    date_of_birth: date | None
    documents: list[Document]


@dataclass(frozen=True)
class SanctionsQuery:
    """Country and birth date narrow the match; due diligence re-screens without them."""

    name: str
    country: str | None
    date_of_birth: date | None


@dataclass(frozen=True)
class AccountOrder:
    application_id: str
    customer_name: str
    product: str
    currency: str


@dataclass(frozen=True)
class OnboardingDependencies:
    """What the onboarding handlers call; the fleet wires real clients, tests wire fakes.

    ``known_customer`` answers ``None`` for an id the CRM does not know; ``accounts_opened``
    counts the core-banking accounts already opened for an application id.
    """

    check_identity: Callable[[IdentityQuery], Awaitable[IdentityCheck]]
    screen_sanctions: Callable[[SanctionsQuery], Awaitable[SanctionsScreening]]
    open_account: Callable[[AccountOrder, str], Awaitable[Account]]
    notify: Callable[[Notice, str], Awaitable[str]]
    policy: OnboardingPolicy
    agents: OnboardingAgents
    known_customer: Callable[[str], Awaitable[KnownCustomer | None]]
    accounts_opened: Callable[[str], Awaitable[int]]
    retrieve: Callable[[str], Awaitable[list[Citation]]]
    plan_due_diligence: PlanStep
    complete_with_result: CompleteWithResult


def idempotency_key(application: Application, job: Job, *suffix: str) -> str:
    return side_effect_key(PROCESS_ID, application.application_id, job, *suffix)


def _blank_is_absent(value: Any) -> Any:
    return None if value == "" else value


DurationOverride = Annotated[IsoDuration | None, BeforeValidator(_blank_is_absent)]
"""A start-variable override of a timer duration; absent or empty means the policy default."""

UploadedDocuments = Annotated[list[Document], Field(min_length=1)]


class Accepted(Variables):
    intake: Intake
    documents_deadline: str
    compliance_review_sla: str


class DocumentsChecked(Variables):
    documents_check: DocumentsCheck


class Triaged(Variables):
    intake_triage: IntakeTriage


class DocumentsRequested(Variables):
    documents_request_id: str
    documents_request_draft: DocumentsRequestDraft


class QAReviewed(Variables):
    qa_report: QAReport


class Reported(Variables):
    onboarding_report: OnboardingReport


class DocumentsMerged(Variables):
    application: Application


class IdentityVerified(Variables):
    identity: IdentityCheck


class SanctionsScreened(Variables):
    screening: Screening


class ReviewEscalated(Variables):
    escalation_notification_id: str


class AccountActivated(Variables):
    account: Account


class Welcomed(Variables):
    welcome_notification_id: str


class OutcomeRecorded(Variables):
    onboarding: Onboarding


@handles("onboarding.accept-application")
async def accept_application(
    application: Application,
    deps: OnboardingDependencies,
    documents_deadline: DurationOverride = None,
    compliance_review_sla: DurationOverride = None,
) -> Accepted:
    intake = take_in(application, deps.policy)
    log.info("onboarding.accepted", country_risk=intake.country_risk)
    return Accepted(
        intake=intake,
        documents_deadline=documents_deadline or deps.policy.documents_deadline,
        compliance_review_sla=compliance_review_sla or deps.policy.compliance_review_sla,
    )


@handles("onboarding.intake")
async def triage_application(
    application: Application, intake: Intake, deps: OnboardingDependencies
) -> Triaged:
    """The intake agent's reading of the application; held → compliance review later."""
    triage = await deps.agents.triage(application, intake)
    log.info(
        "onboarding.triaged",
        segment=triage.segment,
        priority=triage.priority,
        needs_human_review=triage.needs_human_review,
    )
    return Triaged(intake_triage=triage)


@handles("onboarding.check-documents")
async def check_completeness(
    application: Application,
    intake: Intake,
    documents_check: DocumentsCheck | None = None,
) -> DocumentsChecked:
    check = check_documents(application, intake, documents_check)
    log.info("onboarding.documents_checked", complete=check.complete, round=check.round)
    return DocumentsChecked(documents_check=check)


@handles("onboarding.request-documents")
async def request_documents(
    job: Job,
    application: Application,
    documents_check: DocumentsCheck,
    deps: OnboardingDependencies,
) -> DocumentsRequested:
    if documents_check.complete:
        raise InvalidCaseError(
            "documentsCheck.complete is true: nothing to request; check the model's gateway"
        )
    template = Drafted(
        subject=f"Documents missing for your application {application.application_id}",
        body=documents_request_letter(application, documents_check),
        held=[],
    )
    letter = await deps.agents.draft_documents_request(
        application, documents_check.missing, template
    )
    notice = Notice(
        recipient=application.applicant.email,
        subject=letter.subject,
        body=letter.body,
        case_ref=application.application_id,
    )
    key = idempotency_key(application, job, f"round-{documents_check.round}")
    notification_id = await deps.notify(notice, key)
    log.info(
        "onboarding.documents_requested",
        missing=documents_check.missing,
        round=documents_check.round,
        drafted_by_agent=not letter.held,
    )
    return DocumentsRequested(
        documents_request_id=notification_id,
        documents_request_draft=DocumentsRequestDraft(
            drafter=Drafter.TEMPLATE if letter.held else Drafter.AGENT,
            reasons=letter.held,
            round=documents_check.round,
        ),
    )


@handles("onboarding.merge-documents")
async def merge_uploaded(
    application: Application, uploaded_documents: UploadedDocuments
) -> DocumentsMerged:
    upload = DocumentsUpload(uploaded_documents=uploaded_documents)
    merged = merge_documents(application, upload)
    log.info("onboarding.documents_merged", uploaded=len(upload.uploaded_documents))
    return DocumentsMerged(application=merged)


@handles("onboarding.verify-identity")
async def verify_identity(
    application: Application, deps: OnboardingDependencies
) -> IdentityVerified:
    applicant = application.applicant
    identity = await deps.check_identity(
        IdentityQuery(
            applicant_id=application.application_id,
            name=applicant.name,
            country=applicant.country,
            date_of_birth=applicant.date_of_birth,
            documents=list(application.documents),
        )
    )
    log.info("onboarding.identity_checked", status=identity.status)
    return IdentityVerified(identity=identity)


@handles("onboarding.screen-sanctions")
async def screen_sanctions(
    application: Application, deps: OnboardingDependencies
) -> SanctionsScreened:
    applicant = application.applicant
    raw = await deps.screen_sanctions(
        SanctionsQuery(
            name=applicant.name,
            country=applicant.country,
            date_of_birth=applicant.date_of_birth,
        )
    )
    screening = assess_screening(raw, deps.policy)
    log.info("onboarding.screened", near_matches=screening.near_matches)
    return SanctionsScreened(screening=screening)


@handles("onboarding.qa-review")
async def qa_review(
    application: Application,
    intake: Intake,
    deps: OnboardingDependencies,
    intake_triage: IntakeTriage | None = None,
    documents_check: DocumentsCheck | None = None,
    identity: IdentityCheck | None = None,
    screening: Screening | None = None,
    sanctions_hit: SanctionsHitReport | None = None,
    risk: Risk | None = None,
    due_diligence_results: list[DueDiligenceResult] | None = None,
) -> QAReviewed:
    """The QA agent checks the automated assessment against its evidence for the officer;
    enhanced due diligence answers join it as external evidence."""
    proposal, evidence = assessment_under_review(
        application,
        intake,
        intake_triage,
        documents_check,
        identity,
        screening,
        sanctions_hit,
        risk,
    )
    evidence += due_diligence_evidence(due_diligence_results or [])
    report = await deps.agents.review(application, proposal, evidence)
    log.info("onboarding.qa_reviewed", needs_human_review=report.needs_human_review)
    return QAReviewed(qa_report=report)


def assessment_under_review(
    application: Application,
    intake: Intake,
    triage: IntakeTriage | None,
    documents: DocumentsCheck | None,
    identity: IdentityCheck | None,
    screening: Screening | None,
    sanctions_hit: SanctionsHitReport | None,
    risk: Risk | None,
) -> tuple[dict[str, str | int | float | bool | None], list[Evidence]]:
    """The proposal (what the automation concluded) and the evidence it rests on."""
    proposal: dict[str, str | int | float | bool | None] = {
        "riskLevel": risk.risk_level.value if risk else None,
        "riskScore": risk.score if risk else None,
        "identityStatus": identity.status.value if identity else None,
        "sanctionsNearMatches": screening.near_matches if screening else None,
        "sanctionsHit": sanctions_hit is not None,
        "countryRisk": intake.country_risk.value,
        "segment": triage.segment if triage else None,
        "priority": triage.priority if triage else None,
    }
    evidence = [
        Evidence(
            source="policy",
            text=(
                f"country {application.applicant.country} has {intake.country_risk.value} risk; "
                f"required documents: {', '.join(intake.required_documents)}"
            ),
        )
    ]
    if documents is not None:
        evidence.append(
            Evidence(
                source="documents-check",
                text=f"present: {', '.join(documents.present) or 'none'}; "
                f"missing: {', '.join(documents.missing) or 'none'}",
            )
        )
    if identity is not None:
        evidence.append(
            Evidence(
                source=f"kyc:{identity.check_id}",
                text=f"identity {identity.status.value}: {'; '.join(identity.reasons)}",
            )
        )
    if screening is not None:
        evidence.append(
            Evidence(
                source=f"sanctions:{screening.screening_id}",
                text=f"{screening.near_matches} near-matches, no hit",
            )
        )
    if sanctions_hit is not None:
        evidence.append(
            Evidence(source=f"sanctions:{sanctions_hit.screening_id}", text=sanctions_hit.reason)
        )
    if risk is not None:
        evidence.append(Evidence(source="risk-table", text=f"score {risk.score:g}: {risk.reason}"))
    if triage is not None:
        evidence.append(
            Evidence(
                source="intake-agent",
                text=f"{triage.segment} applicant, priority {triage.priority}; "
                + "; ".join(triage.key_facts + triage.reasons),
            )
        )
    return proposal, evidence


def due_diligence_evidence(results: list[DueDiligenceResult]) -> list[Evidence]:
    """The due diligence answers as QA evidence: external text, so the injection classifier
    screens it."""
    return [
        Evidence(source=f"due-diligence:{element}", text=text, external=True)
        for element, text in due_diligence_answers(results)
    ]


@handles("onboarding.escalate-review")
async def escalate_review(
    job: Job, application: Application, deps: OnboardingDependencies
) -> ReviewEscalated:
    notice = Notice(
        recipient=f"team-lead:{COMPLIANCE_GROUP}",
        subject=f"Compliance review SLA breached for application {application.application_id}",
        body=(
            f"The compliance review of {application.applicant.name}'s application "
            f"{application.application_id} ({application.requested_product}) is overdue. "
            "Please reassign or decide it in Tasklist."
        ),
        case_ref=application.application_id,
    )
    notification_id = await deps.notify(notice, idempotency_key(application, job))
    metrics.SLA_BREACHES.labels(PROCESS_ID, "UserTask_ComplianceReview").inc()
    log.warning("onboarding.review_sla_breached")
    return ReviewEscalated(escalation_notification_id=notification_id)


@handles("onboarding.activate-account")
async def activate_account(
    job: Job, application: Application, deps: OnboardingDependencies
) -> AccountActivated:
    order = AccountOrder(
        application_id=application.application_id,
        customer_name=application.applicant.name,
        product=application.requested_product,
        currency=application.currency,
    )
    account = await deps.open_account(order, idempotency_key(application, job))
    log.info("onboarding.account_opened", account_id=account.account_id)
    return AccountActivated(account=account)


@handles("onboarding.send-welcome")
async def send_welcome(
    job: Job, application: Application, account: Account, deps: OnboardingDependencies
) -> Welcomed:
    notice = Notice(
        recipient=application.applicant.email,
        subject=f"Welcome: your {application.requested_product} is open",
        body=welcome_letter(application, account),
        case_ref=application.application_id,
    )
    notification_id = await deps.notify(notice, idempotency_key(application, job))
    return Welcomed(welcome_notification_id=notification_id)


@handles("onboarding.record-outcome")
async def record_outcome(
    documents_check: DocumentsCheck | None = None,
    risk: Risk | None = None,
    sanctions_hit: SanctionsHitReport | None = None,
    compliance_review: ComplianceReview | None = None,
    account: Account | None = None,
) -> OutcomeRecorded:
    onboarding = decide_outcome(
        documents=documents_check,
        risk=risk,
        sanctions_hit=sanctions_hit,
        review=compliance_review,
        account=account,
    )
    log.info(
        "onboarding.finished",
        status=onboarding.status,
        risk_level=onboarding.risk_level,
        manual_review=compliance_review is not None,
    )
    return OutcomeRecorded(onboarding=onboarding)


CUSTOMER_REASONS = {
    OnboardingStatus.REJECTED: "the application did not pass our compliance review",
}


@handles("onboarding.report")
async def report_outcome(
    job: Job,
    application: Application,
    onboarding: Onboarding,
    deps: OnboardingDependencies,
    intake_triage: IntakeTriage | None = None,
    documents_check: DocumentsCheck | None = None,
    identity: IdentityCheck | None = None,
    compliance_review: ComplianceReview | None = None,
) -> Reported:
    """Case summary and retrospective into the case file; the customer hears of a rejection
    or an abandonment here (an activation is announced by the welcome)."""
    outcome = onboarding.status.value
    timeline = case_steps(intake_triage, documents_check, identity, compliance_review, onboarding)
    case_report = await deps.agents.write_case_report(
        application, outcome, onboarding.reasons, timeline
    )
    notification_id = None
    held = case_report.held
    if onboarding.status is not OnboardingStatus.ACTIVATED:
        reasons = [CUSTOMER_REASONS.get(onboarding.status, onboarding.reasons[-1])]
        template = Drafted(
            subject=f"Your application {application.application_id}: {outcome}",
            body=outcome_letter(application, outcome, reasons[0]),
            held=[],
        )
        letter = await deps.agents.write_customer_letter(application, outcome, reasons, template)
        notice = Notice(
            recipient=application.applicant.email,
            subject=letter.subject,
            body=letter.body,
            case_ref=application.application_id,
        )
        notification_id = await deps.notify(notice, idempotency_key(application, job))
        held = held + letter.held
    log.info("onboarding.reported", outcome=outcome, notified=notification_id is not None)
    return Reported(
        onboarding_report=OnboardingReport(
            subject=case_report.subject,
            retro_summary=case_report.retro_summary,
            drafter=Drafter.TEMPLATE if held else Drafter.AGENT,
            reasons=held,
            notification_id=notification_id,
        )
    )


def case_steps(
    triage: IntakeTriage | None,
    documents: DocumentsCheck | None,
    identity: IdentityCheck | None,
    review: ComplianceReview | None,
    onboarding: Onboarding,
) -> list[str]:
    """The case's path as short sentences, for the reporter's retrospective."""
    steps = []
    if triage is not None:
        held = " (held for a person)" if triage.needs_human_review else ""
        steps.append(f"Intake: {triage.segment}, priority {triage.priority}{held}.")
    if documents is not None:
        steps.append(f"Documents check round {documents.round}, complete: {documents.complete}.")
    if identity is not None:
        steps.append(f"Identity check {identity.status.value}.")
    if review is not None:
        steps.append(f"Compliance review {review.decision.value} by {review.reviewer}.")
    steps.append(f"Outcome {onboarding.status.value}.")
    return steps


def outcome_letter(application: Application, outcome: str, reason: str) -> str:
    return "\n".join(
        [
            f"Dear {application.applicant.name},",
            "",
            f"your application {application.application_id} for a "
            f"{application.requested_product} was {outcome}: {reason}.",
        ]
    )


@handles("onboarding.due-diligence")
async def due_diligence(
    job: Job,
    application: Application,
    intake: Intake,
    risk: Risk,
    ad_hoc_sub_process_elements: list[AdHocElement],
    deps: OnboardingDependencies,
    identity: IdentityCheck | None = None,
    screening: Screening | None = None,
    tool_results: list[ToolResult] | None = None,
) -> CompletedByHandler:
    """The planner's turn in "Enhanced due diligence" for a high-risk applicant; its facts are
    kinds, levels and counts, never the applicant's name."""
    request = planner_request(
        case_id=application.application_id,
        process=PROCESS_ID,
        facts=due_diligence_facts(application, intake, risk, identity, screening),
        elements=ad_hoc_sub_process_elements,
        tool_results=tool_results,
    )
    return await take_planner_turn(job, request, deps.plan_due_diligence, deps.complete_with_result)


@handles("onboarding.look-up-relationship")
async def look_up_relationship(
    application: Application, deps: OnboardingDependencies
) -> ToolAnswered:
    """Whether the applicant already banks with us: the CRM customer the application names and
    the core-banking accounts already opened for it."""
    customer = (
        await deps.known_customer(application.customer_id) if application.customer_id else None
    )
    accounts = await deps.accounts_opened(application.application_id)
    return ToolAnswered(
        tool_result={
            "summary": relationship_summary(customer, accounts),
            "customerId": customer.customer_id if customer else None,
            "segment": customer.segment if customer else None,
            "accountsOpened": accounts,
        }
    )


@handles("onboarding.rescreen-parties")
async def rescreen_parties(application: Application, deps: OnboardingDependencies) -> ToolAnswered:
    """The applicant and every related party screened again without the country and birth-date
    filter; listed names that are the parties' own are tokenised."""
    people = [application.applicant.name] + [p.name for p in application.related_parties]
    parties = [
        ScreenedParty(
            label=label,
            name=name,
            screening=await deps.screen_sanctions(
                SanctionsQuery(name=name, country=None, date_of_birth=None)
            ),
        )
        for label, name in zip(party_labels(application), people, strict=True)
    ]
    return ToolAnswered(
        tool_result={
            "summary": rescreen_summary(parties),
            "parties": [
                {
                    "party": party.label,
                    "screeningId": party.screening.screening_id,
                    "matched": party.screening.matched,
                    "hits": [
                        {
                            "listEntryId": hit.list_entry_id,
                            "listedName": tokenise_pii(hit.listed_name, known_names=people),
                            "list": hit.list_name,
                            "score": hit.score,
                        }
                        for hit in party.screening.hits
                    ],
                }
                for party in parties
            ],
        }
    )


@handles("onboarding.search-edd-guidance")
async def search_edd_guidance(
    application: Application, risk: Risk, deps: OnboardingDependencies
) -> ToolAnswered:
    """The enhanced due diligence guidance for the risk reasons, with citations."""
    citations = await deps.retrieve(guidance_query(application, risk))
    return ToolAnswered(
        tool_result={
            "summary": citations_summary(len(citations)),
            "guidance": [c.model_dump(mode="json", by_alias=True) for c in citations],
        }
    )


def build_router(deps: OnboardingDependencies) -> ZeebeTaskRouter:
    """Every onboarding handler, bound to ``deps``."""
    return family_router(
        deps,
        accept_application,
        triage_application,
        check_completeness,
        request_documents,
        merge_uploaded,
        verify_identity,
        screen_sanctions,
        qa_review,
        escalate_review,
        activate_account,
        send_welcome,
        record_outcome,
        report_outcome,
        due_diligence,
        look_up_relationship,
        rescreen_parties,
        search_edd_guidance,
    )
