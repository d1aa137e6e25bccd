"""Baton's FEEL against FEEL-Scala 1.21 (what Zeebe 8.9 embeds), case by case over the corpus.

A case passes when both engines fail, or both succeed with the same JSON value (what a Zeebe
variable would hold, compared by ``same_json``). A reference parse failure must be a
``FeelSyntaxError`` in Baton, any other reference failure a ``FeelEvaluationError``.
"""

from __future__ import annotations

import importlib
import json
from types import ModuleType

import pytest

from tests.conformance.corpus import FeelCase, load_corpus, model_expressions
from tests.conformance.json_values import same_json
from tests.conformance.reference_engine import FeelReference, ReferenceAnswer, main

MIN_CORPUS_CASES = 300
_REFERENCE_SYNTAX_FAILURES = ("failed to parse expression", "validation of expression")

CORPUS = load_corpus()


@pytest.fixture(scope="module")
def baton_feel() -> ModuleType:
    try:
        return importlib.import_module("engine.feel")
    except ImportError as exc:
        pytest.fail(f"Baton's FEEL package engine.feel cannot be imported: {exc}", pytrace=False)


def _describe(case: FeelCase, reference: ReferenceAnswer, baton: str) -> str:
    expected = (
        f"value {json.dumps(reference.value, ensure_ascii=False)}"
        if reference.ok
        else f"error {reference.error}"
    )
    return (
        f"\nexpression: {case.expression}"
        f"\nvariables:  {json.dumps(case.variables, ensure_ascii=False)[:2000]}"
        f"\nreference:  {expected}"
        f"\nbaton:      {baton}"
    )


@pytest.mark.parametrize("case", CORPUS, ids=[case.id for case in CORPUS])
def test_baton_matches_feel_scala(
    case: FeelCase, reference_answers: dict[str, ReferenceAnswer], baton_feel: ModuleType
) -> None:
    reference = reference_answers[case.id]
    try:
        value = baton_feel.to_json(
            baton_feel.compile_expression(case.expression).evaluate(case.variables)
        )
    except Exception as exc:
        outcome = f"{type(exc).__name__}: {exc}"
        if reference.ok:
            pytest.fail(_describe(case, reference, outcome), pytrace=False)
        syntax = reference.error is not None and reference.error.startswith(
            _REFERENCE_SYNTAX_FAILURES
        )
        expected_error = baton_feel.FeelSyntaxError if syntax else baton_feel.FeelEvaluationError
        if not isinstance(exc, expected_error):
            pytest.fail(
                _describe(case, reference, f"{outcome} (expected {expected_error.__name__})"),
                pytrace=False,
            )
        return
    shown = f"value {json.dumps(value, ensure_ascii=False, default=repr)}"
    if not reference.ok:
        pytest.fail(_describe(case, reference, shown), pytrace=False)
    if not same_json(reference.value, value):
        pytest.fail(_describe(case, reference, shown), pytrace=False)


def test_corpus_holds_enough_cases_and_every_model_expression() -> None:
    assert len(CORPUS) >= MIN_CORPUS_CASES, f"corpus has {len(CORPUS)} cases"
    in_corpus = {case.expression.strip() for case in CORPUS}
    missing = [
        f"{m.source}: {m.expression}" for m in model_expressions() if m.expression not in in_corpus
    ]
    assert not missing, "model expressions missing from feel_corpus.yaml:\n" + "\n".join(missing)


def test_harness_answers_a_malformed_line_with_an_error_and_keeps_serving(
    feel_reference: FeelReference,
) -> None:
    answers = feel_reference.run_lines(
        [
            "not json at all",
            json.dumps({"id": "no-expression", "variables": {}}),
            json.dumps({"id": "bad-variables", "expression": "1", "variables": [1]}),
            json.dumps({"id": "too-big", "expression": "x", "variables": {"x": 2**70}}),
            json.dumps({"id": "after", "expression": "x + 1", "variables": {"x": 41}}),
        ]
    )
    assert [(a["id"], a["ok"]) for a in answers] == [
        (None, False),
        ("no-expression", False),
        ("bad-variables", False),
        ("too-big", False),
        ("after", True),
    ]
    assert answers[0]["error"].startswith("malformed input line 1: not JSON")
    assert answers[1]["error"] == 'malformed input line 2: "expression" must be a string'
    assert answers[2]["error"] == 'malformed input line 3: "variables" must be a JSON object'
    assert "does not fit a MessagePack integer" in answers[3]["error"]
    assert answers[4]["value"] == 42


def test_command_line_prints_the_reference_answer(
    feel_reference: FeelReference, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["x.a * 2", '{"x": {"a": 21}}']) == 0
    assert json.loads(capsys.readouterr().out) == {
        "id": "cli",
        "ok": True,
        "value": 42,
        "warnings": [],
    }
