"""The internal signal that one decision failed; the evaluator turns it into DmnEvaluationError."""

from __future__ import annotations

import json
from typing import Any

from engine.feel import to_json


class DecisionFailedError(Exception):
    """A decision failed for ``reason`` (worded as dmn-scala words it)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def describe(value: Any) -> str:
    """A FEEL value as compact JSON, for failure messages."""
    return json.dumps(to_json(value), ensure_ascii=False, separators=(", ", ": "))
