"""The simulator's schemas: the data folder's files and the request bodies it accepts.

The enumerations on the wire (policy status, channel, segment, ticket status) are the clients'
own, imported from ``clients/``, so the two sides cannot drift apart.

Strict on purpose (unknown fields are errors) so a typo in a user's data folder fails at
start-up instead of silently serving the wrong policy.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    model_validator,
)
from pydantic.alias_generators import to_camel

from clients import Channel, PolicyStatus, Segment, TicketStatus
from contracts.claims import LossType
from contracts.common import CurrencyCode, Money

WireAmount = Annotated[
    Decimal,
    Field(max_digits=14, decimal_places=2),
    PlainSerializer(float, return_type=float, when_used="json"),
]
"""A JSON number on the wire (as ``contracts.common.Money`` values are), exact in Python."""


class SimulatorModel(BaseModel):
    """camelCase on the wire and in the data files; unknown fields rejected."""

    model_config = ConfigDict(
        alias_generator=to_camel, populate_by_name=True, extra="forbid", frozen=True
    )


class Product(StrEnum):
    HOME = "home"
    MOTOR = "motor"


class Holder(SimulatorModel):
    name: str = Field(min_length=1)
    email: str = Field(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class Coverage(SimulatorModel):
    loss_type: LossType
    limit: WireAmount = Field(gt=0)
    deductible: WireAmount = Field(ge=0)

    @model_validator(mode="after")
    def _deductible_below_limit(self) -> Coverage:
        if self.deductible >= self.limit:
            raise ValueError("deductible must be below limit")
        return self


class Policy(SimulatorModel):
    policy_number: str = Field(min_length=1, pattern=r"^[A-Za-z0-9._-]+$")
    product: Product
    status: PolicyStatus
    holder: Holder
    valid_from: date
    valid_to: date
    currency: CurrencyCode
    coverages: list[Coverage]

    @model_validator(mode="after")
    def _consistent(self) -> Policy:
        if self.valid_to < self.valid_from:
            raise ValueError("validTo is before validFrom")
        loss_types = [c.loss_type for c in self.coverages]
        if len(set(loss_types)) != len(loss_types):
            raise ValueError("a loss type appears in more than one coverage")
        return self


class PoliciesFile(SimulatorModel):
    """``policies.json``: every policy the policy admin system knows."""

    policies: list[Policy]

    @model_validator(mode="after")
    def _unique_numbers(self) -> PoliciesFile:
        seen: set[str] = set()
        for policy in self.policies:
            if policy.policy_number in seen:
                raise ValueError(f"policyNumber {policy.policy_number!r} appears twice")
            seen.add(policy.policy_number)
        return self


class PriorClaim(SimulatorModel):
    claim_id: str = Field(min_length=1)
    loss_date: date
    loss_type: LossType
    amount: Money


class PolicyClaimHistory(SimulatorModel):
    policy_number: str = Field(min_length=1)
    claims: list[PriorClaim]


class ClaimsHistoryFile(SimulatorModel):
    """``claims-history.json``: claims paid or closed before, per policy (fraud signals)."""

    histories: list[PolicyClaimHistory]


class Payee(SimulatorModel):
    name: str = Field(min_length=1, max_length=200)
    iban: str | None = Field(default=None, pattern=r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$")


class PaymentRequest(SimulatorModel):
    claim_id: str = Field(min_length=1, max_length=100)
    policy_number: str = Field(min_length=1, max_length=100)
    payee: Payee
    amount: Money
    reference: str = Field(min_length=1, max_length=140)


class Payment(PaymentRequest):
    payment_id: str
    status: str = "executed"
    created_at: datetime


class NotificationRequest(SimulatorModel):
    recipient: str = Field(min_length=1, max_length=320)
    channel: Channel
    subject: str = Field(min_length=1, max_length=200)
    body: str = Field(min_length=1, max_length=20_000)
    case_ref: str = Field(min_length=1, max_length=100)


class Notification(NotificationRequest):
    notification_id: str
    status: str = "sent"
    created_at: datetime


CountryCode = Annotated[str, Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2")]
RecordId = Annotated[str, Field(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9._-]+$")]


def _unique(items: list[str], field: str) -> None:
    seen: set[str] = set()
    for item in items:
        if item in seen:
            raise ValueError(f"{field} {item!r} appears twice")
        seen.add(item)


class IdentityRecordStatus(StrEnum):
    CLEAR = "clear"
    FRAUD = "fraud"
    DECEASED = "deceased"


class IdentityRecord(SimulatorModel):
    """A person the identity registry knows; ``fraud`` and ``deceased`` fail every check."""

    identity_id: RecordId
    name: str = Field(min_length=1, max_length=200)
    date_of_birth: date
    national_id: str | None = Field(default=None, min_length=1, max_length=50)
    country: CountryCode
    status: IdentityRecordStatus


class IdentitiesFile(SimulatorModel):
    """``identities.json``: the identity registry KYC checks run against."""

    identities: list[IdentityRecord]

    @model_validator(mode="after")
    def _unique_ids(self) -> IdentitiesFile:
        _unique([i.identity_id for i in self.identities], "identityId")
        return self


class SanctionsEntry(SimulatorModel):
    list_entry_id: RecordId
    name: str = Field(min_length=1, max_length=200)
    aliases: list[str] = Field(default_factory=list)
    list_name: str = Field(alias="list", min_length=1, max_length=50)
    country: CountryCode | None = None
    date_of_birth: date | None = None
    program: str | None = None


class SanctionsFile(SimulatorModel):
    """``sanctions.json``: listed people and the fuzzy-matching thresholds."""

    hit_threshold: float = Field(default=0.85, gt=0, le=1)
    match_threshold: float = Field(default=0.92, gt=0, le=1)
    entries: list[SanctionsEntry]

    @model_validator(mode="after")
    def _consistent(self) -> SanctionsFile:
        if self.match_threshold < self.hit_threshold:
            raise ValueError("matchThreshold is below hitThreshold")
        _unique([e.list_entry_id for e in self.entries], "listEntryId")
        return self


class Interaction(SimulatorModel):
    date: date
    channel: str = Field(min_length=1, max_length=50)
    subject: str = Field(min_length=1, max_length=300)
    outcome: str = Field(min_length=1, max_length=300)


class Customer(SimulatorModel):
    customer_id: RecordId
    name: str = Field(min_length=1, max_length=200)
    segment: Segment
    email: str = Field(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    history: list[Interaction] = Field(default_factory=list)


class CustomersFile(SimulatorModel):
    """``customers.json``: the CRM's customers and their contact history."""

    customers: list[Customer]

    @model_validator(mode="after")
    def _unique_ids(self) -> CustomersFile:
        _unique([c.customer_id for c in self.customers], "customerId")
        return self


