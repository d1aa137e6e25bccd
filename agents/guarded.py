"""The guarded call every agent goes through: input guardrails, the model, output guardrails.

PII in the payload is replaced by vault tokens before the model sees it; text carrying an
injection attempt never reaches the model at all. The reply must parse into the agent's output
model; a low confidence or a policy rule escalates. Every verdict is counted in
``baton_guardrail_hits_total`` and, with the agent's output, written to the audit sink.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

import structlog
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel, ConfigDict, Field

from agents import metrics
from agents.budget import ModelBudget
from agents.callbacks import CaseCallbackHandler
from agents.offline import ROLE_PREFIX
from agents.protocols import AuditEntry, AuditSink, CaseTimeline, TimelineEvent
from contracts.errors import BusinessError, GuardrailBlockedError, TechnicalError
from guardrails import (
    DEFAULT_THRESHOLD,
    Action,
    GuardrailPolicies,
    InjectionModel,
    PIIVault,
    Verdict,
    check_confidence,
    detect_injection,
    extract_json_object,
    json_strings,
    map_json_strings,
    mask_secrets,
    output_leak_verdicts,
    redact_pii,
    validate_output,
)

log = structlog.get_logger(__name__)

OutputT = TypeVar("OutputT", bound=BaseModel)


@dataclass
class AgentContext:
    """Everything an agent needs for one case; the fleet builds one per job."""

    case_id: str
    process: str
    model: BaseChatModel
    model_label: str
    provider: str
    budget: ModelBudget
    timeline: CaseTimeline
    audit: AuditSink
    policies: GuardrailPolicies | None = None
    injection_model: InjectionModel | None = None
    vault: PIIVault = field(default_factory=PIIVault)
    known_names: tuple[str, ...] = ()
    confidence_threshold: float = DEFAULT_THRESHOLD


class GuardedResult(BaseModel, Generic[OutputT]):
    """An agent's output plus what the guardrails said. ``output`` is None when blocked."""

    model_config = ConfigDict(populate_by_name=True)

    output: OutputT | None
    needs_human_review: bool = Field(alias="needsHumanReview")
    reasons: list[str]
    verdicts: list[Verdict]
    model: str

    def raise_if_blocked(self) -> OutputT:
        """The output, or :class:`GuardrailBlockedError` (BPMN ``GUARDRAIL_BLOCKED``)."""
        if self.output is None or any(v.action is Action.BLOCK for v in self.verdicts):
            raise GuardrailBlockedError(
                "; ".join(self.reasons) or "guardrail blocked the agent",
                variables={"needsHumanReview": True, "guardrailReasons": self.reasons},
            )
        return self.output


def _dedupe(verdicts: list[Verdict]) -> list[Verdict]:
    seen: dict[tuple[str, Action, str], Verdict] = {}
    for verdict in verdicts:
        if verdict.action is Action.ALLOW:
            seen.setdefault((verdict.rule, verdict.action, ""), verdict)
        else:
            seen.setdefault((verdict.rule, verdict.action, verdict.reason), verdict)
    return list(seen.values())


def is_external(path: str, external: frozenset[str]) -> bool:
    """Whether the string at ``path`` (``attachments[0].text``) lies under one of the
    ``external`` fields: a top-level name (``attachments``) or a path (``evidence[2].text``)."""
    return any(path == name or path.startswith((f"{name}.", f"{name}[")) for name in external)


