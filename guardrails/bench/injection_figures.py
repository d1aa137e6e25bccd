"""Committed injection figures per labelled set, as printed by ``python -m guardrails.bench``.

A unit test fails when a set's recall drops below its figure or its false-positive rate rises
above the 2 % goal (or above the figure, for a set that has not met the goal). The held-out case
text was written before tuning and never tuned on; the blind sets (``second_holdout``) were
written by someone who never saw the detector, its data or the other sets, and were measured only
after the detector was tuned, so theirs are the honest figures.
``COMMITTED`` is the rules alone; ``COMMITTED_WITH_MODEL`` is rules-or-learned-model
(``guardrails.injection_model``), whose training set includes the case-text set.
"""

from __future__ import annotations

from typing import NamedTuple

FPR_GOAL = 0.02


class SetFigure(NamedTuple):
    """Measured recall and false-positive rate of one labelled set."""

    recall: float
    false_positive_rate: float


COMMITTED: dict[str, SetFigure] = {
    "case text": SetFigure(recall=1.0, false_positive_rate=0.0),
    "case holdout": SetFigure(recall=0.357, false_positive_rate=0.043),
    "documents": SetFigure(recall=1.0, false_positive_rate=0.0),
    "tool outputs": SetFigure(recall=1.0, false_positive_rate=0.0),
    "blind case": SetFigure(recall=0.575, false_positive_rate=0.0),
    "blind documents": SetFigure(recall=0.34, false_positive_rate=0.02),
    "blind tools": SetFigure(recall=0.32, false_positive_rate=0.04),
}

COMMITTED_WITH_MODEL: dict[str, SetFigure] = {
    "case text": SetFigure(recall=1.0, false_positive_rate=0.0),
    "case holdout": SetFigure(recall=0.829, false_positive_rate=0.086),
    "documents": SetFigure(recall=1.0, false_positive_rate=0.0),
    "tool outputs": SetFigure(recall=1.0, false_positive_rate=0.016),
    "blind case": SetFigure(recall=0.95, false_positive_rate=0.075),
    "blind documents": SetFigure(recall=0.84, false_positive_rate=0.14),
    "blind tools": SetFigure(recall=0.84, false_positive_rate=0.12),
}
