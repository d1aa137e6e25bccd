"""The content-approval case contracts reject malformed cases with the field named."""

from typing import Any

import pytest
from pydantic import ValidationError

from contracts.content import Approval, Review, Span, Submission
from tests.unit.content.content_cases import submission_payload


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"submissionId": "has spaces"}, "submissionId"),
        ({"channel": "billboard"}, "channel"),
        ({"author": {"name": "", "email": "a@b.example"}}, "author.name"),
        ({"body": ""}, "body"),
        ({"claimsMade": ["we are the best"]}, "claimsMade.0"),
        ({"assets": [{"kind": "banner"}]}, "assets.0.name"),
        ({"unexpected": True}, "unexpected"),
    ],
)
def test_malformed_submissions_are_rejected(change: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as raised:
        Submission.model_validate(submission_payload(**change))
    assert field in str(raised.value)


def test_submission_round_trips_in_wire_names() -> None:
    case = Submission.model_validate(submission_payload())
    dumped = case.model_dump(mode="json", by_alias=True)
    assert dumped["submissionId"] == "SUB-2001"
    assert dumped["claimsMade"] == []


def test_span_end_cannot_precede_start() -> None:
    with pytest.raises(ValidationError, match="end is before its start"):
        Span(start=5, end=2, text="")


def test_reviewer_who_rejects_must_say_why() -> None:
    with pytest.raises(ValidationError, match="must say why"):
        Review.model_validate({"reviewer": "legal", "outcome": "rejected", "comments": ""})


def test_published_approval_needs_a_publication() -> None:
    with pytest.raises(ValidationError, match="exactly when the status is published"):
        Approval.model_validate(
            {
                "status": "published",
                "rounds": 0,
                "violationsCaught": 0,
                "decidedBy": "reviewers",
                "reasons": [],
            }
        )
