"""FEEL's value model in Python, and how values compare, print and leave as JSON.

null is None, booleans are bool, numbers are Decimal (DECIMAL128 like FEEL-Scala's BigDecimal),
strings str, lists list, contexts dict (a `JsonContext` when read from an object variable);
temporal values come from `temporal`. A failed sub-evaluation is an `Err` value (FEEL-Scala's
ValError), which most operators turn into null.
"""

from __future__ import annotations

import datetime as dt
import decimal
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from engine.feel.errors import FeelEvaluationError
from engine.feel.java_strings import compare_strings, utf8_as_java_writes
from engine.feel.scala_order import context_items
from engine.feel.temporal import (
    DaysTimeDuration,
    YearsMonthsDuration,
    ZonedTime,
    format_date,
    format_date_time,
    format_iso_offset_date_time,
    format_java_local_time,
    format_local_date_time,
    format_local_time,
    offset_seconds,
    zone_id,
)

DECIMAL128 = decimal.Context(
    prec=34, rounding=decimal.ROUND_HALF_EVEN, Emax=6144, Emin=-6143, traps=[]
)
_LONG_MIN, _LONG_MAX = -(2**63), 2**63 - 1


@dataclass(frozen=True)
class Err:
    """A failure that FEEL-Scala reports as suppressed and usually turns into null."""

    message: str


@dataclass(frozen=True)
class Fatal:
    """A failure that fails the whole evaluation (FEEL-Scala's ValFatalError)."""

    message: str


@dataclass(frozen=True)
class FeelFunction:
    """A function value: a built-in or a `function(..) body` definition."""

    params: tuple[str, ...]
    invoke: Callable[[list[Any]], Any] = field(compare=False)
    var_args: bool = False

    def __str__(self) -> str:
        return f"function({', '.join(self.params)})"


@dataclass(frozen=True)
class Range:
    """A range value such as `[1..5)`, passed to the range built-ins."""

    start: Any
    start_closed: bool
    end: Any
    end_closed: bool

    def __str__(self) -> str:
        left = "[" if self.start_closed else "("
        right = "]" if self.end_closed else ")"
        return f"{left}{to_string(self.start)}..{to_string(self.end)}{right}"


class JsonContext(dict[str, Any]):
    """A context read from a JSON object variable, remembering the JSON of its entries.

    Zeebe's MessagePackContext keeps an object variable as MessagePack and writes it back byte
    for byte, so a `2.0` inside stays a float. `raw` maps each entry that still holds its
    variable value (also after `context put` or `context merge` carried it over) to that JSON.
    """

    __slots__ = ("raw",)
    raw: Mapping[str, Any]

    @classmethod
    def of(cls, entries: Mapping[str, Any], raw: Mapping[str, Any]) -> JsonContext:
        context = cls(entries)
        context.raw = raw
        return context


def decimal_from_double(value: float) -> Decimal:
    """The BigDecimal Scala makes of a double, i.e. of Java's `Double.toString` text."""
    if not math.isfinite(value):
        raise FeelEvaluationError("", f"the number {value} is not finite")
    exact = Decimal(repr(value))
    if value == 0:
        return Decimal("0.0")
    sign, digits, exponent = exact.normalize().as_tuple()
    assert isinstance(exponent, int)
    if 1e-3 <= abs(value) < 1e7:
        scale = max(1, -exponent)
        return exact.quantize(Decimal(1).scaleb(-scale), context=DECIMAL128)
    power = len(digits) - 1 + exponent
    mantissa = digits if len(digits) > 1 else (*digits, 0)
    return Decimal((sign, mantissa, power - (len(mantissa) - 1)))


def from_json(value: Any) -> Any:
    """A JSON-shaped variable value as FEEL sees it: numbers become Decimal, objects JsonContext."""
    kind_ = type(value)
    if kind_ is str or kind_ is bool or value is None:
        return value
    if kind_ is int:
        return Decimal(value)
    if isinstance(value, Mapping):
        context = JsonContext({str(key): from_json(item) for key, item in value.items()})
        context.raw = value
        return context
    if isinstance(value, list | tuple):
        return [from_json(item) for item in value]
    return _from_json_scalar(value)


