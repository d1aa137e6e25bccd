"""What an evaluation records per decision (Zeebe's EvaluatedDecision), and evaluation failures."""

from __future__ import annotations

import pytest

from engine.dmn import (
    DmnEvaluationError,
    EvaluatedInput,
    EvaluatedOutput,
    MatchedRule,
    evaluate_decision,
    parse_dmn,
)
from tests.unit.engine.dmn.dmn_documents import Output, decision_table, definitions

ROUTING = decision_table(
    "routing",
    name="Claim routing",
    inputs=["claim.amount", "claim.lossType"],
    outputs=[Output("track", label="Track"), Output("priority")],
    rules=[
        (["> 1000", "-"], ['"senior"', "80"]),
        (["-", '"fire"'], ['"specialist"', "70"]),
        (["-", "-"], ['"standard"', "claim.amount / 100"]),
    ],
    hit_policy="RULE ORDER",
)


def test_a_decision_table_records_inputs_and_matched_rules() -> None:
    drg = parse_dmn(definitions(ROUTING), "routing.dmn")
    evaluation = evaluate_decision(drg, "routing", {"claim": {"amount": 500, "lossType": "fire"}})
    [record] = evaluation.evaluated_decisions
    assert (record.decision_id, record.decision_name, record.decision_type) == (
        "routing",
        "Claim routing",
        "DECISION_TABLE",
    )
    assert record.output == evaluation.output
    assert record.evaluated_inputs == [
        EvaluatedInput("in_1", "In 1", 500),
        EvaluatedInput("in_2", "In 2", "fire"),
    ]
    assert record.matched_rules == [
        MatchedRule(
            "routing_rule_2",
            2,
            [
                EvaluatedOutput("out_1", "Track", "specialist"),
                EvaluatedOutput("out_2", "priority", 70),
            ],
        ),
        MatchedRule(
            "routing_rule_3",
            3,
            [
                EvaluatedOutput("out_1", "Track", "standard"),
                EvaluatedOutput("out_2", "priority", 5),
            ],
        ),
    ]


def test_an_unlabelled_input_is_named_by_the_start_of_its_expression() -> None:
    expression = 'if applicant.age > 65 then "senior" else "adult"'
    xml = definitions(
        decision_table("age", inputs=[expression], outputs=["band"], rules=[(["-"], ["1"])])
    ).replace(b' label="In 1"', b"")
    [record] = evaluate_decision(parse_dmn(xml, "age.dmn"), "age", {}).evaluated_decisions
    assert record.evaluated_inputs[0].input_name == expression[:30]


def test_a_failing_input_expression_fails_with_nothing_recorded_for_the_table() -> None:
    table = decision_table(
        "fails",
        inputs=['assert(x, x < 0, "x must be negative")'],
        outputs=["y"],
        rules=[(["-"], ["1"])],
    )
    drg = parse_dmn(definitions(table), "fails.dmn")
    with pytest.raises(DmnEvaluationError) as raised:
        evaluate_decision(drg, "fails", {"x": 1})
    error = raised.value
    assert str(error).startswith("Expected to evaluate decision 'fails', but ")
    assert "x must be negative" in error.reason
    [record] = error.evaluated_decisions
    assert (record.decision_id, record.output, record.evaluated_inputs) == ("fails", None, [])


def test_a_failing_output_entry_fails_the_decision() -> None:
    table = decision_table(
        "fails",
        inputs=["x"],
        outputs=["y"],
        rules=[(["-"], ['assert(x, x < 0, "x must be negative")'])],
    )
    drg = parse_dmn(definitions(table), "fails.dmn")
    with pytest.raises(DmnEvaluationError) as raised:
        evaluate_decision(drg, "fails", {"x": 1})
    [record] = raised.value.evaluated_decisions
    assert record.evaluated_inputs == [EvaluatedInput("in_1", "In 1", 1)]
    assert record.matched_rules == []


def test_aggregating_a_non_number_fails() -> None:
    table = decision_table(
        "total",
        inputs=["x"],
        outputs=["total"],
        rules=[(["-"], ['"ten"'])],
        hit_policy="COLLECT",
        aggregation="SUM",
    )
    with pytest.raises(DmnEvaluationError) as raised:
        evaluate_decision(parse_dmn(definitions(table), "t.dmn"), "total", {"x": 1})
    assert raised.value.reason == """expected number but found '"ten"'"""


def test_first_does_not_evaluate_the_outputs_of_later_matches() -> None:
    table = decision_table(
        "first",
        inputs=["x"],
        outputs=["y"],
        rules=[(["-"], ['"ok"']), (["-"], ['assert(x, x < 0, "x must be negative")'])],
        hit_policy="FIRST",
    )
    evaluation = evaluate_decision(parse_dmn(definitions(table), "f.dmn"), "first", {"x": 1})
    assert evaluation.output == "ok"


def test_the_caller_variables_are_not_changed() -> None:
    drg = parse_dmn(definitions(ROUTING), "routing.dmn")
    variables = {"claim": {"amount": 50, "lossType": "water"}}
    evaluate_decision(drg, "routing", variables)
    assert variables == {"claim": {"amount": 50, "lossType": "water"}}
