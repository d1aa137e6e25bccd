"""Every path of content-approval on the real engine: reviewers chosen by the DMN review in
parallel through the REST API, the author revises, the content lead decides past the revision
cap, and the review SLA is reached by moving the engine's clock."""

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from pyzeebe import ZeebeClient

from tests.engine.camunda_rest import CamundaRest, eventually
from tests.engine.cases import (
    complete_task,
    open_tasks,
    outcome_of,
    sample_case,
    start_case,
    work_task,
)
from tests.engine.simulator_records import SimulatorRecords

PROCESS = "content-approval"
REVIEW = "UserTask_Review"
REVISE = "UserTask_Revise"
REVISION_LIMIT = 3
pytestmark = pytest.mark.usefixtures("fleet")


async def start(zeebe: ZeebeClient, tmp_path: Path, **changes: Any) -> tuple[int, str]:
    case = sample_case(PROCESS, "social-savings-post", lambda c: c.update(changes))
    key = await start_case(zeebe, PROCESS, case, tmp_path)
    return key, case["submissionId"]


async def review_round(rest: CamundaRest, key: int, outcomes: dict[str, str]) -> None:
    """Each reviewer group the DMN chose decides its own task; ``outcomes`` is per group and
    must name exactly the groups that got a task."""
    tasks = await open_tasks(rest, key, REVIEW, count=len(outcomes))
    by_group = {task["candidateGroups"][0].removeprefix("content-"): task for task in tasks}
    assert sorted(by_group) == sorted(outcomes), [t["candidateGroups"] for t in tasks]
    for group, outcome in outcomes.items():
        await work_task(
            rest,
            by_group[group],
            f"{group}.reviewer",
            {"reviewOutcome": outcome, "reviewComments": outcome},
        )


async def revise(rest: CamundaRest, key: int, author: str, body: str) -> None:
    [task] = await open_tasks(rest, key, REVISE)
    assert task["candidateUsers"] == [author]
    assert task["candidateGroups"] == ["content-authors"]
    await work_task(rest, task, author, {"revisedBody": body, "authorNote": "tightened"})


async def published_once(simulator: SimulatorRecords, submission_id: str, approval: Any) -> None:
    publications = await simulator.publications(submission_id)
    assert [p["publicationId"] for p in publications] == [approval["publication"]["publicationId"]]


async def test_reviewers_chosen_by_the_dmn_approve_in_parallel_and_it_is_published_once(
    zeebe: ZeebeClient, rest: CamundaRest, simulator: SimulatorRecords, tmp_path: Path
) -> None:
    key, submission_id = await start(
        zeebe,
        tmp_path,
        channel="web",
        product="credit",
        body="Borrow up to 5,000 EUR. Credit is subject to status and affordability.",
    )
    await review_round(rest, key, {"editor": "approved", "brand": "approved", "legal": "approved"})
    approval = await outcome_of(rest, key, "approval")
    assert approval["status"] == "published"
    assert approval["decidedBy"] == "reviewers"
    assert approval["rounds"] == 0
    await published_once(simulator, submission_id, approval)
    reviews = await rest.variable(key, "reviews")
    assert sorted(r["reviewer"] for r in reviews) == ["brand", "editor", "legal"]


async def test_changes_requested_once_then_the_revised_copy_is_published(
    zeebe: ZeebeClient, rest: CamundaRest, simulator: SimulatorRecords, tmp_path: Path
) -> None:
    key, submission_id = await start(zeebe, tmp_path)
    await review_round(rest, key, {"editor": "changes-requested", "brand": "approved"})
    revised = "Save for spring with our flexible savings account, opened in minutes in the app."
    await revise(rest, key, "mia.keller@example.org", revised)
    await review_round(rest, key, {"editor": "approved", "brand": "approved"})
    approval = await outcome_of(rest, key, "approval")
    assert approval["status"] == "published"
    assert approval["rounds"] == 1
    await published_once(simulator, submission_id, approval)
    [publication] = await simulator.publications(submission_id)
    assert publication["body"] == revised


async def test_revise_loop_stops_at_its_cap_and_the_content_lead_publishes(
    zeebe: ZeebeClient, rest: CamundaRest, simulator: SimulatorRecords, tmp_path: Path
) -> None:
    key, submission_id = await start(zeebe, tmp_path)
    for round_ in range(REVISION_LIMIT):
        await review_round(rest, key, {"editor": "changes-requested", "brand": "approved"})
        await revise(rest, key, "mia.keller@example.org", f"Save for spring, take {round_ + 1}.")
    await review_round(rest, key, {"editor": "changes-requested", "brand": "approved"})
    escalation = await eventually(
        lambda: rest.variable(key, "escalation"), what="revision limit escalation"
    )
    assert escalation["code"] == "REVISION_LIMIT"
    assert escalation["rounds"] == REVISION_LIMIT
    await complete_task(
        rest,
        key,
        "UserTask_ContentLead",
        "lena.lead",
        {"leadVerdict": "publish", "leadComments": "good enough; the editor's nits can wait"},
    )
    approval = await outcome_of(rest, key, "approval")
    assert approval["status"] == "published"
    assert approval["decidedBy"] == "content-lead"
    assert approval["rounds"] == REVISION_LIMIT
    await published_once(simulator, submission_id, approval)


async def test_a_reviewer_rejecting_rejects_without_publishing(
    zeebe: ZeebeClient, rest: CamundaRest, simulator: SimulatorRecords, tmp_path: Path
) -> None:
    key, submission_id = await start(zeebe, tmp_path)
    await review_round(rest, key, {"editor": "approved", "brand": "rejected"})
    approval = await outcome_of(rest, key, "approval")
    assert approval["status"] == "rejected"
    assert approval["decidedBy"] == "reviewers"
    assert sorted(approval["reasons"]) == ["brand: rejected", "editor: approved"]
    assert await simulator.publications(submission_id) == []


async def test_overdue_reviews_remind_each_reviewer_group_and_the_review_goes_on(
    zeebe: ZeebeClient, rest: CamundaRest, simulator: SimulatorRecords, tmp_path: Path
) -> None:
    key, submission_id = await start(zeebe, tmp_path)
    await open_tasks(rest, key, REVIEW, count=2)

    async def reminded() -> list[str] | None:
        """Both groups' reminders: one job sends them one after the other."""
        sent = await simulator.notifications(submission_id)
        recipients = sorted(n["recipient"] for n in sent if n["subject"].startswith("Review"))
        return recipients if len(recipients) >= 2 else None

    async with rest.clock_moved_ahead(timedelta(hours=24, minutes=1)):
        recipients = await eventually(reminded, what="reviewers reminded")
    assert recipients == ["group:content-brand", "group:content-editor"]
    await review_round(rest, key, {"editor": "approved", "brand": "approved"})
    approval = await outcome_of(rest, key, "approval")
    assert approval["status"] == "published"
    await published_once(simulator, submission_id, approval)
    assert "End_ReminderSent" in await rest.element_ids(key, "COMPLETED")
