"""Numeric and boolean built-ins: rounding, `abs`, `modulo`, `sqrt`, `not`, `assert`, …

`sqrt`, `log` and `exp` go through a double as in FEEL-Scala, so `sqrt(16)` is `4.0`; where
Java would produce a non-finite double or divide by zero, the evaluation fails.
"""

from __future__ import annotations

import decimal
import math
import random
from decimal import Decimal
from typing import Any

from engine.feel import temporal as tm
from engine.feel.builtins.base import builtin, illegal
from engine.feel.errors import FeelEvaluationError
from engine.feel.values import Err, FeelFunction, decimal_from_double

_UNBOUNDED = decimal.Context(prec=decimal.MAX_PREC, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)
_ROUNDING_MODES = {
    "UP": decimal.ROUND_UP,
    "DOWN": decimal.ROUND_DOWN,
    "CEILING": decimal.ROUND_CEILING,
    "FLOOR": decimal.ROUND_FLOOR,
    "HALF_UP": decimal.ROUND_HALF_UP,
    "HALF_DOWN": decimal.ROUND_HALF_DOWN,
    "HALF_EVEN": decimal.ROUND_HALF_EVEN,
    "UNNECESSARY": "UNNECESSARY",
}


def _numbers(*values: Any) -> None:
    if not all(isinstance(value, Decimal) for value in values):
        raise illegal()


def _round(number: Any, scale: Any, mode: str) -> Any:
    """BigDecimal.setScale(scale, mode)."""
    _numbers(number, scale)
    exponent = Decimal(1).scaleb(-int(scale))
    if mode == "UNNECESSARY":
        exact = number.quantize(exponent, rounding=decimal.ROUND_DOWN, context=_UNBOUNDED)
        if exact != number:
            return Err("Failed to apply rounding mode 'UNNECESSARY': Rounding necessary")
        return exact
    return number.quantize(exponent, rounding=mode, context=_UNBOUNDED)


def _decimal3(number: Any, scale: Any, mode: Any) -> Any:
    _numbers(number, scale)
    if not isinstance(mode, str):
        raise illegal()
    rounding = _ROUNDING_MODES.get(mode.upper())
    if rounding is None:
        names = ", ".join(_ROUNDING_MODES)
        return Err(f"Illegal argument '{mode}' for rounding mode. Must be one of: {names}")
    return _round(number, scale, rounding)


def _rounding(mode: str) -> Any:
    return lambda number, scale: _round(number, scale, mode)


def _abs(value: Any) -> Any:
    if isinstance(value, Decimal):
        return abs(value)
    if isinstance(value, tm.YearsMonthsDuration):
        return tm.YearsMonthsDuration(abs(value.months))
    if isinstance(value, tm.DaysTimeDuration):
        return tm.DaysTimeDuration(abs(value.nanos))
    raise illegal()


def _modulo(dividend: Any, divisor: Any) -> Any:
    _numbers(dividend, divisor)
    if divisor == 0:
        raise FeelEvaluationError("", "modulo by zero")
    context = decimal.Context(prec=34)
    return context.remainder(context.add(context.remainder(dividend, divisor), divisor), divisor)


def _from_double(compute: Any, number: Decimal) -> Decimal:
    try:
        return decimal_from_double(compute(float(number)))
    except (ValueError, OverflowError):
        raise FeelEvaluationError("", f"the result for {number} is not a finite number") from None


def _sqrt(number: Any) -> Any:
    _numbers(number)
    return None if number < 0 else _from_double(math.sqrt, number)


def _log(number: Any) -> Any:
    _numbers(number)
    return _from_double(math.log, number)


def _exp(number: Any) -> Any:
    _numbers(number)
    return _from_double(math.exp, number)


def _odd(number: Any) -> Any:
    _numbers(number)
    return abs(number) % 2 == 1


def _even(number: Any) -> Any:
    _numbers(number)
    return number % 2 == 0


def _random_number() -> Any:
    return decimal_from_double(random.random())


def _not(value: Any) -> Any:
    return (not value) if isinstance(value, bool) else None


def _assert(value: Any, condition: Any) -> Any:
    return value if condition is True else Err("The condition is not fulfilled")


def _assert3(value: Any, condition: Any, cause: Any) -> Any:
    if condition is True:
        return value
    if isinstance(cause, str):
        return Err(cause)
    raise illegal()


FUNCTIONS: dict[str, list[FeelFunction]] = {
    "decimal": [
        builtin("n, scale", _rounding(decimal.ROUND_HALF_EVEN)),
        builtin("n, scale, mode", _decimal3),
    ],
    "floor": [
        builtin("n", lambda n: _round(n, Decimal(0), decimal.ROUND_FLOOR)),
        builtin("n, scala", _rounding(decimal.ROUND_FLOOR)),
    ],
    "ceiling": [
        builtin("n", lambda n: _round(n, Decimal(0), decimal.ROUND_CEILING)),
        builtin("n, scale", _rounding(decimal.ROUND_CEILING)),
    ],
    "abs": [builtin("number", _abs), builtin("n", _abs)],
    "modulo": [builtin("dividend, divisor", _modulo)],
    "sqrt": [builtin("number", _sqrt)],
    "log": [builtin("number", _log)],
    "exp": [builtin("number", _exp)],
    "odd": [builtin("number", _odd)],
    "even": [builtin("number", _even)],
    "round up": [builtin("n, scale", _rounding(decimal.ROUND_UP))],
    "round down": [builtin("n, scale", _rounding(decimal.ROUND_DOWN))],
    "round half up": [builtin("n, scale", _rounding(decimal.ROUND_HALF_UP))],
    "round half down": [builtin("n, scala", _rounding(decimal.ROUND_HALF_DOWN))],
    "random number": [builtin("", _random_number)],
    "not": [builtin("negand", _not)],
    "is defined": [builtin("value", lambda value: value is not None)],
    "get or else": [
        builtin("value, default", lambda value, default: default if value is None else value)
    ],
    "assert": [builtin("value, condition", _assert), builtin("value, condition, cause", _assert3)],
}
