"""Content handlers called directly with in-memory fakes: variables in, variables out, errors
classified as BPMN errors (business) or InvalidCaseError (bad variables)."""

from typing import Any

import pytest
from pyzeebe import ZeebeTaskRouter

from contracts.errors import InvalidCaseError, LegacySystemUnavailableError, RevisionLimitError
from tests.unit.content.content_cases import (
    CLEAN_BODY,
    FakeContentSystems,
    job,
    submission_payload,
)
from tests.unit.handler_helpers import handler


def review(reviewer: str, outcome: str, comments: str = "ok") -> dict[str, Any]:
    return {"reviewer": reviewer, "outcome": outcome, "comments": comments}


async def checked(router: ZeebeTaskRouter, **variables: Any) -> dict[str, Any]:
    return await handler(router, "content.check-content")(**variables)


def test_job_types_are_content_family_and_unique(router: ZeebeTaskRouter) -> None:
    types = [task.type for task in router.tasks]
    assert len(types) == len(set(types))
    assert all(t.startswith("content.") for t in types)


async def test_first_check_starts_round_zero_with_the_policy_sla(router: ZeebeTaskRouter) -> None:
    result = await checked(router, submission=submission_payload())
    assert result["rounds"] == 0
    assert result["violationsCaught"] == 0
    assert result["reviewSla"] == "PT24H"
    assert result["checks"]["findings"] == []
    assert result["checks"]["suggestedBody"] == CLEAN_BODY


async def test_check_adds_this_rounds_violations_to_the_total(router: ZeebeTaskRouter) -> None:
    body = "Risk-free cover, no questions asked."
    result = await checked(
        router, submission=submission_payload(body=body), rounds=1, violationsCaught=3
    )
    assert result["checks"]["violationsCaught"] == 2
    assert result["violationsCaught"] == 5
    assert result["rounds"] == 1


async def test_review_sla_from_the_case_wins(router: ZeebeTaskRouter) -> None:
    result = await checked(router, submission=submission_payload(), reviewSla="PT2S")
    assert result["reviewSla"] == "PT2S"


async def test_malformed_submission_names_every_wrong_field(router: ZeebeTaskRouter) -> None:
    bad = submission_payload(channel="fax", author={"name": "Priya", "email": "not-an-email"})
    del bad["body"]
    with pytest.raises(InvalidCaseError) as raised:
        await checked(router, submission=bad)
    message = str(raised.value)
    assert "submission.channel" in message
    assert "submission.author.email" in message
    assert "submission.body: Field required" in message


async def test_missing_submission_is_invalid_input(router: ZeebeTaskRouter) -> None:
    with pytest.raises(InvalidCaseError, match="variable 'submission' is missing"):
        await checked(router, submission=None)


@pytest.mark.parametrize("rounds", [-1, "two", 1.5, True])
async def test_round_counter_must_be_a_whole_number(router: ZeebeTaskRouter, rounds: Any) -> None:
    with pytest.raises(InvalidCaseError, match="'rounds'"):
        await checked(router, submission=submission_payload(), rounds=rounds)


async def tally(router: ZeebeTaskRouter, reviews: Any, rounds: Any = 0) -> dict[str, Any]:
    checks = (await checked(router, submission=submission_payload()))["checks"]
    return await handler(router, "content.tally-reviews")(
        reviews=reviews, rounds=rounds, checks=checks
    )


async def test_all_approvals_approve(router: ZeebeTaskRouter) -> None:
    result = await tally(router, [review("editor", "approved"), review("brand", "approved", "")])
    assert result["reviewRound"] == {
        "decision": "approved",
        "comments": ["editor: ok"],
        "rounds": 0,
        "revisionLimit": 3,
    }
    assert "revisedBody" not in result


async def test_one_reject_rejects_even_when_others_ask_for_changes(
    router: ZeebeTaskRouter,
) -> None:
    result = await tally(
        router,
        [
            review("editor", "changes-requested", "tighten the intro"),
            review("legal", "rejected", "product not yet authorised"),
        ],
    )
    assert result["reviewRound"]["decision"] == "rejected"
    assert result["reviewRound"]["comments"] == [
        "editor: tighten the intro",
        "legal: product not yet authorised",
    ]


async def test_changes_requested_prefills_the_suggested_body(router: ZeebeTaskRouter) -> None:
    result = await tally(
        router, [review("editor", "approved"), review("brand", "changes-requested", "warmer")]
    )
    assert result["reviewRound"]["decision"] == "changes-requested"
    assert result["revisedBody"] == CLEAN_BODY


async def test_changes_after_the_last_round_raise_revision_limit(router: ZeebeTaskRouter) -> None:
    with pytest.raises(RevisionLimitError) as raised:
        await tally(router, [review("legal", "changes-requested", "still unclear")], rounds=3)
    assert raised.value.code == "REVISION_LIMIT"
    escalation = raised.value.variables["escalation"]
    assert escalation["rounds"] == 3
    assert escalation["comments"] == ["legal: still unclear"]
    assert "limit is 3" in escalation["reason"]


