"""The customer-onboarding contract: starts with ``application``, ends with ``onboarding``."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import Annotated, Any

from pydantic import AfterValidator, Field, StringConstraints, model_validator

from contracts.common import Contract, CurrencyCode, Document

_ISO_DURATION = re.compile(
    r"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$"
)


def _iso_duration(value: str) -> str:
    if not _ISO_DURATION.match(value):
        raise ValueError(f"expected an ISO 8601 duration such as P7D or PT5S, got {value!r}")
    return value


IsoDuration = Annotated[str, AfterValidator(_iso_duration)]
"""An ISO 8601 duration such as ``P7D`` or ``PT5S``: what a Zeebe timer accepts."""

CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]


class ApplicantKind(StrEnum):
    PERSON = "person"
    COMPANY = "company"


class Applicant(Contract):
    kind: ApplicantKind
    name: str = Field(min_length=1, max_length=200)
    date_of_birth: date | None = Field(default=None, alias="dateOfBirth")
    registration_number: str | None = Field(
        default=None, alias="registrationNumber", min_length=1, max_length=50
    )
    country: CountryCode = Field(description="ISO 3166-1 alpha-2")
    email: str = Field(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

    @model_validator(mode="after")
    def _identifiers_match_kind(self) -> Applicant:
        if self.kind is ApplicantKind.PERSON and self.date_of_birth is None:
            raise ValueError("a person needs dateOfBirth")
        if self.kind is ApplicantKind.COMPANY and self.registration_number is None:
            raise ValueError("a company needs registrationNumber")
        return self


class RelatedParty(Contract):
    """Someone tied to the application (a director, beneficial owner, joint holder): enhanced
    due diligence re-screens them too."""

    name: str = Field(min_length=1, max_length=200)
    role: str = Field(min_length=1, max_length=50, pattern=r"^[a-z][a-z-]*$")
    country: CountryCode | None = None


class Application(Contract):
    application_id: str = Field(
        alias="applicationId", min_length=1, max_length=100, pattern=r"^[A-Za-z0-9._-]+$"
    )
    applicant: Applicant
    requested_product: str = Field(
        alias="requestedProduct", min_length=1, max_length=100, pattern=r"^[a-z0-9-]+$"
    )
    currency: CurrencyCode = "EUR"
    documents: list[Document] = Field(default_factory=list)
    customer_id: str | None = Field(
        default=None,
        alias="customerId",
        min_length=1,
        max_length=100,
        description="the applicant's CRM id when they already bank with us",
    )
    related_parties: list[RelatedParty] = Field(
        default_factory=list, alias="relatedParties", max_length=20
    )


class DocumentsUpload(Contract):
    """Variables of the ``onboarding-documents-uploaded`` message."""

    uploaded_documents: list[Document] = Field(alias="uploadedDocuments", min_length=1)


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Intake(Contract):
    """What the intake step derived from the application and the onboarding policy."""

    country_risk: RiskLevel = Field(alias="countryRisk")
    required_documents: list[str] = Field(alias="requiredDocuments")


class DocumentsCheck(Contract):
    complete: bool
    missing: list[str]
    present: list[str]
    round: int = Field(ge=1, description="1 for the first check, +1 after every upload")


class IdentityStatus(StrEnum):
    VERIFIED = "verified"
    FAILED = "failed"
    INCONCLUSIVE = "inconclusive"


class IdentityCheck(Contract):
    check_id: str = Field(alias="checkId", min_length=1)
    status: IdentityStatus
    reasons: list[str]


class SanctionsHit(Contract):
    list_entry_id: str = Field(alias="listEntryId")
    listed_name: str = Field(alias="listedName")
    list_name: str = Field(alias="list")
    score: float = Field(ge=0, le=1)


class SanctionsScreening(Contract):
    """The sanctions system's raw answer."""

    screening_id: str = Field(alias="screeningId", min_length=1)
    matched: bool
    hits: list[SanctionsHit]


class Screening(Contract):
    """A screening without a hit: near-matches only (the DMN counts them into the risk)."""

    screening_id: str = Field(alias="screeningId")
    near_matches: int = Field(alias="nearMatches", ge=0)
    hits: list[SanctionsHit]


class SanctionsHitReport(Contract):
    """Variables of a SANCTIONS_HIT BPMN error, shown to the compliance officer."""

    screening_id: str = Field(alias="screeningId")
    reason: str
    hits: list[SanctionsHit]


class Risk(Contract):
    """Result of the ``onboarding-risk`` decision table."""

    risk_level: RiskLevel = Field(alias="riskLevel")
    score: float = Field(ge=0, le=100)
    reason: str = ""


class DueDiligenceResult(Contract):
    """One row of ``dueDiligenceResults``: the tool or analyst of the enhanced due diligence
    step, its one line for the officer and QA, and what it said. The text is external."""

    element_id: str = Field(alias="elementId", min_length=1)
    summary: str | None = None
    result: dict[str, Any] | None = None


class ComplianceDecision(StrEnum):
    APPROVED = "approved"
    REJECTED = "rejected"


class ComplianceReview(Contract):
    """A compliance officer's decision, as submitted through the review form."""

    decision: ComplianceDecision
    reason: str = Field(min_length=1)
    reviewer: str = Field(default="compliance-officer", min_length=1)


class Account(Contract):
    account_id: str = Field(alias="accountId")
    iban: str
    status: str


class OnboardingStatus(StrEnum):
    ACTIVATED = "activated"
    REJECTED = "rejected"
    ABANDONED = "abandoned"


class Onboarding(Contract):
    status: OnboardingStatus
    risk_level: RiskLevel | None = Field(
        alias="riskLevel", description="none when the applicant dropped off before scoring"
    )
    reasons: list[str] = Field(min_length=1)
    account_id: str | None = Field(default=None, alias="accountId")


class IntakeTriage(Contract):
    """What the intake agent made of the application; ``needsHumanReview`` sends the case to
    the compliance review whatever the risk table says."""

    segment: str
    product: str
    priority: str
    missing_documents: list[str] = Field(alias="missingDocuments")
    key_facts: list[str] = Field(alias="keyFacts")
    confidence: float = Field(ge=0, le=1)
    needs_human_review: bool = Field(alias="needsHumanReview")
    reasons: list[str]
    model: str


class Drafter(StrEnum):
    AGENT = "agent"
    TEMPLATE = "template"


class DocumentsRequestDraft(Contract):
    """Who wrote the missing-documents letter; the template when the agent's draft was held."""

    drafter: Drafter
    reasons: list[str]
    round: int = Field(ge=1)


class OnboardingReport(Contract):
    """The reporter's closing summary; the full text and retrospective are in the case file."""

    subject: str
    retro_summary: str = Field(alias="retroSummary")
    drafter: Drafter
    reasons: list[str]
    notification_id: str | None = Field(default=None, alias="notificationId")
