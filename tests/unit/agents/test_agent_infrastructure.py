"""Budget, providers, the offline model and its classifier, callbacks, overrides."""

from __future__ import annotations

from typing import Any

import pytest
from langchain_anthropic import ChatAnthropic
from langchain_core.messages import HumanMessage, SystemMessage
from langchain_ollama import ChatOllama
from langchain_openai import ChatOpenAI
from prometheus_client import REGISTRY
from pydantic import ValidationError

from agents import (
    MODEL_ID,
    AgentContext,
    GuardedResult,
    IngestionInput,
    IngestionOutput,
    InMemoryAudit,
    ModelBudget,
    OfflineChatModel,
    build_chat_model,
    compare_decision,
    holdout_accuracy,
    ingest,
    load_examples,
    model_label,
    record_override,
)
from config import LLMSettings
from contracts.errors import GuardrailBlockedError, ModelBudgetExceededError, TechnicalError
from tests.unit.agents.conftest import FakeContext

# Measured 2026-11-25 (`make agents-accuracy`) on the 320 shipped examples: held-out 25% split
# (seed 0) = 0.938; 5-fold stratified cross-validation = 0.903 (0.897-0.909 over four shuffles).
CLASSIFIER_ACCURACY_FLOOR = 0.85


def request(text: str = "Kitchen fire.") -> IngestionInput:
    return IngestionInput(
        case_id="C", process="claims-adjudication", text=text, categories=["fire", "water"]
    )


REPLY = {
    "category": "fire",
    "priority": "normal",
    "complexity": "standard",
    "routeHint": "claims-handler",
    "keyFacts": [],
    "confidence": 0.9,
    "reasons": ["fire"],
}


def test_second_call_over_the_call_budget_raises_the_bpmn_error(fake_ctx: FakeContext) -> None:
    ctx, model = fake_ctx(REPLY, REPLY)
    ctx.budget = ModelBudget(max_calls_per_case=1, max_tokens_per_case=100_000)
    ingest(ctx, request())
    with pytest.raises(ModelBudgetExceededError) as info:
        ingest(ctx, request())
    assert info.value.code == "MODEL_BUDGET_EXCEEDED"
    assert len(model.seen) == 1


def test_reply_over_the_token_budget_raises(offline_ctx: AgentContext) -> None:
    offline_ctx.budget = ModelBudget(max_calls_per_case=10, max_tokens_per_case=50)
    with pytest.raises(ModelBudgetExceededError, match="tokens"):
        ingest(offline_ctx, request())
    assert offline_ctx.budget.usage("CASE-1").tokens > 50


def test_budget_is_kept_per_case_and_released() -> None:
    budget = ModelBudget(1, 1000)
    budget.charge_call("a")
    budget.charge_call("b")
    with pytest.raises(ModelBudgetExceededError):
        budget.charge_call("a")
    budget.release("a")
    budget.charge_call("a")
    assert budget.usage("a").calls == 1


@pytest.mark.parametrize(("calls", "tokens"), [(0, 10), (10, 0)])
def test_budget_rejects_non_positive_limits(calls: int, tokens: int) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        ModelBudget(calls, tokens)


def test_budget_from_settings_uses_the_configured_caps() -> None:
    budget = ModelBudget.from_settings(LLMSettings(max_calls_per_case=3, max_tokens_per_case=99))
    assert (budget.max_calls, budget.max_tokens) == (3, 99)


def test_model_failure_becomes_a_technical_error(fake_ctx: FakeContext) -> None:
    ctx, _ = fake_ctx()  # no replies left: the fake model raises
    with pytest.raises(TechnicalError, match="ingestion model call failed"):
        ingest(ctx, request())


def test_model_calls_and_tokens_are_counted_by_provider_and_agent(fake_ctx: FakeContext) -> None:
    ctx, _ = fake_ctx(REPLY)
    labels = {"provider": "fake", "agent": "ingestion"}
    before = REGISTRY.get_sample_value("baton_model_calls_total", labels) or 0
    ingest(ctx, request())
    assert REGISTRY.get_sample_value("baton_model_calls_total", labels) == before + 1
    assert REGISTRY.get_sample_value("baton_model_call_duration_seconds_count", labels)


def test_blocked_result_raises_the_guardrail_bpmn_error() -> None:
    result = GuardedResult[IngestionOutput](
        output=None, needs_human_review=True, reasons=["output.schema: bad"], verdicts=[], model="m"
    )
    with pytest.raises(GuardrailBlockedError) as info:
        result.raise_if_blocked()
    assert info.value.code == "GUARDRAIL_BLOCKED"
    assert info.value.variables["needsHumanReview"] is True


