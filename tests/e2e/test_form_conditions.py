"""The linked form's FEEL condition (``conditional.hide``) and templated text, live in Tasklist."""

from playwright.async_api import Page, expect

from tests.e2e.browser import screenshot
from tests.e2e.tasks import Cases, open_task
from tests.engine.cases import sample_case

PROCESS = "backoffice-escalation"


async def test_reassign_category_appears_only_when_the_expert_picks_reassign(
    page: Page, base_url: str, cases: Cases
) -> None:
    ticket = sample_case(PROCESS, "disputed-card-payment")
    instance_key = await cases.start(PROCESS, ticket)
    resolve = await cases.task_key(instance_key, "UserTask_ResolveTicket")
    form = await open_task(page, base_url, "support-expert", resolve)
    await expect(form).to_contain_text(f"Ticket {ticket['ticketId']}")
    category = form.get_by_text("Which category does it belong to?")
    await expect(category).to_have_count(0)
    await form.get_by_label("Wrong team (reassign)").check()
    await expect(category).to_be_visible()
    await screenshot(page, "tasklist-form-condition")
    await form.get_by_label("Resolved", exact=True).check()
    await expect(category).to_have_count(0)
    await cases.calls.cancel_if_active(instance_key)
