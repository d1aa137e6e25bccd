"""The content-approval contract: starts with ``submission``, ends with ``approval``."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import Field, model_validator

from contracts.common import Contract


class Channel(StrEnum):
    WEB = "web"
    EMAIL = "email"
    SOCIAL = "social"
    PRINT = "print"


class Author(Contract):
    name: str = Field(min_length=1)
    email: str = Field(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class Asset(Contract):
    kind: str = Field(min_length=1, description="e.g. image-caption, banner, leaflet")
    name: str = Field(min_length=1)
    text: str = Field(default="", description="the asset's text, checked like the body")


class ClaimMade(Contract):
    """A factual or comparative statement the author declares, with its substantiation."""

    text: str = Field(min_length=1)
    evidence: str | None = Field(default=None, description="source that substantiates it")


class Submission(Contract):
    submission_id: str = Field(alias="submissionId", min_length=1, pattern=r"^[A-Za-z0-9._-]+$")
    author: Author
    channel: Channel
    audience: str = Field(min_length=1)
    product: str = Field(min_length=1)
    title: str = Field(min_length=1, max_length=300)
    body: str = Field(min_length=1, max_length=50_000)
    claims_made: list[ClaimMade] = Field(default_factory=list, alias="claimsMade")
    assets: list[Asset] = Field(default_factory=list)


class Severity(StrEnum):
    """``major`` and ``critical`` findings are compliance violations; the others are style."""

    INFO = "info"
    MINOR = "minor"
    MAJOR = "major"
    CRITICAL = "critical"

    @property
    def is_violation(self) -> bool:
        return self in (Severity.MAJOR, Severity.CRITICAL)


class FindingCategory(StrEnum):
    BRAND_VOICE = "brand-voice"
    FORBIDDEN_CLAIM = "forbidden-claim"
    UNSUBSTANTIATED_CLAIM = "unsubstantiated-claim"
    DISCLAIMER = "disclaimer"
    PII = "pii"


class Span(Contract):
    """Characters ``start:end`` of the finding's location (an empty span marks an insertion)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError("span end is before its start")
        return self


class Finding(Contract):
    rule_id: str = Field(alias="ruleId", min_length=1)
    category: FindingCategory
    severity: Severity
    location: str = Field(min_length=1, description="body, title or asset:<name>")
    span: Span
    message: str = Field(min_length=1)
    suggestion: str | None = Field(
        default=None, description="replacement for the span; null when a person must rewrite"
    )


class ContentChecks(Contract):
    """What the AI checks found in one round, with the body after the suggested edits."""

    findings: list[Finding]
    suggested_body: str = Field(alias="suggestedBody")
    diff: str = Field(description="unified diff of the body against suggestedBody")
    violations_caught: int = Field(alias="violationsCaught", ge=0)
    model: str = Field(description="which rule set produced this, for the record")


class Reviewer(StrEnum):
    EDITOR = "editor"
    LEGAL = "legal"
    BRAND = "brand"


class ReviewOutcome(StrEnum):
    APPROVED = "approved"
    CHANGES_REQUESTED = "changes-requested"
    REJECTED = "rejected"


class Review(Contract):
    """One reviewer's verdict from the parallel review (one multi-instance element)."""

    reviewer: Reviewer
    outcome: ReviewOutcome
    comments: str = ""

    @model_validator(mode="after")
    def _reasons_for_changes(self) -> Review:
        if self.outcome is not ReviewOutcome.APPROVED and not self.comments.strip():
            raise ValueError(f"a reviewer who chose {self.outcome.value} must say why")
        return self


class ReviewRound(Contract):
    """The reviewers' combined verdict for one round."""

    decision: ReviewOutcome
    comments: list[str]
    rounds: int = Field(ge=0, description="revisions made before this review")
    revision_limit: int = Field(alias="revisionLimit", ge=0)


class Escalation(Contract):
    """Variables of the REVISION_LIMIT BPMN error, shown to the content lead."""

    code: str
    reason: str
    rounds: int = Field(ge=0)
    comments: list[str]


