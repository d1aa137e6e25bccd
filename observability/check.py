"""Structural checks of the Grafana dashboard and Prometheus rules that promtool cannot do.

promtool proves the rules parse and fire; this module proves dashboard and rules only query
metrics the code exports (or that are declared planned), and carry what operators rely on:
unique panel ids, a templated datasource, severity, summary and a runbook link that resolves.

Run as ``python -m observability.check``; exits 1 and prints one line per problem.
"""

from __future__ import annotations

import ast
import json
import re
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
DASHBOARD = REPO / "observability" / "grafana" / "baton-fleet.json"
RULE_FILES = (
    REPO / "observability" / "prometheus" / "alerts.yaml",
    REPO / "observability" / "prometheus" / "recording.yaml",
)
METRIC_SOURCES = (REPO / "workers", REPO / "agents")
RUNBOOK = REPO / "docs" / "deploy-runbook.md"
RUNBOOK_PREFIX = "docs/deploy-runbook.md#"

MIN_SCHEMA_VERSION = 39
DATASOURCE = {"type": "prometheus", "uid": "${datasource}"}
REQUIRED_VARIABLES = ("datasource", "job_type", "process")
SEVERITIES = frozenset({"critical", "warning", "info"})
GRAFANA_BUILTINS = frozenset({"__rate_interval", "__interval", "__range", "__range_s"})

# Metrics the dashboard and alerts may query before the code exports them; a panel reading one
# must say "planned" in its title. None today: the user-task SLA histograms are exported.
PLANNED_METRICS: Mapping[str, str] = {}

