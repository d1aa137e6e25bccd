"""A payments outage ends in an incident; once payments are back, Retry in Operate finishes it."""

import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.async_api import Page, expect
from pyzeebe import ZeebeClient, create_insecure_channel

from baton_cli.deploy import model_files
from clients import HttpOptions, PaymentsClient
from tests.e2e.browser import screenshot
from tests.e2e.claims import start_claim
from tests.e2e.outage_stack import OutageStack, run_outage_stack
from tests.engine.camunda_rest import eventually


@pytest.fixture(scope="module")
def outage(
    tmp_path_factory: pytest.TempPathFactory, services: dict[str, str]
) -> Iterator[OutageStack]:
    yield from run_outage_stack(tmp_path_factory.mktemp("outage"), services["elasticsearch"])


@pytest.fixture
async def outage_zeebe(outage: OutageStack) -> AsyncIterator[ZeebeClient]:
    channel = create_insecure_channel(grpc_address=outage.engine.gateway_address)
    client = ZeebeClient(channel)
    await client.deploy_resource(*[str(f) for f in model_files()])
    yield client
    await channel.close()


async def active_incidents(rest_url: str, instance_key: int) -> list[dict[str, Any]]:
    async with httpx.AsyncClient(base_url=f"{rest_url}/v2", timeout=10) as http:
        found = await http.post(
            "/incidents/search",
            json={"filter": {"processInstanceKey": str(instance_key), "state": "ACTIVE"}},
        )
    found.raise_for_status()
    items: list[dict[str, Any]] = found.json()["items"]
    return items


async def test_payments_outage_incident_is_retried_from_operate_once_payments_are_back(
    page: Page, outage: OutageStack, outage_zeebe: ZeebeClient, tmp_path: Path
) -> None:
    base_url = outage.engine.rest_url
    outage.set_fault(system="payments", mode="down")
    instance_key, claim_id = await start_claim(outage_zeebe, "auto-approve-water", tmp_path)
    incidents = await eventually(
        lambda: active_incidents(base_url, instance_key), what="the payments incident"
    )
    assert incidents[0]["elementId"] == "Task_Pay"

    await page.goto(f"{base_url}/operate/incidents")
    incident_row = page.locator(f'tr[data-incident-key="{incidents[0]["incidentKey"]}"]')
    await expect(incident_row).to_contain_text("Task_Pay")
    await expect(incident_row).to_contain_text("JOB_NO_RETRIES")
    await screenshot(page, "operate-incidents")

    await incident_row.get_by_role("link").click()
    await expect(page.locator("#instance-state")).to_have_text("INCIDENT")
    await expect(page.locator("#diagram")).to_have_attribute("data-incident", "Task_Pay")
    await expect(page.locator("#incidents .error-message")).not_to_be_empty()
    await screenshot(page, "operate-instance-incident")

    outage.set_fault(system="payments", mode="ok")
    await page.get_by_role("button", name="Retry").click()
    await expect(page.get_by_role("alert")).to_contain_text("Retried Task_Pay")
    await expect(page.locator("#instance-state")).to_have_text("COMPLETED")
    await expect(page.locator("#incidents")).to_contain_text("No incidents")

    async with PaymentsClient(HttpOptions(outage.simulator_url)) as payments:
        assert len(await payments.payments_for_claim(claim_id)) == 1
    assert await active_incidents(base_url, instance_key) == []
    decision = json.dumps(await variable(base_url, instance_key, "decision"))
    assert '"outcome": "approved"' in decision


async def variable(rest_url: str, instance_key: int, name: str) -> Any:
    async with httpx.AsyncClient(base_url=f"{rest_url}/v2", timeout=10) as http:
        found = await http.post(
            "/variables/search?truncateValues=false",
            json={"filter": {"processInstanceKey": str(instance_key), "name": name}},
        )
    found.raise_for_status()
    return json.loads(found.json()["items"][0]["value"])