class Revision(Contract):
    """The author's new body, as submitted through the revise form."""

    body: str = Field(min_length=1, max_length=50_000)
    note: str = ""


class LeadVerdict(StrEnum):
    PUBLISH = "publish"
    REJECT = "reject"


class LeadDecision(Contract):
    decision: LeadVerdict
    comments: str = Field(min_length=1)


class Publication(Contract):
    publication_id: str = Field(alias="publicationId", min_length=1)
    url: str = Field(min_length=1)
    published_at: datetime = Field(alias="publishedAt")


class ApprovalStatus(StrEnum):
    PUBLISHED = "published"
    REJECTED = "rejected"


class Approval(Contract):
    status: ApprovalStatus
    rounds: int = Field(ge=0, description="revision rounds the author went through")
    violations_caught: int = Field(
        alias="violationsCaught", ge=0, description="AI-found violations, summed over rounds"
    )
    decided_by: str = Field(alias="decidedBy", min_length=1)
    reasons: list[str]
    publication: Publication | None = None

    @model_validator(mode="after")
    def _published_has_publication(self) -> Approval:
        if (self.status is ApprovalStatus.PUBLISHED) != (self.publication is not None):
            raise ValueError("a publication is recorded exactly when the status is published")
        return self


class IntakePriority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"


class ContentIntake(Contract):
    """The intake agent's reading of a submission; held ones say why, for the reviewers."""

    content_type: str = Field(alias="contentType", min_length=1)
    channel: Channel
    audience: str = Field(min_length=1)
    risk_flags: list[str] = Field(alias="riskFlags")
    priority: IntakePriority
    summary: str
    confidence: float = Field(ge=0, le=1)
    needs_human_review: bool = Field(alias="needsHumanReview")
    reasons: list[str]
    model: str = Field(min_length=1)


class QADiffRow(Contract):
    """One proposed field next to the evidence that states it (empty: nothing does)."""

    field: str = Field(min_length=1)
    proposed: str
    supported_by: str = Field(alias="supportedBy", description="evidence sources, comma-joined")


class QAEvidence(Contract):
    source: str = Field(min_length=1)
    excerpt: str


class ContentQA(Contract):
    """The QA agent's check of the AI proposal against the case facts, shown to people."""

    needs_human_review: bool = Field(alias="needsHumanReview")
    reasons: list[str]
    findings: list[str]
    confidence: float | None = Field(default=None, ge=0, le=1)
    diff: list[QADiffRow]
    evidence: list[QAEvidence]
    model: str = Field(min_length=1)


class RevisionNotes(Contract):
    """What the author is asked to change; the reviewers' own words when the agent was held."""

    notes: str = Field(min_length=1)
    comments: list[str]
    drafted_by_agent: bool = Field(alias="draftedByAgent")
    held_reasons: list[str] = Field(alias="heldReasons")
    model: str = Field(min_length=1)


class CaseReport(Contract):
    """The closing report: what the author was told and the retrospective in the case file."""

    subject: str = Field(min_length=1)
    summary: str = Field(min_length=1)
    retro_summary: str = Field(alias="retroSummary")
    notification_id: str = Field(alias="notificationId", min_length=1)
    written_by_agent: bool = Field(alias="writtenByAgent")
    held_reasons: list[str] = Field(alias="heldReasons")
    model: str = Field(min_length=1)


class FactCheckResult(Contract):
    """One answer the fact-checking step collected (``factCheckResults``): the tool or the
    fact-checker that gave it and what it said. ``result.summary`` (tools) or ``result.answer``
    (the fact-checker) is the line QA and the reviewers read; the text is external."""

    id: str | None = None
    element_id: str = Field(alias="elementId", min_length=1)
    result: dict[str, Any] | None = None


class EarlierPublication(Contract):
    """A publication already in the CMS, as the fact-checking step shows it."""

    publication_id: str = Field(alias="publicationId", min_length=1)
    submission_id: str = Field(alias="submissionId", min_length=1)
    channel: str | None = None
    title: str | None = None
    url: str = Field(min_length=1)
    published_at: datetime = Field(alias="publishedAt")
