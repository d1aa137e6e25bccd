"""A claims handler approves a claim in Tasklist and watches it finish in Operate."""

import re

from playwright.async_api import Page, expect

from tests.e2e.browser import screenshot, sign_in
from tests.e2e.claims import REVIEW_TASK, start_claim
from tests.e2e.tasks import Cases
from tests.engine.camunda_rest import eventually


async def test_claims_handler_approves_a_claim_and_it_finishes_in_operate(
    page: Page, base_url: str, cases: Cases
) -> None:
    instance_key, claim_id = await start_claim(cases.zeebe, "review-large-fire", cases.tmp_path)
    task_key = await cases.task_key(instance_key, REVIEW_TASK)

    await page.goto(f"{base_url}/tasklist")
    await expect(page.get_by_role("note")).to_contain_text("Camunda Identity")
    await screenshot(page, "tasklist-sign-in")
    await sign_in(page, base_url, "claims-handler")

    row = page.locator(f'li[data-task-key="{task_key}"]')
    await expect(row).to_contain_text(claim_id)
    await screenshot(page, "tasklist-tasks")
    await row.get_by_role("link", name="Review claim").click()

    form = page.locator("#task-form")
    await expect(form).to_contain_text(f"Claim {claim_id}")
    await expect(page.locator("#task-facts")).to_contain_text(claim_id)
    await form.get_by_label("Approve").check()
    await form.get_by_label("Payout").fill("15000")
    await form.get_by_label("Reason").fill("estimate checked against the fire report")
    await screenshot(page, "tasklist-task")
    await page.get_by_role("button", name="Complete task").click()
    await expect(page.get_by_role("alert")).to_contain_text("Completed by claims-handler")

    recorded = await cases.calls.user_task(task_key)
    assert (recorded["state"], recorded["assignee"]) == ("COMPLETED", "claims-handler")
    decision = await eventually(
        lambda: cases.rest.variable(instance_key, "decision"), what="decision"
    )
    assert (decision["outcome"], decision["payout"]) == ("approved", 15000.0)
    assert decision["reasons"] == ["estimate checked against the fire report"]

    await page.goto(f"{base_url}/operate/processes/{instance_key}")
    await expect(page.locator("#instance-state")).to_have_text("COMPLETED")
    diagram = page.locator("#diagram")
    await expect(diagram).to_have_attribute("data-completed", re.compile(rf"\b{REVIEW_TASK}\b"))
    await expect(diagram).to_have_attribute("data-active", "")
    await expect(page.locator("#history")).to_contain_text("Review claim")
    await expect(page.locator("#variables")).to_contain_text("decision")
    await screenshot(page, "operate-instance-completed")

    await page.goto(f"{base_url}/operate?process=claims-adjudication")
    instance_row = page.locator(f'tr[data-instance-key="{instance_key}"]')
    await expect(instance_row).to_contain_text("COMPLETED")
    await expect(instance_row).to_contain_text(claim_id)
    await screenshot(page, "operate-instances")
