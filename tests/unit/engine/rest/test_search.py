"""The generic search helper: filters, operators, sort, offset and cursor paging, bad bodies."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from engine.rest.body import Fields
from engine.rest.problems import InvalidRequestError
from engine.rest.search import (
    DEFAULT_PAGE_LIMIT,
    CustomFilter,
    Field,
    Kind,
    SearchPage,
    SearchSpec,
    like_pattern,
    search,
)


@dataclass
class Task:
    key: int
    name: str | None
    state: str
    priority: int
    created: int
    groups: list[str] = field(default_factory=list)


SPEC: SearchSpec[Task] = SearchSpec(
    fields={
        "name": Field(Kind.STRING, lambda t: t.name),
        "state": Field(Kind.ENUM, lambda t: t.state, choices=frozenset({"CREATED", "COMPLETED"})),
        "priority": Field(Kind.INTEGER, lambda t: t.priority),
        "creationDate": Field(Kind.DATE, lambda t: t.created),
        "userTaskKey": Field(Kind.KEY, lambda t: t.key),
        "candidateGroup": Field(Kind.STRING, lambda t: t.groups, many=True, sortable=False),
    },
    key=lambda t: t.key,
    custom_filters={
        "nameLength": CustomFilter(lambda value, where: lambda t: len(t.name or "") == value)
    },
    allow_or=True,
)

TASKS = [
    Task(1, "Review claim", "CREATED", 50, 1_000, ["adjusters"]),
    Task(2, "Approve payment", "COMPLETED", 80, 3_000, ["finance", "managers"]),
    Task(3, "Review fraud", "CREATED", 80, 2_000, []),
    Task(4, None, "CREATED", 10, 4_000, ["adjusters"]),
]


def run(body: dict[str, Any], records: list[Task] | None = None) -> SearchPage[Task]:
    return search(TASKS if records is None else records, Fields(body), SPEC)


def keys(body: dict[str, Any]) -> list[int]:
    return [task.key for task in run(body).items]


def test_no_body_returns_everything_by_key_with_page_totals() -> None:
    page = run({})
    assert [t.key for t in page.items] == [1, 2, 3, 4]
    assert page.page_json()["totalItems"] == 4
    assert page.page_json()["hasMoreTotalItems"] is False


def test_plain_values_filter_by_equality_and_keys_may_be_strings() -> None:
    assert keys({"filter": {"state": "CREATED", "priority": 80}}) == [3]
    assert keys({"filter": {"userTaskKey": "2"}}) == [2]


def test_operators_on_strings_numbers_and_dates() -> None:
    assert keys({"filter": {"name": {"$like": "Review*"}}}) == [1, 3]
    assert keys({"filter": {"name": {"$in": ["Approve payment", "Nope"]}}}) == [2]
    assert keys({"filter": {"name": {"$neq": "Review claim"}}}) == [2, 3]
    assert keys({"filter": {"name": {"$exists": False}}}) == [4]
    assert keys({"filter": {"priority": {"$gte": 50, "$lt": 80}}}) == [1]
    assert keys({"filter": {"creationDate": {"$gt": "1970-01-01T00:00:02Z"}}}) == [2, 4]
    assert keys({"filter": {"userTaskKey": {"$notIn": ["1", "2"]}}}) == [3, 4]


def test_list_fields_match_when_any_element_matches() -> None:
    assert keys({"filter": {"candidateGroup": "adjusters"}}) == [1, 4]
    assert keys({"filter": {"candidateGroup": {"$exists": True}}}) == [1, 2, 4]


def test_or_branches_and_custom_filters() -> None:
    body = {"filter": {"$or": [{"priority": 10}, {"name": "Review fraud"}]}}
    assert keys(body) == [3, 4]
    assert keys({"filter": {"nameLength": 15}}) == [2]


def test_sort_by_several_fields_with_missing_values_last() -> None:
    body = {"sort": [{"field": "priority", "order": "DESC"}, {"field": "creationDate"}]}
    assert keys(body) == [3, 2, 1, 4]
    assert keys({"sort": [{"field": "name", "order": "ASC"}]}) == [2, 1, 3, 4]
    assert keys({"sort": [{"field": "name", "order": "desc"}]}) == [3, 1, 2, 4]


def test_offset_paging() -> None:
    page = run({"page": {"from": 1, "limit": 2}})
    assert [t.key for t in page.items] == [2, 3]
    assert page.total_items == 4


def test_cursor_paging_forward_and_back_follows_the_sort() -> None:
    sort = [{"field": "creationDate", "order": "DESC"}]
    first = run({"sort": sort, "page": {"limit": 2}})
    assert [t.key for t in first.items] == [4, 2]
    second = run({"sort": sort, "page": {"limit": 2, "after": first.end_cursor}})
    assert [t.key for t in second.items] == [3, 1]
    back = run({"sort": sort, "page": {"limit": 1, "before": second.start_cursor}})
    assert [t.key for t in back.items] == [2]
    past_end = run({"sort": sort, "page": {"after": second.end_cursor}})
    assert past_end.items == []
    assert past_end.start_cursor is None and past_end.end_cursor is None


def test_default_limit_is_camundas_hundred() -> None:
    many = [Task(k, "t", "CREATED", 1, k) for k in range(1, 151)]
    assert len(run({}, many).items) == DEFAULT_PAGE_LIMIT == 100


@pytest.mark.parametrize(
    ("body", "named"),
    [
        ({"filter": "state"}, "filter"),
        ({"filter": {"colour": "red"}}, "filter.colour"),
        ({"filter": {"state": "OPEN"}}, "filter.state"),
        ({"filter": {"priority": "high"}}, "filter.priority"),
        ({"filter": {"priority": {"$like": "1*"}}}, "filter.priority.$like"),
        ({"filter": {"name": {"$gt": "a"}}}, "filter.name.$gt"),
        ({"filter": {"name": {"$in": "a"}}}, "filter.name.$in"),
        ({"filter": {"name": {"$exists": "yes"}}}, "filter.name.$exists"),
        ({"filter": {"userTaskKey": "abc"}}, "filter.userTaskKey"),
        ({"filter": {"creationDate": "yesterday"}}, "filter.creationDate"),
        ({"filter": {"$or": {"state": "CREATED"}}}, "filter.$or"),
        ({"sort": {"field": "name"}}, "sort"),
        ({"sort": [{"field": "colour"}]}, "colour"),
        ({"sort": [{"field": "candidateGroup"}]}, "candidateGroup"),
        ({"sort": [{"field": "name", "order": "UP"}]}, "UP"),
        ({"sort": [{"order": "ASC"}]}, "sort[0].field"),
        ({"page": {"limit": -1}}, "page.limit"),
        ({"page": {"limit": "ten"}}, "page.limit"),
        ({"page": {"from": -5}}, "page.from"),
        ({"page": {"size": 5}}, "page.size"),
        ({"page": {"after": "%%%"}}, "page.after"),
        ({"page": {"after": "W10="}}, "page.after"),
        ({"sorting": []}, "sorting"),
    ],
)
def test_malformed_search_bodies_name_what_is_wrong(body: dict[str, Any], named: str) -> None:
    with pytest.raises(InvalidRequestError) as raised:
        run(body)
    assert named in raised.value.detail


def test_after_and_before_together_are_refused() -> None:
    cursor = run({"page": {"limit": 1}}).end_cursor
    with pytest.raises(InvalidRequestError, match="Both after and before"):
        run({"page": {"after": cursor, "before": cursor}})
    with pytest.raises(InvalidRequestError, match="after/before and from"):
        run({"page": {"after": cursor, "from": 1}})


def test_a_cursor_from_another_sort_is_refused() -> None:
    cursor = run({"sort": [{"field": "name"}], "page": {"limit": 1}}).end_cursor
    with pytest.raises(InvalidRequestError, match="another sort"):
        run({"page": {"after": cursor}})


def test_like_pattern_wildcards_and_escapes() -> None:
    assert like_pattern("a*c").fullmatch("abbbc")
    assert like_pattern("a?c").fullmatch("abc")
    assert not like_pattern("a?c").fullmatch("abbc")
    assert like_pattern(r"a\*c").fullmatch("a*c")
    assert not like_pattern(r"a\*c").fullmatch("abc")
    assert like_pattern("1.5").fullmatch("1.5") and not like_pattern("1.5").fullmatch("105")
