"""The claims review form in Tasklist shows the QA agent's check: the diff of the proposal
against the case facts as a table, with the sources that support each value."""

from playwright.async_api import Page, expect

from tests.e2e.claims import REVIEW_TASK, start_claim
from tests.e2e.tasks import Cases, open_task


async def test_claims_review_form_shows_the_qa_diff_and_its_sources(
    page: Page, base_url: str, cases: Cases
) -> None:
    instance_key, _ = await start_claim(cases.zeebe, "review-large-fire", cases.tmp_path)
    task_key = await cases.task_key(instance_key, REVIEW_TASK)

    form = await open_task(page, base_url, "claims-handler", task_key)
    await expect(form).to_contain_text("Baton's QA check")
    table = form.locator("table")
    await expect(table.locator("th").first).to_have_text("field")
    await expect(table.locator("tr", has_text="lossType")).to_contain_text("fire")
    await expect(table.locator("tr", has_text="currency")).to_contain_text("coverage-check")
    await expect(form).to_contain_text("fraud-assessment")
    await cases.calls.cancel_if_active(instance_key)
