"""Worker groups in the values examples name only job types the BPMN models use, so a pod
never fails at start with UnknownJobTypeError."""

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[3]
EXAMPLES = sorted((ROOT / "helm" / "baton" / "examples").glob("values-*.yaml"))
TASK_TYPE = re.compile(r'<zeebe:taskDefinition type="([^"]+)"')


def modelled_job_types() -> set[str]:
    return {
        t for path in (ROOT / "bpmn").glob("*.bpmn") for t in TASK_TYPE.findall(path.read_text())
    }


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_worker_groups_serve_modelled_job_types(example: Path) -> None:
    values = yaml.safe_load(example.read_text())
    named = {t for group in values["workerGroups"] for t in group.get("jobTypes", [])}
    assert named, f"{example.name} should show how to split job types into groups"
    assert named - modelled_job_types() == set()