def from_json_value(value: Any) -> Any:
    """A parsed JSON value as a FEEL value whose objects are plain contexts (`from json`)."""
    if isinstance(value, Mapping):
        return {str(key): from_json_value(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [from_json_value(item) for item in value]
    return _from_json_scalar(value)


def _from_json_scalar(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    if isinstance(value, float):
        return None if not math.isfinite(value) else decimal_from_double(value)
    return value


def kind(value: Any) -> str:
    """The FEEL-Scala value class of a value; values compare only within one kind."""
    fast = _FAST_KINDS.get(type(value))
    if fast is not None:
        return fast
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, Decimal):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, dt.datetime):
        return "local date and time" if value.tzinfo is None else "date and time"
    if isinstance(value, dt.date):
        return "date"
    if isinstance(value, dt.time):
        return "local time"
    if isinstance(value, ZonedTime):
        return "time"
    if isinstance(value, YearsMonthsDuration):
        return "years and months duration"
    if isinstance(value, DaysTimeDuration):
        return "days and time duration"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "context"
    if isinstance(value, FeelFunction):
        return "function"
    if isinstance(value, Range):
        return "range"
    return "error"


_FAST_KINDS: dict[type, str] = {
    type(None): "null",
    bool: "boolean",
    Decimal: "number",
    str: "string",
    list: "list",
    dict: "context",
    JsonContext: "context",
    dt.date: "date",
    dt.time: "local time",
}


def type_name(value: Any) -> str:
    """The type name `instance of` checks against."""
    name = kind(value)
    return {"local date and time": "date and time", "local time": "time"}.get(name, name)


_SCALAR_COMPARABLE = frozenset(
    {
        "number",
        "string",
        "date",
        "local time",
        "time",
        "local date and time",
        "date and time",
        "years and months duration",
        "days and time duration",
    }
)


def is_comparable(value: Any) -> bool:
    """Val.isComparable: scalars with an order, or a non-empty list of one such kind."""
    name = kind(value)
    if name == "list":
        return (
            bool(value)
            and is_comparable(value[0])
            and all(kind(item) == kind(value[0]) for item in value)
        )
    return name in _SCALAR_COMPARABLE


def _date_time_key(value: dt.datetime) -> tuple[Any, ...]:
    return (value.astimezone(dt.UTC), value.replace(tzinfo=None), zone_id(value) or "")


def compare(x: Any, y: Any) -> int:
    """Val.compare: -1, 0 or 1 for two values of one comparable kind."""
    name = kind(x)
    if name != kind(y) or name not in _SCALAR_COMPARABLE:
        raise FeelEvaluationError("", f"{to_string(x)} can not be compared to {to_string(y)}")
    a: Any
    b: Any
    if name == "time":
        a, b = x.utc_nanos, y.utc_nanos
    elif name == "date and time":
        a, b = _date_time_key(x), _date_time_key(y)
    elif name == "years and months duration":
        a, b = x.months, y.months
    elif name == "days and time duration":
        a, b = x.nanos, y.nanos
    elif name == "string":
        return compare_strings(x, y)
    else:
        a, b = x, y
    return int((a > b) - (a < b))


def equals(x: Any, y: Any) -> bool | Err:
    """ValComparator.compare: FEEL equality, or Err when the kinds differ."""
    if x is None or y is None:
        return x is None and y is None
    name = kind(x)
    if name != kind(y) or name in ("function", "range", "error"):
        return Err(f"Can't compare '{to_string(x)}' with '{to_string(y)}'")
    if name == "list":
        return len(x) == len(y) and all(equals(a, b) is True for a, b in zip(x, y, strict=True))
    if name == "context":
        return x.keys() == y.keys() and all(equals(x[key], y[key]) is True for key in x)
    if name == "date and time":
        return (
            x.replace(tzinfo=None) == y.replace(tzinfo=None)
            and offset_seconds(x) == offset_seconds(y)
            and zone_id(x) == zone_id(y)
        )
    return bool(x == y)


def same(x: Any, y: Any) -> bool:
    """Scala `==` on values, as `list contains` uses it."""
    return equals(x, y) is True


def hash_key(value: Any) -> Any:
    """A hashable stand-in for a value, equal exactly when FEEL equality holds."""
    name = kind(value)
    if name == "list":
        return ("list", tuple(hash_key(item) for item in value))
    if name == "context":
        return ("context", frozenset((key, hash_key(item)) for key, item in value.items()))
    if name == "number":
        return ("number", value.normalize(DECIMAL128) if value else Decimal(0))
    if name == "date and time":
        return (name, value.replace(tzinfo=None), offset_seconds(value), zone_id(value))
    if name in ("function", "range"):
        return (name, id(value))
    return (name, value)


def variables(context: Mapping[str, Any]) -> dict[str, Any]:
    """The entries of a context that are not functions (FEEL-Scala keeps those apart)."""
    return {key: value for key, value in context.items() if not isinstance(value, FeelFunction)}


def format_number(value: Decimal) -> str:
    """BigDecimal.toString; Python's Decimal uses the same scientific-notation rule.

    BigDecimal has no negative zero, so `-0` and `-0.0` print without the sign.
    """
    if not value and value.is_signed():
        return str(value.copy_abs())
    return str(value)


def to_string(value: Any) -> str:
    """The text FEEL-Scala prints for a value (`string()` and messages)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format_number(value)
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            return format_local_date_time(value)
        return format_date_time(value)
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, dt.time):
        return format_local_time(value)
    if isinstance(value, list):
        return "[" + ", ".join(to_string(item) for item in value) + "]"
    if isinstance(value, dict):
        entries = (f"{key}:{to_string(item)}" for key, item in context_items(variables(value)))
        return "{" + ", ".join(entries) + "}"
    return str(value)


def to_json(value: Any) -> Any:
    """A FEEL value as Zeebe stores it in a variable (FeelToMessagePackTransformer).

    Whole numbers within a long become int, other numbers float; temporal values become their
    ISO text (a zoned date-time as Java's ISO_OFFSET_DATE_TIME, e.g. `...+01:00`); functions and
    ranges become null, and a context drops its function entries. An entry of an object variable
    that FEEL did not change is written back as it came (`JsonContext`).
    """
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return utf8_as_java_writes(value)
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            whole = int(value)
            if _LONG_MIN <= whole <= _LONG_MAX:
                return whole
            return ((whole - _LONG_MIN) % 2**64) + _LONG_MIN
        return float(value)
    if isinstance(value, int | float):
        return value
    if isinstance(value, list):
        return [to_json(item) for item in value]
    if isinstance(value, JsonContext):
        raw = value.raw
        return {
            key: _raw_to_json(raw[key]) if key in raw else to_json(item)
            for key, item in value.items()
            if not isinstance(item, FeelFunction)
        }
    if isinstance(value, dict):
        return {
            key: to_json(item) for key, item in value.items() if not isinstance(item, FeelFunction)
        }
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            return format_local_date_time(value)
        return format_iso_offset_date_time(value)
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, dt.time):
        return format_java_local_time(value)
    if isinstance(value, ZonedTime | YearsMonthsDuration | DaysTimeDuration):
        return str(value)
    return None


def _raw_to_json(value: Any) -> Any:
    """A variable's JSON copied back unchanged; a FEEL value found inside (a decision result
    passed on as a variable) is written as `to_json` writes it."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, Mapping):
        return {str(key): _raw_to_json(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_raw_to_json(item) for item in value]
    return to_json(value)
