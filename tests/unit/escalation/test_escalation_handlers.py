"""Escalation handlers called directly with in-memory fakes: variables in, variables out."""

import re
from typing import Any

import pytest
from pyzeebe import Job, ZeebeTaskRouter

from contracts.errors import CustomerNotFoundError, InvalidCaseError, LegacySystemUnavailableError
from tests.unit.escalation.fakes import FakeBackOffice, routing, ticket_payload
from tests.unit.handler_helpers import handler, make_job
from workers.escalation.handlers import PROCESS_ID


def job(element_id: str = "Task_CloseTicket") -> Job:
    return make_job(element_id, job_type="escalation.close-ticket", process_id=PROCESS_ID)


def triage_vars(category: str = "billing") -> dict[str, Any]:
    return {
        "category": category,
        "priority": "normal",
        "confidence": 0.8,
        "reasons": ["test"],
        "model": "test",
    }


def test_every_job_type_is_an_escalation_action_with_one_handler(router: ZeebeTaskRouter) -> None:
    types = [task.type for task in router.tasks]
    assert len(types) == len(set(types)) == 12
    assert all(t.startswith("escalation.") for t in types)


async def test_classify_returns_triage_variables(router: ZeebeTaskRouter) -> None:
    result = await handler(router, "escalation.classify")(ticket=ticket_payload())
    assert result["triage"]["category"] == "billing"
    assert result["triage"]["priority"] in {"low", "normal", "high", "urgent"}
    assert 0 < result["triage"]["confidence"] <= 1


@pytest.mark.parametrize(
    ("bad", "named"),
    [
        (ticket_payload(channel="pigeon"), "ticket.channel"),
        (ticket_payload(ticketId="bad id!"), "ticket.ticketId"),
        (ticket_payload(body=""), "ticket.body"),
        (ticket_payload(history=[{"date": "yesterday", "text": "x"}]), "ticket.history[0].date"),
        (ticket_payload(unexpected=1), "ticket.unexpected"),
        ("not an object", "ticket"),
    ],
)
async def test_malformed_ticket_names_the_wrong_field(
    router: ZeebeTaskRouter, bad: Any, named: str
) -> None:
    with pytest.raises(InvalidCaseError, match=re.escape(named)):
        await handler(router, "escalation.classify")(ticket=bad)


async def test_missing_ticket_is_named(router: ZeebeTaskRouter) -> None:
    with pytest.raises(InvalidCaseError, match="variable 'ticket' is missing"):
        await handler(router, "escalation.classify")(ticket=None)


async def test_gather_context_packages_crm_and_knowledge_citations(
    router: ZeebeTaskRouter, office: FakeBackOffice
) -> None:
    result = await handler(router, "escalation.gather-context")(
        ticket=ticket_payload(), triage=triage_vars()
    )
    context = result["context"]
    assert context["customerSegment"] == "private"
    sources = {item["source"] for item in context["evidence"]}
    assert sources == {"ticket", "crm", "knowledge"}
    assert "[kb:billing-refunds#1]" in context["summary"]
    assert office.queries == ["Charged twice on my invoice (billing)"]


async def test_unknown_customer_is_a_bpmn_error_carrying_a_ticket_only_context(
    router: ZeebeTaskRouter, office: FakeBackOffice
) -> None:
    office.customers.clear()
    with pytest.raises(CustomerNotFoundError) as raised:
        await handler(router, "escalation.gather-context")(
            ticket=ticket_payload(), triage=triage_vars()
        )
    assert raised.value.code == "CUSTOMER_NOT_FOUND"
    context = raised.value.variables["context"]
    assert context["customerSegment"] == "unknown"
    assert {item["source"] for item in context["evidence"]} == {"ticket", "knowledge"}


async def test_crm_outage_is_a_technical_error_for_retry(
    router: ZeebeTaskRouter, office: FakeBackOffice
) -> None:
    office.crm_down = True
    with pytest.raises(LegacySystemUnavailableError):
        await handler(router, "escalation.gather-context")(
            ticket=ticket_payload(), triage=triage_vars()
        )


async def test_gather_context_rejects_malformed_triage(router: ZeebeTaskRouter) -> None:
    with pytest.raises(InvalidCaseError, match=r"triage\.category"):
        await handler(router, "escalation.gather-context")(
            ticket=ticket_payload(), triage=triage_vars("astrology")
        )


def review(outcome: str, category: str | None = None) -> dict[str, Any]:
    return {"outcome": outcome, "resolution": "Not ours: a claim.", "reassignCategory": category}


async def test_wrong_team_ticket_goes_round_routing_with_the_new_category(
    router: ZeebeTaskRouter,
) -> None:
    result = await handler(router, "escalation.reassign")(
        triage=triage_vars("billing"), routing=routing(), expertReview=review("reassign", "claims")
    )
    assert result["reassignment"]["allowed"] is True
    assert result["triage"]["category"] == "claims"
    assert result["reassignCount"] == 1


async def test_reassignment_cap_sends_the_ticket_to_the_team_lead(
    router: ZeebeTaskRouter, office: FakeBackOffice
) -> None:
    cap = office.dependencies().policy.reassignment.max_reassignments
    result = await handler(router, "escalation.reassign")(
        triage=triage_vars("claims"),
        routing=routing("claims-ops"),
        expertReview=review("reassign", "technical"),
        reassignCount=cap,
    )
    assert result["reassignment"]["allowed"] is False
    assert result["reassignCount"] == cap
    assert result["triage"]["category"] == "claims"


