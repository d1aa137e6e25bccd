"""Worker groups in the values examples name only job types the BPMN models use, so a pod
never fails at start with UnknownJobTypeError, and together they serve every job type the
models use, so no job waits for a worker that is never deployed."""

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


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_worker_groups_together_serve_every_modelled_job_type(example: Path) -> None:
    groups = yaml.safe_load(example.read_text())["workerGroups"]
    catch_all = any(not group.get("jobTypes") for group in groups)
    served = {t for group in groups for t in group.get("jobTypes", [])}
    assert catch_all or modelled_job_types() - served == set()
