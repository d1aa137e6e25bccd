"""Prometheus metrics of the agent layer, on the default registry the fleet's /metrics serves."""

from __future__ import annotations

from prometheus_client import Counter, Histogram

MODEL_CALLS = Counter(
    "baton_model_calls_total", "Chat model calls by provider and agent role", ["provider", "agent"]
)
MODEL_TOKENS = Counter(
    "baton_model_tokens_total",
    "Tokens used by chat model calls (kind = input|output)",
    ["provider", "agent", "kind"],
)
MODEL_CALL_DURATION = Histogram(
    "baton_model_call_duration_seconds",
    "Latency of one chat model call",
    ["provider", "agent"],
    buckets=(0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
)
TOOL_CALLS = Counter("baton_tool_calls_total", "Agent tool invocations", ["tool"])
GUARDRAIL_HITS = Counter(
    "baton_guardrail_hits_total",
    "Guardrail verdicts by rule and action (allow included, so rates can be computed)",
    ["rule", "action", "process"],
)
HUMAN_OVERRIDES = Counter(
    "baton_human_overrides_total",
    "A person's decision differed from the agent's proposal",
    ["process", "task"],
)
