"""Committed injection figures per labelled set, as printed by ``python -m guardrails.bench``.

A unit test fails when a set's recall drops below its figure or its false-positive rate rises
above the 2 % goal (or above the figure, for a set that has not met the goal). The held-out case
text was written before tuning and never tuned on. The blind sets were each written by someone
who never saw the detector, its data or the other sets: ``second_holdout`` before model v2, whose
tuner never saw it (v3's tuner was told only its aggregate false-positive rates), and
``third_holdout`` while v3 was tuned, never seen by anyone tuning — its figures are the cleanest.
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
    "third case": SetFigure(recall=0.483, false_positive_rate=0.017),
    "third documents": SetFigure(recall=0.44, false_positive_rate=0.02),
    "third tools": SetFigure(recall=0.4, false_positive_rate=0.06),
}

COMMITTED_WITH_MODEL: dict[str, SetFigure] = {
    "case text": SetFigure(recall=1.0, false_positive_rate=0.0),
    "case holdout": SetFigure(recall=0.657, false_positive_rate=0.057),
    "documents": SetFigure(recall=1.0, false_positive_rate=0.0),
    "tool outputs": SetFigure(recall=1.0, false_positive_rate=0.0),
    "blind case": SetFigure(recall=0.875, false_positive_rate=0.0),
    "blind documents": SetFigure(recall=0.7, false_positive_rate=0.02),
    "blind tools": SetFigure(recall=0.66, false_positive_rate=0.06),
    "third case": SetFigure(recall=0.867, false_positive_rate=0.017),
    "third documents": SetFigure(recall=0.72, false_positive_rate=0.02),
    "third tools": SetFigure(recall=0.66, false_positive_rate=0.06),
}
