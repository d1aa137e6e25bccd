"""The decision result is shaped as dmn-scala shapes it, which is what Zeebe stores in the
business rule task's result variable."""

from __future__ import annotations

from typing import Any

from engine.dmn import evaluate_decision, parse_dmn
from tests.unit.engine.dmn.dmn_documents import Output, decision_table, definitions


def evaluate(table: str, variables: dict[str, Any]) -> Any:
    drg = parse_dmn(definitions(table), "shaping.dmn")
    return evaluate_decision(drg, next(iter(drg.decisions)), variables).output


def two_outputs(hit_policy: str | None = None, outputs: Any = ("track", "priority")) -> str:
    return decision_table(
        "routing",
        inputs=["amount"],
        outputs=outputs,
        rules=[(["< 100"], ['"fast"', "30"]), (["< 1000"], ['"standard"', "50"])],
        hit_policy=hit_policy,
    )


def test_a_single_output_gives_the_value_itself() -> None:
    table = decision_table("size", inputs=["n"], outputs=["size"], rules=[(["> 1"], ['"big"'])])
    assert evaluate(table, {"n": 5}) == "big"


def test_several_outputs_give_a_context_keyed_by_output_name() -> None:
    assert evaluate(two_outputs("FIRST"), {"amount": 50}) == {"track": "fast", "priority": 30}


def test_a_multi_hit_policy_gives_a_list_of_contexts_for_several_outputs() -> None:
    assert evaluate(two_outputs("COLLECT"), {"amount": 50}) == [
        {"track": "fast", "priority": 30},
        {"track": "standard", "priority": 50},
    ]


def test_no_match_gives_null_for_single_and_several_outputs() -> None:
    assert evaluate(two_outputs("FIRST"), {"amount": 5000}) is None
    table = decision_table("size", inputs=["n"], outputs=["size"], rules=[(["> 1"], ['"big"'])])
    assert evaluate(table, {"n": 0}) is None


def test_no_match_gives_null_for_multi_hit_policies_and_aggregators_too() -> None:
    """dmn-scala answers a match-less table with its default outputs (else null) before the hit
    policy applies, so COLLECT gives null rather than [] and COUNT null rather than 0."""
    assert evaluate(two_outputs("COLLECT"), {"amount": 5000}) is None
    for aggregation in ("COUNT", "SUM", "MIN", "MAX"):
        table = decision_table(
            "total",
            inputs=["n"],
            outputs=["total"],
            rules=[(["> 1"], ["1"])],
            hit_policy="COLLECT",
            aggregation=aggregation,
        )
        assert evaluate(table, {"n": 0}) is None, aggregation


def test_no_match_gives_the_default_output_entries() -> None:
    outputs = [Output("track", default='"manual"'), Output("priority", default="10")]
    assert evaluate(two_outputs("FIRST", outputs), {"amount": 5000}) == {
        "track": "manual",
        "priority": 10,
    }
    single_default = [Output("track", default='"manual"'), Output("priority")]
    assert evaluate(two_outputs("FIRST", single_default), {"amount": 5000}) == "manual"


def test_a_null_output_entry_gives_null_in_the_context() -> None:
    table = decision_table(
        "routing",
        inputs=["amount"],
        outputs=["track", "group"],
        rules=[(["-"], ['"fast"', "null"])],
    )
    assert evaluate(table, {"amount": 1}) == {"track": "fast", "group": None}


def test_output_entries_see_variables_and_compute_with_them() -> None:
    table = decision_table(
        "payout",
        inputs=["claim.amount"],
        outputs=["payout"],
        rules=[(["> 100"], ["claim.amount * 0.5"]), (["<= 100"], ["claim.amount"])],
    )
    assert evaluate(table, {"claim": {"amount": 300}}) == 150
    assert evaluate(table, {"claim": {"amount": 40.5}}) == 40.5


def test_an_empty_input_entry_matches_any_value_even_null() -> None:
    table = decision_table("any", inputs=["missing"], outputs=["hit"], rules=[([""], ["true"])])
    assert evaluate(table, {}) is True


def test_a_missing_variable_is_null_in_an_input_expression() -> None:
    table = decision_table(
        "absent",
        inputs=["customer.segment"],
        outputs=["segment"],
        rules=[(["null"], ['"none"']), (["-"], ['"known"'])],
        hit_policy="FIRST",
    )
    assert evaluate(table, {}) == "none"
    assert evaluate(table, {"customer": {"segment": "gold"}}) == "known"


def test_numbers_leave_as_integers_when_whole_and_floats_otherwise() -> None:
    table = decision_table(
        "numbers",
        inputs=["n"],
        outputs=["whole", "fraction"],
        rules=[(["-"], ["n * 2", "n / 4"])],
    )
    assert evaluate(table, {"n": 3}) == {"whole": 6, "fraction": 0.75}
