"""Turns a syntax tree into nested Python closures that evaluate it the way FEEL-Scala 1.21 does.

Each closure takes a `Scope` and returns a FEEL value, or an `Err`/`Fatal` failure. Most
operators turn an `Err` into null, as FEEL-Scala reports those as suppressed failures; an
`Err` or `Fatal` that reaches the top fails the evaluation.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from typing import Any

from engine.feel import ast
from engine.feel import temporal as tm
from engine.feel.builtins import BUILTINS
from engine.feel.errors import FeelEvaluationError
from engine.feel.operators import add, divide, multiply, subtract
from engine.feel.values import (
    DECIMAL128,
    Err,
    Fatal,
    FeelFunction,
    Range,
    compare,
    decimal_from_double,
    equals,
    from_json,
    is_comparable,
    kind,
    same,
    to_string,
    type_name,
)

INPUT_VARIABLE = "cellInput"
INPUT_SYMBOL = "?"
_MISSING = object()
_FAILURES = (Err, Fatal)


class Scope:
    """Names visible to an expression: local entries over a parent scope, down to the variables."""

    __slots__ = ("converted", "entries", "parent", "variables")

    def __init__(
        self,
        entries: Mapping[str, Any],
        parent: Scope | None = None,
        variables: Mapping[str, Any] | None = None,
    ) -> None:
        self.entries = entries
        self.parent = parent
        self.variables = variables
        self.converted: dict[str, Any] = {}

    def child(self, entries: Mapping[str, Any]) -> Scope:
        return Scope(entries, self)

    def variable(self, name: str) -> Any:
        """The value of a variable, or _MISSING. Function entries are not variables."""
        scope: Scope | None = self
        while scope is not None:
            value = scope.entries.get(name, _MISSING)
            if value is not _MISSING and not isinstance(value, FeelFunction):
                return value
            if scope.variables is not None:
                return scope.root_variable(name)
            scope = scope.parent
        return _MISSING

    def root_variable(self, name: str) -> Any:
        cached = self.converted.get(name, _MISSING)
        if cached is _MISSING:
            assert self.variables is not None
            raw = self.variables.get(name, _MISSING)
            cached = _MISSING if raw is _MISSING else from_json(raw)
            self.converted[name] = cached
        return cached

    def functions(self, name: str) -> Iterator[FeelFunction]:
        """Candidates for a call, innermost definitions first, built-ins last."""
        scope: Scope | None = self
        while scope is not None:
            value = scope.entries.get(name)
            if isinstance(value, FeelFunction):
                yield value
            scope = scope.parent
        yield from BUILTINS.get(name, ())


Evaluator = Callable[[Scope], Any]


def _with_bool_or_null(value: Any) -> Any:
    """withBooleanOrNull: booleans pass, fatal failures pass, anything else is null."""
    if isinstance(value, bool | Fatal):
        return value
    return None


def _err_to_null(value: Any) -> Any:
    return None if isinstance(value, Err) else value


def _check_equality(x: Any, y: Any) -> Any:
    if isinstance(x, _FAILURES):
        return x
    if isinstance(y, _FAILURES):
        return y
    result = equals(x, y)
    return None if isinstance(result, Err) else result


_ORDER_TESTS: dict[str, Callable[[int], bool]] = {
    "<": lambda c: c < 0,
    "<=": lambda c: c <= 0,
    ">": lambda c: c > 0,
    ">=": lambda c: c >= 0,
}


def _dual_compare(operator: str, x: Any, y: Any) -> Any:
    if type(x) is Decimal and type(y) is Decimal:
        return _ORDER_TESTS[operator]((x > y) - (x < y))
    if isinstance(x, _FAILURES):
        return x
    if isinstance(y, _FAILURES):
        return y
    if not is_comparable(x) or not is_comparable(y) or kind(x) != kind(y):
        return None
    return _ORDER_TESTS[operator](compare(x, y))


def _at_least_one(items: Iterator[Callable[[], Any]]) -> Any:
    """FEEL-Scala's atLeastOne: true wins, then null, then false; a fatal failure aborts."""
    result: Any = False
    for item in items:
        if result is True:
            return True
        if isinstance(result, Fatal):
            return result
        value = item()
        if result is None:
            result = value if value is True or isinstance(value, Fatal) else None
        else:
            result = _with_bool_or_null(value)
    return result


