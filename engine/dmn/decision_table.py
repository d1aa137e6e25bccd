"""Evaluate a decision table, keeping what Zeebe's audit shows: input values and matched rules.

Order as in dmn-scala: every input expression once; every rule checked (entries left to right,
stopping at the first that does not match); with FIRST only the first matching rule's output
entries are evaluated, otherwise all matching rules'. No match gives the outputs' default
entries (null without any), whatever the hit policy, so COLLECT and COUNT give null too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from engine.dmn.failure import DecisionFailedError
from engine.dmn.hit_policies import OutputRow, apply_hit_policy
from engine.dmn.model import DecisionTable, HitPolicy, TableRule
from engine.feel import Expression, FeelError

Clock = Callable[[], datetime]


@dataclass
class TableAudit:
    """Filled as evaluation proceeds, so a failure still reports what was evaluated."""

    input_values: list[Any] = field(default_factory=list)
    matched_rules: list[tuple[TableRule, OutputRow]] = field(default_factory=list)


def evaluate_table(
    table: DecisionTable, variables: Mapping[str, Any], audit: TableAudit, clock: Clock | None
) -> Any:
    """The table's result as a FEEL value; raises DecisionFailedError."""
    input_values = [evaluate_feel(item.expression, variables, clock) for item in table.inputs]
    audit.input_values = input_values
    matching = [rule for rule in table.rules if _rule_matches(rule, input_values, variables, clock)]
    if not matching:
        return _default_result(table, variables, clock)
    if table.hit_policy is HitPolicy.FIRST:
        matching = matching[:1]
    rows = [
        tuple(evaluate_feel(entry, variables, clock) for entry in rule.output_entries)
        for rule in matching
    ]
    audit.matched_rules = list(zip(matching, rows, strict=True))
    return apply_hit_policy(table, rows)


def evaluate_feel(expression: Expression, variables: Mapping[str, Any], clock: Clock | None) -> Any:
    try:
        return expression.evaluate(variables, clock=clock)
    except FeelError as error:
        raise DecisionFailedError(str(error)) from None


def _rule_matches(
    rule: TableRule, input_values: list[Any], variables: Mapping[str, Any], clock: Clock | None
) -> bool:
    for entry, value in zip(rule.input_entries, input_values, strict=True):
        if entry is None:
            continue
        try:
            if not entry.matches(value, variables, clock=clock):
                return False
        except FeelError as error:
            raise DecisionFailedError(str(error)) from None
    return True


def _default_result(table: DecisionTable, variables: Mapping[str, Any], clock: Clock | None) -> Any:
    defaults = {
        output.name: evaluate_feel(output.default, variables, clock)
        for output in table.outputs
        if output.default is not None
    }
    if not defaults:
        return None
    if len(defaults) == 1:
        return next(iter(defaults.values()))
    return defaults
