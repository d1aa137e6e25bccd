"""The agent roles of claims-adjudication running inside the process on the session engine with
the real fleet: the QA agent's report in front of each reviewer, the task agent's claim letter,
the reporter's retrospective in the case file (the context store's timeline)."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pyzeebe import ZeebeClient

from contextstore import CaseTimeline, IndexNames, connect
from contracts.audit import TimelineEvent
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


async def timeline_until(
    url: str, prefix: str, case_id: str, done: Callable[[list[TimelineEvent]], bool]
) -> list[TimelineEvent]:
    """The case's timeline once ``done`` holds (the fleet writes it behind the jobs)."""
    client = await connect(url)
    try:
        timeline = CaseTimeline(client, IndexNames(prefix))

        async def written() -> list[TimelineEvent] | None:
            events = await timeline.list(case_id)
            return events if done(events) else None

        return await eventually(written, what=f"timeline entries of {case_id}")
    finally:
        await client.close()


def retrospective_written(events: list[TimelineEvent]) -> bool:
    return any(e.summary == "claims.retrospective" for e in events)


def steps_at(events: list[TimelineEvent], element_id: str) -> set[tuple[str, str]]:
    return {(e.actor, e.summary) for e in events if e.element_id == element_id}


def diff_of(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {entry["field"]: entry for entry in report["diff"]}


async def test_qa_reports_reach_both_reviews_and_the_closed_case_is_reported(
    zeebe: ZeebeClient,
    rest: CamundaRest,
    simulator: SimulatorRecords,
    tmp_path: Path,
    services: dict[str, str],
    fleet_index_prefix: str,
) -> None:
    key, claim_id = await start(zeebe, "senior-approval-storm", tmp_path)

    await open_tasks(rest, key, REVIEW)
    before_review = await rest.variable(key, "qaReport")
    assert diff_of(before_review)["outcome"]["changedByPerson"] is False
    assert before_review["policyVerdicts"]
    assert before_review["findings"] is not None or before_review["needsHumanReview"]
    sources = await rest.variable(key, "qaEvidenceSources")
    assert sources[:3] == ["coverage-check", "fraud-assessment", "intake-classification"]
    await complete_task(
        rest,
        key,
        REVIEW,
        "hana.handler",
        {"reviewOutcome": "approved", "reviewPayout": 41500, "reviewReason": "roofer estimate"},
    )

    await open_tasks(rest, key, SENIOR)
    before_senior = await rest.variable(key, "qaReport")
    assert diff_of(before_senior)["payout"]["edited"] == "41500"
    await complete_task(
        rest,
        key,
        SENIOR,
        "sam.senior",
        {"seniorApproved": True, "seniorReason": "photos match the estimate"},
    )
    decision = await outcome_of(rest, key, "decision")
    assert decision["outcome"] == "approved"

    letter = await rest.variable(key, "letter")
    assert letter["draftedBy"] in {"task_agent", "template"}
    [notice] = await simulator.notifications(claim_id)
    assert "41500" in str(notice)
    report = await rest.variable(key, "caseReport")
    assert report["retroSummary"]

    events = await timeline_until(
        services["elasticsearch"], fleet_index_prefix, claim_id, retrospective_written
    )
    assert ("qa", "model-call") in steps_at(events, "Task_QaBeforeReview")
    assert ("qa", "tool-call") in steps_at(events, "Task_QaBeforeReview")
    assert ("qa", "model-call") in steps_at(events, "Task_QaBeforeSenior")
    assert ("task_agent", "model-call") in steps_at(events, "Task_NotifyClaimant")
    assert {("reporter", "model-call"), ("reporter", "claims.retrospective")} <= steps_at(
        events, "Task_Report"
    )


async def test_denied_claim_gets_a_letter_and_a_retrospective(
    zeebe: ZeebeClient,
    rest: CamundaRest,
    simulator: SimulatorRecords,
    tmp_path: Path,
    services: dict[str, str],
    fleet_index_prefix: str,
) -> None:
    key, claim_id = await start(zeebe, "policy-not-found", tmp_path)
    decision = await outcome_of(rest, key, "decision")
    assert decision["outcome"] == "denied"
    assert "Task_Report" in await rest.element_ids(key, "COMPLETED")
    [notice] = await simulator.notifications(claim_id)
    assert "denied" in str(notice)
    report = await rest.variable(key, "caseReport")
    assert report["subject"] == f"Your case {claim_id}: denied"

    events = await timeline_until(
        services["elasticsearch"], fleet_index_prefix, claim_id, retrospective_written
    )
    [retro] = [e for e in events if e.summary == "claims.retrospective"]
    assert retro.payload["outcome"] == "denied"
    assert retro.payload["timelineEntries"] > 0
