from __future__ import annotations

from guardrails import PIIKind, injection_corpus, injection_scores, pii_corpus, pii_scores
from guardrails.bench.__main__ import injection_scores_per_set


def test_pii_corpus_labels_point_at_the_values_they_name() -> None:
    samples = pii_corpus.build(count=60)
    kinds = {kind for sample in samples for kind, _, _ in sample.spans}
    assert kinds == set(PIIKind)
    for sample in samples:
        for kind, start, end in sample.spans:
            value = sample.text[start:end]
            assert value and value == value.strip(), (kind, value)


def test_pii_corpus_is_deterministic() -> None:
    assert pii_corpus.build(count=20) == pii_corpus.build(count=20)


def test_pii_detection_on_the_generated_corpus_stays_above_the_measured_floor() -> None:
    scores = pii_scores(pii_corpus.build())
    tp = sum(s[0] for s in scores.values())
    fp = sum(s[1] for s in scores.values())
    fn = sum(s[2] for s in scores.values())
    assert tp / (tp + fp) >= 0.98
    assert tp / (tp + fn) >= 0.98


def test_injection_sets_have_the_promised_sizes() -> None:
    assert len(injection_corpus.INJECTIONS) == 100
    assert len(injection_corpus.BENIGN) == 100
    assert len(set(injection_corpus.ATTACKS)) == 60


def test_injection_detection_stays_above_the_measured_floor() -> None:
    tp, fp, fn, tn = injection_scores()
    assert tp / (tp + fn) >= 0.80  # measured 0.84
    assert fp / (fp + tn) <= 0.05  # measured 0.02


def test_injection_goal_holds_on_the_document_and_tool_output_sets() -> None:
    scores = injection_scores_per_set()
    for name in ("documents", "tool outputs"):
        tp, fp, fn, tn = scores[name]
        assert tp / (tp + fn) >= 0.95, name  # measured 1.000 after tuning (0.382 / 0.500 before)
        assert fp / (fp + tn) <= 0.02, name  # measured 0.000
