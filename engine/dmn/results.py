"""What an evaluation returns, shaped like gateway.proto's ``EvaluatedDecision`` and its parts.

Every value here is JSON-shaped (as Zeebe stores it in a variable), so the gateway and the REST
API can map these dataclasses field by field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class EvaluatedInput:
    input_id: str
    input_name: str
    input_value: Any


@dataclass
class EvaluatedOutput:
    output_id: str
    output_name: str
    output_value: Any


@dataclass
class MatchedRule:
    rule_id: str
    rule_index: int
    evaluated_outputs: list[EvaluatedOutput] = field(default_factory=list)


@dataclass
class EvaluatedDecision:
    decision_id: str
    decision_name: str
    decision_type: str
    output: Any
    evaluated_inputs: list[EvaluatedInput] = field(default_factory=list)
    matched_rules: list[MatchedRule] = field(default_factory=list)


@dataclass
class DecisionEvaluation:
    """The called decision's output and every decision evaluated for it, required ones first."""

    output: Any
    evaluated_decisions: list[EvaluatedDecision] = field(default_factory=list)
