"""The research step of backoffice-escalation: the planner's turn completes its own job with an
ad-hoc result, the tools answer into ``toolResult`` with a summary line, the collected answers
reach the brief and QA as evidence, bad input is named."""

import dataclasses
from datetime import date
from typing import Any

import pytest
from pyzeebe import Job, ZeebeTaskRouter

from contracts.errors import InvalidCaseError, LegacySystemUnavailableError
from contracts.escalation import ResearchResult, Triage
from tests.unit.escalation.fakes import FakeBackOffice, routing, ticket_payload
from tests.unit.handler_helpers import handler, make_job
from workers.escalation.rules import (
    CrmContact,
    CustomerProfile,
    contact_history_answer,
    research_answers,
    research_facts,
)

BUDGET = {"maxIterations": "6", "costBudget": "20"}
TRIAGE = {
    "category": "billing",
    "priority": "high",
    "confidence": 0.9,
    "reasons": ["test"],
    "model": "test",
    "needsHumanReview": False,
}
ELEMENTS = [
    {"elementId": "Tool_ContactHistory", "properties": {"cost": "1"}},
    {"elementId": "Tool_SearchKnowledge", "properties": {"cost": "2"}},
    {"elementId": "UserTask_AskColleague", "properties": {"kind": "human"}},
]
ANSWERS = [
    {
        "id": "Tool_ContactHistory",
        "elementId": "Tool_ContactHistory",
        "result": {"summary": "2 earlier contact(s): refund promised", "contacts": []},
    },
    {
        "id": "UserTask_AskColleague",
        "elementId": "UserTask_AskColleague",
        "result": {"answer": "refund it, a billing matter"},
    },
]


def planner_job(headers: dict[str, str]) -> Job:
    job = make_job("AdHoc_Research", job_type="escalation.research")
    return dataclasses.replace(job, key=51, custom_headers=headers)


async def test_first_turn_activates_the_contact_history(
    router: ZeebeTaskRouter, office: FakeBackOffice
) -> None:
    returned = await handler(router, "escalation.research")(
        job=planner_job(BUDGET),
        ticket=ticket_payload(),
        triage=TRIAGE,
        adHocSubProcessElements=ELEMENTS,
    )
    assert returned == {}
    result = office.job_results[51]
    assert [e["elementId"] for e in result["activateElements"]] == ["Tool_ContactHistory"]
    assert result["isCompletionConditionFulfilled"] is False


async def test_research_is_done_once_every_tool_answered(
    router: ZeebeTaskRouter, office: FakeBackOffice
) -> None:
    await handler(router, "escalation.research")(
        job=planner_job(BUDGET),
        ticket=ticket_payload(),
        triage=TRIAGE,
        adHocSubProcessElements=ELEMENTS,
        toolResults=[
            {"elementId": "Tool_ContactHistory", "result": {"summary": "none"}},
            {"elementId": "Tool_SearchKnowledge", "result": {"summary": "none"}},
        ],
    )
    result = office.job_results[51]
    assert result["activateElements"] == []
    assert result["isCompletionConditionFulfilled"] is True


async def test_spent_budget_asks_a_colleague(
    router: ZeebeTaskRouter, office: FakeBackOffice
) -> None:
    await handler(router, "escalation.research")(
        job=planner_job({"maxIterations": "1", "costBudget": "20"}),
        ticket=ticket_payload(),
        triage=TRIAGE,
        adHocSubProcessElements=ELEMENTS,
        toolResults=[{"elementId": "Tool_ContactHistory", "result": {"summary": "none"}}],
    )
    [activated] = office.job_results[51]["activateElements"]
    assert activated["elementId"] == "UserTask_AskColleague"
    assert "iteration budget of 1 used up" in activated["variables"]["handOverReasons"]


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"adHocSubProcessElements": [{"properties": {}}]}, "adHocSubProcessElements"),
        ({"toolResults": [{"result": 1}]}, "toolResults"),
        ({"triage": {"category": "gossip"}}, "triage"),
        ({"job": planner_job({"maxIterations": "0", "costBudget": "20"})}, "maxIterations"),
    ],
)
async def test_malformed_research_input_is_invalid_input(
    router: ZeebeTaskRouter, changes: dict[str, Any], named: str
) -> None:
    variables: dict[str, Any] = {
        "job": planner_job(BUDGET),
        "ticket": ticket_payload(),
        "triage": TRIAGE,
        "adHocSubProcessElements": ELEMENTS,
        **changes,
    }
    with pytest.raises(InvalidCaseError, match=named):
        await handler(router, "escalation.research")(**variables)