async def test_approval_in_the_last_round_is_not_escalated(router: ZeebeTaskRouter) -> None:
    result = await tally(router, [review("legal", "approved")], rounds=3)
    assert result["reviewRound"]["decision"] == "approved"


@pytest.mark.parametrize(
    ("reviews", "named"),
    [
        (None, "variable 'reviews' is missing"),
        ([], "non-empty list"),
        ({"reviewer": "editor"}, "non-empty list"),
        ([review("marketing", "approved")], "reviews[0].reviewer"),
        ([{"reviewer": "editor", "outcome": None, "comments": ""}], "reviews[0].outcome"),
        ([review("editor", "approved"), review("legal", "rejected", " ")], "must say why"),
    ],
)
async def test_malformed_reviews_are_invalid_input(
    router: ZeebeTaskRouter, reviews: Any, named: str
) -> None:
    with pytest.raises(InvalidCaseError) as raised:
        await tally(router, reviews)
    assert named in str(raised.value)


async def test_revision_replaces_the_body_and_counts_the_round(router: ZeebeTaskRouter) -> None:
    result = await handler(router, "content.apply-revision")(
        submission=submission_payload(),
        revision={"body": "New copy.", "note": "shorter"},
        rounds=1,
    )
    assert result["rounds"] == 2
    assert result["submission"]["body"] == "New copy."
    assert result["submission"]["title"] == submission_payload()["title"]


@pytest.mark.parametrize(
    ("revision", "named"),
    [(None, "variable 'revision' is missing"), ({"body": ""}, "revision.body")],
)
async def test_malformed_revision_is_invalid_input(
    router: ZeebeTaskRouter, revision: Any, named: str
) -> None:
    with pytest.raises(InvalidCaseError) as raised:
        await handler(router, "content.apply-revision")(
            submission=submission_payload(), revision=revision
        )
    assert named in str(raised.value)


async def test_publishing_twice_publishes_once(
    router: ZeebeTaskRouter, systems: FakeContentSystems
) -> None:
    publish = handler(router, "content.publish")
    first = await publish(job("Task_Publish"), submission=submission_payload())
    again = await publish(job("Task_Publish"), submission=submission_payload())
    assert first == again
    assert systems.publish_calls == 2
    assert list(systems.publications) == ["content-approval:SUB-2001:Task_Publish"]
    assert first["publication"]["publicationId"] == "PUB-1"


async def test_cms_outage_fails_the_job_for_a_retry(
    router: ZeebeTaskRouter, systems: FakeContentSystems
) -> None:
    systems.cms_down = True
    with pytest.raises(LegacySystemUnavailableError):
        await handler(router, "content.publish")(
            job("Task_Publish"), submission=submission_payload()
        )


async def test_publish_rejects_a_malformed_submission(router: ZeebeTaskRouter) -> None:
    with pytest.raises(InvalidCaseError, match=r"submission\.submissionId"):
        await handler(router, "content.publish")(
            job("Task_Publish"), submission=submission_payload(submissionId="bad id!")
        )


async def test_reminder_goes_once_to_each_reviewer_group_per_round(
    router: ZeebeTaskRouter, systems: FakeContentSystems
) -> None:
    remind = handler(router, "content.remind-reviewers")
    args = {"submission": submission_payload(), "reviewers": ["editor", "legal", "editor"]}
    first = await remind(job("Boundary_ReviewSla"), rounds=0, **args)
    await remind(job("Boundary_ReviewSla"), rounds=0, **args)
    await remind(job("Boundary_ReviewSla"), rounds=1, **args)
    assert len(first["reminderNotificationIds"]) == 2
    assert sorted(systems.notices) == [
        "content-approval:SUB-2001:Boundary_ReviewSla:r0:editor",
        "content-approval:SUB-2001:Boundary_ReviewSla:r0:legal",
        "content-approval:SUB-2001:Boundary_ReviewSla:r1:editor",
        "content-approval:SUB-2001:Boundary_ReviewSla:r1:legal",
    ]
    notice = systems.notices["content-approval:SUB-2001:Boundary_ReviewSla:r0:legal"]
    assert notice.recipient == "group:content-legal"


@pytest.mark.parametrize(
    ("reviewers", "named"),
    [(None, "'reviewers' is missing"), ([], "non-empty list"), (["ceo"], "unknown")],
)
async def test_reminder_rejects_malformed_reviewers(
    router: ZeebeTaskRouter, reviewers: Any, named: str
) -> None:
    with pytest.raises(InvalidCaseError, match=named):
        await handler(router, "content.remind-reviewers")(
            job("Boundary_ReviewSla"), submission=submission_payload(), reviewers=reviewers
        )


PUBLICATION = {
    "publicationId": "PUB-1",
    "url": "https://cms.example/web/SUB-2001",
    "publishedAt": "2026-11-25T12:00:00Z",
}


async def test_published_approval_records_rounds_and_violations(router: ZeebeTaskRouter) -> None:
    result = await handler(router, "content.record-published")(
        publication=PUBLICATION, rounds=2, violationsCaught=4
    )
    assert result["approval"] == {
        "status": "published",
        "rounds": 2,
        "violationsCaught": 4,
        "decidedBy": "reviewers",
        "reasons": ["every required reviewer approved"],
        "publication": {**PUBLICATION, "publishedAt": "2026-11-25T12:00:00Z"},
    }


