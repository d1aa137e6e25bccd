"""Confidence gate: below the threshold the case goes to a person, never silently through."""

from __future__ import annotations

import math

from guardrails.verdict import Action, Verdict

RULE_ID = "confidence.threshold"
DEFAULT_THRESHOLD = 0.7


def check_confidence(confidence: float | None, threshold: float = DEFAULT_THRESHOLD) -> Verdict:
    """``escalate`` when confidence is missing, not a number in [0, 1], or below ``threshold``."""
    if not 0.0 <= threshold <= 1.0:
        raise ValueError(f"threshold must be within [0, 1], got {threshold}")
    if confidence is None or math.isnan(confidence) or not 0.0 <= confidence <= 1.0:
        return Verdict(
            action=Action.ESCALATE,
            rule=RULE_ID,
            reason=f"confidence {confidence!r} is not a number in [0, 1]",
        )
    if confidence < threshold:
        return Verdict(
            action=Action.ESCALATE,
            rule=RULE_ID,
            reason=f"confidence {confidence:.2f} below threshold {threshold:.2f}",
        )
    return Verdict.allow(RULE_ID, f"confidence {confidence:.2f} >= {threshold:.2f}")
