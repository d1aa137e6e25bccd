from __future__ import annotations

import math

import pytest
from pydantic import BaseModel, Field

from guardrails import (
    Action,
    Verdict,
    check_confidence,
    extract_json_object,
    strictest,
    validate_output,
)


class Triage(BaseModel):
    priority: str
    confidence: float = Field(ge=0, le=1)


def test_valid_json_output_is_allowed_and_parsed() -> None:
    verdict, parsed = validate_output('{"priority": "high", "confidence": 0.9}', Triage)
    assert verdict.action is Action.ALLOW
    assert parsed == Triage(priority="high", confidence=0.9)


@pytest.mark.parametrize(
    "raw",
    ['{"priority": "high"}', '{"priority": "high", "confidence": 7}', "not json", "", [1, 2]],
)
def test_invalid_output_is_blocked_naming_the_problem(raw: object) -> None:
    verdict, parsed = validate_output(raw, Triage)
    assert verdict.action is Action.BLOCK
    assert verdict.rule == "output.schema"
    assert "Triage" in verdict.reason
    assert parsed is None


def test_json_is_extracted_from_surrounding_prose() -> None:
    assert extract_json_object('Sure! {"a": {"b": 1}} hope that helps') == '{"a": {"b": 1}}'
    assert extract_json_object("no json here") == "no json here"
    assert extract_json_object("{broken") == "{broken"


@pytest.mark.parametrize("confidence", [0.69, 0.0, None, math.nan, 1.5, -0.1])
def test_low_or_invalid_confidence_escalates(confidence: float | None) -> None:
    verdict = check_confidence(confidence, threshold=0.7)
    assert verdict.action is Action.ESCALATE
    assert verdict.needs_human


@pytest.mark.parametrize("confidence", [0.7, 0.95, 1.0])
def test_confidence_at_or_above_threshold_is_allowed(confidence: float) -> None:
    assert check_confidence(confidence, threshold=0.7).action is Action.ALLOW


def test_threshold_outside_unit_interval_is_rejected() -> None:
    with pytest.raises(ValueError, match="threshold"):
        check_confidence(0.5, threshold=2)


def test_strictest_action_orders_block_above_escalate_above_redact() -> None:
    verdicts = [
        Verdict(action=Action.REDACT, rule="a", reason=""),
        Verdict(action=Action.BLOCK, rule="b", reason=""),
        Verdict(action=Action.ESCALATE, rule="c", reason=""),
    ]
    assert strictest(verdicts) is Action.BLOCK
    assert strictest([]) is Action.ALLOW
