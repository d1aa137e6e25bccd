"""The backoffice-escalation contract: starts with ``ticket``, ends with ``resolution``."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any

from pydantic import Field, model_validator

from contracts.common import Contract

TICKET_ID_PATTERN = r"^[A-Za-z0-9._-]+$"


class Channel(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    CHAT = "chat"
    WEB = "web"
    LETTER = "letter"
    SOCIAL = "social"
    APP = "app"
    BRANCH = "branch"


class Message(Contract):
    """One earlier message of the ticket's thread."""

    date: date
    from_: str = Field(alias="from", min_length=1)
    text: str = Field(min_length=1, max_length=20_000)


class Ticket(Contract):
    ticket_id: str = Field(alias="ticketId", min_length=1, pattern=TICKET_ID_PATTERN)
    customer_id: str = Field(alias="customerId", min_length=1, pattern=TICKET_ID_PATTERN)
    channel: Channel
    subject: str = Field(min_length=1, max_length=500)
    body: str = Field(min_length=1, max_length=20_000)
    history: list[Message] = Field(default_factory=list)


class Category(StrEnum):
    """What a ticket is about; the DMN ``escalation-routing`` maps it to an expert group."""

    BILLING = "billing"
    CLAIMS = "claims"
    TECHNICAL = "technical"
    COMPLIANCE = "compliance"
    RETENTION = "retention"
    GENERAL = "general"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class Triage(Contract):
    """The intake agent's classification; ``needsHumanReview`` flags a held agent call, whose
    reasons the expert and team-lead forms show (the ticket still reaches a person either way)."""

    category: Category
    priority: Priority
    confidence: float = Field(ge=0, le=1)
    reasons: list[str] = Field(min_length=1)
    model: str = Field(description="which model or rule set produced this, for the record")
    summary: str | None = Field(default=None, description="PII-tokenised, as the agent wrote it")
    key_facts: list[str] = Field(default_factory=list, alias="keyFacts")
    needs_human_review: bool = Field(default=False, alias="needsHumanReview")
    hold_reasons: list[str] = Field(default_factory=list, alias="holdReasons")


class EvidenceSource(StrEnum):
    TICKET = "ticket"
    CRM = "crm"
    KNOWLEDGE = "knowledge"


class Evidence(Contract):
    """A cited passage; the summary refers to it as ``[<id>]``."""

    source: EvidenceSource
    id: str = Field(min_length=1)
    excerpt: str = Field(min_length=1)


class CaseContext(Contract):
    """What the expert group sees: a summary whose every sentence cites ``evidence``."""

    summary: str = Field(min_length=1)
    evidence: list[Evidence]
    customer_segment: str = Field(alias="customerSegment", min_length=1)
    customer_name: str | None = Field(default=None, alias="customerName")


class Routing(Contract):
    """Result of the DMN ``escalation-routing``."""

    expert_group: str = Field(alias="expertGroup", min_length=1)
    sla: str = Field(min_length=2, pattern=r"^P")
    task_priority: int = Field(alias="taskPriority", ge=0, le=100)


class ExpertOutcome(StrEnum):
    RESOLVED = "resolved"
    UNRESOLVED = "unresolved"
    REASSIGN = "reassign"


class ExpertReview(Contract):
    """The expert group's answer, as submitted through the ``escalation-resolve`` form."""

    outcome: ExpertOutcome
    resolution: str = Field(min_length=1)
    reassign_category: Category | None = Field(default=None, alias="reassignCategory")

    @model_validator(mode="after")
    def _reassign_names_a_category(self) -> ExpertReview:
        if self.outcome is ExpertOutcome.REASSIGN and self.reassign_category is None:
            raise ValueError("a reassignment needs reassignCategory, the category it belongs to")
        return self


class TeamLeadOutcome(StrEnum):
    RESOLVED = "resolved"
    ESCALATED = "escalated"


class TeamLeadReview(Contract):
    outcome: TeamLeadOutcome
    resolution: str = Field(min_length=1)


class Reassignment(Contract):
    """Whether the ticket goes round the routing again, and why not when it does not."""

    allowed: bool
    reason: str


class ClosedTicket(Contract):
    ticket_id: str = Field(alias="ticketId")
    status: str
    resolved_by: str = Field(alias="resolvedBy")


class ResolutionStatus(StrEnum):
    RESOLVED = "resolved"
    ESCALATED = "escalated"


class Resolution(Contract):
    status: ResolutionStatus
    first_contact_resolution: bool = Field(alias="firstContactResolution")
    resolved_by: str = Field(alias="resolvedBy", min_length=1)
    resolution: str = Field(min_length=1)
    reassign_count: int = Field(alias="reassignCount", ge=0)
    sla_breached: bool = Field(alias="slaBreached")


class CaseBrief(Contract):
    """The task agent's summary and escalation check for the expert and the team lead.

    ``summary`` is PII-tokenised; when the agent was held it is None and ``reasons`` say why.
    """

    summary: str | None = None
    escalate: bool
    escalation_reason: str | None = Field(default=None, alias="escalationReason")
    needs_human_review: bool = Field(alias="needsHumanReview")
    reasons: list[str] = Field(default_factory=list)
    model: str


class QaDiffRow(Contract):
    """One proposed field and which evidence states it (``supportedBy`` empty: none does)."""

    field: str
    proposed: str
    supported_by: str = Field(alias="supportedBy")


class QaReview(Contract):
    """The QA agent's check of the proposal (classification, routing, suggestion) before a
    person reviews it."""

    stage: str = Field(min_length=1, description="the user task it prepares")
    consistent: bool | None
    confidence: float | None = Field(default=None, ge=0, le=1)
    findings: list[str] = Field(default_factory=list)
    cited_sources: list[str] = Field(default_factory=list, alias="citedSources")
    diff: list[QaDiffRow]
    needs_human_review: bool = Field(alias="needsHumanReview")
    reasons: list[str] = Field(default_factory=list)
    model: str


class CaseReport(Contract):
    """The reporter's closing record: the customer notification (sent once) and the retro entry
    written to the case file. The body stays out of the variables (it names the customer)."""

    subject: str | None = None
    retro_summary: str | None = Field(default=None, alias="retroSummary")
    notification_id: str | None = Field(default=None, alias="notificationId")
    needs_human_review: bool = Field(alias="needsHumanReview")
    reasons: list[str] = Field(default_factory=list)
    model: str


class ResearchResult(Contract):
    """One answer the research step collected (``researchResults``): the tool or colleague that
    gave it and what it said. ``result.summary`` (tools) or ``result.answer`` (a colleague) is
    the line the expert, the brief and QA read; the text is external."""

    id: str | None = None
    element_id: str = Field(alias="elementId", min_length=1)
    result: dict[str, Any] | None = None
