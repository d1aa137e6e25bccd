"""The fact-checking step of content-approval: the planner's turn completes its own job with an
ad-hoc result, the tools answer into ``toolResult`` with a summary line, the collected answers
reach QA as external evidence, the author's name never reaches the planner, bad input is named."""

import dataclasses
from typing import Any

import pytest
from pyzeebe import Job, ZeebeTaskRouter

from config import content_policy
from contracts.content import FactCheckResult
from contracts.errors import InvalidCaseError, LegacySystemUnavailableError
from guardrails import load_guardrail_policies
from tests.unit.content.content_cases import (
    EARLIER,
    FakeContentSystems,
    submission,
    submission_payload,
)
from tests.unit.handler_helpers import handler, make_job
from workers.content.fact_check import (
    fact_check_answers,
    fact_check_facts,
    related_publications,
)
from workers.content.handlers import build_router
from workers.content.rules import check_content

BUDGET = {"maxIterations": "4", "costBudget": "10"}
ELEMENTS = [
    {"elementId": "Tool_SearchFactSources", "properties": {"cost": "2"}},
    {"elementId": "Tool_EarlierPublications", "properties": {"cost": "1"}},
    {"elementId": "UserTask_AskFactChecker", "properties": {"kind": "human"}},
]
CLAIMS = [
    {"text": "Priya Shah says our storm damage cover pays out in 48 hours", "evidence": None},
    {"text": "Rated best home insurance of 2026", "evidence": "Which? survey 2026"},
]
ANSWERS = [
    {
        "id": "Tool_SearchFactSources",
        "elementId": "Tool_SearchFactSources",
        "result": {"summary": "1 passage(s) to check the claims against: Content policy"},
    },
    {
        "id": "UserTask_AskFactChecker",
        "elementId": "UserTask_AskFactChecker",
        "result": {"answer": "the 48-hour payout is not in the policy terms"},
    },
]


def with_claims() -> dict[str, Any]:
    return submission_payload(claimsMade=CLAIMS)


def planner_job(headers: dict[str, str]) -> Job:
    job = make_job("AdHoc_FactCheck", job_type="content.fact-check")
    return dataclasses.replace(job, key=71, custom_headers=headers)


async def test_first_turn_activates_the_fact_sources(
    router: ZeebeTaskRouter, systems: FakeContentSystems
) -> None:
    returned = await handler(router, "content.fact-check")(
        job=planner_job(BUDGET), submission=with_claims(), adHocSubProcessElements=ELEMENTS
    )
    assert returned == {}
    result = systems.job_results[71]
    assert [e["elementId"] for e in result["activateElements"]] == ["Tool_SearchFactSources"]
    assert result["isCompletionConditionFulfilled"] is False


async def test_fact_check_is_done_once_every_tool_answered(
    router: ZeebeTaskRouter, systems: FakeContentSystems
) -> None:
    await handler(router, "content.fact-check")(
        job=planner_job(BUDGET),
        submission=with_claims(),
        adHocSubProcessElements=ELEMENTS,
        toolResults=[
            {"elementId": "Tool_SearchFactSources", "result": {"summary": "none"}},
            {"elementId": "Tool_EarlierPublications", "result": {"summary": "none"}},
        ],
    )
    result = systems.job_results[71]
    assert result["activateElements"] == []
    assert result["isCompletionConditionFulfilled"] is True


async def test_spent_budget_asks_a_fact_checker(
    router: ZeebeTaskRouter, systems: FakeContentSystems
) -> None:
    await handler(router, "content.fact-check")(
        job=planner_job({"maxIterations": "1", "costBudget": "10"}),
        submission=with_claims(),
        adHocSubProcessElements=ELEMENTS,
        toolResults=[{"elementId": "Tool_SearchFactSources", "result": {"summary": "none"}}],
    )
    [activated] = systems.job_results[71]["activateElements"]
    assert activated["elementId"] == "UserTask_AskFactChecker"
    assert "iteration budget of 1 used up" in activated["variables"]["handOverReasons"]


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"adHocSubProcessElements": [{"properties": {}}]}, "adHocSubProcessElements"),
        ({"toolResults": [{"result": 1}]}, "toolResults"),
        ({"submission": {"submissionId": "S 1"}}, "submission"),
        ({"intake": {"contentType": ""}}, "intake"),
        ({"job": planner_job({"maxIterations": "0", "costBudget": "10"})}, "maxIterations"),
    ],
)
async def test_malformed_fact_check_input_is_invalid_input(
    router: ZeebeTaskRouter, changes: dict[str, Any], named: str
) -> None:
    variables: dict[str, Any] = {
        "job": planner_job(BUDGET),
        "submission": with_claims(),
        "adHocSubProcessElements": ELEMENTS,
        **changes,
    }
    with pytest.raises(InvalidCaseError, match=named):
        await handler(router, "content.fact-check")(**variables)


