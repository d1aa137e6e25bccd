"""The ``[{name, value}]`` variable filters of process-instance and user-task searches.

Each entry matches a variable by name whose JSON text equals ``value`` (or satisfies its
string operators); all entries must match, as in Camunda's ``VariableValueFilterProperty``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from engine.rest.body import Fields, invalid
from engine.rest.search import Kind, value_test
from engine.state import Variable

VariableTest = Callable[[dict[str, Variable]], bool]


def variable_value_filter(value: Any, where: str) -> VariableTest:
    """Parse the filter; the result tests a name → variable mapping (one scope or an instance)."""
    if not isinstance(value, list):
        raise invalid(where, value, "a list of {name, value}")
    tests: list[tuple[str, Callable[[Any], bool]]] = []
    for i, item in enumerate(value):
        entry = Fields.of(item, f"{where}[{i}]")
        name = entry.required_string("name")
        condition = entry.raw("value")
        entry.done()
        if condition is None:
            raise invalid(f"{where}[{i}].value", condition, "a JSON text or a string filter")
        tests.append((name, value_test(Kind.STRING, condition, f"{where}[{i}].value")))

    def matches(variables: dict[str, Variable]) -> bool:
        for name, test in tests:
            variable = variables.get(name)
            if variable is None or not test(variable.value):
                return False
        return True

    return matches
