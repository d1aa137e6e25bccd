"""Static checks of bpmn/customer-onboarding.bpmn beyond the shared consistency checks."""

import json
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
MODEL = ROOT / "bpmn" / "customer-onboarding.bpmn"
NS = {
    "bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL",
    "zeebe": "http://camunda.org/schema/zeebe/1.0",
}
ROOT_EL = ET.parse(MODEL).getroot()


def element(element_id: str) -> ET.Element:
    found = ROOT_EL.find(f".//*[@id='{element_id}']")
    assert found is not None, element_id
    return found


def targets_of(source: str) -> set[str]:
    return {
        f.attrib["targetRef"]
        for f in ROOT_EL.iterfind(".//bpmn:sequenceFlow", NS)
        if f.attrib["sourceRef"] == source
    }


def test_documents_wait_for_the_upload_message_or_the_deadline() -> None:
    waiting = element("Gateway_AwaitDocuments")
    assert waiting.tag.endswith("eventBasedGateway")
    assert targets_of("Gateway_AwaitDocuments") == {
        "Catch_DocumentsUploaded",
        "Catch_DocumentsDeadline",
    }
    message = element("Message_DocumentsUploaded")
    assert message.attrib["name"] == "onboarding-documents-uploaded"
    subscription = message.find(".//zeebe:subscription", NS)
    assert subscription is not None
    assert subscription.attrib["correlationKey"] == "=application.applicationId"
    deadline = element("Catch_DocumentsDeadline").find(".//bpmn:timeDuration", NS)
    assert deadline is not None and deadline.text == "=documentsDeadline"


def test_uploaded_documents_loop_back_to_the_check() -> None:
    assert targets_of("Catch_DocumentsUploaded") == {"Task_MergeDocuments"}
    assert targets_of("Task_MergeDocuments") == {"Gateway_MergeDocumentsCheck"}
    assert targets_of("Gateway_MergeDocumentsCheck") == {"Task_CheckDocuments"}


def test_sanctions_hit_is_caught_and_routed_to_compliance_review() -> None:
    (error,) = ROOT_EL.iterfind("bpmn:error", NS)
    assert error.attrib["errorCode"] == "SANCTIONS_HIT"
    boundary = element("Boundary_SanctionsHit")
    assert boundary.attrib["attachedToRef"] == "Task_ScreenSanctions"
    assert targets_of("Boundary_SanctionsHit") == {"Gateway_MergeReview"}
    assert targets_of("Gateway_MergeReview") == {"Gateway_DueDiligenceNeeded"}
    assert targets_of("Gateway_MergeDueDiligence") == {"Task_QAReview"}
    assert targets_of("Task_QAReview") == {"UserTask_ComplianceReview"}


def test_agent_steps_sit_where_their_inputs_are_set() -> None:
    assert targets_of("Task_AcceptApplication") == {"Task_IntakeAgent"}
    assert targets_of("Task_IntakeAgent") == {"Gateway_MergeDocumentsCheck"}
    assert targets_of("Task_RecordOutcome") == {"Task_Report"}
    assert targets_of("Task_Report") == {"Gateway_OutcomeStatus"}


def test_a_held_intake_sends_the_case_to_compliance_review() -> None:
    condition = element("Flow_ReviewNeeded").find("bpmn:conditionExpression", NS)
    assert condition is not None and condition.text is not None
    assert "intakeTriage.needsHumanReview = true" in condition.text


def test_compliance_review_has_a_non_interrupting_sla() -> None:
    sla = element("Boundary_ReviewSla")
    assert sla.attrib["attachedToRef"] == "UserTask_ComplianceReview"
    assert sla.attrib["cancelActivity"] == "false"
    duration = sla.find(".//bpmn:timeDuration", NS)
    assert duration is not None and duration.text == "=complianceReviewSla"


def test_review_form_submits_what_the_output_mapping_reads() -> None:
    form = json.loads((ROOT / "bpmn" / "forms" / "onboarding-compliance-review.form").read_text())
    keys = {c["key"] for c in form["components"] if "key" in c}
    output = element("UserTask_ComplianceReview").find(".//zeebe:output", NS)
    assert output is not None
    assert output.attrib["target"] == "complianceReview"
    assert keys == {"complianceDecision", "complianceReason"}
    assert all(key in output.attrib["source"] for key in keys)


def test_risk_is_scored_by_the_dmn_table() -> None:
    called = element("Task_ScoreRisk").find(".//zeebe:calledDecision", NS)
    assert called is not None
    assert called.attrib == {"decisionId": "onboarding-risk", "resultVariable": "risk"}


def test_every_outcome_has_its_own_end_event() -> None:
    assert targets_of("Gateway_OutcomeStatus") == {"End_Activated", "End_Rejected", "End_Abandoned"}
    assert targets_of("Catch_DocumentsDeadline") == {"Gateway_MergeOutcome"}
