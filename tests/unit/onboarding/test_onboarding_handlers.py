"""Onboarding handlers called directly: variables in, variables out, errors classified."""

from typing import Any

import pytest
from pyzeebe import Job, ZeebeTaskRouter

from contracts.errors import InvalidCaseError, LegacySystemUnavailableError, SanctionsHitError
from contracts.onboarding import IdentityStatus
from tests.unit.handler_helpers import handler, make_job
from tests.unit.onboarding.cases import (
    FakeOnboardingSystems,
    company_application,
    hit,
    person_application,
)


def job(element_id: str) -> Job:
    return make_job(element_id, job_type="onboarding.test", process_id="customer-onboarding")


async def accepted(router: ZeebeTaskRouter, application: dict[str, Any]) -> dict[str, Any]:
    return await handler(router, "onboarding.accept-application")(application=application)


async def test_job_types_are_onboarding_and_unique(router: ZeebeTaskRouter) -> None:
    types = [task.type for task in router.tasks]
    assert len(types) == len(set(types)) == 17
    assert all(t.startswith("onboarding.") for t in types)


async def test_accept_sets_policy_deadlines_and_country_risk(router: ZeebeTaskRouter) -> None:
    result = await accepted(router, person_application())
    assert result["documentsDeadline"] == "P7D"
    assert result["complianceReviewSla"] == "PT8H"
    assert result["intake"] == {
        "countryRisk": "low",
        "requiredDocuments": ["id", "proof-of-address"],
    }


async def test_accept_keeps_deadlines_given_as_start_variables(router: ZeebeTaskRouter) -> None:
    result = await handler(router, "onboarding.accept-application")(
        application=person_application(), documentsDeadline="PT5S", complianceReviewSla="PT2S"
    )
    assert (result["documentsDeadline"], result["complianceReviewSla"]) == ("PT5S", "PT2S")


@pytest.mark.parametrize("bad", ["5 days", "P", 7, "PT"])
async def test_accept_rejects_a_malformed_deadline_override(
    router: ZeebeTaskRouter, bad: Any
) -> None:
    with pytest.raises(InvalidCaseError, match="variable 'documentsDeadline' is invalid"):
        await handler(router, "onboarding.accept-application")(
            application=person_application(), documentsDeadline=bad
        )


async def test_malformed_application_names_every_wrong_field(router: ZeebeTaskRouter) -> None:
    bad = person_application(requestedProduct="Current Account!")
    bad["applicant"] = {**bad["applicant"], "country": "Spain", "email": "not-an-address"}
    del bad["applicationId"]
    with pytest.raises(InvalidCaseError) as raised:
        await accepted(router, bad)
    message = str(raised.value)
    assert "application.applicationId: Field required" in message
    assert "application.applicant.country" in message
    assert "application.applicant.email" in message
    assert "application.requestedProduct" in message


async def test_missing_application_is_invalid_input(router: ZeebeTaskRouter) -> None:
    with pytest.raises(InvalidCaseError, match="variable 'application' is missing"):
        await accepted(router, None)  # type: ignore[arg-type]


async def test_unknown_product_is_invalid_input(router: ZeebeTaskRouter) -> None:
    with pytest.raises(InvalidCaseError, match="unknown product 'gold-card'"):
        await accepted(router, person_application(requestedProduct="gold-card"))


async def test_product_not_offered_to_the_applicant_kind_is_invalid(
    router: ZeebeTaskRouter,
) -> None:
    with pytest.raises(InvalidCaseError, match="business-account is not offered to a person"):
        await accepted(router, person_application(requestedProduct="business-account"))


async def test_complete_documents_pass_the_check(router: ZeebeTaskRouter) -> None:
    intake = (await accepted(router, person_application()))["intake"]
    result = await handler(router, "onboarding.check-documents")(
        application=person_application(), intake=intake
    )
    assert result["documentsCheck"] == {
        "complete": True,
        "missing": [],
        "present": ["id", "proof-of-address"],
        "round": 1,
    }


