"""`to json` and `from json` (FEEL-Scala 1.21): a FEEL value to JSON text and back, via Jackson.

`to json` writes compact JSON as Jackson writes Java values: numbers as BigDecimal.toString
(`1.0`, `1E-20`), temporal values as java.time's ISO text (a zoned date-time with its region in
brackets, a duration as `PT51H`), functions and ranges as their text. `from json` reads with
Jackson's defaults: one value, anything after it ignored, decimals through a double (one beyond
its range is null), objects as plain contexts.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from typing import Any

from engine.feel import temporal as tm
from engine.feel.builtins.base import builtin, illegal
from engine.feel.scala_order import context_items
from engine.feel.values import (
    Err,
    FeelFunction,
    Range,
    format_number,
    from_json_value,
    variables,
)

_JSON_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}
_MUST_ESCAPE = re.compile(r'[\x00-\x1f"\\]')
_JACKSON_WHITESPACE = re.compile(r"[ \t\n\r]*")
_NUMBER_FOLLOWER = re.compile(r"[ \t\n\r]|$")
_TOKEN_PART = re.compile(r"[\w$]")


class _NotJsonError(ValueError):
    """The text is not JSON as Jackson reads it."""


def _escape(char: re.Match[str]) -> str:
    text = char.group()
    return _JSON_ESCAPES.get(text) or f"\\u{ord(text):04X}"


def _json_string(text: str) -> str:
    return '"' + _MUST_ESCAPE.sub(_escape, text) + '"'


def _temporal_text(value: Any) -> str | None:
    """java.time's ISO text of a temporal value, or None for any other value."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            return tm.format_local_date_time(value)
        return tm.format_iso_zoned_date_time(value)
    if isinstance(value, dt.date):
        return tm.format_date(value)
    if isinstance(value, dt.time):
        return tm.format_local_time(value)
    if isinstance(value, tm.ZonedTime):
        return tm.format_iso_offset_time(value)
    if isinstance(value, tm.DaysTimeDuration):
        return tm.format_java_duration(value)
    if isinstance(value, tm.YearsMonthsDuration):
        return tm.format_java_period(value)
    return None


def _json_text(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format_number(value)
    if isinstance(value, str):
        return _json_string(value)
    if isinstance(value, list):
        return "[" + ",".join(_json_text(item) for item in value) + "]"
    if isinstance(value, dict):
        entries = context_items(variables(value))
        return "{" + ",".join(f"{_json_string(k)}:{_json_text(v)}" for k, v in entries) + "}"
    if isinstance(value, FeelFunction | Range):
        return _json_string(str(value))
    temporal = _temporal_text(value)
    if temporal is None:
        raise _NotJsonError(type(value).__name__)
    return _json_string(temporal)


def _to_json(value: Any) -> Any:
    try:
        return _json_text(value)
    except _NotJsonError as error:
        return Err(f"Failed to convert value to JSON: {error}")


def _reject_constant(name: str) -> Any:
    raise _NotJsonError(f"{name} is not JSON")


_DECODER = json.JSONDecoder(parse_constant=_reject_constant)


def _parse(text: str) -> Any:
    """Jackson's ObjectMapper.readValue: the first value, then a bare number must be followed
    by whitespace and `true`/`false`/`null` by no letter or digit."""
    start = _JACKSON_WHITESPACE.match(text)
    index = start.end() if start else 0
    try:
        value, end = _DECODER.raw_decode(text, index)
    except json.JSONDecodeError as error:
        raise _NotJsonError(str(error)) from None
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not _NUMBER_FOLLOWER.match(text, end):
            raise _NotJsonError(f"no space after the number {text[index:end]}")
    elif (value is None or isinstance(value, bool)) and _TOKEN_PART.match(text, end):
        raise _NotJsonError(f"unrecognized token at {index}")
    return value


def _from_json(text: Any) -> Any:
    if text is None:
        return None
    if not isinstance(text, str):
        raise illegal()
    try:
        return from_json_value(_parse(text))
    except _NotJsonError:
        return Err(f"Failed to parse JSON from '{text}'")


FUNCTIONS: dict[str, list[FeelFunction]] = {
    "to json": [builtin("value", _to_json)],
    "from json": [builtin("json", _from_json)],
}
