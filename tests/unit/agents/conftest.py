from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

import pytest
from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.language_models.fake_chat_models import FakeListChatModel
from langchain_core.messages import BaseMessage
from langchain_core.outputs import ChatResult
from pydantic import Field

from agents import (
    AgentContext,
    InMemoryAudit,
    InMemoryTimeline,
    ModelBudget,
    OfflineHandler,
    offline_context,
    offline_roles,
)
from guardrails import GuardrailPolicies, InjectionModel, load_guardrail_policies


class RecordingFakeChatModel(FakeListChatModel):
    """LangChain's fake list model that also keeps the messages it was sent."""

    seen: list[list[BaseMessage]] = Field(default_factory=list)

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        self.seen.append(list(messages))
        return super()._generate(messages, stop, run_manager, **kwargs)


@pytest.fixture(scope="session")
def policies() -> GuardrailPolicies:
    return load_guardrail_policies()


@pytest.fixture(scope="session")
def injection_model() -> InjectionModel:
    """The learned injection classifier, trained once per session as the fleet does at start."""
    return InjectionModel.trained()


@pytest.fixture
def timeline() -> InMemoryTimeline:
    return InMemoryTimeline()


@pytest.fixture
def audit() -> InMemoryAudit:
    return InMemoryAudit()


@pytest.fixture(scope="session")
def roles() -> Mapping[str, OfflineHandler]:
    return offline_roles()


@pytest.fixture
def offline_ctx(
    timeline: InMemoryTimeline,
    audit: InMemoryAudit,
    policies: GuardrailPolicies,
    roles: Mapping[str, OfflineHandler],
) -> AgentContext:
    return offline_context(
        "CASE-1",
        "claims-adjudication",
        timeline=timeline,
        audit=audit,
        budget=ModelBudget(20, 100_000),
        roles=roles,
        policies=policies,
        known_names=("Anna Berg",),
    )


@pytest.fixture
def classifier_ctx(
    timeline: InMemoryTimeline,
    audit: InMemoryAudit,
    policies: GuardrailPolicies,
    roles: Mapping[str, OfflineHandler],
    injection_model: InjectionModel,
) -> AgentContext:
    """The offline context with the learned injection classifier, as the fleet builds it."""
    return offline_context(
        "CASE-3",
        "claims-adjudication",
        timeline=timeline,
        audit=audit,
        budget=ModelBudget(20, 100_000),
        roles=roles,
        policies=policies,
        injection_model=injection_model,
    )


FakeContext = Callable[..., tuple[AgentContext, RecordingFakeChatModel]]


@pytest.fixture
def fake_ctx(
    timeline: InMemoryTimeline, audit: InMemoryAudit, policies: GuardrailPolicies
) -> FakeContext:
    """A context whose model is LangChain's fake chat model answering the given replies."""

    def make(
        *replies: dict[str, Any] | str, process: str = "claims-adjudication"
    ) -> tuple[AgentContext, RecordingFakeChatModel]:
        texts = [r if isinstance(r, str) else json.dumps(r) for r in replies]
        model = RecordingFakeChatModel(responses=texts)
        ctx = AgentContext(
            case_id="CASE-2",
            process=process,
            model=model,
            model_label="fake:list",
            provider="fake",
            budget=ModelBudget(20, 100_000),
            timeline=timeline,
            audit=audit,
            policies=policies,
            known_names=("Anna Berg",),
        )
        return ctx, model

    return make


def sent_text(model: BaseChatModel) -> str:
    """Everything the recording model was sent, as one string."""
    assert isinstance(model, RecordingFakeChatModel)
    return "\n".join(str(m.content) for call in model.seen for m in call)
