"""Check a decision's result against the ``typeRef`` of its ``variable``, as dmn-scala does.

null passes any type, an unknown type passes any value, and "feel:" prefixes are accepted;
a mismatch fails the decision ("expected 'string' but found ...").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from engine.dmn.failure import DecisionFailedError, describe
from engine.feel.temporal import DaysTimeDuration, YearsMonthsDuration, ZonedTime

FEEL_PREFIX = "feel:"

_TYPE_TESTS: dict[str, Callable[[Any], bool]] = {
    "string": lambda value: isinstance(value, str),
    "number": lambda value: isinstance(value, Decimal),
    "boolean": lambda value: isinstance(value, bool),
    "time": lambda value: isinstance(value, dt.time | ZonedTime),
    "date": lambda value: isinstance(value, dt.date) and not isinstance(value, dt.datetime),
    "dateTime": lambda value: isinstance(value, dt.datetime),
    "dayTimeDuration": lambda value: isinstance(value, DaysTimeDuration),
    "yearMonthDuration": lambda value: isinstance(value, YearsMonthsDuration),
}


def check_result_type(value: Any, type_ref: str) -> None:
    type_name = type_ref.replace(FEEL_PREFIX, "")
    is_of_type = _TYPE_TESTS.get(type_name)
    if value is None or is_of_type is None or is_of_type(value):
        return
    raise DecisionFailedError(f"expected '{type_name}' but found '{describe(value)}'")
