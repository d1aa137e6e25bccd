"""Every path of claims-adjudication on the real engine, people acting through the REST API and
the review SLA reached by moving the engine's clock."""

import asyncio
import subprocess
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from pyzeebe import ZeebeClient

from baton_cli.main import cli
from contextstore import AuditLog, IndexNames, connect
from contracts.audit import ChainedAuditEntry
from tests.engine.camunda_rest import CamundaRest, eventually
from tests.engine.cases import complete_task, open_tasks, outcome_of, sample_case, start_case
from tests.engine.simulator_records import SimulatorRecords

PROCESS = "claims-adjudication"
REVIEW = "UserTask_ReviewClaim"
SENIOR = "UserTask_SeniorApproval"
pytestmark = pytest.mark.usefixtures("fleet")


async def start(zeebe: ZeebeClient, sample: str, tmp_path: Path) -> tuple[int, str]:
    case = sample_case(PROCESS, sample)
    key = await start_case(zeebe, PROCESS, case, tmp_path)
    return key, case["claimId"]


def reviewed(outcome: str, payout: float, reason: str) -> dict[str, Any]:
    return {"reviewOutcome": outcome, "reviewPayout": payout, "reviewReason": reason}


async def payments_for(simulator: SimulatorRecords, claim_id: str) -> int:
    return len(await simulator.payments(claim_id))


async def audit_trail(url: str, prefix: str, case_id: str) -> list[ChainedAuditEntry]:
    """The case's chain once the decision is in it (the fleet writes it behind the job)."""
    client = await connect(url)
    try:
        log = AuditLog(client, IndexNames(prefix))

        async def decided() -> bool:
            return any(e.action == "claims.decision" for e in await log.entries(case_id))

        await eventually(decided, what=f"decision of {case_id} audited")
        return await log.entries(case_id)
    finally:
        await client.close()


async def test_small_clean_claim_is_approved_and_paid_once_without_a_person(
    zeebe: ZeebeClient, rest: CamundaRest, simulator: SimulatorRecords, tmp_path: Path
) -> None:
    key, claim_id = await start(zeebe, "auto-approve-water", tmp_path)
    decision = await outcome_of(rest, key, "decision")
    assert decision["outcome"] == "approved"
    assert decision["decidedBy"] == "baton-auto"
    assert decision["payout"] == 1230.0
    assert await payments_for(simulator, claim_id) == 1


async def test_unknown_policy_is_denied_through_the_bpmn_error(
    zeebe: ZeebeClient, rest: CamundaRest, simulator: SimulatorRecords, tmp_path: Path
) -> None:
    key, claim_id = await start(zeebe, "policy-not-found", tmp_path)
    decision = await outcome_of(rest, key, "decision")
    assert decision["outcome"] == "denied"
    assert "not found" in decision["reasons"][0]
    assert await payments_for(simulator, claim_id) == 0
    assert "Boundary_PolicyNotFound" in await rest.element_ids(key, "COMPLETED")


async def test_lapsed_policy_is_denied_as_not_covered(
    zeebe: ZeebeClient, rest: CamundaRest, tmp_path: Path
) -> None:
    key, _ = await start(zeebe, "not-covered-lapsed", tmp_path)
    decision = await outcome_of(rest, key, "decision")
    assert decision["outcome"] == "denied"
    assert "lapsed" in decision["reasons"][0]
    assert "Boundary_NotCovered" in await rest.element_ids(key, "COMPLETED")


