"""Literal expressions, required decisions and what the evaluation records about each."""

from __future__ import annotations

import datetime as dt

import pytest

from engine.dmn import DmnEvaluationError, evaluate_decision, parse_dmn
from tests.unit.engine.dmn.dmn_documents import decision_table, definitions, literal_decision

DISCOUNT = decision_table(
    "discount",
    inputs=["customer", "orderSize"],
    outputs=["discount"],
    rules=[
        (['"Business"', "< 10"], ["0.1"]),
        (['"Business"', ">= 10"], ["0.15"]),
        (['"Private"', "-"], ["0.05"]),
    ],
)


def test_a_literal_expression_returns_its_value() -> None:
    drg = parse_dmn(definitions(literal_decision("greeting", '"Hello " + name')), "g.dmn")
    evaluation = evaluate_decision(drg, "greeting", {"name": "Anna"})
    assert evaluation.output == "Hello Anna"
    [record] = evaluation.evaluated_decisions
    assert (record.decision_id, record.decision_type, record.output) == (
        "greeting",
        "LITERAL_EXPRESSION",
        "Hello Anna",
    )
    assert record.evaluated_inputs == []
    assert record.matched_rules == []


def test_a_required_decision_result_is_a_variable_named_by_its_id() -> None:
    price = literal_decision("price", "discount * 100", requires=["discount"])
    drg = parse_dmn(definitions(DISCOUNT, price), "price.dmn")
    evaluation = evaluate_decision(drg, "price", {"customer": "Business", "orderSize": 7})
    assert evaluation.output == 10
    assert [d.decision_id for d in evaluation.evaluated_decisions] == ["discount", "price"]
    assert evaluation.evaluated_decisions[0].output == 0.1


def test_a_required_decision_with_a_variable_is_named_by_the_variable() -> None:
    rate = literal_decision("rate", "0.2", variable="Rate")
    total = literal_decision("total", "amount * Rate", requires=["rate"])
    drg = parse_dmn(definitions(total, rate), "total.dmn")
    assert evaluate_decision(drg, "total", {"amount": 50}).output == 10


def test_required_decisions_are_evaluated_first_in_requirement_order() -> None:
    base = literal_decision("base", "amount")
    fee = literal_decision("fee", "base * 0.1", requires=["base"])
    total = literal_decision("total", "base + fee", requires=["base", "fee"])
    drg = parse_dmn(definitions(total, fee, base), "chain.dmn")
    evaluation = evaluate_decision(drg, "total", {"amount": 200})
    assert evaluation.output == 220
    assert [d.decision_id for d in evaluation.evaluated_decisions] == [
        "base",
        "base",
        "fee",
        "total",
    ]


def test_a_decision_result_keeps_its_feel_type_for_dependent_decisions() -> None:
    due = literal_decision("due", 'date("2026-03-02") + duration("P14D")')
    late = literal_decision("late", "today > due", requires=["due"])
    weekday = literal_decision("weekday", "day of week(due)", requires=["due"])
    drg = parse_dmn(definitions(due, late, weekday), "due.dmn")
    assert evaluate_decision(drg, "due", {}).output == "2026-03-16"
    assert evaluate_decision(drg, "weekday", {}).output == "Monday"
    assert evaluate_decision(drg, "late", {"today": "2026-04-01"}).output is None


def test_now_reads_the_given_clock() -> None:
    drg = parse_dmn(definitions(literal_decision("year", "today().year")), "clock.dmn")

    def clock() -> dt.datetime:
        return dt.datetime(2031, 5, 6, 7, 8, tzinfo=dt.UTC)

    assert evaluate_decision(drg, "year", {}, clock=clock).output == 2031


def test_a_required_decision_result_overrides_a_variable_of_the_same_name() -> None:
    price = literal_decision("price", "discount * 100", requires=["discount"])
    drg = parse_dmn(definitions(DISCOUNT, price), "price.dmn")
    variables = {"customer": "Private", "orderSize": 1, "discount": 0.9}
    assert evaluate_decision(drg, "price", variables).output == 5


def test_a_failing_required_decision_fails_the_called_one_and_is_named() -> None:
    broken = literal_decision("broken", 'assert(1, false, "broken on purpose")')
    caller = literal_decision("caller", "broken + 1", requires=["broken"])
    drg = parse_dmn(definitions(broken, caller), "broken.dmn")
    with pytest.raises(DmnEvaluationError) as raised:
        evaluate_decision(drg, "caller", {})
    error = raised.value
    assert str(error).startswith("Expected to evaluate decision 'caller', but ")
    assert "broken on purpose" in str(error)
    assert error.failed_decision_id == "broken"
    assert [d.decision_id for d in error.evaluated_decisions] == ["broken"]


def test_the_variable_type_ref_is_checked_on_the_result() -> None:
    typed = literal_decision("typed", "amount", variable="typed", type_ref="string")
    drg = parse_dmn(definitions(typed), "typed.dmn")
    assert evaluate_decision(drg, "typed", {"amount": "12"}).output == "12"
    assert evaluate_decision(drg, "typed", {}).output is None
    with pytest.raises(DmnEvaluationError) as raised:
        evaluate_decision(drg, "typed", {"amount": 12})
    assert str(raised.value) == (
        "Expected to evaluate decision 'typed', but expected 'string' but found '12'"
    )


def test_an_unknown_decision_id_is_an_evaluation_error() -> None:
    drg = parse_dmn(definitions(DISCOUNT), "d.dmn")
    with pytest.raises(DmnEvaluationError) as raised:
        evaluate_decision(drg, "nope", {})
    assert str(raised.value) == (
        "Expected to evaluate decision 'nope', but no decision found with id 'nope'"
    )


@pytest.mark.parametrize(
    ("type_ref", "expression", "accepted"),
    [
        ("number", "1.5", True),
        ("feel:number", '"1.5"', False),
        ("boolean", "1 < 2", True),
        ("date", 'date("2026-03-02")', True),
        ("date", 'date and time("2026-03-02T10:00:00")', False),
        ("dateTime", 'date and time("2026-03-02T10:00:00")', True),
        ("dateTime", 'date and time("2026-03-02T10:00:00+01:00")', True),
        ("time", 'time("10:00:00")', True),
        ("dayTimeDuration", 'duration("PT5M")', True),
        ("dayTimeDuration", 'duration("P1Y")', False),
        ("yearMonthDuration", 'duration("P1Y")', True),
        ("any", '"anything"', True),
    ],
)
def test_type_refs_dmn_scala_knows_are_checked(
    type_ref: str, expression: str, accepted: bool
) -> None:
    decision = literal_decision("typed", expression, variable="typed", type_ref=type_ref)
    drg = parse_dmn(definitions(decision), "typed.dmn")
    if accepted:
        evaluate_decision(drg, "typed", {})
    else:
        with pytest.raises(DmnEvaluationError, match="but expected '"):
            evaluate_decision(drg, "typed", {})


def test_a_chain_of_required_decisions_too_long_to_follow_fails_cleanly() -> None:
    length = 1200
    chain = [literal_decision("d0", "1")] + [
        literal_decision(f"d{index}", f"d{index - 1} + 1", requires=[f"d{index - 1}"])
        for index in range(1, length)
    ]
    drg = parse_dmn(definitions(*reversed(chain)), "chain.dmn")
    assert evaluate_decision(drg, "d300", {}).output == 301
    with pytest.raises(DmnEvaluationError, match="too long to evaluate"):
        evaluate_decision(drg, f"d{length - 1}", {})
