"""Filter, sort and page in-memory records the way Camunda's ``POST .../search`` endpoints do.

A search body is ``{"filter": {...}, "sort": [{"field", "order"}], "page": {...}}``. A filter
member is either a plain value (equality) or an object of operators — ``$eq``, ``$neq``,
``$exists``, ``$in``, ``$notIn``, ``$like`` (``*`` any run, ``?`` one character, ``\\`` escapes)
and, on numbers and dates, ``$gt``, ``$gte``, ``$lt``, ``$lte``; ``$or`` takes a list of filters.
Paging is offset (``from``/``limit``) or cursor (``after``/``before`` from a previous answer's
``endCursor``/``startCursor``); the default limit is 100. Results always end with the record key
as tie-breaker, and missing values sort last, as Camunda's secondary storage sorts them.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from functools import cmp_to_key
from typing import Any, Generic, TypeVar

from engine.rest.body import Fields, invalid, parse_date, parse_key
from engine.rest.problems import InvalidRequestError

R = TypeVar("R")

DEFAULT_PAGE_LIMIT = 100
MAX_PAGE_LIMIT = 10_000

Predicate = Callable[[R], bool]


class Kind(Enum):
    STRING = "string"
    ENUM = "enum"
    KEY = "key"
    INTEGER = "integer"
    DATE = "date"
    BOOLEAN = "boolean"


_OPERATORS: dict[Kind, frozenset[str]] = {
    Kind.STRING: frozenset({"$eq", "$neq", "$exists", "$in", "$notIn", "$like"}),
    Kind.ENUM: frozenset({"$eq", "$neq", "$exists", "$in", "$notIn", "$like"}),
    Kind.KEY: frozenset({"$eq", "$neq", "$exists", "$in", "$notIn"}),
    Kind.INTEGER: frozenset({"$eq", "$neq", "$exists", "$in", "$gt", "$gte", "$lt", "$lte"}),
    Kind.DATE: frozenset({"$eq", "$neq", "$exists", "$in", "$gt", "$gte", "$lt", "$lte"}),
    Kind.BOOLEAN: frozenset({"$eq", "$neq", "$exists"}),
}


@dataclass(frozen=True, slots=True)
class Field(Generic[R]):
    """One searchable attribute: how to read it from a record and how to parse filter values.

    Dates are read as epoch milliseconds. A ``many`` field holds a list (a user task's candidate
    groups) and matches when any element does.
    """

    kind: Kind
    read: Callable[[R], Any]
    choices: frozenset[str] = frozenset()
    many: bool = False
    filterable: bool = True
    sortable: bool = True


@dataclass(frozen=True, slots=True)
class CustomFilter(Generic[R]):
    """A filter member with its own shape (variable value filters): value, field → predicate."""

    build: Callable[[Any, str], Predicate[R]]


@dataclass(frozen=True, slots=True)
class SearchSpec(Generic[R]):
    fields: Mapping[str, Field[R]]
    key: Callable[[R], int]
    custom_filters: Mapping[str, CustomFilter[R]] | None = None
    allow_or: bool = False
    sort_fields: frozenset[str] | None = None  # None: every sortable field

    def sort_field(self, name: str) -> Field[R] | None:
        field = self.fields.get(name)
        if field is None or not field.sortable:
            return None
        if self.sort_fields is not None and name not in self.sort_fields:
            return None
        return field


@dataclass(frozen=True, slots=True)
class SearchPage(Generic[R]):
    items: list[R]
    total_items: int
    start_cursor: str | None
    end_cursor: str | None

    def page_json(self) -> dict[str, Any]:
        return {
            "totalItems": self.total_items,
            "hasMoreTotalItems": False,
            "startCursor": self.start_cursor,
            "endCursor": self.end_cursor,
        }


def search(records: Iterable[R], body: Fields, spec: SearchSpec[R]) -> SearchPage[R]:
    """Apply a search request's filter, sort and page to ``records``; rejects bad bodies (400)."""
    filter_value = body.raw("filter")
    sort_value = body.raw("sort")
    page_value = body.raw("page")
    body.done()
    matches = _build_filter(filter_value, spec, "filter")
    order = _parse_sort(sort_value, spec)
    page = _parse_page(page_value)
    rows = [(_sort_values(record, order, spec), record) for record in records if matches(record)]
    compare = _comparator([direction for _, direction in order])

    def compare_rows(left: tuple[list[Any], R], right: tuple[list[Any], R]) -> int:
        return compare(left[0], right[0])

    rows.sort(key=cmp_to_key(compare_rows))
    window = _window(rows, page, compare)
    return SearchPage(
        items=[record for _, record in window],
        total_items=len(rows),
        start_cursor=_encode_cursor(window[0][0]) if window else None,
        end_cursor=_encode_cursor(window[-1][0]) if window else None,
    )


