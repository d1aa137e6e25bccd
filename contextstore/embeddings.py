"""Embeddings: an offline LSA default fitted on the shipped corpus, or any LangChain provider.

The default needs no network and no weights: TF-IDF over the knowledge chunks reduced with
truncated SVD (latent semantic analysis). Fitting is deterministic (fixed seed, sorted corpus)
and takes well under a second, so every process fits the same model from the same folder
instead of shipping a binary artifact that could drift from the documents.
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Sequence

import numpy as np
from langchain_core.embeddings import Embeddings
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer

LSA_DIMENSIONS = 128
_SEED = 20_240_601


class LsaEmbeddings(Embeddings):
    """TF-IDF + truncated SVD fitted on a corpus; unit-length vectors for cosine similarity."""

    def __init__(self, corpus: Sequence[str], dimensions: int = LSA_DIMENSIONS) -> None:
        if len(corpus) < 3:
            raise ValueError("the LSA embedder needs at least 3 corpus texts to fit")
        self._vectorizer = TfidfVectorizer(
            lowercase=True,
            stop_words="english",
            ngram_range=(1, 2),
            sublinear_tf=True,
            min_df=1,
            dtype=np.float64,
        )
        matrix = self._vectorizer.fit_transform(list(corpus))
        components = max(2, min(dimensions, matrix.shape[0] - 1, matrix.shape[1] - 1))
        self._svd = TruncatedSVD(n_components=components, algorithm="arpack", random_state=_SEED)
        self._svd.fit(matrix)
        self.dimensions = components
        self.fingerprint = hashlib.sha256("\x00".join(corpus).encode()).hexdigest()[:16]

    def _embed(self, texts: Sequence[str]) -> list[list[float]]:
        reduced = self._svd.transform(self._vectorizer.transform(list(texts)))
        norms = np.linalg.norm(reduced, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        unit = reduced / norms
        # Elasticsearch rejects an all-zero vector for cosine; give unknown text a tiny direction.
        unit[np.all(unit == 0, axis=1), 0] = 1.0
        return [[round(float(x), 7) for x in row] for row in unit]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._embed(texts)

    def embed_query(self, text: str) -> list[float]:
        return self._embed([text])[0]


def provider_embeddings(provider: str, corpus: Sequence[str]) -> Embeddings:
    """``lsa`` (default), ``ollama:<model>``, ``openai:<model>``, or ``package.module:Class``."""
    name, _, argument = provider.partition(":")
    if provider == "lsa":
        return LsaEmbeddings(corpus)
    if name == "ollama" and argument:
        from langchain_ollama import OllamaEmbeddings

        return OllamaEmbeddings(model=argument)
    if name == "openai" and argument:
        from langchain_openai import OpenAIEmbeddings

        return OpenAIEmbeddings(model=argument)
    if name and argument and name not in ("ollama", "openai"):
        try:
            cls = getattr(importlib.import_module(name), argument)
        except (ImportError, AttributeError) as exc:
            raise ValueError(f"embeddings provider {provider!r} cannot be imported: {exc}") from exc
        try:
            built = cls()
        except (TypeError, ValueError) as exc:
            raise ValueError(
                f"embeddings provider {provider!r} cannot be built without arguments: {exc}"
            ) from exc
        if not isinstance(built, Embeddings):
            raise ValueError(f"{provider!r} is not a langchain_core Embeddings class")
        return built
    raise ValueError(
        f"unknown embeddings provider {provider!r}; use 'lsa', 'ollama:<model>', "
        "'openai:<model>' or 'package.module:Class'"
    )


def dimensions_of(embeddings: Embeddings) -> int:
    """Vector size; probes remote providers once."""
    if isinstance(embeddings, LsaEmbeddings):
        return int(embeddings.dimensions)
    return len(embeddings.embed_query("dimension probe"))
