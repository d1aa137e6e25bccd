"""promtool accepts the rule files, and its rule unit tests fail when an expectation is wrong.

The promtool binary comes from scripts/install-promtool.sh (idempotent, cached outside the clone),
so a missing tool fails the run with the script's message instead of skipping the tests.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from observability import check

PROMETHEUS_DIR = check.REPO / "observability" / "prometheus"


@pytest.fixture(scope="module")
def promtool() -> Path:
    result = subprocess.run(
        ["bash", str(check.REPO / "scripts" / "install-promtool.sh")],
        capture_output=True,
        text=True,
        check=True,
        env=os.environ.copy(),
    )
    return Path(result.stdout.strip())


def _run(promtool: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(promtool), *map(str, args)], capture_output=True, text=True)


@pytest.fixture
def rules_copy(tmp_path: Path) -> Path:
    for name in ("alerts.yaml", "recording.yaml", "alerts.test.yaml"):
        shutil.copy(PROMETHEUS_DIR / name, tmp_path / name)
    return tmp_path


def test_rule_files_pass_promtool_check(promtool: Path) -> None:
    result = _run(promtool, "check", "rules", *check.RULE_FILES)
    assert result.returncode == 0, result.stdout + result.stderr


def test_rule_unit_tests_pass(promtool: Path) -> None:
    result = _run(promtool, "test", "rules", PROMETHEUS_DIR / "alerts.test.yaml")
    assert result.returncode == 0, result.stdout + result.stderr


def test_rule_unit_tests_fail_when_a_silent_alert_is_expected_to_fire(
    promtool: Path, rules_copy: Path
) -> None:
    tests_file = rules_copy / "alerts.test.yaml"
    doc = yaml.safe_load(tests_file.read_text(encoding="utf-8"))
    silent = doc["tests"][0]["alert_rule_test"][0]
    assert silent["alertname"] == "BatonGatewayUnreachable" and silent["exp_alerts"] == []
    silent["exp_alerts"] = [{"exp_labels": {"severity": "critical", "instance": "pod-b:9464"}}]
    tests_file.write_text(yaml.safe_dump(doc), encoding="utf-8")
    result = _run(promtool, "test", "rules", tests_file)
    assert result.returncode != 0
    assert "BatonGatewayUnreachable" in result.stdout + result.stderr


def test_rule_with_malformed_promql_is_rejected(promtool: Path, rules_copy: Path) -> None:
    alerts = rules_copy / "alerts.yaml"
    doc = yaml.safe_load(alerts.read_text(encoding="utf-8"))
    doc["groups"][0]["rules"][0]["expr"] = "sum by (job_type (rate(baton_jobs_failed_total[5m]))"
    alerts.write_text(yaml.safe_dump(doc), encoding="utf-8")
    result = _run(promtool, "check", "rules", alerts)
    assert result.returncode != 0
    assert '"BatonFleetDown": could not parse expression' in result.stdout + result.stderr
