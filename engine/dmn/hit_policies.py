"""Turn the output rows of a decision table's matched rules into its result, per hit policy.

Shaping follows dmn-scala (the engine Zeebe embeds): a single-result policy gives the value of
a one-output table, or a context keyed by output name; a multi-result policy gives a list of
such values; COLLECT with an aggregator gives a number. The no-match case never reaches here
(see ``decision_table``): it yields the default output entries, or null, for every policy.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from engine.dmn.failure import DecisionFailedError, describe
from engine.dmn.model import Aggregation, DecisionTable, HitPolicy, TableOutput

OutputRow = tuple[Any, ...]
"""The values of one matched rule's output entries, in output order."""

UNRANKED = "_"
"""dmn-scala's rank for a value missing from ``outputValues``; it sorts after every digit."""


def apply_hit_policy(table: DecisionTable, rows: Sequence[OutputRow]) -> Any:
    """The table's result for ``rows`` (at least one), or DecisionFailedError when the policy is
    violated."""
    outputs = table.outputs
    policy = table.hit_policy
    if policy is HitPolicy.FIRST:
        return shape_row(outputs, rows[0])
    if policy is HitPolicy.UNIQUE:
        if len(rows) > 1:
            raise DecisionFailedError(
                "multiple values aren't allowed for UNIQUE hit policy. "
                f"found: '{describe(shape_rows(outputs, rows))}'"
            )
        return shape_row(outputs, rows[0])
    if policy is HitPolicy.ANY:
        distinct = _distinct(rows)
        if len(distinct) > 1:
            raise DecisionFailedError(
                "different values aren't allowed for ANY hit policy. "
                f"found: '{describe(shape_rows(outputs, distinct))}'"
            )
        return shape_row(outputs, rows[0])
    if policy is HitPolicy.PRIORITY:
        return shape_row(outputs, sort_by_priority(outputs, rows)[0])
    if policy is HitPolicy.OUTPUT_ORDER:
        return shape_rows(outputs, sort_by_priority(outputs, rows))
    if policy is HitPolicy.COLLECT and table.aggregation is not None:
        return aggregate(table.aggregation, rows)
    return shape_rows(outputs, rows)


def shape_row(outputs: Sequence[TableOutput], row: OutputRow) -> Any:
    """One output gives its value; several give a context keyed by output name."""
    if len(outputs) == 1:
        return row[0]
    return {output.name: value for output, value in zip(outputs, row, strict=True)}


def shape_rows(outputs: Sequence[TableOutput], rows: Sequence[OutputRow]) -> list[Any]:
    return [shape_row(outputs, row) for row in rows]


def sort_by_priority(outputs: Sequence[TableOutput], rows: Sequence[OutputRow]) -> list[OutputRow]:
    """Stable sort by the position of each output's value in its ``outputValues``.

    dmn-scala ranks a row by the concatenated positions of its values as a string, with "_"
    for a value not listed (or not a string or number); ranking it the same way keeps even
    its edge cases (ten or more listed values) equal to Zeebe's.
    """

    def rank(row: OutputRow) -> str:
        return "".join(
            _position(output.priority_values, value)
            for output, value in zip(outputs, row, strict=True)
        )

    return sorted(rows, key=rank)


def _position(priority_values: tuple[str, ...], value: Any) -> str:
    if isinstance(value, str):
        key = value
    elif isinstance(value, Decimal):
        key = str(value)
    else:
        return UNRANKED
    return str(priority_values.index(key)) if key in priority_values else UNRANKED


def aggregate(aggregation: Aggregation, rows: Sequence[OutputRow]) -> Decimal:
    """COLLECT with an aggregator over a one-output table's matched values."""
    if aggregation is Aggregation.COUNT:
        return Decimal(len(rows))
    numbers: list[Decimal] = []
    for (value,) in rows:
        if not isinstance(value, Decimal):
            raise DecisionFailedError(f"expected number but found '{describe(value)}'")
        numbers.append(value)
    if aggregation is Aggregation.SUM:
        return sum(numbers, Decimal(0))
    return min(numbers) if aggregation is Aggregation.MIN else max(numbers)


def _distinct(rows: Sequence[OutputRow]) -> list[OutputRow]:
    """Rows without repeats, by equality: FEEL values (contexts, lists) need not be hashable."""
    distinct: list[OutputRow] = []
    for row in rows:
        if row not in distinct:
            distinct.append(row)
    return distinct
