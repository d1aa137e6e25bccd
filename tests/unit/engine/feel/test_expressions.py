"""FEEL expressions against the results FEEL-Scala 1.19 documents (docs and its test suite)."""

import datetime as dt
from typing import Any

import pytest

from engine.feel import (
    FeelError,
    FeelEvaluationError,
    FeelSyntaxError,
    compile_expression,
    evaluate,
    to_json,
)


def feel(source: str, **variables: Any) -> Any:
    return to_json(evaluate(source, variables))


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("1 + 2 * 3", 7),
        ("10 / 4", 2.5),
        ("2 ** 3", 8),
        ("-(1 + 2)", -3),
        ("1 / 0", None),
        ('"foo" + "bar"', "foobar"),
        ('1 + "a"', None),
        ('"a\\nb"', "a\nb"),
        ("[1, 2, 3][1]", 1),
        ("[1, 2, 3][-1]", 3),
        ("[1, 2, 3][4]", None),
        ("[1, 2, 3, 4][item > 2]", [3, 4]),
        ("[{a: 1}, {a: 2}][a > 1]", [{"a": 2}]),
        ("[{a: 1}, {a: 2}].a", [1, 2]),
        ('{a: 1, "b c": 2, d: a + 1}', {"a": 1, "b c": 2, "d": 2}),
        ("{a: {b: 5}}.a.b", 5),
        ("for x in 1..3 return x * 2", [2, 4, 6]),
        ("for x in [1, 2], y in [3, 4] return x * y", [3, 4, 6, 8]),
        ("for i in 0..4 return if i = 0 then 1 else i * partial[-1]", [1, 1, 2, 6, 24]),
        ("some x in [1, 2, 3] satisfies x > 2", True),
        ("every x in [1, 2, 3] satisfies x > 2", False),
        ('if 5 > 3 then "yes" else "no"', "yes"),
        ('if null then "yes" else "no"', "no"),
        ("5 between 1 and 10", True),
        ("5 in [1..5]", True),
        ("5 in (1..5)", False),
        ("5 in (< 3, > 4)", True),
        ("5 instance of number", True),
        ('"a" instance of number', False),
        ("(function(a, b) a + b) instance of function", True),
        ("{f: function(a, b) a + b, r: f(1, 2)}.r", 3),
        ("{f: function(a, b) a - b, r: f(b: 1, a: 5)}.r", 4),
        ("{abs: function(n) 42, r: abs(-1)}.r", 42),
    ],
)
def test_expression_gives_feel_scala_result(source: str, expected: Any) -> None:
    assert feel(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("null = null", True),
        ("x = null", True),
        ("1 < null", None),
        ('1 = "a"', None),
        ("false and null", False),
        ("null and false", False),
        ("true and null", None),
        ("true and 1", None),
        ("true or null", True),
        ("false or null", None),
        ("not(null)", None),
        ("a.b.c", None),
        ("missing + 1", None),
        ("unknown fn(1)", None),
        ("is defined(missing)", False),
        ("get or else(missing, 7)", 7),
    ],
)
def test_null_semantics_follow_feel_scala(source: str, expected: Any) -> None:
    assert feel(source) == expected


def test_variables_are_read_as_feel_values() -> None:
    assert feel("x + y", x=1, y=0.5) == 1.5
    assert feel("items[2].name", items=[{"name": "a"}, {"name": "b"}]) == "b"
    assert feel("`a b` + 1", **{"a b": 2}) == 3


def test_syntax_error_names_the_expression() -> None:
    with pytest.raises(FeelSyntaxError) as raised:
        compile_expression("1 +")
    assert raised.value.expression == "1 +"
    assert "position 4" in str(raised.value)
    assert isinstance(raised.value, FeelError)


@pytest.mark.parametrize("source", ["{a: 1", "[1, 2", "if x then 1", '"open', "a ! b", ""])
def test_malformed_expression_is_a_syntax_error(source: str) -> None:
    with pytest.raises(FeelSyntaxError):
        compile_expression(source)


@pytest.mark.parametrize(
    "source",
    [
        "? > 1",
        'assert(1, 1 > 2, "too small")',
        "x.f(1)",
        "[1, 2] < [1, 3]",
        "modulo(1, 0)",
        'substring("abc", 5)',
    ],
)
def test_failures_feel_scala_raises_become_evaluation_errors(source: str) -> None:
    with pytest.raises(FeelEvaluationError) as raised:
        evaluate(source, {"x": 1})
    assert raised.value.expression == source


def test_assert_failure_carries_its_cause() -> None:
    with pytest.raises(FeelEvaluationError, match="too small"):
        evaluate('assert(1, 1 > 2, "too small")', {})


def test_compiled_expression_is_cached() -> None:
    assert compile_expression("a + 1") is compile_expression("a + 1")


def test_now_and_today_read_the_injected_clock() -> None:
    fixed = dt.datetime(2024, 5, 6, 7, 8, 9, tzinfo=dt.UTC)
    expression = compile_expression("{now: now(), today: today()}")
    result = to_json(expression.evaluate({}, clock=lambda: fixed))
    assert result == {"now": "2024-05-06T07:08:09Z", "today": "2024-05-06"}
