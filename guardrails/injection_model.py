"""A learned prompt-injection classifier next to the rules: TF-IDF (word 1-2-grams and
character 3-5-grams) and logistic regression, fitted in-process on the groups of
:func:`training_groups`: the training file ``guardrails/data/injection_train.tsv``, the old
case-text bench set, the second and third blind sets, and the nineteen writers of
:mod:`guardrails.training` (23 groups, about 6,300 texts).

Rules memorise wording; the model scores text it has never seen by its resemblance to the
training examples, so paraphrases and other languages are caught too. Text is folded by the
rules' :func:`~guardrails.injection.normalise` first, the decoded hidden runs are appended, so
the model sees what the rules see, and so are the multilingual cue words of
:mod:`guardrails.injection_cues`. A text is scored window by window of two sentences
(:mod:`guardrails.segments`) and flagged on its highest score, so one instruction in a long
letter is not diluted; training adds each benign sentence and each injection planted in a
benign carrier text (:func:`augmented`). In a text that talks about attacks, the attacks it
quotes are masked first (:func:`~guardrails.quotations.masked_examples`), so a
security-awareness article is scored as the article it is. Imperative text addressed to staff,
or text about AI, is not an injection; text telling the machine reading it to deviate from its
task is. Training is deterministic (liblinear, no random state) and takes seconds, so no pickled
model is shipped (:meth:`InjectionModel.trained` keeps the one it fits in the machine's cache,
:mod:`guardrails.model_cache`); the caller builds one :class:`InjectionModel` per process and
passes it to :func:`~guardrails.injection.detect_injection`.

:data:`THRESHOLD` was chosen by :func:`choose_threshold` on
:func:`held_out_group_probabilities`: the lowest probability (three decimals) at which
rules-or-model flag at most :data:`FPR_GOAL` of the benign training texts, each scored by a model
that never saw its writer. Folds that mix writers were 4-7 times too optimistic about the
false-positive rate on text written by someone else. A unit test re-derives it;
``python -m guardrails.bench`` prints the figures.
"""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from functools import cache
from pathlib import Path
from types import ModuleType

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

from guardrails import model_cache, training
from guardrails.bench import injection_corpus, second_holdout, third_holdout
from guardrails.encodings import hidden_texts
from guardrails.injection import (
    CORROBORATION,
    detect_injection_in,
    needs_corroboration,
    normalise,
)
from guardrails.injection_cues import cues
from guardrails.payloads import as_received
from guardrails.quotations import masked_examples
from guardrails.segments import reads, segments, sentences
from guardrails.verdict import Action

DATA_FILE = Path(__file__).resolve().parent / "data" / "injection_train.tsv"
LABELS = {"injection": True, "benign": False}
FPR_GOAL = 0.02
THRESHOLD = 0.977
MODEL_ID = (
    "baton-injection-v6 (tfidf+logreg, max over two-sentence windows, quoted examples masked)"
)
CARRIER_STRIDE = 7
HELD_OUT_FOLDS = 5
THRESHOLD_STEPS = 1000


class TrainingDataError(ValueError):
    """A row of the training file is malformed; the message names the file and line."""


@dataclass(frozen=True)
class LabelledText:
    text: str
    is_injection: bool


