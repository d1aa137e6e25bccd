"""Variables documents as the gateway protocol carries them: JSON text whose root is an object.

Zeebe treats an empty or blank document as no variables and JSON ``null`` as an empty document;
any other root is refused with ``Property 'variables' is invalid: Expected document to be a root
level object, but was 'ARRAY'`` (the type named as MessagePack names it), and text that is not
JSON with ``Invalid JSON value: <text>``.
"""

from __future__ import annotations

import json
from typing import Any

from engine.gateway.errors import InvalidVariablesError, VariablesTooLargeError

_MSGPACK_TYPE_NAMES: dict[type, str] = {
    list: "ARRAY",
    str: "STRING",
    bool: "BOOLEAN",
    int: "INTEGER",
    float: "FLOAT",
}


def parse_variables(text: str, *, max_bytes: int, field: str = "variables") -> dict[str, Any]:
    """Decode one variables document, refusing non-objects and documents over ``max_bytes``."""
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise VariablesTooLargeError(
            f"Expected '{field}' to be at most {max_bytes} bytes, but it has {size} bytes"
        )
    if not text.strip():
        return {}
    try:
        document = json.loads(text, parse_constant=_refuse_constant)
    except ValueError as error:
        raise InvalidVariablesError(f"Invalid JSON value: {text} ({error})") from error
    if document is None:
        return {}
    if not isinstance(document, dict):
        kind = _MSGPACK_TYPE_NAMES.get(type(document), type(document).__name__.upper())
        raise InvalidVariablesError(
            f"Property '{field}' is invalid: Expected document to be a root level object, "
            f"but was '{kind}'"
        )
    return document


def _refuse_constant(name: str) -> Any:
    """JSON has no NaN or Infinity; Python's decoder would accept them."""
    raise ValueError(f"{name} is not a JSON value")


def to_json(value: Any) -> str:
    """JSON text for a response field (variables, decision outputs, custom headers)."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
