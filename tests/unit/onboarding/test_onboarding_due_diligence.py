"""Enhanced due diligence in customer-onboarding: the planner's turn completes its own job with an
ad-hoc result, each tool answers ``toolResult`` with a summary line and no applicant name, the
collected answers reach QA as external evidence, bad input is named."""

import dataclasses
from typing import Any

import pytest
from pyzeebe import Job, ZeebeTaskRouter

from agents import Evidence
from contracts.common import Citation
from contracts.errors import InvalidCaseError, LegacySystemUnavailableError
from contracts.onboarding import DueDiligenceResult
from guardrails.injection_model import InjectionModel
from tests.unit.handler_helpers import handler, make_job
from tests.unit.onboarding.cases import FakeOnboardingSystems, hit, person_application
from workers.onboarding.handlers import due_diligence_evidence
from workers.onboarding.rules import KnownCustomer, citations_summary, relationship_summary

BUDGET = {"maxIterations": "4", "costBudget": "8"}
INTAKE = {"countryRisk": "high", "requiredDocuments": ["id", "proof-of-address"]}
RISK = {"riskLevel": "high", "score": 90, "reason": "applicant in a high-risk country"}
ELEMENTS = [
    {"elementId": "Tool_ExistingRelationship", "properties": {"cost": "1"}},
    {"elementId": "Tool_RescreenParties", "properties": {"cost": "2"}},
    {"elementId": "Tool_SearchEddGuidance", "properties": {"cost": "2"}},
    {"elementId": "UserTask_AskAnalyst", "properties": {"kind": "human"}},
]
PARTIES = [{"name": "Boris Petrov", "role": "director", "country": "CY"}]


def planner_job(headers: dict[str, str]) -> Job:
    job = make_job("AdHoc_DueDiligence", job_type="onboarding.due-diligence")
    return dataclasses.replace(job, key=61, custom_headers=headers)


async def plan(router: ZeebeTaskRouter, **changes: Any) -> None:
    variables: dict[str, Any] = {
        "job": planner_job(BUDGET),
        "application": person_application(),
        "intake": INTAKE,
        "risk": RISK,
        "adHocSubProcessElements": ELEMENTS,
        **changes,
    }
    assert await handler(router, "onboarding.due-diligence")(**variables) == {}


async def test_first_turn_activates_the_relationship_look_up(
    router: ZeebeTaskRouter, systems: FakeOnboardingSystems
) -> None:
    await plan(router)
    result = systems.job_results[61]
    assert [e["elementId"] for e in result["activateElements"]] == ["Tool_ExistingRelationship"]
    assert result["isCompletionConditionFulfilled"] is False


async def test_due_diligence_is_done_once_every_tool_answered(
    router: ZeebeTaskRouter, systems: FakeOnboardingSystems
) -> None:
    answered = [{"elementId": e["elementId"], "result": {"summary": "none"}} for e in ELEMENTS[:3]]
    await plan(router, toolResults=answered)
    result = systems.job_results[61]
    assert result["activateElements"] == []
    assert result["isCompletionConditionFulfilled"] is True


async def test_spent_budget_asks_a_compliance_analyst(
    router: ZeebeTaskRouter, systems: FakeOnboardingSystems
) -> None:
    await plan(
        router,
        job=planner_job({"maxIterations": "1", "costBudget": "8"}),
        toolResults=[{"elementId": "Tool_ExistingRelationship", "result": {"summary": "none"}}],
    )
    [activated] = systems.job_results[61]["activateElements"]
    assert activated["elementId"] == "UserTask_AskAnalyst"
    assert "iteration budget of 1 used up" in activated["variables"]["handOverReasons"]


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"adHocSubProcessElements": [{"properties": {}}]}, "adHocSubProcessElements"),
        ({"toolResults": [{"result": 1}]}, "toolResults"),
        ({"risk": {"riskLevel": "extreme", "score": 90}}, "risk.riskLevel"),
        ({"risk": None}, "variable 'risk' is missing"),
        ({"job": planner_job({"maxIterations": "0", "costBudget": "8"})}, "maxIterations"),
    ],
)
async def test_malformed_due_diligence_input_is_invalid_input(
    router: ZeebeTaskRouter, changes: dict[str, Any], named: str
) -> None:
    with pytest.raises(InvalidCaseError, match=named):
        await plan(router, **changes)


async def test_relationship_names_the_known_crm_customer_and_opened_accounts(
    router: ZeebeTaskRouter, systems: FakeOnboardingSystems
) -> None:
    systems.customers["CUST-1001"] = KnownCustomer("CUST-1001", "private", 3)
    answer = (
        await handler(router, "onboarding.look-up-relationship")(
            application=person_application(customerId="CUST-1001")
        )
    )["toolResult"]
    assert answer == {
        "summary": "existing customer CUST-1001 in the private segment with 3 earlier "
        "contacts; 0 accounts held in core banking",
        "customerId": "CUST-1001",
        "segment": "private",
        "accountsOpened": 0,
    }


async def test_relationship_without_a_customer_id_says_none(router: ZeebeTaskRouter) -> None:
    answer = (
        await handler(router, "onboarding.look-up-relationship")(application=person_application())
    )["toolResult"]
    assert answer["summary"] == "not an existing customer; 0 accounts held in core banking"
    assert answer["customerId"] is None


