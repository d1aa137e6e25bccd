"""Callback handler that records every model and tool call of one case: timeline, metrics,
budget."""

from __future__ import annotations

import time
from typing import Any
from uuid import UUID

import structlog
from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.messages import BaseMessage
from langchain_core.outputs import ChatGeneration, LLMResult

from agents import metrics
from agents.budget import ModelBudget
from agents.protocols import CaseTimeline, TimelineEvent

log = structlog.get_logger(__name__)


def _token_usage(response: LLMResult) -> tuple[int, int]:
    """(input, output) tokens as the provider reported them; 0 when it did not."""
    for generations in response.generations:
        for generation in generations:
            if isinstance(generation, ChatGeneration):
                usage = getattr(generation.message, "usage_metadata", None)
                if usage:
                    return int(usage.get("input_tokens", 0)), int(usage.get("output_tokens", 0))
    reported = (response.llm_output or {}).get("token_usage") or {}
    return int(reported.get("prompt_tokens", 0)), int(reported.get("completion_tokens", 0))


class CaseCallbackHandler(BaseCallbackHandler):
    """Bound to one case and agent role. Errors raised here (budget) abort the model call."""

    raise_error = True

    def __init__(
        self,
        *,
        case_id: str,
        agent: str,
        provider: str,
        timeline: CaseTimeline,
        budget: ModelBudget,
    ) -> None:
        self.case_id = case_id
        self.agent = agent
        self.provider = provider
        self.timeline = timeline
        self.budget = budget
        self._started: dict[UUID, float] = {}
        self._started_tool_names: dict[UUID, str] = {}

    def _event(self, step: str, **data: Any) -> None:
        self.timeline.append(TimelineEvent.agent_step(self.case_id, step, **data))

    def on_chat_model_start(
        self,
        serialized: dict[str, Any],
        messages: list[list[BaseMessage]],
        *,
        run_id: UUID,
        **kwargs: Any,
    ) -> None:
        self.budget.charge_call(self.case_id)
        self._started[run_id] = time.perf_counter()
        metrics.MODEL_CALLS.labels(self.provider, self.agent).inc()

    def on_llm_end(self, response: LLMResult, *, run_id: UUID, **kwargs: Any) -> None:
        started = self._started.pop(run_id, None)
        seconds = time.perf_counter() - started if started is not None else 0.0
        tokens_in, tokens_out = _token_usage(response)
        metrics.MODEL_CALL_DURATION.labels(self.provider, self.agent).observe(seconds)
        metrics.MODEL_TOKENS.labels(self.provider, self.agent, "input").inc(tokens_in)
        metrics.MODEL_TOKENS.labels(self.provider, self.agent, "output").inc(tokens_out)
        self._event(
            "model-call",
            agent=self.agent,
            provider=self.provider,
            inputTokens=tokens_in,
            outputTokens=tokens_out,
            seconds=round(seconds, 4),
        )
        log.info(
            "model call",
            case_id=self.case_id,
            agent=self.agent,
            provider=self.provider,
            input_tokens=tokens_in,
            output_tokens=tokens_out,
        )
        self.budget.charge_tokens(self.case_id, tokens_in + tokens_out)

    def on_llm_error(self, error: BaseException, *, run_id: UUID, **kwargs: Any) -> None:
        self._started.pop(run_id, None)
        self._event(
            "model-error", agent=self.agent, provider=self.provider, error=type(error).__name__
        )

    def on_tool_start(
        self, serialized: dict[str, Any], input_str: str, *, run_id: UUID, **kwargs: Any
    ) -> None:
        self._started[run_id] = time.perf_counter()
        name = str((serialized or {}).get("name", "unknown"))
        metrics.TOOL_CALLS.labels(name).inc()
        self._started_tool_names[run_id] = name

    def on_tool_end(self, output: Any, *, run_id: UUID, **kwargs: Any) -> None:
        started = self._started.pop(run_id, None)
        name = self._started_tool_names.pop(run_id, "unknown")
        seconds = time.perf_counter() - started if started is not None else 0.0
        self._event("tool-call", agent=self.agent, tool=name, seconds=round(seconds, 4))

    def on_tool_error(self, error: BaseException, *, run_id: UUID, **kwargs: Any) -> None:
        self._started.pop(run_id, None)
        name = self._started_tool_names.pop(run_id, "unknown")
        self._event("tool-error", agent=self.agent, tool=name, error=type(error).__name__)
