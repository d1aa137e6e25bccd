"""The third blind injection set is well-formed and shares no text with any other set.

The overlap check collects every string from the other bench modules and the
training file at test time, so the set's author never had to read them.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import guardrails.bench
from guardrails.bench import third_holdout

EXPECTED_SIZES = {
    "CASE_ATTACKS": 60,
    "CASE_BENIGN": 60,
    "DOCUMENT_ATTACKS": 50,
    "DOCUMENT_BENIGN": 50,
    "TOOL_ATTACKS": 50,
    "TOOL_BENIGN": 50,
}
TRAINING_FILE = Path(guardrails.bench.__file__).parent.parent / "data" / "injection_train.tsv"
MIN_CONTAINED_LENGTH = 40


def _normalise(text: str) -> str:
    """Compare texts regardless of case, escaped newlines and whitespace runs."""
    unescaped = text.replace("\\n", " ").replace("\\t", " ").replace("\\r", " ")
    return re.sub(r"\s+", " ", unescaped).strip().casefold()


def _strings_in(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings_in(key)
            yield from _strings_in(item)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _strings_in(item)


def _other_bench_modules() -> list[ModuleType]:
    names = [
        f"{guardrails.bench.__name__}.{info.name}"
        for info in pkgutil.iter_modules(guardrails.bench.__path__)
        if info.name != "third_holdout"
    ]
    return [guardrails.bench, *(importlib.import_module(name) for name in names)]


def _other_texts() -> set[str]:
    texts = {
        _normalise(text)
        for module in _other_bench_modules()
        for name, value in vars(module).items()
        if not name.startswith("__")
        for text in _strings_in(value)
    }
    for line in TRAINING_FILE.read_text(encoding="utf-8").splitlines():
        texts.add(_normalise(line))
        texts.update(_normalise(field) for field in line.split("\t"))
    texts.discard("")
    return texts


def _all_texts() -> list[str]:
    return [text for name in third_holdout.__all__ for text in getattr(third_holdout, name)]


def test_public_surface_is_the_six_lists() -> None:
    assert sorted(third_holdout.__all__) == sorted(EXPECTED_SIZES)


@pytest.mark.parametrize(("name", "size"), sorted(EXPECTED_SIZES.items()))
def test_each_list_has_its_size_of_non_empty_strings(name: str, size: int) -> None:
    texts = getattr(third_holdout, name)
    assert isinstance(texts, list)
    assert len(texts) == size
    assert all(isinstance(text, str) and text.strip() for text in texts)


def test_no_text_appears_twice_across_the_set() -> None:
    normalised = [_normalise(text) for text in _all_texts()]
    assert len(set(normalised)) == len(normalised)


def test_training_file_is_present_for_the_overlap_check() -> None:
    assert TRAINING_FILE.is_file()


def test_no_text_is_shared_with_other_sets_or_training_data() -> None:
    others = _other_texts()
    assert others, "found no other bench texts to compare with"
    long_others = [other for other in others if len(other) >= MIN_CONTAINED_LENGTH]
    shared = [
        text
        for text in map(_normalise, _all_texts())
        if text in others
        or any(text in other for other in long_others)
        or any(other in text for other in long_others)
    ]
    assert shared == []
