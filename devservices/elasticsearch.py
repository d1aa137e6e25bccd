"""Fetch, start and stop a single-node local Elasticsearch from Maven Central's integ-test-zip.

Maven Central serves the 9.x integ-test-zips without ``.pom`` or checksum files and leaves them
out of its version index, so the version is pinned by hand together with the zip's SHA-256. The
zip carries no ``rest-root`` (``GET /``) and no
``analysis-common`` module: status reads the version from ``/_nodes/_local`` and the knowledge
index uses the built-in ``standard`` analyzer.
"""

from __future__ import annotations

import os
import shutil
import stat
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import httpx

from devservices.errors import ServiceStartError
from devservices.java import find_java
from devservices.maven import Artifact, fetch
from devservices.paths import cache_dir, service_dir
from devservices.process import read_pid, resident_memory_mib, start_detached, stop, wait_until

ES_VERSION = "9.3.2"
ARTIFACT = Artifact(
    group="org.elasticsearch.distribution.integ-test-zip",
    artifact="elasticsearch",
    version=ES_VERSION,
    packaging="zip",
    # Central serves the 9.x integ-test-zips without .sha1/.pom files, so the digest is pinned.
    sha256="99b5b540c8d3a5c53cbe1e4f35c46acefff59131760ddc330a7616cd319086f1",
)
SERVICE = "elasticsearch"
DEFAULT_PORT = 9200
PORT_ENV = "BATON_ES_PORT"
HEAP = "1g"
START_TIMEOUT_S = 180.0
# Inside a user namespace the node sees this uid instead of root (Elasticsearch refuses root).
UNPRIVILEGED_UID = 1000


@dataclass(frozen=True)
class ElasticsearchHandle:
    url: str
    pid: int | None
    started_here: bool
    startup_s: float | None = None


@dataclass(frozen=True)
class ElasticsearchStatus:
    url: str
    pid: int | None
    version: str
    rss_mib: float | None


def http_port() -> int:
    raw = os.environ.get(PORT_ENV, str(DEFAULT_PORT))
    if not raw.isdigit() or not 0 < int(raw) < 65536:
        raise ServiceStartError(f"{PORT_ENV} must be a TCP port (1-65535), got {raw!r}")
    return int(raw)


def base_url(port: int | None = None) -> str:
    return f"http://127.0.0.1:{port if port is not None else http_port()}"


def node_settings(port: int, data_dir: Path, logs_dir: Path) -> dict[str, str]:
    """The ``-E`` settings of the local node: one node, no security, loopback, relaxed disk."""
    return {
        "cluster.name": "baton-local",
        "node.name": "baton-local-1",
        "discovery.type": "single-node",
        "xpack.security.enabled": "false",
        "network.host": "127.0.0.1",
        "http.port": str(port),
        "transport.port": "9300-9399",
        "path.data": str(data_dir),
        "path.logs": str(logs_dir),
        "cluster.routing.allocation.disk.watermark.low": "97%",
        "cluster.routing.allocation.disk.watermark.high": "98%",
        "cluster.routing.allocation.disk.watermark.flood_stage": "99%",
        "action.destructive_requires_name": "false",
    }


def launch_command(home: Path, settings: dict[str, str], *, as_root: bool) -> list[str]:
    """``bin/elasticsearch -E…``; as root, wrapped in a user namespace mapping root to a user."""
    command = [str(home / "bin" / "elasticsearch")]
    command += [f"-E{key}={value}" for key, value in settings.items()]
    if as_root:
        unshare = shutil.which("unshare") or "unshare"
        command = [
            unshare,
            "--user",
            f"--map-user={UNPRIVILEGED_UID}",
            f"--map-group={UNPRIVILEGED_UID}",
            *command,
        ]
    return command


def launch_env(java_home: Path, base: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ if base is None else base)
    env["ES_JAVA_HOME"] = str(java_home)
    env["ES_JAVA_OPTS"] = f"-Xms{HEAP} -Xmx{HEAP}"
    env.pop("JAVA_HOME", None)
    return env


