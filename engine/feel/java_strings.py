"""Strings as FEEL-Scala sees them: Java strings, i.e. sequences of UTF-16 code units.

Python strings count code points, so lengths, positions and order differ from Java's for
characters outside the Basic Multilingual Plane (an emoji is two units in Java). Cutting a
string between the two units of such a character leaves a lone surrogate, which Python can hold
as a code point in 0xD800-0xDFFF; Zeebe stores a string as UTF-8, where Java writes `?` for it.
"""

from __future__ import annotations

import re

_UTF16 = "utf-16-be"
_SURROGATE = re.compile("[\ud800-\udfff]")
_NOT_JAVA_WHITESPACE = frozenset("\x85\xa0\u2007\u202f")


def utf16_length(text: str) -> int:
    """String.length: the number of UTF-16 code units."""
    if text.isascii():
        return len(text)
    return len(text.encode(_UTF16, "surrogatepass")) // 2


def utf16_slice(text: str, start: int, end: int | None = None) -> str:
    """String.substring(start, end) over UTF-16 code units (no bounds check)."""
    if text.isascii():
        return text[start:end]
    units = text.encode(_UTF16, "surrogatepass")
    cut = units[2 * start :] if end is None else units[2 * start : 2 * end]
    return cut.decode(_UTF16, "surrogatepass")


def code_units(text: str) -> str:
    """The text with each character beyond U+FFFF split into its two surrogates, so that
    Python's `in`, `find` and `startswith` match code units as Java's do."""
    if text.isascii():
        return text
    units = text.encode(_UTF16, "surrogatepass")
    return "".join(chr(units[i] << 8 | units[i + 1]) for i in range(0, len(units), 2))


def join_units(text: str) -> str:
    """Re-pair surrogates that a concatenation put next to each other into one character."""
    if text.isascii() or _SURROGATE.search(text) is None:
        return text
    return text.encode(_UTF16, "surrogatepass").decode(_UTF16, "surrogatepass")


def concatenate(left: str, right: str) -> str:
    """`left + right` as Java joins code units: two halves of one character become it again."""
    joined = left + right
    if left and right and "\ud800" <= left[-1] <= "\udbff" and "\udc00" <= right[0] <= "\udfff":
        return join_units(joined)
    return joined


def compare_strings(x: str, y: str) -> int:
    """String.compareTo's sign; UTF-16 order puts U+E000-U+FFFF after characters past U+FFFF."""
    if x.isascii() or y.isascii():
        return (x > y) - (x < y)
    a, b = x.encode(_UTF16, "surrogatepass"), y.encode(_UTF16, "surrogatepass")
    return (a > b) - (a < b)


def utf8_as_java_writes(text: str) -> str:
    """The text String.getBytes(UTF_8) keeps: a lone surrogate becomes `?`."""
    if text.isascii() or _SURROGATE.search(text) is None:
        return text
    return join_units(text).encode("utf-8", "replace").decode("utf-8")


def is_java_blank(text: str) -> bool:
    """String.isBlank: only Character.isWhitespace characters (no no-break spaces, no NEL)."""
    return all(char.isspace() and char not in _NOT_JAVA_WHITESPACE for char in text)
