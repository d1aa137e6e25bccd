"""Static checks of the shipped models: every job type has a handler, every form and decision
a BPMN links to is deployed with it, and every diagram element has a shape (DI)."""

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
BPMN_DIR = ROOT / "bpmn"
NS = {
    "bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL",
    "bpmndi": "http://www.omg.org/spec/BPMN/20100524/DI",
    "zeebe": "http://camunda.org/schema/zeebe/1.0",
    "dmn": "https://www.omg.org/spec/DMN/20191111/MODEL/",
}
PROCESS_FILES = sorted(BPMN_DIR.glob("*.bpmn"))


HANDLER_DECORATOR = re.compile(r'@handles\(\s*"([^"]+)"\s*\)')


def handled_job_types() -> set[str]:
    """Job types on ``@handles("<type>")`` decorators: the greppable contract."""
    types: list[str] = []
    for module in sorted((ROOT / "workers").glob("**/*.py")):
        types += HANDLER_DECORATOR.findall(module.read_text())
    duplicates = {t for t in types if types.count(t) > 1}
    assert not duplicates, f"job types with more than one handler: {sorted(duplicates)}"
    return set(types)


def job_types_in(path: Path) -> set[str]:
    """Job types of service tasks and of user task listeners."""
    root = ET.parse(path).getroot()
    return {td.attrib["type"] for td in root.iterfind(".//zeebe:taskDefinition", NS)} | {
        listener.attrib["type"] for listener in root.iterfind(".//zeebe:taskListener", NS)
    }


def test_models_are_shipped() -> None:
    assert "claims-adjudication.bpmn" in [p.name for p in PROCESS_FILES]


@pytest.mark.parametrize("path", PROCESS_FILES, ids=lambda p: p.stem)
def test_every_job_type_in_the_model_has_a_handler(path: Path) -> None:
    missing = job_types_in(path) - handled_job_types()
    assert not missing, f"{path.name} uses job types without a handler: {sorted(missing)}"


def test_every_handler_is_used_by_a_model() -> None:
    used = set().union(*(job_types_in(p) for p in PROCESS_FILES))
    assert handled_job_types() - used == set()


@pytest.mark.parametrize("path", PROCESS_FILES, ids=lambda p: p.stem)
def test_linked_forms_and_decisions_are_deployed_with_it(path: Path) -> None:
    root = ET.parse(path).getroot()
    form_ids = {json.loads(f.read_text())["id"] for f in (BPMN_DIR / "forms").glob("*.form")}
    decision_ids = {
        d.attrib["id"]
        for f in (BPMN_DIR / "dmn").glob("*.dmn")
        for d in ET.parse(f).getroot().iterfind("dmn:decision", NS)
    }
    linked_forms = {f.attrib["formId"] for f in root.iterfind(".//zeebe:formDefinition", NS)}
    called = {d.attrib["decisionId"] for d in root.iterfind(".//zeebe:calledDecision", NS)}
    assert linked_forms <= form_ids
    assert called <= decision_ids
    user_tasks = root.findall(".//bpmn:userTask", NS)
    assert user_tasks, "a process without human steps?"
    for task in user_tasks:
        assert task.find(".//zeebe:userTask", NS) is not None, (
            f"{task.attrib['id']} not a Camunda user task"
        )
        assert task.find(".//zeebe:formDefinition", NS) is not None, (
            f"{task.attrib['id']} has no form"
        )


@pytest.mark.parametrize("path", PROCESS_FILES, ids=lambda p: p.stem)
def test_every_flow_node_and_flow_has_diagram_layout(path: Path) -> None:
    root = ET.parse(path).getroot()
    process = root.find("bpmn:process", NS)
    assert process is not None
    elements = {el.attrib["id"] for el in process if "id" in el.attrib}
    drawn = {el.attrib["bpmnElement"] for el in root.iterfind(".//bpmndi:BPMNShape", NS)} | {
        el.attrib["bpmnElement"] for el in root.iterfind(".//bpmndi:BPMNEdge", NS)
    }
    assert elements - drawn == set()


def test_review_has_an_sla_timer_and_coverage_has_business_errors() -> None:
    root = ET.parse(BPMN_DIR / "claims-adjudication.bpmn").getroot()
    boundaries = {b.attrib["attachedToRef"]: b for b in root.iterfind(".//bpmn:boundaryEvent", NS)}
    sla = boundaries["UserTask_ReviewClaim"]
    assert sla.attrib["cancelActivity"] == "false"
    assert sla.find("bpmn:timerEventDefinition", NS) is not None
    codes = {e.attrib["errorCode"] for e in root.iterfind("bpmn:error", NS)}
    assert codes == {"POLICY_NOT_FOUND", "NOT_COVERED"}


@pytest.mark.parametrize("path", sorted((BPMN_DIR / "forms").glob("*.form")), ids=lambda p: p.stem)
def test_form_fields_have_unique_keys(path: Path) -> None:
    form = json.loads(path.read_text())
    keys = [c["key"] for c in form["components"] if "key" in c]
    assert keys and len(keys) == len(set(keys))
    assert form["executionPlatform"] == "Camunda Cloud"
