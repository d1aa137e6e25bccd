"""Bad input in Tasklist: each case gives a clear message on the page and changes nothing."""

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from playwright.async_api import Page, expect
from pyzeebe import ZeebeClient

from tests.e2e.browser import screenshot, sign_in
from tests.e2e.claims import review_task, start_claim
from tests.e2e.engine_calls import EngineCalls
from tests.engine.camunda_rest import CamundaRest

pytestmark = pytest.mark.usefixtures("fleet")


@pytest.fixture
async def open_review(
    zeebe: ZeebeClient, rest: CamundaRest, calls: EngineCalls, tmp_path: Path
) -> AsyncIterator[str]:
    instance_key, _ = await start_claim(zeebe, "review-large-fire", tmp_path)
    yield await review_task(rest, instance_key)
    await calls.cancel_if_active(instance_key)


async def assert_untouched(calls: EngineCalls, task_key: str) -> None:
    task = await calls.user_task(task_key)
    assert (task["state"], task["assignee"]) == ("CREATED", None)


async def test_invalid_form_data_is_flagged_on_the_form_and_nothing_is_sent(
    page: Page, base_url: str, calls: EngineCalls, open_review: str
) -> None:
    await sign_in(page, base_url, "claims-handler")
    await page.goto(f"{base_url}/tasklist/{open_review}")
    form = page.locator("#task-form")
    await form.get_by_label("Payout").fill("-5")
    await form.get_by_label("Reason").fill("no")
    await page.get_by_role("button", name="Complete task").click()

    await expect(page.get_by_role("alert")).to_contain_text("The form has errors in Payout, Reason")
    await expect(form.locator(".fjs-form-field-error")).to_have_count(2)
    await screenshot(page, "tasklist-invalid-form")
    await assert_untouched(calls, open_review)


async def test_a_user_who_is_not_a_candidate_is_told_so_and_nothing_changes(
    page: Page, base_url: str, calls: EngineCalls, open_review: str
) -> None:
    await sign_in(page, base_url, "editor")
    await page.goto(f"{base_url}/tasklist/{open_review}")
    form = page.locator("#task-form")
    await form.get_by_label("Reason").fill("I should not be deciding this")
    await page.get_by_role("button", name="Complete task").click()

    alert = page.get_by_role("alert")
    await expect(alert).to_contain_text("You (editor) are not a candidate for this task")
    await expect(alert).to_contain_text("groups claims-handlers")
    await page.get_by_role("button", name="Claim").click()
    await expect(alert).to_contain_text("not a candidate")
    await assert_untouched(calls, open_review)


async def test_a_task_completed_elsewhere_gives_a_clear_message(
    page: Page, base_url: str, calls: EngineCalls, open_review: str
) -> None:
    await sign_in(page, base_url, "claims-handler")
    await page.goto(f"{base_url}/tasklist/{open_review}")
    form = page.locator("#task-form")
    await form.get_by_label("Reason").fill("checked the estimate")
    decided_elsewhere = {"reviewOutcome": "denied", "reviewPayout": 0, "reviewReason": "duplicate"}
    await calls.complete_as(open_review, "senior-handler", decided_elsewhere)

    await page.get_by_role("button", name="Complete task").click()
    await expect(page.get_by_role("alert")).to_contain_text(
        f"Task {open_review} is no longer open: it was completed or cancelled elsewhere"
    )
    task = await calls.user_task(open_review)
    assert (task["state"], task["assignee"]) == ("COMPLETED", "senior-handler")


async def test_an_unknown_or_malformed_task_key_gives_a_clear_message(
    page: Page, base_url: str
) -> None:
    await sign_in(page, base_url, "claims-handler")
    await page.goto(f"{base_url}/tasklist/4503599627370495")
    await expect(page.get_by_role("alert")).to_contain_text("There is no task 4503599627370495")
    await expect(page.get_by_role("button", name="Complete task")).to_have_count(0)
    await page.goto(f"{base_url}/tasklist/not-a-key")
    await expect(page.get_by_role("alert")).to_contain_text('"not-a-key" is not a task key')
