"""The reference worker on Camunda's official Java client: built once with Maven into
``$BATON_CACHE_DIR/bench/`` (pinned client 8.9.0 and plugin versions in ``benchmarks/java/pom.xml``)
and started with the JDK ``devservices.java.find_java`` picks."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from benchmarks.errors import ReferenceWorkerBuildError
from devservices import cache_dir, find_java

PROJECT = Path(__file__).with_name("java")
MAIN_CLASS = "baton.bench.ReferenceWorker"
BUILD_TIMEOUT_S = 600


@dataclass(frozen=True)
class ReferenceWorker:
    java: Path
    classpath: str

    def command(
        self,
        *,
        grpc_address: str,
        rest_url: str,
        job_type: str,
        jobs: int,
        concurrency: int,
        delay_ms: int,
        mode: str,
        timeout_s: int,
    ) -> list[str]:
        return [
            str(self.java),
            "-cp",
            self.classpath,
            MAIN_CLASS,
            "--grpc-address",
            f"http://{grpc_address}",
            "--rest-address",
            rest_url,
            "--job-type",
            job_type,
            "--jobs",
            str(jobs),
            "--concurrency",
            str(concurrency),
            "--delay-ms",
            str(delay_ms),
            "--mode",
            mode,
            "--timeout-s",
            str(timeout_s),
        ]


def source_digest(project: Path = PROJECT) -> str:
    """A short digest of the pom and sources: a changed source gets a fresh build folder."""
    digest = hashlib.sha256()
    for path in sorted([project / "pom.xml", *(project / "src").rglob("*.java")]):
        digest.update(path.relative_to(project).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def build(project: Path = PROJECT) -> ReferenceWorker:
    """Compile the worker and copy its runtime dependencies, unless this source is built."""
    java = find_java()
    root = cache_dir() / "bench"
    target = root / f"reference-worker-{source_digest(project)}"
    classes, lib = target / "classes", target / "lib"
    if not (classes / "baton" / "bench" / "ReferenceWorker.class").is_file():
        mvn = shutil.which("mvn")
        if mvn is None:
            raise ReferenceWorkerBuildError(
                "Maven (`mvn`) is not on PATH; `make setup` installs it (Debian: apt-get install "
                "-y maven)."
            )
        command = [
            mvn,
            "-B",
            "-q",
            "-f",
            str(project / "pom.xml"),
            f"-Dmaven.repo.local={root / 'm2'}",
            f"-Dbench.build.directory={target}",
            "compile",
            "dependency:copy-dependencies",
        ]
        env = {**os.environ, "JAVA_HOME": str(java.path)}
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S, env=env
            )
        except subprocess.TimeoutExpired:
            raise ReferenceWorkerBuildError(
                f"building the reference worker took over {BUILD_TIMEOUT_S}s"
            ) from None
        if done.returncode != 0:
            raise ReferenceWorkerBuildError(
                f"`{' '.join(command)}` exited with {done.returncode}:\n"
                f"{(done.stdout + done.stderr)[-3000:]}"
            )
    jars = sorted(lib.glob("*.jar"))
    if not jars:
        raise ReferenceWorkerBuildError(f"no dependency jars in {lib}; delete {target} and rerun")
    return ReferenceWorker(java=java.java, classpath=":".join(map(str, [classes, *jars])))
