"""Every hit policy on the DMN specification's example tables (Holidays, Discount, Special
discount, Applicant risk rating, Person loan compliance), with the results the specification
and dmn-scala's tests give."""

from __future__ import annotations

from typing import Any

import pytest

from engine.dmn import DmnEvaluationError, evaluate_decision, parse_dmn
from tests.unit.engine.dmn.dmn_documents import Output, decision_table, definitions

HOLIDAY_RULES = [
    (["", ""], ["22"]),
    (["< 18", ""], ["5"]),
    ([">= 60", ""], ["5"]),
    (["", ">= 30"], ["5"]),
    (["[18..60)", "[15..30)"], ["2"]),
    ([">= 60", ""], ["3"]),
    (["", ">= 30"], ["3"]),
]
"""The specification's Holidays table: 22 days for all, extra days by age and service."""


def holidays(hit_policy: str, aggregation: str | None = None, values: str | None = None) -> Any:
    xml = definitions(
        decision_table(
            "holidays",
            inputs=["age", "yearsOfService"],
            outputs=[Output("holidays", values=values)],
            rules=HOLIDAY_RULES,
            hit_policy=hit_policy,
            aggregation=aggregation,
        )
    )
    drg = parse_dmn(xml, "holidays.dmn")
    return lambda age, years: (
        evaluate_decision(drg, "holidays", {"age": age, "yearsOfService": years}).output
    )


@pytest.mark.parametrize(
    ("age", "years", "days"), [(58, 31, 30), (25, 2, 22), (16, 1, 27), (46, 19, 24)]
)
def test_collect_sum_adds_the_matched_values(age: int, years: int, days: int) -> None:
    assert holidays("COLLECT", "SUM")(age, years) == days


def test_collect_without_aggregator_lists_values_in_rule_order() -> None:
    assert holidays("COLLECT")(58, 31) == [22, 5, 3]
    assert holidays("COLLECT")(25, 2) == [22]


def test_collect_min_max_and_count() -> None:
    assert holidays("COLLECT", "MIN")(58, 31) == 3
    assert holidays("COLLECT", "MAX")(58, 31) == 22
    assert holidays("COLLECT", "COUNT")(58, 31) == 3
    assert holidays("COLLECT", "COUNT")(16, 1) == 2


def test_rule_order_lists_values_in_rule_order() -> None:
    assert holidays("RULE ORDER")(61, 40) == [22, 5, 5, 3, 3]


def test_output_order_sorts_by_the_output_values_list() -> None:
    evaluate = holidays("OUTPUT ORDER", values="22, 5, 3, 2")
    assert evaluate(58, 31) == [22, 5, 3]
    assert evaluate(46, 19) == [22, 2]
    assert evaluate(61, 40) == [22, 5, 5, 3, 3]


def discount(customer: str, order_size: int) -> Any:
    xml = definitions(
        decision_table(
            "discount",
            inputs=["customer", "orderSize"],
            outputs=["discount"],
            rules=[
                (['"Business"', "< 10"], ["0.1"]),
                (['"Business"', ">= 10"], ["0.15"]),
                (['"Private"', "-"], ["0.05"]),
            ],
        )
    )
    drg = parse_dmn(xml, "discount.dmn")
    return evaluate_decision(drg, "discount", {"customer": customer, "orderSize": order_size})


@pytest.mark.parametrize(
    ("customer", "order_size", "rate"),
    [("Business", 7, 0.1), ("Business", 15, 0.15), ("Private", 9, 0.05)],
)
def test_unique_is_the_default_and_returns_the_one_match(
    customer: str, order_size: int, rate: float
) -> None:
    assert discount(customer, order_size).output == rate


def test_first_returns_the_first_matching_rule() -> None:
    xml = definitions(
        decision_table(
            "specialDiscount",
            inputs=["typeOfOrder", "customerLocation", "typeOfCustomer"],
            outputs=["specialDiscount"],
            rules=[
                (['"Web"', '"US"', '"Wholesaler"'], ["10"]),
                (['"Web"', '"US"', "-"], ["5"]),
                (['"Web"', "-", "-"], ["0"]),
            ],
            hit_policy="FIRST",
        )
    )
    drg = parse_dmn(xml, "special.dmn")

    def special(location: str, customer: str) -> Any:
        variables = {"typeOfOrder": "Web", "customerLocation": location, "typeOfCustomer": customer}
        return evaluate_decision(drg, "specialDiscount", variables)

    assert special("US", "Wholesaler").output == 10
    assert special("US", "Retailer").output == 5
    assert special("Non-US", "Retailer").output == 0
    assert [
        rule.rule_index for rule in special("US", "Wholesaler").evaluated_decisions[0].matched_rules
    ] == [1]


