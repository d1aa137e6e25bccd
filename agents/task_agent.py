"""Task agent: summarise a case, draft a notification, decide whether an exception needs a
person."""

from __future__ import annotations

import re
from typing import Any, Literal

from langchain_core.runnables import Runnable, RunnableLambda
from pydantic import BaseModel, ConfigDict, Field

from agents.extractive import has_fact, summarise
from agents.guarded import AgentContext, GuardedResult, run_guarded
from guardrails import Action, Verdict, check_marketing_language

ROLE = "task_agent"

INSTRUCTIONS = """You work one task of a back-office case. Summarise the case text in at most
two sentences using only what it says. When asked for a notification, draft a short, polite,
factual message. Decide whether the case must be escalated to a person (injury, legal threat,
complaint, vulnerable customer, anything you cannot handle) and say why."""

_ESCALATION_CUES = re.compile(
    r"\b(lawyer|solicitor|ombudsman|complaint|complain|court|sue|suing|legal action|"
    r"vulnerable|elderly|disabled|urgent|press|journalist)\b",
    re.I,
)


# Who signs a drafted message, by the process the task belongs to.
_SIGN_OFF = {
    "claims-adjudication": "Your claims team",
    "customer-onboarding": "Your account opening team",
    "content-approval": "The editorial team",
    "backoffice-escalation": "Your customer service team",
}


class _Model(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid")


class TaskInput(_Model):
    case_id: str = Field(alias="caseId", min_length=1)
    process: str = Field(min_length=1)
    action: Literal["summarise", "draft-notification", "escalation-check"]
    text: str = Field(min_length=1)
    context: list[str] = Field(default_factory=list)
    recipient: str | None = None


class TaskOutput(_Model):
    summary: str
    draft: str | None = None
    escalate: bool
    escalation_reason: str | None = Field(default=None, alias="escalationReason")
    confidence: float = Field(ge=0, le=1)


def offline_task(payload: dict[str, Any]) -> dict[str, Any]:
    """Extractive summary, template draft, keyword rules for escalation."""
    request = TaskInput.model_validate(payload)
    summary = summarise(request.text)
    cues = sorted({m.group(0).lower() for m in _ESCALATION_CUES.finditer(request.text)})
    if has_fact(request.text, "injury mentioned"):
        cues.append("injury")
    draft = None
    if request.action == "draft-notification":
        greeting = f"Dear {request.recipient}," if request.recipient else "Dear customer,"
        draft = (
            f"{greeting}\n\nthank you for your message. We have recorded the following: "
            f"{summary}\n\nWe will be in touch about the next steps.\n\nKind regards,\n"
            f"{_SIGN_OFF.get(request.process, 'Your service team')}"
        )
    output = TaskOutput(
        summary=summary,
        draft=draft,
        escalate=bool(cues),
        escalation_reason=f"mentions {', '.join(cues)}" if cues else None,
        confidence=0.85,
    )
    return output.model_dump(mode="json", by_alias=True)


def _checks(ctx: AgentContext) -> Any:
    def check(output: TaskOutput) -> list[Verdict]:
        verdicts: list[Verdict] = []
        if output.escalate:
            verdicts.append(
                Verdict(
                    action=Action.ESCALATE,
                    rule="task.escalation",
                    reason=output.escalation_reason or "agent asked for a person",
                )
            )
        if output.draft and ctx.policies is not None:
            verdicts.extend(check_marketing_language(ctx.policies, output.draft))
        return verdicts

    return check


def work_task(
    ctx: AgentContext, request: TaskInput, *, text_is_external: bool = False
) -> GuardedResult[TaskOutput]:
    """``text_is_external`` when ``request.text`` is the customer's own words (a ticket), so the
    learned injection classifier screens it too; Baton's own summaries and decisions are left to
    the rules."""
    return run_guarded(
        ctx,
        agent=ROLE,
        instructions=INSTRUCTIONS,
        payload=request,
        output_model=TaskOutput,
        confidence=lambda out: out.confidence,
        output_checks=_checks(ctx),
        external_fields=frozenset({"text"}) if text_is_external else frozenset(),
    )


def task_runnable(ctx: AgentContext) -> Runnable[TaskInput, GuardedResult[TaskOutput]]:
    return RunnableLambda(lambda request: work_task(ctx, request), name=ROLE)
