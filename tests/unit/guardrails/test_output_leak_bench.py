"""The output-leak check keeps its committed figures on the labelled replies."""

from __future__ import annotations

import json

from guardrails.bench import output_leak_figures, output_leaks_set
from guardrails.bench.__main__ import output_leak_rates


def test_the_set_has_its_sizes_valid_inputs_and_no_duplicates() -> None:
    leaking, clean = output_leaks_set.LEAKING, output_leaks_set.CLEAN
    assert len(leaking) == output_leak_figures.KIND_SIZE * len(output_leak_figures.KINDS)
    assert len(clean) == 60
    for example in [*leaking, *clean]:
        json.loads(example["inputs"])
    keys = {json.dumps(e, sort_keys=True) for e in [*leaking, *clean]}
    assert len(keys) == len(leaking) + len(clean)


def test_recall_per_kind_and_false_positive_rate_keep_their_figures() -> None:
    recall, fpr = output_leak_rates()
    assert list(recall) == list(output_leak_figures.KINDS)
    for kind, committed in output_leak_figures.RECALL.items():
        assert round(recall[kind], 3) >= committed, kind
    assert round(fpr, 3) <= output_leak_figures.FALSE_POSITIVE_RATE
