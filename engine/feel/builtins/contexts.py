"""Context built-ins: `get value`, `get entries`, `context put`, `context merge`, `context`.

`context put` and `context merge` copy the entries they keep without reading them, so an entry
of an object variable keeps its JSON (`JsonContext`); `get entries` reads every entry.
"""

from __future__ import annotations

from typing import Any

from engine.feel.builtins.base import builtin, illegal
from engine.feel.scala_order import context_items
from engine.feel.values import FeelFunction, JsonContext, variables


def _entries(context: Any) -> dict[str, Any]:
    """The variables of a context; function entries are not variables in FEEL-Scala."""
    if not isinstance(context, dict):
        raise illegal()
    return variables(context)


def _raw_entries(context: dict[str, Any]) -> dict[str, Any]:
    return dict(context.raw) if isinstance(context, JsonContext) else {}


def _with_raw(entries: dict[str, Any], raw: dict[str, Any]) -> dict[str, Any]:
    return JsonContext.of(entries, raw) if raw else entries


def _strings(values: Any) -> bool:
    return isinstance(values, list) and all(isinstance(value, str) for value in values)


def _get_entries(context: Any) -> Any:
    return [{"key": key, "value": value} for key, value in context_items(_entries(context))]


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


def _put_entry(context: dict[str, Any], key: str, value: Any) -> dict[str, Any]:
    raw = _raw_entries(context)
    raw.pop(key, None)
    return _with_raw({**_entries(context), key: value}, raw)


def _put(context: Any, keys: Any, value: Any) -> Any:
    entries = _entries(context)
    if isinstance(keys, str):
        return _put_entry(context, keys, value)
    if not _strings(keys):
        raise illegal()
    if not keys:
        return None
    head, rest = keys[0], keys[1:]
    if not rest:
        return _put_entry(context, head, value)
    nested = entries.get(head)
    return _put_entry(context, head, _put(nested if isinstance(nested, dict) else {}, rest, value))


def _merge(contexts: Any) -> Any:
    if not isinstance(contexts, list) or not all(isinstance(c, dict) for c in contexts):
        return None
    merged: dict[str, Any] = {}
    raw: dict[str, Any] = {}
    for context in contexts:
        entries, kept = _entries(context), _raw_entries(context)
        merged.update(entries)
        for key in entries:
            if key in kept:
                raw[key] = kept[key]
            else:
                raw.pop(key, None)
    return _with_raw(merged, raw)


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
