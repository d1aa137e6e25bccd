"""ISO 8601 durations as Zeebe timers take them (``PT4H``, ``P1D``), in minutes."""

from __future__ import annotations

import re

from evaluation.errors import EvaluationError

_DURATION = re.compile(
    r"^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$"
)


def minutes(duration: str) -> float:
    """Weeks, days, hours, minutes and seconds; years and months have no fixed length here."""
    match = _DURATION.match(duration)
    if not match or duration in ("P", "PT") or duration.endswith("T"):
        raise EvaluationError(f"not an ISO 8601 duration in days or less: {duration!r}")
    weeks, days, hours, mins, secs = (float(g) if g else 0.0 for g in match.groups())
    return weeks * 10_080 + days * 1_440 + hours * 60 + mins + secs / 60
