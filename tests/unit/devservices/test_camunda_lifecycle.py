"""The engine launcher's lifecycle — unpack, configure, start, wait, reuse, stop — run against a
stand-in distribution whose ``bin/camunda`` answers the readiness probes on the ports the launcher
wrote into its configuration. The real Camunda distribution cannot be used in this workplace
(licence); this checks Baton's launcher, not Camunda. Free ports keep it clear of a running engine.
"""

import io
import socket
import sys
import tarfile
from pathlib import Path

import pytest

from devservices import camunda as engine
from devservices.errors import DevServiceError
from devservices.process import is_alive

STAND_IN = f"""#!{sys.executable}
import json, os, re, signal, socket, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

config = open(os.environ["SPRING_CONFIG_ADDITIONAL_LOCATION"].removeprefix("file:")).read()
assert "unprotected-api: true" in config, "launcher must pass Baton's application.yaml"
gateway_port, rest_port, management_port = map(int, re.findall(r"\\bport: (\\d+)", config))
assert os.path.isfile(os.path.join(os.environ["JAVA_HOME"], "bin", "java")), "JAVA_HOME unset"

class Probe(BaseHTTPRequestHandler):
    def do_GET(self):
        body = {{"/actuator/health": {{"status": "UP"}},
                "/v2/topology": {{"brokers": [{{"nodeId": 0}}], "clusterSize": 1}}}}.get(self.path)
        self.send_response(200 if body else 404)
        self.end_headers()
        self.wfile.write(json.dumps(body or {{}}).encode())
    def log_message(self, *args):
        pass

ports = (management_port, rest_port)
servers = [ThreadingHTTPServer(("127.0.0.1", port), Probe) for port in ports]
gateway = socket.create_server(("127.0.0.1", gateway_port))
for server in servers:
    threading.Thread(target=server.serve_forever, daemon=True).start()
signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
print("stand-in camunda ready", flush=True)
signal.pause()
"""


def stand_in_distribution(folder: Path) -> Path:
    archive = folder / f"camunda-zeebe-{engine.CAMUNDA_VERSION}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        script = STAND_IN.encode()
        info = tarfile.TarInfo(f"camunda-zeebe-{engine.CAMUNDA_VERSION}/bin/camunda")
        info.size = len(script)
        info.mode = 0o755
        tar.addfile(info, io.BytesIO(script))
    return archive


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_up_reuse_status_and_down(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    grpc, rest, management = free_port(), free_port(), free_port()
    monkeypatch.setenv("BATON_ENGINE_GRPC_PORT", str(grpc))
    monkeypatch.setenv("BATON_ENGINE_REST_PORT", str(rest))
    monkeypatch.setenv("BATON_ENGINE_MANAGEMENT_PORT", str(management))
    monkeypatch.setenv("BATON_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv(engine.DIST_ENV, str(stand_in_distribution(tmp_path)))
    started = engine.ensure_running()
    try:
        assert started.started_here
        assert started.gateway_address == f"127.0.0.1:{grpc}"
        assert started.tasklist_url == f"http://127.0.0.1:{rest}/tasklist"
        again = engine.ensure_running()
        assert (again.pid, again.started_here) == (started.pid, False)
        status = engine.status()
        assert status is not None and status.pid == started.pid
        log = (tmp_path / "cache" / "run" / "camunda" / "engine.log").read_text()
        assert "stand-in camunda ready" in log
    finally:
        assert engine.stop()
    assert not is_alive(started.pid)
    assert engine.status() is None
    assert not engine.stop()


def test_archive_without_camunda_is_rejected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BATON_CACHE_DIR", str(tmp_path / "cache"))
    archive = tmp_path / "not-camunda.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        info = tarfile.TarInfo("something/README")
        tar.addfile(info, io.BytesIO(b""))
    with pytest.raises(DevServiceError, match="holds no bin/camunda"):
        engine.unpack(archive)


def test_config_carries_the_configured_ports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BATON_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("BATON_ENGINE_GRPC_PORT", "36500")
    monkeypatch.setenv("BATON_ENGINE_REST_PORT", "18080")
    monkeypatch.delenv("BATON_ENGINE_MANAGEMENT_PORT", raising=False)
    config = engine.write_config(tmp_path / "data").read_text()
    assert "port: 36500" in config and "port: 18080" in config and "port: 9600" in config
    assert "_port}" not in config


def test_malformed_port_setting_is_rejected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BATON_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("BATON_ENGINE_REST_PORT", "eighty")
    with pytest.raises(DevServiceError, match="BATON_ENGINE_REST_PORT='eighty' is not a port"):
        engine.write_config(tmp_path / "data")
