"""The linked form's FEEL condition (``conditional.hide``) and templated text, live in Tasklist."""

import json
import uuid
from pathlib import Path

import pytest
from playwright.async_api import Page, expect
from pyzeebe import ZeebeClient

from baton_cli.deploy import load_case
from tests.e2e.browser import screenshot, sign_in
from tests.e2e.engine_calls import EngineCalls
from tests.engine.camunda_rest import CamundaRest, eventually

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "backoffice-escalation"
pytestmark = pytest.mark.usefixtures("fleet")


async def test_reassign_category_appears_only_when_the_expert_picks_reassign(
    page: Page,
    base_url: str,
    zeebe: ZeebeClient,
    rest: CamundaRest,
    calls: EngineCalls,
    tmp_path: Path,
) -> None:
    ticket = json.loads((SAMPLE / "disputed-card-payment.json").read_text())
    ticket["ticketId"] = f"{ticket['ticketId']}-{uuid.uuid4().hex[:8]}"
    path = tmp_path / "ticket.json"
    path.write_text(json.dumps(ticket))
    started = await zeebe.run_process(
        "backoffice-escalation", variables=load_case("backoffice-escalation", path)
    )
    instance_key = int(started.process_instance_key)
    tasks = await eventually(
        lambda: rest.open_user_tasks(instance_key, "UserTask_ResolveTicket"),
        what="the expert's resolve task",
    )

    await sign_in(page, base_url, "support-expert")
    await page.goto(f"{base_url}/tasklist/{tasks[0]}")
    form = page.locator("#task-form")
    await expect(form).to_contain_text(f"Ticket {ticket['ticketId']}")
    category = form.get_by_text("Which category does it belong to?")
    await expect(category).to_have_count(0)
    await form.get_by_label("Wrong team (reassign)").check()
    await expect(category).to_be_visible()
    await screenshot(page, "tasklist-form-condition")
    await form.get_by_label("Resolved", exact=True).check()
    await expect(category).to_have_count(0)
    await calls.cancel_if_active(instance_key)
