"""The planner as the job worker of an ad-hoc sub-process (Camunda 8.8 agentic step).

Each AD_HOC_SUB_PROCESS job carries ``adHocSubProcessElements`` (the tools the model may pick)
and the results collected so far; the planner picks the next tools, or says it is done. Outside
the model, the step enforces an iteration and a cost budget (an element's ``cost`` property):
over budget, at low confidence, or on a guardrail hit (a tool result carrying an injection is
screened like case text) it activates the element whose ``kind`` property is ``human`` — asking
a person — and once the person has answered the step completes, cancelling what still runs.
:func:`job_result` turns the decision into the job result Zeebe expects (``activateElements``,
``isCompletionConditionFulfilled``, ``isCancelRemainingInstances``).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from agents.guarded import AgentContext, run_guarded

ROLE = "planner-investigation"
HUMAN_KIND = "human"
HAND_OVER_REASONS = "handOverReasons"

INSTRUCTIONS = """You run the investigation of one case by choosing tools. You see the tools
(elementId, name, documentation) and the results of the tools already run. Choose the elements to
activate next, or say you are done when the results answer the case. Never choose a tool that
already returned a result. Give a confidence between 0 and 1 and your reasons."""


TOOL_RESULTS = frozenset({"results"})
"""The tools' answers come from legacy systems: the learned injection classifier screens them."""


class NoPersonToAskError(ValueError):
    """The ad-hoc sub-process has no element with property ``kind=human`` to hand over to."""


class _Model(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid")


class AdHocElement(_Model):
    """One entry of ``adHocSubProcessElements``."""

    model_config = ConfigDict(populate_by_name=True, extra="ignore")

    element_id: str = Field(alias="elementId", min_length=1)
    element_name: str = Field(default="", alias="elementName")
    documentation: str = ""
    properties: dict[str, str] = Field(default_factory=dict)

    @property
    def cost(self) -> int:
        return int(self.properties.get("cost", "1"))

    @property
    def asks_a_person(self) -> bool:
        return self.properties.get("kind") == HUMAN_KIND


class InvestigationBudget(_Model):
    max_iterations: int = Field(alias="maxIterations", ge=1)
    max_cost: int = Field(alias="maxCost", ge=1)
    min_confidence: float = Field(default=0.0, alias="minConfidence", ge=0, le=1)
    """Below this planner confidence the step hands over (the step's ``minConfidence``); the
    guardrail policy's own confidence floor applies too."""


class InvestigationInput(_Model):
    case_id: str = Field(alias="caseId", min_length=1)
    process: str = Field(min_length=1)
    facts: list[str]
    elements: list[AdHocElement] = Field(min_length=1)
    results: list[dict[str, Any]] = Field(default_factory=list)
    used: list[str] = Field(default_factory=list)


class InvestigationChoice(_Model):
    activate: list[str]
    done: bool
    confidence: float = Field(ge=0, le=1)
    reasons: list[str]


class InvestigationStep(_Model):
    """What the step does next and why; ``handed_to_person`` when budget or guardrails stopped
    the model."""

    activate: list[str]
    done: bool
    handed_to_person: bool = Field(alias="handedToPerson")
    reasons: list[str]


def offline_investigate(payload: dict[str, Any]) -> dict[str, Any]:
    """Deterministic choice: the next unused automated tool, done when all have answered."""
    request = InvestigationInput.model_validate(payload)
    unused = [
        e.element_id
        for e in request.elements
        if not e.asks_a_person and e.element_id not in request.used
    ]
    if not unused:
        return {"activate": [], "done": True, "confidence": 0.9, "reasons": ["all tools answered"]}
    return {
        "activate": unused[:1],
        "done": False,
        "confidence": 0.8,
        "reasons": [f"{unused[0]} not yet consulted"],
    }


def _hand_over(request: InvestigationInput, reasons: list[str]) -> InvestigationStep:
    person = [e.element_id for e in request.elements if e.asks_a_person]
    if not person:
        raise NoPersonToAskError(
            f"{request.case_id}: the agentic step needs an element with property kind=human "
            "to hand the case to a person"
        )
    return InvestigationStep(
        activate=person[:1], done=False, handed_to_person=True, reasons=reasons
    )


def next_step(
    ctx: AgentContext, request: InvestigationInput, budget: InvestigationBudget
) -> InvestigationStep:
    """One turn of the loop; see the module docstring for when a person takes over."""
    costs = {e.element_id: e.cost for e in request.elements}
    people = {e.element_id for e in request.elements if e.asks_a_person}
    if people & set(request.used):
        return InvestigationStep(
            activate=[], done=True, handed_to_person=True, reasons=["a person has answered"]
        )
    spent = sum(costs.get(element, 0) for element in request.used)
    if len(request.used) >= budget.max_iterations:
        return _hand_over(request, [f"iteration budget of {budget.max_iterations} used up"])
    result = run_guarded(
        ctx,
        agent=ROLE,
        instructions=INSTRUCTIONS,
        payload=request,
        output_model=InvestigationChoice,
        confidence=lambda choice: choice.confidence,
        external_fields=TOOL_RESULTS,
    )
    if result.output is None or result.needs_human_review:
        return _hand_over(request, result.reasons or ["the planner gave no usable answer"])
    choice = result.output
    unknown = [e for e in choice.activate if e not in costs or e in request.used]
    if unknown:
        return _hand_over(request, [f"planner chose unknown or used elements {unknown}"])
    if choice.confidence < budget.min_confidence:
        return _hand_over(
            request,
            [
                f"planner confidence {choice.confidence:.2f} is below the step's minimum "
                f"{budget.min_confidence:.2f}"
            ],
        )
    if spent + sum(costs[e] for e in choice.activate) > budget.max_cost:
        return _hand_over(request, [f"cost budget of {budget.max_cost} would be exceeded"])
    return InvestigationStep(
        activate=choice.activate,
        done=choice.done and not choice.activate,
        handed_to_person=False,
        reasons=choice.reasons,
    )


def _activation_variables(step: InvestigationStep, element: str) -> dict[str, Any]:
    variables: dict[str, Any] = {
        "toolCall": {"id": element, "elementId": element},
        "toolName": element,
    }
    if step.handed_to_person:
        variables[HAND_OVER_REASONS] = step.reasons
    return variables


def job_result(step: InvestigationStep) -> dict[str, Any]:
    """The ``adHocSubProcess`` job result of one step (CompleteJob ``result``). Each activation
    carries ``toolCall`` (read by the agentic-step template's ``outputElement``) and
    ``toolName``; a hand-over also carries ``handOverReasons``, local to the person's task, so
    the adjuster's form says why the planner stopped (the budget, or the guardrail that held a
    tool's answer)."""
    return {
        "type": "adHocSubProcess",
        "activateElements": [
            {"elementId": element, "variables": _activation_variables(step, element)}
            for element in step.activate
        ],
        "isCompletionConditionFulfilled": step.done,
        "isCancelRemainingInstances": step.done,
    }
