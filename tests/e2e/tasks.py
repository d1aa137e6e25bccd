"""Starting a sample case for a browser test, finding its open task once the fleet has got it
there, and opening that task in Tasklist."""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from playwright.async_api import Locator, Page, expect
from pyzeebe import ZeebeClient

from tests.e2e.browser import sign_in
from tests.e2e.engine_calls import EngineCalls
from tests.engine.camunda_rest import CamundaRest, eventually
from tests.engine.cases import Edit, open_tasks, start_case


async def task_key(
    rest: CamundaRest, instance_key: int, element_id: str, group: str | None = None
) -> str:
    """The key of the instance's open ``element_id`` task (the one for ``group``, if given)."""
    if group is None:
        [task, *_] = await open_tasks(rest, instance_key, element_id)
        return str(task["userTaskKey"])

    async def for_group() -> str | None:
        tasks = await rest.user_tasks(instance_key, element_id)
        keys = [str(t["userTaskKey"]) for t in tasks if t["candidateGroups"] == [group]]
        return keys[0] if keys else None

    return await eventually(for_group, what=f"the {group} {element_id} task of {instance_key}")


async def open_task(page: Page, base_url: str, username: str, key: str) -> Locator:
    """Sign in as ``username``, open the task's page and return its form."""
    await sign_in(page, base_url, username)
    await page.goto(f"{base_url}/tasklist/{key}")
    return page.locator("#task-form")


def injected(instruction: str) -> Edit:
    """An edit that ends the case's body with an instruction aimed at the agents."""

    def edit(case: dict[str, Any]) -> None:
        case["body"] += instruction

    return edit


async def expect_held_for_injection(form: Locator, hold_heading: str) -> None:
    """The form shows the intake's hold, with the prompt injection as its reason."""
    await expect(form).to_contain_text(hold_heading)
    await expect(form).to_contain_text("injection")


@dataclass(frozen=True)
class Cases:
    """The engine a browser test starts its case on and reads it back from."""

    zeebe: ZeebeClient
    rest: CamundaRest
    calls: EngineCalls
    tmp_path: Path

    async def start(self, process_id: str, case: dict[str, Any], **extra: Any) -> int:
        return await start_case(self.zeebe, process_id, case, self.tmp_path, **extra)

    async def task_key(self, instance_key: int, element_id: str, group: str | None = None) -> str:
        return await task_key(self.rest, instance_key, element_id, group)
