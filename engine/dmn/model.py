"""A parsed DMN resource: decisions with their logic, FEEL already compiled."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from engine.feel import Expression, UnaryTests

DecisionKind = Literal["DECISION_TABLE", "LITERAL_EXPRESSION"]

INPUT_NAME_LENGTH = 30
"""Zeebe names an unlabelled input by the first 30 characters of its expression."""


class HitPolicy(StrEnum):
    UNIQUE = "UNIQUE"
    FIRST = "FIRST"
    PRIORITY = "PRIORITY"
    ANY = "ANY"
    COLLECT = "COLLECT"
    RULE_ORDER = "RULE ORDER"
    OUTPUT_ORDER = "OUTPUT ORDER"


class Aggregation(StrEnum):
    SUM = "SUM"
    MIN = "MIN"
    MAX = "MAX"
    COUNT = "COUNT"


@dataclass(frozen=True)
class TableInput:
    id: str
    label: str | None
    expression: Expression

    @property
    def name(self) -> str:
        """Zeebe names an input by its label, else by the start of its expression."""
        return self.label if self.label is not None else self.expression.source[:INPUT_NAME_LENGTH]


@dataclass(frozen=True)
class TableOutput:
    """An output column; ``priority_values`` is its ``outputValues`` list, for PRIORITY and
    OUTPUT ORDER; ``default`` its ``defaultOutputEntry``, used when no rule matches."""

    id: str
    name: str | None
    label: str | None
    priority_values: tuple[str, ...]
    default: Expression | None

    @property
    def display_name(self) -> str:
        """Zeebe reports an output by its label, falling back to its name (as the Modeler does)."""
        return self.label or self.name or ""


@dataclass(frozen=True)
class TableRule:
    """A rule; an input entry of ``None`` was empty and matches any value."""

    id: str
    index: int
    input_entries: tuple[UnaryTests | None, ...]
    output_entries: tuple[Expression, ...]


@dataclass(frozen=True)
class DecisionTable:
    hit_policy: HitPolicy
    aggregation: Aggregation | None
    inputs: tuple[TableInput, ...]
    outputs: tuple[TableOutput, ...]
    rules: tuple[TableRule, ...]


@dataclass(frozen=True)
class LiteralExpression:
    expression: Expression


@dataclass(frozen=True)
class Decision:
    """A decision; its result reaches dependent decisions as a variable named ``result_name``
    (the ``variable`` element's name, else the decision id, as dmn-scala does)."""

    id: str
    name: str
    required_decision_ids: tuple[str, ...]
    result_name: str
    result_type: str | None
    logic: DecisionTable | LiteralExpression

    @property
    def kind(self) -> DecisionKind:
        return "DECISION_TABLE" if isinstance(self.logic, DecisionTable) else "LITERAL_EXPRESSION"


@dataclass(frozen=True)
class DecisionRequirementsGraph:
    """One DMN resource (its ``definitions`` element) and the decisions it holds, by id."""

    id: str
    name: str
    namespace: str
    resource_name: str
    decisions: Mapping[str, Decision]