def screen_input(
    ctx: AgentContext,
    data: dict[str, Any],
    structural: frozenset[str] = frozenset(),
    external: frozenset[str] = frozenset(),
) -> tuple[dict[str, Any], list[Verdict]]:
    """Injection checks on every string of the payload, then PII redaction of every string.

    Top-level ``structural`` fields (ids, enums, the allowed categories) are passed through
    untouched: they come from Baton, not from the customer, and redacting them would break the
    contract with the model (a claimant called "Glass" must not redact the category ``glass``).
    The rules screen every other string; the context's learned classifier screens only the
    ``external`` ones (case text, documents, tool and legacy responses, knowledge passages): it
    was trained on customer-facing text and mistakes Baton's own evidence lines for injections.
    """
    verdicts: list[Verdict] = []
    screened = {key: value for key, value in data.items() if key not in structural}
    for path, text in json_strings(screened):
        model = ctx.injection_model if is_external(path, external) else None
        verdicts.extend(detect_injection(text, source=path, model=model))

    def redact(path: str, text: str) -> str:
        verdict = redact_pii(text, ctx.vault, ctx.known_names)
        verdicts.append(verdict.model_copy(update={"reason": f"{path}: {verdict.reason}"}))
        return verdict.redacted_text if verdict.redacted_text is not None else text

    redacted = {**data, **map_json_strings(screened, redact)}
    return redacted, _dedupe(verdicts)


class _Categorised(Protocol):
    @property
    def category(self) -> str: ...


def allowed_category(categories: list[str]) -> Callable[[_Categorised], list[Verdict]]:
    """An output check: the model's category must be one it was offered."""

    def check(output: _Categorised) -> list[Verdict]:
        if output.category in categories:
            return [Verdict.allow("output.category")]
        return [
            Verdict(
                action=Action.BLOCK,
                rule="output.category",
                reason=f"category {output.category!r} is not one of {categories}",
            )
        ]

    return check


def record_verdicts(ctx: AgentContext, stage: str, agent: str, verdicts: list[Verdict]) -> None:
    """Count every verdict and write the non-trivial ones to timeline and audit."""
    for verdict in verdicts:
        metrics.GUARDRAIL_HITS.labels(verdict.rule, verdict.action.value, ctx.process).inc()
    findings = [v for v in verdicts if v.action is not Action.ALLOW]
    summary = [v.model_dump(mode="json", exclude={"redacted_text"}) for v in verdicts]
    ctx.timeline.append(
        TimelineEvent.agent_step(ctx.case_id, f"guardrails-{stage}", agent=agent, verdicts=summary)
    )
    ctx.audit.record(
        AuditEntry(
            case_id=ctx.case_id,
            actor=f"guardrails:{agent}",
            action=f"guardrails.{stage}",
            inputs_hash="",
            output={"verdicts": summary},
            reason="; ".join(f"{v.rule}: {v.reason}" for v in findings) or "all checks allowed",
        )
    )


def _hash(data: Any) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()


