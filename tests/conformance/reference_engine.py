"""FEEL-Scala as a reference: fetch the pinned jars, compile the harness, evaluate a corpus.

Camunda 8.9 embeds FEEL-Scala 1.21 (camunda/camunda ``stable/8.9`` pins ``version.feel-scala``
to the 1.21 line); 1.21.0 is the newest 1.21 release on Maven Central. The jar list below is the
runtime closure ``mvn dependency:copy-dependencies`` resolves for ``feel-engine:1.21.0``, each
pinned by SHA-256. Everything lands in ``$BATON_CACHE_DIR/feel-reference/`` (default
``~/.cache/baton``) and is reused; one JVM evaluates a whole corpus.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from devservices.errors import DevServiceError
from devservices.java import find_java
from devservices.maven import Artifact, fetch
from devservices.paths import cache_dir

HARNESS_SOURCE = Path(__file__).with_name("feel_reference") / "FeelReference.java"
HARNESS_CLASS = "FeelReference"
CORPUS_TIMEOUT_SECONDS = 600

FEEL_ENGINE_CLASSPATH: tuple[Artifact, ...] = (
    Artifact(
        "org.camunda.feel",
        "feel-engine",
        "1.21.0",
        "jar",
        "c573f1ceee09ec1848023a76ba8c8c884a20cb963a3089e7b0f8b311dbbd7ab5",
    ),
    Artifact(
        "org.scala-lang",
        "scala-library",
        "2.13.18",
        "jar",
        "4e85d96ff7bc7dc627985523c3541b9917aaa08e956391380c42db21a2c4e5a0",
    ),
    Artifact(
        "com.lihaoyi",
        "fastparse_2.13",
        "3.1.1",
        "jar",
        "ff3f37dad0f89c9cff494cb984edc122a3c282f063790949e825ae039dcad9d5",
    ),
    Artifact(
        "com.lihaoyi",
        "sourcecode_2.13",
        "0.4.0",
        "jar",
        "7ce9b8c285a04280374d739d7b799408b2cfa40cc3173960848aec9ee8450fed",
    ),
    Artifact(
        "com.lihaoyi",
        "geny_2.13",
        "1.1.0",
        "jar",
        "bd93f278047bb533da70b42d2b21dc297d946bab86a4fe844c200b4db8d174b5",
    ),
    Artifact(
        "org.slf4j",
        "slf4j-api",
        "1.7.25",
        "jar",
        "18c4a0095d5c1da6b817592e767bb23d29dd2f560ad74df75ff3961dbde25b79",
    ),
    Artifact(
        "com.fasterxml.uuid",
        "java-uuid-generator",
        "5.2.0",
        "jar",
        "5724d6a0f27db90d45af884f4520bce581f29eebe21840d07cae22b670bb8ebb",
    ),
    Artifact(
        "com.fasterxml.jackson.module",
        "jackson-module-scala_2.13",
        "2.21.1",
        "jar",
        "e26d9c981cd2aa25c8d46b8991eefc8f60016795ce5eadb6f9e90f0896e8d497",
    ),
    Artifact(
        "com.fasterxml.jackson.core",
        "jackson-databind",
        "2.21.1",
        "jar",
        "b011eb5202d9ec889e27f1dcbdf6c63f06a76e7a16c0a1b30c6048d556c9a28e",
    ),
    Artifact(
        "com.fasterxml.jackson.core",
        "jackson-core",
        "2.21.1",
        "jar",
        "1edd5f2e49dca5f8e4519957c24b7b3050bd1c7ee883920da33cff031ff1f7c0",
    ),
    Artifact(
        "com.fasterxml.jackson.core",
        "jackson-annotations",
        "2.21",
        "jar",
        "53ca085f4a150f703f49e1aabd935bd03b43e1ea3d55d135438292af22cef56b",
    ),
    Artifact(
        "com.thoughtworks.paranamer",
        "paranamer",
        "2.8.3",
        "jar",
        "a9df136f2e926b37a838a5b4e2227343c3a755d15724b3a8350b4aea4b158945",
    ),
)


class FeelReferenceError(RuntimeError):
    """The reference engine could not be installed, compiled or run; the message says why."""


@dataclass(frozen=True)
class ReferenceAnswer:
    """What FEEL-Scala, driven as Zeebe drives it, made of one case."""

    ok: bool
    value: Any
    error: str | None
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class FeelReference:
    """A compiled harness ready to run: the ``java`` binary and the class path."""

    java: Path
    classpath: tuple[Path, ...]

    def run_lines(self, lines: Sequence[str]) -> list[dict[str, Any]]:
        """Feed raw input lines to one JVM and return its answers, one JSON object per line."""
        command = [
            str(self.java),
            "-cp",
            ":".join(str(p) for p in self.classpath),
            HARNESS_CLASS,
        ]
        try:
            result = subprocess.run(
                command,
                input="".join(line + "\n" for line in lines),
                capture_output=True,
                text=True,
                timeout=CORPUS_TIMEOUT_SECONDS,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise FeelReferenceError(
                f"the FEEL reference harness took over {CORPUS_TIMEOUT_SECONDS}s for "
                f"{len(lines)} lines"
            ) from exc
        if result.returncode != 0:
            raise FeelReferenceError(
                f"the FEEL reference harness exited with {result.returncode}:\n"
                f"{result.stderr[-3000:]}"
            )
        answers = []
        # JSON lines end in "\n" only; str.splitlines would also split on U+2028 inside values.
        output_lines = result.stdout.split("\n")
        if output_lines and output_lines[-1] == "":
            output_lines.pop()
        for number, line in enumerate(output_lines, start=1):
            try:
                answer = json.loads(line)
            except json.JSONDecodeError as exc:
                raise FeelReferenceError(
                    f"the FEEL reference harness wrote output line {number} that is not JSON: "
                    f"{line[:200]!r}"
                ) from exc
            answers.append(answer)
        return answers

    def evaluate_all(
        self, cases: Iterable[tuple[str, str, Mapping[str, Any]]]
    ) -> dict[str, ReferenceAnswer]:
        """Evaluate ``(id, expression, variables)`` cases in one JVM; answers keyed by id."""
        lines = [
            json.dumps({"id": case_id, "expression": expression, "variables": dict(variables)})
            for case_id, expression, variables in cases
        ]
        answers: dict[str, ReferenceAnswer] = {}
        for raw in self.run_lines(lines):
            answers[str(raw["id"])] = ReferenceAnswer(
                ok=bool(raw["ok"]),
                value=raw.get("value"),
                error=raw.get("error"),
                warnings=tuple(raw.get("warnings", ())),
            )
        if len(answers) != len(lines):
            raise FeelReferenceError(
                f"the FEEL reference harness answered {len(answers)} of {len(lines)} cases"
            )
        return answers


def reference_home() -> Path:
    home = cache_dir() / "feel-reference"
    home.mkdir(parents=True, exist_ok=True)
    return home


def install_reference(home: Path | None = None) -> FeelReference:
    """Fetch and verify the pinned jars, compile the harness once per source version."""
    home = home or reference_home()
    try:
        java_home = find_java()
        jars = tuple(
            fetch(artifact, home / "lib", repository=home / "m2")
            for artifact in FEEL_ENGINE_CLASSPATH
        )
    except DevServiceError as exc:
        raise FeelReferenceError(f"cannot install the FEEL reference engine: {exc}") from exc
    javac = java_home.path / "bin" / "javac"
    if not javac.is_file():
        raise FeelReferenceError(
            f"{java_home.describe()} has no javac; the FEEL reference harness needs a full JDK. "
            "Set JAVA_HOME to a JDK 21+ that includes javac."
        )
    classes = compile_harness(javac, jars, home)
    return FeelReference(java=java_home.java, classpath=(classes, *jars))


def compile_harness(javac: Path, jars: Sequence[Path], home: Path) -> Path:
    """Compile FeelReference.java into a folder named by the source's digest; reuse it after."""
    digest = hashlib.sha256(HARNESS_SOURCE.read_bytes()).hexdigest()[:16]
    classes = home / f"classes-{digest}"
    if (classes / f"{HARNESS_CLASS}.class").is_file():
        return classes
    staging = Path(tempfile.mkdtemp(prefix="classes-", dir=home))
    result = subprocess.run(
        [
            str(javac),
            "-cp",
            ":".join(str(p) for p in jars),
            "-d",
            str(staging),
            str(HARNESS_SOURCE),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        raise FeelReferenceError(
            f"javac could not compile {HARNESS_SOURCE}:\n{result.stdout}{result.stderr}"
        )
    try:
        staging.rename(classes)
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)
        if not (classes / f"{HARNESS_CLASS}.class").is_file():
            raise
    return classes


def main(argv: Sequence[str]) -> int:
    """``feel-reference.sh EXPRESSION [VARIABLES_JSON]``: print FEEL-Scala's answer as JSON."""
    if len(argv) not in (1, 2):
        print("usage: feel-reference.sh EXPRESSION [VARIABLES_JSON]", file=sys.stderr)
        return 2
    try:
        variables = json.loads(argv[1]) if len(argv) == 2 else {}
    except json.JSONDecodeError as exc:
        print(f"VARIABLES_JSON is not JSON: {exc}", file=sys.stderr)
        return 2
    if not isinstance(variables, dict):
        print("VARIABLES_JSON must be a JSON object", file=sys.stderr)
        return 2
    try:
        answer = install_reference().run_lines(
            [json.dumps({"id": "cli", "expression": argv[0], "variables": variables})]
        )
    except FeelReferenceError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(json.dumps(answer[0], ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
