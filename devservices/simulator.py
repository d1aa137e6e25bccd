"""Run the legacy-systems simulator as a local detached process (``baton simulator up``).

Its payments ledger lives under the cache folder so payments survive a restart.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import httpx

from devservices.errors import ServiceStartError
from devservices.paths import cache_dir, service_dir
from devservices.process import read_pid, start_detached, tail, wait_until
from devservices.process import stop as stop_process

SERVICE = "simulator"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8099
START_TIMEOUT_S = 30.0
PROJECT_ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class SimulatorHandle:
    url: str
    port: int
    pid: int
    data_dir: Path | None
    state_dir: Path
    log_file: Path
    reused: bool

    def describe(self) -> str:
        how = "already running" if self.reused else "started"
        return f"simulator {how} at {self.url} (pid {self.pid}; state {self.state_dir})"


def _files() -> tuple[Path, Path, Path]:
    folder = service_dir(SERVICE)
    return folder / f"{SERVICE}.pid", folder / f"{SERVICE}.log", folder / f"{SERVICE}.json"


def default_state_dir() -> Path:
    return cache_dir() / "simulator-state"


def healthy(url: str) -> bool:
    try:
        return httpx.get(f"{url}/healthz", timeout=1.0).status_code == 200
    except httpx.HTTPError:
        return False


def status() -> SimulatorHandle | None:
    """The running simulator started by Baton, or None."""
    pid_file, log_file, info_file = _files()
    pid = read_pid(pid_file)
    if pid is None:
        return None
    try:
        info = json.loads(info_file.read_text())
    except (FileNotFoundError, json.JSONDecodeError):
        return None
    data_dir = Path(info["dataDir"]) if info.get("dataDir") else None
    return SimulatorHandle(
        info["url"], info["port"], pid, data_dir, Path(info["stateDir"]), log_file, reused=True
    )


def ensure_running(
    port: int = DEFAULT_PORT,
    *,
    host: str = DEFAULT_HOST,
    data_dir: Path | None = None,
    state_dir: Path | None = None,
    faults: bool = False,
    timeout_s: float = START_TIMEOUT_S,
) -> SimulatorHandle:
    """Start the simulator unless it already runs; wait until ``/healthz`` answers."""
    running = status()
    if running is not None:
        if healthy(running.url):
            return running
        raise ServiceStartError(
            f"a simulator process (pid {running.pid}) is running but {running.url}/healthz "
            f"does not answer; run `baton simulator down` and retry. Log: {running.log_file}"
        )
    pid_file, log_file, info_file = _files()
    state = state_dir or default_state_dir()
    url = f"http://{host}:{port}"
    if healthy(url):
        raise ServiceStartError(
            f"something not started by Baton already answers at {url}; stop it or pick another "
            "port (`baton simulator up --port N`, BATON_SIMULATOR_URL)"
        )
    command = [sys.executable, "-m", "simulator", "--host", host, "--port", str(port)]
    command += ["--state", str(state)]
    if data_dir is not None:
        command += ["--data", str(data_dir)]
    if faults:
        command.append("--faults")
    pid = start_detached(command, log_file=log_file, pid_file=pid_file, cwd=PROJECT_ROOT)
    info = {
        "url": url,
        "port": port,
        "stateDir": str(state),
        "dataDir": str(data_dir) if data_dir else None,
    }
    info_file.write_text(json.dumps(info))
    try:
        wait_until(
            lambda: healthy(url),
            timeout_s=timeout_s,
            pid=pid,
            what="simulator",
            log_file=log_file,
            interval_s=0.2,
        )
    except ServiceStartError:
        stop_process(pid_file, timeout_s=5)
        raise
    return SimulatorHandle(url, port, pid, data_dir, state, log_file, reused=False)


def stop() -> bool:
    """Stop the simulator Baton started; False when none was running."""
    pid_file, _, info_file = _files()
    stopped = stop_process(pid_file, timeout_s=10)
    info_file.unlink(missing_ok=True)
    return stopped


def log_tail(lines: int = 30) -> str:
    return tail(_files()[1], lines)
