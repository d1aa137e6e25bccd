"""The agentic investigation step of claims-adjudication on the session engine with the real
fleet: the planner activates the tools one by one, their answers are collected in
``toolResults`` and leave the step as ``investigationResults``; with the budget spent the
adjuster is asked, and the step completes once the adjuster answers."""

import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from pyzeebe import ZeebeClient

from baton_cli.deploy import MODELS_DIR, load_case
from contextstore import AuditLog, IndexNames, connect
from tests.engine.camunda_rest import CamundaRest, eventually
from tests.engine.cases import open_tasks, sample_case, start_case, work_task

PROCESS = "claims-adjudication"
COMPLEX_SAMPLE = "senior-approval-storm"


def without_documents(case: dict[str, Any]) -> None:
    """A second fraud signal next to the round amount: the complex claim is now suspicious."""
    case["documents"] = []


TOOLS = ["Tool_LookUpPolicy", "Tool_LookUpPriorClaims", "Tool_SearchGuidelines"]
ASK = "UserTask_AskAdjuster"
REVIEW = "UserTask_ReviewClaim"
pytestmark = pytest.mark.usefixtures("fleet")


async def investigation_results(rest: CamundaRest, key: int) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = await eventually(
        lambda: rest.variable(key, "investigationResults"),
        what=f"investigationResults of instance {key}",
    )
    return results


async def no_incident(rest: CamundaRest, key: int) -> None:
    incidents = await rest.active_incidents(key)
    assert incidents == [], incidents[0]["errorMessage"] if incidents else ""


async def test_complex_suspicious_claim_is_investigated_with_every_tool_before_the_proposal(
    zeebe: ZeebeClient, rest: CamundaRest, tmp_path: Path
) -> None:
    case = sample_case(PROCESS, COMPLEX_SAMPLE, without_documents)
    key = await start_case(zeebe, PROCESS, case, tmp_path)
    results = await investigation_results(rest, key)
    assert [r["elementId"] for r in results] == TOOLS
    by_tool = {r["elementId"]: r["result"] for r in results}
    assert by_tool["Tool_LookUpPolicy"]["status"] == "active"
    assert "priorClaims" in by_tool["Tool_LookUpPriorClaims"]
    assert "guidelines" in by_tool["Tool_SearchGuidelines"]
    await open_tasks(rest, key, REVIEW)
    assert await rest.open_user_tasks(key, ASK) == []
    await no_incident(rest, key)


@pytest.mark.parametrize("sample", ["auto-approve-water", COMPLEX_SAMPLE])
async def test_claims_without_two_fraud_signals_skip_the_investigation(
    zeebe: ZeebeClient, rest: CamundaRest, tmp_path: Path, sample: str
) -> None:
    key = await start_case(zeebe, PROCESS, sample_case(PROCESS, sample), tmp_path)
    await eventually(lambda: rest.variable(key, "proposal"), what=f"proposal of instance {key}")
    assert await rest.variable(key, "investigationResults") is None


async def deploy_one_turn_variant(zeebe: ZeebeClient, tmp_path: Path) -> str:
    """claims-adjudication under another id with a budget of one planner turn, so the planner
    hands the case to the adjuster after the first tool."""
    variant = f"claims-investigation-{uuid.uuid4().hex[:8]}"
    text = (MODELS_DIR / f"{PROCESS}.bpmn").read_text()
    budget = '<zeebe:header key="maxIterations" value="6" />'
    assert text.count(budget) == 1 and text.count(f'"{PROCESS}"') == 2
    text = text.replace(budget, '<zeebe:header key="maxIterations" value="1" />')
    path = tmp_path / f"{variant}.bpmn"
    path.write_text(text.replace(f'"{PROCESS}"', f'"{variant}"'))
    await zeebe.deploy_resource(str(path))
    return variant


async def planner_audited(url: str, prefix: str, case_id: str) -> None:
    """The fleet writes the agent trail behind the jobs, in order; once the planner's entry is
    in, the adjuster's own audit entries (task listeners) are not queued behind a backlog."""
    client = await connect(url)
    try:
        log = AuditLog(client, IndexNames(prefix))

        async def audited() -> bool:
            return any(e.element_id == "AdHoc_Investigate" for e in await log.entries(case_id))

        await eventually(audited, what=f"planner of {case_id} audited")
    finally:
        await client.close()


async def test_spent_budget_hands_the_case_to_an_adjuster_whose_answer_completes_the_step(
    zeebe: ZeebeClient,
    rest: CamundaRest,
    tmp_path: Path,
    services: dict[str, str],
    fleet_index_prefix: str,
) -> None:
    variant = await deploy_one_turn_variant(zeebe, tmp_path)
    case = sample_case(PROCESS, COMPLEX_SAMPLE, without_documents)
    case_file = tmp_path / "case.json"
    case_file.write_text(json.dumps(case))
    started = await zeebe.run_process(variant, variables=load_case(PROCESS, case_file))
    key = int(started.process_instance_key)

    [task] = await open_tasks(rest, key, ASK)
    await planner_audited(services["elasticsearch"], fleet_index_prefix, case["claimId"])
    await work_task(rest, task, "ada.adjuster", {"adjusterAnswer": "roof damage confirmed"})

    results = await investigation_results(rest, key)
    assert [r["elementId"] for r in results] == ["Tool_LookUpPolicy", ASK]
    assert results[-1]["result"] == {"answer": "roof damage confirmed"}
    await open_tasks(rest, key, REVIEW)
    await no_incident(rest, key)
