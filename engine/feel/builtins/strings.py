"""String built-ins, with Java's regular-expression flags and replacement syntax.

Lengths and positions count UTF-16 code units as Java's String does (`java_strings`). Patterns
run with Python's ASCII flag, as Java's `\\w`, `\\d`, `\\s` and case-insensitive matching are
ASCII-only unless a pattern asks for Unicode with `(?u)` or `(?U)`.
"""

from __future__ import annotations

import base64
import os
import re
import time
import uuid
from decimal import Decimal
from typing import Any

from engine.feel.builtins.base import builtin, illegal
from engine.feel.errors import FeelEvaluationError
from engine.feel.java_strings import (
    code_units,
    is_java_blank,
    join_units,
    utf8_as_java_writes,
    utf16_length,
    utf16_slice,
)
from engine.feel.values import Err, FeelFunction

_JAVA_TRIM = "".join(chr(code) for code in range(33))


def _strings(*values: Any) -> None:
    if not all(isinstance(value, str) for value in values):
        raise illegal()


def _index(text: str, position: int) -> int:
    return position - 1 if position > 0 else utf16_length(text) + position


def _out_of_range(text: str, start: Decimal) -> FeelEvaluationError:
    """Java's substring throws here, which fails the whole evaluation in FEEL-Scala."""
    return FeelEvaluationError("", f"start position {start} is out of range for '{text}'")


def _substring(text: Any, start: Any) -> Any:
    if not isinstance(text, str) or not isinstance(start, Decimal):
        raise illegal()
    index = _index(text, int(start))
    if index < 0 or index > utf16_length(text):
        raise _out_of_range(text, start)
    return utf16_slice(text, index)


def _substring3(text: Any, start: Any, length: Any) -> Any:
    if not isinstance(text, str) or not isinstance(start, Decimal):
        raise illegal()
    if not isinstance(length, Decimal):
        raise illegal()
    index, size = _index(text, int(start)), utf16_length(text)
    end = min(index + int(length), size)
    if index < 0 or index > size or end < index:
        raise _out_of_range(text, start)
    return utf16_slice(text, index, end)


def _length(text: Any) -> Any:
    _strings(text)
    return Decimal(utf16_length(text))


def _upper(text: Any) -> Any:
    _strings(text)
    return text.upper()


def _lower(text: Any) -> Any:
    _strings(text)
    return text.lower()


def _units(text: Any, match: Any) -> tuple[str, str]:
    _strings(text, match)
    return code_units(text), code_units(match)


def _before(text: Any, match: Any) -> Any:
    text, match = _units(text, match)
    index = text.find(match)
    return join_units(text[:index]) if index > 0 else ""


def _after(text: Any, match: Any) -> Any:
    text, match = _units(text, match)
    index = text.find(match)
    return join_units(text[index + len(match) :]) if index >= 0 else ""


_UNICODE_REQUEST = re.compile(r"\(\?([a-zA-Z]*)[uU]([a-zA-Z]*)([):])")
_JAVA_QUOTE = re.compile(r"\\Q(.*?)(?:\\E|$)", re.S)
_JAVA_NAMED_GROUP = re.compile(r"\(\?<([a-zA-Z][a-zA-Z0-9]*)>")


def _flags(flags: str, pattern: str) -> int:
    value = 0 if _UNICODE_REQUEST.search(pattern) else re.ASCII
    for letter, flag in (("s", re.S), ("m", re.M), ("i", re.I), ("x", re.X)):
        if letter in flags:
            value |= flag
    return value


def _python_pattern(pattern: str) -> str:
    """Java's `\\Q..\\E` quoting, `(?<name>` groups and `(?u)`/`(?U)` in Python's syntax."""
    pattern = _JAVA_QUOTE.sub(lambda quoted: re.escape(quoted[1]), pattern)
    pattern = _JAVA_NAMED_GROUP.sub(r"(?P<\1>", pattern)
    return _UNICODE_REQUEST.sub(_without_unicode_flag, pattern)


def _without_unicode_flag(group: re.Match[str]) -> str:
    flags = (group[1] + group[2]).replace("u", "").replace("U", "")
    return "" if not flags and group[3] == ")" else f"(?{flags}{group[3]}"


def _compile(pattern: str, flags: str = "") -> re.Pattern[str] | Err:
    try:
        return re.compile(_python_pattern(pattern), _flags(flags, pattern))
    except re.error:
        return Err(f"Invalid pattern '{pattern}'")


