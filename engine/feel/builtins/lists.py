"""List built-ins. Functions marked var-args take `f(1, 2, 3)` as well as `f([1, 2, 3])`."""

from __future__ import annotations

import functools
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from engine.feel.builtins.base import builtin, illegal
from engine.feel.errors import FeelEvaluationError
from engine.feel.values import (
    DECIMAL128,
    Err,
    FeelFunction,
    compare,
    decimal_from_double,
    hash_key,
    is_comparable,
    same,
    to_string,
)


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise illegal()
    return value


def _numbers(items: list[Any]) -> list[Decimal] | Err:
    for item in items:
        if not isinstance(item, Decimal):
            return Err(f"expected number but found '{to_string(item)}'")
    return items


def _index(items: list[Any], position: int) -> int:
    return position - 1 if position > 0 else len(items) + position


def _take(items: list[Any], count: int) -> list[Any]:
    return items[: max(count, 0)]


def _drop(items: list[Any], count: int) -> list[Any]:
    return items[max(count, 0) :]


def _extreme(pick: Callable[..., Any]) -> Callable[[Any], Any]:
    def extreme(items: Any) -> Any:
        items = _list(items)
        if not items:
            return None
        if not is_comparable(items):
            return Err(f"{to_string(items)} is not comparable")
        return pick(items, key=functools.cmp_to_key(compare))

    return extreme


def _aggregate(compute: Callable[[list[Decimal]], Any]) -> Callable[[Any], Any]:
    def aggregate(items: Any) -> Any:
        items = _list(items)
        if not items:
            return None
        numbers = _numbers(items)
        return numbers if isinstance(numbers, Err) else compute(numbers)

    return aggregate


def _sum(numbers: list[Decimal]) -> Decimal:
    return functools.reduce(DECIMAL128.add, numbers, Decimal(0))


def _product(numbers: list[Decimal]) -> Decimal:
    return functools.reduce(DECIMAL128.multiply, numbers, Decimal(1))


def _divide(x: Decimal, y: Decimal) -> Decimal:
    if y == 0:
        raise FeelEvaluationError("", "division by zero")
    return DECIMAL128.divide(x, y)


def _mean(numbers: list[Decimal]) -> Decimal:
    return _divide(_sum(numbers), Decimal(len(numbers)))


def _median(numbers: list[Decimal]) -> Decimal:
    ordered = sorted(numbers)
    middle = len(ordered) // 2
    if len(ordered) % 2 == 1:
        return ordered[middle]
    return DECIMAL128.divide(DECIMAL128.add(ordered[middle - 1], ordered[middle]), Decimal(2))


def _stddev(numbers: list[Decimal]) -> Decimal:
    mean = _mean(numbers)
    deviation = Decimal(0)
    for number in numbers:
        deviation = DECIMAL128.add(deviation, DECIMAL128.power(number - mean, 2))
    variance = _divide(deviation, Decimal(len(numbers) - 1))
    return decimal_from_double(float(variance) ** 0.5)


def _mode(items: Any) -> Any:
    items = _list(items)
    if not items:
        return []
    numbers = _numbers(items)
    if isinstance(numbers, Err):
        return numbers
    counts: dict[Decimal, int] = {}
    for number in numbers:
        counts[number] = counts.get(number, 0) + 1
    most = max(counts.values())
    return sorted(number for number, count in counts.items() if count == most)


def _all_true(items: Any) -> Any:
    result: Any = True
    for item in _list(items):
        if result is False:
            return False
        if result is True and isinstance(item, bool):
            result = item
        elif result is None and item is False:
            result = False
        else:
            result = None
    return result


def _any_true(items: Any) -> Any:
    result: Any = False
    for item in _list(items):
        if result is True:
            return True
        if result is False and isinstance(item, bool):
            result = item
        elif result is None and item is True:
            result = True
        else:
            result = None
    return result


def _sublist(items: Any, start: Any, length: Any = None) -> Any:
    items = _list(items)
    if not isinstance(start, Decimal) or (length is not None and not isinstance(length, Decimal)):
        raise illegal()
    if start == 0:
        return Err("start position must be a non-zero number")
    begin = _index(items, int(start))
    end = len(items) if length is None else begin + int(length)
    return items[max(begin, 0) : max(end, 0)]


def _append(items: Any, new_items: Any) -> Any:
    return [*_list(items), *_list(new_items)]


def _concatenate(lists: Any) -> Any:
    result: list[Any] = []
    for item in _list(lists):
        result.extend(item if isinstance(item, list) else [item])
    return result


def _insert_before(items: Any, position: Any, new_item: Any) -> Any:
    items = _list(items)
    if not isinstance(position, Decimal):
        raise illegal()
    if position == 0:
        return Err("position must be a non-zero number")
    index = _index(items, int(position))
    return [*_take(items, index), new_item, *_drop(items, index)]


