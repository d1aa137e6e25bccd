"""Shape of the second blind injection set, and that it shares no text with the others."""

import importlib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from guardrails.bench import second_holdout

_REPO_ROOT = Path(__file__).resolve().parents[3]
_TRAINING_DATA = _REPO_ROOT / "guardrails" / "data" / "injection_train.tsv"
_OTHER_BENCH_MODULES = [
    "guardrails.bench.injection_corpus",
    "guardrails.bench.case_text_holdout",
    "guardrails.bench.documents_corpus",
    "guardrails.bench.tool_outputs_corpus",
]
_EXPECTED_SIZES = {
    "CASE_ATTACKS": 80,
    "CASE_BENIGN": 80,
    "DOCUMENT_ATTACKS": 50,
    "DOCUMENT_BENIGN": 50,
    "TOOL_ATTACKS": 50,
    "TOOL_BENIGN": 50,
}


def _set(name: str) -> list[str]:
    texts = getattr(second_holdout, name)
    assert isinstance(texts, list)
    return texts


def _all_texts() -> list[str]:
    return [text for name in _EXPECTED_SIZES for text in _set(name)]


def _normalised(text: str) -> str:
    return " ".join(text.split()).casefold()


def _strings_in(value: object) -> Iterator[str]:
    """Every string nested in a bench module's data, whatever shape it has."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings_in(key)
            yield from _strings_in(item)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _strings_in(item)


def _module_strings(module: ModuleType) -> set[str]:
    found: set[str] = set()
    for attribute, value in vars(module).items():
        if not attribute.startswith("__"):
            found.update(_normalised(text) for text in _strings_in(value))
    return found


@pytest.mark.parametrize(("name", "size"), _EXPECTED_SIZES.items())
def test_each_set_has_its_agreed_size(name: str, size: int) -> None:
    assert len(_set(name)) == size


@pytest.mark.parametrize("name", _EXPECTED_SIZES)
def test_every_entry_is_a_non_empty_string(name: str) -> None:
    assert all(isinstance(text, str) and text.strip() for text in _set(name))


def test_no_text_appears_twice_across_the_six_sets() -> None:
    normalised = [_normalised(text) for text in _all_texts()]
    assert len(set(normalised)) == len(normalised)


def test_public_surface_lists_the_six_sets() -> None:
    assert set(second_holdout.__all__) == set(_EXPECTED_SIZES)


@pytest.mark.parametrize("module_name", _OTHER_BENCH_MODULES)
def test_shares_no_text_with_other_bench_set(module_name: str) -> None:
    other = _module_strings(importlib.import_module(module_name))
    shared = [text for text in _all_texts() if _normalised(text) in other]
    assert shared == []


def test_shares_no_text_with_training_data() -> None:
    training_fields = {
        _normalised(field)
        for line in _TRAINING_DATA.read_text(encoding="utf-8").splitlines()
        for field in line.split("\t")
    }
    shared = [text for text in _all_texts() if _normalised(text) in training_fields]
    assert shared == []
