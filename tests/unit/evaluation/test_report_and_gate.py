"""The HTML report is self-contained, thresholds are validated, and a summary is checked."""

import io
from pathlib import Path

import pytest

from evaluation.durations import minutes
from evaluation.errors import EvaluationError, ThresholdsError
from evaluation.fleet_metrics import difference, parse
from evaluation.gate import Bound, Thresholds, load_thresholds, violations
from evaluation.metrics import summarise
from evaluation.progress import ProgressBar
from evaluation.report import bar_chart, render_html, text_table, write_report
from tests.unit.evaluation.test_figures import result

METRICS = """# HELP baton_guardrail_hits_total x
baton_guardrail_hits_total{action="allow",process="claims",rule="pii.redact"} 7.0
baton_guardrail_hits_total{action="escalate",process="claims",rule="injection.override"} 2.0
baton_model_calls_total{agent="ingestion",provider="offline"} 5.0
"""


def test_the_report_is_one_file_with_inline_svg_and_no_outside_resource(tmp_path: Path) -> None:
    fleet = difference(parse(""), parse(METRICS))
    summary = summarise([result(), result(id="x", expected_human=True)], fleet)
    html_path, json_path = write_report(summary, tmp_path, "Eval <1>")
    html = html_path.read_text()
    assert html.count("<svg") >= 6
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "<script" not in html and "https://" not in html
    assert "Eval &lt;1&gt;" in html
    assert "injection.override (escalate)" in html
    assert '"unsafeAutoDecisions": 1' in json_path.read_text()


def test_a_chart_draws_missing_values_as_na() -> None:
    svg = bar_chart("t", [("a", None), ("b", 0.5)], percent=True)
    assert "n/a" in svg and "50.0%" in svg


def test_the_text_table_has_a_row_per_process_and_a_total() -> None:
    table = text_table(summarise([result()], None))
    assert [line.split()[0] for line in table.splitlines()] == [
        "process",
        "claims-adjudication",
        "all",
    ]
    assert "metrics were not read" in render_html(summarise([result()], None), "t")


def test_fleet_metrics_count_only_verdicts_other_than_allow_and_their_growth() -> None:
    before = parse(METRICS.replace("2.0", "1.0"))
    figures = difference(before, parse(METRICS))
    assert figures["guardrailHits"] == {"injection.override (escalate)": 1}
    assert figures["modelCallsTotal"] == 0


def test_the_shipped_thresholds_load_and_a_broken_bound_is_reported() -> None:
    assert load_thresholds().total["unsafeAutoDecisions"].max == 0
    summary = summarise([result(expected_human=True)], None)
    broken = violations(summary, Thresholds(total={"unsafeAutoDecisions": Bound(max=0)}))
    assert broken == ["total.unsafeAutoDecisions = 1 is above 0.0"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("total: [", "not YAML"),
        ("total: {accuracy: {least: 1}}", r"total.accuracy.least: Extra inputs"),
        ("total: {speed: {min: 1}}", r"total.speed: unknown figure"),
        ("processes: {payroll: {}}", r"processes.payroll: unknown process"),
    ],
)
def test_a_malformed_thresholds_file_names_the_field(
    tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "thresholds.yaml"
    path.write_text(text)
    with pytest.raises(ThresholdsError, match=message):
        load_thresholds(path)


def test_durations_in_minutes_and_a_bad_one_named() -> None:
    assert minutes("PT4H") == 240
    assert minutes("P1DT30M") == 1470
    assert minutes("PT90S") == 1.5
    for bad in ("P", "PT", "4h", "P1M"):
        with pytest.raises(EvaluationError, match="not an ISO 8601 duration"):
            minutes(bad)


def test_the_progress_bar_writes_one_rewritten_line() -> None:
    out = io.StringIO()
    bar = ProgressBar(2, out, width=4)
    bar.advance("a", ok=True)
    bar.advance("b", ok=False)
    text = out.getvalue()
    assert text.count("\r") == 2 and text.endswith("\n")
    assert "2/2 wrong 1" in text
