"""The order in which FEEL-Scala lists a context's entries (`string`, `get entries`, `to json`).

FEEL-Scala keeps context entries in a Scala immutable Map: up to four entries keep their
insertion order (Map1..Map4); from five on it is a HashMap (a CHAMP trie), which iterates by the
bits of each key's improved hash, five at a time, a node's own entries before its sub-nodes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_SMALL_MAP = 4
_BITS = 5
_HASH_BITS = 32
_MASK32 = 0xFFFFFFFF


def context_items(context: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """The entries of a context in FEEL-Scala's iteration order."""
    if len(context) <= _SMALL_MAP:
        return list(context.items())
    return [(key, context[key]) for key in _trie_order(list(context), 0)]


def _java_hash(text: str) -> int:
    """String.hashCode over UTF-16 code units, as an unsigned 32-bit number."""
    units = text.encode("utf-16-be", "surrogatepass")
    value = 0
    for index in range(0, len(units), 2):
        value = (31 * value + (units[index] << 8 | units[index + 1])) & _MASK32
    return value


def _improve(value: int) -> int:
    """scala.collection.Hashing.improve, the spread HashMap applies to a key's hash code."""
    value = (value + (~(value << 9) & _MASK32)) & _MASK32
    value ^= value >> 14
    value = (value + (value << 4)) & _MASK32
    return value ^ (value >> 10)


def _trie_order(keys: list[str], shift: int) -> list[str]:
    if shift >= _HASH_BITS or len(keys) < 2:
        return keys
    branches: dict[int, list[str]] = {}
    for key in keys:
        branches.setdefault((_improve(_java_hash(key)) >> shift) & 31, []).append(key)
    ordered = sorted(branches.items())
    own = [group[0] for _, group in ordered if len(group) == 1]
    nested = [_trie_order(group, shift + _BITS) for _, group in ordered if len(group) > 1]
    return own + [key for group in nested for key in group]