async def test_missing_documents_loop_requests_merges_and_rechecks(
    router: ZeebeTaskRouter, systems: FakeOnboardingSystems
) -> None:
    application = company_application()
    intake = (await accepted(router, application))["intake"]
    check = handler(router, "onboarding.check-documents")
    first = (await check(application=application, intake=intake))["documentsCheck"]
    assert first["complete"] is False
    assert first["missing"] == [
        "certificate-of-incorporation",
        "proof-of-address",
        "ownership-structure",
        "beneficial-owner-declaration",
    ]

    request = handler(router, "onboarding.request-documents")
    sent = await request(job("Task_RequestDocuments"), application, first)
    notice = systems.notices[sent["documentsRequestId"].removeprefix("N-")]
    assert notice.recipient == "office@nordlicht.example"
    assert "beneficial-owner-declaration" in notice.body

    upload = [
        {"kind": "certificate-of-incorporation", "name": "hrb.pdf", "text": "HRB 12345"},
        {"kind": "proof-of-address", "name": "lease.pdf"},
    ]
    merged = (
        await handler(router, "onboarding.merge-documents")(
            application=application, uploadedDocuments=upload
        )
    )["application"]
    second = (await check(application=merged, intake=intake, documentsCheck=first))[
        "documentsCheck"
    ]
    assert second["round"] == 2
    assert second["missing"] == ["ownership-structure", "beneficial-owner-declaration"]

    await request(job("Task_RequestDocuments"), merged, second)
    assert len(systems.notices) == 2, "the second round sends a second request"


async def test_request_redelivered_in_the_same_round_sends_once(
    router: ZeebeTaskRouter, systems: FakeOnboardingSystems
) -> None:
    application = company_application()
    intake = (await accepted(router, application))["intake"]
    check = (
        await handler(router, "onboarding.check-documents")(application=application, intake=intake)
    )["documentsCheck"]
    request = handler(router, "onboarding.request-documents")
    first = await request(job("Task_RequestDocuments"), application, check)
    again = await request(job("Task_RequestDocuments"), application, check)
    assert first == again
    assert len(systems.notices) == 1


async def test_request_for_complete_documents_is_invalid(router: ZeebeTaskRouter) -> None:
    complete = {"complete": True, "missing": [], "present": ["id"], "round": 1}
    with pytest.raises(InvalidCaseError, match="nothing to request"):
        await handler(router, "onboarding.request-documents")(
            job("Task_RequestDocuments"), person_application(), complete
        )


async def test_malformed_documents_check_is_invalid(router: ZeebeTaskRouter) -> None:
    with pytest.raises(InvalidCaseError, match=r"documentsCheck\.round"):
        await handler(router, "onboarding.request-documents")(
            job("Task_RequestDocuments"),
            person_application(),
            {"complete": False, "missing": ["x"], "present": [], "round": 0},
        )


@pytest.mark.parametrize(
    ("uploaded", "problem"),
    [
        (None, "variable 'uploadedDocuments' is missing"),
        ([], "uploadedDocuments: List should have at least 1 item"),
        ([{"kind": "", "name": "a.pdf"}], "uploadedDocuments[0].kind"),
        ([{"name": "a.pdf"}], "uploadedDocuments[0].kind: Field required"),
        ("passport.pdf", "uploadedDocuments: Input should be a valid list"),
    ],
)
async def test_malformed_uploaded_documents_are_invalid(
    router: ZeebeTaskRouter, uploaded: Any, problem: str
) -> None:
    with pytest.raises(InvalidCaseError) as raised:
        await handler(router, "onboarding.merge-documents")(
            application=person_application(), uploadedDocuments=uploaded
        )
    assert problem in str(raised.value)


async def test_identity_check_sends_the_applicants_identifiers(
    router: ZeebeTaskRouter, systems: FakeOnboardingSystems
) -> None:
    systems.identity_status = IdentityStatus.INCONCLUSIVE
    result = await handler(router, "onboarding.verify-identity")(application=company_application())
    assert result["identity"]["status"] == "inconclusive"
    query = systems.identity_queries[0]
    assert (query.name, query.country, query.date_of_birth) == ("Nordlicht GmbH", "DE", None)


async def test_legacy_outage_propagates_as_a_technical_error(
    router: ZeebeTaskRouter, systems: FakeOnboardingSystems
) -> None:
    systems.down = True
    with pytest.raises(LegacySystemUnavailableError):
        await handler(router, "onboarding.verify-identity")(application=person_application())


async def test_screening_counts_near_matches(
    router: ZeebeTaskRouter, systems: FakeOnboardingSystems
) -> None:
    systems.sanctions_hits = [hit("Ana Ruis", 0.7), hit("A. Ruiz-Lopez", 0.3)]
    result = await handler(router, "onboarding.screen-sanctions")(application=person_application())
    assert result["screening"]["nearMatches"] == 1
    assert [h["listedName"] for h in result["screening"]["hits"]] == ["Ana Ruis"]
    assert systems.sanctions_queries[0].country == "ES"


