"""Every path of customer-onboarding on the real engine: the fleet, the simulator's KYC and core
banking, compliance officers acting through the REST API, the documents deadline moved by the
engine's clock."""

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from pyzeebe import ZeebeClient

from tests.engine.camunda_rest import CamundaRest, eventually
from tests.engine.cases import open_tasks, outcome_of, sample_case, start_case, work_task
from tests.engine.simulator_records import SimulatorRecords

PROCESS = "customer-onboarding"
REVIEW = "UserTask_ComplianceReview"
UPLOADED = "onboarding-documents-uploaded"
pytestmark = pytest.mark.usefixtures("fleet")


def applicant(**changes: Any) -> Any:
    """An edit of the clean sample's applicant (and its identity card to match)."""

    def edit(case: dict[str, Any]) -> None:
        case["applicant"].update(changes)
        name = case["applicant"]["name"]
        born = case["applicant"]["dateOfBirth"]
        case["documents"][0]["text"] = f"Identity card {name} born {born}"

    return edit


async def start(zeebe: ZeebeClient, tmp_path: Path, sample: str, **changes: Any) -> tuple[int, str]:
    case = sample_case(PROCESS, sample, applicant(**changes) if changes else None)
    key = await start_case(zeebe, PROCESS, case, tmp_path)
    return key, case["applicationId"]


async def review(rest: CamundaRest, key: int, decision: str, reason: str) -> dict[str, Any]:
    """A compliance officer claims and decides the review; returns the task as listed."""
    [task] = await open_tasks(rest, key, REVIEW)
    await work_task(
        rest, task, "olga.compliance", {"complianceDecision": decision, "complianceReason": reason}
    )
    return task


async def test_clean_application_is_activated_once_without_a_review(
    zeebe: ZeebeClient, rest: CamundaRest, simulator: SimulatorRecords, tmp_path: Path
) -> None:
    key, application_id = await start(zeebe, tmp_path, "person-current-account")
    onboarding = await outcome_of(rest, key, "onboarding")
    accounts = await simulator.accounts(application_id)
    assert onboarding["status"] == "activated"
    assert onboarding["riskLevel"] == "low"
    assert [a["accountId"] for a in accounts] == [onboarding["accountId"]]
    passed = await rest.element_ids(key, "COMPLETED")
    assert REVIEW not in passed
    assert passed[-1] == "End_Activated"
    welcomes = [
        n for n in await simulator.notifications(application_id) if "Welcome" in n["subject"]
    ]
    assert len(welcomes) == 1


async def test_sanctions_hit_goes_to_compliance_who_reject_it(
    zeebe: ZeebeClient, rest: CamundaRest, simulator: SimulatorRecords, tmp_path: Path
) -> None:
    key, application_id = await start(
        zeebe,
        tmp_path,
        "person-current-account",
        name="Viktor Kovalenko",
        dateOfBirth="1961-05-12",
    )
    task = await review(rest, key, "rejected", "listed on EU-CFSP, confirmed")
    assert task["priority"] == 90
    assert task["candidateGroups"] == ["compliance-officers"]
    onboarding = await outcome_of(rest, key, "onboarding")
    assert onboarding["status"] == "rejected"
    assert onboarding["riskLevel"] == "high"
    assert onboarding["reasons"][0].startswith("sanctions hit: ")
    assert "compliance rejected" in onboarding["reasons"][-1]
    assert await simulator.accounts(application_id) == []
    passed = await rest.element_ids(key, "COMPLETED")
    assert "Boundary_SanctionsHit" in passed
    assert "Task_ScoreRisk" not in passed
    assert passed[-1] == "End_Rejected"


async def test_failed_identity_check_is_reviewed_and_rejected(
    zeebe: ZeebeClient, rest: CamundaRest, simulator: SimulatorRecords, tmp_path: Path
) -> None:
    case = sample_case(PROCESS, "person-current-account")
    case["documents"][0]["text"] = "Identity card Anna Schmidt born 1990-01-01"
    key = await start_case(zeebe, PROCESS, case, tmp_path)
    task = await review(rest, key, "rejected", "the card's date of birth is not hers")
    assert task["priority"] == 70
    onboarding = await outcome_of(rest, key, "onboarding")
    assert (await rest.variable(key, "identity"))["status"] == "failed"
    assert onboarding["status"] == "rejected"
    assert onboarding["riskLevel"] == "high"
    assert any("identity check failed" in reason for reason in onboarding["reasons"])
    assert await simulator.accounts(case["applicationId"]) == []


