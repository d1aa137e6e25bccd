"""Where downloaded artifacts, unpacked distributions, logs and pid files live.

The cache sits outside the clone (default ``~/.cache/baton``) so fresh clones and CI
reuse one download. Override with ``BATON_CACHE_DIR``.
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    root = Path(os.environ.get("BATON_CACHE_DIR", Path.home() / ".cache" / "baton")).expanduser()
    root.mkdir(parents=True, exist_ok=True)
    return root


def service_dir(service: str) -> Path:
    """Per-service folder holding ``<service>.log`` and ``<service>.pid``."""
    path = cache_dir() / "run" / service
    path.mkdir(parents=True, exist_ok=True)
    return path
