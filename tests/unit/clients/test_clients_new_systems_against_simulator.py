"""KYC, core banking, CMS, CRM and ticketing clients against the simulator app in-process."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette

from clients import (
    AccountRequest,
    CmsClient,
    CoreBankingClient,
    CrmClient,
    HttpOptions,
    IdentityCheckRequest,
    IdentityCheckStatus,
    KycClient,
    PublicationRequest,
    SanctionsScreeningRequest,
    Segment,
    TicketCloseRequest,
    TicketingClient,
    TicketRequest,
    TicketStatus,
)
from contracts.common import Document
from contracts.errors import (
    CustomerNotFoundError,
    LegacySystemUnavailableError,
    TicketAlreadyClosedError,
    TicketExistsError,
    TicketNotFoundError,
)
from simulator.app import create_app
from simulator.data import DEFAULT_DATA_DIR

OPTIONS = HttpOptions("http://simulator", retries=0)
CLOSE = TicketCloseRequest(resolution="Refunded", resolved_by="disputes-team")


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Starlette]:
    yield create_app(DEFAULT_DATA_DIR, tmp_path / "state")


def transport(app: Starlette) -> httpx.ASGITransport:
    return httpx.ASGITransport(app=app)


async def test_identity_is_verified_and_sanctions_near_match_needs_the_birth_date(
    app: Starlette,
) -> None:
    request = IdentityCheckRequest(
        applicant_id="APP-7",
        name="Luca Rossi",
        date_of_birth=date(1979, 7, 2),
        country="IT",
        documents=[Document(kind="id", name="id.jpg", text="Name: Luca Rossi")],
    )
    async with KycClient(OPTIONS, transport=transport(app)) as client:
        check = await client.check_identity(request)
        near = await client.screen_sanctions(SanctionsScreeningRequest(name="Yusuf Haddad"))
        certain = await client.screen_sanctions(
            SanctionsScreeningRequest(name="Yusuf Haddad", date_of_birth=date(1977, 10, 10))
        )
    assert check.status is IdentityCheckStatus.VERIFIED
    assert not near.matched
    assert near.hits[0].list_name == "UN-SC"
    assert certain.matched


async def test_account_is_opened_once_and_listed(app: Starlette) -> None:
    request = AccountRequest(
        application_id="APP-7", customer_name="Luca Rossi", product="current", currency="EUR"
    )
    async with CoreBankingClient(OPTIONS, transport=transport(app)) as client:
        first = await client.open_account(request, "APP-7:open")
        again = await client.open_account(request, "APP-7:open")
        listed = await client.accounts_for_application("APP-7")
    assert first == again
    assert listed == [first]
    assert first.iban.startswith("DE")


async def test_publication_is_published_once_and_listed(app: Starlette) -> None:
    request = PublicationRequest(submission_id="SUB-7", channel="web", title="Hello", body="Hi")
    async with CmsClient(OPTIONS, transport=transport(app)) as client:
        first = await client.publish(request, "SUB-7:publish")
        again = await client.publish(request, "SUB-7:publish")
        listed = await client.publications_for_submission("SUB-7")
    assert first == again
    assert listed == [first]


async def test_customer_is_read_and_unknown_customer_is_a_business_error(app: Starlette) -> None:
    async with CrmClient(OPTIONS, transport=transport(app)) as client:
        customer = await client.get_customer("CUST-1005")
        with pytest.raises(CustomerNotFoundError):
            await client.get_customer("CUST-0")
    assert customer.segment is Segment.BUSINESS
    assert len(customer.history) == 2


async def test_ticket_lifecycle_through_the_client(app: Starlette) -> None:
    new = TicketRequest(
        ticket_id="TCK-7001", customer_id="CUST-1002", subject="S", body="B", channel="email"
    )
    async with TicketingClient(OPTIONS, transport=transport(app)) as client:
        created = await client.create_ticket(new, "TCK-7001:create")
        with pytest.raises(TicketExistsError):
            await client.create_ticket(new, "TCK-7001:create-again")
        closed = await client.close_ticket("TCK-7001", CLOSE, "TCK-7001:close")
        replayed = await client.close_ticket("TCK-7001", CLOSE, "TCK-7001:close")
        with pytest.raises(TicketAlreadyClosedError):
            await client.close_ticket("TCK-7001", CLOSE, "another-key")
        with pytest.raises(TicketNotFoundError):
            await client.get_ticket("TCK-0")
        read = await client.get_ticket("TCK-7001")
    assert created.status is TicketStatus.OPEN
    assert closed == replayed == read
    assert closed.status is TicketStatus.CLOSED
    assert closed.resolved_by == "disputes-team"


async def test_injected_crm_outage_is_retried_then_reported(tmp_path: Path) -> None:
    app = create_app(DEFAULT_DATA_DIR, tmp_path, faults=True)
    async with httpx.AsyncClient(transport=transport(app), base_url="http://simulator") as raw:
        await raw.post("/_faults", json={"system": "crm", "mode": "down", "count": 1})
    retrying = HttpOptions("http://simulator", retries=1, backoff_base_s=0.0)
    async with CrmClient(retrying, transport=transport(app)) as client:
        assert (await client.get_customer("CUST-1001")).name == "Anna Schmidt"
    async with httpx.AsyncClient(transport=transport(app), base_url="http://simulator") as raw:
        await raw.post("/_faults", json={"system": "crm", "mode": "down"})
    async with CrmClient(OPTIONS, transport=transport(app)) as client:
        with pytest.raises(LegacySystemUnavailableError, match="injected fault"):
            await client.get_customer("CUST-1001")
