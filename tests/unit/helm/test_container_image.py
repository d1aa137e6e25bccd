"""The Dockerfile is checked statically (no Docker engine here): hadolint plus our own rules."""

from __future__ import annotations

import ast
import fnmatch
import itertools
import json
import re
import shlex
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from engine.pages.routes import VENDOR_FILES

from .conftest import REPO, Tools

DOCKERFILE = REPO / "Dockerfile"


def _instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs with continuation lines joined and comments dropped."""
    joined = re.sub(r"\\\n", " ", text)
    out = []
    for line in joined.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


def _final_stage(instructions: list[tuple[str, str]]) -> list[tuple[str, str]]:
    starts = [i for i, (word, _) in enumerate(instructions) if word == "FROM"]
    return instructions[starts[-1] :]


def _hadolint(tools: Tools, dockerfile: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(tools.hadolint), "--no-color", str(dockerfile)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_hadolint_passes_the_dockerfile(tools: Tools) -> None:
    done = _hadolint(tools, DOCKERFILE)
    assert done.returncode == 0, done.stdout + done.stderr


def test_hadolint_flags_a_root_image_on_latest(tools: Tools, tmp_path: Path) -> None:
    bad = tmp_path / "Dockerfile"
    bad.write_text("FROM python:latest\nRUN pip install requests\nUSER root\n")
    done = _hadolint(tools, bad)
    assert done.returncode != 0
    assert "DL3007" in done.stdout
    assert "DL3002" in done.stdout


def test_image_is_multi_stage_on_slim_python_311() -> None:
    instructions = _instructions(DOCKERFILE.read_text())
    froms = [args for word, args in instructions if word == "FROM"]
    assert len(froms) >= 2
    default_base = next(a for w, a in instructions if w == "ARG" and a.startswith("PYTHON_IMAGE="))
    assert re.fullmatch(r"PYTHON_IMAGE=python:3\.11(\.\d+)?-slim(-\w+)?", default_base)


def test_final_stage_runs_as_non_root_without_build_tools() -> None:
    final = _final_stage(_instructions(DOCKERFILE.read_text()))
    users = [args for word, args in final if word == "USER"]
    assert users, "final stage has no USER"
    uid_arg = next(a for w, a in final if w == "ARG" and a.startswith("BATON_UID="))
    assert int(uid_arg.split("=")[1]) > 0
    assert users[-1] == "${BATON_UID}:${BATON_UID}"
    runs = " ".join(args for word, args in final if word == "RUN")
    for tool in ("apt-get", "gcc", "build-essential", "pip install"):
        assert tool not in runs, f"final stage runs {tool}"


def _stage(instructions: list[tuple[str, str]], name: str) -> list[tuple[str, str]]:
    starts = [i for i, (word, _) in enumerate(instructions) if word == "FROM"]
    for begin, end in itertools.pairwise([*starts, len(instructions)]):
        if instructions[begin][1].endswith(f" AS {name}"):
            return instructions[begin:end]
    raise AssertionError(f"the Dockerfile has no stage {name!r}")


def test_entrypoint_is_python_m_workers_with_healthcheck_on_healthz() -> None:
    final = _final_stage(_instructions(DOCKERFILE.read_text()))
    (entrypoint,) = [args for word, args in final if word == "ENTRYPOINT"]
    assert json.loads(entrypoint) == ["python", "-m", "workers"]
    (healthcheck,) = [args for word, args in final if word == "HEALTHCHECK"]
    assert "/healthz" in healthcheck and "BATON_METRICS_PORT" in healthcheck


def test_dependencies_install_pinned_from_wheels() -> None:
    runs = [args for word, args in _instructions(DOCKERFILE.read_text()) if word == "RUN"]
    installs = [shlex.split(r) for r in runs if "pip install" in r]
    assert installs
    for words in installs:
        assert "--constraint" in words and "constraints.txt" in words
        assert "--only-binary=:all:" in words


def test_constraints_pin_every_runtime_dependency_within_pyproject_ranges() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    pins = {}
    for line in (REPO / "constraints.txt").read_text().splitlines():
        if line and not line.startswith("#"):
            name, sep, version = line.partition("==")
            assert sep, f"constraints.txt line {line!r} is not name==version"
            pins[canonicalize_name(name)] = version
    for spec in project["dependencies"]:
        requirement = Requirement(spec)
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} is not pinned; run `make constraints`"
        assert requirement.specifier.contains(pins[name]), (
            f"{requirement.name}=={pins[name]} is outside {requirement.specifier}; "
            "run `make constraints`"
        )


def _first_party_imports(package: Path, first_party: set[str]) -> set[str]:
    found = set()
    for source in package.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text())):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            found |= {n.split(".")[0] for n in names if n.split(".")[0] in first_party}
    return found


def _allowed_by_dockerignore(path: str) -> bool:
    """Docker's reading: the last rule matching the path or one of its parent folders wins."""
    parts = path.split("/")
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    allowed = False
    for raw in (REPO / ".dockerignore").read_text().splitlines():
        rule = raw.strip()
        if not rule or rule.startswith("#"):
            continue
        negate = rule.startswith("!")
        pattern = rule.lstrip("!").rstrip("/")
        if any(fnmatch.fnmatch(prefix, pattern) for prefix in prefixes):
            allowed = negate
    return allowed


