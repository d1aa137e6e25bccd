"""The fleet-wide agent runtime: one chat model, one budget, the sinks, the policies.

Workers build it once from settings and derive an :class:`~agents.guarded.AgentContext` per case.
Until the context store is wired, timeline events and audit entries go to the structured log.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import structlog
from langchain_core.language_models import BaseChatModel

from agents.budget import ModelBudget
from agents.guarded import AgentContext
from agents.offline import OfflineHandler
from agents.protocols import AuditEntry, AuditSink, CaseTimeline, TimelineEvent
from agents.providers import NO_ROLES, build_chat_model, model_label
from config import LLMSettings
from guardrails import GuardrailPolicies, InjectionModel, load_guardrail_policies

log = structlog.get_logger(__name__)


class LoggingTimeline:
    """Case timeline written to the structured log (no text content, only event data)."""

    def append(self, event: TimelineEvent) -> None:
        log.info(
            "case.timeline",
            case_id=event.case_id,
            kind=event.kind.value,
            step=event.summary,
            data=event.payload,
        )


class LoggingAudit:
    """Audit entries written to the structured log; outputs are already PII-tokenised."""

    def record(self, entry: AuditEntry) -> None:
        log.info(
            "case.audit",
            case_id=entry.case_id,
            actor=entry.actor,
            action=entry.action,
            inputs_hash=entry.inputs_hash,
            reason=entry.reason,
        )


@dataclass(frozen=True)
class AgentRuntime:
    model: BaseChatModel
    model_label: str
    provider: str
    budget: ModelBudget
    timeline: CaseTimeline
    audit: AuditSink
    policies: GuardrailPolicies
    injection_model: InjectionModel | None = None

    @classmethod
    def from_settings(
        cls,
        settings: LLMSettings,
        *,
        timeline: CaseTimeline | None = None,
        audit: AuditSink | None = None,
        policies: GuardrailPolicies | None = None,
        offline_roles: Mapping[str, OfflineHandler] = NO_ROLES,
        injection_model: InjectionModel | None = None,
    ) -> AgentRuntime:
        """``injection_model`` (built once by the fleet) adds the learned injection classifier
        to the rules on the external text of every agent's input; without it the rules screen
        alone."""
        return cls(
            model=build_chat_model(settings, offline_roles),
            model_label=model_label(settings),
            provider=settings.provider.value,
            budget=ModelBudget.from_settings(settings),
            timeline=timeline or LoggingTimeline(),
            audit=audit or LoggingAudit(),
            policies=policies or load_guardrail_policies(),
            injection_model=injection_model,
        )

    def context(
        self, case_id: str, process: str, known_names: tuple[str, ...] = ()
    ) -> AgentContext:
        return AgentContext(
            case_id=case_id,
            process=process,
            model=self.model,
            model_label=self.model_label,
            provider=self.provider,
            budget=self.budget,
            timeline=self.timeline,
            audit=self.audit,
            policies=self.policies,
            injection_model=self.injection_model,
            known_names=known_names,
        )
