"""Fetch an artifact from Maven Central with ``mvn dependency:copy`` and verify its checksum."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from devservices.errors import ArtifactFetchError


@dataclass(frozen=True)
class Artifact:
    group: str
    artifact: str
    version: str
    packaging: str
    sha256: str | None = None
    """Pinned digest, for artifacts Maven Central serves without published checksums."""

    @property
    def coordinates(self) -> str:
        return f"{self.group}:{self.artifact}:{self.version}:{self.packaging}"

    @property
    def file_name(self) -> str:
        return f"{self.artifact}-{self.version}.{self.packaging}"

    def local_repository_path(self, repository: Path) -> Path:
        return (
            repository.joinpath(*self.group.split("."))
            / self.artifact
            / self.version
            / self.file_name
        )


def _mvn() -> str:
    mvn = shutil.which("mvn")
    if mvn is None:
        raise ArtifactFetchError(
            "Maven (`mvn`) is not on PATH. Install it (Debian: `apt-get install -y maven`); "
            "`make setup` does this for you when run as root."
        )
    return mvn


def _sha1(path: Path) -> str:
    digest = hashlib.sha1()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify(artifact: Artifact, downloaded: Path, repository: Path) -> None:
    """Check the pinned SHA-256 if the artifact has one, else the ``.sha1`` Maven Central
    published beside the file."""
    if artifact.sha256 is not None:
        actual = _sha256(downloaded)
        if actual != artifact.sha256:
            raise ArtifactFetchError(
                f"Checksum mismatch for {downloaded}: pinned SHA-256 {artifact.sha256}, "
                f"got {actual}. Delete the file and fetch again."
            )
        return
    published = artifact.local_repository_path(repository).with_name(artifact.file_name + ".sha1")
    if not published.is_file():
        raise ArtifactFetchError(
            f"No published checksum for {artifact.coordinates} at {published}; "
            "delete the cached download and fetch again."
        )
    expected = published.read_text().split()[0].strip().lower()
    actual = _sha1(downloaded)
    if actual != expected:
        raise ArtifactFetchError(
            f"Checksum mismatch for {downloaded}: expected {expected}, got {actual}. "
            "Delete the file and fetch again."
        )


def fetch(artifact: Artifact, into: Path, *, repository: Path | None = None) -> Path:
    """Return the verified artifact file in ``into``, downloading it once."""
    repository = repository or Path.home() / ".m2" / "repository"
    into.mkdir(parents=True, exist_ok=True)
    target = into / artifact.file_name
    if not target.is_file():
        command = [
            _mvn(),
            "--batch-mode",
            "--quiet",
            *([] if artifact.sha256 else ["--strict-checksums"]),
            "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy",
            f"-Dartifact={artifact.coordinates}",
            f"-DoutputDirectory={into}",
            f"-Dmaven.repo.local={repository}",
        ]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0 or not target.is_file():
            raise ArtifactFetchError(
                f"mvn could not fetch {artifact.coordinates} (exit {result.returncode}):\n"
                f"{(result.stdout + result.stderr)[-2000:]}"
            )
    verify(artifact, target, repository)
    return target
