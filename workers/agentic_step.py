"""The plumbing every agentic step (a Camunda 8.8+ ad-hoc sub-process whose job worker is the
planner) shares: the budget from the task headers, the planner's turn off the event loop, the
job completed with its ad-hoc result over REST, and the tools' collected answers.

A family's handler gives :func:`planner_request` the facts of its own case and calls
:func:`take_planner_turn`; its tool handlers return :class:`ToolAnswered`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import structlog
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from pyzeebe import Job

from agents import (
    AdHocElement,
    AgentRuntime,
    InvestigationBudget,
    InvestigationInput,
    InvestigationStep,
    job_result,
    next_step,
)
from contracts.errors import InvalidCaseError, TechnicalError
from workers.routers import CompletedByHandler, Variables

log = structlog.get_logger("baton.agentic_step")

PlanStep = Callable[[InvestigationInput, InvestigationBudget], Awaitable[InvestigationStep]]
CompleteWithResult = Callable[[int, dict[str, Any]], Awaitable[None]]


class ToolAnswered(Variables):
    """A tool's answer, collected by the step's ``outputElement``."""

    tool_result: dict[str, Any]


class ToolResult(BaseModel):
    """One entry of the step's ``toolResults`` collection (see the agentic-step template)."""

    model_config = ConfigDict(populate_by_name=True, extra="ignore")

    element_id: str = Field(alias="elementId", min_length=1)
    result: Any = None


def step_budget(headers: dict[str, str]) -> InvestigationBudget:
    """The budget from the step's task headers ``maxIterations``, ``costBudget`` and the
    optional ``minConfidence`` (0 to 1)."""
    fields = {"maxIterations": headers.get("maxIterations"), "maxCost": headers.get("costBudget")}
    if "minConfidence" in headers:
        fields["minConfidence"] = headers["minConfidence"]
    try:
        return InvestigationBudget.model_validate(fields)
    except ValidationError as exc:
        raise InvalidCaseError(
            "task headers maxIterations and costBudget of the agentic step must be "
            "positive whole numbers and minConfidence a number from 0 to 1, got "
            f"{headers.get('maxIterations')!r}, {headers.get('costBudget')!r} and "
            f"{headers.get('minConfidence')!r}: {exc.errors()[0]['msg']}"
        ) from None


def planner_on_runtime(runtime: AgentRuntime) -> PlanStep:
    """The planner's turn on the fleet's runtime, in a thread: the model call blocks."""

    async def plan(request: InvestigationInput, budget: InvestigationBudget) -> InvestigationStep:
        ctx = runtime.context(request.case_id, request.process)
        return await asyncio.to_thread(next_step, ctx, request, budget)

    return plan


async def take_planner_turn(
    job: Job, request: InvestigationInput, plan: PlanStep, complete: CompleteWithResult
) -> CompletedByHandler:
    """One turn: plan within the headers' budget, then complete the job with the ad-hoc result
    (only the REST API carries it here), so pyzeebe must not complete it again."""
    step = await plan(request, step_budget(dict(job.custom_headers)))
    await complete(job.key, job_result(step))
    log.info(
        "agentic_step.turn",
        process=request.process,
        element_id=job.element_id,
        activate=step.activate,
        done=step.done,
        handed_to_person=step.handed_to_person,
        reasons=step.reasons,
    )
    return CompletedByHandler()


def results_so_far(tool_results: list[ToolResult] | None) -> tuple[list[dict[str, Any]], list[str]]:
    """The collected answers as the planner reads them, and the elements already used."""
    results = tool_results or []
    return (
        [r.model_dump(mode="json", by_alias=True) for r in results],
        [r.element_id for r in results],
    )


def planner_request(
    *,
    case_id: str,
    process: str,
    facts: list[str],
    elements: list[AdHocElement],
    tool_results: list[ToolResult] | None,
) -> InvestigationInput:
    """What the planner reads on its turn: the family's facts of the case, the step's tools
    (``adHocSubProcessElements``) and the answers collected so far."""
    results, used = results_so_far(tool_results)
    return InvestigationInput(
        case_id=case_id,
        process=process,
        facts=facts,
        elements=elements,
        results=results,
        used=used,
    )


class EngineJobs:
    """Completes jobs with a job result over the Orchestration Cluster REST API
    (``POST /v2/jobs/{key}/completion``), which pyzeebe 4.7's gateway protocol cannot carry."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def complete_with_result(self, job_key: int, result: dict[str, Any]) -> None:
        """A 404 means the engine already replaced the job (a tool finished meanwhile); the new
        job decides again, so this answer is dropped."""
        try:
            response = await self._client.post(
                f"/v2/jobs/{job_key}/completion", json={"result": result}
            )
        except httpx.HTTPError as error:
            raise TechnicalError(
                f"engine REST API unreachable completing job {job_key}: {error!r}; "
                "check BATON_ZEEBE__REST_URL"
            ) from error
        if response.status_code == httpx.codes.NOT_FOUND:
            log.info("agentic_step.job_replaced", job_key=job_key)
            return
        if response.is_error:
            raise TechnicalError(
                f"engine refused the result of job {job_key} "
                f"({response.status_code}): {response.text[:500]}"
            )