def test_planner_facts_are_the_tokenised_claims_and_flags() -> None:
    facts = fact_check_facts(submission(claimsMade=CLAIMS), None)
    assert facts[0] == "web copy about home-insurance for homeowners"
    assert facts[1] == "intake risk flags: none"
    assert len(facts) == 4
    assert "Priya Shah" not in " ".join(facts)
    assert "(evidence: none given)" in facts[2]
    assert "(evidence: Which? survey 2026)" in facts[3]


async def test_fact_sources_answer_with_citations_and_a_tokenised_query(
    router: ZeebeTaskRouter, systems: FakeContentSystems
) -> None:
    queries: list[str] = []
    original = systems.retrieve

    async def recording(query: str) -> Any:
        queries.append(query)
        return await original(query)

    router = build_router(dataclasses.replace(systems.dependencies(), retrieve=recording))
    answer = (await handler(router, "content.search-fact-sources")(submission=with_claims()))[
        "toolResult"
    ]
    assert answer["summary"] == "1 passage(s) to check the claims against: Content policy"
    assert [s["source"] for s in answer["sources"]] == ["content-policy#claims"]
    [query] = queries
    assert query.startswith("home-insurance facts and house style for claims:")
    assert "Priya Shah" not in query


async def test_fact_sources_reject_a_malformed_submission(router: ZeebeTaskRouter) -> None:
    with pytest.raises(InvalidCaseError, match="submission"):
        await handler(router, "content.search-fact-sources")(submission={"submissionId": "S 1"})


async def test_earlier_publications_on_the_same_topics(router: ZeebeTaskRouter) -> None:
    answer = (await handler(router, "content.find-earlier-publications")(submission=with_claims()))[
        "toolResult"
    ]
    assert [p["publicationId"] for p in answer["publications"]] == ["PUB-OLD1"]
    assert answer["summary"] == (
        "1 earlier publication(s) on these topics: "
        "Home insurance cover for storm damage (web, 2026-03-01)"
    )


async def test_no_related_publication_says_so(router: ZeebeTaskRouter) -> None:
    case = submission_payload(title="Pets", claimsMade=[{"text": "Cats love it"}])
    answer = (await handler(router, "content.find-earlier-publications")(submission=case))[
        "toolResult"
    ]
    assert answer == {
        "summary": "no earlier publication in the CMS covers these topics",
        "publications": [],
    }


def test_a_title_published_again_counts_once_and_the_newest_is_kept() -> None:
    again = EARLIER[0].model_copy(
        update={"publication_id": "PUB-OLD3", "published_at": EARLIER[1].published_at}
    )
    found = related_publications(submission(claimsMade=CLAIMS), [*EARLIER, again])
    assert [p.publication_id for p in found] == ["PUB-OLD3"]


def test_a_submissions_own_publication_is_not_earlier() -> None:
    own = submission(claimsMade=CLAIMS, submissionId="SUB-1001")
    assert [p.publication_id for p in related_publications(own, EARLIER)] == []


async def test_earlier_publications_during_a_cms_outage_is_a_technical_error(
    router: ZeebeTaskRouter, systems: FakeContentSystems
) -> None:
    systems.cms_down = True
    with pytest.raises(LegacySystemUnavailableError):
        await handler(router, "content.find-earlier-publications")(submission=with_claims())


async def test_earlier_publications_reject_a_malformed_submission(
    router: ZeebeTaskRouter,
) -> None:
    with pytest.raises(InvalidCaseError, match="submission"):
        await handler(router, "content.find-earlier-publications")(submission={"title": ""})


def test_fact_check_answers_are_the_summary_or_the_fact_checkers_answer() -> None:
    results = [FactCheckResult.model_validate(a) for a in ANSWERS]
    results.append(FactCheckResult.model_validate({"elementId": "Tool_EarlierPublications"}))
    assert fact_check_answers(results) == [
        ("Tool_SearchFactSources", "1 passage(s) to check the claims against: Content policy"),
        ("UserTask_AskFactChecker", "the 48-hour payout is not in the policy terms"),
    ]


def checks() -> dict[str, Any]:
    found = check_content(
        submission(claimsMade=CLAIMS), content_policy(), load_guardrail_policies()
    )
    return found.model_dump(mode="json", by_alias=True)


async def test_qa_reads_the_fact_check_answers_as_evidence(router: ZeebeTaskRouter) -> None:
    qa = (
        await handler(router, "content.qa-review")(
            submission=with_claims(), checks=checks(), factCheckResults=ANSWERS
        )
    )["qaReport"]
    sources = [e["source"] for e in qa["evidence"]]
    assert "fact-check:Tool_SearchFactSources" in sources
    assert "fact-check:UserTask_AskFactChecker" in sources


async def test_malformed_fact_check_results_are_invalid_input(router: ZeebeTaskRouter) -> None:
    with pytest.raises(InvalidCaseError, match="factCheckResults"):
        await handler(router, "content.qa-review")(
            submission=with_claims(), checks=checks(), factCheckResults=[{"result": "text"}]
        )
