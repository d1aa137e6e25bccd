"""Check a decision's result against the ``typeRef`` of its ``variable``, as dmn-scala does.

null passes any type, a type dmn-scala does not know passes any value, and a "feel:" prefix is
accepted; a mismatch fails the decision ("expected 'string' but found ...").
"""

from __future__ import annotations

from typing import Any

from engine.dmn.failure import DecisionFailedError, describe
from engine.feel.values import type_name

FEEL_PREFIX = "feel:"

FEEL_TYPE_BY_TYPE_REF = {
    "string": "string",
    "number": "number",
    "boolean": "boolean",
    "time": "time",
    "date": "date",
    "dateTime": "date and time",
    "dayTimeDuration": "days and time duration",
    "yearMonthDuration": "years and months duration",
}


def check_result_type(value: Any, type_ref: str) -> None:
    type_ref_name = type_ref.replace(FEEL_PREFIX, "")
    expected = FEEL_TYPE_BY_TYPE_REF.get(type_ref_name)
    if value is None or expected is None or type_name(value) == expected:
        return
    raise DecisionFailedError(f"expected '{type_ref_name}' but found '{describe(value)}'")
