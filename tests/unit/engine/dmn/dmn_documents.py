"""Small DMN 1.3 documents for the tests, built from rows rather than pasted XML."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

DMN13 = "https://www.omg.org/spec/DMN/20191111/MODEL/"


@dataclass(frozen=True)
class Output:
    name: str | None
    label: str | None = None
    values: str | None = None
    default: str | None = None


def definitions(*decisions: str, drg_id: str = "Definitions_test") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<definitions xmlns="{DMN13}" id="{drg_id}" name="Test definitions" '
        f'namespace="http://baton.example/test">\n' + "\n".join(decisions) + "\n</definitions>"
    ).encode()


def _text(text: str) -> str:
    return f"<text>{escape(text)}</text>"


def _requirements(requires: Sequence[str]) -> str:
    return "".join(
        f'<informationRequirement id="req_{required}">'
        f'<requiredDecision href="#{required}" /></informationRequirement>'
        for required in requires
    )


def _variable(variable: str | None, type_ref: str | None) -> str:
    if variable is None:
        return ""
    type_attribute = f" typeRef={quoteattr(type_ref)}" if type_ref else ""
    return f'<variable id="var" name={quoteattr(variable)}{type_attribute} />'


def decision_table(
    decision_id: str,
    *,
    inputs: Sequence[str],
    outputs: Sequence[Output | str],
    rules: Sequence[tuple[Sequence[str], Sequence[str]]],
    hit_policy: str | None = None,
    aggregation: str | None = None,
    requires: Sequence[str] = (),
    variable: str | None = None,
    type_ref: str | None = None,
    name: str | None = None,
) -> str:
    """A decision with a table: ``inputs`` are input expressions (labelled "In <n>"),
    ``rules`` pairs of (input entries, output entries)."""
    policy = f" hitPolicy={quoteattr(hit_policy)}" if hit_policy else ""
    aggregator = f' aggregation="{aggregation}"' if aggregation else ""
    columns = [
        f'<input id="in_{index}" label="In {index}"><inputExpression id="in_{index}_expr">'
        f"{_text(expression)}</inputExpression></input>"
        for index, expression in enumerate(inputs, start=1)
    ]
    for index, output in enumerate(outputs, start=1):
        spec = output if isinstance(output, Output) else Output(output)
        attributes = f'id="out_{index}"'
        if spec.name is not None:
            attributes += f" name={quoteattr(spec.name)}"
        if spec.label is not None:
            attributes += f" label={quoteattr(spec.label)}"
        values = f"<outputValues>{_text(spec.values)}</outputValues>" if spec.values else ""
        default = (
            f"<defaultOutputEntry>{_text(spec.default)}</defaultOutputEntry>"
            if spec.default is not None
            else ""
        )
        columns.append(f"<output {attributes}>{values}{default}</output>")
    rows = [
        f'<rule id="{decision_id}_rule_{index}">'
        + "".join(f"<inputEntry>{_text(entry)}</inputEntry>" for entry in entries)
        + "".join(f"<outputEntry>{_text(entry)}</outputEntry>" for entry in results)
        + "</rule>"
        for index, (entries, results) in enumerate(rules, start=1)
    ]
    return (
        f'<decision id="{decision_id}" name={quoteattr(name or decision_id.title())}>'
        f"{_variable(variable, type_ref)}{_requirements(requires)}"
        f'<decisionTable id="{decision_id}_table"{policy}{aggregator}>'
        + "".join(columns)
        + "".join(rows)
        + "</decisionTable></decision>"
    )


def literal_decision(
    decision_id: str,
    expression: str,
    *,
    requires: Sequence[str] = (),
    variable: str | None = None,
    type_ref: str | None = None,
) -> str:
    return (
        f'<decision id="{decision_id}" name={quoteattr(decision_id.title())}>'
        f"{_variable(variable, type_ref)}{_requirements(requires)}"
        f'<literalExpression id="{decision_id}_expr">{_text(expression)}</literalExpression>'
        "</decision>"
    )
