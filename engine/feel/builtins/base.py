"""How a built-in function is declared: its parameter names and a body over FEEL values."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from engine.feel.values import Err, FeelFunction, to_string

Body = Callable[..., Any]


class IllegalArgumentsError(Exception):
    """Raised by a body whose arguments match none of its cases (FEEL-Scala: null + warning)."""


def builtin(params: str, body: Body, *, var_args: bool = False) -> FeelFunction:
    """A built-in with comma-separated parameter names; the body gets the arguments in order."""
    names = tuple(name.strip() for name in params.split(",") if name.strip())

    def invoke(arguments: list[Any]) -> Any:
        try:
            return body(*arguments)
        except IllegalArgumentsError:
            listed = ", ".join(f"'{to_string(argument)}'" for argument in arguments)
            return Err(f"Illegal arguments: {listed}")

    return FeelFunction(names, invoke, var_args)


def illegal() -> IllegalArgumentsError:
    return IllegalArgumentsError()
