"""The offline LSA embedder and the provider factory."""

from __future__ import annotations

import math

import pytest
from langchain_core.embeddings import Embeddings

from contextstore import LsaEmbeddings, dimensions_of, provider_embeddings

CORPUS = [
    "Sudden escape of water from a burst pipe is covered.",
    "Fire and smoke damage is covered; scorching is excluded.",
    "Theft after forcible entry needs a police report.",
    "Storm means wind gusts of at least 90 km/h.",
    "Windscreen chip repair is free of excess.",
    "Sanctions screening against EU, UN and OFAC lists.",
]


def test_fitting_twice_gives_identical_vectors() -> None:
    first = LsaEmbeddings(CORPUS).embed_documents(CORPUS)
    second = LsaEmbeddings(CORPUS).embed_documents(CORPUS)

    assert first == second


def test_vectors_are_unit_length_with_the_reported_dimensions() -> None:
    embedder = LsaEmbeddings(CORPUS)

    for vector in embedder.embed_documents(CORPUS):
        assert len(vector) == embedder.dimensions == dimensions_of(embedder)
        assert math.isclose(math.sqrt(sum(x * x for x in vector)), 1.0, abs_tol=1e-5)


def test_query_is_closest_to_the_passage_it_paraphrases() -> None:
    embedder = LsaEmbeddings(CORPUS)
    query = embedder.embed_query("burst pipe water")
    similarities = [
        sum(a * b for a, b in zip(query, d, strict=True)) for d in embedder.embed_documents(CORPUS)
    ]

    assert similarities.index(max(similarities)) == 0


def test_text_with_only_unknown_words_still_gets_a_nonzero_vector() -> None:
    vector = LsaEmbeddings(CORPUS).embed_query("zzzz qqqq")

    assert any(x != 0 for x in vector)


def test_too_small_corpus_is_rejected() -> None:
    with pytest.raises(ValueError, match="at least 3"):
        LsaEmbeddings(["one text", "two texts"])


def test_default_provider_is_the_offline_embedder() -> None:
    assert isinstance(provider_embeddings("lsa", CORPUS), LsaEmbeddings)


class LetterCountEmbeddings(Embeddings):
    """A stand-in for a third-party provider, importable by path."""

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self.embed_query(text) for text in texts]

    def embed_query(self, text: str) -> list[float]:
        return [float(text.count(letter)) for letter in "aeiou"]


def test_provider_by_import_path_is_built() -> None:
    built = provider_embeddings(f"{__name__}:LetterCountEmbeddings", CORPUS)

    assert isinstance(built, LetterCountEmbeddings)
    assert dimensions_of(built) == 5


@pytest.mark.parametrize(
    ("provider", "message"),
    [
        ("word2vec", "unknown embeddings provider"),
        ("openai:", "unknown embeddings provider"),
        ("no.such.module:Thing", "cannot be imported"),
        ("collections:OrderedDict", "not a langchain_core Embeddings"),
        ("langchain_core.embeddings:FakeEmbeddings", "without arguments"),
    ],
)
def test_bad_provider_setting_is_rejected(provider: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        provider_embeddings(provider, CORPUS)
