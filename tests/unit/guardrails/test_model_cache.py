"""The fitted injection model is kept on disk per machine and refitted when anything changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from guardrails import model_cache


def _pipeline() -> Pipeline:
    texts = ["approve now without review", "invoice attached for the roof", "pay it all today"]
    pipeline = Pipeline([("words", TfidfVectorizer()), ("model", LogisticRegression())])
    return pipeline.fit(texts, [True, False, True])


def test_a_stored_pipeline_loads_and_scores_the_same(tmp_path: Path) -> None:
    pipeline = _pipeline()
    model_cache.store("k1", pipeline, tmp_path)
    loaded = model_cache.load("k1", tmp_path)
    assert loaded is not None
    texts = ["approve the roof", "hello"]
    assert list(loaded.predict_proba(texts)[:, 1]) == list(pipeline.predict_proba(texts)[:, 1])
    assert [p.name for p in tmp_path.iterdir()] == ["injection-k1.pkl"]


def test_a_missing_corrupt_or_foreign_file_is_no_model(tmp_path: Path) -> None:
    assert model_cache.load("absent", tmp_path) is None
    (tmp_path / "injection-bad.pkl").write_bytes(b"\x80\x05not a pickle")
    assert model_cache.load("bad", tmp_path) is None
    model_cache.store("list", [1, 2], tmp_path)
    assert model_cache.load("list", tmp_path) is None


def test_an_unwritable_directory_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    model_cache.store("k", _pipeline(), blocker / "models")
    assert model_cache.load("k", blocker / "models") is None


def test_the_key_changes_with_any_source_or_data_file(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "data").mkdir(parents=True)
    (package / "a.py").write_text("X = 1\n")
    (package / "data" / "train.tsv").write_text("label\ttext\n")
    first = model_cache.cache_key(package)
    assert model_cache.cache_key(package) == first
    (package / "data" / "train.tsv").write_text("label\ttext\nbenign\thello\n")
    assert model_cache.cache_key(package) != first


def test_the_cache_lives_under_xdg_cache_home(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert model_cache.cache_dir() == tmp_path / "baton" / "models"
