"""The value types job variables share."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, Strict


def _whole_number(value: Any) -> Any:
    integral = isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    if isinstance(value, bool) or not integral or value < 0:
        raise ValueError(f"must be a whole number >= 0, got {value!r}")
    return int(value)


Count = Annotated[int, BeforeValidator(_whole_number)]
"""A counter such as ``rounds`` or ``reassignCount``: a whole number >= 0."""

Flag = Annotated[bool, Strict()]
"""A true/false variable; no ``"yes"`` or ``1``."""


def _text_or_absent(value: Any) -> Any:
    return value if isinstance(value, str) and value else None


OptionalText = Annotated[str | None, BeforeValidator(_text_or_absent)]
"""A start-variable override (``reviewSla``): a non-empty string, anything else means absent."""


def non_empty_list(what: str) -> Callable[[Any], Any]:
    """A validator for a list variable that must hold at least one ``what``."""

    def check(value: Any) -> Any:
        if not isinstance(value, list) or not value:
            raise ValueError(f"must be a non-empty list of {what}, got {value!r}")
        return value

    return check


def _object_or_absent(value: Any) -> Any:
    return value if isinstance(value, dict) else None


DecisionResult = Annotated[dict[str, object] | None, BeforeValidator(_object_or_absent)]
"""A DMN result the handler only reads from (``routing``); anything but an object is absent."""


def as_variable(model: BaseModel | None) -> Any:
    """A contract as it travels in the process (camelCase JSON), for hashing and auditing."""
    return None if model is None else model.model_dump(mode="json", by_alias=True)
