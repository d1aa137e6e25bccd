"""Parse a DMN resource into a DecisionRequirementsGraph, compiling every FEEL text up front.

Zeebe rejects a DMN deployment when any expression fails to parse (dmn-scala reports
"FEEL expression: ..." or "FEEL unary-tests: ..."); compiling at parse time gives the same
early rejection. Decision tables and literal expressions are supported; other decision logic
(context, relation, list, invocation, business knowledge models) is rejected by name.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from types import MappingProxyType

from engine.dmn.errors import DmnParseError
from engine.dmn.model import (
    Aggregation,
    Decision,
    DecisionRequirementsGraph,
    DecisionTable,
    HitPolicy,
    LiteralExpression,
    TableInput,
    TableOutput,
    TableRule,
)
from engine.dmn.namespaces import DMN_MODEL_NAMESPACES, FEEL_LANGUAGES
from engine.dmn.requirements import check_requirements
from engine.dmn.safe_xml import DOCUMENT_ELEMENT, read_xml
from engine.feel import Expression, FeelError, UnaryTests, compile_expression, compile_unary_tests

UNSUPPORTED_LOGIC = (
    "context",
    "relation",
    "list",
    "invocation",
    "functionDefinition",
    "conditional",
    "filter",
    "for",
    "every",
    "some",
)


def parse_dmn(xml: bytes, resource_name: str) -> DecisionRequirementsGraph:
    """Parse one ``.dmn`` resource; raise DmnParseError naming the element at fault."""
    root = read_xml(xml, resource_name)
    return _ResourceParser(resource_name, root).parse()


class _ResourceParser:
    def __init__(self, resource_name: str, root: ET.Element) -> None:
        self.resource_name = resource_name
        self.root = root
        self.namespace = root.tag[1:].partition("}")[0] if root.tag.startswith("{") else ""

    def fail(self, element_id: str, reason: str) -> DmnParseError:
        return DmnParseError(self.resource_name, element_id, reason)

    def tag(self, local_name: str) -> str:
        return f"{{{self.namespace}}}{local_name}"

    def parse(self) -> DecisionRequirementsGraph:
        root = self.root
        if self.namespace not in DMN_MODEL_NAMESPACES or root.tag != self.tag("definitions"):
            raise self.fail(
                DOCUMENT_ELEMENT,
                f"the root element must be 'definitions' in a DMN 1.1-1.5 namespace, "
                f"found '{root.tag}'",
            )
        drg_id = root.get("id")
        if not drg_id:
            raise self.fail("definitions", "the definitions element has no id")
        decisions: dict[str, Decision] = {}
        for position, element in enumerate(root.findall(self.tag("decision")), start=1):
            decision = self.parse_decision(element, position)
            if decision.id in decisions:
                raise self.fail(decision.id, "another decision has the same id")
            decisions[decision.id] = decision
        if not decisions:
            raise self.fail(drg_id, "the resource defines no decision")
        check_requirements(decisions, self.resource_name)
        return DecisionRequirementsGraph(
            id=drg_id,
            name=root.get("name", ""),
            namespace=root.get("namespace", ""),
            resource_name=self.resource_name,
            decisions=MappingProxyType(decisions),
        )

    def parse_decision(self, element: ET.Element, position: int) -> Decision:
        decision_id = element.get("id")
        if not decision_id:
            raise self.fail(f"decision[{position}]", "the decision has no id")
        if element.find(self.tag("knowledgeRequirement")) is not None:
            raise self.fail(decision_id, "business knowledge models are not supported")
        variable = element.find(self.tag("variable"))
        return Decision(
            id=decision_id,
            name=element.get("name", ""),
            required_decision_ids=self.required_decision_ids(element, decision_id),
            result_name=(variable.get("name") if variable is not None else None) or decision_id,
            result_type=variable.get("typeRef") if variable is not None else None,
            logic=self.decision_logic(element, decision_id),
        )

    def required_decision_ids(self, element: ET.Element, decision_id: str) -> tuple[str, ...]:
        required: list[str] = []
        for requirement in element.iter(self.tag("requiredDecision")):
            href = requirement.get("href", "")
            if not href.startswith("#") or len(href) == 1:
                raise self.fail(
                    decision_id,
                    f"required decision reference '{href}' must be '#<decision id>' "
                    "of a decision in the same resource",
                )
            required.append(href[1:])
        return tuple(required)

    def decision_logic(
        self, element: ET.Element, decision_id: str
    ) -> DecisionTable | LiteralExpression:
        table = element.find(self.tag("decisionTable"))
        if table is not None:
            return self.decision_table(table, decision_id)
        literal = element.find(self.tag("literalExpression"))
        if literal is not None:
            return LiteralExpression(self.expression(literal, literal.get("id") or decision_id))
        for kind in UNSUPPORTED_LOGIC:
            if element.find(self.tag(kind)) is not None:
                raise self.fail(
                    decision_id,
                    f"'{kind}' decisions are not supported; "
                    "use a decisionTable or a literalExpression",
                )
        raise self.fail(
            decision_id, "the decision is empty: it has no decisionTable or literalExpression"
        )

    def decision_table(self, table: ET.Element, decision_id: str) -> DecisionTable:
        table_id = table.get("id") or decision_id
        hit_policy = self.hit_policy(table, table_id)
        aggregation = self.aggregation(table, table_id)
        inputs = tuple(
            self.table_input(element, table_id, position)
            for position, element in enumerate(table.findall(self.tag("input")), start=1)
        )
        outputs = tuple(
            self.table_output(element, table_id, position)
            for position, element in enumerate(table.findall(self.tag("output")), start=1)
        )
        if not outputs:
            raise self.fail(table_id, "the decision table has no output")
        if len(outputs) > 1:
            for output in outputs:
                if not output.name:
                    raise self.fail(
                        output.id,
                        f"no output name defined for '{output.label or output.id}'; "
                        "a table with several outputs needs a name on each",
                    )
            if hit_policy is HitPolicy.COLLECT and aggregation is not None:
                raise self.fail(
                    table_id,
                    "hit policy 'COLLECT' with aggregator is not defined for compound output",
                )
        rules = tuple(
            self.table_rule(element, table_id, index, len(inputs), len(outputs))
            for index, element in enumerate(table.findall(self.tag("rule")), start=1)
        )
        return DecisionTable(hit_policy, aggregation, inputs, outputs, rules)

    def hit_policy(self, table: ET.Element, table_id: str) -> HitPolicy:
        value = table.get("hitPolicy", HitPolicy.UNIQUE.value)
        try:
            return HitPolicy(value)
        except ValueError:
            allowed = ", ".join(policy.value for policy in HitPolicy)
            raise self.fail(
                table_id, f"unknown hit policy '{value}'; expected one of {allowed}"
            ) from None

    def aggregation(self, table: ET.Element, table_id: str) -> Aggregation | None:
        value = table.get("aggregation")
        if value is None:
            return None
        try:
            return Aggregation(value)
        except ValueError:
            allowed = ", ".join(aggregation.value for aggregation in Aggregation)
            raise self.fail(
                table_id, f"unknown aggregation '{value}'; expected one of {allowed}"
            ) from None

    def table_input(self, element: ET.Element, table_id: str, position: int) -> TableInput:
        input_id = element.get("id")
        if not input_id:
            raise self.fail(f"{table_id}/input[{position}]", "the input has no id")
        expression_element = element.find(self.tag("inputExpression"))
        if expression_element is None:
            raise self.fail(input_id, "the input has no inputExpression")
        return TableInput(
            id=input_id,
            label=element.get("label"),
            expression=self.expression(
                expression_element, expression_element.get("id") or input_id
            ),
        )

    def table_output(self, element: ET.Element, table_id: str, position: int) -> TableOutput:
        output_id = element.get("id")
        if not output_id:
            raise self.fail(f"{table_id}/output[{position}]", "the output has no id")
        values = element.find(self.tag("outputValues"))
        default = element.find(self.tag("defaultOutputEntry"))
        return TableOutput(
            id=output_id,
            name=element.get("name"),
            label=element.get("label"),
            priority_values=_priority_values(self.optional_text(values)),
            default=self.expression(default, default.get("id") or output_id)
            if default is not None
            else None,
        )

    def table_rule(
        self, element: ET.Element, table_id: str, index: int, input_count: int, output_count: int
    ) -> TableRule:
        rule_id = element.get("id")
        if not rule_id:
            raise self.fail(f"{table_id}/rule[{index}]", "the rule has no id")
        input_entries = element.findall(self.tag("inputEntry"))
        output_entries = element.findall(self.tag("outputEntry"))
        if len(input_entries) != input_count:
            raise self.fail(
                rule_id,
                f"the rule has {len(input_entries)} input entries but the table has "
                f"{input_count} inputs",
            )
        if len(output_entries) != output_count:
            raise self.fail(
                rule_id,
                f"the rule has {len(output_entries)} output entries but the table has "
                f"{output_count} outputs",
            )
        return TableRule(
            id=rule_id,
            index=index,
            input_entries=tuple(
                self.unary_tests(entry, entry.get("id") or rule_id) for entry in input_entries
            ),
            output_entries=tuple(
                self.expression(entry, entry.get("id") or rule_id) for entry in output_entries
            ),
        )

    def optional_text(self, element: ET.Element | None) -> str | None:
        if element is None:
            return None
        text = element.find(self.tag("text"))
        return None if text is None else text.text or ""

    def expression_text(self, element: ET.Element, element_id: str) -> str:
        text = self.optional_text(element)
        if text is None:
            raise self.fail(element_id, f"The expression '{element_id}' must not be empty.")
        return text

    def check_language(self, element: ET.Element, element_id: str) -> None:
        language = element.get("expressionLanguage", "feel")
        if language.lower() not in FEEL_LANGUAGES:
            raise self.fail(element_id, f"Expression language '{language}' is not supported")

    def expression(self, element: ET.Element, element_id: str) -> Expression:
        source = self.expression_text(element, element_id)
        self.check_language(element, element_id)
        try:
            return compile_expression(source)
        except FeelError as error:
            raise self.fail(element_id, f"FEEL expression: {error}") from None

    def unary_tests(self, element: ET.Element, element_id: str) -> UnaryTests | None:
        """An input entry; empty text matches any value (dmn-scala's EmptyExpression)."""
        source = self.expression_text(element, element_id)
        self.check_language(element, element_id)
        if source == "":
            return None
        try:
            return compile_unary_tests(source)
        except FeelError as error:
            raise self.fail(element_id, f"FEEL unary-tests: {error}") from None


def _priority_values(text: str | None) -> tuple[str, ...]:
    """An output's allowed values, for priority: split at commas, quotes removed, as dmn-scala
    reads ``outputValues`` (so a value containing a comma cannot be ranked)."""
    if text is None:
        return ()
    return tuple(value.strip().replace('"', "").replace("'", "") for value in text.split(","))
