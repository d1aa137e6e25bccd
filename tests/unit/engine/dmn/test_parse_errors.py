"""A resource Zeebe would reject fails to parse, naming the resource, the element and why."""

from __future__ import annotations

import pytest

from engine.dmn import DmnError, DmnParseError, parse_dmn
from tests.unit.engine.dmn.dmn_documents import (
    DMN13,
    Output,
    decision_table,
    definitions,
    literal_decision,
)


def parse_error(xml: bytes) -> DmnParseError:
    with pytest.raises(DmnParseError) as raised:
        parse_dmn(xml, "broken.dmn")
    assert isinstance(raised.value, DmnError)
    assert str(raised.value).startswith("'broken.dmn': element '")
    return raised.value


def simple_table(**overrides: object) -> str:
    arguments: dict[str, object] = {
        "inputs": ["x"],
        "outputs": ["y"],
        "rules": [(["> 1"], ['"big"'])],
    }
    arguments.update(overrides)
    return decision_table("sizing", **arguments)  # type: ignore[arg-type]


def test_malformed_xml_names_line_and_column() -> None:
    error = parse_error(b"<definitions>\n  <decision></definitions>")
    assert error.element_id == "document"
    assert "not well-formed XML: mismatched tag (line 2" in error.reason


def test_a_dtd_is_rejected() -> None:
    xml = (
        b'<?xml version="1.0"?><!DOCTYPE definitions [<!ENTITY boom "boom">]>'
        b'<definitions xmlns="' + DMN13.encode() + b'" id="d">&boom;</definitions>'
    )
    error = parse_error(xml)
    assert error.reason == "DMN documents must not contain a DTD (<!DOCTYPE ...>)"


def test_an_undeclared_entity_is_rejected() -> None:
    error = parse_error(b'<definitions xmlns="' + DMN13.encode() + b'">&external;</definitions>')
    assert "undefined entity" in error.reason


def test_a_root_that_is_not_dmn_is_rejected() -> None:
    error = parse_error(b'<definitions xmlns="http://example.org/not-dmn" id="d" />')
    assert error.element_id == "document"
    assert "DMN 1.1-1.5 namespace" in error.reason


def test_a_resource_without_decisions_is_rejected() -> None:
    error = parse_error(definitions())
    assert (error.element_id, error.reason) == (
        "Definitions_test",
        "the resource defines no decision",
    )


def test_an_unknown_hit_policy_names_the_table() -> None:
    error = parse_error(definitions(simple_table(hit_policy="RANDOM")))
    assert error.element_id == "sizing_table"
    assert error.reason.startswith("unknown hit policy 'RANDOM'; expected one of UNIQUE, FIRST")


def test_an_unknown_aggregation_names_the_table() -> None:
    error = parse_error(definitions(simple_table(hit_policy="COLLECT", aggregation="AVG")))
    assert (error.element_id, error.reason[:25]) == ("sizing_table", "unknown aggregation 'AVG'")


def test_an_empty_decision_is_rejected() -> None:
    xml = definitions('<decision id="empty" name="Empty"></decision>')
    error = parse_error(xml)
    assert error.element_id == "empty"
    assert "the decision is empty" in error.reason


def test_unsupported_decision_logic_is_named() -> None:
    error = parse_error(definitions('<decision id="ctx" name="Ctx"><context /></decision>'))
    assert (error.element_id, error.reason[:38]) == (
        "ctx",
        "'context' decisions are not supported;",
    )


def test_a_decision_table_without_outputs_is_rejected() -> None:
    error = parse_error(definitions(simple_table(outputs=[], rules=[])))
    assert (error.element_id, error.reason) == ("sizing_table", "the decision table has no output")


def test_several_outputs_each_need_a_name() -> None:
    outputs = [Output("size"), Output(None, label="Colour")]
    error = parse_error(definitions(simple_table(outputs=outputs, rules=[])))
    assert error.element_id == "out_2"
    assert error.reason.startswith("no output name defined for 'Colour'")


def test_collect_with_aggregator_on_several_outputs_is_rejected() -> None:
    table = simple_table(outputs=["a", "b"], rules=[], hit_policy="COLLECT", aggregation="SUM")
    error = parse_error(definitions(table))
    assert error.reason == (
        "hit policy 'COLLECT' with aggregator is not defined for compound output"
    )


def test_a_rule_with_the_wrong_number_of_entries_names_the_rule() -> None:
    error = parse_error(definitions(simple_table(rules=[(["> 1", "2"], ['"big"'])])))
    assert (error.element_id, error.reason) == (
        "sizing_rule_1",
        "the rule has 2 input entries but the table has 1 inputs",
    )
    error = parse_error(definitions(simple_table(rules=[(["> 1"], [])])))
    assert error.reason == "the rule has 0 output entries but the table has 1 outputs"


def test_a_feel_syntax_error_in_an_input_entry_names_the_entry() -> None:
    xml = definitions(simple_table()).replace(
        b"<inputEntry><text>&gt; 1</text>", b'<inputEntry id="entry_bad"><text>&gt; &gt; 1</text>'
    )
    error = parse_error(xml)
    assert error.element_id == "entry_bad"
    assert error.reason.startswith("FEEL unary-tests: ")