RISK_RULES = [
    (["<= 60", "-"], ['"Low"']),
    (["> 60", '"good"'], ['"Medium"']),
    (["> 60", '"bad"'], ['"High"']),
    (["-", '"bad"'], ['"Medium"']),
]
"""Applicant risk rating, with rules overlapping so that each policy orders them differently."""


def risk(hit_policy: str, age: int, history: str) -> Any:
    xml = definitions(
        decision_table(
            "risk",
            inputs=["applicantAge", "medicalHistory"],
            outputs=[Output("riskRating", values='"High","Medium","Low"')],
            rules=RISK_RULES,
            hit_policy=hit_policy,
        )
    )
    variables = {"applicantAge": age, "medicalHistory": history}
    return evaluate_decision(parse_dmn(xml, "risk.dmn"), "risk", variables).output


def test_priority_returns_the_match_ranked_highest_in_output_values() -> None:
    assert risk("PRIORITY", 65, "bad") == "High"
    assert risk("PRIORITY", 55, "bad") == "Medium"
    assert risk("PRIORITY", 30, "good") == "Low"


def test_each_multi_hit_policy_orders_the_same_matches_its_own_way() -> None:
    assert risk("RULE ORDER", 55, "bad") == ["Low", "Medium"]
    assert risk("OUTPUT ORDER", 55, "bad") == ["Medium", "Low"]
    assert risk("COLLECT", 65, "bad") == ["High", "Medium"]
    assert risk("FIRST", 55, "bad") == "Low"


def test_output_order_ranks_unlisted_values_last() -> None:
    xml = definitions(
        decision_table(
            "rank",
            inputs=["x"],
            outputs=[Output("rank", values='"a","b"')],
            rules=[(["-"], ['"z"']), (["-"], ['"b"']), (["-"], ['"a"'])],
            hit_policy="OUTPUT ORDER",
        )
    )
    assert evaluate_decision(parse_dmn(xml, "rank.dmn"), "rank", {"x": 1}).output == [
        "a",
        "b",
        "z",
    ]


LOAN_RULES = [
    (['"A"', "< 10000", "< 50000"], ['"Compliant"']),
    (['not("A")', "-", "-"], ['"Not Compliant"']),
    (["-", ">= 10000", "-"], ['"Not Compliant"']),
    (["-", "-", ">= 50000"], ['"Not Compliant"']),
]


def loan(rating: str, credit: int, loan_balance: int, rules: Any = LOAN_RULES) -> Any:
    xml = definitions(
        decision_table(
            "compliance",
            inputs=["creditRating", "creditBalance", "loanBalance"],
            outputs=["compliance"],
            rules=rules,
            hit_policy="ANY",
        )
    )
    variables = {"creditRating": rating, "creditBalance": credit, "loanBalance": loan_balance}
    return evaluate_decision(parse_dmn(xml, "loan.dmn"), "compliance", variables).output


def test_any_accepts_several_matches_that_agree() -> None:
    assert loan("B", 10000, 50000) == "Not Compliant"
    assert loan("A", 5000, 10000) == "Compliant"


def test_any_fails_when_matches_disagree() -> None:
    conflicting = [*LOAN_RULES, (['"A"', "-", "-"], ['"Compliant"'])]
    with pytest.raises(DmnEvaluationError) as raised:
        loan("A", 20000, 10000, conflicting)
    assert str(raised.value).startswith(
        "Expected to evaluate decision 'compliance', but different values aren't allowed "
        "for ANY hit policy"
    )
    assert '"Not Compliant"' in str(raised.value)


def test_unique_fails_when_several_rules_match() -> None:
    with pytest.raises(DmnEvaluationError) as raised:
        risk("UNIQUE", 55, "bad")
    error = raised.value
    assert str(error) == (
        "Expected to evaluate decision 'risk', but multiple values aren't allowed for UNIQUE "
        """hit policy. found: '["Low", "Medium"]'"""
    )
    assert error.failed_decision_id == "risk"
    assert [rule.rule_index for rule in error.evaluated_decisions[0].matched_rules] == [1, 4]
