"""Retrieval quality on the labelled query set: recall@k and MRR at document level."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from contextstore.knowledge import KNOWLEDGE_DIR
from contracts.errors import KnowledgeFormatError
from contracts.validation import describe_validation_error

QUERY_SET = KNOWLEDGE_DIR / "eval" / "queries.yaml"


class LabelledQuery(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    query: str = Field(min_length=3)
    relevant: list[str] = Field(min_length=1)


def load_queries(
    path: Path = QUERY_SET, known_doc_ids: set[str] | None = None
) -> list[LabelledQuery]:
    """Parse the query set; every relevant id must name a shipped document."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeFormatError(f"{path}: cannot read the query set: {exc}") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("queries"), list):
        raise KnowledgeFormatError(f"{path}: expected a mapping with a 'queries' list")
    queries: list[LabelledQuery] = []
    for number, item in enumerate(raw["queries"], start=1):
        try:
            query = LabelledQuery.model_validate(item)
        except ValidationError as exc:
            raise KnowledgeFormatError(
                f"{path}: query {number} is invalid — {describe_validation_error(exc)}"
            ) from None
        unknown = set(query.relevant) - known_doc_ids if known_doc_ids is not None else set()
        if unknown:
            raise KnowledgeFormatError(
                f"{path}: query {number} names unknown documents {sorted(unknown)}"
            )
        queries.append(query)
    return queries


def distinct_docs(chunk_doc_ids: Sequence[str]) -> list[str]:
    """Document ranking from a chunk ranking: first appearance wins."""
    return list(dict.fromkeys(chunk_doc_ids))


@dataclass(frozen=True)
class Scores:
    recall_at_k: float
    mrr: float
    queries: int


def score(
    rankings: Sequence[Sequence[str]], queries: Sequence[LabelledQuery], k: int = 5
) -> Scores:
    """``rankings[i]`` is the document ranking returned for ``queries[i]``."""
    if len(rankings) != len(queries) or not queries:
        raise ValueError("need one ranking per query and at least one query")
    recall = 0.0
    reciprocal = 0.0
    for ranking, query in zip(rankings, queries, strict=True):
        relevant = set(query.relevant)
        recall += len(relevant & set(ranking[:k])) / len(relevant)
        first = next((i for i, doc in enumerate(ranking, start=1) if doc in relevant), None)
        reciprocal += 1.0 / first if first else 0.0
    return Scores(
        recall_at_k=recall / len(queries), mrr=reciprocal / len(queries), queries=len(queries)
    )
