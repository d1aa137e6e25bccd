"""A fitted injection model kept on disk between processes of one machine.

Every fleet start fits the learned injection model on some 6,000 texts, which takes 15-25 s of a
core; tests and ``make run`` start fleets many times. The fitted pipeline is pickled under the
user's cache directory (``$XDG_CACHE_HOME/baton/models``, else ``~/.cache/baton/models``), keyed
by a hash of every source and data file of the ``guardrails`` package and the Python and
scikit-learn versions, so a change to the training data, the features or a library refits. It is
written by this machine for this machine (never shipped, never downloaded); a file that cannot be
read is refitted and replaced.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path

import sklearn
from sklearn.pipeline import Pipeline

import guardrails

PACKAGE = Path(guardrails.__file__).resolve().parent
SOURCE_SUFFIXES = (".py", ".tsv", ".json", ".txt")


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "baton" / "models"


def cache_key(package: Path = PACKAGE) -> str:
    """A hash of the package's sources and data, the Python version and scikit-learn's."""
    digest = hashlib.sha256(f"{sys.version}|{sklearn.__version__}".encode())
    for path in sorted(p for p in package.rglob("*") if p.suffix in SOURCE_SUFFIXES):
        digest.update(str(path.relative_to(package)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:32]


def load(key: str, directory: Path | None = None) -> Pipeline | None:
    """The pipeline stored under ``key``, or None when there is none or it cannot be read."""
    path = (directory or cache_dir()) / f"injection-{key}.pkl"
    try:
        with path.open("rb") as handle:
            # written by this user on this machine, under a key of the exact sources
            pipeline = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
        return None
    return pipeline if isinstance(pipeline, Pipeline) else None


def store(key: str, pipeline: Pipeline, directory: Path | None = None) -> None:
    """Writes the pipeline atomically (processes fitting at once each replace it whole); a
    directory that cannot be written is no error, the next process fits again."""
    target = directory or cache_dir()
    try:
        target.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target, delete=False, suffix=".tmp") as handle:
            pickle.dump(pipeline, handle, protocol=pickle.HIGHEST_PROTOCOL)
        Path(handle.name).replace(target / f"injection-{key}.pkl")
    except OSError:
        return
