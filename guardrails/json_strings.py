"""The strings of a decoded JSON value, each with its path (``evidence[1].text``), and the value
with each string transformed: what the input screen, PII redaction and the output checks walk."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any


def json_strings(value: Any, path: str = "", root: str = "value") -> Iterator[tuple[str, str]]:
    """Each string in ``value`` with its path under ``path``; a string at the top is named
    ``path``, or ``root`` when there is no path."""
    if isinstance(value, str):
        yield path or root, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from json_strings(item, f"{path}.{key}" if path else str(key), root)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from json_strings(item, f"{path}[{index}]", root)


def map_json_strings(
    value: Any, transform: Callable[[str, str], str], path: str = "", root: str = "value"
) -> Any:
    """``value`` with each string replaced by ``transform(its path, the string)``, paths named as
    by :func:`json_strings`; everything else as it is."""
    if isinstance(value, str):
        return transform(path or root, value)
    if isinstance(value, dict):
        return {
            key: map_json_strings(item, transform, f"{path}.{key}" if path else str(key), root)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [
            map_json_strings(item, transform, f"{path}[{i}]", root) for i, item in enumerate(value)
        ]
    return value
