"""The offline loss-type classifier: TF-IDF (words + character n-grams) and logistic regression,
trained at first use on ``agents/data/claims_labelled.tsv``.

Training is deterministic (fixed solver, no random state involved in lbfgs) and takes about a
second on the shipped 320 examples, so it happens in-process rather than at build time and no
pickled model is shipped.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.pipeline import FeatureUnion, Pipeline

DATA_FILE = Path(__file__).resolve().parent / "data" / "claims_labelled.tsv"
MODEL_ID = "baton-offline-v1 (tfidf+logreg, rules)"


@dataclass(frozen=True)
class Example:
    text: str
    label: str


@dataclass(frozen=True)
class Prediction:
    label: str
    confidence: float
    runner_up: str


def load_examples(path: Path = DATA_FILE) -> list[Example]:
    """Labelled examples (``lossType<TAB>text`` with a header row)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    examples = [Example(text=row["text"].strip(), label=row["lossType"].strip()) for row in rows]
    if not examples or any(not ex.text or not ex.label for ex in examples):
        raise ValueError(f"{path}: every row needs a lossType and a text")
    return examples


def _pipeline() -> Pipeline:
    features = FeatureUnion(
        [
            ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)),
            (
                "chars",
                TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True),
            ),
        ]
    )
    return Pipeline([("features", features), ("model", LogisticRegression(C=30, max_iter=2000))])


class LossTypeClassifier:
    def __init__(self, examples: list[Example]) -> None:
        self._pipeline = _pipeline().fit([e.text for e in examples], [e.label for e in examples])

    def predict(self, text: str) -> Prediction:
        probabilities = self._pipeline.predict_proba([text])[0]
        classes = list(self._pipeline.classes_)
        ranked = sorted(zip(probabilities, classes, strict=True), reverse=True)
        return Prediction(
            label=str(ranked[0][1]),
            confidence=float(ranked[0][0]),
            runner_up=str(ranked[1][1]),
        )

    def accuracy(self, examples: list[Example]) -> float:
        predicted = self._pipeline.predict([e.text for e in examples])
        hits = sum(str(p) == e.label for p, e in zip(predicted, examples, strict=True))
        return hits / len(examples)


def cross_validated_accuracy(folds: int = 5, seed: int = 0) -> float:
    """Mean accuracy over stratified folds: each example is scored by a model that never saw it."""
    examples = load_examples()
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    scores = cross_val_score(
        _pipeline(), [e.text for e in examples], [e.label for e in examples], cv=splitter
    )
    return float(scores.mean())


def holdout_accuracy(test_size: float = 0.25, seed: int = 0) -> float:
    """Accuracy on one stratified held-out split the classifier never saw in training."""
    examples = load_examples()
    train, test = train_test_split(
        examples, test_size=test_size, random_state=seed, stratify=[e.label for e in examples]
    )
    return LossTypeClassifier(list(train)).accuracy(list(test))


def main() -> None:
    """Print the cross-validated accuracy (``make agents-accuracy``)."""
    examples = load_examples()
    per_seed = [cross_validated_accuracy(seed=seed) for seed in range(4)]
    print(f"{MODEL_ID}: {len(examples)} labelled examples, 5-fold stratified CV")
    print("accuracy per shuffle: " + ", ".join(f"{a:.3f}" for a in per_seed))
    print(f"mean accuracy: {sum(per_seed) / len(per_seed):.3f}")
    print(f"held-out 25% split (seed 0, the unit test's): {holdout_accuracy():.3f}")


if __name__ == "__main__":
    main()