def _build_filter(value: Any, spec: SearchSpec[R], where: str) -> Predicate[R]:
    if value is None:
        return lambda _record: True
    members = Fields.of(value, where)
    predicates: list[Predicate[R]] = []
    for name in list(value):
        field = spec.fields.get(name)
        custom = (spec.custom_filters or {}).get(name)
        path = f"{where}.{name}"
        if name == "$or" and spec.allow_or and where == "filter":
            predicates.append(_build_or(members.raw(name), spec, path))
        elif custom is not None:
            predicates.append(custom.build(members.raw(name), path))
        elif field is not None and field.filterable:
            condition = members.raw(name)
            if condition is not None:
                predicates.append(_field_predicate(field, condition, path))
    allowed = [name for name, field in spec.fields.items() if field.filterable]
    allowed += list(spec.custom_filters or {})
    members.done([*allowed, "$or"] if spec.allow_or and where == "filter" else allowed)
    return lambda record: all(predicate(record) for predicate in predicates)


def _build_or(value: Any, spec: SearchSpec[R], where: str) -> Predicate[R]:
    if not isinstance(value, list):
        raise invalid(where, value, "a list of filters")
    branches = [_build_filter(item, spec, f"{where}[{i}]") for i, item in enumerate(value)]
    if not branches:
        return lambda _record: True
    return lambda record: any(branch(record) for branch in branches)


def _field_predicate(field: Field[R], condition: Any, where: str) -> Predicate[R]:
    if not isinstance(condition, dict):
        expected = _parse_value(field, condition, where)
        return _on_field(field, lambda actual: actual == expected)
    tests: list[Callable[[Any], bool]] = []
    exists: bool | None = None
    for operator, operand in condition.items():
        path = f"{where}.{operator}"
        if operator not in _OPERATORS[field.kind]:
            allowed = ", ".join(sorted(_OPERATORS[field.kind]))
            raise InvalidRequestError(f"Unknown operator '{path}'; allowed here: {allowed}")
        if operator == "$exists":
            if not isinstance(operand, bool):
                raise invalid(path, operand, "a boolean")
            exists = operand
        else:
            tests.append(_operator_test(field, operator, operand, path))
    values_match = _on_field(field, lambda actual: all(test(actual) for test in tests))
    if exists is None:
        return values_match
    present = exists

    def has_value(record: R) -> bool:
        value = field.read(record)
        return bool(value) if field.many else value is not None

    return lambda record: has_value(record) == present and (not tests or values_match(record))


def _on_field(field: Field[R], test: Callable[[Any], bool]) -> Predicate[R]:
    if field.many:
        return lambda record: any(test(item) for item in field.read(record) or ())
    return lambda record: test(field.read(record))


def _operator_test(
    field: Field[R], operator: str, operand: Any, where: str
) -> Callable[[Any], bool]:
    if operator in ("$in", "$notIn"):
        if not isinstance(operand, list):
            raise invalid(where, operand, "a list")
        options = {_parse_value(field, item, f"{where}[{i}]") for i, item in enumerate(operand)}
        if operator == "$in":
            return lambda actual: actual in options
        return lambda actual: actual is not None and actual not in options
    if operator == "$like":
        if not isinstance(operand, str):
            raise invalid(where, operand, "a string pattern")
        pattern = like_pattern(operand)
        return lambda actual: isinstance(actual, str) and pattern.fullmatch(actual) is not None
    expected = _parse_value(field, operand, where)
    comparisons: dict[str, Callable[[Any], bool]] = {
        "$eq": lambda actual: actual == expected,
        "$neq": lambda actual: actual is not None and actual != expected,
        "$gt": lambda actual: actual is not None and actual > expected,
        "$gte": lambda actual: actual is not None and actual >= expected,
        "$lt": lambda actual: actual is not None and actual < expected,
        "$lte": lambda actual: actual is not None and actual <= expected,
    }
    return comparisons[operator]


def like_pattern(pattern: str) -> re.Pattern[str]:
    """Camunda's ``$like``: ``*`` any run of characters, ``?`` one, ``\\`` escapes the next."""
    parts: list[str] = []
    escaped = False
    for char in pattern:
        if escaped:
            parts.append(re.escape(char))
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "*":
            parts.append(".*")
        elif char == "?":
            parts.append(".")
        else:
            parts.append(re.escape(char))
    if escaped:
        parts.append(re.escape("\\"))
    return re.compile("".join(parts), re.DOTALL)


def _parse_value(field: Field[R], value: Any, where: str) -> Any:
    if field.kind is Kind.KEY:
        return parse_key(value, where)
    if field.kind is Kind.DATE:
        return int(parse_date(value, where).timestamp() * 1000)
    if field.kind is Kind.INTEGER:
        if isinstance(value, bool) or not isinstance(value, int):
            raise invalid(where, value, "an integer")
        return value
    if field.kind is Kind.BOOLEAN:
        if not isinstance(value, bool):
            raise invalid(where, value, "a boolean")
        return value
    if not isinstance(value, str):
        raise invalid(where, value, "a string")
    if field.kind is Kind.ENUM and value not in field.choices:
        raise invalid(where, value, "one of " + ", ".join(sorted(field.choices)))
    return value


