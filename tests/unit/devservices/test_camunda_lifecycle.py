"""The engine launcher's lifecycle — unpack, configure, start, wait, reuse, stop — run against a
stand-in distribution whose ``bin/camunda`` answers the readiness probes. The real Camunda
distribution cannot be used in this workplace (licence); this checks Baton's launcher, not Camunda.
"""

import io
import sys
import tarfile
from pathlib import Path

import pytest

from devservices import camunda as engine
from devservices.errors import DevServiceError
from devservices.process import is_alive

STAND_IN = f"""#!{sys.executable}
import json, os, signal, socket, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

config = open(os.environ["SPRING_CONFIG_ADDITIONAL_LOCATION"].removeprefix("file:")).read()
assert "unprotected-api: true" in config, "launcher must pass Baton's application.yaml"
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

ports = ({engine.MANAGEMENT_PORT}, {engine.REST_PORT})
servers = [ThreadingHTTPServer(("127.0.0.1", port), Probe) for port in ports]
gateway = socket.create_server(("127.0.0.1", {engine.GATEWAY_PORT}))
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


def test_up_reuse_status_and_down(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BATON_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv(engine.DIST_ENV, str(stand_in_distribution(tmp_path)))
    started = engine.ensure_running()
    try:
        assert started.started_here
        assert started.gateway_address == "127.0.0.1:26500"
        assert started.tasklist_url == "http://127.0.0.1:8080/tasklist"
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