async def test_relationship_during_a_crm_outage_is_a_technical_error(
    router: ZeebeTaskRouter, systems: FakeOnboardingSystems
) -> None:
    systems.down = True
    with pytest.raises(LegacySystemUnavailableError):
        await handler(router, "onboarding.look-up-relationship")(
            application=person_application(customerId="CUST-1001")
        )


async def test_rescreen_covers_every_party_without_filters_and_keeps_names_out(
    router: ZeebeTaskRouter, systems: FakeOnboardingSystems
) -> None:
    systems.sanctions_hits = [hit("Boris Petrov", 0.81)]
    answer = (
        await handler(router, "onboarding.rescreen-parties")(
            application=person_application(relatedParties=PARTIES)
        )
    )["toolResult"]
    assert [(q.name, q.country, q.date_of_birth) for q in systems.sanctions_queries] == [
        ("Ana Ruiz", None, None),
        ("Boris Petrov", None, None),
    ]
    assert [p["party"] for p in answer["parties"]] == ["applicant", "director 1"]
    assert "director 1: 1 near-match(es), best score 0.81" in answer["summary"]
    assert "Boris Petrov" not in str(answer) and "Ana Ruiz" not in str(answer)


@pytest.mark.parametrize(
    ("parties", "named"),
    [
        ([{"role": "director"}], r"relatedParties\[0\]\.name: Field required"),
        ([{"name": "Boris Petrov", "role": "Director!"}], r"relatedParties\[0\]\.role"),
        ("Boris Petrov", "relatedParties"),
    ],
)
async def test_malformed_related_parties_are_invalid_input(
    router: ZeebeTaskRouter, parties: Any, named: str
) -> None:
    with pytest.raises(InvalidCaseError, match=named):
        await handler(router, "onboarding.rescreen-parties")(
            application=person_application(relatedParties=parties)
        )


async def test_guidance_search_asks_for_the_risk_reason_and_cites(
    router: ZeebeTaskRouter, systems: FakeOnboardingSystems
) -> None:
    systems.guidance = [
        Citation(source="pep-and-adverse-media#1", title="PEP and adverse media", excerpt="...")
    ]
    answer = (
        await handler(router, "onboarding.search-edd-guidance")(
            application=person_application(), risk=RISK
        )
    )["toolResult"]
    assert systems.guidance_queries == [
        "enhanced due diligence for a person applicant (current-account): "
        "applicant in a high-risk country"
    ]
    assert answer["summary"] == "1 guidance passage(s) found in the knowledge base"
    assert answer["guidance"][0]["source"] == "pep-and-adverse-media#1"


async def test_guidance_search_with_a_malformed_risk_is_invalid_input(
    router: ZeebeTaskRouter,
) -> None:
    with pytest.raises(InvalidCaseError, match=r"risk\.score"):
        await handler(router, "onboarding.search-edd-guidance")(
            application=person_application(), risk={"riskLevel": "high", "score": 900}
        )


def test_due_diligence_answers_are_external_evidence_for_qa() -> None:
    results = [
        DueDiligenceResult.model_validate(
            {"elementId": "Tool_RescreenParties", "summary": "director 1: no near-match"}
        ),
        DueDiligenceResult.model_validate(
            {"elementId": "UserTask_AskAnalyst", "result": {"answer": "funds   ok"}}
        ),
        DueDiligenceResult.model_validate({"elementId": "Tool_SearchEddGuidance"}),
    ]
    assert due_diligence_evidence(results) == [
        Evidence(
            source="due-diligence:Tool_RescreenParties",
            text="director 1: no near-match",
            external=True,
        ),
        Evidence(source="due-diligence:UserTask_AskAnalyst", text="funds ok", external=True),
    ]


async def test_qa_reviews_a_case_with_due_diligence_results(router: ZeebeTaskRouter) -> None:
    report = (
        await handler(router, "onboarding.qa-review")(
            application=person_application(),
            intake=INTAKE,
            risk=RISK,
            dueDiligenceResults=[{"elementId": "Tool_RescreenParties", "summary": "none"}],
        )
    )["qaReport"]
    assert "riskLevel" in [row["field"] for row in report["diff"]]


async def test_qa_with_malformed_due_diligence_results_is_invalid_input(
    router: ZeebeTaskRouter,
) -> None:
    with pytest.raises(InvalidCaseError, match="dueDiligenceResults"):
        await handler(router, "onboarding.qa-review")(
            application=person_application(),
            intake=INTAKE,
            dueDiligenceResults=[{"summary": "no element"}],
        )


@pytest.mark.parametrize(
    "summary",
    [
        relationship_summary(KnownCustomer("CUST-1001", "retail", 2), 0),
        relationship_summary(None, 1),
        citations_summary(0),
        citations_summary(3),
    ],
)
def test_tool_summaries_read_as_benign_to_the_planners_injection_classifier(
    summary: str,
) -> None:
    """The planner screens tool answers: Baton's own wording must not hand every case over."""
    assert InjectionModel.trained().assess(summary) is None
