"""The agentic-step plumbing shared by every family: budget headers, the planner's turn completing
its own job, the tools' answers as the planner reads them, the REST completion's failure modes."""

import dataclasses
from typing import Any

import httpx
import pytest

from agents import InvestigationBudget, InvestigationInput, InvestigationStep
from contracts.errors import InvalidCaseError, TechnicalError
from tests.unit.handler_helpers import make_job
from workers.agentic_step import (
    EngineJobs,
    ToolResult,
    results_so_far,
    step_budget,
    take_planner_turn,
)
from workers.routers import CompletedByHandler

REQUEST = InvestigationInput(
    case_id="T-1",
    process="backoffice-escalation",
    facts=["printer on fire"],
    elements=[
        {"elementId": "Tool_A"},
        {"elementId": "UserTask_Ask", "properties": {"kind": "human"}},
    ],
)


def test_budget_comes_from_the_task_headers() -> None:
    budget = step_budget({"maxIterations": "3", "costBudget": "7", "minConfidence": "0.75"})
    assert (budget.max_iterations, budget.max_cost, budget.min_confidence) == (3, 7, 0.75)
    assert step_budget({"maxIterations": "3", "costBudget": "7"}).min_confidence == 0.0


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"maxIterations": "x", "costBudget": "7"},
        {"maxIterations": "3", "costBudget": "-1"},
        {"maxIterations": "3", "costBudget": "7", "minConfidence": "high"},
        {"maxIterations": "3", "costBudget": "7", "minConfidence": "1.5"},
    ],
)
def test_malformed_budget_headers_are_invalid_input(headers: dict[str, str]) -> None:
    with pytest.raises(InvalidCaseError, match="maxIterations and costBudget"):
        step_budget(headers)


def test_results_so_far_lists_answers_and_used_elements() -> None:
    results, used = results_so_far(
        [ToolResult.model_validate({"elementId": "Tool_A", "result": {"n": 1}, "id": "x"})]
    )
    assert results == [{"elementId": "Tool_A", "result": {"n": 1}}]
    assert used == ["Tool_A"]
    assert results_so_far(None) == ([], [])


async def test_planner_turn_completes_the_job_with_the_ad_hoc_result() -> None:
    completed: dict[int, dict[str, Any]] = {}
    budgets: list[InvestigationBudget] = []

    async def plan(request: InvestigationInput, budget: InvestigationBudget) -> InvestigationStep:
        budgets.append(budget)
        return InvestigationStep(
            activate=["Tool_A"], done=False, handed_to_person=False, reasons=[]
        )

    async def complete(job_key: int, result: dict[str, Any]) -> None:
        completed[job_key] = result

    job = dataclasses.replace(
        make_job("AdHoc_Research", job_type="escalation.research"),
        key=7,
        custom_headers={"maxIterations": "2", "costBudget": "5"},
    )
    returned = await take_planner_turn(job, REQUEST, plan, complete)
    assert isinstance(returned, CompletedByHandler)
    assert budgets[0].max_iterations == 2
    assert completed[7]["type"] == "adHocSubProcess"
    assert [e["elementId"] for e in completed[7]["activateElements"]] == ["Tool_A"]
    assert completed[7]["isCompletionConditionFulfilled"] is False


def engine_jobs(handler: Any) -> EngineJobs:
    transport = httpx.MockTransport(handler)
    return EngineJobs(httpx.AsyncClient(transport=transport, base_url="http://engine"))


async def test_result_is_posted_to_the_job_completion_endpoint() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    await engine_jobs(answer).complete_with_result(5, {"type": "adHocSubProcess"})
    assert seen[0].url.path == "/v2/jobs/5/completion"
    assert seen[0].content == b'{"result":{"type":"adHocSubProcess"}}'


async def test_replaced_job_drops_the_answer() -> None:
    await engine_jobs(lambda _: httpx.Response(404)).complete_with_result(5, {})


async def test_refused_result_is_a_technical_error() -> None:
    with pytest.raises(TechnicalError, match="engine refused the result of job 5"):
        await engine_jobs(lambda _: httpx.Response(400, text="bad")).complete_with_result(5, {})


async def test_unreachable_engine_is_a_technical_error() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(TechnicalError, match="unreachable"):
        await engine_jobs(refuse).complete_with_result(5, {})
