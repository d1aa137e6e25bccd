"""Step rules of "Check the facts" (``AdHoc_FactCheck``): what the planner knows of a submission's
claims, what its tools ask, and their answers as one line each. Pure: no I/O.

Claims are the author's words, so they are PII-tokenised (the author's name, addresses, numbers)
before they become planner facts, knowledge-base queries or process variables.
"""

from __future__ import annotations

import re

from contracts.common import Citation
from contracts.content import (
    ContentIntake,
    EarlierPublication,
    FactCheckResult,
    Submission,
)
from guardrails import tokenise_pii

FACT_LINE_CHARS = 400
QUERY_CHARS = 500
EARLIER_PUBLICATIONS = 5
_WORD = re.compile(r"[a-z0-9]{4,}")


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else f"{text[: limit - 1]}…"


def tokenised(submission: Submission, text: str) -> str:
    """The author's text with the author's name and other PII tokenised."""
    return tokenise_pii(text, known_names=(submission.author.name,))


def claims_to_check(submission: Submission) -> list[str]:
    """Each declared claim with the evidence the author gave for it, tokenised."""
    return [
        tokenised(submission, f"claim: {c.text} (evidence: {c.evidence or 'none given'})")
        for c in submission.claims_made
    ]


def fact_check_facts(submission: Submission, intake: ContentIntake | None) -> list[str]:
    """What the planner knows: channel, product, the intake's risk flags and the claims."""
    flags = ", ".join(intake.risk_flags) if intake and intake.risk_flags else "none"
    return [
        f"{submission.channel.value} copy about {submission.product} for {submission.audience}",
        f"intake risk flags: {flags}",
        *claims_to_check(submission),
    ]


def fact_source_query(submission: Submission) -> str:
    """What the knowledge base is asked: house style and fact sources for these claims."""
    claims = "; ".join(tokenised(submission, c.text) for c in submission.claims_made)
    return _clip(f"{submission.product} facts and house style for claims: {claims}", QUERY_CHARS)


def sources_summary(citations: list[Citation]) -> str:
    if not citations:
        return "no fact source or house-style passage found for these claims"
    titles = "; ".join(dict.fromkeys(c.title or c.source for c in citations))
    return _clip(
        f"{len(citations)} passage(s) to check the claims against: {titles}", FACT_LINE_CHARS
    )


def _topic_words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def related_publications(
    submission: Submission, publications: list[EarlierPublication]
) -> list[EarlierPublication]:
    """Other submissions' publications sharing topic words with this title and its claims,
    most shared words first, then the newest; a title published again counts once."""
    topic = _topic_words(" ".join([submission.title, *(c.text for c in submission.claims_made)]))
    scored = [
        (len(topic & _topic_words(p.title or "")), p)
        for p in publications
        if p.submission_id != submission.submission_id
    ]
    related = [(score, p) for score, p in scored if score > 0]
    related.sort(key=lambda pair: (pair[0], pair[1].published_at), reverse=True)
    newest_per_title: dict[str, EarlierPublication] = {}
    for _, publication in related:
        newest_per_title.setdefault((publication.title or "").casefold(), publication)
    return list(newest_per_title.values())[:EARLIER_PUBLICATIONS]


def publications_summary(related: list[EarlierPublication]) -> str:
    if not related:
        return "no earlier publication in the CMS covers these topics"
    listed = "; ".join(
        f"{p.title or p.publication_id} ({p.channel or 'unknown channel'}, "
        f"{p.published_at.date().isoformat()})"
        for p in related
    )
    return _clip(
        f"{len(related)} earlier publication(s) on these topics: {listed}", FACT_LINE_CHARS
    )


def fact_check_answers(results: list[FactCheckResult]) -> list[tuple[str, str]]:
    """Each collected answer as (element, summary or answer), for QA and the reviewers."""
    answers = []
    for entry in results:
        said = entry.result or {}
        text = said.get("summary") or said.get("answer")
        if isinstance(text, str) and text.strip():
            answers.append((entry.element_id, _clip(text, FACT_LINE_CHARS)))
    return answers
