"""Every path of claims-adjudication on the real engine, people acting through the REST API."""

import json
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest
from pyzeebe import ZeebeClient

from baton_cli.deploy import load_case
from clients import HttpOptions, NotificationsClient, PaymentsClient
from tests.engine.camunda_rest import CamundaRest, eventually

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "claims-adjudication"
pytestmark = pytest.mark.usefixtures("fleet")


async def start(zeebe: ZeebeClient, sample: str, tmp_path: Path, **extra: Any) -> tuple[int, str]:
    """Start a sample with a unique claim id, so reruns never share idempotency keys."""
    case = json.loads((SAMPLES / f"{sample}.json").read_text())
    case["claimId"] = f"{case['claimId']}-{uuid.uuid4().hex[:8]}"
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case))
    variables = load_case("claims-adjudication", path) | extra
    started = await zeebe.run_process("claims-adjudication", variables=variables)
    return int(started.process_instance_key), case["claimId"]


async def decision_of(rest: CamundaRest, key: int) -> dict[str, Any]:
    async def completed() -> str | None:
        state = await rest.process_state(key)
        return state if state == "COMPLETED" else None

    await eventually(completed, what=f"process instance {key} completed")
    decision: dict[str, Any] = await eventually(
        lambda: rest.variable(key, "decision"), what="decision variable"
    )
    return decision


async def complete_task(
    rest: CamundaRest, key: int, element_id: str, variables: dict[str, Any]
) -> None:
    tasks = await eventually(
        lambda: rest.open_user_tasks(key, element_id), what=f"user task {element_id}"
    )
    await rest.complete_user_task(tasks[0], variables)


async def payments_for(simulator_url: str, claim_id: str) -> int:
    async with PaymentsClient(HttpOptions(simulator_url)) as payments:
        return len(await payments.payments_for_claim(claim_id))


async def test_small_clean_claim_is_approved_and_paid_once_without_a_person(
    zeebe: ZeebeClient, rest: CamundaRest, services: dict[str, str], tmp_path: Path
) -> None:
    key, claim_id = await start(zeebe, "auto-approve-water", tmp_path)
    decision = await decision_of(rest, key)
    assert decision["outcome"] == "approved"
    assert decision["decidedBy"] == "baton-auto"
    assert decision["payout"] == 1230.0
    assert await payments_for(services["simulator"], claim_id) == 1


async def test_unknown_policy_is_denied_through_the_bpmn_error(
    zeebe: ZeebeClient, rest: CamundaRest, services: dict[str, str], tmp_path: Path
) -> None:
    key, claim_id = await start(zeebe, "policy-not-found", tmp_path)
    decision = await decision_of(rest, key)
    assert decision["outcome"] == "denied"
    assert "not found" in decision["reasons"][0]
    assert await payments_for(services["simulator"], claim_id) == 0


async def test_lapsed_policy_is_denied_as_not_covered(
    zeebe: ZeebeClient, rest: CamundaRest, tmp_path: Path
) -> None:
    key, _ = await start(zeebe, "not-covered-lapsed", tmp_path)
    decision = await decision_of(rest, key)
    assert decision["outcome"] == "denied"
    assert "lapsed" in decision["reasons"][0]


async def test_large_claim_is_decided_by_a_claims_handler(
    zeebe: ZeebeClient, rest: CamundaRest, services: dict[str, str], tmp_path: Path
) -> None:
    key, claim_id = await start(zeebe, "review-large-fire", tmp_path)
    await complete_task(
        rest,
        key,
        "UserTask_ReviewClaim",
        {"reviewOutcome": "approved", "reviewPayout": 15000, "reviewReason": "estimate checked"},
    )
    decision = await decision_of(rest, key)
    assert decision == {
        "outcome": "approved",
        "payout": 15000.0,
        "currency": "EUR",
        "reasons": ["estimate checked"],
        "decidedBy": "claims-handler",
    }
    assert await payments_for(services["simulator"], claim_id) == 1


async def test_payout_above_the_senior_limit_needs_a_second_approval(
    zeebe: ZeebeClient, rest: CamundaRest, tmp_path: Path
) -> None:
    key, _ = await start(zeebe, "senior-approval-storm", tmp_path)
    await complete_task(
        rest,
        key,
        "UserTask_ReviewClaim",
        {"reviewOutcome": "approved", "reviewPayout": 41500, "reviewReason": "roofer estimate"},
    )
    await complete_task(
        rest,
        key,
        "UserTask_SeniorApproval",
        {"seniorApproved": True, "seniorReason": "photos match the estimate"},
    )
    decision = await decision_of(rest, key)
    assert decision["outcome"] == "approved"
    assert decision["payout"] == 41500.0
    assert decision["decidedBy"] == "senior-handler"


async def test_overdue_review_escalates_to_the_team_lead(
    zeebe: ZeebeClient, rest: CamundaRest, services: dict[str, str], tmp_path: Path
) -> None:
    key, claim_id = await start(zeebe, "review-large-fire", tmp_path, reviewSla="PT2S")

    async def escalation_sent() -> list[str] | None:
        async with NotificationsClient(HttpOptions(services["simulator"])) as notifications:
            sent = await notifications.notifications_for_case(claim_id)
        subjects = [n.subject for n in sent if n.subject and "Review SLA breached" in n.subject]
        return subjects or None

    await eventually(escalation_sent, what="team lead notified of the overdue review")
    await complete_task(
        rest,
        key,
        "UserTask_ReviewClaim",
        {"reviewOutcome": "denied", "reviewPayout": 0, "reviewReason": "not a sudden event"},
    )
    decision = await decision_of(rest, key)
    assert decision["outcome"] == "denied"


def test_fleet_is_still_serving(fleet: subprocess.Popen[bytes]) -> None:
    assert fleet.poll() is None
