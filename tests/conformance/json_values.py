"""How the differential test decides that two JSON-shaped variable values are the same."""

from __future__ import annotations

import math
from typing import Any

FLOAT_RELATIVE_TOLERANCE = 1e-12


def same_json(expected: Any, actual: Any) -> bool:
    """Floats within 1e-12 relative, everything else exactly; an int never equals a float.

    Zeebe stores a whole FEEL number as a MessagePack integer and any other as a double, so
    ``1`` and ``1.0`` are different variable values.
    """
    if isinstance(expected, float) and type(actual) is float:
        return math.isclose(expected, actual, rel_tol=FLOAT_RELATIVE_TOLERANCE)
    if type(expected) is not type(actual):
        return False
    if isinstance(expected, list):
        return len(expected) == len(actual) and all(
            same_json(e, a) for e, a in zip(expected, actual, strict=True)
        )
    if isinstance(expected, dict):
        return expected.keys() == actual.keys() and all(
            same_json(expected[key], actual[key]) for key in expected
        )
    return bool(expected == actual)
