"""Guardrails on what a tool hands back to a model: a knowledge passage, a case file or a
legacy-system response is screened like case text, and what carries an injection is withheld
(the model sees the rule that fired, never the payload). Such responses come from outside Baton,
so the learned injection classifier, when given, screens them next to the rules."""

from __future__ import annotations

from typing import Any

from guardrails import InjectionModel, Verdict, detect_injection_in


def findings(response: Any, source: str, model: InjectionModel | None = None) -> list[Verdict]:
    return [v for v in detect_injection_in(response, source=source, model=model) if v.needs_human]


def screened(response: Any, source: str, model: InjectionModel | None = None) -> Any:
    """``response`` unchanged, or ``{"withheld": true, ...}`` naming the rules that fired."""
    hits = findings(response, source, model)
    if not hits:
        return response
    return {"withheld": True, "source": source, "reasons": [f"{v.rule}: {v.reason}" for v in hits]}