async def test_sanctions_hit_is_a_bpmn_error_with_the_evidence(
    router: ZeebeTaskRouter, systems: FakeOnboardingSystems
) -> None:
    systems.sanctions_hits = [hit("Ana Ruiz", 0.97)]
    with pytest.raises(SanctionsHitError) as raised:
        await handler(router, "onboarding.screen-sanctions")(application=person_application())
    assert raised.value.code == "SANCTIONS_HIT"
    report = raised.value.variables["sanctionsHit"]
    assert report["screeningId"] == "SCR-1"
    assert report["hits"][0]["list"] == "EU-CFSP"
    assert "Ana Ruiz (EU-CFSP, score 0.97)" in report["reason"]


async def test_activation_is_idempotent_per_element(
    router: ZeebeTaskRouter, systems: FakeOnboardingSystems
) -> None:
    activate = handler(router, "onboarding.activate-account")
    first = await activate(job("Task_ActivateAccount"), person_application(currency="CHF"))
    again = await activate(job("Task_ActivateAccount"), person_application(currency="CHF"))
    assert (
        first
        == again
        == {"account": {"accountId": "ACC-1", "iban": "DE00000000000000000001", "status": "active"}}
    )
    assert len(systems.accounts) == 1
    assert systems.account_orders[0].currency == "CHF"
    assert list(systems.accounts) == ["customer-onboarding:APP-1001:Task_ActivateAccount"]


async def test_welcome_letter_names_the_account(
    router: ZeebeTaskRouter, systems: FakeOnboardingSystems
) -> None:
    account = {"accountId": "ACC-9", "iban": "DE89370400440532013000", "status": "active"}
    result = await handler(router, "onboarding.send-welcome")(
        job("Task_SendWelcome"), person_application(), account
    )
    notice = systems.notices["customer-onboarding:APP-1001:Task_SendWelcome"]
    assert result == {"welcomeNotificationId": "N-customer-onboarding:APP-1001:Task_SendWelcome"}
    assert "IBAN DE89370400440532013000" in notice.body
    assert notice.recipient == "ana@example.com"


async def test_welcome_without_an_account_is_invalid(router: ZeebeTaskRouter) -> None:
    with pytest.raises(InvalidCaseError, match="variable 'account' is missing"):
        await handler(router, "onboarding.send-welcome")(
            job("Task_SendWelcome"), person_application(), None
        )


async def test_escalation_notifies_the_compliance_team_lead(
    router: ZeebeTaskRouter, systems: FakeOnboardingSystems
) -> None:
    await handler(router, "onboarding.escalate-review")(
        job("Task_EscalateReview"), person_application()
    )
    (notice,) = systems.notices.values()
    assert notice.recipient == "team-lead:compliance-officers"
    assert "APP-1001" in notice.subject


async def test_outcome_activated_after_approval_of_high_risk(router: ZeebeTaskRouter) -> None:
    result = await handler(router, "onboarding.record-outcome")(
        documentsCheck={"complete": True, "missing": [], "present": ["a"], "round": 1},
        risk={"riskLevel": "high", "score": 90, "reason": "applicant in a high-risk country"},
        complianceReview={"decision": "approved", "reason": "source of funds documented"},
        account={"accountId": "ACC-1", "iban": "DE01", "status": "active"},
    )
    onboarding = result["onboarding"]
    assert onboarding["status"] == "activated"
    assert onboarding["riskLevel"] == "high"
    assert onboarding["accountId"] == "ACC-1"
    assert any("source of funds documented" in r for r in onboarding["reasons"])


async def test_outcome_rejected_after_sanctions_hit(router: ZeebeTaskRouter) -> None:
    result = await handler(router, "onboarding.record-outcome")(
        documentsCheck={"complete": True, "missing": [], "present": ["a"], "round": 1},
        sanctionsHit={"screeningId": "S", "reason": "sanctions hit: X", "hits": []},
        complianceReview={"decision": "rejected", "reason": "confirmed list match"},
    )
    assert result["onboarding"]["status"] == "rejected"
    assert result["onboarding"]["riskLevel"] == "high"


async def test_outcome_abandoned_when_documents_never_came(router: ZeebeTaskRouter) -> None:
    result = await handler(router, "onboarding.record-outcome")(
        documentsCheck={"complete": False, "missing": ["id"], "present": [], "round": 2},
    )
    assert result["onboarding"]["status"] == "abandoned"
    assert result["onboarding"]["riskLevel"] is None


async def test_malformed_review_in_outcome_is_invalid(router: ZeebeTaskRouter) -> None:
    with pytest.raises(InvalidCaseError, match=r"complianceReview\.decision"):
        await handler(router, "onboarding.record-outcome")(
            complianceReview={"decision": "maybe", "reason": "unsure"},
        )
