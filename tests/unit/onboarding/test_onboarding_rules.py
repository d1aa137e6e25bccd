"""Onboarding rules as pure functions: intake, completeness, merge, sanctions verdict, outcome."""

from typing import Any

import pytest

from config import onboarding_policy
from contracts.errors import InvalidCaseError, SanctionsHitError
from contracts.onboarding import (
    Account,
    Application,
    ComplianceReview,
    DocumentsCheck,
    DocumentsUpload,
    Risk,
    SanctionsHitReport,
    SanctionsScreening,
)
from tests.unit.onboarding.cases import company_application, hit, person_application
from workers.onboarding.rules import (
    assess_screening,
    check_documents,
    decide_outcome,
    merge_documents,
    take_in,
)


def application(**overrides: Any) -> Application:
    return Application.model_validate(person_application(**overrides))


def applicant_in(country: str) -> Application:
    payload = person_application()
    payload["applicant"] = {**payload["applicant"], "country": country}
    return Application.model_validate(payload)


@pytest.mark.parametrize(("country", "risk"), [("ES", "low"), ("TR", "medium"), ("IR", "high")])
def test_country_risk_comes_from_the_policy_lists(country: str, risk: str) -> None:
    assert take_in(applicant_in(country), onboarding_policy()).country_risk.value == risk


def test_product_documents_add_to_the_applicant_kind_documents() -> None:
    intake = take_in(application(requestedProduct="credit-card"), onboarding_policy())
    assert intake.required_documents == ["id", "proof-of-address", "proof-of-income"]


def test_check_lists_missing_kinds_in_policy_order() -> None:
    case = application(requestedProduct="credit-card", documents=[])
    intake = take_in(case, onboarding_policy())
    check = check_documents(case, intake, None)
    assert not check.complete
    assert check.missing == ["id", "proof-of-address", "proof-of-income"]
    assert check.round == 1


def test_extra_document_kinds_do_not_make_up_for_missing_ones() -> None:
    case = application(documents=[{"kind": "selfie", "name": "me.jpg"}])
    check = check_documents(case, take_in(case, onboarding_policy()), None)
    assert check.missing == ["id", "proof-of-address"]
    assert check.present == []


def test_merge_replaces_same_document_and_keeps_others() -> None:
    case = application()
    upload = DocumentsUpload.model_validate(
        {
            "uploadedDocuments": [
                {"kind": "id", "name": "passport.pdf", "text": "rescanned"},
                {"kind": "proof-of-income", "name": "payslip.pdf"},
            ]
        }
    )
    merged = merge_documents(case, upload)
    assert [(d.kind, d.text) for d in merged.documents] == [
        ("id", "rescanned"),
        ("proof-of-address", "Calle Mayor 1"),
        ("proof-of-income", ""),
    ]
    assert merge_documents(merged, upload) == merged, "merging the same upload twice is a no-op"


def screening(*hits: Any, matched: bool = False) -> SanctionsScreening:
    return SanctionsScreening(screening_id="S-1", matched=matched, hits=list(hits))


def test_near_matches_are_between_the_two_thresholds() -> None:
    result = assess_screening(
        screening(hit("A", 0.6), hit("B", 0.89), hit("C", 0.59)), onboarding_policy()
    )
    assert result.near_matches == 2


def test_score_at_the_hit_threshold_is_a_hit() -> None:
    with pytest.raises(SanctionsHitError, match="sanctions hit: Ana"):
        assess_screening(screening(hit("Ana", 0.9)), onboarding_policy())


def test_system_match_verdict_is_a_hit_even_with_low_scores() -> None:
    with pytest.raises(SanctionsHitError) as raised:
        assess_screening(screening(hit("Ana", 0.5), matched=True), onboarding_policy())
    assert raised.value.variables["sanctionsHit"]["hits"][0]["score"] == 0.5


def test_system_match_without_hits_still_explains_itself() -> None:
    with pytest.raises(SanctionsHitError, match="sanctions system reported a match"):
        assess_screening(screening(matched=True), onboarding_policy())


DONE = DocumentsCheck(complete=True, missing=[], present=["id"], round=1)
LOW = Risk(risk_level="low", score=10, reason="no risk factors")
ACCOUNT = Account(account_id="ACC-1", iban="DE01", status="active")


def test_straight_through_activation_keeps_the_dmn_risk() -> None:
    outcome = decide_outcome(
        documents=DONE, risk=LOW, sanctions_hit=None, review=None, account=ACCOUNT
    )
    assert outcome.status.value == "activated"
    assert outcome.risk_level is not None and outcome.risk_level.value == "low"
    assert outcome.reasons == ["risk low (10): no risk factors", "account ACC-1 opened (active)"]


def test_account_after_a_rejection_is_inconsistent() -> None:
    rejected = ComplianceReview(decision="rejected", reason="no")
    with pytest.raises(InvalidCaseError, match="although compliance rejected"):
        decide_outcome(
            documents=DONE, risk=LOW, sanctions_hit=None, review=rejected, account=ACCOUNT
        )


def test_sanctions_hit_makes_the_risk_high_without_a_score() -> None:
    report = SanctionsHitReport(screening_id="S", reason="sanctions hit: X", hits=[])
    outcome = decide_outcome(
        documents=DONE,
        risk=None,
        sanctions_hit=report,
        review=ComplianceReview(decision="rejected", reason="true match"),
        account=None,
    )
    assert outcome.status.value == "rejected"
    assert outcome.risk_level is not None and outcome.risk_level.value == "high"
    assert outcome.reasons[0] == "sanctions hit: X"


def test_no_path_reached_is_invalid() -> None:
    with pytest.raises(InvalidCaseError, match="cannot tell the onboarding outcome"):
        decide_outcome(documents=DONE, risk=LOW, sanctions_hit=None, review=None, account=None)


def test_company_needs_a_registration_number() -> None:
    payload = company_application()
    del payload["applicant"]["registrationNumber"]
    with pytest.raises(ValueError, match="a company needs registrationNumber"):
        Application.model_validate(payload)


def test_person_needs_a_date_of_birth() -> None:
    payload = person_application()
    del payload["applicant"]["dateOfBirth"]
    with pytest.raises(ValueError, match="a person needs dateOfBirth"):
        Application.model_validate(payload)
