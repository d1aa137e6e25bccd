"""The local engine behind ``baton engine up|down|status``, ``make run`` and the engine tests.

By default it is Baton's own open-source, Zeebe-compatible engine (``python -m engine``, the
``engine/`` package), started as a detached process with its data, log and pid file under the
cache. ``BATON_ENGINE=camunda`` selects Camunda 8.9's distribution instead, which stays behind
its licence gate (:mod:`devservices.camunda`). The fleet talks to either through the same
gateway protocol and never imports the engine.
"""

from __future__ import annotations

import os
import socket
import sys
import time
from pathlib import Path

import httpx

from devservices import camunda, process
from devservices.engine_handle import EngineHandle
from devservices.errors import DevServiceError, ServiceStartError
from devservices.paths import cache_dir, service_dir

ENGINE_ENV = "BATON_ENGINE"
ENGINES = ("baton", "camunda")
PORT_ENVS = {
    "grpc": ("BATON_ENGINE_GRPC_PORT", 26500),
    "rest": ("BATON_ENGINE_REST_PORT", 8080),
    "management": ("BATON_ENGINE_MANAGEMENT_PORT", 9600),
}
DATA_DIR_ENV = "BATON_ENGINE_DATA_DIR"
TASKLIST_USERS_FILE = Path(__file__).resolve().parents[1] / "config" / "tasklist-users.yaml"
START_TIMEOUT_S = 60.0

__all__ = ["ENGINE_ENV", "EngineHandle", "ensure_running", "selected", "status", "stop"]


def selected() -> str:
    """Which engine ``BATON_ENGINE`` asks for (``baton`` unless set)."""
    value = os.environ.get(ENGINE_ENV, "baton").strip().lower() or "baton"
    if value not in ENGINES:
        raise DevServiceError(f"{ENGINE_ENV}={value!r} is not one of: {', '.join(ENGINES)}")
    return value


def port(which: str) -> int:
    env, default = PORT_ENVS[which]
    raw = os.environ.get(env)
    if raw is None or raw == "":
        return default
    if not raw.isdigit() or not 0 < int(raw) < 65536:
        raise DevServiceError(f"{env}={raw!r} is not a port number (1-65535)")
    return int(raw)


def data_dir() -> Path:
    configured = os.environ.get(DATA_DIR_ENV)
    return Path(configured).expanduser() if configured else cache_dir() / "data" / "baton-engine"


def _files() -> tuple[Path, Path]:
    folder = service_dir("engine")
    return folder / "engine.log", folder / "engine.pid"


def _urls() -> tuple[str, str, str]:
    return (
        f"127.0.0.1:{port('grpc')}",
        f"http://127.0.0.1:{port('rest')}",
        f"http://127.0.0.1:{port('management')}",
    )


def is_ready(rest_url: str, management_url: str, gateway: str) -> bool:
    """Readiness UP, the REST topology answers, and the gateway port accepts connections."""
    try:
        health = httpx.get(f"{management_url}/actuator/health/readiness", timeout=2)
        topology = httpx.get(f"{rest_url}/v2/topology", timeout=2)
    except httpx.HTTPError:
        return False
    if health.status_code != 200 or topology.status_code != 200:
        return False
    host, _, gateway_port = gateway.rpartition(":")
    return _port_open(host, int(gateway_port))


def _port_open(host: str, number: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex((host, number)) == 0


def ensure_running() -> EngineHandle:
    """Start the selected engine unless it already runs (by pid file); wait until ready."""
    if selected() == "camunda":
        return camunda.ensure_running()
    log_file, pid_file = _files()
    gateway, rest_url, management_url = _urls()
    running = process.read_pid(pid_file)
    if running is not None:
        process.wait_until(
            lambda: is_ready(rest_url, management_url, gateway),
            timeout_s=START_TIMEOUT_S,
            pid=running,
            what="Baton's engine",
            log_file=log_file,
        )
        return EngineHandle(running, gateway, rest_url, started_here=False)
    for which in PORT_ENVS:
        if _port_open("127.0.0.1", port(which)):
            env, _ = PORT_ENVS[which]
            raise ServiceStartError(
                f"port {port(which)} ({which}) is already in use by another process; stop it "
                f"or set {env} (and BATON_ZEEBE__ADDRESS / BATON_ZEEBE__REST_URL to match)"
            )
    started = time.monotonic()
    pid = process.start_detached(
        [
            sys.executable,
            "-m",
            "engine",
            "--data-dir",
            str(data_dir()),
            "--grpc-port",
            str(port("grpc")),
            "--rest-port",
            str(port("rest")),
            "--management-port",
            str(port("management")),
            "--users-file",
            str(TASKLIST_USERS_FILE),
        ],
        log_file=log_file,
        pid_file=pid_file,
        cwd=Path(__file__).resolve().parents[1],
    )
    process.wait_until(
        lambda: is_ready(rest_url, management_url, gateway),
        timeout_s=START_TIMEOUT_S,
        pid=pid,
        what="Baton's engine",
        log_file=log_file,
        interval_s=0.1,
    )
    return EngineHandle(pid, gateway, rest_url, True, time.monotonic() - started)


def stop() -> bool:
    if selected() == "camunda":
        return camunda.stop()
    _, pid_file = _files()
    return process.stop(pid_file, timeout_s=30)


def status() -> EngineHandle | None:
    if selected() == "camunda":
        return camunda.status()
    _, pid_file = _files()
    pid = process.read_pid(pid_file)
    if pid is None:
        return None
    gateway, rest_url, _ = _urls()
    return EngineHandle(pid, gateway, rest_url, False)
