"""Print precision/recall per PII kind, injection recall and false-positive rate per labelled set
(case text, the held-out case text never tuned on, attached documents, tool outputs, and the
second to seventh blind sets of case text, documents and tool outputs, each written by someone who
never saw the detector; the model trains on the second and third since v4) for the rules alone
and for rules-or-learned-model, the model's figures with writers held out, and latency per KB.
Tool answers are screened as the fleet receives them (:func:`as_received`)."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import TypeVar

from guardrails.bench import (
    case_text_holdout,
    documents_corpus,
    fifth_holdout,
    fourth_holdout,
    injection_corpus,
    output_leak_figures,
    output_leaks_second,
    output_leaks_set,
    pii_corpus,
    second_holdout,
    seventh_holdout,
    sixth_holdout,
    third_holdout,
    tool_outputs_corpus,
)
from guardrails.bench.output_leaks_set import Example as LeakExample
from guardrails.injection import detect_injection, detect_injection_in
from guardrails.injection_model import (
    MODEL_ID,
    THRESHOLD,
    InjectionModel,
    choose_threshold,
    combined_rates,
    held_out_group_probabilities,
    training_groups,
)
from guardrails.output_leaks import output_leak_verdicts
from guardrails.payloads import as_received
from guardrails.pii import PIIKind, find_pii
from guardrails.verdict import Action, Verdict

T = TypeVar("T")


def pii_scores(samples: list[pii_corpus.Sample]) -> dict[PIIKind, tuple[int, int, int]]:
    """Per kind: (true positives, false positives, false negatives); a hit must overlap a gold
    span of the same kind."""
    tp: Counter[PIIKind] = Counter()
    fp: Counter[PIIKind] = Counter()
    fn: Counter[PIIKind] = Counter()
    for sample in samples:
        found = find_pii(sample.text)
        matched: set[int] = set()
        for span in found:
            hit = next(
                (
                    i
                    for i, (kind, start, end) in enumerate(sample.spans)
                    if kind is span.kind and span.start < end and start < span.end
                ),
                None,
            )
            if hit is None:
                fp[span.kind] += 1
            else:
                tp[span.kind] += 1
                matched.add(hit)
        for i, (kind, _, _) in enumerate(sample.spans):
            if i not in matched:
                fn[kind] += 1
    return {kind: (tp[kind], fp[kind], fn[kind]) for kind in PIIKind}


def injection_scores() -> tuple[int, int, int, int]:
    """(true positives, false positives, false negatives, true negatives)."""

    def flagged(text: str) -> bool:
        return any(v.action is Action.ESCALATE for v in detect_injection(text))

    hits = [flagged(text) for text in injection_corpus.INJECTIONS]
    alarms = [flagged(text) for text in injection_corpus.BENIGN]
    return sum(hits), sum(alarms), len(hits) - sum(hits), len(alarms) - sum(alarms)


def _tools(answers: Sequence[object]) -> list[object]:
    return [as_received(answer) for answer in answers]


def _blind(label: str, module: ModuleType) -> dict[str, tuple[list[object], list[object]]]:
    """A blind set's three surfaces; tool answers as the fleet receives them."""
    return {
        f"{label} case": (list(module.CASE_ATTACKS), list(module.CASE_BENIGN)),
        f"{label} documents": (list(module.DOCUMENT_ATTACKS), list(module.DOCUMENT_BENIGN)),
        f"{label} tools": (_tools(module.TOOL_ATTACKS), _tools(module.TOOL_BENIGN)),
    }


def _flagged(sample: object, model: InjectionModel | None) -> bool:
    verdicts = detect_injection_in(sample, source="sample", model=model)
    return any(v.action is Action.ESCALATE for v in verdicts)


def injection_scores_per_set(
    model: InjectionModel | None = None,
) -> dict[str, tuple[int, int, int, int]]:
    """Per labelled set: (true positives, false positives, false negatives, true negatives), of
    the rules alone or, given a ``model``, of rules-or-model."""
    sets: dict[str, tuple[list[object], list[object]]] = {
        "case text": (list(injection_corpus.INJECTIONS), list(injection_corpus.BENIGN)),
        "case holdout": (list(case_text_holdout.ATTACKS), list(case_text_holdout.BENIGN)),
        "documents": (list(documents_corpus.ATTACKS), list(documents_corpus.BENIGN)),
        "tool outputs": (_tools(tool_outputs_corpus.ATTACKS), _tools(tool_outputs_corpus.BENIGN)),
        **_blind("second", second_holdout),
        **_blind("third", third_holdout),
        **_blind("fourth", fourth_holdout),
        **_blind("fifth", fifth_holdout),
        **_blind("sixth", sixth_holdout),
        **_blind("seventh", seventh_holdout),
    }
    scores: dict[str, tuple[int, int, int, int]] = {}
    for name, (attacks, benign) in sets.items():
        hits = sum(_flagged(sample, model) for sample in attacks)
        alarms = sum(_flagged(sample, model) for sample in benign)
        scores[name] = (hits, alarms, len(attacks) - hits, len(benign) - alarms)
    return scores


def _ratio(numerator: int, denominator: int) -> str:
    return f"{numerator / denominator:.3f}" if denominator else "  n/a"


def _row(label: str, tp: int, fp: int, fn: int) -> str:
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    return f"{label:<10} {tp:>4} {fp:>4} {fn:>4} {precision:>9} {recall:>7}"


def _ms_per_round(items: Sequence[T], check: Callable[[T], object], rounds: int = 5) -> float:
    """Milliseconds ``check`` takes over all ``items``, averaged over ``rounds``."""
    started = time.perf_counter()
    for _ in range(rounds):
        for item in items:
            check(item)
    return (time.perf_counter() - started) * 1000 / rounds


