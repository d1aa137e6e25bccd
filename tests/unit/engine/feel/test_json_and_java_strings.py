"""`to json`/`from json`, object variables written back raw, Java string semantics, Scala order."""

from typing import Any

import pytest

from engine.feel import evaluate, to_json
from engine.feel.java_strings import (
    compare_strings,
    concatenate,
    is_java_blank,
    utf8_as_java_writes,
    utf16_length,
    utf16_slice,
)
from engine.feel.scala_order import context_items
from engine.feel.values import JsonContext, from_json

EMOJI = "\U0001f600"
HIGH, LOW = "\ud83d", "\ude00"


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "",
        "   ",
        "1x",
        "1.",
        ".5",
        "+1",
        "01",
        "NaN",
        "Infinity",
        "truex",
        "[1, 2,]",
        "{a: 1}",
        "'a'",
        "/* c */ 1",
        '"\t"',
    ],
)
def test_from_json_of_malformed_text_is_null(text: str) -> None:
    assert evaluate("from json(t)", {"t": text}) is None


@pytest.mark.parametrize("argument", ["1", "[1]", "{a: 1}", "true", "null"])
def test_from_json_of_a_non_string_is_null(argument: str) -> None:
    assert evaluate(f"from json({argument})", {}) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" [1, 2] ] trailing", [1, 2]),
        ('"a" "b"', "a"),
        ("true]", True),
        ("1 x", 1),
        ('{"a": 1, "a": 2.0}', {"a": 2}),
        ("12345678901234567890", -6101065172474983726),
        ("1.5e300", 0),
        ("0.1", 0.1),
        ("[1e400]", [None]),
    ],
)
def test_from_json_reads_the_first_value_as_jackson_does(text: str, expected: Any) -> None:
    assert to_json(evaluate("from json(t)", {"t": text})) == expected


def test_from_json_gives_plain_contexts_whose_floats_are_computed_numbers() -> None:
    value = evaluate('from json("{\\"a\\": 2.0}")', {})
    assert not isinstance(value, JsonContext)
    assert to_json(value) == {"a": 2}


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("to json({a: 1, b: [true, null]})", '{"a":1,"b":[true,null]}'),
        ("to json(1.000)", "1.000"),
        ("to json(0 * -1)", "0"),
        ("to json(0.1 ** 20)", "1E-20"),
        (
            'to json(date and time("2024-02-29T10:30:00@Europe/Berlin"))',
            '"2024-02-29T10:30:00+01:00[Europe/Berlin]"',
        ),
        ('to json(time("10:30:00.120"))', '"10:30:00.12"'),
        ('to json(duration("-P1DT2H3M4.5S"))', '"PT-26H-3M-4.5S"'),
        ('to json(duration("P0D"))', '"PT0S"'),
        ('to json(duration("-P14M"))', '"P-1Y-2M"'),
        ("to json([1..5))", '"[1..5)"'),
        ("to json({f: function(a, b) a, v: 1})", '{"v":1}'),
        ("to json(function(a, b) a)", '"function(a, b)"'),
    ],
)
def test_to_json_writes_what_jackson_writes(source: str, expected: str) -> None:
    assert evaluate(source, {}) == expected


def test_to_json_escapes_control_characters_in_upper_case_hex() -> None:
    assert evaluate("to json(s)", {"s": '\u0001\t"\\/é'}) == '"\\u0001\\t\\"\\\\/é"'


def test_an_object_variable_is_written_back_as_it_came() -> None:
    variables = {"x": {"a": 2.0, "n": {"m": 1.0}}}
    assert repr(to_json(evaluate("x", variables))) == repr(variables["x"])
    assert repr(to_json(evaluate("x.a", variables))) == "2"


def test_put_and_merge_keep_the_untouched_entries_of_an_object_variable() -> None:
    variables = {"x": {"a": 2.0, "n": {"m": 1.0}}}
    put = to_json(evaluate('context put(x, ["n", "k"], 1.0)', variables))
    assert repr(put) == repr({"a": 2.0, "n": {"m": 1.0, "k": 1}})
    merged = to_json(evaluate("context merge([x, {a: 3.0}])", variables))
    assert repr(merged) == repr({"a": 3, "n": {"m": 1.0}})


def test_a_function_in_a_context_literal_cannot_call_itself() -> None:
    source = "{f: function(n) if n <= 1 then 1 else n * f(n - 1), r: f(3)}.r"
    assert evaluate(source, {}) is None


def test_utf16_length_and_slice_count_code_units() -> None:
    assert utf16_length(f"a{EMOJI}b") == 4
    assert utf16_slice(f"a{EMOJI}b", 1, 3) == EMOJI
    assert utf16_slice(f"a{EMOJI}b", 2) == LOW + "b"


def test_joined_surrogate_halves_make_the_character_again() -> None:
    assert concatenate("x" + HIGH, LOW) == "x" + EMOJI
    assert concatenate("x", "y") == "xy"


def test_a_lone_surrogate_is_stored_as_a_question_mark() -> None:
    assert utf8_as_java_writes(f"{HIGH}a{EMOJI}") == f"?a{EMOJI}"
    assert to_json(HIGH + LOW) == EMOJI


def test_strings_order_by_utf16_code_unit() -> None:
    assert compare_strings("\uff01", EMOJI) == 1
    assert compare_strings("a", EMOJI) == -1


def test_java_blank_excludes_no_break_spaces() -> None:
    assert is_java_blank("\u001c\u2003 \t")
    assert not is_java_blank("\u00a0")
    assert not is_java_blank("\u0085")


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ('matches("é", "^\\w$")', False),
        ('matches("É", "é", "i")', False),
        ('matches("É", "(?iu)é")', True),
        ('matches("a.b", "\\Q.\\E")', True),
        ('replace("abc", "(?<x>b)", "${x}${x}")', "abbc"),
    ],
)
def test_patterns_follow_java_regex_defaults(source: str, expected: Any) -> None:
    assert evaluate(source, {}) == expected


def test_small_contexts_keep_insertion_order_and_larger_ones_scala_hash_order() -> None:
    assert [key for key, _ in context_items({"d": 1, "c": 2, "b": 3, "a": 4})] == list("dcba")
    ordered = context_items(dict.fromkeys("fedcba", 0))
    assert [key for key, _ in ordered] == list("efabcd")


def test_from_json_keeps_the_variable_json_beside_the_feel_values() -> None:
    variables = {"a": 2.0, "b": [1.0]}
    context = from_json(variables)
    assert isinstance(context, JsonContext)
    assert context.raw is variables
    assert str(context["a"]) == "2.0"
