"""Range built-ins (`before`, `after`, `meets`, `overlaps`, `includes`, `during`, …).

Each takes points or ranges (`[1..5]`, `(a..b]`) of one comparable kind, per FEEL-Scala.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from engine.feel.builtins.base import builtin, illegal
from engine.feel.values import FeelFunction, Range, compare, kind, same

_POINT_KINDS = frozenset(
    {
        "number",
        "date",
        "time",
        "local time",
        "date and time",
        "local date and time",
        "years and months duration",
        "days and time duration",
    }
)


def _point_of(value: Any) -> Any:
    return value.start if isinstance(value, Range) else value


def _comparable(x: Any, y: Any) -> bool:
    a, b = _point_of(x), _point_of(y)
    return kind(a) in _POINT_KINDS and kind(a) == kind(b)


def _lt(x: Any, y: Any) -> bool:
    return compare(x, y) < 0


def _gt(x: Any, y: Any) -> bool:
    return compare(x, y) > 0


def _range_function(names: str, cases: Callable[[Any, Any], bool | None]) -> FeelFunction:
    def body(x: Any, y: Any) -> Any:
        if not _comparable(x, y):
            raise illegal()
        result = cases(x, y)
        if result is None:
            raise illegal()
        return result

    return builtin(names, body)


def _before(x: Any, y: Any) -> bool:
    if isinstance(x, Range) and isinstance(y, Range):
        touching = (not x.end_closed or not y.start_closed) and same(x.end, y.start)
        return _lt(x.end, y.start) or touching
    if isinstance(y, Range):
        return _lt(x, y.start) or (same(x, y.start) and not y.start_closed)
    if isinstance(x, Range):
        return _lt(x.end, y) or (same(x.end, y) and not x.end_closed)
    return _lt(x, y)


def _after(x: Any, y: Any) -> bool:
    if isinstance(x, Range) and isinstance(y, Range):
        touching = (not x.start_closed or not y.end_closed) and same(x.start, y.end)
        return _gt(x.start, y.end) or touching
    if isinstance(y, Range):
        return _gt(x, y.end) or (same(x, y.end) and not y.end_closed)
    if isinstance(x, Range):
        return _gt(x.start, y) or (same(x.start, y) and not x.start_closed)
    return _gt(x, y)


def _ranges(check: Callable[[Range, Range], bool]) -> Callable[[Any, Any], bool | None]:
    def ranges(x: Any, y: Any) -> bool | None:
        if isinstance(x, Range) and isinstance(y, Range):
            return check(x, y)
        return None

    return ranges


def _meets(x: Range, y: Range) -> bool:
    return x.end_closed and y.start_closed and same(x.end, y.start)


def _met_by(x: Range, y: Range) -> bool:
    return x.start_closed and y.end_closed and same(x.start, y.end)


def _end_after_start(x: Range, y: Range) -> bool:
    return _gt(x.end, y.start) or (same(x.end, y.start) and x.end_closed and y.start_closed)


def _overlaps(x: Range, y: Range) -> bool:
    return _end_after_start(x, y) and _end_after_start(y, x)


def _overlaps_before(x: Range, y: Range) -> bool:
    starts_first = _lt(x.start, y.start) or (
        same(x.start, y.start) and x.start_closed and not y.start_closed
    )
    ends_inside = _lt(x.end, y.end) or (same(x.end, y.end) and (not x.end_closed or y.end_closed))
    return starts_first and _end_after_start(x, y) and ends_inside


def _overlaps_after(x: Range, y: Range) -> bool:
    return _overlaps_before(y, x)


def _starts_inside(inner: Range, outer: Range) -> bool:
    return _gt(inner.start, outer.start) or (
        same(inner.start, outer.start) and (outer.start_closed or not inner.start_closed)
    )


def _ends_inside(inner: Range, outer: Range) -> bool:
    return _lt(inner.end, outer.end) or (
        same(inner.end, outer.end) and (outer.end_closed or not inner.end_closed)
    )


def _point_in(point: Any, range_: Range) -> bool:
    inside = _lt(range_.start, point) and _gt(range_.end, point)
    at_start = same(range_.start, point) and range_.start_closed
    return inside or at_start or (same(range_.end, point) and range_.end_closed)


def _finishes(x: Any, y: Any) -> bool | None:
    if isinstance(x, Range) and isinstance(y, Range):
        same_end = x.end_closed == y.end_closed and same(x.end, y.end)
        later_start = _gt(x.start, y.start) or (
            same(x.start, y.start) and (not x.start_closed or y.start_closed)
        )
        return same_end and later_start
    if isinstance(y, Range) and not isinstance(x, Range):
        return y.end_closed and same(y.end, x)
    return None


def _finished_by(x: Any, y: Any) -> bool | None:
    if isinstance(x, Range) and isinstance(y, Range):
        return _finishes(y, x)
    if isinstance(x, Range):
        return x.end_closed and same(x.end, y)
    return None


def _includes(x: Any, y: Any) -> bool | None:
    if isinstance(x, Range) and isinstance(y, Range):
        return _starts_inside(y, x) and _ends_inside(y, x)
    if isinstance(x, Range):
        return _point_in(y, x)
    return None


def _during(x: Any, y: Any) -> bool | None:
    if isinstance(x, Range) and isinstance(y, Range):
        return _starts_inside(x, y) and _ends_inside(x, y)
    if isinstance(y, Range):
        return _point_in(x, y)
    return None


def _starts(x: Any, y: Any) -> bool | None:
    if isinstance(x, Range) and isinstance(y, Range):
        same_start = same(x.start, y.start) and x.start_closed == y.start_closed
        return same_start and _ends_inside(x, y)
    if isinstance(y, Range):
        return same(y.start, x) and y.start_closed
    return None


def _started_by(x: Any, y: Any) -> bool | None:
    if isinstance(x, Range) and isinstance(y, Range):
        return _starts(y, x)
    if isinstance(x, Range):
        return same(x.start, y) and x.start_closed
    return None


def _coincides(x: Any, y: Any) -> bool | None:
    if isinstance(x, Range) and isinstance(y, Range):
        return (
            same(x.start, y.start)
            and x.start_closed == y.start_closed
            and same(x.end, y.end)
            and x.end_closed == y.end_closed
        )
    return same(x, y)


def _variants(
    name_pairs: tuple[str, ...], cases: Callable[[Any, Any], bool | None]
) -> list[FeelFunction]:
    return [_range_function(names, cases) for names in name_pairs]


_POINTS_AND_RANGES = ("point1, point2", "point, range", "range, point", "range1, range2")

FUNCTIONS: dict[str, list[FeelFunction]] = {
    "before": _variants(_POINTS_AND_RANGES, _before),
    "after": _variants(_POINTS_AND_RANGES, _after),
    "meets": _variants(("range1, range2",), _ranges(_meets)),
    "met by": _variants(("range1, range2",), _ranges(_met_by)),
    "overlaps": _variants(("range1, range2",), _ranges(_overlaps)),
    "overlaps before": _variants(("range1, range2",), _ranges(_overlaps_before)),
    "overlaps after": _variants(("range1, range2",), _ranges(_overlaps_after)),
    "finishes": _variants(("point, range", "range1, range2"), _finishes),
    "finished by": _variants(("range, point", "range1, range2"), _finished_by),
    "includes": _variants(("range, point", "range1, range2"), _includes),
    "during": _variants(("point, range", "range1, range2"), _during),
    "starts": _variants(("point, range", "range1, range2"), _starts),
    "started by": _variants(("range, point", "range1, range2"), _started_by),
    "coincides": _variants(("point1, point2", "range1, range2"), _coincides),
}
