"""The corpus loader, the model scan and the harness runner reject bad input by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conformance.corpus import CorpusError, load_corpus, model_expressions
from tests.conformance.json_values import same_json
from tests.conformance.reference_engine import (
    FeelReference,
    FeelReferenceError,
    install_reference,
    main,
)


def _corpus(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "corpus.yaml"
    path.write_text(text)
    return path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("group: [", "is not YAML"),
        ("group: x", "must hold a list of groups"),
        ("- {group: x}", "exactly 'group' and 'cases'"),
        ("- {group: '', cases: [{expression: '1'}]}", "'group' must be a non-empty string"),
        ("- {group: x, cases: []}", "'cases' must be a non-empty list"),
        ("- {group: x, cases: [1]}", "case x-001: expected a mapping"),
        ("- {group: x, cases: [{expression: '1', vars: {}}]}", "unknown keys ['vars']"),
        ("- {group: x, cases: [{expression: 1}]}", "'expression' must be a non-empty string"),
        (
            "- {group: x, cases: [{expression: '1', variables: [1]}]}",
            "'variables' must be a mapping",
        ),
        ("- {group: x, cases: [{expression: d, variables: {d: 2024-01-01}}]}", "quote dates"),
        ("- {group: x, cases: [{expression: n, variables: {n: .nan}}]}", "not a finite number"),
        ("- {group: x, cases: [{expression: k, variables: {k: {1: a}}}]}", "is not a string"),
        ("- {group: x, cases: [{expression: s, samples: [a]}]}", "'samples' must map"),
        ("- {group: x, cases: [{expression: s, samples: {s: 1}}]}", "a sample is a path"),
        ("- {group: x, cases: [{expression: s, samples: {s: none.json}}]}", "does not exist"),
    ],
)
def test_malformed_corpus_is_rejected_with_its_location(
    tmp_path: Path, text: str, message: str
) -> None:
    with pytest.raises(CorpusError) as caught:
        load_corpus(_corpus(tmp_path, text), samples_dir=tmp_path)
    assert message in str(caught.value)


def test_sample_that_is_not_json_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text("{")
    path = _corpus(tmp_path, "- {group: x, cases: [{expression: s, samples: {s: broken.json}}]}")
    with pytest.raises(CorpusError, match=r"broken\.json is not JSON"):
        load_corpus(path, samples_dir=tmp_path)


def test_samples_are_merged_into_the_variables(tmp_path: Path) -> None:
    (tmp_path / "claim.json").write_text('{"amount": {"value": 5}}')
    path = _corpus(
        tmp_path,
        "- {group: x, cases: [{expression: a, variables: {b: 1}, samples: {claim: claim.json}}]}",
    )
    [case] = load_corpus(path, samples_dir=tmp_path)
    assert case.variables == {"b": 1, "claim": {"amount": {"value": 5}}}


def test_model_scan_finds_bpmn_dmn_and_form_expressions(tmp_path: Path) -> None:
    (tmp_path / "dmn").mkdir()
    (tmp_path / "forms").mkdir()
    (tmp_path / "p.bpmn").write_text(
        '<definitions><task name="=not feel but attribute" id="t">'
        "<condition>= a &gt; 1 </condition><text>plain</text></task></definitions>"
    )
    (tmp_path / "dmn" / "d.dmn").write_text(
        '<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"><decisionTable>'
        "<input><inputExpression><text>x.y</text></inputExpression></input>"
        "<rule><inputEntry><text>&gt; 5</text></inputEntry>"
        '<outputEntry><text>"out"</text></outputEntry></rule></decisionTable></definitions>'
    )
    (tmp_path / "forms" / "f.form").write_text(
        '{"components": [{"conditional": {"hide": "=x = 1"}, "text": "{{ y }}"}]}'
    )
    found = [(m.source, m.expression) for m in model_expressions(tmp_path)]
    assert found == [
        ("p.bpmn", "not feel but attribute"),
        ("p.bpmn", "a > 1"),
        ("dmn/d.dmn", "x.y"),
        ("dmn/d.dmn", '"out"'),
        ("forms/f.form", "x = 1"),
    ]


def test_harness_that_exits_with_an_error_is_reported(tmp_path: Path) -> None:
    reference = FeelReference(java=Path("/bin/false"), classpath=(tmp_path,))
    with pytest.raises(FeelReferenceError, match="exited with 1"):
        reference.run_lines(["{}"])


def test_harness_output_that_is_not_json_is_reported(tmp_path: Path) -> None:
    reference = FeelReference(java=Path("/bin/echo"), classpath=(tmp_path,))
    with pytest.raises(FeelReferenceError, match="output line 1 that is not JSON"):
        reference.run_lines(["{}"])


@pytest.mark.parametrize(
    ("expected", "actual", "same"),
    [
        (0.1 + 0.2, 0.3, True),
        (0.3, 0.3001, False),
        (1, 1.0, False),
        (True, 1, False),
        ([1, {"a": 2.5}], [1, {"a": 2.5}], True),
        ({"a": 1}, {"a": 1, "b": None}, False),
        ([1, 2], [1], False),
        (None, None, True),
    ],
)
def test_json_comparison_is_exact_except_for_float_rounding(
    expected: object, actual: object, same: bool
) -> None:
    assert same_json(expected, actual) is same


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([], "usage: feel-reference.sh"),
        (["x", "{}", "extra"], "usage: feel-reference.sh"),
        (["x", "[1"], "VARIABLES_JSON is not JSON"),
        (["x", "[1]"], "VARIABLES_JSON must be a JSON object"),
    ],
)
def test_command_line_rejects_bad_arguments(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_tampered_cached_jar_fails_the_checksum(tmp_path: Path) -> None:
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "feel-engine-1.21.0.jar").write_bytes(b"not the pinned jar")
    with pytest.raises(FeelReferenceError, match="Checksum mismatch"):
        install_reference(tmp_path)
