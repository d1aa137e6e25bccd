"""Every path of backoffice-escalation on the real engine: the expert group the DMN picks
resolves, reassigns or gives up through the REST API, and the team lead takes over when the
resolution SLA is reached by moving the engine's clock. The simulator's ticketing system holds
the ticket, which is closed once when resolved."""

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from pyzeebe import ZeebeClient

from tests.engine.camunda_rest import CamundaRest, eventually
from tests.engine.cases import complete_task, open_tasks, outcome_of, sample_case, start_case
from tests.engine.simulator_records import SimulatorRecords

PROCESS = "backoffice-escalation"
RESOLVE = "UserTask_ResolveTicket"
TEAM_LEAD = "UserTask_TeamLead"
pytestmark = pytest.mark.usefixtures("fleet")


async def start(zeebe: ZeebeClient, simulator: SimulatorRecords, tmp_path: Path) -> tuple[int, str]:
    """Open the sample's ticket (under a fresh id) in the ticketing system, then start."""
    case = sample_case(PROCESS, "disputed-card-payment")
    await simulator.open_ticket(case)
    key = await start_case(zeebe, PROCESS, case, tmp_path)
    return key, case["ticketId"]


def resolved(text: str) -> dict[str, Any]:
    """The resolve form as Tasklist submits it: the hidden reassign field is left out."""
    return {"expertOutcome": "resolved", "expertResolution": text}


async def test_billing_experts_resolve_it_at_first_contact_and_the_ticket_is_closed(
    zeebe: ZeebeClient, rest: CamundaRest, simulator: SimulatorRecords, tmp_path: Path
) -> None:
    key, ticket_id = await start(zeebe, simulator, tmp_path)
    [task] = await open_tasks(rest, key, RESOLVE)
    assert task["candidateGroups"] == ["billing"]
    assert task["priority"] == 70
    await complete_task(rest, key, RESOLVE, "ben.billing", resolved("double charge refunded"))
    resolution = await outcome_of(rest, key, "resolution")
    assert resolution == {
        "status": "resolved",
        "firstContactResolution": True,
        "resolvedBy": "billing",
        "resolution": "double charge refunded",
        "reassignCount": 0,
        "slaBreached": False,
    }
    ticket = await simulator.ticket(ticket_id)
    assert (ticket["status"], ticket["resolvedBy"]) == ("closed", "billing")


async def test_wrong_team_reassigns_through_routing_to_the_next_group(
    zeebe: ZeebeClient, rest: CamundaRest, simulator: SimulatorRecords, tmp_path: Path
) -> None:
    key, ticket_id = await start(zeebe, simulator, tmp_path)
    await complete_task(
        rest,
        key,
        RESOLVE,
        "ben.billing",
        {
            "expertOutcome": "reassign",
            "reassignCategory": "technical",
            "expertResolution": "the app charged twice: a technical fault",
        },
    )

    async def rerouted() -> list[dict[str, Any]] | None:
        tasks = await rest.user_tasks(key, RESOLVE)
        return [t for t in tasks if t["candidateGroups"] == ["tech-support"]] or None

    [task] = await eventually(rerouted, what="ticket routed to tech-support")
    await rest.assign_user_task(task["userTaskKey"], "tia.tech")
    await rest.complete_user_task(task["userTaskKey"], resolved("duplicate tap fixed, refunded"))
    resolution = await outcome_of(rest, key, "resolution")
    assert resolution["status"] == "resolved"
    assert resolution["resolvedBy"] == "tech-support"
    assert resolution["reassignCount"] == 1
    assert resolution["firstContactResolution"] is False
    ticket = await simulator.ticket(ticket_id)
    assert (ticket["status"], ticket["resolvedBy"]) == ("closed", "tech-support")


async def test_breached_sla_takes_the_ticket_from_the_experts_to_the_team_lead(
    zeebe: ZeebeClient, rest: CamundaRest, simulator: SimulatorRecords, tmp_path: Path
) -> None:
    key, ticket_id = await start(zeebe, simulator, tmp_path)
    await open_tasks(rest, key, RESOLVE)
    routing = await rest.variable(key, "routing")
    assert routing["sla"] == "PT8H"
    async with rest.clock_moved_ahead(timedelta(hours=8, minutes=1)):
        [lead_task] = await open_tasks(rest, key, TEAM_LEAD)
    assert lead_task["candidateGroups"] == ["billing-leads"]
    assert lead_task["priority"] == 80
    assert await rest.user_tasks(key, RESOLVE) == []
    await complete_task(
        rest,
        key,
        TEAM_LEAD,
        "lea.lead",
        {"teamLeadOutcome": "resolved", "teamLeadResolution": "refunded with an apology"},
    )
    resolution = await outcome_of(rest, key, "resolution")
    assert resolution["status"] == "resolved"
    assert resolution["slaBreached"] is True
    assert resolution["resolvedBy"] == "team-lead:billing"
    assert resolution["firstContactResolution"] is False
    ticket = await simulator.ticket(ticket_id)
    assert (ticket["status"], ticket["resolvedBy"]) == ("closed", "team-lead:billing")
    assert "Boundary_ResolveSla" in await rest.element_ids(key, "COMPLETED")


async def test_unresolved_ticket_escalated_further_by_the_team_lead_stays_open(
    zeebe: ZeebeClient, rest: CamundaRest, simulator: SimulatorRecords, tmp_path: Path
) -> None:
    key, ticket_id = await start(zeebe, simulator, tmp_path)
    await complete_task(
        rest,
        key,
        RESOLVE,
        "ben.billing",
        {"expertOutcome": "unresolved", "expertResolution": "merchant does not answer us"},
    )
    await complete_task(
        rest,
        key,
        TEAM_LEAD,
        "lea.lead",
        {"teamLeadOutcome": "escalated", "teamLeadResolution": "chargeback via the card scheme"},
    )
    resolution = await outcome_of(rest, key, "resolution")
    assert resolution["status"] == "escalated"
    assert resolution["resolvedBy"] == "team-lead:billing"
    assert (await simulator.ticket(ticket_id))["status"] == "open"
    assert "Task_CloseTicket" not in await rest.element_ids(key, "COMPLETED")


async def test_reassigning_to_the_category_it_already_has_is_refused_to_the_team_lead(
    zeebe: ZeebeClient, rest: CamundaRest, simulator: SimulatorRecords, tmp_path: Path
) -> None:
    key, ticket_id = await start(zeebe, simulator, tmp_path)
    await complete_task(
        rest,
        key,
        RESOLVE,
        "ben.billing",
        {
            "expertOutcome": "reassign",
            "reassignCategory": "billing",
            "expertResolution": "belongs to the card team, not us",
        },
    )
    await complete_task(
        rest,
        key,
        TEAM_LEAD,
        "lea.lead",
        {"teamLeadOutcome": "resolved", "teamLeadResolution": "card team refunded it"},
    )
    resolution = await outcome_of(rest, key, "resolution")
    reassignment = await rest.variable(key, "reassignment")
    assert reassignment["allowed"] is False
    assert resolution["status"] == "resolved"
    assert resolution["reassignCount"] == 0
    assert (await simulator.ticket(ticket_id))["status"] == "closed"