def unpack(archive: Path, into: Path) -> Path:
    """Unzip once, keeping the executable bits zipfile would drop; return ES home."""
    home = into / f"elasticsearch-{ES_VERSION}"
    marker = home / ".baton-unpacked"
    if marker.is_file():
        return home
    if home.exists():
        shutil.rmtree(home)
    into.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(archive) as zipped:
        for member in zipped.infolist():
            extracted = Path(zipped.extract(member, into))
            mode = (member.external_attr >> 16) & 0o777
            if mode and not member.is_dir():
                extracted.chmod(mode | stat.S_IRUSR)
    if not (home / "bin" / "elasticsearch").is_file():
        raise ServiceStartError(f"{archive} did not contain elasticsearch-{ES_VERSION}/bin")
    marker.write_text(ES_VERSION + "\n")
    return home


def _get_json(url: str, timeout_s: float = 2.0) -> dict[str, object] | None:
    try:
        response = httpx.get(url, timeout=timeout_s, headers={"accept": "application/json"})
    except httpx.HTTPError:
        return None
    if response.status_code != 200:
        return None
    body = response.json()
    return body if isinstance(body, dict) else None


def is_ready(url: str) -> bool:
    """Cluster health is yellow or green."""
    health = _get_json(f"{url}/_cluster/health?wait_for_status=yellow&timeout=1s")
    return health is not None and health.get("status") in ("yellow", "green")


def server_version(url: str) -> str | None:
    """Read from ``/_nodes/_local`` because the integ-test-zip has no ``GET /``."""
    nodes = _get_json(f"{url}/_nodes/_local?filter_path=nodes.*.version")
    listed = nodes.get("nodes") if nodes is not None else None
    if not isinstance(listed, dict):
        return None
    for node in listed.values():
        if isinstance(node, dict) and isinstance(node.get("version"), str):
            return str(node["version"])
    return None


def _paths() -> tuple[Path, Path, Path, Path]:
    run = service_dir(SERVICE)
    return (
        run / f"{SERVICE}.pid",
        run / f"{SERVICE}.log",
        run / f"data-{ES_VERSION}",
        run / "logs",
    )


def ensure_running(timeout_s: float = START_TIMEOUT_S) -> ElasticsearchHandle:
    """Reuse a running node (pid file or HTTP answer) or fetch, unpack and start one."""
    pid_file, log_file, data_dir, logs_dir = _paths()
    port = http_port()
    url = base_url(port)
    pid = read_pid(pid_file)
    if is_ready(url):
        return ElasticsearchHandle(url=url, pid=pid, started_here=False)
    if pid is not None:
        waited = wait_until(
            lambda: is_ready(url), timeout_s=timeout_s, pid=pid, what=SERVICE, log_file=log_file
        )
        return ElasticsearchHandle(url=url, pid=pid, started_here=False, startup_s=waited)
    archive = fetch(ARTIFACT, into=cache_dir() / "downloads")
    home = unpack(archive, cache_dir() / "dist")
    java = find_java()
    data_dir.mkdir(parents=True, exist_ok=True)
    logs_dir.mkdir(parents=True, exist_ok=True)
    command = launch_command(
        home, node_settings(port, data_dir, logs_dir), as_root=os.geteuid() == 0
    )
    started = time.monotonic()
    pid = start_detached(command, log_file=log_file, pid_file=pid_file, env=launch_env(java.path))
    try:
        wait_until(
            lambda: is_ready(url), timeout_s=timeout_s, pid=pid, what=SERVICE, log_file=log_file
        )
    except ServiceStartError:
        stop(pid_file)
        raise
    return ElasticsearchHandle(
        url=url, pid=pid, started_here=True, startup_s=time.monotonic() - started
    )


def stop_running() -> bool:
    """Stop the node recorded in the pid file; False when none was running."""
    pid_file, _, _, _ = _paths()
    return stop(pid_file)


def status() -> ElasticsearchStatus | None:
    pid_file, _, _, _ = _paths()
    url = base_url()
    version = server_version(url)
    if version is None:
        return None
    pid = read_pid(pid_file)
    return ElasticsearchStatus(
        url=url,
        pid=pid,
        version=version,
        rss_mib=resident_memory_mib(pid) if pid is not None else None,
    )
