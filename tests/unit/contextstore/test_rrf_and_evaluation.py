"""Reciprocal rank fusion and the retrieval metrics."""

from __future__ import annotations

from pathlib import Path

import pytest

from contextstore import (
    DOCS_DIR,
    LabelledQuery,
    distinct_docs,
    load_queries,
    load_sources,
    rrf_fuse,
    score,
)
from contracts.errors import KnowledgeFormatError


def test_item_ranked_well_by_both_lists_wins() -> None:
    fused = rrf_fuse([["a", "b", "c"], ["b", "d", "a"]], k=60)

    assert [item for item, _ in fused] == ["b", "a", "d", "c"]
    assert fused[0][1] == pytest.approx(1 / 62 + 1 / 61)


def test_ties_keep_the_order_of_first_appearance() -> None:
    fused = rrf_fuse([["x", "y"], ["y", "x"]])

    assert [item for item, _ in fused] == ["x", "y"]


def test_single_ranking_is_kept_in_order() -> None:
    assert [item for item, _ in rrf_fuse([["c", "a", "b"]])] == ["c", "a", "b"]


def test_no_rankings_fuse_to_nothing() -> None:
    assert rrf_fuse([]) == []


def test_document_ranking_keeps_first_chunk_position() -> None:
    assert distinct_docs(["water", "fire", "water", "theft"]) == ["water", "fire", "theft"]


def test_recall_and_mrr_are_averaged_over_queries() -> None:
    queries = [
        LabelledQuery(query="q one", relevant=["a", "b"]),
        LabelledQuery(query="q two", relevant=["z"]),
    ]

    result = score([["x", "a", "y"], ["z"]], queries, k=2)

    assert result.recall_at_k == pytest.approx((0.5 + 1.0) / 2)
    assert result.mrr == pytest.approx((1 / 2 + 1) / 2)


def test_query_with_no_relevant_hit_scores_zero() -> None:
    result = score([["x", "y"]], [LabelledQuery(query="q one", relevant=["a"])], k=5)

    assert (result.recall_at_k, result.mrr) == (0.0, 0.0)


def test_scoring_needs_one_ranking_per_query() -> None:
    with pytest.raises(ValueError, match="one ranking per query"):
        score([], [LabelledQuery(query="q one", relevant=["a"])])


def test_shipped_query_set_names_only_shipped_documents() -> None:
    known = {source.doc_id for source in load_sources(DOCS_DIR)}

    assert len(load_queries(known_doc_ids=known)) >= 30


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("queries: [unclosed", "cannot read"),
        ("- just a list", "'queries' list"),
        ("queries:\n  - query: burst pipe\n", "query 1 is invalid"),
        ("queries:\n  - query: burst pipe\n    relevant: []\n", "query 1 is invalid"),
        ("queries:\n  - query: burst pipe\n    relevant: [a]\n    extra: 1\n", "invalid"),
        ("queries:\n  - query: burst pipe\n    relevant: [no-such-doc]\n", "unknown documents"),
    ],
)
def test_malformed_query_set_is_rejected(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "queries.yaml"
    path.write_text(text)

    with pytest.raises(KnowledgeFormatError, match=message):
        load_queries(path, known_doc_ids={"a"})


def test_missing_query_set_is_reported(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeFormatError, match="cannot read"):
        load_queries(tmp_path / "absent.yaml")
