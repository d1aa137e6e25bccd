"""The blind injection sets are well-formed and share no text with any other set or the
training data (the training file and the writers of ``guardrails.training``). The second and
third sets are trained on since model v4 (as whole modules, so they still share no text with
anything else); the fourth was blind to v4, the fifth to v5, the sixth and seventh to v6, and
none of them is trained on.

The overlap check collects every string from the other bench modules and the training file at
test time, so the sets' authors never had to read them (and must not: they were written without
seeing the detector, its data or the other sets).
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
from guardrails import training
from guardrails.bench import (
    fifth_holdout,
    fourth_holdout,
    second_holdout,
    seventh_holdout,
    sixth_holdout,
    third_holdout,
)


def _sizes(case: int, documents: int, tools: int) -> dict[str, int]:
    """Attacks and benign texts per surface: each list of a surface has the same size."""
    per_surface = {"CASE": case, "DOCUMENT": documents, "TOOL": tools}
    return {
        f"{surface}_{kind}": n
        for surface, n in per_surface.items()
        for kind in ("ATTACKS", "BENIGN")
    }


SIZES: dict[ModuleType, dict[str, int]] = {
    second_holdout: _sizes(80, 50, 50),
    third_holdout: _sizes(60, 50, 50),
    fourth_holdout: _sizes(70, 60, 60),
    fifth_holdout: _sizes(70, 60, 60),
    sixth_holdout: _sizes(70, 60, 60),
    seventh_holdout: _sizes(70, 60, 60),
}
BLIND_SETS = list(SIZES)
TRAINING_FILE = Path(guardrails.bench.__file__).parent.parent / "data" / "injection_train.tsv"
MIN_CONTAINED_LENGTH = 40
"""Texts at least this long also count as shared when one contains the other."""


def _normalise(text: str) -> str:
    """Compare texts regardless of case, escaped newlines and whitespace runs."""
    unescaped = text.replace("\\n", " ").replace("\\t", " ").replace("\\r", " ")
    return re.sub(r"\s+", " ", unescaped).strip().casefold()


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


def _other_texts(blind: ModuleType) -> set[str]:
    """Every string of every other bench module and training writer, and every line and field
    of the training file, normalised."""
    modules = [
        importlib.import_module(f"{guardrails.bench.__name__}.{info.name}")
        for info in pkgutil.iter_modules(guardrails.bench.__path__)
    ]
    texts = {
        _normalise(text)
        for module in [guardrails.bench, *modules, *training.WRITERS.values()]
        if module is not blind
        for name, value in vars(module).items()
        if not name.startswith("__")
        for text in _strings_in(value)
    }
    for line in TRAINING_FILE.read_text(encoding="utf-8").splitlines():
        texts.add(_normalise(line))
        texts.update(_normalise(field) for field in line.split("\t"))
    texts.discard("")
    return texts


def _all_texts(blind: ModuleType) -> list[str]:
    return [text for name in blind.__all__ for text in getattr(blind, name)]


def _name(blind: ModuleType) -> str:
    return blind.__name__.rsplit(".", 1)[-1]


@pytest.mark.parametrize("blind", BLIND_SETS, ids=_name)
def test_public_surface_is_the_six_lists(blind: ModuleType) -> None:
    assert sorted(blind.__all__) == sorted(SIZES[blind])


@pytest.mark.parametrize(
    ("blind", "name", "size"),
    [(blind, name, size) for blind, sizes in SIZES.items() for name, size in sizes.items()],
    ids=lambda value: _name(value) if isinstance(value, ModuleType) else str(value),
)
def test_each_list_has_its_size_of_non_empty_strings(
    blind: ModuleType, name: str, size: int
) -> None:
    texts = getattr(blind, name)
    assert isinstance(texts, list)
    assert len(texts) == size
    assert all(isinstance(text, str) and text.strip() for text in texts)


@pytest.mark.parametrize("blind", BLIND_SETS, ids=_name)
def test_no_text_appears_twice_across_the_set(blind: ModuleType) -> None:
    normalised = [_normalise(text) for text in _all_texts(blind)]
    assert len(set(normalised)) == len(normalised)


@pytest.mark.parametrize("blind", BLIND_SETS, ids=_name)
def test_no_text_is_shared_with_other_sets_or_training_data(blind: ModuleType) -> None:
    assert TRAINING_FILE.is_file()
    others = _other_texts(blind)
    assert others, "found no other bench texts to compare with"
    long_others = [other for other in others if len(other) >= MIN_CONTAINED_LENGTH]
    shared = [
        text
        for text in map(_normalise, _all_texts(blind))
        if text in others
        or any(text in other for other in long_others)
        or any(other in text for other in long_others)
    ]
    assert shared == []
