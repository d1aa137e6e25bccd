"""Guardrails on what a tool hands back to a model: a knowledge passage, a case file or a
legacy-system response is screened like case text, and what carries an injection is withheld
(the model sees the rule that fired, never the payload)."""

from __future__ import annotations

from typing import Any

from guardrails import Verdict, detect_injection_in


def findings(response: Any, source: str) -> list[Verdict]:
    return [v for v in detect_injection_in(response, source=source) if v.needs_human]


def screened(response: Any, source: str) -> Any:
    """``response`` unchanged, or ``{"withheld": true, ...}`` naming the rules that fired."""
    hits = findings(response, source)
    if not hits:
        return response
    return {"withheld": True, "source": source, "reasons": [f"{v.rule}: {v.reason}" for v in hits]}
