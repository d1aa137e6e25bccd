"""Baton's PII and injection guardrails against Microsoft Presidio, on the same labelled texts.

Presidio runs as the brief asks: ``presidio-analyzer`` with a blank spaCy English pipeline saved
to the cache (no model download), so only its pattern recognizers can fire; its NER-based
entities (PERSON, LOCATION) find nothing, which the per-kind rows show. It is asked only for the
entities that correspond to a kind in the corpus, at its default score threshold (0). Presidio
has no prompt-injection detector, so the injection rows are Baton's alone: per labelled set, the
rules alone and rules-or-learned-model, from ``guardrails.bench``'s per-set scores.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib.metadata import version
from typing import Any

from benchmarks.detection_scores import Scores, Span, overall, score_corpus
from devservices import cache_dir
from guardrails.bench import injection_corpus, pii_corpus
from guardrails.bench.__main__ import injection_scores_per_set
from guardrails.injection import detect_injection
from guardrails.injection_model import InjectionModel
from guardrails.pii import PIIKind, find_pii
from guardrails.verdict import Action

PRESIDIO_TO_BATON = {
    "EMAIL_ADDRESS": PIIKind.EMAIL.value,
    "IBAN_CODE": PIIKind.IBAN.value,
    "CREDIT_CARD": PIIKind.CARD.value,
    "US_SSN": PIIKind.SSN.value,
    "UK_NINO": PIIKind.NINO.value,
    "DE_TAX_ID": PIIKind.STEUER_ID.value,
    "PHONE_NUMBER": PIIKind.PHONE.value,
    "PERSON": PIIKind.NAME.value,
    "LOCATION": PIIKind.ADDRESS.value,
}
MIN_TIMING_S = 1.0
MAX_ROUNDS = 5


@dataclass(frozen=True)
class DetectorFigures:
    name: str
    ms_per_kb: float
    per_kind: dict[str, Scores]

    def total(self, kinds: Iterable[str]) -> Scores:
        return overall(self.per_kind, kinds)


@dataclass(frozen=True)
class InjectionSetFigures:
    """One labelled injection set: (tp, fp, fn, tn) of the rules alone and of rules-or-model."""

    rules: tuple[int, int, int, int]
    rules_and_model: tuple[int, int, int, int]


@dataclass(frozen=True)
class GuardrailFigures:
    texts: int
    kilobytes: float
    gold_spans: int
    baton_pii: DetectorFigures
    presidio_pii: DetectorFigures
    injection_ms_per_kb: float
    injection: Scores
    presidio_version: str
    injection_with_model_ms_per_kb: float
    injection_per_set: dict[str, InjectionSetFigures]


def ms_per_kb(texts: Sequence[str], check: Callable[[str], object]) -> float:
    """Mean time per KB over whole rounds of ``texts``: at least one round and ``MIN_TIMING_S``,
    at most ``MAX_ROUNDS``."""
    size_kb = sum(len(text.encode()) for text in texts) / 1024
    if size_kb == 0:
        raise ValueError("cannot time a detector on no text")
    rounds = 0
    started = time.perf_counter()
    while rounds < MAX_ROUNDS and (rounds == 0 or time.perf_counter() - started < MIN_TIMING_S):
        for text in texts:
            check(text)
        rounds += 1
    return (time.perf_counter() - started) * 1000 / rounds / size_kb


def baton_spans(text: str) -> list[Span]:
    return [(span.kind.value, span.start, span.end) for span in find_pii(text)]


def presidio_analyzer() -> Any:
    """Presidio's analyzer on a blank spaCy ``en`` pipeline, with its UK NINO and German tax-id
    recognizers added for English (they ship for other languages or off by default)."""
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # bundled snapshot, no fetch
    import spacy
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import DeTaxIdRecognizer, UkNinoRecognizer

    blank = cache_dir() / "bench" / ("spacy-blank-en-" + version("spacy"))
    if not blank.is_dir():
        spacy.blank("en").to_disk(blank)
    nlp_engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": str(blank)}])
    nlp_engine.load()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(nlp_engine=nlp_engine, languages=["en"])
    registry.add_recognizer(UkNinoRecognizer(supported_language="en"))
    registry.add_recognizer(DeTaxIdRecognizer(supported_language="en"))
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])


def presidio_detector(analyzer: Any) -> Callable[[str], list[Span]]:
    entities = sorted(PRESIDIO_TO_BATON)

    def detect(text: str) -> list[Span]:
        results = analyzer.analyze(text=text, language="en", entities=entities)
        return [(PRESIDIO_TO_BATON[r.entity_type], r.start, r.end) for r in results]

    return detect


def injection_scores() -> Scores:
    def flagged(text: str) -> bool:
        return any(v.action is Action.ESCALATE for v in detect_injection(text))

    hits = sum(flagged(text) for text in injection_corpus.INJECTIONS)
    alarms = sum(flagged(text) for text in injection_corpus.BENIGN)
    return Scores(hits, alarms, len(injection_corpus.INJECTIONS) - hits)


def run() -> GuardrailFigures:
    samples = pii_corpus.build()
    corpus = [(s.text, [(kind.value, start, end) for kind, start, end in s.spans]) for s in samples]
    texts = [s.text for s in samples] + injection_corpus.INJECTIONS + injection_corpus.BENIGN
    presidio = presidio_detector(presidio_analyzer())
    model = InjectionModel.trained()
    rules_only, combined = injection_scores_per_set(), injection_scores_per_set(model)
    return GuardrailFigures(
        texts=len(texts),
        kilobytes=sum(len(t.encode()) for t in texts) / 1024,
        gold_spans=sum(len(s.spans) for s in samples),
        baton_pii=DetectorFigures(
            "Baton", ms_per_kb(texts, baton_spans), score_corpus(baton_spans, corpus)
        ),
        presidio_pii=DetectorFigures(
            "Presidio", ms_per_kb(texts, presidio), score_corpus(presidio, corpus)
        ),
        injection_ms_per_kb=ms_per_kb(texts, detect_injection),
        injection=injection_scores(),
        presidio_version=version("presidio-analyzer"),
        injection_with_model_ms_per_kb=ms_per_kb(
            texts, lambda text: detect_injection(text, model=model)
        ),
        injection_per_set={
            name: InjectionSetFigures(rules_only[name], combined[name]) for name in rules_only
        },
    )


def _rate(numerator: int, denominator: int) -> str:
    return f"{numerator / denominator:.3f}" if denominator else "n/a"


def injection_set_table(figures: GuardrailFigures) -> list[str]:
    """Markdown rows: recall and false-positive rate per labelled set, rules alone and
    rules-or-model, with both latencies."""
    lines = [
        f"Injection per set (rules {figures.injection_ms_per_kb:.2f} ms/KB, rules+model "
        f"{figures.injection_with_model_ms_per_kb:.2f} ms/KB; case text is in the model's "
        "training set).",
        "",
        "| set | attacks | benign | rules recall | rules FPR | +model recall | +model FPR |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, scores in figures.injection_per_set.items():
        rtp, rfp, rfn, rtn = scores.rules
        ctp, cfp, cfn, ctn = scores.rules_and_model
        lines.append(
            f"| {name} | {rtp + rfn} | {rfp + rtn} | {_rate(rtp, rtp + rfn)} "
            f"| {_rate(rfp, rfp + rtn)} | {_rate(ctp, ctp + cfn)} | {_rate(cfp, cfp + ctn)} |"
        )
    return lines
