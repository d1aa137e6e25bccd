"""Compiling FEEL expressions and unary tests once, and evaluating them against variables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

from engine.feel.builtins.temporal_functions import current_clock, system_clock
from engine.feel.errors import FeelError, FeelEvaluationError
from engine.feel.interpreter import INPUT_VARIABLE, Compiler, Evaluator, Scope
from engine.feel.parser import parse_expression, parse_unary_tests
from engine.feel.values import Err, Fatal, from_json

Clock = Callable[[], dt.datetime]


def _run(source: str, evaluator: Evaluator, scope: Scope, clock: Clock | None) -> Any:
    token = current_clock.set(clock or system_clock)
    try:
        result = evaluator(scope)
    except FeelError as error:
        raise type(error)(source, error.reason) from None
    except RecursionError:
        raise FeelEvaluationError(source, "the expression nests too deeply") from None
    finally:
        current_clock.reset(token)
    if isinstance(result, Err | Fatal):
        raise FeelEvaluationError(
            source, f"failed to evaluate expression '{source}': {result.message}"
        )
    return result


class Expression:
    """A compiled FEEL expression (the text after `=` in a BPMN attribute)."""

    def __init__(self, source: str, evaluator: Evaluator) -> None:
        self.source = source
        self._evaluator = evaluator

    def evaluate(self, variables: Mapping[str, Any], *, clock: Clock | None = None) -> Any:
        """The FEEL value of the expression; JSON-shaped variables, `clock` for `now()`."""
        return _run(self.source, self._evaluator, Scope({}, variables=variables), clock)

    def __repr__(self) -> str:
        return f"Expression({self.source!r})"


class UnaryTests:
    """Compiled DMN unary tests (an input entry such as `< 10` or `"a","b"`)."""

    def __init__(self, source: str, evaluator: Evaluator) -> None:
        self.source = source
        self._evaluator = evaluator

    def matches(
        self, input_value: Any, variables: Mapping[str, Any], *, clock: Clock | None = None
    ) -> bool:
        """Whether the input satisfies the tests; null results do not match."""
        scope = Scope({}, variables=variables).child({INPUT_VARIABLE: from_json(input_value)})
        return _run(self.source, self._evaluator, scope, clock) is True

    def __repr__(self) -> str:
        return f"UnaryTests({self.source!r})"


@lru_cache(maxsize=4096)
def compile_expression(source: str) -> Expression:
    """Parse and compile an expression (without the leading `=`); FeelSyntaxError if invalid."""
    return Expression(source, Compiler().compile(parse_expression(source)))


@lru_cache(maxsize=4096)
def compile_unary_tests(source: str) -> UnaryTests:
    """Parse and compile DMN unary tests; FeelSyntaxError if invalid."""
    return UnaryTests(source, Compiler().compile(parse_unary_tests(source)))


def evaluate(source: str, variables: Mapping[str, Any], *, clock: Clock | None = None) -> Any:
    """Compile (cached) and evaluate an expression in one step."""
    return compile_expression(source).evaluate(variables, clock=clock)
