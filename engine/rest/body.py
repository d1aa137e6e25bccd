"""Typed reading of JSON request bodies, so every malformed field gets a 400 that names it.

Messages follow Camunda's REST validation wording: ``No <field> provided`` and
``The value for <field> is '<value>' but must be <expectation>``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from starlette.requests import Request

from engine.rest.problems import InvalidRequestError, UnreadableBodyError


def missing(field: str) -> InvalidRequestError:
    return InvalidRequestError(f"No {field} provided")


def invalid(field: str, value: Any, expectation: str) -> InvalidRequestError:
    shown = json.dumps(value) if not isinstance(value, str) else value
    return InvalidRequestError(f"The value for {field} is '{shown}' but must be {expectation}")


def parse_key(value: Any, field: str) -> int:
    """Camunda sends 64-bit keys as strings; a JSON integer is accepted too."""
    if isinstance(value, bool):
        raise invalid(field, value, "a numeric key")
    if isinstance(value, int):
        key = value
    elif isinstance(value, str) and value.isascii() and value.isdigit():
        key = int(value)
    else:
        raise invalid(field, value, "a numeric key")
    if not 0 < key < 2**63:
        raise invalid(field, value, "a positive 64-bit key")
    return key


def parse_date(value: Any, field: str) -> datetime:
    """An RFC 3339 date-time with an offset, as Camunda requires for every date field."""
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            parsed = None
        if parsed is not None and parsed.tzinfo is not None:
            return parsed
    raise InvalidRequestError(
        f"The provided {field} '{value}' cannot be parsed as a date according to RFC 3339, "
        "section 5.6"
    )


class Fields:
    """The members of one JSON object, read by type; ``done()`` rejects any member left over."""

    def __init__(self, data: dict[str, Any], where: str = "") -> None:
        self._data = data
        self._where = where
        self._read: set[str] = set()

    @classmethod
    def of(cls, value: Any, where: str) -> Fields:
        if not isinstance(value, dict):
            raise invalid(where, value, "a JSON object")
        return cls(value, where)

    def _name(self, name: str) -> str:
        return f"{self._where}.{name}" if self._where else name

    def has(self, name: str) -> bool:
        return self._data.get(name) is not None

    def raw(self, name: str) -> Any:
        self._read.add(name)
        return self._data.get(name)

    def string(self, name: str) -> str | None:
        value = self.raw(name)
        if value is not None and not isinstance(value, str):
            raise invalid(self._name(name), value, "a string")
        return value

    def required_string(self, name: str) -> str:
        value = self.string(name)
        if not value:
            raise missing(self._name(name))
        return value

    def integer(self, name: str) -> int | None:
        value = self.raw(name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise invalid(self._name(name), value, "an integer")
        return value

    def required_integer(self, name: str) -> int:
        value = self.integer(name)
        if value is None:
            raise missing(self._name(name))
        return value

    def boolean(self, name: str) -> bool | None:
        value = self.raw(name)
        if value is not None and not isinstance(value, bool):
            raise invalid(self._name(name), value, "a boolean")
        return value

    def key(self, name: str) -> int | None:
        value = self.raw(name)
        return None if value is None else parse_key(value, self._name(name))

    def required_key(self, name: str) -> int:
        key = self.key(name)
        if key is None:
            raise missing(self._name(name))
        return key

    def date(self, name: str) -> datetime | None:
        value = self.raw(name)
        return None if value is None else parse_date(value, self._name(name))

    def string_list(self, name: str) -> list[str] | None:
        value = self.raw(name)
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise invalid(self._name(name), value, "a list of strings")
        return value

    def variables(self, name: str) -> dict[str, Any] | None:
        """Process variables: a JSON object whose members are the variable names."""
        value = self.raw(name)
        if value is not None and not isinstance(value, dict):
            raise invalid(self._name(name), value, "a JSON object of variables")
        return value

    def object(self, name: str) -> Fields | None:
        value = self.raw(name)
        return None if value is None else Fields.of(value, self._name(name))

    def done(self, allowed: Iterable[str] | None = None) -> None:
        """Reject members nobody read; ``allowed`` lists the valid names when not all were read."""
        unknown = sorted(set(self._data) - self._read)
        if unknown:
            valid = sorted(self._read if allowed is None else allowed)
            expected = "one of: " + ", ".join(valid) if valid else "no fields"
            raise InvalidRequestError(
                f"Unknown field '{self._name(unknown[0])}'; expected {expected}"
            )


async def read_fields(request: Request) -> Fields:
    """The request's JSON object body; an empty or ``null`` body reads as ``{}``."""
    raw = await request.body()
    if not raw.strip():
        return Fields({})
    try:
        value = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UnreadableBodyError(f"The request body is not valid JSON: {error}") from error
    if value is None:
        return Fields({})
    if not isinstance(value, dict):
        raise InvalidRequestError("The request body must be a JSON object")
    return Fields(value)
