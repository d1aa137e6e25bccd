"""A task past its due date reads as overdue once the engine's clock has moved past it."""

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
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
async def clock(calls: EngineCalls) -> AsyncIterator[EngineCalls]:
    """The engine's clock, put back to real time whatever the test did with it."""
    yield calls
    await calls.reset_clock()


async def test_task_is_shown_overdue_after_the_clock_moves_past_its_due_date(
    page: Page,
    base_url: str,
    zeebe: ZeebeClient,
    rest: CamundaRest,
    clock: EngineCalls,
    tmp_path: Path,
) -> None:
    instance_key, claim_id = await start_claim(zeebe, "review-large-fire", tmp_path)
    task_key = await review_task(rest, instance_key)
    due = datetime.now(UTC).replace(microsecond=0) + timedelta(hours=1)
    await clock.set_due_date(task_key, due.isoformat())

    await sign_in(page, base_url, "claims-handler")
    row = page.locator(f'li[data-task-key="{task_key}"]')
    await expect(row.locator(".badge")).to_have_text("Due in 1 h")

    await clock.pin_clock(int((due + timedelta(hours=2)).timestamp() * 1000))
    await expect(row.locator(".badge.overdue")).to_have_text("Overdue by 2 h")
    await expect(row).to_contain_text(claim_id)
    await screenshot(page, "tasklist-overdue")

    await row.get_by_role("link").click()
    await expect(page.locator("#task-facts .badge.overdue")).to_have_text("Overdue by 2 h")
    await clock.reset_clock()
    await clock.cancel_if_active(instance_key)