async def test_contact_history_answers_the_crm_contacts(router: ZeebeTaskRouter) -> None:
    answer = (await handler(router, "escalation.look-up-contact-history")(ticket=ticket_payload()))[
        "toolResult"
    ]
    assert answer["summary"].startswith(f"{len(answer['contacts'])} earlier contact(s)")
    assert {"date", "channel", "subject", "outcome"} <= set(answer["contacts"][0])


async def test_contact_history_of_an_unknown_customer_says_so(router: ZeebeTaskRouter) -> None:
    answer = (
        await handler(router, "escalation.look-up-contact-history")(
            ticket=ticket_payload(customerId="CUST-404")
        )
    )["toolResult"]
    assert answer == {
        "summary": "the customer is not in the CRM: no contact history",
        "contacts": [],
    }


async def test_contact_history_during_a_crm_outage_is_a_technical_error(
    router: ZeebeTaskRouter, office: FakeBackOffice
) -> None:
    office.crm_down = True
    with pytest.raises(LegacySystemUnavailableError):
        await handler(router, "escalation.look-up-contact-history")(ticket=ticket_payload())


async def test_knowledge_search_answers_guidance_for_the_category(
    router: ZeebeTaskRouter, office: FakeBackOffice
) -> None:
    answer = (
        await handler(router, "escalation.search-knowledge")(ticket=ticket_payload(), triage=TRIAGE)
    )["toolResult"]
    assert office.queries == ["how to resolve billing tickets: Charged twice on my invoice"]
    assert answer["summary"] == "guidance: Refund policy; Refund policy"
    assert [g["source"] for g in answer["guidance"]] == ["billing-refunds#1", "billing-refunds#2"]


async def test_knowledge_search_rejects_a_malformed_ticket(router: ZeebeTaskRouter) -> None:
    with pytest.raises(InvalidCaseError, match="ticket"):
        await handler(router, "escalation.search-knowledge")(
            ticket={"ticketId": "T 1"}, triage=TRIAGE
        )


def test_research_answers_are_the_summary_or_the_colleagues_answer() -> None:
    results = [ResearchResult.model_validate(a) for a in ANSWERS]
    results.append(ResearchResult.model_validate({"elementId": "Tool_SearchKnowledge"}))
    assert research_answers(results) == [
        ("Tool_ContactHistory", "2 earlier contact(s): refund promised"),
        ("UserTask_AskColleague", "refund it, a billing matter"),
    ]


async def context_variables(router: ZeebeTaskRouter) -> dict[str, Any]:
    case = ticket_payload()
    context = (await handler(router, "escalation.gather-context")(ticket=case, triage=TRIAGE))[
        "context"
    ]
    return {"ticket": case, "triage": TRIAGE, "context": context, "routing": routing()}


async def test_qa_reads_the_research_answers_as_evidence(router: ZeebeTaskRouter) -> None:
    qa = (
        await handler(router, "escalation.qa-review")(
            job=make_job("Task_QaBeforeResolve"),
            researchResults=ANSWERS,
            **await context_variables(router),
        )
    )["qaReport"]
    category = next(row for row in qa["diff"] if row["field"] == "category")
    assert "research:UserTask_AskColleague" in category["supportedBy"]


async def test_malformed_research_results_are_invalid_input(router: ZeebeTaskRouter) -> None:
    with pytest.raises(InvalidCaseError, match="researchResults"):
        await handler(router, "escalation.summarise")(
            researchResults=[{"result": "text"}], **await context_variables(router)
        )


def test_research_facts_are_the_screened_triage_not_the_thread() -> None:
    held = Triage.model_validate({**TRIAGE, "needsHumanReview": True})
    screened = Triage.model_validate(
        {**TRIAGE, "summary": "Charged twice for [NAME_1]", "keyFacts": ["March invoice"]}
    )
    assert research_facts(held) == ["category billing, priority high"]
    assert research_facts(screened) == [
        "category billing, priority high",
        "Charged twice for [NAME_1]",
        "March invoice",
    ]


def test_contact_history_names_nobody_and_tokenises_what_the_crm_wrote() -> None:
    customer = CustomerProfile(
        customer_id="CUST-9",
        name="Greta Lindqvist",
        segment="private",
        history=[
            CrmContact(
                date=date(2026, 3, 2),
                channel="phone",
                subject="Greta Lindqvist asked about the refund, call back on +46 70 123 45 67",
                outcome="refund promised",
            )
        ],
    )
    answer = contact_history_answer(customer)
    text = str(answer)
    assert "Greta" not in text and "Lindqvist" not in text and "123 45 67" not in text
    assert "<PII:" in answer["contacts"][0]["subject"]
    assert answer["summary"].startswith("1 earlier contact(s)")
    empty = contact_history_answer(dataclasses.replace(customer, history=[]))
    assert empty == {"summary": "the customer has no earlier contacts in the CRM", "contacts": []}
