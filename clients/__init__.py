"""Typed httpx clients for the legacy systems, one module per system, over one HTTP layer.

Each system's base URL is its own setting (``BATON_SYSTEMS__<SYSTEM>_URL``), by default the
simulator's (``BATON_SIMULATOR_URL``).
"""

from clients.cms import CmsClient
from clients.core_banking import CoreBankingClient
from clients.crm import CrmClient
from clients.http import HttpOptions, LegacyHttpClient, LegacySystemClient, WireModel
from clients.kyc import KycClient
from clients.notifications import NotificationsClient
from clients.payments import PaymentsClient
from clients.policy_admin import PolicyAdminClient
from clients.ticketing import TicketingClient

__all__ = [
    "CmsClient",
    "CoreBankingClient",
    "CrmClient",
    "HttpOptions",
    "KycClient",
    "LegacyHttpClient",
    "LegacySystemClient",
    "NotificationsClient",
    "PaymentsClient",
    "PolicyAdminClient",
    "TicketingClient",
    "WireModel",
]
