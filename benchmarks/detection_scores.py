"""Precision and recall of a PII detector against labelled spans: a hit counts when it overlaps a
gold span of the same kind; every gold span is found at most once."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

Span = tuple[str, int, int]
"""(kind, start, end) with ``end`` exclusive."""


@dataclass(frozen=True)
class Scores:
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float | None:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else None

    @property
    def recall(self) -> float | None:
        gold = self.true_positives + self.false_negatives
        return self.true_positives / gold if gold else None

    def __add__(self, other: Scores) -> Scores:
        return Scores(
            self.true_positives + other.true_positives,
            self.false_positives + other.false_positives,
            self.false_negatives + other.false_negatives,
        )


def score_text(found: Iterable[Span], gold: Sequence[Span]) -> dict[str, Scores]:
    """Per kind, the scores of one text."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    matched: set[int] = set()
    for kind, start, end in found:
        hit = next(
            (
                index
                for index, (gold_kind, gold_start, gold_end) in enumerate(gold)
                if index not in matched
                and gold_kind == kind
                and start < gold_end
                and gold_start < end
            ),
            None,
        )
        if hit is None:
            fp[kind] += 1
        else:
            tp[kind] += 1
            matched.add(hit)
    for index, (kind, _, _) in enumerate(gold):
        if index not in matched:
            fn[kind] += 1
    return {kind: Scores(tp[kind], fp[kind], fn[kind]) for kind in {*tp, *fp, *fn}}


def score_corpus(
    detect: Callable[[str], Iterable[Span]], corpus: Iterable[tuple[str, Sequence[Span]]]
) -> dict[str, Scores]:
    """Per kind over a corpus of ``(text, gold spans)``."""
    totals: dict[str, Scores] = {}
    for text, gold in corpus:
        for kind, scores in score_text(detect(text), gold).items():
            totals[kind] = totals.get(kind, Scores(0, 0, 0)) + scores
    return totals


def overall(per_kind: dict[str, Scores], kinds: Iterable[str]) -> Scores:
    """The sum over ``kinds`` (kinds with no score count as zero)."""
    total = Scores(0, 0, 0)
    for kind in kinds:
        total = total + per_kind.get(kind, Scores(0, 0, 0))
    return total
