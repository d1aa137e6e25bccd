"""Guardrail hits and model calls, read from the fleet's Prometheus ``/metrics`` before and after
a run; the difference is what the run cost."""

from __future__ import annotations

import re
from typing import Any

import httpx

from evaluation.errors import EvaluationError

_SAMPLE = re.compile(r"^(baton_(?:guardrail_hits|model_calls)_total)\{([^}]*)\}\s+(\S+)$")
_LABEL = re.compile(r'(\w+)="((?:[^"\\]|\\.)*)"')
Counts = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def parse(text: str) -> Counts:
    counts: Counts = {}
    for line in text.splitlines():
        match = _SAMPLE.match(line.strip())
        if match:
            labels = tuple(sorted(_LABEL.findall(match.group(2))))
            counts[(match.group(1), labels)] = float(match.group(3))
    return counts


async def scrape(url: str) -> Counts:
    async with httpx.AsyncClient(timeout=10) as http:
        try:
            response = await http.get(url)
        except httpx.HTTPError as error:
            raise EvaluationError(f"the fleet's metrics at {url} did not answer: {error}") from None
    if response.is_error:
        raise EvaluationError(f"the fleet's metrics at {url} answered {response.status_code}")
    return parse(response.text)


def difference(before: Counts, after: Counts) -> dict[str, Any]:
    """Guardrail verdicts that were not ``allow``, by rule, and model calls, by agent."""
    hits: dict[str, int] = {}
    calls: dict[str, int] = {}
    for (name, labels), value in sorted(after.items()):
        delta = round(value - before.get((name, labels), 0.0))
        if delta <= 0:
            continue
        label = dict(labels)
        if name == "baton_guardrail_hits_total" and label.get("action") != "allow":
            rule = f"{label.get('rule', '?')} ({label.get('action', '?')})"
            hits[rule] = hits.get(rule, 0) + delta
        elif name == "baton_model_calls_total":
            agent = f"{label.get('agent', '?')} ({label.get('provider', '?')})"
            calls[agent] = calls.get(agent, 0) + delta
    return {
        "guardrailHits": hits,
        "guardrailHitsTotal": sum(hits.values()),
        "modelCalls": calls,
        "modelCallsTotal": sum(calls.values()),
    }