def _all(items: Iterator[Callable[[], Any]]) -> Any:
    """FEEL-Scala's all: false wins, then null, then true; a fatal failure aborts."""
    result: Any = True
    for item in items:
        if result is False:
            return False
        if isinstance(result, Fatal):
            return result
        value = item()
        if result is None:
            result = value if value is False or isinstance(value, Fatal) else None
        else:
            result = _with_bool_or_null(value)
    return result


def _path(value: Any, key: str) -> Any:
    """`value.key`: a context entry, a projection over a list, or a temporal property."""
    if isinstance(value, dict):
        entry = value.get(key)
        return None if isinstance(entry, FeelFunction) else entry
    if isinstance(value, list):
        return [_path(item, key) for item in value]
    if value is None:
        return None
    return _property(value, key)


def _property(value: Any, key: str) -> Any:
    """The properties FEEL-Scala gives temporal values (`.year`, `.hours`, `.timezone`, …)."""
    if isinstance(value, dt.date):
        date = value.date() if isinstance(value, dt.datetime) else value
        if key in ("year", "month", "day", "weekday"):
            number = {"year": date.year, "month": date.month, "day": date.day}.get(key)
            return Decimal(date.isoweekday() if number is None else number)
    if isinstance(value, dt.datetime | dt.time | tm.ZonedTime):
        time = value.time if isinstance(value, tm.ZonedTime) else value
        if key in ("hour", "minute", "second"):
            return Decimal(getattr(time, key))
        if key in ("time offset", "timezone"):
            return _zone_property(value, key)
    if isinstance(value, tm.YearsMonthsDuration) and key in ("years", "months"):
        return Decimal(value.years_part if key == "years" else value.months_part)
    if isinstance(value, tm.DaysTimeDuration) and key in ("days", "hours", "minutes", "seconds"):
        parts = {"days": value.days, "hours": value.hours, "minutes": value.minutes}
        return Decimal(parts.get(key, value.seconds_part))
    return None


def _zone_property(value: Any, key: str) -> Any:
    if isinstance(value, tm.ZonedTime):
        offset, zone = value.offset_seconds, value.zone
    elif isinstance(value, dt.datetime) and value.tzinfo is not None:
        offset, zone = tm.offset_seconds(value), tm.zone_id(value)
    else:
        return None
    if key == "timezone":
        return zone
    return tm.DaysTimeDuration(offset * tm.NANOS_PER_SECOND)


def _filter_index(items: list[Any], index: Decimal) -> Any:
    position = index - 1 if index > 0 else len(items) + index
    if position < 0 or position >= len(items):
        return None
    return items[int(position)]


def _filter_items(items: list[Any], test: Callable[[Any], Any]) -> Any:
    """Keep the items the test holds for; a number from the first test indexes instead."""
    if not items:
        return []
    first = test(items[0])
    if isinstance(first, _FAILURES):
        return first
    if isinstance(first, Decimal):
        return _filter_index(items, first)
    kept = [items[0]] if first is True else []
    for item in items[1:]:
        result = test(item)
        if isinstance(result, _FAILURES):
            return Err(result.message)
        if result is True:
            kept.append(item)
    return kept


def _item_scope(scope: Scope, item: Any) -> Scope:
    entries: dict[str, Any] = {"item": item}
    if isinstance(item, dict):
        entries.update(item)
    return scope.child(entries)


def _cartesian(sources: list[tuple[str, list[Any]]]) -> Iterator[dict[str, Any]]:
    if not sources:
        return
    (name, items), rest = sources[0], sources[1:]
    for item in items:
        if rest:
            for tail in _cartesian(rest):
                yield {**tail, name: item}
        else:
            yield {name: item}


def _iteration_range(start: Any, end: Any) -> Any:
    if not isinstance(start, Decimal) or not isinstance(end, Decimal):
        return Err(f"Expected number but found '{to_string(start)}' and '{to_string(end)}'")
    step = Decimal(1) if start < end else Decimal(-1)
    items, value = [], start
    while (value <= end) if step > 0 else (value >= end):
        items.append(value)
        value = DECIMAL128.add(value, step)
    return items


