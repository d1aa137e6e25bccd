"""A learned prompt-injection classifier next to the rules: TF-IDF (word 1-2-grams and
character 3-5-grams) and logistic regression, fitted in-process on
``guardrails/data/injection_train.tsv`` plus the old case-text bench set.

Rules memorise wording; the model scores text it has never seen by its resemblance to the
training examples, so paraphrases and other languages are caught too. Text is folded by the
rules' :func:`~guardrails.injection.normalise` first, the decoded hidden runs are appended, so
the model sees what the rules see, and so are the multilingual cue words of
:mod:`guardrails.injection_cues`. A text is scored window by window of two sentences
(:mod:`guardrails.segments`) and flagged on its highest score, so one instruction in a long
letter is not diluted; training adds each benign sentence and each injection planted in a
benign carrier text (:func:`augmented`). The benign training texts include long documents,
tool and legacy answers, knowledge passages full of staff guidance ("never pay without...") and
articles about AI and phishing: imperative text addressed to staff, or text about AI, is not an
injection; text telling the machine reading it to deviate from its task is. Training is
deterministic (liblinear, no random state) and takes a few seconds, so no pickled model is
shipped; the caller builds one :class:`InjectionModel` per process and passes it to
:func:`~guardrails.injection.detect_injection`.

:data:`THRESHOLD` was chosen by :func:`choose_threshold`: the lowest probability at which
rules-or-model flag at most :data:`FPR_GOAL` of the benign training texts, each scored (max
over segments) by a model fitted and augmented on the other folds only. A unit test re-derives
it; ``python -m guardrails.bench`` prints the cross-validated figures.
"""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import FeatureUnion, Pipeline

from guardrails.bench import injection_corpus
from guardrails.encodings import hidden_texts
from guardrails.injection import detect_injection, normalise
from guardrails.injection_cues import cues
from guardrails.segments import segments, sentences, word_count
from guardrails.verdict import Action

DATA_FILE = Path(__file__).resolve().parent / "data" / "injection_train.tsv"
LABELS = {"injection": True, "benign": False}
FPR_GOAL = 0.02
MIN_WORDS = 4
THRESHOLD = 0.93
MODEL_ID = "baton-injection-v3 (tfidf+logreg, max over two-sentence windows)"
CARRIER_STRIDE = 7


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


def training_set(path: Path = DATA_FILE) -> list[LabelledText]:
    """The training file plus the old case-text bench set (which is then no fair test)."""
    return [
        *load_training_file(path),
        *(LabelledText(text, True) for text in injection_corpus.INJECTIONS),
        *(LabelledText(text, False) for text in injection_corpus.BENIGN),
    ]


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
    rows = augmented(examples)
    return _pipeline().fit([model_text(r.text) for r in rows], [r.is_injection for r in rows])


def _highest(pipeline: Pipeline, text: str) -> float:
    pieces = [piece for piece in segments(text) if reads(piece)] or [text]
    scores = pipeline.predict_proba([model_text(piece) for piece in pieces])[:, 1]
    return float(max(scores))


class InjectionModel:
    """A fitted classifier and the probability at or above which it flags a text."""

    def __init__(self, examples: list[LabelledText], threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._pipeline = _fit(examples)

    @classmethod
    def trained(cls) -> InjectionModel:
        """The model on the shipped training set, at the committed threshold."""
        return cls(training_set())

    def probability(self, text: str) -> float:
        """Probability that ``text`` is an injection attempt: the highest over its segments
        (:func:`~guardrails.segments.segments`)."""
        return _highest(self._pipeline, text)

    def assess(self, text: str) -> float | None:
        """The probability when it reaches the threshold, else None. Texts of fewer than
        :data:`MIN_WORDS` words are left to the rules: a bare value (``approved``, ``active``)
        carries too few features for the model, which scores it near its prior."""
        if not reads(text):
            return None
        probability = self.probability(text)
        return probability if probability >= self.threshold else None


def reads(text: str) -> bool:
    """Whether the model scores ``text`` at all (it has at least :data:`MIN_WORDS` words)."""
    return word_count(text) >= MIN_WORDS


def _rules_flag(text: str) -> bool:
    return any(v.action is Action.ESCALATE for v in detect_injection(text))


def out_of_fold_probabilities(
    examples: list[LabelledText], folds: int = 5, seed: int = 0
) -> list[float]:
    """Each example's probability from a model fitted on the other folds."""
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    labels = [e.is_injection for e in examples]
    probabilities = [0.0] * len(examples)
    for train, test in splitter.split(examples, labels):
        pipeline = _fit([examples[i] for i in train])
        for i in test:
            probabilities[i] = _highest(pipeline, examples[i].text)
    return probabilities


def combined_rates(
    examples: list[LabelledText], probabilities: list[float], threshold: float
) -> tuple[float, float]:
    """(recall, false-positive rate) of rules-or-model at ``threshold``."""
    return _rates(examples, [_rules_flag(e.text) for e in examples], probabilities, threshold)


def _rates(
    examples: list[LabelledText], by_rules: list[bool], probabilities: list[float], threshold: float
) -> tuple[float, float]:
    flagged = [
        rule or (reads(e.text) and p >= threshold)
        for e, rule, p in zip(examples, by_rules, probabilities, strict=True)
    ]
    attacks = [f for f, e in zip(flagged, examples, strict=True) if e.is_injection]
    benign = [f for f, e in zip(flagged, examples, strict=True) if not e.is_injection]
    return sum(attacks) / len(attacks), sum(benign) / len(benign)


def choose_threshold(examples: list[LabelledText], probabilities: list[float]) -> float:
    """The lowest threshold (two decimals) at which rules-or-model keep the out-of-fold
    false-positive rate at or below :data:`FPR_GOAL`."""
    by_rules = [_rules_flag(e.text) for e in examples]
    for step in range(1, 100):
        threshold = step / 100
        if _rates(examples, by_rules, probabilities, threshold)[1] <= FPR_GOAL:
            return threshold
    raise ValueError(f"no threshold keeps the false-positive rate at or below {FPR_GOAL}")
