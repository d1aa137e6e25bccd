"""The packages other code imports from publish what it uses, and ``import workers`` is cheap."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest


@pytest.mark.parametrize("package", ["workers", "simulator", "devservices"])
def test_every_published_name_resolves(package: str) -> None:
    module = importlib.import_module(package)
    missing = [name for name in module.__all__ if getattr(module, name, None) is None]
    assert module.__all__ and not missing


def test_an_unpublished_name_is_an_attribute_error() -> None:
    import workers

    with pytest.raises(AttributeError, match="no attribute 'Fleeet'"):
        _ = workers.Fleeet


def test_importing_workers_and_its_metrics_does_not_load_the_fleet() -> None:
    probe = (
        "import sys, workers.metrics; "
        "print(sorted({'pyzeebe', 'workers.fleet'} & set(sys.modules)))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "[]"