def _java_replacement(replacement: str) -> Any:
    """Java's Matcher replacement text: `$1`/`${name}` are groups, `\\x` is a literal x."""

    def expand(match: re.Match[str]) -> str:
        out, index = [], 0
        while index < len(replacement):
            char = replacement[index]
            if char == "\\" and index + 1 < len(replacement):
                out.append(replacement[index + 1])
                index += 2
            elif char == "$" and index + 1 < len(replacement):
                named = re.match(r"\{(\w+)\}", replacement[index + 1 :])
                if named:
                    out.append(match.group(named[1]) or "")
                    index += 1 + named.end()
                    continue
                digits = re.match(r"\d", replacement[index + 1 :])
                if digits is None:
                    raise IndexError(f"Illegal group reference in '{replacement}'")
                out.append(match.group(int(digits[0])) or "")
                index += 2
            else:
                out.append(char)
                index += 1
        return "".join(out)

    return expand


def _replace(text: Any, pattern: Any, replacement: Any, flags: Any = "") -> Any:
    _strings(text, pattern, replacement, flags)
    compiled = _compile(pattern, flags)
    if isinstance(compiled, Err):
        return compiled
    try:
        return compiled.sub(_java_replacement(replacement), text)
    except IndexError as error:
        return Err(str(error))


def _contains(text: Any, match: Any) -> Any:
    text, match = _units(text, match)
    return match in text


def _starts_with(text: Any, match: Any) -> Any:
    text, match = _units(text, match)
    return text.startswith(match)


def _ends_with(text: Any, match: Any) -> Any:
    text, match = _units(text, match)
    return text.endswith(match)


def _matches(text: Any, pattern: Any, flags: Any = "") -> Any:
    _strings(text, pattern, flags)
    compiled = _compile(pattern, flags)
    return compiled if isinstance(compiled, Err) else compiled.search(text) is not None


def _split(text: Any, delimiter: Any) -> Any:
    """Pattern.split(text, -1): trailing empty parts kept, no leading one for a zero-width match."""
    _strings(text, delimiter)
    compiled = _compile(delimiter)
    if isinstance(compiled, Err):
        return Err(f"Invalid pattern for delimiter '{delimiter}'")
    parts, start = [], 0
    for match in compiled.finditer(text):
        if match.end() == 0:
            continue
        parts.append(text[start : match.start()])
        start = match.end()
    parts.append(text[start:])
    return parts


def _extract(text: Any, pattern: Any) -> Any:
    _strings(text, pattern)
    compiled = _compile(pattern)
    if isinstance(compiled, Err):
        return compiled
    return [match.group(0) for match in compiled.finditer(text)]


def _trim(text: Any) -> Any:
    _strings(text)
    return text.strip(_JAVA_TRIM)


def _uuid() -> Any:
    """A version 7 UUID (time-ordered), as FEEL-Scala's generator makes."""
    millis = time.time_ns() // 1_000_000
    random_bits = int.from_bytes(os.urandom(10), "big")
    value = (millis & (2**48 - 1)) << 80 | 0x7 << 76 | (random_bits >> 68 & 0xFFF) << 64
    value |= 0b10 << 62 | (random_bits & (2**62 - 1))
    return str(uuid.UUID(int=value))


def _to_base64(text: Any) -> Any:
    _strings(text)
    return base64.b64encode(utf8_as_java_writes(text).encode("utf-8")).decode("ascii")


def _is_blank(text: Any) -> Any:
    _strings(text)
    return is_java_blank(text)


FUNCTIONS: dict[str, list[FeelFunction]] = {
    "substring": [
        builtin("string, start position", _substring),
        builtin("string, start position, length", _substring3),
    ],
    "string length": [builtin("string", _length)],
    "upper case": [builtin("string", _upper)],
    "lower case": [builtin("string", _lower)],
    "substring before": [builtin("string, match", _before)],
    "substring after": [builtin("string, match", _after)],
    "replace": [
        builtin("input, pattern, replacement", _replace),
        builtin("input, pattern, replacement, flags", _replace),
    ],
    "contains": [builtin("string, match", _contains)],
    "starts with": [builtin("string, match", _starts_with)],
    "ends with": [builtin("string, match", _ends_with)],
    "matches": [builtin("input, pattern", _matches), builtin("input, pattern, flags", _matches)],
    "split": [builtin("string, delimiter", _split)],
    "extract": [builtin("input, pattern", _extract)],
    "trim": [builtin("string", _trim)],
    "uuid": [builtin("", _uuid)],
    "to base64": [builtin("value", _to_base64)],
    "is blank": [builtin("string", _is_blank)],
}
