"""KYC, core banking and CMS clients against mocked HTTP: wire shapes, retries, errors."""

from __future__ import annotations

from datetime import date
from typing import Any

import httpx
import pytest
import respx
from pydantic import ValidationError

from clients import (
    AccountRequest,
    CmsClient,
    CoreBankingClient,
    HttpOptions,
    IdentityCheckRequest,
    IdentityCheckStatus,
    KycClient,
    PublicationRequest,
    SanctionsScreeningRequest,
)
from contracts.common import Document
from contracts.errors import LegacySystemRejectedError, LegacySystemUnavailableError

BASE = "http://legacy.test"
OPTIONS = HttpOptions(BASE, timeout_s=2.0, retries=2, backoff_base_s=0.0)

ACCOUNT: dict[str, Any] = {
    "accountId": "ACC-1",
    "iban": "DE44500105175407324931",
    "status": "active",
    "applicationId": "APP-1",
    "openedAt": "2026-01-01T10:00:00Z",
}
PUBLICATION: dict[str, Any] = {
    "publicationId": "PUB-1",
    "url": "https://cms.example.org/web/pub-1",
    "submissionId": "SUB-1",
    "publishedAt": "2026-01-01T10:00:00Z",
}


@respx.mock
async def test_identity_check_sends_camel_case_and_reads_the_verdict() -> None:
    route = respx.post(f"{BASE}/kyc/identity-checks").mock(
        return_value=httpx.Response(
            200, json={"checkId": "IDC-1", "status": "verified", "reasons": ["ok"]}
        )
    )
    request = IdentityCheckRequest(
        applicant_id="APP-1",
        name="Anna Schmidt",
        date_of_birth=date(1985, 3, 14),
        country="DE",
        documents=[Document(kind="passport", name="passport.pdf", text="ANNA SCHMIDT")],
    )
    async with KycClient(OPTIONS) as client:
        check = await client.check_identity(request)
    assert check.status is IdentityCheckStatus.VERIFIED
    sent = route.calls.last.request.read()
    assert b'"applicantId":"APP-1"' in sent
    assert b'"dateOfBirth":"1985-03-14"' in sent
    assert b"nationalId" not in sent


@respx.mock
async def test_sanctions_hits_keep_the_list_name() -> None:
    respx.post(f"{BASE}/kyc/sanctions-screenings").mock(
        return_value=httpx.Response(
            200,
            json={
                "screeningId": "SCR-1",
                "matched": True,
                "hits": [
                    {"listEntryId": "E1", "listedName": "Ivan Petrov", "list": "EU", "score": 0.97}
                ],
            },
        )
    )
    async with KycClient(OPTIONS) as client:
        screening = await client.screen_sanctions(SanctionsScreeningRequest(name="Iwan Petrow"))
    assert screening.matched
    assert screening.hits[0].list_name == "EU"
    assert screening.hits[0].score == pytest.approx(0.97)


@respx.mock
async def test_kyc_outage_is_retried_then_reported_unavailable() -> None:
    route = respx.post(f"{BASE}/kyc/sanctions-screenings").mock(return_value=httpx.Response(503))
    async with KycClient(OPTIONS) as client:
        with pytest.raises(LegacySystemUnavailableError, match=r"kyc at http://legacy\.test"):
            await client.screen_sanctions(SanctionsScreeningRequest(name="Anna"))
    assert route.call_count == 3


def test_malformed_kyc_requests_are_refused_before_sending() -> None:
    with pytest.raises(ValidationError, match="country"):
        IdentityCheckRequest.model_validate({"applicantId": "A", "name": "N", "country": "DEU"})
    with pytest.raises(ValidationError, match="name"):
        SanctionsScreeningRequest.model_validate({"name": ""})


@respx.mock
async def test_account_is_opened_with_the_idempotency_key_after_a_retry() -> None:
    route = respx.post(f"{BASE}/core-banking/accounts").mock(
        side_effect=[httpx.Response(502), httpx.Response(201, json=ACCOUNT)]
    )
    request = AccountRequest(
        application_id="APP-1", customer_name="Anna Schmidt", product="current", currency="EUR"
    )
    async with CoreBankingClient(OPTIONS) as client:
        account = await client.open_account(request, "APP-1:open")
    assert account.account_id == "ACC-1"
    assert [c.request.headers["Idempotency-Key"] for c in route.calls] == ["APP-1:open"] * 2


@respx.mock
async def test_accounts_are_listed_per_application() -> None:
    route = respx.get(f"{BASE}/core-banking/accounts").mock(
        return_value=httpx.Response(200, json=[ACCOUNT])
    )
    async with CoreBankingClient(OPTIONS) as client:
        accounts = await client.accounts_for_application("APP-1")
    assert [a.iban for a in accounts] == ["DE44500105175407324931"]
    assert route.calls.last.request.url.params["applicationId"] == "APP-1"


async def test_invalid_idempotency_key_is_refused_before_sending() -> None:
    request = AccountRequest(
        application_id="APP-1", customer_name="Anna", product="current", currency="EUR"
    )
    async with CoreBankingClient(OPTIONS) as client:
        with pytest.raises(ValueError, match="idempotency key"):
            await client.open_account(request, "")


@respx.mock
async def test_cms_rejection_is_not_retried() -> None:
    route = respx.post(f"{BASE}/cms/publications").mock(
        return_value=httpx.Response(
            422, json={"error": "invalid-request", "message": "title: Field required"}
        )
    )
    request = PublicationRequest(submission_id="SUB-1", channel="web", title="T", body="B")
    async with CmsClient(OPTIONS) as client:
        with pytest.raises(LegacySystemRejectedError, match="title: Field required"):
            await client.publish(request, "SUB-1:publish")
    assert route.call_count == 1


@respx.mock
async def test_publications_are_listed_per_submission() -> None:
    respx.get(f"{BASE}/cms/publications").mock(return_value=httpx.Response(200, json=[PUBLICATION]))
    async with CmsClient(OPTIONS) as client:
        publications = await client.publications_for_submission("SUB-1")
    assert [p.publication_id for p in publications] == ["PUB-1"]


@respx.mock
async def test_unexpected_publication_body_is_a_technical_fault() -> None:
    respx.post(f"{BASE}/cms/publications").mock(
        return_value=httpx.Response(201, json={"publicationId": "PUB-1"})
    )
    request = PublicationRequest(submission_id="SUB-1", channel="web", title="T", body="B")
    async with CmsClient(OPTIONS) as client:
        with pytest.raises(LegacySystemUnavailableError, match="does not understand"):
            await client.publish(request, "SUB-1:publish")
