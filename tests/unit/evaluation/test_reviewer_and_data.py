"""The scripted reviewer's forms, and the simulator data folder for legacy injections."""

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from evaluation.cases import ReviewerScript
from evaluation.errors import EvaluationError
from evaluation.reviewer import HAND_OVER_ANSWERS, decide, lookup
from evaluation.stack import merge_legacy_data

AGREE, DISAGREE = ReviewerScript(stance="agree"), ReviewerScript(stance="disagree")
CLAIMS_REVIEW = ("claims-adjudication", "UserTask_ReviewClaim")
BPMN_NS = {
    "bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL",
    "zeebe": "http://camunda.org/schema/zeebe/1.0",
}


def test_a_claims_handler_agreeing_submits_the_proposal() -> None:
    variables = {"proposal": {"outcome": "approved", "payout": 9000.0}}
    decision = decide(*CLAIMS_REVIEW, variables, AGREE)
    assert decision.form["reviewOutcome"] == "approved"
    assert decision.form["reviewPayout"] == 9000.0
    assert decision.agreed is True


def test_a_handler_disagreeing_with_a_referral_approves_the_covered_amount() -> None:
    variables = {
        "proposal": {"outcome": "referred", "payout": 0},
        "coverage": {"coveredAmount": 12},
    }
    decision = decide(*CLAIMS_REVIEW, variables, DISAGREE)
    assert decision.form["reviewOutcome"] == "approved"
    assert decision.form["reviewPayout"] == 12.0
    assert decision.agreed is False


def test_content_reviewers_follow_the_checks_or_go_against_them() -> None:
    findings = {"checks": {"findings": [{"severity": "critical"}]}}
    step = ("content-approval", "UserTask_Review")
    assert decide(*step, findings, AGREE).form["reviewOutcome"] == "changes-requested"
    assert decide(*step, findings, DISAGREE).form["reviewOutcome"] == "approved"
    assert decide(*step, {}, DISAGREE).form == {
        "reviewOutcome": "rejected",
        "reviewComments": "see the findings",
    }


def test_the_author_submits_the_scripted_rewrite_or_the_suggested_body() -> None:
    step = ("content-approval", "UserTask_Revise")
    script = ReviewerScript(revised_body="new copy")
    assert decide(*step, {"revisedBody": "suggested"}, script).form["revisedBody"] == "new copy"
    assert decide(*step, {"revisedBody": "suggested"}, AGREE).form["revisedBody"] == "suggested"


def test_compliance_rejects_a_sanctions_hit_when_agreeing() -> None:
    step = ("customer-onboarding", "UserTask_ComplianceReview")
    assert decide(*step, {"sanctionsHit": {}}, AGREE).form["complianceDecision"] == "rejected"
    assert decide(*step, {}, AGREE).form["complianceDecision"] == "approved"


def test_a_step_without_a_script_is_an_error() -> None:
    with pytest.raises(EvaluationError, match="no form for claims-adjudication/UserTask_X"):
        decide("claims-adjudication", "UserTask_X", {}, AGREE)


def test_lookup_follows_a_dotted_path() -> None:
    assert lookup({"routing": {"sla": "PT8H"}}, "routing.sla") == "PT8H"
    assert lookup({"routing": None}, "routing.sla") is None


def test_legacy_records_are_appended_to_a_copy_of_the_seed(tmp_path: Path) -> None:
    seed, extra, target = tmp_path / "seed", tmp_path / "extra", tmp_path / "out"
    seed.mkdir()
    extra.mkdir()
    (seed / "customers.json").write_text(json.dumps({"customers": [{"customerId": "A"}]}))
    (seed / "policies.json").write_text(json.dumps({"policies": []}))
    (extra / "customers.json").write_text(json.dumps({"customers": [{"customerId": "B"}]}))
    merge_legacy_data(target, seed, extra)
    merged = json.loads((target / "customers.json").read_text())
    assert [c["customerId"] for c in merged["customers"]] == ["A", "B"]
    assert json.loads((target / "policies.json").read_text()) == {"policies": []}
    assert json.loads((seed / "customers.json").read_text())["customers"] == [{"customerId": "A"}]


ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("step", sorted(HAND_OVER_ANSWERS))
def test_the_person_an_agentic_step_hands_over_to_answers_through_the_modelled_form(
    step: str,
) -> None:
    process, element_id = step.split("/")
    model = ET.parse(ROOT / "bpmn" / f"{process}.bpmn")
    task = model.find(f".//bpmn:userTask[@id='{element_id}']", BPMN_NS)
    assert task is not None, step
    form_ref = task.find(".//zeebe:formDefinition", BPMN_NS)
    assert form_ref is not None, step
    form = json.loads((ROOT / "bpmn" / "forms" / f"{form_ref.get('formId')}.form").read_text())
    keys = {c.get("key") for c in form["components"]}
    decision = decide(process, element_id, {}, AGREE)
    assert set(decision.form) <= keys and decision.form, step
    assert decision.agreed is None
