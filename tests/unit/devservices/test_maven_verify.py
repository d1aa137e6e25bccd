import hashlib
from pathlib import Path

import pytest

from devservices.errors import ArtifactFetchError
from devservices.maven import Artifact, verify


def artifact(sha256: str | None = None) -> Artifact:
    return Artifact("org.example", "thing", "1.0", "zip", sha256=sha256)


def test_pinned_sha256_accepts_the_right_file(tmp_path: Path) -> None:
    file = tmp_path / "thing-1.0.zip"
    file.write_bytes(b"payload")
    verify(artifact(hashlib.sha256(b"payload").hexdigest()), file, tmp_path)


def test_pinned_sha256_rejects_a_tampered_file(tmp_path: Path) -> None:
    file = tmp_path / "thing-1.0.zip"
    file.write_bytes(b"tampered")
    with pytest.raises(ArtifactFetchError, match="pinned SHA-256"):
        verify(artifact(hashlib.sha256(b"payload").hexdigest()), file, tmp_path)


def test_published_sha1_is_checked(tmp_path: Path) -> None:
    file = tmp_path / "thing-1.0.zip"
    file.write_bytes(b"payload")
    published = artifact().local_repository_path(tmp_path)
    published.parent.mkdir(parents=True)
    published.with_name("thing-1.0.zip.sha1").write_text(hashlib.sha1(b"other").hexdigest())
    with pytest.raises(ArtifactFetchError, match="Checksum mismatch"):
        verify(artifact(), file, tmp_path)
    published.with_name("thing-1.0.zip.sha1").write_text(hashlib.sha1(b"payload").hexdigest())
    verify(artifact(), file, tmp_path)


def test_missing_published_checksum_is_an_error(tmp_path: Path) -> None:
    file = tmp_path / "thing-1.0.zip"
    file.write_bytes(b"payload")
    with pytest.raises(ArtifactFetchError, match="No published checksum"):
        verify(artifact(), file, tmp_path)
