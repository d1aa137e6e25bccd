"""The escalation BPMN, DMN, forms and policy file agree with the code that serves them."""

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from clients import Segment
from config import EscalationPolicy, load_policy
from contracts.errors import CustomerNotFoundError, PolicyFileError
from contracts.escalation import Category, ExpertOutcome, TeamLeadOutcome

ROOT = Path(__file__).resolve().parents[3]
BPMN = ROOT / "bpmn" / "backoffice-escalation.bpmn"
DMN = ROOT / "bpmn" / "dmn" / "escalation-routing.dmn"
FORMS = ROOT / "bpmn" / "forms"
NS = {
    "bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL",
    "zeebe": "http://camunda.org/schema/zeebe/1.0",
    "dmn": "https://www.omg.org/spec/DMN/20191111/MODEL/",
}
ISO_DURATION = re.compile(r"^P(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?)?$")


def process() -> ET.Element:
    return ET.parse(BPMN).getroot()


def form_keys(form_id: str) -> dict[str, list[str]]:
    form = json.loads((FORMS / f"{form_id}.form").read_text())
    return {
        c["key"]: [v["value"] for v in c.get("values", [])]
        for c in form["components"]
        if "key" in c
    }


def test_sla_timer_on_the_expert_task_is_interrupting() -> None:
    boundaries = {
        b.attrib["attachedToRef"]: b for b in process().iterfind(".//bpmn:boundaryEvent", NS)
    }
    sla = boundaries["UserTask_ResolveTicket"]
    assert sla.attrib.get("cancelActivity", "true") == "true"
    duration = sla.find("bpmn:timerEventDefinition/bpmn:timeDuration", NS)
    assert duration is not None and duration.text == "=routing.sla"


def test_the_only_bpmn_error_is_the_crm_clients_customer_not_found() -> None:
    codes = {e.attrib["errorCode"] for e in process().iterfind("bpmn:error", NS)}
    assert codes == {CustomerNotFoundError.code}


def test_expert_form_offers_exactly_the_outcomes_and_categories_the_code_knows() -> None:
    keys = form_keys("escalation-resolve")
    assert set(keys["expertOutcome"]) == {o.value for o in ExpertOutcome}
    assert set(keys["reassignCategory"]) == {c.value for c in Category}
    mapping = process().find(".//bpmn:userTask[@id='UserTask_ResolveTicket']//zeebe:output", NS)
    assert mapping is not None
    assert all(key in mapping.attrib["source"] for key in keys)


def test_team_lead_form_offers_the_team_lead_outcomes() -> None:
    keys = form_keys("escalation-team-lead")
    assert set(keys["teamLeadOutcome"]) == {o.value for o in TeamLeadOutcome}
    mapping = process().find(".//bpmn:userTask[@id='UserTask_TeamLead']//zeebe:output", NS)
    assert mapping is not None
    assert all(key in mapping.attrib["source"] for key in keys)


def dmn_rules() -> list[tuple[list[str], list[str]]]:
    root = ET.parse(DMN).getroot()
    return [
        (
            [e.findtext("dmn:text", "", NS) for e in rule.iterfind("dmn:inputEntry", NS)],
            [e.findtext("dmn:text", "", NS) for e in rule.iterfind("dmn:outputEntry", NS)],
        )
        for rule in root.iterfind(".//dmn:rule", NS)
    ]


def test_routing_has_a_rule_for_every_category_and_a_catch_all_last() -> None:
    rules = dmn_rules()
    routed = {inputs[0].strip('"') for inputs, _ in rules}
    assert {c.value for c in Category} <= routed
    assert rules[-1][0] == ["-", "-", "-"]


def test_routing_slas_are_iso_durations_and_priorities_in_range() -> None:
    for _, (group, sla, priority) in dmn_rules():
        assert group.startswith('"') and group.endswith('"')
        assert ISO_DURATION.match(sla.strip('"')), sla
        assert 0 <= int(priority) <= 100


def test_routing_segments_are_crm_segments() -> None:
    segments = {
        value.strip('"')
        for inputs, _ in dmn_rules()
        for value in inputs[2].split(",")
        if value != "-"
    }
    assert segments and segments <= {s.value for s in Segment}


def test_malformed_policy_file_names_the_wrong_field(tmp_path: Path) -> None:
    text = (ROOT / "config" / "policies" / "escalation.yaml").read_text()
    broken = tmp_path / "escalation.yaml"
    broken.write_text(text.replace("maxReassignments: 2", "maxReassignments: -1"))
    with pytest.raises(PolicyFileError, match=r"reassignment\.maxReassignments"):
        load_policy(EscalationPolicy, broken)


def test_policy_with_an_unknown_category_is_refused(tmp_path: Path) -> None:
    text = (ROOT / "config" / "policies" / "escalation.yaml").read_text()
    broken = tmp_path / "escalation.yaml"
    broken.write_text(text.replace("    billing: [", "    astrology: [star, "))
    with pytest.raises(PolicyFileError, match="astrology"):
        load_policy(EscalationPolicy, broken)


def test_policy_with_an_empty_keyword_list_is_refused(tmp_path: Path) -> None:
    text = (ROOT / "config" / "policies" / "escalation.yaml").read_text()
    broken = tmp_path / "escalation.yaml"
    lines = [
        "    compliance: []" if line.startswith("    compliance:") else line
        for line in text.splitlines()
    ]
    broken.write_text("\n".join(lines))
    with pytest.raises(PolicyFileError, match="categories without keywords: compliance"):
        load_policy(EscalationPolicy, broken)