_TYPE_ALIASES = {
    "date time": "date and time",
    "year-month-duration": "years and months duration",
    "day-time-duration": "days and time duration",
}


def _is_instance(value: Any, type_name_: str) -> bool:
    if type_name_ == "Any":
        return value is not None
    return _TYPE_ALIASES.get(type_name_, type_name_) == type_name(value)


def _is_valid_range(start: Any, end: Any) -> bool:
    point_kinds = (
        "number",
        "date",
        "time",
        "local time",
        "date and time",
        "local date and time",
        "years and months duration",
        "days and time duration",
    )
    return kind(start) == kind(end) and kind(start) in point_kinds


def _power(x: Any, y: Any) -> Any:
    if not isinstance(x, Decimal) or not isinstance(y, Decimal):
        return None
    if y == y.to_integral_value():
        if x == 0 and y < 0:
            raise FeelEvaluationError("", "division by zero in exponentiation")
        return DECIMAL128.power(x, int(y))
    try:
        return decimal_from_double(math.pow(float(x), float(y)))
    except (OverflowError, ValueError):
        raise FeelEvaluationError("", f"can't raise {x} to {y}") from None


class Compiler:
    """Compiles syntax-tree nodes into evaluator closures."""

    def compile(self, node: ast.Node) -> Evaluator:
        method: Callable[[Any], Evaluator] = getattr(
            self, "_compile_" + type(node).__name__.lower()
        )
        return method(node)

    # --------------- literals ---------------

    def _compile_const(self, node: ast.Const) -> Evaluator:
        value = node.value
        return lambda scope: value

    def _compile_inputvalue(self, node: ast.InputValue) -> Evaluator:
        def evaluate(scope: Scope) -> Any:
            value = scope.variable(INPUT_SYMBOL)
            if value is _MISSING:
                return Fatal(
                    "No input value available. '?' can only be used inside an unary-test "
                    "expression."
                )
            return value

        return evaluate

    def _compile_listliteral(self, node: ast.ListLiteral) -> Evaluator:
        items = [self.compile(item) for item in node.items]

        def evaluate(scope: Scope) -> Any:
            values = []
            for item in items:
                value = item(scope)
                if isinstance(value, _FAILURES):
                    return Err(value.message)
                values.append(value)
            return values

        return evaluate

    def _compile_contextliteral(self, node: ast.ContextLiteral) -> Evaluator:
        """Each entry sees the entries before it as they were then, so a function defined in an
        entry cannot call itself (FEEL-Scala: `{f: function(n) f(n)}` finds no `f`)."""
        entries = [(key, self.compile(value)) for key, value in node.entries]

        def evaluate(scope: Scope) -> Any:
            context: dict[str, Any] = {}
            for key, entry in entries:
                value = entry(scope.child(dict(context)) if context else scope)
                if isinstance(value, _FAILURES):
                    return Err(value.message)
                context[key] = value
            return context

        return evaluate

    def _compile_rangeliteral(self, node: ast.RangeLiteral) -> Evaluator:
        start, end = self.compile(node.start), self.compile(node.end)

        def evaluate(scope: Scope) -> Any:
            low, high = start(scope), end(scope)
            if isinstance(low, _FAILURES):
                return low
            if isinstance(high, _FAILURES):
                return high
            if not _is_valid_range(low, high):
                return Err(f"Invalid range definition '{to_string(low)}..{to_string(high)}'")
            return Range(low, node.start_closed, high, node.end_closed)

        return evaluate

    # --------------- unary tests ---------------

    @staticmethod
    def _input(scope: Scope) -> Any:
        name = scope.variable("inputVariableName")
        value = scope.variable(name if isinstance(name, str) else INPUT_VARIABLE)
        return None if value is _MISSING else value

    def _compile_inputequalto(self, node: ast.InputEqualTo) -> Evaluator:
        value = self.compile(node.value)
        return lambda scope: _check_equality(self._input(scope), value(scope))

    def _compile_inputcompare(self, node: ast.InputCompare) -> Evaluator:
        value, operator = self.compile(node.value), node.operator
        return lambda scope: _dual_compare(operator, self._input(scope), value(scope))

    def _compile_inputinrange(self, node: ast.InputInRange) -> Evaluator:
        start, end = self.compile(node.range.start), self.compile(node.range.end)
        start_closed, end_closed = node.range.start_closed, node.range.end_closed

        def evaluate(scope: Scope) -> Any:
            low, high = start(scope), end(scope)
            value = self._input(scope)
            values = (value, low, high)
            if not all(is_comparable(v) for v in values) or len({kind(v) for v in values}) > 1:
                return None
            above = compare(value, low) >= 0 if start_closed else compare(value, low) > 0
            below = compare(value, high) <= 0 if end_closed else compare(value, high) < 0
            return above and below

        return evaluate

    def _compile_unarytestexpression(self, node: ast.UnaryTestExpression) -> Evaluator:
        expression = self.compile(node.expression)

        def evaluate(scope: Scope) -> Any:
            value = self._input(scope)
            result = expression(scope)
            if isinstance(result, Fatal):
                retried = expression(scope.child({INPUT_SYMBOL: value}))
                return retried if isinstance(retried, bool) else None
            if result is True:
                return True
            if isinstance(result, list) and any(same(item, value) for item in result):
                return True
            equal = _check_equality(value, result)
            if equal is True:
                return True
            if result is False or isinstance(result, list):
                return False
            return None if equal is None else False

        return evaluate

    def _compile_atleastone(self, node: ast.AtLeastOne) -> Evaluator:
        tests = [self.compile(test) for test in node.tests]

        def evaluate(scope: Scope) -> Any:
            return _at_least_one(functools.partial(test, scope) for test in tests)

        return evaluate

    def _compile_not(self, node: ast.Not) -> Evaluator:
        value = self.compile(node.value)

        def evaluate(scope: Scope) -> Any:
            result = value(scope)
            return (not result) if isinstance(result, bool) else _with_bool_or_null(result)

        return evaluate

    # --------------- operators ---------------

    def _compile_arithmetic(self, node: ast.Arithmetic) -> Evaluator:
        left, right = self.compile(node.left), self.compile(node.right)
        operation = {"+": add, "-": subtract, "*": multiply, "/": divide, "**": _power}[
            node.operator
        ]

        def evaluate(scope: Scope) -> Any:
            x, y = left(scope), right(scope)
            if isinstance(x, Fatal):
                return x
            if isinstance(y, Fatal):
                return y
            if isinstance(x, Err) or isinstance(y, Err):
                return None
            return operation(x, y)

        return evaluate

    def _compile_negation(self, node: ast.Negation) -> Evaluator:
        value = self.compile(node.value)

        def evaluate(scope: Scope) -> Any:
            result = value(scope)
            if isinstance(result, Decimal):
                return DECIMAL128.minus(result)
            return result if isinstance(result, Fatal) else None

        return evaluate

    def _compile_comparison(self, node: ast.Comparison) -> Evaluator:
        left, right, operator = self.compile(node.left), self.compile(node.right), node.operator
        if operator == "=":
            return lambda scope: _check_equality(left(scope), right(scope))
        return lambda scope: _dual_compare(operator, left(scope), right(scope))

    def _compile_disjunction(self, node: ast.Disjunction) -> Evaluator:
        left, right = self.compile(node.left), self.compile(node.right)

        def evaluate(scope: Scope) -> Any:
            first = _with_bool_or_null(left(scope))
            if first is True or isinstance(first, Fatal):
                return first
            second = right(scope)
            if second is True or isinstance(second, Fatal):
                return second
            return None if first is None else _with_bool_or_null(second)

        return evaluate

    def _compile_conjunction(self, node: ast.Conjunction) -> Evaluator:
        left, right = self.compile(node.left), self.compile(node.right)

        def evaluate(scope: Scope) -> Any:
            first = _with_bool_or_null(left(scope))
            if first is False or isinstance(first, Fatal):
                return first
            second = right(scope)
            if second is False or isinstance(second, Fatal):
                return second
            return None if first is None else _with_bool_or_null(second)

        return evaluate

    def _compile_if(self, node: ast.If) -> Evaluator:
        condition, then = self.compile(node.condition), self.compile(node.then)
        otherwise = self.compile(node.otherwise)

        def evaluate(scope: Scope) -> Any:
            met = condition(scope)
            if isinstance(met, Fatal):
                return met
            return then(scope) if met is True else otherwise(scope)

        return evaluate

    def _compile_in(self, node: ast.In) -> Evaluator:
        value, test = self.compile(node.value), self.compile(node.test)

        def evaluate(scope: Scope) -> Any:
            subject = value(scope)
            if isinstance(subject, _FAILURES):
                return subject
            name = scope.variable("inputVariableName")
            input_name = name if isinstance(name, str) else INPUT_VARIABLE
            return test(scope.child({input_name: subject}))

        return evaluate

    def _compile_instanceof(self, node: ast.InstanceOf) -> Evaluator:
        value, expected = self.compile(node.value), node.type_name

        def evaluate(scope: Scope) -> Any:
            subject = value(scope)
            return subject if isinstance(subject, _FAILURES) else _is_instance(subject, expected)

        return evaluate

    # --------------- names and paths ---------------

    def _compile_ref(self, node: ast.Ref) -> Evaluator:
        head, tail = node.names[0], node.names[1:]
        if not tail:

            def variable(scope: Scope) -> Any:
                value = scope.variable(head)
                return None if value is _MISSING else value

            return variable

        def path(scope: Scope) -> Any:
            value = scope.variable(head)
            if value is _MISSING:
                return None
            for key in tail:
                value = _path(value, key)
            return value

        return path

    def _compile_path(self, node: ast.Path) -> Evaluator:
        value, key = self.compile(node.value), node.key

        def evaluate(scope: Scope) -> Any:
            subject = value(scope)
            return subject if isinstance(subject, _FAILURES) else _path(subject, key)

        return evaluate

    def _compile_filter(self, node: ast.Filter) -> Evaluator:
        source, condition = self.compile(node.value), self.compile(node.condition)
        fixed_index: Decimal | None = None
        if isinstance(node.condition, ast.Const) and isinstance(node.condition.value, Decimal):
            fixed_index = node.condition.value
        negated = node.condition
        if (
            isinstance(negated, ast.Negation)
            and isinstance(negated.value, ast.Const)
            and isinstance(negated.value.value, Decimal)
        ):
            fixed_index = -negated.value.value
        per_item = isinstance(node.condition, ast.Comparison | ast.Call | ast.QualifiedCall)

        def evaluate(scope: Scope) -> Any:
            items = source(scope)
            if isinstance(items, Fatal):
                return items
            if not isinstance(items, list):
                return None
            if fixed_index is not None:
                return _filter_index(items, fixed_index)
            if not per_item:
                once = condition(scope)
                if isinstance(once, Decimal):
                    return _filter_index(items, once)
            result = _filter_items(items, lambda item: condition(_item_scope(scope, item)))
            return _err_to_null(result)

        return evaluate

    # --------------- iteration ---------------

    def _compile_iterationrange(self, node: ast.IterationRange) -> Evaluator:
        start, end = self.compile(node.start), self.compile(node.end)
        return lambda scope: _iteration_range(start(scope), end(scope))

    def _sources(
        self, iterators: tuple[tuple[str, ast.Node], ...]
    ) -> Callable[[Scope], list[tuple[str, list[Any]]] | Err | Fatal | None]:
        compiled = [(name, self.compile(source)) for name, source in iterators]

        def evaluate(scope: Scope) -> list[tuple[str, list[Any]]] | Err | Fatal | None:
            sources = []
            for name, source in compiled:
                items = source(scope)
                if isinstance(items, Fatal):
                    return items
                if not isinstance(items, list):
                    return None
                sources.append((name, items))
            return sources

        return evaluate

    def _compile_quantified(self, node: ast.Quantified) -> Evaluator:
        sources, condition = self._sources(node.iterators), self.compile(node.condition)
        combine = _all if node.every else _at_least_one

        def evaluate(scope: Scope) -> Any:
            lists = sources(scope)
            if not isinstance(lists, list):
                return lists
            checks = (
                functools.partial(condition, scope.child(names)) for names in _cartesian(lists)
            )
            return _err_to_null(combine(checks))

        return evaluate

    def _compile_for(self, node: ast.For) -> Evaluator:
        sources, body = self._sources(node.iterators), self.compile(node.body)

        def evaluate(scope: Scope) -> Any:
            lists = sources(scope)
            if not isinstance(lists, list):
                return lists
            results: list[Any] = []
            for names in _cartesian(lists):
                results.append(body(scope.child({**names, "partial": list(results)})))
            return results

        return evaluate

    # --------------- functions ---------------

    def _arguments(
        self, positional: tuple[ast.Node, ...], named: tuple[tuple[str, ast.Node], ...] | None
    ) -> tuple[list[Evaluator], dict[str, Evaluator] | None]:
        if named is not None:
            return [], {name: self.compile(value) for name, value in named}
        return [self.compile(value) for value in positional], None

    def _compile_call(self, node: ast.Call) -> Evaluator:
        positional, named = self._arguments(node.positional, node.named)
        name = node.name

        def evaluate(scope: Scope) -> Any:
            function = _find_function(scope.functions(name), positional, named)
            if function is None:
                return None
            result = _invoke(function, positional, named, scope)
            if isinstance(result, Err):
                if name == "assert":
                    raise FeelEvaluationError("", f"Assertion failure: {result.message}")
                return None
            return result

        return evaluate

    def _compile_qualifiedcall(self, node: ast.QualifiedCall) -> Evaluator:
        path = self._compile_ref(node.path)
        positional, named = self._arguments(node.positional, node.named)
        name = node.name

        def evaluate(scope: Scope) -> Any:
            context = path(scope)
            if isinstance(context, _FAILURES):
                return context
            if not isinstance(context, dict):
                return Err(f"Expected context but found '{to_string(context)}'")
            candidate = context.get(name)
            candidates = [candidate] if isinstance(candidate, FeelFunction) else []
            function = _find_function(iter(candidates), positional, named)
            if function is None:
                return Err(f"No function found with name '{name}'")
            return _invoke(function, positional, named, scope)

        return evaluate

    def _compile_functiondefinition(self, node: ast.FunctionDefinition) -> Evaluator:
        body, params = self.compile(node.body), node.params

        def evaluate(scope: Scope) -> Any:
            def invoke(arguments: list[Any]) -> Any:
                return body(scope.child(dict(zip(params, arguments, strict=True))))

            return FeelFunction(params, invoke)

        return evaluate


