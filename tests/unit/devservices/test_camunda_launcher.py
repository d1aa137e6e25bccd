import io
import tarfile
from pathlib import Path

import click
import pytest

from baton_cli.deploy import load_case
from devservices import camunda as engine
from devservices.errors import DevServiceError
from devservices.java import JavaHome, find_java, parse_major
from tests.unit.claims.cases import claim_payload


def test_engine_is_not_fetched_without_the_licence_being_accepted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(engine.LICENSE_ENV, raising=False)
    monkeypatch.delenv(engine.DIST_ENV, raising=False)
    with pytest.raises(engine.EngineLicenseNotAcceptedError, match="Camunda License"):
        engine.distribution_archive()


def test_provided_distribution_must_exist(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(engine.DIST_ENV, str(tmp_path / "missing.tar.gz"))
    with pytest.raises(DevServiceError, match="is not a file"):
        engine.distribution_archive()


def test_engine_config_points_storage_into_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BATON_CACHE_DIR", str(tmp_path))
    config = engine.write_config(tmp_path / "data").read_text()
    assert f"jdbc:h2:file:{tmp_path}/data/h2/camunda" in config
    assert "unprotected-api: true" in config
    assert "{data_dir}" not in config


@pytest.mark.parametrize(("text", "major"), [("1.8.0_392", 8), ("17.0.15", 17), ("25", 25)])
def test_java_versions_parse(text: str, major: int) -> None:
    assert parse_major(text) == major


def test_a_jdk_21_or_newer_is_found() -> None:
    java = find_java()
    assert isinstance(java, JavaHome)
    assert java.major >= 21
    assert java.java.is_file()


def test_case_file_is_validated_before_start(tmp_path: Path) -> None:
    good = tmp_path / "claim.json"
    good.write_text(__import__("json").dumps(claim_payload()))
    variables = load_case("claims-adjudication", good)
    assert variables["businessKey"] == "CLM-1001"
    assert variables["claim"]["amount"] == {"value": 1800.5, "currency": "EUR"}
    bad = tmp_path / "bad.json"
    bad.write_text('{"claimId": "X"')
    with pytest.raises(click.ClickException, match="is not UTF-8 JSON"):
        load_case("claims-adjudication", bad)
    bad.write_text('{"claimId": "X"}')
    with pytest.raises(click.ClickException, match=r"claim\.policyNumber: Field required"):
        load_case("claims-adjudication", bad)
    with pytest.raises(click.ClickException, match="unknown process"):
        load_case("no-such-process", good)


def _tar_gz(path: Path, members: dict[str, bytes]) -> Path:
    with tarfile.open(path, "w:gz") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


@pytest.mark.parametrize("damage", ["truncated", "garbage"])
def test_a_corrupt_distribution_archive_leaves_no_partial_folder(
    damage: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BATON_CACHE_DIR", str(tmp_path / "cache"))
    good = _tar_gz(tmp_path / "good.tar.gz", {"camunda-zeebe-8.9.0/bin/camunda": b"#!/bin/sh\n"})
    corrupt = tmp_path / "corrupt.tar.gz"
    corrupt.write_bytes(good.read_bytes()[:40] if damage == "truncated" else b"not a tar" * 100)
    with pytest.raises(tarfile.TarError):
        engine.unpack(corrupt)
    assert list((tmp_path / "cache" / "dist").iterdir()) == []


def test_an_archive_without_bin_camunda_is_refused_and_leaves_no_partial_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BATON_CACHE_DIR", str(tmp_path / "cache"))
    archive = _tar_gz(tmp_path / "other.tar.gz", {"something-else/README": b"not camunda\n"})
    with pytest.raises(DevServiceError, match="holds no bin/camunda"):
        engine.unpack(archive)
    assert list((tmp_path / "cache" / "dist").iterdir()) == []


def test_a_good_archive_is_unpacked_into_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BATON_CACHE_DIR", str(tmp_path / "cache"))
    archive = _tar_gz(tmp_path / "good.tar.gz", {"camunda-zeebe-8.9.0/bin/camunda": b"#!/bin/sh\n"})
    root = engine.unpack(archive)
    assert (root / "bin" / "camunda").read_bytes() == b"#!/bin/sh\n"
    assert [p.name for p in (tmp_path / "cache" / "dist").iterdir()] == [root.name]