@pytest.mark.parametrize("entry_point", ["workers", "engine"])
def test_image_context_holds_every_package_an_entry_point_imports(entry_point: str) -> None:
    first_party = {p.parent.name for p in REPO.glob("*/__init__.py")}
    needed, todo = set(), [entry_point]
    while todo:
        package = todo.pop()
        if package not in needed:
            needed.add(package)
            todo += sorted(_first_party_imports(REPO / package, first_party))
    missing = sorted(p for p in needed if not _allowed_by_dockerignore(p))
    assert not missing, f".dockerignore leaves out packages {entry_point} imports: {missing}"
    assert not _allowed_by_dockerignore("tests")
    assert not _allowed_by_dockerignore(".venv")


def _runtime_distributions() -> set[str]:
    """pyproject's main dependencies and everything they pull in, as the image's venv has them."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    found: set[str] = set()
    todo = [Requirement(spec) for spec in project["dependencies"]]
    while todo:
        requirement = todo.pop()
        name = canonicalize_name(requirement.name)
        if name in found:
            continue
        found.add(name)
        for spec in metadata.requires(requirement.name) or []:
            child = Requirement(spec)
            if child.marker is None or child.marker.evaluate({"extra": ""}):
                todo.append(child)
    return found


def test_every_library_the_engine_imports_comes_with_the_runtime_dependencies() -> None:
    first_party = {p.parent.name for p in REPO.glob("*/__init__.py")}
    imported: set[str] = set()
    for source in (REPO / "engine").rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text())):
            if isinstance(node, ast.Import):
                imported |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                imported.add(node.module.split(".")[0])
    libraries = imported - first_party - set(sys.stdlib_module_names)
    providers = metadata.packages_distributions()
    runtime = _runtime_distributions()
    missing = sorted(
        library
        for library in libraries
        if not {canonicalize_name(d) for d in providers.get(library, [])} & runtime
    )
    assert not missing, f"the image would lack what the engine imports: {missing}"


def test_page_assets_stage_builds_every_vendor_file_at_package_json_versions() -> None:
    stage = _stage(_instructions(DOCKERFILE.read_text()), "page-assets")
    script = " ".join(args for word, args in stage if word == "RUN")
    pinned = dict(
        word.rsplit("@", 1)
        for word in shlex.split(script)
        if re.fullmatch(r"@?[\w./-]+@[\d.]+", word)
    )
    wanted = json.loads((REPO / "package.json").read_text())["devDependencies"]
    assert pinned == {name: wanted[name] for name in pinned}
    assert set(pinned) == {"bpmn-js", "@bpmn-io/form-js"}
    for name in VENDOR_FILES:
        assert name in script, f"the page-assets stage does not produce {name}"
    final = _final_stage(_instructions(DOCKERFILE.read_text()))
    assert ("COPY", "--from=page-assets /assets/vendor /app/engine/pages/vendor") in final
    assert _allowed_by_dockerignore("engine/pages/routes.py")
    assert not _allowed_by_dockerignore("engine/pages/vendor/form-js.css")
