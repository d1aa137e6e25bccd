"""Context built-ins: `get value`, `get entries`, `context put`, `context merge`, `context`."""

from __future__ import annotations

from typing import Any

from engine.feel.builtins.base import builtin, illegal
from engine.feel.values import FeelFunction


def _entries(context: Any) -> dict[str, Any]:
    """The variables of a context; function entries are not variables in FEEL-Scala."""
    if not isinstance(context, dict):
        raise illegal()
    return {key: value for key, value in context.items() if not isinstance(value, FeelFunction)}


def _strings(values: Any) -> bool:
    return isinstance(values, list) and all(isinstance(value, str) for value in values)


def _get_entries(context: Any) -> Any:
    return [{"key": key, "value": value} for key, value in _entries(context).items()]


def _get_value(context: Any, key: Any) -> Any:
    entries = _entries(context)
    if isinstance(key, str):
        return entries.get(key)
    if isinstance(key, list):
        if not _strings(key):
            return None
        value: Any = entries
        for name in key:
            if not isinstance(value, dict):
                return None
            value = _entries(value).get(name)
        return value if key else None
    raise illegal()


def _put(context: Any, keys: Any, value: Any) -> Any:
    entries = _entries(context)
    if isinstance(keys, str):
        return {**entries, keys: value}
    if not _strings(keys):
        raise illegal()
    if not keys:
        return None
    head, rest = keys[0], keys[1:]
    if not rest:
        return {**entries, head: value}
    nested = entries.get(head)
    return {**entries, head: _put(nested if isinstance(nested, dict) else {}, rest, value)}


def _merge(contexts: Any) -> Any:
    if not isinstance(contexts, list) or not all(isinstance(c, dict) for c in contexts):
        return None
    merged: dict[str, Any] = {}
    for context in contexts:
        merged.update(_entries(context))
    return merged


def _context(entries: Any) -> Any:
    def is_pair(entry: Any) -> bool:
        return isinstance(entry, dict) and "value" in entry and isinstance(entry.get("key"), str)

    if not isinstance(entries, list) or not all(is_pair(entry) for entry in entries):
        return None
    return {entry["key"]: entry["value"] for entry in entries}


FUNCTIONS: dict[str, list[FeelFunction]] = {
    "get entries": [builtin("context", _get_entries), builtin("m", _get_entries)],
    "get value": [
        builtin("m, key", _get_value),
        builtin("context, key", _get_value),
        builtin("context, keys", _get_value),
    ],
    "context put": [builtin("context, key, value", _put), builtin("context, keys, value", _put)],
    "put": [builtin("context, key, value", _put)],
    "context merge": [builtin("contexts", _merge, var_args=True)],
    "put all": [builtin("contexts", _merge, var_args=True)],
    "context": [builtin("entries", _context)],
}