def _remove(items: Any, position: Any) -> Any:
    items = _list(items)
    if not isinstance(position, Decimal):
        raise illegal()
    if position == 0:
        return Err("position must be a non-zero number")
    index = _index(items, int(position))
    return [*_take(items, index), *_drop(items, _index(items, int(position) + 1))]


def _distinct(items: list[Any]) -> list[Any]:
    seen: set[Any] = set()
    result = []
    for item in items:
        key = hash_key(item)
        if key not in seen:
            seen.add(key)
            result.append(item)
    return result


def _union(lists: Any) -> Any:
    return _distinct(_concatenate(lists))


def _duplicates(items: Any) -> Any:
    items = _list(items)
    return [x for x in _distinct(items) if sum(1 for y in items if same(x, y)) > 1]


def _flatten(items: Any) -> Any:
    result: list[Any] = []
    for item in _list(items):
        result.extend(_flatten(item) if isinstance(item, list) else [item])
    return result


def _sort(items: Any, precedes: Any) -> Any:
    items = _list(items)
    if not isinstance(precedes, FeelFunction):
        raise illegal()
    if len(precedes.params) != 2:
        return Err(f"expect boolean function with 2 arguments, but found '{len(precedes.params)}'")

    def before(x: Any, y: Any) -> bool:
        result = precedes.invoke([x, y])
        if not isinstance(result, bool):
            raise TypeError(f"expected boolean but found '{to_string(result)}'")
        return result

    def order(x: Any, y: Any) -> int:
        return -1 if before(x, y) else (1 if before(y, x) else 0)

    try:
        return sorted(items, key=functools.cmp_to_key(order))
    except TypeError as error:
        return Err(f"fail to sort list by given precedes function: {error}")


def _join(items: Any, delimiter: Any = "", prefix: Any = "", suffix: Any = "") -> Any:
    items = _list(items)
    affixes_given = isinstance(prefix, str) and isinstance(suffix, str)
    if not (delimiter is None or isinstance(delimiter, str)):
        raise illegal()
    if not affixes_given and not (prefix is None and suffix is None):
        raise illegal()
    if not all(item is None or isinstance(item, str) for item in items):
        return Err(f"expected a list of strings but found '{to_string(items)}'")
    texts = [item for item in items if item is not None]
    return (prefix or "") + (delimiter or "").join(texts) + (suffix or "")


def _partition(items: Any, size: Any) -> Any:
    items = _list(items)
    if not isinstance(size, Decimal):
        raise illegal()
    if int(size) <= 0:
        return Err(f"'size' should be greater than zero but was '{size}'")
    step = int(size)
    return [items[start : start + step] for start in range(0, len(items), step)]


def _list_contains(items: Any, element: Any) -> Any:
    return any(same(item, element) for item in _list(items))


def _index_of(items: Any, match: Any) -> Any:
    return [Decimal(i) for i, item in enumerate(_list(items), 1) if same(item, match)]


FUNCTIONS: dict[str, list[FeelFunction]] = {
    "list contains": [builtin("list, element", _list_contains)],
    "count": [builtin("list", lambda items: Decimal(len(_list(items))))],
    "min": [builtin("list", _extreme(min), var_args=True)],
    "max": [builtin("list", _extreme(max), var_args=True)],
    "sum": [builtin("list", _aggregate(_sum), var_args=True)],
    "product": [builtin("list", _aggregate(_product), var_args=True)],
    "mean": [builtin("list", _aggregate(_mean), var_args=True)],
    "median": [builtin("list", _aggregate(_median), var_args=True)],
    "stddev": [builtin("list", _aggregate(_stddev), var_args=True)],
    "mode": [builtin("list", _mode, var_args=True)],
    "and": [builtin("list", _all_true, var_args=True)],
    "all": [builtin("list", _all_true, var_args=True)],
    "or": [builtin("list", _any_true, var_args=True)],
    "any": [builtin("list", _any_true, var_args=True)],
    "sublist": [builtin("list, start", _sublist), builtin("list, start, length", _sublist)],
    "append": [builtin("list, items", _append, var_args=True)],
    "concatenate": [builtin("lists", _concatenate, var_args=True)],
    "insert before": [builtin("list, position, newItem", _insert_before)],
    "remove": [builtin("list, position", _remove)],
    "reverse": [builtin("list", lambda items: list(reversed(_list(items))))],
    "index of": [builtin("list, match", _index_of)],
    "union": [builtin("lists", _union, var_args=True)],
    "distinct values": [builtin("list", lambda items: _distinct(_list(items)))],
    "duplicate values": [builtin("list", _duplicates)],
    "flatten": [builtin("list", _flatten)],
    "sort": [builtin("list, precedes", _sort)],
    "string join": [
        builtin("list", _join),
        builtin("list, delimiter", _join),
        builtin("list, delimiter, prefix, suffix", _join),
    ],
    "is empty": [builtin("list", lambda items: not _list(items))],
    "partition": [builtin("list, size", _partition)],
}