async def test_lead_published_approval_names_the_lead(router: ZeebeTaskRouter) -> None:
    result = await handler(router, "content.record-published")(
        publication=PUBLICATION,
        rounds=3,
        violationsCaught=1,
        leadDecision={"decision": "publish", "comments": "good enough, ship it"},
    )
    assert result["approval"]["decidedBy"] == "content-lead"
    assert result["approval"]["reasons"] == ["good enough, ship it"]


@pytest.mark.parametrize(
    ("variables", "named"),
    [
        ({"publication": None}, "variable 'publication' is missing"),
        ({"publication": {**PUBLICATION, "publishedAt": "yesterday"}}, "publication.publishedAt"),
        (
            {"publication": PUBLICATION, "leadDecision": {"decision": "reject", "comments": "no"}},
            "'reject' on the publish path",
        ),
        ({"publication": PUBLICATION, "violationsCaught": "many"}, "'violationsCaught'"),
    ],
)
async def test_record_published_rejects_malformed_variables(
    router: ZeebeTaskRouter, variables: dict[str, Any], named: str
) -> None:
    with pytest.raises(InvalidCaseError) as raised:
        await handler(router, "content.record-published")(**variables)
    assert named in str(raised.value)


async def test_rejection_by_a_reviewer_keeps_their_comments(router: ZeebeTaskRouter) -> None:
    result = await handler(router, "content.record-rejection")(
        rounds=1,
        violationsCaught=2,
        reviewRound={
            "decision": "rejected",
            "comments": ["legal: not authorised"],
            "rounds": 1,
            "revisionLimit": 3,
        },
    )
    assert result["approval"] == {
        "status": "rejected",
        "rounds": 1,
        "violationsCaught": 2,
        "decidedBy": "reviewers",
        "reasons": ["legal: not authorised"],
        "publication": None,
    }


async def test_rejection_by_the_content_lead(router: ZeebeTaskRouter) -> None:
    result = await handler(router, "content.record-rejection")(
        rounds=3,
        violationsCaught=0,
        leadDecision={"decision": "reject", "comments": "off-brand after three rounds"},
    )
    assert result["approval"]["decidedBy"] == "content-lead"
    assert result["approval"]["status"] == "rejected"


@pytest.mark.parametrize(
    ("variables", "named"),
    [
        ({}, "variable 'reviewRound' is missing"),
        (
            {
                "reviewRound": {
                    "decision": "approved",
                    "comments": [],
                    "rounds": 0,
                    "revisionLimit": 3,
                }
            },
            "'approved' on the rejection path",
        ),
        ({"leadDecision": {"decision": "publish", "comments": "fine"}}, "'publish'"),
        ({"leadDecision": {"decision": "maybe", "comments": "hm"}}, "leadDecision.decision"),
    ],
)
async def test_record_rejection_rejects_malformed_variables(
    router: ZeebeTaskRouter, variables: dict[str, Any], named: str
) -> None:
    with pytest.raises(InvalidCaseError) as raised:
        await handler(router, "content.record-rejection")(**variables)
    assert named in str(raised.value)


async def test_revise_loop_then_publish_counts_rounds_and_violations(
    router: ZeebeTaskRouter, systems: FakeContentSystems
) -> None:
    """The handlers in BPMN order: flagged copy, changes requested, revision, clean, published."""
    variables: dict[str, Any] = {
        "submission": submission_payload(body="Risk-free cover. Email jo@example.com now!!")
    }
    variables |= await checked(router, submission=variables["submission"])
    assert variables["violationsCaught"] == 2
    variables |= await handler(router, "content.tally-reviews")(
        reviews=[review("editor", "changes-requested", "remove the claim")],
        rounds=variables["rounds"],
        checks=variables["checks"],
    )
    variables |= await handler(router, "content.apply-revision")(
        submission=variables["submission"],
        revision={"body": variables["revisedBody"]},
        rounds=variables["rounds"],
    )
    assert variables["rounds"] == 1
    assert variables["submission"]["body"] == "Straightforward cover. Email [email removed] now!"
    variables |= await checked(
        router,
        submission=variables["submission"],
        rounds=variables["rounds"],
        violationsCaught=variables["violationsCaught"],
    )
    assert variables["checks"]["violationsCaught"] == 0
    variables |= await handler(router, "content.tally-reviews")(
        reviews=[review("editor", "approved")],
        rounds=variables["rounds"],
        checks=variables["checks"],
    )
    variables |= await handler(router, "content.publish")(
        job("Task_Publish"), submission=variables["submission"]
    )
    variables |= await handler(router, "content.record-published")(
        publication=variables["publication"],
        rounds=variables["rounds"],
        violationsCaught=variables["violationsCaught"],
    )
    assert variables["approval"]["status"] == "published"
    assert variables["approval"]["rounds"] == 1
    assert variables["approval"]["violationsCaught"] == 2
    assert len(systems.publications) == 1
