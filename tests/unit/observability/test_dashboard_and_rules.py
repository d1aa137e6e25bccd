"""The dashboard and alert rules query only exported metrics and carry what operators rely on."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from observability import check

RULES = {path.name: yaml.safe_load(path.read_text(encoding="utf-8")) for path in check.RULE_FILES}
ANCHORS = check.runbook_anchors(check.RUNBOOK.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def known() -> set[str]:
    return check.code_metrics() | check.recorded_metrics(RULES.values())


@pytest.fixture
def dashboard() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(check.DASHBOARD.read_text(encoding="utf-8"))
    return loaded


def _first_query_panel(dashboard: dict[str, Any]) -> dict[str, Any]:
    panel: dict[str, Any] = next(p for p in dashboard["panels"] if p["type"] != "row")
    return panel


def _alerts() -> list[dict[str, Any]]:
    return [r for g in RULES["alerts.yaml"]["groups"] for r in g["rules"] if "alert" in r]


def test_code_metrics_include_every_series_prometheus_client_exposes(known: set[str]) -> None:
    assert {
        "baton_jobs_activated_total",
        "baton_jobs_failed_total",
        "baton_jobs_in_flight",
        "baton_gateway_up",
        "baton_worker_restarts_total",
        "baton_job_handler_duration_seconds_bucket",
        "baton_job_handler_duration_seconds_sum",
        "baton_job_handler_duration_seconds_count",
        "baton_model_tokens_total",
        "baton_guardrail_hits_total",
        "baton_human_overrides_total",
    } <= known
    assert "baton_job_handler_duration_seconds" not in known


def test_code_metrics_are_read_from_prometheus_client_constructors(tmp_path: Path) -> None:
    (tmp_path / "m.py").write_text(
        "from prometheus_client import Counter, Histogram\n"
        "import prometheus_client\n"
        'A = Counter("baton_things", "doc")\n'
        'B = prometheus_client.Histogram("baton_wait_seconds", "doc", ["x"])\n'
        'C = Counter("other_total", "doc")\n'
        'D = print("baton_not_a_metric")\n'
    )
    assert check.code_metrics([tmp_path]) == {
        "baton_things_total",
        "baton_things_created",
        "baton_wait_seconds_bucket",
        "baton_wait_seconds_sum",
        "baton_wait_seconds_count",
        "baton_wait_seconds_created",
    }


def test_repository_dashboard_and_rules_have_no_problems() -> None:
    assert check.check_repository() == []


def test_dashboard_covers_every_operator_question(dashboard: dict[str, Any]) -> None:
    exprs = " ".join(
        t["expr"] for p in dashboard["panels"] if p["type"] != "row" for t in p["targets"]
    )
    for metric in (
        "baton_sla_breaches_total",
        "baton_user_task_time_to_complete_seconds_bucket",
        "baton_user_task_time_to_assign_seconds_bucket",
        "baton_user_task_completed_after_due_total",
        "baton_context_store_up",
        "baton_context_store_pending_writes",
        "baton_job_handler_duration_seconds_bucket",
        "baton_jobs_in_flight",
        "baton_jobs_activated_total",
        "baton_jobs_completed_total",
        'outcome="invalid_input"',
        "baton_guardrail_hits_total",
        "baton_human_overrides_total",
        "baton_model_calls_total",
        "baton_model_tokens_total",
        "baton:model_cost_usd:rate5m",
        "baton_gateway_up",
        "baton_worker_restarts_total",
    ):
        assert metric in exprs, metric
    assert dashboard["schemaVersion"] >= 39


def test_every_alert_has_severity_summary_runbook_and_for() -> None:
    names = {a["alert"] for a in _alerts()}
    assert {
        "BatonFleetDown",
        "BatonGatewayUnreachable",
        "BatonJobFailureRatioHigh",
        "BatonInvalidInputIncidents",
        "BatonJobHandlerLatencyHigh",
        "BatonGuardrailBlockSpike",
        "BatonSlaBreaches",
        "BatonWorkerRestartLoop",
    } <= names
    for alert in _alerts():
        assert alert["labels"]["severity"] in check.SEVERITIES
        assert alert["annotations"]["summary"]
        assert alert["annotations"]["runbook_url"].startswith("docs/deploy-runbook.md#")
        assert alert["for"]


def test_dashboard_with_a_duplicate_panel_id_is_rejected(
    dashboard: dict[str, Any], known: set[str]
) -> None:
    panels = dashboard["panels"]
    panels[2]["id"] = panels[1]["id"]
    problems = check.check_dashboard(dashboard, known)
    assert any(f"duplicate panel id {panels[1]['id']}" in p for p in problems), problems


def test_dashboard_reading_an_unknown_metric_is_rejected(
    dashboard: dict[str, Any], known: set[str]
) -> None:
    _first_query_panel(dashboard)["targets"][0]["expr"] = "sum(rate(baton_jobs_vanished_total[5m]))"
    problems = check.check_dashboard(dashboard, known)
    assert any("unknown metric baton_jobs_vanished_total" in p for p in problems), problems


def test_histogram_base_name_without_suffix_is_an_unknown_metric(
    dashboard: dict[str, Any], known: set[str]
) -> None:
    _first_query_panel(dashboard)["targets"][0]["expr"] = "baton_job_handler_duration_seconds"
    problems = check.check_dashboard(dashboard, known)
    assert any("unknown metric baton_job_handler_duration_seconds" in p for p in problems)


def test_metric_names_inside_label_values_are_not_queries(known: set[str]) -> None:
    assert check.referenced_metrics('up{job="baton_fake_total"}') == set()
    assert check.referenced_metrics("sum by (x) (baton_gateway_up)") == {"baton_gateway_up"}


@pytest.mark.parametrize(
    ("mutate", "problem"),
    [
        (lambda p: p.pop("datasource"), "datasource must be"),
        (lambda p: p.update(datasource={"type": "prometheus", "uid": "prod"}), "datasource must"),
        (lambda p: p.update(targets=[]), "no targets"),
        (lambda p: p["targets"][0].update(expr=""), "has no expr"),
        (lambda p: p["targets"][0].update(expr="baton_gateway_up{x=~'$cluster'}"), "$cluster"),
        (lambda p: p.update(id="7"), "id must be an integer"),
        (lambda p: p.pop("gridPos"), "no gridPos"),
        (
            lambda p: p["targets"][0].update(expr="sum(baton_not_exported_seconds_count)"),
            "unknown metric baton_not_exported_seconds_count",
        ),
    ],
)
def test_malformed_panel_is_rejected(
    dashboard: dict[str, Any], known: set[str], mutate: Any, problem: str
) -> None:
    mutate(_first_query_panel(dashboard))
    problems = check.check_dashboard(dashboard, known)
    assert any(problem in p for p in problems), problems


@pytest.mark.parametrize(
    ("mutate", "problem"),
    [
        (lambda d: d.update(schemaVersion=30), "schemaVersion"),
        (lambda d: d.pop("uid"), "no uid"),
        (lambda d: d.update(panels=[]), "no panels"),
        (lambda d: d["templating"].update(list=[]), "'job_type' is missing"),
        (lambda d: d["templating"]["list"][0].update(type="custom"), "datasource variable"),
    ],
)
def test_malformed_dashboard_is_rejected(
    dashboard: dict[str, Any], known: set[str], mutate: Any, problem: str
) -> None:
    mutate(dashboard)
    problems = check.check_dashboard(dashboard, known)
    assert any(problem in p for p in problems), problems


def test_collapsed_row_panels_are_checked_too(dashboard: dict[str, Any], known: set[str]) -> None:
    hidden = copy.deepcopy(_first_query_panel(dashboard))
    hidden["targets"][0]["expr"] = "baton_ghost"
    row = next(p for p in dashboard["panels"] if p["type"] == "row")
    row.update(collapsed=True, panels=[hidden])
    problems = check.check_dashboard(dashboard, known)
    assert any("duplicate panel id" in p for p in problems)
    assert any("unknown metric baton_ghost" in p for p in problems)


@pytest.mark.parametrize(
    ("mutate", "problem"),
    [
        (lambda r: r["labels"].pop("severity"), "severity None"),
        (lambda r: r["labels"].update(severity="page-everyone"), "severity 'page-everyone'"),
        (lambda r: r["annotations"].pop("summary"), "no summary"),
        (lambda r: r["annotations"].pop("description"), "no description"),
        (lambda r: r["annotations"].pop("runbook_url"), "no runbook_url"),
        (lambda r: r["annotations"].update(runbook_url="https://wiki/x"), "must start with"),
        (
            lambda r: r["annotations"].update(runbook_url="docs/deploy-runbook.md#nowhere"),
            "is not a heading",
        ),
        (lambda r: r.pop("for"), "no `for:`"),
        (lambda r: r.update(expr="rate(baton_nonexistent_total[5m]) > 0"), "unknown metric"),
        (lambda r: r.pop("alert"), "neither alert nor record"),
    ],
)
def test_malformed_alert_is_rejected(known: set[str], mutate: Any, problem: str) -> None:
    doc = copy.deepcopy(RULES["alerts.yaml"])
    mutate(doc["groups"][0]["rules"][0])
    problems = check.check_rules(doc, known, ANCHORS)
    assert any(problem in p for p in problems), problems


def test_rule_file_without_groups_is_rejected(known: set[str]) -> None:
    assert check.check_rules({"groups": []}, known, ANCHORS) == ["rule file has no groups"]
    assert check.check_rules({}, known, ANCHORS) == ["rule file has no groups"]


def test_runbook_anchors_follow_github_slugs() -> None:
    markdown = "# Deploying X\n## Checks (CI and local)\n### Secrets rotation\n"
    anchors = check.runbook_anchors(markdown)
    assert anchors == {"deploying-x", "checks-ci-and-local", "secrets-rotation"}


def test_command_line_reports_problems_and_exits_nonzero(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(check, "check_repository", lambda: ["baton-fleet.json: broken"])
    assert check.main() == 1
    assert "baton-fleet.json: broken" in capsys.readouterr().err


def test_a_panel_reading_a_planned_metric_must_say_so(
    dashboard: dict[str, Any], known: set[str]
) -> None:
    _first_query_panel(dashboard)["targets"][0].update(expr="sum(baton_future_total)")
    problems = check.check_dashboard(dashboard, known, planned={"baton_future_total"})
    assert any("planned metric but its title" in p for p in problems), problems


def test_the_user_task_sla_metrics_are_exported_not_planned(known: set[str]) -> None:
    assert {
        "baton_user_task_time_to_assign_seconds_bucket",
        "baton_user_task_time_to_complete_seconds_count",
        "baton_user_task_completed_after_due_total",
        "baton_context_store_up",
        "baton_context_store_pending_writes",
    } <= known
    assert check.planned_metrics() == set()
