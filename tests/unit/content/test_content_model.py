"""Static checks of bpmn/content-approval.bpmn against its handlers, forms and error classes
(the engine itself cannot run here, so what it would reject at deploy or run time is checked)."""

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from contracts.errors import RevisionLimitError
from tests.unit.content.content_cases import FakeContentSystems
from workers.content.handlers import build_router

ROOT = Path(__file__).resolve().parents[3]
MODEL = ROOT / "bpmn" / "content-approval.bpmn"
FORMS = ROOT / "bpmn" / "forms"
NS = {
    "bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL",
    "zeebe": "http://camunda.org/schema/zeebe/1.0",
}


def model() -> ET.Element:
    return ET.parse(MODEL).getroot()


def form_keys(form_id: str) -> set[str]:
    form = json.loads((FORMS / f"{form_id}.form").read_text())
    return {c["key"] for c in form["components"] if "key" in c}


def test_model_job_types_are_exactly_the_content_handlers() -> None:
    in_model = {td.attrib["type"] for td in model().iterfind(".//zeebe:taskDefinition", NS)}
    router = build_router(FakeContentSystems().dependencies())
    assert in_model == {task.type for task in router.tasks}


def test_review_is_a_parallel_multi_instance_over_the_dmn_reviewers() -> None:
    review = model().find(".//bpmn:userTask[@id='UserTask_Review']", NS)
    assert review is not None
    loop = review.find("bpmn:multiInstanceLoopCharacteristics", NS)
    assert loop is not None and loop.attrib.get("isSequential", "false") == "false"
    chars = loop.find(".//zeebe:loopCharacteristics", NS)
    assert chars is not None
    assert chars.attrib["inputCollection"] == "=distinct values(reviewers)"
    assert chars.attrib["outputCollection"] == "reviews"
    output = chars.attrib["outputElement"]
    assert {"reviewOutcome", "reviewComments"} <= set(re.findall(r"\b\w+\b", output))
    assert {"reviewOutcome", "reviewComments"} == form_keys("content-review")
    groups = review.find(".//zeebe:assignmentDefinition", NS)
    assert groups is not None and "reviewer" in groups.attrib["candidateGroups"]
    rule = model().find(".//bpmn:businessRuleTask/bpmn:extensionElements/zeebe:calledDecision", NS)
    assert rule is not None and rule.attrib["resultVariable"] == "reviewers"


def test_review_sla_is_a_non_interrupting_timer() -> None:
    boundaries = {b.attrib["id"]: b for b in model().iterfind(".//bpmn:boundaryEvent", NS)}
    sla = boundaries["Boundary_ReviewSla"]
    assert sla.attrib["attachedToRef"] == "UserTask_Review"
    assert sla.attrib["cancelActivity"] == "false"
    duration = sla.find(".//bpmn:timeDuration", NS)
    assert duration is not None and duration.text == "=reviewSla"


def test_revision_limit_error_code_matches_the_handler() -> None:
    codes = {e.attrib["id"]: e.attrib["errorCode"] for e in model().iterfind("bpmn:error", NS)}
    assert codes == {"Error_RevisionLimit": RevisionLimitError.code}
    boundary = model().find(".//bpmn:boundaryEvent[@id='Boundary_RevisionLimit']", NS)
    assert boundary is not None and boundary.attrib["attachedToRef"] == "Task_TallyReviews"


def test_user_task_outputs_read_the_fields_their_forms_submit() -> None:
    for task in model().iterfind(".//bpmn:userTask", NS):
        form = task.find(".//zeebe:formDefinition", NS)
        assert form is not None
        keys = form_keys(form.attrib["formId"])
        for output in task.iterfind(".//zeebe:output", NS):
            read = set(re.findall(r"(?<![\w.\"])([a-z]\w*)\s*(?=[,}]| =)", output.attrib["source"]))
            assert read, output.attrib["source"]
            assert read <= keys, (task.attrib["id"], read - keys)
