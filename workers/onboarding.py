"""Job handlers of ``customer-onboarding`` (bpmn/customer-onboarding.bpmn).

Each handler parses its variables into contracts, calls one rule set or legacy system, and
returns the variables it sets. Side effects are keyed by application id + BPMN element (+ the
documents round for the repeated request) so a job delivered twice opens one account and sends
one letter.
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import structlog
from pydantic import TypeAdapter, ValidationError
from pyzeebe import Job, ZeebeTaskRouter

from agents.onboarding_rules import (
    assess_screening,
    check_documents,
    decide_outcome,
    documents_request_letter,
    merge_documents,
    take_in,
    welcome_letter,
)
from config.onboarding_policy import OnboardingPolicy
from contracts.common import Document
from contracts.errors import InvalidCaseError
from contracts.onboarding import (
    Account,
    Application,
    ComplianceReview,
    DocumentsCheck,
    DocumentsUpload,
    IdentityCheck,
    Intake,
    IsoDuration,
    Risk,
    SanctionsHitReport,
    SanctionsScreening,
)
from workers import metrics
from workers.idempotency import side_effect_key
from workers.notices import Notice
from workers.routers import handles
from workers.variables import parse_variable, to_variables

log = structlog.get_logger("baton.onboarding")

PROCESS_ID = "customer-onboarding"
COMPLIANCE_GROUP = "compliance-officers"
_DURATION: TypeAdapter[str] = TypeAdapter(IsoDuration)


@dataclass(frozen=True)
class IdentityQuery:
    applicant_id: str
    name: str
    country: str
    date_of_birth: date | None
    documents: list[Document]


@dataclass(frozen=True)
class SanctionsQuery:
    name: str
    country: str
    date_of_birth: date | None


@dataclass(frozen=True)
class AccountOrder:
    application_id: str
    customer_name: str
    product: str
    currency: str


@dataclass(frozen=True)
class OnboardingDependencies:
    """What the onboarding handlers call; the fleet wires real clients, tests wire fakes."""

    check_identity: Callable[[IdentityQuery], Awaitable[IdentityCheck]]
    screen_sanctions: Callable[[SanctionsQuery], Awaitable[SanctionsScreening]]
    open_account: Callable[[AccountOrder, str], Awaitable[Account]]
    notify: Callable[[Notice, str], Awaitable[str]]
    policy: OnboardingPolicy


def idempotency_key(application: Application, job: Job, *suffix: str) -> str:
    return side_effect_key(PROCESS_ID, application.application_id, job, *suffix)


def duration_or_default(value: Any, name: str, default: str) -> str:
    """A start-variable override of a timer duration, or the policy default when absent."""
    if value is None or value == "":
        return default
    try:
        return _DURATION.validate_python(value)
    except ValidationError:
        raise InvalidCaseError(
            f"variable '{name}' is invalid — expected an ISO 8601 duration such as P7D or "
            f"PT5S, got {value!r}"
        ) from None


def build_router(deps: OnboardingDependencies) -> ZeebeTaskRouter:
    router = ZeebeTaskRouter()

    @handles(
        router,
        "onboarding.accept-application",
        variables=["application", "documentsDeadline", "complianceReviewSla"],
    )
    async def accept_application(
        application: Any,
        documentsDeadline: Any = None,  # noqa: N803
        complianceReviewSla: Any = None,  # noqa: N803
    ) -> dict[str, Any]:
        case = parse_variable(Application, application, "application")
        intake = take_in(case, deps.policy)
        log.info("onboarding.accepted", country_risk=intake.country_risk)
        return {
            **to_variables(intake=intake),
            "documentsDeadline": duration_or_default(
                documentsDeadline, "documentsDeadline", deps.policy.documents_deadline
            ),
            "complianceReviewSla": duration_or_default(
                complianceReviewSla, "complianceReviewSla", deps.policy.compliance_review_sla
            ),
        }

    @handles(
        router,
        "onboarding.check-documents",
        variables=["application", "intake", "documentsCheck"],
    )
    async def check_completeness(
        application: Any,
        intake: Any,
        documentsCheck: Any = None,  # noqa: N803
    ) -> dict[str, Any]:
        case = parse_variable(Application, application, "application")
        taken = parse_variable(Intake, intake, "intake")
        previous = (
            parse_variable(DocumentsCheck, documentsCheck, "documentsCheck")
            if documentsCheck is not None
            else None
        )
        check = check_documents(case, taken, previous)
        log.info("onboarding.documents_checked", complete=check.complete, round=check.round)
        return to_variables(documentsCheck=check)

    @handles(
        router,
        "onboarding.request-documents",
        variables=["application", "documentsCheck"],
    )
    async def request_documents(job: Job, application: Any, documentsCheck: Any) -> dict[str, Any]:  # noqa: N803
        case = parse_variable(Application, application, "application")
        check = parse_variable(DocumentsCheck, documentsCheck, "documentsCheck")
        if check.complete:
            raise InvalidCaseError(
                "documentsCheck.complete is true: nothing to request; check the model's gateway"
            )
        notice = Notice(
            recipient=case.applicant.email,
            subject=f"Documents missing for your application {case.application_id}",
            body=documents_request_letter(case, check),
            case_ref=case.application_id,
        )
        key = idempotency_key(case, job, f"round-{check.round}")
        notification_id = await deps.notify(notice, key)
        log.info("onboarding.documents_requested", missing=check.missing, round=check.round)
        return {"documentsRequestId": notification_id}

    @handles(
        router,
        "onboarding.merge-documents",
        variables=["application", "uploadedDocuments"],
    )
    async def merge_uploaded(application: Any, uploadedDocuments: Any) -> dict[str, Any]:  # noqa: N803
        case = parse_variable(Application, application, "application")
        upload = parse_variable(
            DocumentsUpload, {"uploadedDocuments": uploadedDocuments}, "message"
        )
        merged = merge_documents(case, upload)
        log.info("onboarding.documents_merged", uploaded=len(upload.uploaded_documents))
        return to_variables(application=merged)

    @handles(router, "onboarding.verify-identity", variables=["application"])
    async def verify_identity(application: Any) -> dict[str, Any]:
        case = parse_variable(Application, application, "application")
        applicant = case.applicant
        identity = await deps.check_identity(
            IdentityQuery(
                applicant_id=case.application_id,
                name=applicant.name,
                country=applicant.country,
                date_of_birth=applicant.date_of_birth,
                documents=list(case.documents),
            )
        )
        log.info("onboarding.identity_checked", status=identity.status)
        return to_variables(identity=identity)

    @handles(router, "onboarding.screen-sanctions", variables=["application"])
    async def screen_sanctions(application: Any) -> dict[str, Any]:
        case = parse_variable(Application, application, "application")
        applicant = case.applicant
        raw = await deps.screen_sanctions(
            SanctionsQuery(
                name=applicant.name,
                country=applicant.country,
                date_of_birth=applicant.date_of_birth,
            )
        )
        screening = assess_screening(raw, deps.policy)
        log.info("onboarding.screened", near_matches=screening.near_matches)
        return to_variables(screening=screening)

    @handles(router, "onboarding.escalate-review", variables=["application"])
    async def escalate_review(job: Job, application: Any) -> dict[str, Any]:
        case = parse_variable(Application, application, "application")
        notice = Notice(
            recipient=f"team-lead:{COMPLIANCE_GROUP}",
            subject=f"Compliance review SLA breached for application {case.application_id}",
            body=(
                f"The compliance review of {case.applicant.name}'s application "
                f"{case.application_id} ({case.requested_product}) is overdue. "
                "Please reassign or decide it in Tasklist."
            ),
            case_ref=case.application_id,
        )
        notification_id = await deps.notify(notice, idempotency_key(case, job))
        metrics.SLA_BREACHES.labels(PROCESS_ID, "UserTask_ComplianceReview").inc()
        log.warning("onboarding.review_sla_breached")
        return {"escalationNotificationId": notification_id}

    @handles(router, "onboarding.activate-account", variables=["application"])
    async def activate_account(job: Job, application: Any) -> dict[str, Any]:
        case = parse_variable(Application, application, "application")
        order = AccountOrder(
            application_id=case.application_id,
            customer_name=case.applicant.name,
            product=case.requested_product,
            currency=case.currency,
        )
        account = await deps.open_account(order, idempotency_key(case, job))
        log.info("onboarding.account_opened", account_id=account.account_id)
        return to_variables(account=account)

    @handles(router, "onboarding.send-welcome", variables=["application", "account"])
    async def send_welcome(job: Job, application: Any, account: Any) -> dict[str, Any]:
        case = parse_variable(Application, application, "application")
        opened = parse_variable(Account, account, "account")
        notice = Notice(
            recipient=case.applicant.email,
            subject=f"Welcome: your {case.requested_product} is open",
            body=welcome_letter(case, opened),
            case_ref=case.application_id,
        )
        notification_id = await deps.notify(notice, idempotency_key(case, job))
        return {"welcomeNotificationId": notification_id}

    @handles(
        router,
        "onboarding.record-outcome",
        variables=["documentsCheck", "risk", "sanctionsHit", "complianceReview", "account"],
    )
    async def record_outcome(
        documentsCheck: Any = None,  # noqa: N803
        risk: Any = None,
        sanctionsHit: Any = None,  # noqa: N803
        complianceReview: Any = None,  # noqa: N803
        account: Any = None,
    ) -> dict[str, Any]:
        def optional(model: Any, value: Any, name: str) -> Any:
            return None if value is None else parse_variable(model, value, name)

        onboarding = decide_outcome(
            documents=optional(DocumentsCheck, documentsCheck, "documentsCheck"),
            risk=optional(Risk, risk, "risk"),
            sanctions_hit=optional(SanctionsHitReport, sanctionsHit, "sanctionsHit"),
            review=optional(ComplianceReview, complianceReview, "complianceReview"),
            account=optional(Account, account, "account"),
        )
        log.info(
            "onboarding.finished",
            status=onboarding.status,
            risk_level=onboarding.risk_level,
            manual_review=complianceReview is not None,
        )
        return to_variables(onboarding=onboarding)

    return router