class TicketRequest(SimulatorModel):
    ticket_id: RecordId
    customer_id: RecordId
    subject: str = Field(min_length=1, max_length=300)
    body: str = Field(min_length=1, max_length=20_000)
    channel: str = Field(min_length=1, max_length=50)


class TicketCloseRequest(SimulatorModel):
    resolution: str = Field(min_length=1, max_length=5_000)
    resolved_by: str = Field(min_length=1, max_length=200)


class Ticket(TicketRequest):
    status: TicketStatus
    created_at: datetime
    resolution: str | None = None
    resolved_by: str | None = None
    closed_at: datetime | None = None

    @model_validator(mode="after")
    def _closed_has_resolution(self) -> Ticket:
        closing = (self.resolution, self.resolved_by, self.closed_at)
        if self.status is TicketStatus.CLOSED and None in closing:
            raise ValueError("a closed ticket needs resolution, resolvedBy and closedAt")
        if self.status is TicketStatus.OPEN and closing != (None, None, None):
            raise ValueError("an open ticket has no resolution, resolvedBy or closedAt")
        return self


MAX_TICKETS_LISTED = 100


class TicketQuery(SimulatorModel):
    """``GET /ticketing/tickets`` query: one customer's tickets, newest first, at most ``limit``."""

    customer_id: RecordId
    limit: int = Field(default=20, ge=1, le=MAX_TICKETS_LISTED)


class TicketsFile(SimulatorModel):
    """``tickets.json``: back-office tickets that exist before any process starts."""

    tickets: list[Ticket]

    @model_validator(mode="after")
    def _unique_ids(self) -> TicketsFile:
        _unique([t.ticket_id for t in self.tickets], "ticketId")
        return self


class IdentityDocument(SimulatorModel):
    kind: str = Field(min_length=1, max_length=50, description="id and passport prove identity")
    name: str = Field(min_length=1, max_length=200)
    text: str = Field(default="", max_length=100_000)


class IdentityCheckRequest(SimulatorModel):
    applicant_id: str = Field(min_length=1, max_length=100)
    name: str = Field(min_length=1, max_length=200)
    date_of_birth: date | None = None
    national_id: str | None = Field(default=None, min_length=1, max_length=50)
    country: CountryCode
    documents: list[IdentityDocument] = Field(default_factory=list)


class SanctionsScreeningRequest(SimulatorModel):
    name: str = Field(min_length=1, max_length=200)
    country: CountryCode | None = None
    date_of_birth: date | None = None


class AccountRequest(SimulatorModel):
    application_id: str = Field(min_length=1, max_length=100)
    customer_name: str = Field(min_length=1, max_length=200)
    product: RecordId
    currency: CurrencyCode


class Account(AccountRequest):
    account_id: str
    iban: str
    status: str = "active"
    opened_at: datetime


class PublicationRequest(SimulatorModel):
    submission_id: str = Field(min_length=1, max_length=100)
    channel: RecordId
    title: str = Field(min_length=1, max_length=300)
    body: str = Field(min_length=1, max_length=100_000)


class Publication(PublicationRequest):
    publication_id: str
    url: str
    published_at: datetime


class FaultMode(StrEnum):
    DOWN = "down"
    SLOW = "slow"
    OK = "ok"


class System(StrEnum):
    POLICY_ADMIN = "policy-admin"
    PAYMENTS = "payments"
    NOTIFICATIONS = "notifications"
    KYC = "kyc"
    CORE_BANKING = "core-banking"
    CMS = "cms"
    CRM = "crm"
    TICKETING = "ticketing"


class FaultRequest(SimulatorModel):
    """``POST /_faults``: make one system answer 503 (``down``) or late (``slow``)."""

    system: System
    mode: FaultMode
    delay_s: float = Field(default=2.0, ge=0, le=60)
    count: int | None = Field(
        default=None, ge=1, description="requests affected before the system recovers"
    )