def load_training_file(path: Path = DATA_FILE) -> list[LabelledText]:
    """Rows of ``label<TAB>text`` under a ``label``/``text`` header; label is ``injection`` or
    ``benign``."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or rows[0] != ["label", "text"]:
        raise TrainingDataError(f"{path}:1: header must be 'label<TAB>text'")
    examples: list[LabelledText] = []
    for line, row in enumerate(rows[1:], start=2):
        if len(row) != 2:
            raise TrainingDataError(
                f"{path}:{line}: expected 2 tab-separated fields, got {len(row)}"
            )
        label, text = row[0].strip(), row[1].strip()
        if label not in LABELS:
            raise TrainingDataError(f"{path}:{line}: unknown label {label!r}")
        if not text:
            raise TrainingDataError(f"{path}:{line}: empty text")
        examples.append(LabelledText(text=text, is_injection=LABELS[label]))
    if not examples:
        raise TrainingDataError(f"{path}: no examples")
    return examples


def _labelled(attacks: Iterable[str], benign: Iterable[str]) -> list[LabelledText]:
    return [
        *(LabelledText(text, True) for text in attacks),
        *(LabelledText(text, False) for text in benign),
    ]


def _all_of(module: ModuleType) -> list[LabelledText]:
    surfaces = ("CASE", "DOCUMENT", "TOOL")
    return _labelled(
        (text for surface in surfaces for text in getattr(module, f"{surface}_ATTACKS")),
        (text for surface in surfaces for text in getattr(module, f"{surface}_BENIGN")),
    )


def training_groups(path: Path = DATA_FILE) -> dict[str, list[LabelledText]]:
    """The training examples by who wrote them: the training file, the old case-text bench set,
    the second and third blind sets (trained on since v4, so no longer a fair test) and each
    writer of :mod:`guardrails.training`. The fourth and fifth blind sets are never trained on."""
    return {
        "training file": load_training_file(path),
        "case-text bench set": _labelled(injection_corpus.INJECTIONS, injection_corpus.BENIGN),
        "second blind set": _all_of(second_holdout),
        "third blind set": _all_of(third_holdout),
        **{name: _labelled(m.ATTACKS, m.BENIGN) for name, m in training.WRITERS.items()},
    }


def training_set(path: Path = DATA_FILE) -> list[LabelledText]:
    """Every group of :func:`training_groups`, in order."""
    return [example for group in training_groups(path).values() for example in group]


def model_text(text: str) -> str:
    """What the model reads: the rules' folding, with decoded hidden runs appended, then the
    cue words (:func:`~guardrails.injection_cues.cues`) of the text and the decoded runs."""
    hidden = [plain for _, plain in hidden_texts(text)]
    unfolded = unicodedata.normalize("NFKC", " ".join([text, *hidden])).lower()
    return " ".join([normalise(text), *(normalise(plain) for plain in hidden), *cues(unfolded)])


def _pipeline() -> Pipeline:
    features = FeatureUnion(
        [
            ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)),
            (
                "chars",
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=2
                ),
            ),
        ]
    )
    model = LogisticRegression(C=10, max_iter=2000, class_weight="balanced", solver="liblinear")
    return Pipeline([("features", features), ("model", model)])


def augmented(examples: list[LabelledText]) -> list[LabelledText]:
    """The examples, each sentence of a several-sentence benign text as a benign example of its
    own, and each injection planted in the middle of a benign text (its carrier), so the model
    learns both what a benign sentence looks like and that one instruction taints a letter."""
    benign = [e.text for e in examples if not e.is_injection]
    carriers = [units for units in map(sentences, benign) if len(units) > 1]
    rows = list(examples)
    rows += [
        LabelledText(sentence, False) for units in carriers for sentence in units if reads(sentence)
    ]
    attacks = [e.text for e in examples if e.is_injection]
    if carriers:
        for index, attack in enumerate(attacks):
            units = carriers[(index * CARRIER_STRIDE) % len(carriers)]
            middle = len(units) // 2
            rows.append(LabelledText(" ".join([*units[:middle], attack, *units[middle:]]), True))
    return list({(row.text, row.is_injection): row for row in rows}.values())


def _fit(examples: list[LabelledText]) -> Pipeline:
    rows = augmented([LabelledText(masked_examples(e.text), e.is_injection) for e in examples])
    return _pipeline().fit([model_text(r.text) for r in rows], [r.is_injection for r in rows])


def _highest(pipeline: Pipeline, text: str) -> float:
    """The highest probability over the segments of ``text``, with the attacks it quotes as
    examples masked (:func:`~guardrails.quotations.masked_examples`)."""
    text = masked_examples(text)
    pieces = [piece for piece in segments(text) if reads(piece)] or [text]
    scores = pipeline.predict_proba([model_text(piece) for piece in pieces])[:, 1]
    return float(max(scores))


class InjectionModel:
    """A fitted classifier and the probability at or above which it flags a text."""

    def __init__(self, examples: list[LabelledText], threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._pipeline = _fit(examples)

    @classmethod
    def from_fitted(cls, pipeline: Pipeline, threshold: float = THRESHOLD) -> InjectionModel:
        """A model around a pipeline fitted before (kept in :mod:`guardrails.model_cache`)."""
        model = cls.__new__(cls)
        model.threshold = threshold
        model._pipeline = pipeline
        return model

    @classmethod
    def trained(cls) -> InjectionModel:
        """The model on the shipped training set, at the committed threshold: fitted once per
        process, and once per machine while the package is unchanged
        (:mod:`guardrails.model_cache`)."""
        return _shipped_model()

    def probability(self, text: str) -> float:
        """Probability that ``text`` is an injection attempt: the highest over its segments
        (:func:`~guardrails.segments.segments`)."""
        return _highest(self._pipeline, text)

    def assess(self, text: str) -> float | None:
        """The probability when it reaches the threshold, else None. A text of fewer than
        :data:`~guardrails.segments.MIN_WORDS` words is left to the rules."""
        if not reads(text):
            return None
        probability = self.probability(text)
        return probability if probability >= self.threshold else None


@cache
def _shipped_model() -> InjectionModel:
    key = model_cache.cache_key()
    cached = model_cache.load(key)
    if cached is not None:
        return InjectionModel.from_fitted(cached)
    model = InjectionModel(training_set())
    model_cache.store(key, model._pipeline)
    return model


class RulesFlag(Enum):
    """What the rules alone say of a text, as the fleet meets it (a JSON answer parsed)."""

    NONE = "none"
    ALONE = "alone"
    """A rule flags it whatever the model says."""
    IF_CORROBORATED = "if corroborated"
    """Only :data:`~guardrails.injection.CORROBORATED_RULES` match: flagged when the model
    scores the text at least :data:`~guardrails.injection.CORROBORATION`."""


def rules_flag(text: str) -> RulesFlag:
    """What the rules alone say of ``text`` (see :class:`RulesFlag`)."""
    verdicts = detect_injection_in(as_received(text), source="training")
    rules = {v.rule for v in verdicts if v.action is Action.ESCALATE}
    if not rules:
        return RulesFlag.NONE
    if needs_corroboration(text, rules):
        return RulesFlag.IF_CORROBORATED
    return RulesFlag.ALONE


def held_out_group_probabilities(
    groups: dict[str, list[LabelledText]], folds: int = HELD_OUT_FOLDS
) -> tuple[list[LabelledText], list[float]]:
    """Every example, in group order, and its probability from a model fitted without its
    writer: the groups are dealt round-robin into ``folds`` folds and each fold is scored by a
    model fitted on the others. That is how the model scores text by a writer it has never seen,
    which is what it meets in production (folds that mix a writer's texts score that writer's
    style as already known, and were 4-7 times too optimistic about the false-positive rate on
    independently written text)."""
    names = list(groups)
    fold_of = {name: index % folds for index, name in enumerate(names)}
    scored: dict[str, list[float]] = {}
    for fold in range(min(folds, len(names))):
        rest = [e for name in names if fold_of[name] != fold for e in groups[name]]
        pipeline = _fit(rest)
        for name in names:
            if fold_of[name] == fold:
                scored[name] = [_highest(pipeline, e.text) for e in groups[name]]
    examples = [e for name in names for e in groups[name]]
    return examples, [p for name in names for p in scored[name]]


def combined_rates(
    examples: list[LabelledText], probabilities: list[float], threshold: float
) -> tuple[float, float]:
    """(recall, false-positive rate) of rules-or-model at ``threshold``."""
    return _rates(examples, [rules_flag(e.text) for e in examples], probabilities, threshold)


def _flagged(by_rules: RulesFlag, text: str, probability: float, threshold: float) -> bool:
    if by_rules is RulesFlag.ALONE:
        return True
    if by_rules is RulesFlag.IF_CORROBORATED and probability >= CORROBORATION:
        return True
    return reads(text) and probability >= threshold


def _rates(
    examples: list[LabelledText],
    by_rules: list[RulesFlag],
    probabilities: list[float],
    threshold: float,
) -> tuple[float, float]:
    flagged = [
        _flagged(rule, e.text, p, threshold)
        for e, rule, p in zip(examples, by_rules, probabilities, strict=True)
    ]
    attacks = [f for f, e in zip(flagged, examples, strict=True) if e.is_injection]
    benign = [f for f, e in zip(flagged, examples, strict=True) if not e.is_injection]
    if not attacks or not benign:
        raise ValueError("rates need both attacks and benign examples")
    return sum(attacks) / len(attacks), sum(benign) / len(benign)


def choose_threshold(examples: list[LabelledText], probabilities: list[float]) -> float:
    """The lowest threshold (three decimals) at which rules-or-model keep the held-out
    false-positive rate at or below :data:`FPR_GOAL`. Three decimals, because a logistic
    regression on this many features puts most of its scores within a hundredth of 0 or 1.
    The rate only falls as the threshold rises, so the grid is bisected."""
    by_rules = [rules_flag(e.text) for e in examples]

    def within_goal(step: int) -> bool:
        return _rates(examples, by_rules, probabilities, step / THRESHOLD_STEPS)[1] <= FPR_GOAL

    low, high = 1, THRESHOLD_STEPS - 1
    if not within_goal(high):
        raise ValueError(f"no threshold keeps the false-positive rate at or below {FPR_GOAL}")
    while low < high:
        middle = (low + high) // 2
        if within_goal(middle):
            high = middle
        else:
            low = middle + 1
    return high / THRESHOLD_STEPS
