"""Enhanced due diligence in customer-onboarding on the real engine: a high-risk applicant goes
through the ad-hoc step whose planner calls the CRM, core banking, the sanctions screening and the
knowledge base; the answers reach the QA agent and the compliance review. A planner allowed one
turn asks a compliance analyst, whose answer completes the step. A low-risk applicant never
enters it."""

import json
from pathlib import Path
from typing import Any

import pytest
from pyzeebe import ZeebeClient

from baton_cli.deploy import load_case
from devservices.engine_handle import EngineHandle
from tests.engine.camunda_rest import CamundaRest
from tests.engine.cases import (
    deploy_one_turn_variant,
    open_tasks,
    outcome_of,
    sample_case,
    start_case,
    task_variables,
    work_task,
)

PROCESS = "customer-onboarding"
REVIEW = "UserTask_ComplianceReview"
ASK_ANALYST = "UserTask_AskAnalyst"
STEP = "AdHoc_DueDiligence"
TOOLS = ["Tool_ExistingRelationship", "Tool_RescreenParties", "Tool_SearchEddGuidance"]
DIRECTOR = "Dmitri Volkov"
pytestmark = pytest.mark.usefixtures("fleet")


def high_risk(case: dict[str, Any]) -> None:
    """An existing retail customer from a high-risk country, with a director to re-screen."""
    case["applicant"]["country"] = "IR"
    case["customerId"] = "CUST-1001"
    case["relatedParties"] = [{"name": DIRECTOR, "role": "director", "country": "CY"}]


async def approve(rest: CamundaRest, task: dict[str, Any]) -> None:
    await work_task(
        rest,
        task,
        "olga.compliance",
        {"complianceDecision": "approved", "complianceReason": "due diligence documented"},
    )


async def test_high_risk_applicant_is_researched_and_the_answers_reach_the_review(
    zeebe: ZeebeClient, rest: CamundaRest, tmp_path: Path, engine_handle: EngineHandle
) -> None:
    case = sample_case(PROCESS, "person-current-account", high_risk)
    key = await start_case(zeebe, PROCESS, case, tmp_path)

    [task] = await open_tasks(rest, key, REVIEW)
    seen = await task_variables(engine_handle, task)
    results = seen["dueDiligenceResults"]
    assert [r["elementId"] for r in results] == TOOLS
    assert all(r["summary"] for r in results)
    relationship, rescreen, guidance = results
    assert "guidance" in guidance["summary"]
    assert relationship["summary"].startswith("existing customer CUST-1001 in the retail")
    assert [p["party"] for p in rescreen["result"]["parties"]] == ["applicant", "director 1"]
    assert DIRECTOR not in json.dumps(results)
    assert case["applicant"]["name"] not in json.dumps(results)

    fields = {entry["field"]: entry for entry in seen["qaReport"]["diff"]}
    assert "due-diligence:Tool_ExistingRelationship" in fields["segment"]["supportedBy"]

    await approve(rest, task)
    onboarding = await outcome_of(rest, key, "onboarding")
    assert (onboarding["status"], onboarding["riskLevel"]) == ("activated", "high")
    assert STEP in await rest.element_ids(key, "COMPLETED")


async def test_spent_budget_asks_an_analyst_whose_answer_completes_the_step(
    zeebe: ZeebeClient, rest: CamundaRest, tmp_path: Path, engine_handle: EngineHandle
) -> None:
    variant = await deploy_one_turn_variant(zeebe, PROCESS, tmp_path)
    case_file = tmp_path / "application.json"
    case_file.write_text(json.dumps(sample_case(PROCESS, "person-current-account", high_risk)))
    started = await zeebe.run_process(variant, variables=load_case(PROCESS, case_file))
    key = int(started.process_instance_key)

    [question] = await open_tasks(rest, key, ASK_ANALYST)
    assert question["candidateGroups"] == ["compliance-analysts"]
    asked = await task_variables(engine_handle, question)
    assert "iteration budget of 1 used up" in asked["handOverReasons"]
    answer = "risk is high but the source of funds is documented"
    await work_task(rest, question, "ada.analyst", {"analystAnswer": answer})

    [task] = await open_tasks(rest, key, REVIEW)
    seen = await task_variables(engine_handle, task)
    results = seen["dueDiligenceResults"]
    assert [r["elementId"] for r in results] == [TOOLS[0], ASK_ANALYST]
    assert results[-1]["summary"] == answer
    fields = {entry["field"]: entry for entry in seen["qaReport"]["diff"]}
    assert "due-diligence:UserTask_AskAnalyst" in fields["riskLevel"]["supportedBy"]
    await approve(rest, task)
    assert (await outcome_of(rest, key, "onboarding"))["status"] == "activated"


async def test_low_risk_applicant_never_enters_due_diligence(
    zeebe: ZeebeClient, rest: CamundaRest, tmp_path: Path
) -> None:
    case = sample_case(PROCESS, "person-current-account")
    key = await start_case(zeebe, PROCESS, case, tmp_path)
    onboarding = await outcome_of(rest, key, "onboarding")
    assert (onboarding["status"], onboarding["riskLevel"]) == ("activated", "low")
    passed = await rest.element_ids(key, "COMPLETED")
    assert STEP not in passed and "Gateway_DueDiligenceNeeded" not in passed
    assert await rest.variable(key, "dueDiligenceResults") is None
