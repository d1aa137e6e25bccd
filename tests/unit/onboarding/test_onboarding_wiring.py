"""The real wiring against the in-process simulator app (no sockets)."""

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pyzeebe import ZeebeTaskRouter

from clients import CoreBankingClient, CrmClient, HttpOptions, KycClient, NotificationsClient
from config import Settings, onboarding_policy
from contracts.common import Citation
from contracts.errors import SanctionsHitError
from simulator.app import create_app
from simulator.data import DEFAULT_DATA_DIR
from tests.unit.handler_helpers import handler, offline_runtime
from tests.unit.onboarding.cases import person_application
from tests.unit.onboarding.test_onboarding_handlers import job
from workers.agentic_step import EngineJobs
from workers.onboarding.handlers import build_router
from workers.onboarding.wiring import onboarding_dependencies, onboarding_router

OPTIONS = HttpOptions("http://simulator", retries=0)


async def no_guidance(query: str) -> list[Citation]:
    return []


def anna(**overrides: Any) -> dict[str, Any]:
    return person_application(
        applicant={
            "kind": "person",
            "name": "Anna Schmidt",
            "dateOfBirth": "1985-03-14",
            "country": "DE",
            "email": "anna@example.com",
        },
        documents=[
            {"kind": "id", "name": "id.pdf", "text": "Name: Anna Schmidt\nBorn 1985-03-14"},
            {"kind": "proof-of-address", "name": "bill.pdf"},
        ],
        **overrides,
    )


@pytest.fixture
async def wired(tmp_path: Path) -> AsyncIterator[tuple[ZeebeTaskRouter, CoreBankingClient]]:
    transport = httpx.ASGITransport(app=create_app(DEFAULT_DATA_DIR, tmp_path / "state"))
    async with (
        KycClient(OPTIONS, transport=transport) as kyc,
        CoreBankingClient(OPTIONS, transport=transport) as core_banking,
        CrmClient(OPTIONS, transport=transport) as crm,
        NotificationsClient(OPTIONS, transport=transport) as notifications,
        httpx.AsyncClient(base_url="http://engine") as engine_rest,
    ):
        deps = onboarding_dependencies(
            kyc,
            core_banking,
            crm,
            notifications,
            no_guidance,
            EngineJobs(engine_rest),
            onboarding_policy(),
            offline_runtime(),
        )
        yield build_router(deps), core_banking


async def test_registered_person_is_verified(
    wired: tuple[ZeebeTaskRouter, CoreBankingClient],
) -> None:
    router, _ = wired
    result = await handler(router, "onboarding.verify-identity")(application=anna())
    assert result["identity"]["status"] == "verified"
    assert result["identity"]["checkId"]


async def test_listed_name_is_a_sanctions_hit(
    wired: tuple[ZeebeTaskRouter, CoreBankingClient],
) -> None:
    router, _ = wired
    listed = anna()
    listed["applicant"] = {
        **listed["applicant"],
        "name": "Wiktor Kowalenko",
        "dateOfBirth": "1961-05-12",
        "country": "RU",
    }
    with pytest.raises(SanctionsHitError) as raised:
        await handler(router, "onboarding.screen-sanctions")(application=listed)
    assert raised.value.variables["sanctionsHit"]["hits"][0]["listEntryId"] == "EU-0001"


async def test_clear_name_screens_without_near_matches(
    wired: tuple[ZeebeTaskRouter, CoreBankingClient],
) -> None:
    router, _ = wired
    result = await handler(router, "onboarding.screen-sanctions")(application=anna())
    assert result["screening"]["nearMatches"] == 0


async def test_activation_redelivered_opens_one_account(
    wired: tuple[ZeebeTaskRouter, CoreBankingClient],
) -> None:
    router, core_banking = wired
    activate = handler(router, "onboarding.activate-account")
    first = await activate(job("Task_ActivateAccount"), anna())
    again = await activate(job("Task_ActivateAccount"), anna())
    assert first == again
    assert len(await core_banking.accounts_for_application("APP-1001")) == 1
    welcome = await handler(router, "onboarding.send-welcome")(
        job("Task_SendWelcome"), anna(), first["account"]
    )
    assert welcome["welcomeNotificationId"]


async def test_fleet_router_serves_every_onboarding_job_type() -> None:
    async with onboarding_router(
        Settings(), offline_runtime(), onboarding_policy(), EngineJobs(httpx.AsyncClient())
    ) as router:
        assert len(router.tasks) == 17
