"""Validate what an agent produced against the pydantic model it promised."""

from __future__ import annotations

import json
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from contracts.validation import validation_problems
from guardrails.verdict import Action, Verdict

RULE_ID = "output.schema"
M = TypeVar("M", bound=BaseModel)


def validate_output(raw: object, model: type[M]) -> tuple[Verdict, M | None]:
    """``allow`` with the parsed model, or ``block`` with a reason naming every wrong field.

    ``raw`` may be a JSON string (a model's text) or an already decoded mapping.
    """
    try:
        if isinstance(raw, str | bytes):
            parsed = model.model_validate_json(raw)
        else:
            parsed = model.model_validate(raw)
    except ValidationError as exc:
        fields = "; ".join(validation_problems(exc)[:10])
        return Verdict(
            action=Action.BLOCK,
            rule=RULE_ID,
            reason=f"output does not match {model.__name__}: {fields}",
        ), None
    return Verdict.allow(RULE_ID, f"output matches {model.__name__}"), parsed


def extract_json_object(text: str) -> str:
    """The first top-level JSON object in a model's reply (models like to wrap JSON in prose)."""
    start = text.find("{")
    if start < 0:
        return text
    decoder = json.JSONDecoder()
    try:
        _, end = decoder.raw_decode(text[start:])
    except json.JSONDecodeError:
        return text
    return text[start : start + end]
