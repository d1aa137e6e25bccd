"""Run a service as a detached process with a log file and a pid file; stop it by that pid."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from devservices.errors import ServiceStartError


def read_pid(pid_file: Path) -> int | None:
    """The pid recorded in ``pid_file`` if that process is still alive."""
    try:
        pid = int(pid_file.read_text().strip())
    except (FileNotFoundError, ValueError):
        return None
    return pid if is_alive(pid) else None


def is_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split()[2]
    except (FileNotFoundError, IndexError):
        return True
    return state != "Z"


def start_detached(
    command: Sequence[str],
    *,
    log_file: Path,
    pid_file: Path,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> int:
    """Start ``command`` in its own session so it outlives the caller; record its pid."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    with log_file.open("ab") as log:
        proc = subprocess.Popen(
            list(command),
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=dict(env) if env is not None else None,
            cwd=cwd,
            start_new_session=True,
        )
    pid_file.write_text(f"{proc.pid}\n")
    return proc.pid


def wait_until(
    ready: Callable[[], bool],
    *,
    timeout_s: float,
    pid: int,
    what: str,
    log_file: Path,
    interval_s: float = 1.0,
) -> float:
    """Poll ``ready`` until true; fail early if the process died. Returns seconds waited."""
    started = time.monotonic()
    while True:
        if ready():
            return time.monotonic() - started
        if not is_alive(pid):
            raise ServiceStartError(
                f"{what} exited during start-up; see {log_file}:\n{tail(log_file)}"
            )
        if time.monotonic() - started > timeout_s:
            raise ServiceStartError(
                f"{what} was not ready after {timeout_s:.0f}s; see {log_file}:\n{tail(log_file)}"
            )
        time.sleep(interval_s)


def stop(pid_file: Path, *, timeout_s: float = 60.0) -> bool:
    """SIGTERM the process group recorded in ``pid_file``; SIGKILL after the timeout.

    Returns False when nothing was running.
    """
    pid = read_pid(pid_file)
    if pid is None:
        pid_file.unlink(missing_ok=True)
        return False
    _signal_group(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout_s
    while is_alive(pid) and time.monotonic() < deadline:
        time.sleep(0.5)
    if is_alive(pid):
        _signal_group(pid, signal.SIGKILL)
    pid_file.unlink(missing_ok=True)
    return True


def _signal_group(pid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, sig)


def resident_memory_mib(pid: int) -> float | None:
    """Resident set size of ``pid`` and its children, from /proc, in MiB."""
    total_kib = 0
    pids = [pid, *_children(pid)]
    for each in pids:
        try:
            for line in Path(f"/proc/{each}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total_kib += int(line.split()[1])
        except FileNotFoundError:
            continue
    return total_kib / 1024 if total_kib else None


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        tasks = Path(f"/proc/{pid}/task").iterdir()
        for task in tasks:
            children = (task / "children").read_text().split()
            for child in children:
                found.append(int(child))
                found.extend(_children(int(child)))
    except FileNotFoundError:
        pass
    return found


def tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except FileNotFoundError:
        return "(no log yet)"