async def test_large_claim_is_decided_by_a_claims_handler(
    zeebe: ZeebeClient,
    rest: CamundaRest,
    simulator: SimulatorRecords,
    tmp_path: Path,
    services: dict[str, str],
    fleet_index_prefix: str,
) -> None:
    """The decision, the payment once, and the case's audit trail: the claims handler's
    assignment and completion of the review (task listeners) next to the agents' entries."""
    key, claim_id = await start(zeebe, "review-large-fire", tmp_path)
    await complete_task(
        rest, key, REVIEW, "hana.handler", reviewed("approved", 15000, "estimate checked")
    )
    decision = await outcome_of(rest, key, "decision")
    assert decision == {
        "outcome": "approved",
        "payout": 15000.0,
        "currency": "EUR",
        "reasons": ["estimate checked"],
        "decidedBy": "claims-handler",
    }
    assert await payments_for(simulator, claim_id) == 1

    trail = await audit_trail(services["elasticsearch"], fleet_index_prefix, claim_id)
    people = [(e.actor, e.action, e.element_id) for e in trail if e.action.startswith("user-task.")]
    assert people == [
        ("hana.handler", "user-task.assigned", REVIEW),
        ("hana.handler", "user-task.completed", REVIEW),
    ]
    assert {e.action for e in trail} >= {"ingestion.proposal", "claims.decision"}
    verified = await asyncio.to_thread(
        CliRunner().invoke,
        cli,
        ["audit", "verify", "--prefix", fleet_index_prefix, claim_id],
        env={"BATON_ELASTICSEARCH_URL": services["elasticsearch"]},
    )
    assert verified.exit_code == 0, verified.output
    assert "user-task.completed" in verified.output and "intact" in verified.output


async def test_payout_above_the_senior_limit_needs_a_second_approval(
    zeebe: ZeebeClient, rest: CamundaRest, simulator: SimulatorRecords, tmp_path: Path
) -> None:
    key, claim_id = await start(zeebe, "senior-approval-storm", tmp_path)
    await complete_task(
        rest, key, REVIEW, "hana.handler", reviewed("approved", 41500, "roofer estimate")
    )
    await complete_task(
        rest,
        key,
        SENIOR,
        "sam.senior",
        {"seniorApproved": True, "seniorReason": "photos match the estimate"},
    )
    decision = await outcome_of(rest, key, "decision")
    assert decision["outcome"] == "approved"
    assert decision["payout"] == 41500.0
    assert decision["decidedBy"] == "senior-handler"
    assert await payments_for(simulator, claim_id) == 1


async def test_senior_refusal_denies_the_claim_and_pays_nothing(
    zeebe: ZeebeClient, rest: CamundaRest, simulator: SimulatorRecords, tmp_path: Path
) -> None:
    key, claim_id = await start(zeebe, "senior-approval-storm", tmp_path)
    await complete_task(
        rest, key, REVIEW, "hana.handler", reviewed("approved", 41500, "roofer estimate")
    )
    [task] = await open_tasks(rest, key, SENIOR)
    assert task["candidateGroups"] == ["senior-handlers"]
    await complete_task(
        rest,
        key,
        SENIOR,
        "sam.senior",
        {"seniorApproved": False, "seniorReason": "the roof was already damaged"},
    )
    decision = await outcome_of(rest, key, "decision")
    assert decision["outcome"] == "denied"
    assert decision["payout"] == 0
    assert decision["reasons"][0] == "senior approval refused: the roof was already damaged"
    assert await payments_for(simulator, claim_id) == 0


async def test_overdue_review_escalates_to_the_team_lead_and_the_review_goes_on(
    zeebe: ZeebeClient, rest: CamundaRest, simulator: SimulatorRecords, tmp_path: Path
) -> None:
    key, claim_id = await start(zeebe, "review-large-fire", tmp_path)
    await open_tasks(rest, key, REVIEW)
    assert await rest.variable(key, "reviewSla") == "PT4H"

    async def escalations() -> list[dict[str, Any]] | None:
        sent = await simulator.notifications(claim_id)
        return [n for n in sent if "Review SLA breached" in (n.get("subject") or "")] or None

    async with rest.clock_moved_ahead(timedelta(hours=4, minutes=1)):
        [escalation] = await eventually(escalations, what="team lead notified")
    assert escalation["recipient"].startswith("team-lead:")

    async def escalation_ended() -> bool:
        """The notice is sent before the escalation job completes and its end event is taken."""
        return "End_ReviewEscalated" in await rest.element_ids(key, "COMPLETED")

    await eventually(escalation_ended, what="the escalation branch ended")
    await complete_task(
        rest, key, REVIEW, "hana.handler", reviewed("denied", 0, "not a sudden event")
    )
    decision = await outcome_of(rest, key, "decision")
    assert decision["outcome"] == "denied"
    assert await payments_for(simulator, claim_id) == 0
    assert len(await escalations() or []) == 1


def test_fleet_is_still_serving(fleet: subprocess.Popen[bytes]) -> None:
    assert fleet.poll() is None