def _parse_sort(value: Any, spec: SearchSpec[R]) -> list[tuple[Field[R], bool]]:
    """The requested order as (field, descending) pairs."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise invalid("sort", value, "a list of {field, order}")
    order: list[tuple[Field[R], bool]] = []
    for i, item in enumerate(value):
        entry = Fields.of(item, f"sort[{i}]")
        name = entry.required_string("field")
        direction = (entry.string("order") or "ASC").upper()
        entry.done()
        field = spec.sort_field(name)
        if field is None:
            raise InvalidRequestError(f"Unknown sortBy: {name}")
        if direction not in ("ASC", "DESC"):
            raise InvalidRequestError(f"Unknown sortOrder: {direction}")
        order.append((field, direction == "DESC"))
    return order


@dataclass(frozen=True, slots=True)
class _Page:
    limit: int
    start: int = 0
    after: list[Any] | None = None
    before: list[Any] | None = None


def _parse_page(value: Any) -> _Page:
    if value is None:
        return _Page(DEFAULT_PAGE_LIMIT)
    page = Fields.of(value, "page")
    limit = page.integer("limit")
    start = page.integer("from")
    after = page.string("after")
    before = page.string("before")
    page.done()
    if limit is None:
        limit = DEFAULT_PAGE_LIMIT
    if not 0 <= limit <= MAX_PAGE_LIMIT:
        raise invalid("page.limit", limit, f"between 0 and {MAX_PAGE_LIMIT}")
    if start is not None and start < 0:
        raise invalid("page.from", start, "zero or more")
    if after is not None and before is not None:
        raise InvalidRequestError("Both after and before cannot be set at the same time")
    if start is not None and (after is not None or before is not None):
        raise InvalidRequestError("Both after/before and from cannot be set at the same time")
    return _Page(
        limit=limit,
        start=start or 0,
        after=None if after is None else _decode_cursor(after, "page.after"),
        before=None if before is None else _decode_cursor(before, "page.before"),
    )


def _sort_values(record: R, order: list[tuple[Field[R], bool]], spec: SearchSpec[R]) -> list[Any]:
    return [field.read(record) for field, _ in order] + [spec.key(record)]


def _comparator(descending: list[bool]) -> Callable[[list[Any], list[Any]], int]:
    """Compare sort-value rows: each requested field in its direction, missing values last."""
    directions = [*descending, False]

    def compare(left: list[Any], right: list[Any]) -> int:
        for a, b, desc in zip(left, right, directions, strict=True):
            if a == b:
                continue
            if a is None or b is None:
                return 1 if a is None else -1
            result = -1 if a < b else 1
            return -result if desc else result
        return 0

    return compare


def _window(
    rows: list[tuple[list[Any], R]],
    page: _Page,
    compare: Callable[[list[Any], list[Any]], int],
) -> list[tuple[list[Any], R]]:
    try:
        return _cursor_window(rows, page, compare)
    except TypeError as error:
        raise InvalidRequestError(
            "The page cursor does not fit this search; use a startCursor or endCursor this "
            "search returned"
        ) from error


def _cursor_window(
    rows: list[tuple[list[Any], R]],
    page: _Page,
    compare: Callable[[list[Any], list[Any]], int],
) -> list[tuple[list[Any], R]]:
    if page.after is not None:
        cursor = page.after
        _check_cursor_width(cursor, rows, "page.after")
        following = [row for row in rows if compare(row[0], cursor) > 0]
        return following[: page.limit]
    if page.before is not None:
        cursor = page.before
        _check_cursor_width(cursor, rows, "page.before")
        preceding = [row for row in rows if compare(row[0], cursor) < 0]
        return preceding[max(0, len(preceding) - page.limit) :] if page.limit else []
    return rows[page.start : page.start + page.limit]


def _check_cursor_width(cursor: list[Any], rows: list[tuple[list[Any], R]], where: str) -> None:
    if rows and len(rows[0][0]) != len(cursor):
        raise InvalidRequestError(
            f"The cursor in {where} belongs to a search with another sort; repeat the search "
            "with the sort it was issued for"
        )


def _encode_cursor(values: list[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode()


def _decode_cursor(text: str, where: str) -> list[Any]:
    try:
        values = json.loads(base64.urlsafe_b64decode(text.encode()))
    except (binascii.Error, ValueError) as error:
        raise invalid(where, text, "a cursor from a previous search's page") from error
    if not isinstance(values, list) or not values:
        raise invalid(where, text, "a cursor from a previous search's page")
    return values


def value_test(kind: Kind, condition: Any, where: str) -> Callable[[Any], bool]:
    """A filter condition (plain value or operators) as a test on one value, for custom filters."""
    field: Field[Any] = Field(kind, lambda value: value)
    return _field_predicate(field, condition, where)