_METRIC_CLASSES = frozenset({"Counter", "Gauge", "Histogram", "Summary"})
_BATON_NAME = re.compile(r"\bbaton[_:][A-Za-z0-9_:]*")
_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|`[^`]*`')
_VARIABLE = re.compile(r"\$(?:\{(\w+)(?::\w+)?\}|(\w+))")


def series_names(name: str, kind: str) -> set[str]:
    """The series prometheus_client exposes for one metric (counters gain ``_total``)."""
    if kind == "Counter":
        base = name.removesuffix("_total")
        return {f"{base}_total", f"{base}_created"}
    if kind == "Histogram":
        return {f"{name}_bucket", f"{name}_sum", f"{name}_count", f"{name}_created"}
    if kind == "Summary":
        return {name, f"{name}_sum", f"{name}_count", f"{name}_created"}
    return {name}


def code_metrics(roots: Iterable[Path] = METRIC_SOURCES) -> set[str]:
    """Every ``baton_*`` series defined with a prometheus_client class under ``roots``."""
    found: set[str] = set()
    for root in roots:
        for path in sorted(root.rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                func = node.func
                kind = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
                first = node.args[0]
                if (
                    kind in _METRIC_CLASSES
                    and isinstance(first, ast.Constant)
                    and isinstance(first.value, str)
                    and first.value.startswith("baton_")
                ):
                    found |= series_names(first.value, kind)
    return found


def planned_metrics() -> set[str]:
    return {s for name, kind in PLANNED_METRICS.items() for s in series_names(name, kind)}


def referenced_metrics(expr: str) -> set[str]:
    """``baton_*`` and ``baton:*`` names an expression reads (quoted label values ignored)."""
    return set(_BATON_NAME.findall(_QUOTED.sub('""', expr)))


def recorded_metrics(rule_docs: Iterable[Mapping[str, Any]]) -> set[str]:
    return {
        str(rule["record"])
        for doc in rule_docs
        for group in doc.get("groups") or []
        for rule in group.get("rules") or []
        if isinstance(rule, Mapping) and "record" in rule
    }


def runbook_anchors(markdown: str) -> set[str]:
    """GitHub-style anchors of the markdown headings."""
    anchors = set()
    for line in markdown.splitlines():
        match = re.match(r"#{1,6}\s+(.*)", line)
        if match:
            slug = re.sub(r"[^\w\- ]", "", match.group(1).strip().lower()).replace(" ", "-")
            anchors.add(slug)
    return anchors


def _panels(dashboard: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    panels: list[Mapping[str, Any]] = []
    for panel in dashboard.get("panels") or []:
        panels.append(panel)
        panels.extend(panel.get("panels") or [])  # collapsed rows hold their panels
    return panels


def check_dashboard(
    dashboard: Mapping[str, Any], known: set[str], planned: set[str] | None = None
) -> list[str]:
    """Problems with a Grafana dashboard model; empty when it is sound."""
    planned = planned_metrics() if planned is None else planned
    problems: list[str] = []
    schema = dashboard.get("schemaVersion")
    if not isinstance(schema, int) or schema < MIN_SCHEMA_VERSION:
        problems.append(f"schemaVersion is {schema!r}, want an integer >= {MIN_SCHEMA_VERSION}")
    for key in ("uid", "title"):
        if not dashboard.get(key):
            problems.append(f"dashboard has no {key}")
    variables = {v.get("name"): v for v in (dashboard.get("templating") or {}).get("list") or []}
    for name in REQUIRED_VARIABLES:
        if name not in variables:
            problems.append(f"template variable {name!r} is missing")
    datasource_var = variables.get("datasource")
    if datasource_var is not None and (
        datasource_var.get("type") != "datasource" or datasource_var.get("query") != "prometheus"
    ):
        problems.append("template variable 'datasource' must be a prometheus datasource variable")

    panels = _panels(dashboard)
    if not panels:
        problems.append("dashboard has no panels")
    seen_ids: set[Any] = set()
    for panel in panels:
        pid = panel.get("id")
        where = f"panel {pid} {panel.get('title')!r}"
        if not isinstance(pid, int):
            problems.append(f"{where}: id must be an integer")
        elif pid in seen_ids:
            problems.append(f"{where}: duplicate panel id {pid}")
        seen_ids.add(pid)
        if not panel.get("title"):
            problems.append(f"{where}: no title")
        if not isinstance(panel.get("gridPos"), Mapping):
            problems.append(f"{where}: no gridPos")
        if panel.get("type") == "row":
            continue
        if panel.get("datasource") != DATASOURCE:
            problems.append(f"{where}: datasource must be {DATASOURCE}")
        targets = panel.get("targets") or []
        if not targets:
            problems.append(f"{where}: no targets")
        ref_ids = [t.get("refId") for t in targets]
        if len(set(ref_ids)) != len(ref_ids) or not all(ref_ids):
            problems.append(f"{where}: targets need distinct refIds")
        for target in targets:
            expr = target.get("expr")
            if not isinstance(expr, str) or not expr.strip():
                problems.append(f"{where}: target {target.get('refId')} has no expr")
                continue
            if target.get("datasource", DATASOURCE) != DATASOURCE:
                problems.append(f"{where}: target {target.get('refId')} has another datasource")
            for name in sorted(referenced_metrics(expr) - known - planned):
                problems.append(f"{where}: unknown metric {name}")
            if referenced_metrics(expr) & planned and "planned" not in str(panel["title"]).lower():
                problems.append(f"{where}: reads a planned metric but its title does not say so")
            for braced, bare in _VARIABLE.findall(expr):
                var = braced or bare
                if var not in variables and var not in GRAFANA_BUILTINS:
                    problems.append(f"{where}: undefined variable ${var}")
    return problems


def check_rules(
    doc: Mapping[str, Any],
    known: set[str],
    anchors: set[str],
    planned: set[str] | None = None,
) -> list[str]:
    """Problems with one Prometheus rule file beyond what promtool checks."""
    planned = planned_metrics() if planned is None else planned
    problems: list[str] = []
    groups = doc.get("groups")
    if not isinstance(groups, list) or not groups:
        return ["rule file has no groups"]
    for group in groups:
        for rule in group.get("rules") or []:
            name = rule.get("alert") or rule.get("record")
            where = f"rule {name!r} in group {group.get('name')!r}"
            if not name:
                problems.append(f"{where}: neither alert nor record")
                continue
            for metric in sorted(referenced_metrics(str(rule.get("expr", ""))) - known - planned):
                problems.append(f"{where}: unknown metric {metric}")
            if "alert" not in rule:
                continue
            if not rule.get("for"):
                problems.append(f"{where}: no `for:` (one bad scrape would page)")
            severity = (rule.get("labels") or {}).get("severity")
            if severity not in SEVERITIES:
                problems.append(f"{where}: severity {severity!r} not in {sorted(SEVERITIES)}")
            annotations = rule.get("annotations") or {}
            for key in ("summary", "description", "runbook_url"):
                if not annotations.get(key):
                    problems.append(f"{where}: no {key} annotation")
            url = str(annotations.get("runbook_url", ""))
            if url and not url.startswith(RUNBOOK_PREFIX):
                problems.append(f"{where}: runbook_url must start with {RUNBOOK_PREFIX}")
            elif url and url.removeprefix(RUNBOOK_PREFIX) not in anchors:
                problems.append(f"{where}: runbook anchor {url} is not a heading of the runbook")
    return problems


def check_repository() -> list[str]:
    rule_docs = [yaml.safe_load(path.read_text(encoding="utf-8")) for path in RULE_FILES]
    known = code_metrics() | recorded_metrics(rule_docs)
    anchors = runbook_anchors(RUNBOOK.read_text(encoding="utf-8"))
    problems = [
        f"{DASHBOARD.name}: {p}"
        for p in check_dashboard(json.loads(DASHBOARD.read_text(encoding="utf-8")), known)
    ]
    for path, doc in zip(RULE_FILES, rule_docs, strict=True):
        problems += [f"{path.name}: {p}" for p in check_rules(doc, known, anchors)]
    return problems


def main() -> int:
    problems = check_repository()
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    print(f"observability-check: {DASHBOARD.name} and {len(RULE_FILES)} rule files are sound")
    return 0


if __name__ == "__main__":
    sys.exit(main())