def _ms_per_kb(texts: list[str], check: Callable[[str], object]) -> float:
    return _ms_per_round(texts, check) / (sum(len(t.encode()) for t in texts) / 1024)


def _leak_verdicts(reply: LeakExample) -> list[Verdict]:
    return output_leak_verdicts(
        reply["output"], instructions=reply["instructions"], inputs=reply["inputs"]
    )


def output_leak_rates() -> dict[str, output_leak_figures.LeakFigures]:
    """Per labelled set of agent replies (:mod:`~guardrails.bench.output_leak_figures`): recall
    of :func:`~guardrails.output_leaks.output_leak_verdicts` per kind of leak, and its
    false-positive rate on the ordinary replies."""
    size = output_leak_figures.FIRST_SET_KIND_SIZE
    first = [kind for kind in output_leak_figures.KINDS for _ in range(size)]
    second = [
        output_leak_figures.SECOND_SET_NOTE_KINDS[e["note"].split(":")[0]]
        for e in output_leaks_second.LEAKING
    ]
    return {
        "first": _leak_figures(output_leaks_set.LEAKING, first, output_leaks_set.CLEAN),
        "second": _leak_figures(output_leaks_second.LEAKING, second, output_leaks_second.CLEAN),
    }


def _leak_figures(
    leaking: Sequence[LeakExample], kinds: list[str], clean: Sequence[LeakExample]
) -> output_leak_figures.LeakFigures:
    caught = Counter(kind for kind, e in zip(kinds, leaking, strict=True) if _leak_verdicts(e))
    total = Counter(kinds)
    return output_leak_figures.LeakFigures(
        {kind: caught[kind] / total[kind] for kind in output_leak_figures.KINDS},
        sum(bool(_leak_verdicts(e)) for e in clean) / len(clean),
    )


def _print_cross_validation() -> None:
    groups = training_groups()
    examples, probabilities = held_out_group_probabilities(groups)
    threshold = choose_threshold(examples, probabilities)
    recall, fpr = combined_rates(examples, probabilities, threshold)
    attacks = sum(e.is_injection for e in examples)
    print(
        f"{MODEL_ID}: {attacks} injections / {len(examples) - attacks} benign to train on, "
        f"{len(groups)} writer groups; leave-writers-out picks threshold {threshold:.3f} "
        f"(committed {THRESHOLD:.3f}), rules+model held-out recall {recall:.3f}, FPR {fpr:.3f}"
    )
    start = 0
    for name, group in groups.items():
        end = start + len(group)
        recall, fpr = combined_rates(group, probabilities[start:end], threshold)
        print(f"  {name:<38} held-out recall {recall:.3f}, FPR {fpr:.3f}")
        start = end


def main() -> None:
    samples = pii_corpus.build()
    print(
        f"PII: {len(samples)} generated texts, {sum(len(s.spans) for s in samples)} labelled spans"
    )
    print(f"{'kind':<10} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7}")
    totals = [0, 0, 0]
    for kind, (tp, fp, fn) in pii_scores(samples).items():
        totals = [totals[0] + tp, totals[1] + fp, totals[2] + fn]
        print(_row(kind.value, tp, fp, fn))
    tp, fp, fn = totals
    print(_row("all", tp, fp, fn))
    started = time.perf_counter()
    model = InjectionModel.trained()
    ready_s = time.perf_counter() - started
    print(
        f"\n{'injection set':<18} {'attacks':>7} {'benign':>6} {'rules recall':>12} {'FPR':>6}"
        f" {'+model recall':>13} {'FPR':>6}"
    )
    rules_only, combined = injection_scores_per_set(), injection_scores_per_set(model)
    for name, (rtp, rfp, rfn, rtn) in rules_only.items():
        ctp, cfp, cfn, ctn = combined[name]
        print(
            f"{name:<18} {rtp + rfn:>7} {rfp + rtn:>6} {_ratio(rtp, rtp + rfn):>12} "
            f"{_ratio(rfp, rfp + rtn):>6} {_ratio(ctp, ctp + cfn):>13} {_ratio(cfp, cfp + ctn):>6}"
        )
    print(
        f"(model threshold {model.threshold:.3f}; the model trains on the case text and the "
        "second and third sets, never on the fourth to seventh; the sixth and seventh are blind "
        "to it)"
    )
    _print_cross_validation()
    print("\nOutput leaks (an obeyed injection's effect in the reply, 60/60 replies per set):")
    for name, (recall, fpr) in output_leak_rates().items():
        rates = ", ".join(f"{kind} {rate:.3f}" for kind, rate in recall.items())
        print(f"  {name} set: recall {rates}; false-positive rate {fpr:.3f}")
    texts = [s.text for s in samples] + injection_corpus.INJECTIONS + injection_corpus.BENIGN
    replies = [
        *output_leaks_set.LEAKING,
        *output_leaks_set.CLEAN,
        *output_leaks_second.LEAKING,
        *output_leaks_second.CLEAN,
    ]
    reply_ms = _ms_per_round(replies, _leak_verdicts) / len(replies)
    print(
        f"\nLatency: PII {_ms_per_kb(texts, find_pii):.2f} ms/KB, "
        f"injection rules {_ms_per_kb(texts, detect_injection):.2f} ms/KB, "
        f"rules+model {_ms_per_kb(texts, lambda t: detect_injection(t, model=model)):.2f} ms/KB, "
        f"model ready in {ready_s:.1f} s (fitted, or loaded from the machine's cache); "
        f"output-leak check {reply_ms:.2f} ms per reply"
    )
    print(
        "Presidio: not compared — presidio-analyzer needs a spaCy language model, which is a "
        "separate model download, not a PyPI wheel."
    )


if __name__ == "__main__":
    main()
