"""Renders the baton chart with the helm binary that scripts/install-helm-tools.sh installs.

The session fixture runs the install script (idempotent, cached outside the clone), so a
missing tool fails the run with the script's message instead of skipping the tests.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[3]
CHART = REPO / "helm" / "baton"
EXAMPLES = sorted((CHART / "examples").glob("values-*.yaml"))
# The least a user must set: where the gateway and Elasticsearch are.
MINIMAL_SETS = ["zeebe.address=zeebe-gateway:26500", "elasticsearch.url=http://es:9200"]
# A demo cluster: the chart's own engine stands in for the gateway.
ENGINE_SETS = ["engine.enabled=true", "elasticsearch.url=http://es:9200"]


@dataclass(frozen=True)
class Tools:
    helm: Path
    kube_validate: Path
    hadolint: Path
    kube_version: str


class RenderError(Exception):
    """helm refused the values; the message is helm's stderr."""


@pytest.fixture(scope="session")
def tools() -> Tools:
    cache = Path(os.environ.get("BATON_CACHE_DIR", Path.home() / ".cache" / "baton"))
    env = {
        **os.environ,
        "BATON_CACHE_DIR": str(cache),
        "PIP": str(Path(sys.executable).with_name("pip")),
        "PYTHON": sys.executable,
    }
    done = subprocess.run(
        ["bash", str(REPO / "scripts" / "install-helm-tools.sh")],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, f"install-helm-tools.sh failed:\n{done.stderr}"
    bin_dir = Path(done.stdout.strip().splitlines()[-1])
    return Tools(
        helm=bin_dir / "helm",
        kube_validate=bin_dir / "kube-validate",
        hadolint=bin_dir / "hadolint",
        kube_version=(bin_dir / "KUBE_VERSION").read_text().strip(),
    )


Render = Callable[..., list[dict[str, Any]]]


@pytest.fixture(scope="session")
def render(tools: Tools) -> Render:
    """Render the chart; raise RenderError with helm's message when the values are refused."""

    def _render(
        values_files: list[Path] | None = None,
        sets: list[str] | None = None,
        set_json: list[str] | None = None,
    ) -> list[dict[str, Any]]:
        cmd = [str(tools.helm), "template", "baton", str(CHART), "--namespace", "baton"]
        cmd += ["--kube-version", tools.kube_version]
        for path in values_files or []:
            cmd += ["-f", str(path)]
        for item in sets or []:
            cmd += ["--set", item]
        for item in set_json or []:
            cmd += ["--set-json", item]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RenderError(done.stderr)
        return [doc for doc in yaml.safe_load_all(done.stdout) if doc]

    return _render


def of_kind(docs: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [doc for doc in docs if doc["kind"] == kind]


def one_of_kind(docs: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    found = of_kind(docs, kind)
    assert len(found) == 1, f"expected one {kind}, got {len(found)}"
    return found[0]