def _find_function(
    candidates: Iterator[FeelFunction],
    positional: list[Evaluator],
    named: dict[str, Evaluator] | None,
) -> FeelFunction | None:
    """EvalContext.function: the first candidate whose parameters fit the call."""
    for function in candidates:
        if named is not None:
            if set(named) <= set(function.params):
                return function
        elif len(function.params) == len(positional) or (
            function.var_args and len(function.params) < len(positional)
        ):
            return function
    return None


def _invoke(
    function: FeelFunction,
    positional: list[Evaluator],
    named: dict[str, Evaluator] | None,
    scope: Scope,
) -> Any:
    """Evaluate the arguments (var-args collected into a list) and call the function."""
    arguments: list[Any]
    if named is not None:
        arguments = [named[p](scope) if p in named else None for p in function.params]
    elif function.var_args and function.params:
        fixed = len(function.params) - 1
        arguments = [argument(scope) for argument in positional[:fixed]]
        rest = [argument(scope) for argument in positional[fixed:]]
        if fixed == 0 and len(rest) == 1 and isinstance(rest[0], list):
            arguments.append(rest[0])
        else:
            arguments.append(rest)
    else:
        arguments = [argument(scope) for argument in positional]
    for value in arguments:
        if isinstance(value, Fatal):
            return value
    for value in arguments:
        if isinstance(value, Err):
            return value
    if function.var_args and function.params:
        rest = arguments[-1]
        if isinstance(rest, list):
            for value in rest:
                if isinstance(value, _FAILURES):
                    return value if isinstance(value, Fatal) else Err(value.message)
    return function.invoke(arguments)