def test_a_feel_syntax_error_in_an_output_entry_names_the_rule() -> None:
    error = parse_error(definitions(simple_table(rules=[(["> 1"], ['"unterminated'])])))
    assert error.element_id == "sizing_rule_1"
    assert error.reason.startswith("FEEL expression: ")


def test_an_empty_output_entry_is_rejected_as_zeebe_does() -> None:
    """Zeebe rejects it: FEEL-Scala cannot parse an empty expression (camunda/camunda#10298)."""
    error = parse_error(definitions(simple_table(rules=[(["> 1"], [""])])))
    assert error.reason.startswith("FEEL expression: ")


def test_a_feel_syntax_error_in_an_input_expression_names_it() -> None:
    error = parse_error(definitions(simple_table(inputs=["x +"])))
    assert error.element_id == "in_1_expr"
    assert error.reason.startswith("FEEL expression: ")


def test_a_missing_input_expression_text_is_rejected() -> None:
    xml = definitions(simple_table()).replace(b"<text>x</text>", b"")
    error = parse_error(xml)
    assert error.reason == "The expression 'in_1_expr' must not be empty."


def test_a_feel_syntax_error_in_a_literal_expression_names_it() -> None:
    error = parse_error(definitions(literal_decision("lit", "1 +* 2")))
    assert error.element_id == "lit_expr"
    assert error.reason.startswith("FEEL expression: ")


def test_another_expression_language_is_rejected() -> None:
    xml = definitions(literal_decision("lit", "1")).replace(
        b'<literalExpression id="lit_expr">',
        b'<literalExpression id="lit_expr" expressionLanguage="javascript">',
    )
    assert parse_error(xml).reason == "Expression language 'javascript' is not supported"


def test_a_missing_required_decision_is_rejected() -> None:
    error = parse_error(definitions(literal_decision("total", "base", requires=["base"])))
    assert (error.element_id, error.reason) == (
        "total",
        "requires decision 'base', which is not defined in this resource",
    )


def test_a_reference_to_another_resource_is_rejected() -> None:
    xml = definitions(literal_decision("total", "base", requires=["base"])).replace(
        b'href="#base"', b'href="other.dmn#base"'
    )
    assert "must be '#<decision id>'" in parse_error(xml).reason


def test_cyclic_required_decisions_are_rejected() -> None:
    xml = definitions(
        literal_decision("a", "b", requires=["b"]),
        literal_decision("b", "c", requires=["c"]),
        literal_decision("c", "a", requires=["a"]),
    )
    error = parse_error(xml)
    assert error.reason == "Cyclic dependencies between decisions detected: a -> b -> c -> a"


def test_a_decision_requiring_itself_is_a_cycle() -> None:
    error = parse_error(definitions(literal_decision("a", "a", requires=["a"])))
    assert error.reason == "Cyclic dependencies between decisions detected: a -> a"


def test_duplicate_decision_ids_are_rejected() -> None:
    xml = definitions(literal_decision("a", "1"), literal_decision("a", "2"))
    assert parse_error(xml).reason == "another decision has the same id"


def test_a_decision_without_id_is_named_by_position() -> None:
    xml = definitions(
        literal_decision("a", "1"),
        '<decision name="x"><literalExpression><text>1</text></literalExpression></decision>',
    )
    error = parse_error(xml)
    assert (error.element_id, error.reason) == ("decision[2]", "the decision has no id")


def test_business_knowledge_models_are_not_supported() -> None:
    xml = definitions(literal_decision("a", "1")).replace(
        b"<literalExpression",
        b'<knowledgeRequirement><requiredKnowledge href="#bkm" /></knowledgeRequirement>'
        b"<literalExpression",
    )
    assert parse_error(xml).reason == "business knowledge models are not supported"


@pytest.mark.parametrize(
    ("find", "replace", "element_id", "reason"),
    [
        (b'<input id="in_1" ', b"<input ", "sizing_table/input[1]", "the input has no id"),
        (b'<output id="out_1"', b"<output", "sizing_table/output[1]", "the output has no id"),
        (b'<rule id="sizing_rule_1">', b"<rule>", "sizing_table/rule[1]", "the rule has no id"),
        (
            b'<inputExpression id="in_1_expr"><text>x</text></inputExpression>',
            b"",
            "in_1",
            "the input has no inputExpression",
        ),
        (
            b"<inputEntry><text>&gt; 1</text></inputEntry>",
            b"<inputEntry></inputEntry>",
            "sizing_rule_1",
            "The expression 'sizing_rule_1' must not be empty.",
        ),
    ],
)
def test_a_table_element_missing_a_part_is_named(
    find: bytes, replace: bytes, element_id: str, reason: str
) -> None:
    xml = definitions(simple_table())
    assert find in xml
    error = parse_error(xml.replace(find, replace))
    assert (error.element_id, error.reason) == (element_id, reason)


def test_a_cycle_at_the_end_of_a_long_chain_is_found() -> None:
    length = 1500
    chain = [
        literal_decision(f"d{index}", "1", requires=[f"d{index + 1}"]) for index in range(length)
    ]
    chain.append(literal_decision(f"d{length}", "1", requires=[f"d{length - 1}"]))
    error = parse_error(definitions(*chain))
    assert error.reason.endswith(f"d{length - 1} -> d{length} -> d{length - 1}")
