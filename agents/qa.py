"""QA agent: aggregate the evidence, run the policy checks and show where the proposal, the
evidence and a person's edits differ."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import Runnable, RunnableLambda
from pydantic import BaseModel, ConfigDict, Field

from agents.callbacks import CaseCallbackHandler
from agents.guarded import AgentContext, GuardedResult, run_guarded
from agents.tools.knowledge import knowledge_search_tool
from guardrails import Action, Verdict, check_payout

ROLE = "qa"

INSTRUCTIONS = """You check an agent's proposal against the evidence of a case. For every
proposed field say whether the evidence supports it, cite the evidence sources you relied on,
list inconsistencies as findings and give a confidence between 0 and 1. Do not decide the case."""


class _Model(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid")


class Evidence(_Model):
    """One piece of evidence; ``external`` when its text comes from outside Baton (a legacy-system
    or tool response, the customer's own words) rather than from Baton's own facts. The flag
    decides whether the learned injection classifier screens it; the model never sees it."""

    source: str = Field(min_length=1)
    text: str
    external: bool = Field(default=False, exclude=True)


class QAInput(_Model):
    case_id: str = Field(alias="caseId", min_length=1)
    process: str = Field(min_length=1)
    proposal: dict[str, str | int | float | bool | None]
    evidence: list[Evidence]
    edits: dict[str, str | int | float | bool | None] = Field(default_factory=dict)


class QAFindings(_Model):
    consistent: bool
    findings: list[str]
    cited_sources: list[str] = Field(alias="citedSources")
    confidence: float = Field(ge=0, le=1)


class DiffEntry(_Model):
    field: str
    proposed: str | int | float | bool | None
    edited: str | int | float | bool | None = None
    changed_by_person: bool = Field(alias="changedByPerson")
    supported_by: list[str] = Field(alias="supportedBy")


class QAReport(_Model):
    findings: QAFindings | None
    diff: list[DiffEntry]
    policy_verdicts: list[Verdict] = Field(alias="policyVerdicts")
    needs_human_review: bool = Field(alias="needsHumanReview")
    reasons: list[str]
    model: str


def _mentions(value: object, text: str) -> bool:
    if value is None or isinstance(value, bool):
        return False
    needle = str(value).strip().lower()
    if not needle:
        return False
    haystack = text.lower()
    if needle in haystack:
        return True
    try:
        number = Decimal(needle)
    except InvalidOperation:
        return False
    for found in re.findall(r"\d[\d,]*(?:\.\d+)?", text):
        try:
            if Decimal(found.replace(",", "")) == number:
                return True
        except InvalidOperation:
            continue
    return False


def diff_view(request: QAInput) -> list[DiffEntry]:
    """Per proposed field: the person's edit (if any) and which evidence mentions the value."""
    fields = list(dict.fromkeys([*request.proposal, *request.edits]))
    entries = []
    for name in fields:
        proposed = request.proposal.get(name)
        edited = request.edits.get(name, proposed)
        entries.append(
            DiffEntry(
                field=name,
                proposed=proposed,
                edited=edited,
                changed_by_person=name in request.edits and edited != proposed,
                supported_by=[ev.source for ev in request.evidence if _mentions(edited, ev.text)],
            )
        )
    return entries


def offline_review(payload: dict[str, Any]) -> dict[str, Any]:
    """A field is supported when some evidence states its value; confidence = share supported."""
    request = QAInput.model_validate(payload)
    entries = [e for e in diff_view(request) if not isinstance(e.edited, bool)]
    unsupported = [e.field for e in entries if not e.supported_by]
    cited = sorted({source for e in entries for source in e.supported_by})
    share = (len(entries) - len(unsupported)) / len(entries) if entries else 0.0
    findings = QAFindings(
        consistent=not unsupported,
        findings=[f"no evidence states {name}" for name in unsupported],
        cited_sources=cited,
        confidence=round(share, 4),
    )
    return findings.model_dump(mode="json", by_alias=True)


def _policy_checks(ctx: AgentContext, request: QAInput) -> list[Verdict]:
    values = {**request.proposal, **request.edits}
    payout, currency = values.get("payout"), values.get("currency")
    if ctx.policies is None or payout is None or not isinstance(currency, str):
        return []
    try:
        amount = Decimal(str(payout))
    except InvalidOperation:
        return [
            Verdict(action=Action.ESCALATE, rule="qa.payout_format", reason="payout not a number")
        ]
    return [
        check_payout(
            ctx.policies,
            process=ctx.process,
            loss_type=str(values.get("lossType", "*")),
            amount=amount,
            currency=currency,
        )
    ]


def review(ctx: AgentContext, request: QAInput) -> QAReport:
    """Findings from the model, the diff and policy verdicts computed here (not by a model)."""
    policy = _policy_checks(ctx, request)
    result: GuardedResult[QAFindings] = run_guarded(
        ctx,
        agent=ROLE,
        instructions=INSTRUCTIONS,
        payload=request,
        output_model=QAFindings,
        confidence=lambda out: out.confidence,
        output_checks=lambda _out: policy,
        external_fields=frozenset(
            f"evidence[{index}].text"
            for index, evidence in enumerate(request.evidence)
            if evidence.external
        ),
    )
    inconsistent = result.output is not None and not result.output.consistent
    reasons = result.reasons + (
        ["qa: evidence does not support the proposal"] if inconsistent else []
    )
    return QAReport(
        findings=result.output,
        diff=diff_view(request),
        policy_verdicts=policy,
        needs_human_review=result.needs_human_review or inconsistent,
        reasons=reasons,
        model=result.model,
    )


def gather_evidence(
    ctx: AgentContext, retriever: BaseRetriever, query: str, limit: int = 5
) -> list[Evidence]:
    """Evidence from the knowledge base through the ``knowledge_search`` tool (so the call is
    counted and lands on the case timeline). The tool screens each passage with the context's
    injection classifier, so the passages are not marked external for a second screening."""
    handler = CaseCallbackHandler(
        case_id=ctx.case_id,
        agent=ROLE,
        provider=ctx.provider,
        timeline=ctx.timeline,
        budget=ctx.budget,
    )
    tool = knowledge_search_tool(retriever, limit, ctx.injection_model)
    passages = tool.invoke({"query": query}, config={"callbacks": [handler]})
    return [Evidence(source=p["source"], text=p["text"]) for p in passages]


def qa_runnable(ctx: AgentContext) -> Runnable[QAInput, QAReport]:
    return RunnableLambda(lambda request: review(ctx, request), name=ROLE)