async def test_reassignment_without_a_category_is_invalid(router: ZeebeTaskRouter) -> None:
    with pytest.raises(InvalidCaseError, match="reassignCategory"):
        await handler(router, "escalation.reassign")(
            triage=triage_vars(), routing=routing(), expertReview=review("reassign")
        )


async def test_reassign_task_refuses_a_resolved_review(router: ZeebeTaskRouter) -> None:
    with pytest.raises(InvalidCaseError, match="only a reassignment"):
        await handler(router, "escalation.reassign")(
            triage=triage_vars(), routing=routing(), expertReview=review("resolved")
        )


@pytest.mark.parametrize("count", [-1, "2", True, 1.5])
async def test_malformed_reassign_count_is_named(router: ZeebeTaskRouter, count: Any) -> None:
    with pytest.raises(InvalidCaseError, match="reassignCount"):
        await handler(router, "escalation.reassign")(
            triage=triage_vars(),
            routing=routing(),
            expertReview=review("reassign", "claims"),
            reassignCount=count,
        )


async def test_malformed_routing_is_named(router: ZeebeTaskRouter) -> None:
    with pytest.raises(InvalidCaseError, match=r"routing\.sla"):
        await handler(router, "escalation.reassign")(
            triage=triage_vars(),
            routing=routing(sla="tomorrow"),
            expertReview=review("reassign", "claims"),
        )


async def test_close_ticket_is_idempotent_per_element(
    router: ZeebeTaskRouter, office: FakeBackOffice
) -> None:
    close = handler(router, "escalation.close-ticket")
    variables = {
        "ticket": ticket_payload(),
        "routing": routing(),
        "expertReview": review("resolved"),
    }
    first = await close(job(), **variables)
    second = await close(job(), **variables)
    assert first == second
    assert first["closedTicket"] == {
        "ticketId": "TCK-2001",
        "status": "closed",
        "resolvedBy": "billing",
    }
    assert list(office.closed) == ["backoffice-escalation:TCK-2001:Task_CloseTicket"]
    assert office.closures[0].resolution == "Not ours: a claim."


async def test_team_lead_resolution_closes_in_the_team_leads_name(
    router: ZeebeTaskRouter, office: FakeBackOffice
) -> None:
    await handler(router, "escalation.close-ticket")(
        job(),
        ticket=ticket_payload(),
        routing=routing(),
        expertReview=review("reassign", "claims"),
        teamLeadReview={"outcome": "resolved", "resolution": "Refund approved by lead."},
        slaBreached=True,
    )
    assert office.closures[0].resolved_by == "team-lead:billing"
    assert office.closures[0].resolution == "Refund approved by lead."


async def test_an_escalated_ticket_is_not_closed(
    router: ZeebeTaskRouter, office: FakeBackOffice
) -> None:
    with pytest.raises(InvalidCaseError, match="escalated, not resolved"):
        await handler(router, "escalation.close-ticket")(
            job(),
            ticket=ticket_payload(),
            routing=routing(),
            teamLeadReview={"outcome": "escalated", "resolution": "To the complaints board."},
        )
    assert office.closures == []


async def test_close_without_any_resolution_is_invalid(
    router: ZeebeTaskRouter, office: FakeBackOffice
) -> None:
    with pytest.raises(InvalidCaseError, match="nothing resolved the ticket"):
        await handler(router, "escalation.close-ticket")(
            job(), ticket=ticket_payload(), routing=routing(), expertReview=review("unresolved")
        )
    assert office.closures == []


async def test_record_resolution_marks_first_contact_resolution(router: ZeebeTaskRouter) -> None:
    result = await handler(router, "escalation.record-resolution")(
        routing=routing(), expertReview=review("resolved")
    )
    assert result["resolution"] == {
        "status": "resolved",
        "firstContactResolution": True,
        "resolvedBy": "billing",
        "resolution": "Not ours: a claim.",
        "reassignCount": 0,
        "slaBreached": False,
    }


async def test_record_resolution_after_sla_breach_and_escalation(router: ZeebeTaskRouter) -> None:
    result = await handler(router, "escalation.record-resolution")(
        routing=routing("tech-support"),
        teamLeadReview={"outcome": "escalated", "resolution": "Vendor defect, raised upstream."},
        reassignCount=1,
        slaBreached=True,
    )
    resolution = result["resolution"]
    assert resolution["status"] == "escalated"
    assert resolution["firstContactResolution"] is False
    assert resolution["resolvedBy"] == "team-lead:tech-support"
    assert resolution["reassignCount"] == 1


@pytest.mark.parametrize(
    ("variables", "named"),
    [
        ({"expertReview": {"outcome": "maybe", "resolution": "x"}}, r"expertReview\.outcome"),
        ({"teamLeadReview": {"outcome": "resolved"}}, r"teamLeadReview\.resolution"),
        ({"expertReview": review("resolved"), "slaBreached": "yes"}, "slaBreached"),
    ],
)
async def test_record_resolution_names_malformed_reviews(
    router: ZeebeTaskRouter, variables: dict[str, Any], named: str
) -> None:
    with pytest.raises(InvalidCaseError, match=named):
        await handler(router, "escalation.record-resolution")(routing=routing(), **variables)