def run_guarded(
    ctx: AgentContext,
    *,
    agent: str,
    instructions: str,
    payload: BaseModel,
    output_model: type[OutputT],
    confidence: Callable[[OutputT], float | None] | None = None,
    output_checks: Callable[[OutputT], list[Verdict]] | None = None,
    structural_fields: frozenset[str] = frozenset({"caseId", "process"}),
    external_fields: frozenset[str] = frozenset(),
) -> GuardedResult[OutputT]:
    """Run one agent call for one case through the guardrails; see the module docstring.

    ``external_fields`` name the payload's text that comes from outside Baton (see
    :func:`screen_input`); only those are scored by the learned injection classifier.

    Raises :class:`~contracts.errors.ModelBudgetExceededError` when the case is over budget and
    :class:`~contracts.errors.TechnicalError` when the model itself failed (retry may help).
    """
    data = payload.model_dump(mode="json", by_alias=True)
    redacted, input_verdicts = screen_input(ctx, data, structural_fields, external_fields)
    record_verdicts(ctx, "input", agent, input_verdicts)
    if any(v.needs_human for v in input_verdicts):
        reasons = [f"{v.rule}: {v.reason}" for v in input_verdicts if v.needs_human]
        log.warning("agent input held for a person", case_id=ctx.case_id, agent=agent)
        return GuardedResult[OutputT](
            output=None,
            needs_human_review=True,
            reasons=reasons,
            verdicts=input_verdicts,
            model=ctx.model_label,
        )

    schema = json.dumps(output_model.model_json_schema(by_alias=True))
    prose = (
        f"{ROLE_PREFIX} {agent}\n{instructions}\n"
        "Text like <PII:KIND:n> is a redacted value: keep such tokens as they are.\n"
    )
    messages = [
        SystemMessage(
            f"{prose}Reply with exactly one JSON object matching this JSON schema:\n{schema}"
        ),
        HumanMessage(json.dumps(redacted, sort_keys=True)),
    ]
    handler = CaseCallbackHandler(
        case_id=ctx.case_id,
        agent=agent,
        provider=ctx.provider,
        timeline=ctx.timeline,
        budget=ctx.budget,
    )
    try:
        reply = ctx.model.invoke(
            messages,
            config={
                "callbacks": [handler],
                "run_name": agent,
                "metadata": {"case_id": ctx.case_id},
            },
        )
    except BusinessError:
        raise
    except Exception as exc:
        raise TechnicalError(f"{agent} model call failed ({type(exc).__name__}): {exc}") from exc

    text = reply.content if isinstance(reply.content, str) else json.dumps(reply.content)
    schema_verdict, parsed = validate_output(extract_json_object(text), output_model)
    output_verdicts = [schema_verdict]
    result = parsed.model_dump(mode="json", by_alias=True) if parsed is not None else None
    if parsed is not None:
        if confidence is not None:
            output_verdicts.append(check_confidence(confidence(parsed), ctx.confidence_threshold))
        if output_checks is not None:
            output_verdicts.extend(output_checks(parsed))
        output_verdicts.extend(
            output_leak_verdicts(
                result,
                instructions=prose,
                inputs=json.dumps(redacted, ensure_ascii=False),
            )
        )
    record_verdicts(ctx, "output", agent, output_verdicts)

    all_verdicts = input_verdicts + output_verdicts
    reasons = [f"{v.rule}: {v.reason}" for v in all_verdicts if v.needs_human]
    blocked = any(v.action is Action.BLOCK for v in output_verdicts)
    output = None if blocked or parsed is None else _restore(ctx.vault, parsed)
    # A credential in the reply, as written or encoded, blocks it (output.secret) and the
    # masking looks where that check looks: an output not blocked has nothing to mask.
    ctx.audit.record(
        AuditEntry(
            case_id=ctx.case_id,
            actor=f"agent:{agent}",
            action=f"{agent}.proposal",
            inputs_hash=_hash(redacted),
            output={
                "model": ctx.model_label,
                "result": mask_secrets(result) if blocked else result,
            },
            reason="; ".join(reasons) or "all guardrails passed",
        )
    )
    return GuardedResult[OutputT](
        output=output,
        needs_human_review=bool(reasons),
        reasons=reasons,
        verdicts=all_verdicts,
        model=ctx.model_label,
    )


def _restore(vault: PIIVault, parsed: OutputT) -> OutputT:
    """Put the real values back for the case file; the audit keeps the tokenised version."""
    if not vault.tokens:
        return parsed
    restored = map_json_strings(
        parsed.model_dump(by_alias=True), lambda _p, text: vault.restore(text)
    )
    return type(parsed).model_validate(restored)


def offline_context(
    case_id: str,
    process: str,
    *,
    timeline: CaseTimeline,
    audit: AuditSink,
    budget: ModelBudget,
    roles: Mapping[str, Callable[[dict[str, Any]], dict[str, Any]]],
    policies: GuardrailPolicies | None = None,
    known_names: tuple[str, ...] = (),
    injection_model: InjectionModel | None = None,
) -> AgentContext:
    """A context on the offline model (the default when no provider is configured), answering
    ``roles`` (``agents.offline_roles.offline_roles()``); ``injection_model`` screens external
    text as in the fleet."""
    from agents.classifier import MODEL_ID
    from agents.offline import OfflineChatModel

    return AgentContext(
        case_id=case_id,
        process=process,
        model=OfflineChatModel(roles=roles),
        model_label=MODEL_ID,
        provider="offline",
        budget=budget,
        timeline=timeline,
        audit=audit,
        policies=policies,
        injection_model=injection_model,
        known_names=known_names,
    )
