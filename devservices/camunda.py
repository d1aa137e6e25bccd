"""The licence-gated option: Camunda 8.9's own distribution (``BATON_ENGINE=camunda``).

Camunda 8's distribution is licensed under the Camunda License, not an open-source licence, so
Baton never downloads it silently. It runs when the user provides it, either
``BATON_CAMUNDA_DIST=/path/camunda-zeebe-<version>.tar.gz`` (an archive they obtained) or
``BATON_ACCEPT_CAMUNDA_LICENSE=yes`` (fetch it from Maven Central with ``mvn dependency:copy``).
Without either, :func:`ensure_running` raises :class:`EngineLicenseNotAcceptedError` saying so.
"""

from __future__ import annotations

import os
import shutil
import socket
import tarfile
import time
import zlib
from pathlib import Path

import httpx

from devservices import engine as engine_settings
from devservices import maven, process
from devservices.engine_handle import EngineHandle
from devservices.errors import DevServiceError
from devservices.java import find_java
from devservices.paths import cache_dir, service_dir

CAMUNDA_VERSION = "8.9.0"
ARTIFACT = maven.Artifact("io.camunda", "camunda-zeebe", CAMUNDA_VERSION, "tar.gz")
LICENSE_ENV = "BATON_ACCEPT_CAMUNDA_LICENSE"
DIST_ENV = "BATON_CAMUNDA_DIST"
START_TIMEOUT_S = 300.0
_CONFIG_TEMPLATE = Path(__file__).with_name("camunda-application.yaml")


class EngineLicenseNotAcceptedError(DevServiceError):
    """The Camunda distribution was neither provided nor its licence accepted."""


def _files() -> tuple[Path, Path]:
    folder = service_dir("camunda")
    return folder / "engine.log", folder / "engine.pid"


def distribution_archive() -> Path:
    provided = os.environ.get(DIST_ENV)
    if provided:
        archive = Path(provided).expanduser()
        if not archive.is_file():
            raise DevServiceError(f"{DIST_ENV}={provided} is not a file")
        return archive
    if os.environ.get(LICENSE_ENV, "").lower() in {"1", "yes", "true"}:
        return maven.fetch(ARTIFACT, cache_dir() / "downloads")
    raise EngineLicenseNotAcceptedError(
        f"The local engine is Camunda {CAMUNDA_VERSION} ({ARTIFACT.coordinates}), licensed under "
        "the Camunda License, which is not open source. Baton does not download it for you. "
        f"Either set {LICENSE_ENV}=yes after reading https://camunda.com/legal/terms/cloud-terms-"
        f"and-conditions/camunda-license-1-0/ to fetch it from Maven Central, or set "
        f"{DIST_ENV} to a camunda-zeebe-{CAMUNDA_VERSION}.tar.gz you have. To use an engine "
        "that already runs (SaaS, Helm), set BATON_ZEEBE__ADDRESS and BATON_ZEEBE__REST_URL."
    )


def unpack(archive: Path) -> Path:
    """Unpack once into the cache; return the distribution root (holding ``bin/camunda``).

    The archive is unpacked into a ``.partial`` folder that is removed whether it succeeds or
    not, so a bad archive leaves nothing behind.
    """
    target = cache_dir() / "dist" / f"camunda-zeebe-{CAMUNDA_VERSION}"
    if (target / "bin" / "camunda").is_file():
        return target
    staging = target.with_name(target.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        try:
            with tarfile.open(archive) as tar:
                tar.extractall(staging, filter="data")
        except (EOFError, zlib.error) as error:
            raise tarfile.ReadError(f"{archive} is truncated or corrupt: {error}") from error
        roots = [p for p in staging.iterdir() if (p / "bin" / "camunda").is_file()]
        root = roots[0] if roots else staging
        if not (root / "bin" / "camunda").is_file():
            raise DevServiceError(f"{archive} holds no bin/camunda; is it camunda-zeebe?")
        shutil.rmtree(target, ignore_errors=True)
        root.rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def write_config(data_dir: Path) -> Path:
    """Fill the template with the data folder and the ports ``BATON_ENGINE_*_PORT`` select."""
    filled = _CONFIG_TEMPLATE.read_text().replace("{data_dir}", str(data_dir))
    for which in ("grpc", "rest", "management"):
        filled = filled.replace(f"{{{which}_port}}", str(engine_settings.port(which)))
    config = service_dir("camunda") / "application.yaml"
    config.write_text(filled)
    return config


def _addresses() -> tuple[str, str, str]:
    """Gateway address, REST URL and management URL on the configured ports."""
    return (
        f"127.0.0.1:{engine_settings.port('grpc')}",
        f"http://127.0.0.1:{engine_settings.port('rest')}",
        f"http://127.0.0.1:{engine_settings.port('management')}",
    )


def is_ready(rest_url: str, management_url: str) -> bool:
    """Actuator health is UP and the REST topology lists a broker."""
    try:
        health = httpx.get(f"{management_url}/actuator/health", timeout=2)
        topology = httpx.get(f"{rest_url}/v2/topology", timeout=2)
    except httpx.HTTPError:
        return False
    if health.status_code != 200 or topology.status_code != 200:
        return False
    brokers = topology.json().get("brokers", [])
    return bool(brokers) and _port_open("127.0.0.1", engine_settings.port("grpc"))


def _port_open(host: str, port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex((host, port)) == 0


def ensure_running() -> EngineHandle:
    """Start the engine unless it already runs (by pid file); wait until it is ready."""
    log_file, pid_file = _files()
    gateway, rest_url, management_url = _addresses()
    running = process.read_pid(pid_file)
    if running is not None:
        process.wait_until(
            lambda: is_ready(rest_url, management_url),
            timeout_s=START_TIMEOUT_S,
            pid=running,
            what="Camunda",
            log_file=log_file,
        )
        return EngineHandle(running, gateway, rest_url, started_here=False, name="Camunda")
    home = unpack(distribution_archive())
    java = find_java()
    data_dir = cache_dir() / "data" / "engine"
    data_dir.mkdir(parents=True, exist_ok=True)
    config = write_config(data_dir)
    env = {
        **os.environ,
        "JAVA_HOME": str(java.path),
        "SPRING_CONFIG_ADDITIONAL_LOCATION": f"file:{config}",
        "JAVA_OPTS": os.environ.get("BATON_ENGINE_JAVA_OPTS", "-Xms512m -Xmx2g"),
    }
    started = time.monotonic()
    pid = process.start_detached(
        [str(home / "bin" / "camunda")], log_file=log_file, pid_file=pid_file, env=env, cwd=home
    )
    process.wait_until(
        lambda: is_ready(rest_url, management_url),
        timeout_s=START_TIMEOUT_S,
        pid=pid,
        what="Camunda",
        log_file=log_file,
    )
    return EngineHandle(pid, gateway, rest_url, True, time.monotonic() - started, "Camunda")


def stop() -> bool:
    _, pid_file = _files()
    return process.stop(pid_file, timeout_s=60)


def status() -> EngineHandle | None:
    _, pid_file = _files()
    pid = process.read_pid(pid_file)
    if pid is None:
        return None
    gateway, rest_url, _ = _addresses()
    return EngineHandle(pid, gateway, rest_url, False)
