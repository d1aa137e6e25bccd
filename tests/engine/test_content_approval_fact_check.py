"""Fact-checking in content-approval on the local engine: a submission that declares claims goes
through "Check the facts" (the planner picks the knowledge-base and CMS tools, or hands over to
a fact-checker when its budget is spent) before the reviewers are decided, and its answers reach
QA and the review form; a submission without claims never enters the step."""

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

PROCESS = "content-approval"
REVIEW = "UserTask_Review"
FACT_STEP = "AdHoc_FactCheck"
ASK_FACT_CHECKER = "UserTask_AskFactChecker"
TOOLS = ["Tool_SearchFactSources", "Tool_EarlierPublications"]
CLAIMS = [
    {"text": "Our savings account pays 4.1% interest", "evidence": "rate sheet March 2026"},
    {"text": "Rated best savings app by customers", "evidence": None},
]
pytestmark = pytest.mark.usefixtures("fleet")


def case_with_claims() -> dict[str, Any]:
    return sample_case(PROCESS, "social-savings-post", lambda c: c.update(claimsMade=CLAIMS))


async def approve_all(rest: CamundaRest, key: int) -> None:
    """Every reviewer group the DMN picked approves."""
    groups = set(await rest.variable(key, "reviewers"))
    for task in await open_tasks(rest, key, REVIEW, count=len(groups)):
        group = task["candidateGroups"][0].removeprefix("content-")
        await work_task(rest, task, f"{group}.reviewer", {"reviewOutcome": "approved"})


async def test_claims_are_fact_checked_and_the_answers_reach_qa_and_the_review(
    zeebe: ZeebeClient, rest: CamundaRest, tmp_path: Path, engine_handle: EngineHandle
) -> None:
    key = await start_case(zeebe, PROCESS, case_with_claims(), tmp_path)
    [task, *_] = await open_tasks(rest, key, REVIEW)
    seen = await task_variables(engine_handle, task)
    results = seen["factCheckResults"]
    assert [r["elementId"] for r in results] == TOOLS
    assert all(r["result"]["summary"] for r in results)
    assert isinstance(results[0]["result"]["sources"], list)
    assert isinstance(results[1]["result"]["publications"], list)
    assert "Mia Keller" not in json.dumps(results)
    evidence = [e["source"] for e in seen["qaReport"]["evidence"]]
    assert {f"fact-check:{tool}" for tool in TOOLS} <= set(evidence)
    assert FACT_STEP in await rest.element_ids(key, "COMPLETED")

    await approve_all(rest, key)
    approval = await outcome_of(rest, key, "approval")
    assert approval["status"] == "published"


async def test_spent_budget_asks_a_fact_checker_whose_answer_completes_the_step(
    zeebe: ZeebeClient, rest: CamundaRest, tmp_path: Path, engine_handle: EngineHandle
) -> None:
    variant = await deploy_one_turn_variant(zeebe, PROCESS, tmp_path)
    case_file = tmp_path / "submission.json"
    case_file.write_text(json.dumps(case_with_claims()))
    started = await zeebe.run_process(variant, variables=load_case(PROCESS, case_file))
    key = int(started.process_instance_key)

    [question] = await open_tasks(rest, key, ASK_FACT_CHECKER)
    assert question["candidateGroups"] == ["content-fact-checkers"]
    asked = await task_variables(engine_handle, question)
    assert "iteration budget of 1 used up" in asked["handOverReasons"]
    await work_task(
        rest, question, "fay.factchecker", {"factCheckerAnswer": "4.1% matches the rate sheet"}
    )

    [task, *_] = await open_tasks(rest, key, REVIEW)
    results = (await task_variables(engine_handle, task))["factCheckResults"]
    assert [r["elementId"] for r in results] == [TOOLS[0], ASK_FACT_CHECKER]
    assert results[-1]["result"] == {"answer": "4.1% matches the rate sheet"}


async def test_a_submission_without_claims_never_enters_the_fact_check(
    zeebe: ZeebeClient, rest: CamundaRest, tmp_path: Path, engine_handle: EngineHandle
) -> None:
    case = sample_case(PROCESS, "social-savings-post", lambda c: c.update(claimsMade=[]))
    key = await start_case(zeebe, PROCESS, case, tmp_path)
    [task, *_] = await open_tasks(rest, key, REVIEW)
    assert "factCheckResults" not in await task_variables(engine_handle, task)
    visited = set(await rest.element_ids(key, "COMPLETED"))
    assert "Gateway_ClaimsToCheck" in visited
    assert not {FACT_STEP, *TOOLS, ASK_FACT_CHECKER} & visited
    assert not {FACT_STEP, *TOOLS, ASK_FACT_CHECKER} & set(await rest.element_ids(key, "ACTIVE"))
