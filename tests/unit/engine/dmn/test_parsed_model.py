"""What parsing a valid resource gives: the graph and its decisions, for every DMN version."""

from __future__ import annotations

import pytest

from engine.dmn import evaluate_decision, parse_dmn
from tests.unit.engine.dmn.dmn_documents import DMN13, decision_table, definitions, literal_decision


def test_the_graph_carries_the_definitions_and_decisions_by_id() -> None:
    table = decision_table("discount", inputs=["x"], outputs=["rate"], rules=[(["-"], ["0.1"])])
    price = literal_decision("price", "discount * 100", requires=["discount"], variable="Price")
    drg = parse_dmn(definitions(table, price, drg_id="Pricing"), "pricing.dmn")
    assert (drg.id, drg.name, drg.namespace, drg.resource_name) == (
        "Pricing",
        "Test definitions",
        "http://baton.example/test",
        "pricing.dmn",
    )
    assert list(drg.decisions) == ["discount", "price"]
    discount, price_decision = drg.decisions["discount"], drg.decisions["price"]
    assert (discount.name, discount.kind, discount.required_decision_ids) == (
        "Discount",
        "DECISION_TABLE",
        (),
    )
    assert (price_decision.kind, price_decision.required_decision_ids) == (
        "LITERAL_EXPRESSION",
        ("discount",),
    )
    assert (discount.result_name, price_decision.result_name) == ("discount", "Price")


def test_the_decisions_cannot_be_changed_after_parsing() -> None:
    drg = parse_dmn(definitions(literal_decision("a", "1")), "a.dmn")
    with pytest.raises(TypeError):
        drg.decisions["b"] = drg.decisions["a"]  # type: ignore[index]


@pytest.mark.parametrize(
    "namespace",
    [
        "http://www.omg.org/spec/DMN/20151101/dmn.xsd",
        "http://www.omg.org/spec/DMN/20180521/MODEL/",
        "https://www.omg.org/spec/DMN/20211108/MODEL/",
        "https://www.omg.org/spec/DMN/20230324/MODEL/",
    ],
)
def test_every_dmn_version_camunda_reads_is_accepted(namespace: str) -> None:
    xml = definitions(literal_decision("greeting", '"Hello"')).replace(
        DMN13.encode(), namespace.encode()
    )
    assert evaluate_decision(parse_dmn(xml, "g.dmn"), "greeting", {}).output == "Hello"


def test_a_feel_expression_language_is_accepted_by_its_namespace() -> None:
    xml = definitions(literal_decision("one", "1")).replace(
        b'<literalExpression id="one_expr">',
        b'<literalExpression id="one_expr" '
        b'expressionLanguage="https://www.omg.org/spec/DMN/20191111/FEEL/">',
    )
    assert evaluate_decision(parse_dmn(xml, "one.dmn"), "one", {}).output == 1
