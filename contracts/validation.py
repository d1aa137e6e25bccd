"""How a pydantic ``ValidationError`` reads to a person: one place for every message.

Incidents, CLI errors, problem responses and data-file errors all name each bad field the
same way, as it is written in the input (``claim.reviews[0].outcome: Field required``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pydantic import ValidationError

Location = Sequence[int | str]
WHOLE_INPUT = "(root)"
"""Where a problem with the whole input (not one field) is said to be."""


def field_path(loc: Location, root: str = "") -> str:
    """``root`` then the fields: names joined by dots, list positions in brackets."""
    where = root
    for part in loc:
        where += f"[{part}]" if isinstance(part, int) else (f".{part}" if where else str(part))
    return where or WHOLE_INPUT


def validation_problems(
    exc: ValidationError, root: str = "", *, name: Callable[[Location], str] | None = None
) -> list[str]:
    """One ``<field>: <what is wrong>`` per problem; ``name`` overrides how a field is named
    (settings name the environment variable)."""
    return [
        f"{name(err['loc']) if name else field_path(err['loc'], root)}: {err['msg']}"
        for err in exc.errors()
    ]


def describe_validation_error(
    exc: ValidationError, root: str = "", *, name: Callable[[Location], str] | None = None
) -> str:
    """Every problem, ``; ``-separated."""
    return "; ".join(validation_problems(exc, root, name=name))
