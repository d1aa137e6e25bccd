from __future__ import annotations

import pytest

from guardrails import PIIKind, injection_corpus, pii_corpus, pii_scores
from guardrails.bench import case_text_holdout
from guardrails.bench.__main__ import injection_scores_per_set
from guardrails.bench.injection_figures import COMMITTED, COMMITTED_WITH_MODEL, FPR_GOAL
from guardrails.injection_model import InjectionModel

Scores = dict[str, tuple[int, int, int, int]]


@pytest.fixture(scope="module")
def injection_model() -> InjectionModel:
    return InjectionModel.trained()


@pytest.fixture(scope="module")
def rules_scores() -> Scores:
    """Every set scored once for the module (each scoring reads all 13 sets)."""
    return injection_scores_per_set()


@pytest.fixture(scope="module")
def combined_scores(injection_model: InjectionModel) -> Scores:
    return injection_scores_per_set(injection_model)


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


def test_held_out_case_text_set_has_at_least_sixty_distinct_attacks_and_benign_texts() -> None:
    assert len(set(case_text_holdout.ATTACKS)) == len(case_text_holdout.ATTACKS) >= 60
    assert len(set(case_text_holdout.BENIGN)) == len(case_text_holdout.BENIGN) >= 60
    assert not set(case_text_holdout.ATTACKS) & set(injection_corpus.INJECTIONS)


def test_every_injection_set_in_the_bench_has_a_committed_figure(rules_scores: Scores) -> None:
    assert set(rules_scores) == set(COMMITTED) == set(COMMITTED_WITH_MODEL)


@pytest.mark.parametrize("name", sorted(COMMITTED))
def test_injection_set_keeps_its_committed_recall_and_the_false_positive_goal(
    name: str, rules_scores: Scores
) -> None:
    tp, fp, fn, tn = rules_scores[name]
    committed = COMMITTED[name]
    assert round(tp / (tp + fn), 3) >= committed.recall, name
    assert round(fp / (fp + tn), 3) <= max(FPR_GOAL, committed.false_positive_rate), name


@pytest.mark.parametrize("name", sorted(COMMITTED_WITH_MODEL))
def test_rules_plus_model_keep_their_committed_recall_and_the_false_positive_goal(
    name: str, combined_scores: Scores
) -> None:
    tp, fp, fn, tn = combined_scores[name]
    committed = COMMITTED_WITH_MODEL[name]
    assert round(tp / (tp + fn), 3) >= committed.recall, name
    assert round(fp / (fp + tn), 3) <= max(FPR_GOAL, committed.false_positive_rate), name
