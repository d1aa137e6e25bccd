"""The output-leak check keeps its committed figures on both labelled sets of replies."""

from __future__ import annotations

import json
from types import ModuleType

import pytest

from guardrails.bench import output_leak_figures, output_leaks_second, output_leaks_set
from guardrails.bench.__main__ import output_leak_rates


@pytest.mark.parametrize(
    "labelled", [output_leaks_set, output_leaks_second], ids=lambda m: m.__name__
)
def test_the_set_has_its_sizes_valid_inputs_and_no_duplicates(labelled: ModuleType) -> None:
    leaking, clean = labelled.LEAKING, labelled.CLEAN
    assert (len(leaking), len(clean)) == (60, 60)
    for example in [*leaking, *clean]:
        json.loads(example["inputs"])
    keys = {json.dumps(e, sort_keys=True) for e in [*leaking, *clean]}
    assert len(keys) == len(leaking) + len(clean)


def test_the_second_set_names_each_leaks_kind() -> None:
    prefixes = {e["note"].split(":")[0] for e in output_leaks_second.LEAKING}
    assert prefixes == set(output_leak_figures.SECOND_SET_NOTE_KINDS)


def test_recall_per_kind_and_false_positive_rate_keep_their_figures() -> None:
    measured = output_leak_rates()
    assert set(measured) == set(output_leak_figures.COMMITTED)
    for name, committed in output_leak_figures.COMMITTED.items():
        recall, fpr = measured[name]
        assert list(recall) == list(output_leak_figures.KINDS)
        for kind, floor in committed.recall.items():
            assert round(recall[kind], 3) >= floor, (name, kind)
        assert round(fpr, 3) <= committed.false_positive_rate, name
