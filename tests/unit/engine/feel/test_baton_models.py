"""The expressions Baton's own BPMN, DMN and form files use, read from those files."""

import html
import re
from pathlib import Path

import pytest

from engine.feel import compile_expression, compile_unary_tests, evaluate, to_json

_MODELS = Path(__file__).parents[4] / "bpmn"


def _model_expressions() -> list[str]:
    found: set[str] = set()
    for path in _MODELS.rglob("*.bpmn"):
        text = path.read_text()
        found.update(html.unescape(m) for m in re.findall(r'"=([^"]+)"', text))
        found.update(html.unescape(m) for m in re.findall(r">=([^<]+)<", text))
    return sorted(found)


def _decision_entries() -> list[str]:
    found: set[str] = set()
    for path in _MODELS.rglob("*.dmn"):
        found.update(
            html.unescape(m) for m in re.findall(r"<text>([^<]*)</text>", path.read_text())
        )
    return sorted(found)


@pytest.mark.parametrize("source", _model_expressions())
def test_every_bpmn_expression_compiles(source: str) -> None:
    compile_expression(source)


@pytest.mark.parametrize("source", _decision_entries())
def test_every_decision_entry_compiles_as_unary_tests(source: str) -> None:
    compile_unary_tests(source)


def test_model_expressions_evaluate() -> None:
    variables = {
        "routing": {"reviewGroup": "claims", "taskPriority": 95, "expertGroup": "legal"},
        "reviewers": ["ann", "bob", "ann"],
        "sanctionsHit": None,
        "authorNote": None,
        "revisedBody": "text",
        "decision": {"outcome": "approved", "payout": 120},
        "limits": {"seniorApprovalAbove": 100},
    }
    assert to_json(evaluate("min(100, routing.taskPriority + 10)", variables)) == 100
    assert to_json(evaluate("distinct values(reviewers)", variables)) == ["ann", "bob"]
    assert to_json(evaluate("if sanctionsHit != null then 90 else 70", variables)) == 70
    assert to_json(evaluate('[routing.expertGroup + "-leads"]', variables)) == ["legal-leads"]
    assert evaluate('decision.outcome = "approved" and decision.payout > 0', variables) is True
    body = '{body: revisedBody, note: if authorNote = null then "" else authorNote}'
    assert to_json(evaluate(body, variables)) == {"body": "text", "note": ""}
    assert to_json(evaluate("count(submission.claimsMade)", variables)) is None
