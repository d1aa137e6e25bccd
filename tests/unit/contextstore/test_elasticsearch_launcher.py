"""How the local Elasticsearch is configured and launched (no process is started)."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

import pytest

from devservices import elasticsearch as es
from devservices.errors import ServiceStartError


def test_node_is_single_insecure_loopback_with_paths_in_the_cache(tmp_path: Path) -> None:
    settings = es.node_settings(9250, tmp_path / "data", tmp_path / "logs")

    assert settings["discovery.type"] == "single-node"
    assert settings["xpack.security.enabled"] == "false"
    assert settings["network.host"] == "127.0.0.1"
    assert settings["http.port"] == "9250"
    assert settings["path.data"] == str(tmp_path / "data")
    assert settings["path.logs"] == str(tmp_path / "logs")
    assert settings["cluster.routing.allocation.disk.watermark.flood_stage"] == "99%"


def test_command_passes_every_setting_with_dash_e(tmp_path: Path) -> None:
    command = es.launch_command(tmp_path, {"a.b": "1", "c": "two"}, as_root=False)

    assert command == [str(tmp_path / "bin" / "elasticsearch"), "-Ea.b=1", "-Ec=two"]


def test_root_runs_the_node_in_a_user_namespace(tmp_path: Path) -> None:
    command = es.launch_command(tmp_path, {}, as_root=True)

    assert command[0].endswith("unshare")
    assert "--user" in command
    assert f"--map-user={es.UNPRIVILEGED_UID}" in command
    assert command[-1] == str(tmp_path / "bin" / "elasticsearch")


def test_environment_sets_java_home_and_a_fixed_heap(tmp_path: Path) -> None:
    env = es.launch_env(tmp_path / "jdk", {"JAVA_HOME": "/old", "PATH": "/bin"})

    assert env["ES_JAVA_HOME"] == str(tmp_path / "jdk")
    assert env["ES_JAVA_OPTS"] == "-Xms1g -Xmx1g"
    assert "JAVA_HOME" not in env
    assert env["PATH"] == "/bin"


def test_port_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(es.PORT_ENV, "9311")

    assert es.http_port() == 9311
    assert es.base_url() == "http://127.0.0.1:9311"


@pytest.mark.parametrize("value", ["abc", "0", "70000", "-1"])
def test_invalid_port_is_rejected(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(es.PORT_ENV, value)

    with pytest.raises(ServiceStartError, match=es.PORT_ENV):
        es.http_port()


def _zip_with(tmp_path: Path, members: dict[str, tuple[str, int]]) -> Path:
    archive = tmp_path / "es.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for name, (content, mode) in members.items():
            info = zipfile.ZipInfo(name)
            info.external_attr = (stat.S_IFREG | mode) << 16
            zipped.writestr(info, content)
    return archive


def test_unpack_keeps_executable_bits_and_is_done_once(tmp_path: Path) -> None:
    home_name = f"elasticsearch-{es.ES_VERSION}"
    archive = _zip_with(
        tmp_path,
        {
            f"{home_name}/bin/elasticsearch": ("#!/bin/sh\n", 0o755),
            f"{home_name}/config/elasticsearch.yml": ("", 0o644),
        },
    )

    home = es.unpack(archive, tmp_path / "dist")
    archive.unlink()
    again = es.unpack(archive, tmp_path / "dist")

    assert again == home
    assert os.access(home / "bin" / "elasticsearch", os.X_OK)


def test_archive_without_the_launcher_is_rejected(tmp_path: Path) -> None:
    archive = _zip_with(tmp_path, {"something-else/README": ("hi", 0o644)})

    with pytest.raises(ServiceStartError, match="did not contain"):
        es.unpack(archive, tmp_path / "dist")


def test_readiness_is_false_when_nothing_listens() -> None:
    assert es.is_ready("http://127.0.0.1:9") is False
    assert es.server_version("http://127.0.0.1:9") is None