async def test_high_risk_country_is_activated_after_compliance_approves(
    zeebe: ZeebeClient, rest: CamundaRest, simulator: SimulatorRecords, tmp_path: Path
) -> None:
    key, application_id = await start(zeebe, tmp_path, "person-current-account", country="IR")
    await review(rest, key, "approved", "source of funds documented")
    onboarding = await outcome_of(rest, key, "onboarding")
    assert onboarding["status"] == "activated"
    assert onboarding["riskLevel"] == "high"
    assert any("high-risk country" in reason for reason in onboarding["reasons"])
    accounts = await simulator.accounts(application_id)
    assert [a["accountId"] for a in accounts] == [onboarding["accountId"]]


async def documents_requested(
    rest: CamundaRest, simulator: SimulatorRecords, key: int, application_id: str
) -> None:
    """Wait until the letter went out and the instance waits on the event-based gateway."""

    async def waiting() -> list[str] | None:
        active = await rest.element_ids(key, "ACTIVE")
        return active if "Gateway_AwaitDocuments" in active else None

    await eventually(waiting, what="instance waiting for the documents")
    letters = [
        n
        for n in await simulator.notifications(application_id)
        if n["subject"].startswith("Documents missing")
    ]
    assert len(letters) == 1, letters
    assert "proof-of-income" in letters[0]["body"]


async def test_missing_documents_arrive_by_message_and_the_case_continues(
    zeebe: ZeebeClient, rest: CamundaRest, simulator: SimulatorRecords, tmp_path: Path
) -> None:
    key, application_id = await start(zeebe, tmp_path, "person-missing-documents")
    await documents_requested(rest, simulator, key, application_id)
    await rest.publish_message(
        UPLOADED,
        application_id,
        {
            "uploadedDocuments": [
                {"kind": "proof-of-address", "name": "bill.pdf", "text": "Via Roma 1, Milano"},
                {"kind": "proof-of-income", "name": "payslip.pdf", "text": "Net 3200 EUR"},
            ]
        },
    )
    onboarding = await outcome_of(rest, key, "onboarding")
    assert onboarding["status"] == "activated"
    checked = await rest.variable(key, "documentsCheck")
    assert checked == {
        "complete": True,
        "missing": [],
        "present": ["id", "proof-of-address", "proof-of-income"],
        "round": 2,
    }
    accounts = await simulator.accounts(application_id)
    assert [a["accountId"] for a in accounts] == [onboarding["accountId"]]


async def test_documents_never_arriving_abandon_the_case_at_the_deadline(
    zeebe: ZeebeClient, rest: CamundaRest, simulator: SimulatorRecords, tmp_path: Path
) -> None:
    key, application_id = await start(zeebe, tmp_path, "person-missing-documents")
    await documents_requested(rest, simulator, key, application_id)
    async with rest.clock_moved_ahead(timedelta(days=7, minutes=1)):
        onboarding = await outcome_of(rest, key, "onboarding")
    assert onboarding["status"] == "abandoned"
    assert "missing proof-of-address, proof-of-income" in onboarding["reasons"][-1]
    assert await simulator.accounts(application_id) == []
    passed = await rest.element_ids(key, "COMPLETED")
    assert "Catch_DocumentsDeadline" in passed
    assert "Catch_DocumentsUploaded" not in passed
    assert passed[-1] == "End_Abandoned"


async def test_overdue_compliance_review_notifies_the_team_lead_and_stays_open(
    zeebe: ZeebeClient, rest: CamundaRest, simulator: SimulatorRecords, tmp_path: Path
) -> None:
    key, application_id = await start(zeebe, tmp_path, "person-current-account", country="IR")
    await open_tasks(rest, key, REVIEW)
    assert await rest.variable(key, "complianceReviewSla") == "PT8H"

    async def escalations() -> list[dict[str, Any]] | None:
        sent = await simulator.notifications(application_id)
        return [n for n in sent if "SLA breached" in n["subject"]] or None

    async with rest.clock_moved_ahead(timedelta(hours=8, minutes=1)):
        [escalation] = await eventually(escalations, what="team lead notified")
    assert escalation["recipient"] == "team-lead:compliance-officers"
    await review(rest, key, "rejected", "source of funds not documented")
    onboarding = await outcome_of(rest, key, "onboarding")
    assert onboarding["status"] == "rejected"
    assert "End_ReviewEscalated" in await rest.element_ids(key, "COMPLETED")
    assert len(await escalations() or []) == 1
