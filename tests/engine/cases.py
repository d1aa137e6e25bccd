"""Starting a sample case and acting on it the way a user does: ``baton start`` with a case
file, people in Tasklist, and Operate showing the end state."""

import json
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from pyzeebe import ZeebeClient

from baton_cli.deploy import MODELS_DIR, PROCESSES, load_case
from devservices.engine_handle import EngineHandle
from tests.engine.camunda_rest import CamundaRest, eventually

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
Edit = Callable[[dict[str, Any]], None]
MAX_ITERATIONS = re.compile(r'<zeebe:header key="maxIterations" value="\d+" />')


def sample_case(process_id: str, sample: str, edit: Edit | None = None) -> dict[str, Any]:
    """A sample with a fresh business key, so reruns never share idempotency keys."""
    case: dict[str, Any] = json.loads((SAMPLES / process_id / f"{sample}.json").read_text())
    _, _, key_field = PROCESSES[process_id]
    case[key_field] = f"{case[key_field]}-{uuid.uuid4().hex[:8]}"
    if edit is not None:
        edit(case)
    return case


async def start_case(
    zeebe: ZeebeClient, process_id: str, case: dict[str, Any], tmp_path: Path, **extra: Any
) -> int:
    """Start through the CLI's own case loading (contract validation included)."""
    path = tmp_path / f"{uuid.uuid4().hex}.json"
    path.write_text(json.dumps(case))
    variables = load_case(process_id, path) | extra
    started = await zeebe.run_process(process_id, variables=variables)
    return int(started.process_instance_key)


async def outcome_of(rest: CamundaRest, key: int, variable: str) -> dict[str, Any]:
    """The outcome variable of an instance that COMPLETED (any incident fails the wait)."""

    async def completed() -> str | None:
        incidents = await rest.active_incidents(key)
        if incidents:
            raise AssertionError(f"instance {key} has an incident: {incidents[0]['errorMessage']}")
        state = await rest.process_state(key)
        return state if state == "COMPLETED" else None

    await eventually(completed, what=f"process instance {key} completed")
    outcome: dict[str, Any] = await eventually(
        lambda: rest.variable(key, variable), what=f"variable {variable} of instance {key}"
    )
    return outcome


async def open_tasks(
    rest: CamundaRest, key: int, element_id: str, count: int = 1
) -> list[dict[str, Any]]:
    """Wait until ``count`` tasks of the element are open, then list them."""

    async def listed() -> list[dict[str, Any]] | None:
        tasks = await rest.user_tasks(key, element_id)
        return tasks if len(tasks) >= count else None

    return await eventually(listed, what=f"{count} open {element_id} task(s) of instance {key}")


async def work_task(
    rest: CamundaRest, task: dict[str, Any], assignee: str, variables: dict[str, Any]
) -> None:
    """Claim a task and submit its form, as a person does in Tasklist."""
    await rest.assign_user_task(task["userTaskKey"], assignee)
    await rest.complete_user_task(task["userTaskKey"], variables)


async def complete_task(
    rest: CamundaRest, key: int, element_id: str, assignee: str, variables: dict[str, Any]
) -> None:
    [task] = await open_tasks(rest, key, element_id)
    await work_task(rest, task, assignee, variables)


async def deploy_one_turn_variant(zeebe: ZeebeClient, process_id: str, tmp_path: Path) -> str:
    """The process under another id, its agentic step's planner allowed one turn only, so the
    planner hands over to its person after the first tool."""
    variant = f"{process_id}-one-turn-{uuid.uuid4().hex[:8]}"
    text = (MODELS_DIR / f"{process_id}.bpmn").read_text()
    assert len(MAX_ITERATIONS.findall(text)) == 1 and text.count(f'"{process_id}"') == 2
    text = MAX_ITERATIONS.sub('<zeebe:header key="maxIterations" value="1" />', text)
    path = tmp_path / f"{variant}.bpmn"
    path.write_text(text.replace(f'"{process_id}"', f'"{variant}"'))
    await zeebe.deploy_resource(str(path))
    return variant


async def task_variables(engine_handle: EngineHandle, task: dict[str, Any]) -> dict[str, Any]:
    """The variables Tasklist shows with a user task (its own scope and the instance's), each
    read in full where the search truncated it."""
    async with httpx.AsyncClient(base_url=f"{engine_handle.rest_url}/v2", timeout=10) as http:
        found = await http.post(f"/user-tasks/{task['userTaskKey']}/variables/search", json={})
        found.raise_for_status()
        values: dict[str, Any] = {}
        for item in found.json()["items"]:
            if item.get("isTruncated"):
                full = await http.get(f"/variables/{item['variableKey']}")
                full.raise_for_status()
                item = full.json()
            values[item["name"]] = json.loads(item["value"])
        return values
