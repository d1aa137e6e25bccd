"""Runs scripts/render-diagrams.mjs the way `make diagrams` does, in Debian's headless chromium.

The session fixture runs scripts/install-chromium.sh (a no-op when /usr/bin/chromium exists) and
checks the pinned npm tooling is installed, so a missing tool fails with the script's message
instead of skipping the tests.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[3]
RENDERER = REPO / "scripts" / "render-diagrams.mjs"
VIEWER_BUNDLE = REPO / "node_modules" / "bpmn-js" / "dist" / "bpmn-viewer.production.min.js"
PROCESS_FILES = sorted((REPO / "bpmn").rglob("*.bpmn"))


@dataclass(frozen=True)
class RenderRun:
    returncode: int
    stdout: str
    stderr: str
    results: dict[str, dict[str, Any]]  # diagram name -> the renderer's JSON summary


def run_renderer(
    *files: Path, out: Path, json_lines: bool = True, env: dict[str, str] | None = None
) -> RenderRun:
    command = ["node", str(RENDERER), "--out", str(out)]
    if json_lines:
        command.append("--json")
    command += [str(f) for f in files]
    proc = subprocess.run(
        command, cwd=REPO, capture_output=True, text=True, timeout=300, env=env, check=False
    )
    results: dict[str, dict[str, Any]] = {}
    if json_lines:
        for line in proc.stdout.splitlines():
            summary = json.loads(line)
            results[summary["name"]] = summary
    return RenderRun(proc.returncode, proc.stdout, proc.stderr, results)


@pytest.fixture(scope="session")
def renderer_ready() -> None:
    install = subprocess.run(
        ["bash", str(REPO / "scripts" / "install-chromium.sh")],
        capture_output=True,
        text=True,
        check=False,
    )
    if install.returncode != 0:
        pytest.fail(f"chromium is not available: {install.stderr.strip()}")
    if not VIEWER_BUNDLE.is_file():
        pytest.fail(f"{VIEWER_BUNDLE} is missing; run `make node-deps` (make test does it)")


@pytest.fixture(scope="session")
def rendered_processes(
    renderer_ready: None, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, RenderRun]:
    """Every bpmn/**/*.bpmn rendered once, with the renderer's default file discovery."""
    out = tmp_path_factory.mktemp("diagrams")
    return out, run_renderer(out=out)