@pytest.mark.parametrize(
    ("provider", "expected"),
    [
        ("openai-compatible", ChatOpenAI),
        ("anthropic", ChatAnthropic),
        ("ollama", ChatOllama),
    ],
)
def test_remote_provider_is_constructed_from_settings_without_a_call(
    provider: str, expected: type
) -> None:
    settings = LLMSettings.model_validate(
        {
            "provider": provider,
            "model": "test-model",
            "base_url": "http://127.0.0.1:9/v1",
            "api_key": "sk-test",
        }
    )
    model = build_chat_model(settings)
    assert isinstance(model, expected)
    assert model_label(settings) == f"{provider}:test-model"


def test_offline_is_the_default_provider_and_names_itself() -> None:
    settings = LLMSettings()
    assert isinstance(build_chat_model(settings), OfflineChatModel)
    assert model_label(settings) == MODEL_ID == "baton-offline-v1 (tfidf+logreg, rules)"


def test_remote_provider_without_a_model_name_is_rejected() -> None:
    with pytest.raises(ValidationError, match="needs a model name"):
        LLMSettings.model_validate({"provider": "anthropic"})


def test_offline_classifier_held_out_accuracy_is_above_the_measured_floor() -> None:
    assert holdout_accuracy(test_size=0.25, seed=0) >= CLASSIFIER_ACCURACY_FLOOR


def test_shipped_training_data_has_every_loss_type_balanced() -> None:
    counts: dict[str, int] = {}
    for example in load_examples():
        counts[example.label] = counts.get(example.label, 0) + 1
    assert set(counts) == {
        "water",
        "fire",
        "theft",
        "storm",
        "collision",
        "liability",
        "glass",
        "other",
    }
    assert min(counts.values()) >= 40


@pytest.mark.parametrize(
    ("messages", "error"),
    [
        ([HumanMessage("{}")], "system message"),
        ([SystemMessage("you are helpful"), HumanMessage("{}")], "must start with"),
        ([SystemMessage("baton-agent-role: ingestion"), HumanMessage("not json")], "JSON payload"),
        ([SystemMessage("baton-agent-role: ingestion"), HumanMessage("[1]")], "JSON object"),
    ],
)
def test_offline_model_rejects_malformed_prompts(messages: list[Any], error: str) -> None:
    with pytest.raises(ValueError, match=error):
        OfflineChatModel().invoke(messages)


def test_offline_model_rejects_an_unknown_role() -> None:
    with pytest.raises(ValueError, match="no handler for agent role 'astrologer'"):
        OfflineChatModel().invoke(
            [SystemMessage("baton-agent-role: astrologer"), HumanMessage("{}")]
        )


def test_override_lists_changed_fields_and_ignores_formatting() -> None:
    override = compare_decision(
        {"outcome": "approved", "payout": 2500, "currency": "EUR"},
        {"outcome": "APPROVED", "payout": "1800.00", "currency": "EUR"},
        case_id="CLM-1",
        process="claims-adjudication",
        task="review",
        actor="handler:jo",
        reason="depreciation on the old floor",
    )
    assert override is not None
    assert [(c.field, c.proposed, c.decided) for c in override.changes] == [
        ("payout", 2500, "1800.00")
    ]


def test_confirmed_proposal_is_not_an_override() -> None:
    same = {"outcome": "approved", "payout": "2500"}
    assert (
        compare_decision(
            same,
            {"outcome": "approved", "payout": 2500.0},
            case_id="c",
            process="p",
            task="t",
            actor="a",
            reason="ok",
        )
        is None
    )


def test_recorded_override_is_counted_and_audited() -> None:
    override = compare_decision(
        {"outcome": "approved"},
        {"outcome": "denied"},
        case_id="CLM-2",
        process="claims-adjudication",
        task="review",
        actor="handler:jo",
        reason="policy lapsed",
    )
    assert override is not None
    audit = InMemoryAudit()
    labels = {"process": "claims-adjudication", "task": "review"}
    before = REGISTRY.get_sample_value("baton_human_overrides_total", labels) or 0
    record_override(override, audit)
    assert REGISTRY.get_sample_value("baton_human_overrides_total", labels) == before + 1
    (entry,) = audit.entries
    assert (entry.actor, entry.action, entry.reason) == (
        "handler:jo",
        "review.override",
        "policy lapsed",
    )
    assert entry.output["changes"] == [
        {"field": "outcome", "proposed": "approved", "decided": "denied"}
    ]
