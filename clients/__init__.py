"""Typed httpx clients for the legacy systems, one module per system, over one HTTP layer.

Each system's base URL is its own setting (``BATON_SYSTEMS__<SYSTEM>_URL``), by default the
simulator's (``BATON_SIMULATOR_URL``).
"""

from clients.cms import CmsClient, PublicationRequest
from clients.core_banking import AccountRequest, CoreBankingClient
from clients.crm import CrmClient, Customer, Segment
from clients.http import (
    HttpOptions,
    LegacyHttpClient,
    LegacySystemClient,
    WireModel,
    validate_idempotency_key,
)
from clients.kyc import (
    IdentityCheckRequest,
    IdentityCheckStatus,
    KycClient,
    SanctionsScreeningRequest,
)
from clients.notifications import Channel, NotificationRequest, NotificationsClient
from clients.payments import Payee, PaymentRequest, PaymentsClient
from clients.policy_admin import Policy, PolicyAdminClient, PolicyStatus
from clients.ticketing import TicketCloseRequest, TicketingClient, TicketRequest, TicketStatus

__all__ = [
    "AccountRequest",
    "Channel",
    "CmsClient",
    "CoreBankingClient",
    "CrmClient",
    "Customer",
    "HttpOptions",
    "IdentityCheckRequest",
    "IdentityCheckStatus",
    "KycClient",
    "LegacyHttpClient",
    "LegacySystemClient",
    "NotificationRequest",
    "NotificationsClient",
    "Payee",
    "PaymentRequest",
    "PaymentsClient",
    "Policy",
    "PolicyAdminClient",
    "PolicyStatus",
    "PublicationRequest",
    "SanctionsScreeningRequest",
    "Segment",
    "TicketCloseRequest",
    "TicketRequest",
    "TicketStatus",
    "TicketingClient",
    "WireModel",
    "validate_idempotency_key",
]
