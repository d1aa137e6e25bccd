"""The claims review form in Tasklist shows the QA agent's check: the diff of the proposal
against the case facts as a table, with the sources that support each value."""

from pathlib import Path

import pytest
from playwright.async_api import Page, expect
from pyzeebe import ZeebeClient

from tests.e2e.browser import sign_in
from tests.e2e.claims import review_task, start_claim
from tests.e2e.engine_calls import EngineCalls
from tests.engine.camunda_rest import CamundaRest

pytestmark = pytest.mark.usefixtures("fleet")


async def test_claims_review_form_shows_the_qa_diff_and_its_sources(
    page: Page,
    base_url: str,
    zeebe: ZeebeClient,
    rest: CamundaRest,
    calls: EngineCalls,
    tmp_path: Path,
) -> None:
    instance_key, _ = await start_claim(zeebe, "review-large-fire", tmp_path)
    task_key = await review_task(rest, instance_key)

    await sign_in(page, base_url, "claims-handler")
    await page.goto(f"{base_url}/tasklist/{task_key}")
    form = page.locator("#task-form")
    await expect(form).to_contain_text("Baton's QA check")
    table = form.locator("table")
    await expect(table.locator("th").first).to_have_text("field")
    await expect(table.locator("tr", has_text="lossType")).to_contain_text("fire")
    await expect(table.locator("tr", has_text="currency")).to_contain_text("coverage-check")
    await expect(form).to_contain_text("fraud-assessment")
    await calls.cancel_if_active(instance_key)
