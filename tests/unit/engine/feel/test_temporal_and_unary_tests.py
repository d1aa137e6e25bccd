"""Temporal arithmetic, JSON output of temporal values, and DMN unary tests."""

from typing import Any

import pytest

from engine.feel import FeelSyntaxError, compile_unary_tests, evaluate, to_json


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ('date("2024-01-02")', "2024-01-02"),
        ('@"P1Y2M"', "P1Y2M"),
        ('duration("PT5M")', "PT5M"),
        ('duration("P2DT3H")', "P2DT3H"),
        ('date("2024-01-31") + duration("P1M")', "2024-02-29"),
        ('date("2024-01-02") - duration("P1D")', "2024-01-01"),
        ('date("2024-03-31") - date("2024-01-01")', "P90D"),
        ('date and time("2024-01-02T10:00:00") + duration("PT2H30M")', "2024-01-02T12:30:00"),
        ('date and time("2024-01-02T10:00:00+01:00")', "2024-01-02T10:00:00+01:00"),
        ('date and time("2024-01-02T10:00:00Z") - date and time("2024-01-01T09:00:00Z")', "P1DT1H"),
        ('duration("PT1H") * 3', "PT3H"),
        ('duration("P1Y") - duration("P2M")', "P10M"),
        ('time("10:00:00") + duration("PT30M")', "10:30"),
        ('date("2024-01-02").year', 2024),
        ('date and time("2024-01-02T10:11:12").hour', 10),
        ('duration("P2DT3H").hours', 3),
        ('@"P1Y2M".months', 2),
        ('date("2024-01-02") < date("2024-01-03")', True),
        ('date("2024-01-02") < 1', None),
        ('date("2024-02-30")', None),
        (
            'string(date and time("2024-01-02T10:00:00@Europe/Berlin"))',
            "2024-01-02T10:00:00@Europe/Berlin",
        ),
    ],
)
def test_temporal_expression(source: str, expected: Any) -> None:
    assert to_json(evaluate(source, {})) == expected


@pytest.mark.parametrize(
    ("tests", "input_value", "matches"),
    [
        ("-", "anything", True),
        ("< 10", 5, True),
        ("< 10", 10, False),
        ("[1..5]", 5, True),
        ("]1..5[", 5, False),
        ('"a","b"', "b", True),
        ('"a","b"', "c", False),
        ('not("x")', "y", True),
        ('not("x")', "x", False),
        ("? > 3", 5, True),
        ("count(?) > 1", [1, 2], True),
        ("null", None, True),
        ("true", True, True),
        ("> 25000", 30000, True),
        ("<= 1000", None, False),
        ('"investment","pension","life-insurance","mortgage","credit"', "credit", True),
        ("[1, 2, 3]", 2, True),
        ("x", 5, True),
    ],
)
def test_unary_tests_match_like_feel_scala(tests: str, input_value: Any, matches: bool) -> None:
    assert compile_unary_tests(tests).matches(input_value, {"x": 5}) is matches


@pytest.mark.parametrize("tests", ["< ", "[1..", "not(", '"a",'])
def test_malformed_unary_tests_are_syntax_errors(tests: str) -> None:
    with pytest.raises(FeelSyntaxError):
        compile_unary_tests(tests)
