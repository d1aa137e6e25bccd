"""Every ``baton`` command under each foreseeable failure: one line, the next step, its code.

Conditions: no engine at the configured gateway, an invalid setting, a bad input file, a
service that is not running. Nothing here starts or stops a shared service: the cache is a
temporary folder (no pid files), and gateways/ports point at a port nothing listens on.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from baton_cli.main import cli

REPO = Path(__file__).resolve().parents[3]
SAMPLE_CLAIM = REPO / "samples" / "claims-adjudication" / "auto-approve-water.json"
TRACEBACK_MARKERS = ("Traceback", 'File "')


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BATON_CACHE_DIR", str(tmp_path / "cache"))


def invoke(args: list[str], env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, args, env=env)


def assert_one_line(result: Result, code: int, *needles: str) -> None:
    """Exit code as documented, no traceback, one ``Error:`` line naming the problem."""
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(lines) == 1, result.output
    for marker in TRACEBACK_MARKERS:
        assert marker not in result.output, result.output
    for needle in needles:
        assert needle in lines[0], lines[0]


def bad_files(tmp_path: Path) -> dict[str, Path]:
    not_utf8 = tmp_path / "latin1.json"
    not_utf8.write_bytes(b'{"claimId": "\xe9"}')
    not_json = tmp_path / "broken.json"
    not_json.write_text("{broken")
    a_list = tmp_path / "list.json"
    a_list.write_text("[1, 2]")
    folder = tmp_path / "folder.json"
    folder.mkdir()
    return {
        "not-utf8": not_utf8,
        "not-json": not_json,
        "list": a_list,
        "directory": folder,
        "missing": tmp_path / "missing.json",
    }


ENGINE_COMMANDS = [
    ["deploy"],
    ["start", "claims-adjudication", "--case", str(SAMPLE_CLAIM)],
    ["message", "publish", "some-message", "--key", "K-1"],
    ["demo", "--no-start-missing", "--no-people"],
    ["eval", "--external", "--gate-only"],
]


@pytest.mark.parametrize("args", ENGINE_COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_no_engine_names_the_gateway_and_how_to_start_one(args: list[str]) -> None:
    port = free_port()
    env = {
        "BATON_ZEEBE__ADDRESS": f"127.0.0.1:{port}",
        "BATON_ZEEBE__REST_URL": f"http://127.0.0.1:{port}",
    }
    assert_one_line(invoke(args, env), 5, f"127.0.0.1:{port}", "make run")


SETTINGS_COMMANDS = [
    ["run"],
    ["up", "--no-deploy"],
    ["deploy"],
    ["start", "claims-adjudication", "--case", str(SAMPLE_CLAIM)],
    ["message", "publish", "some-message", "--key", "K-1"],
    ["kb", "search", "water damage"],
    ["kb", "load"],
    ["kb", "eval"],
    ["audit", "verify", "CLM-1"],
    ["demo", "--no-start-missing"],
]
BAD_SETTINGS = {
    "BATON_FLEET__JOB_TYPES": "claims.pay",
    "BATON_ELASTICSEARCH_URL": "not-a-url",
    "BATON_ZEEBE__ADDRESS": "no-port",
    "BATON_METRICS_PORT": "abc",
}


@pytest.mark.parametrize("variable", sorted(BAD_SETTINGS))
@pytest.mark.parametrize("args", SETTINGS_COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_invalid_setting_names_its_variable(args: list[str], variable: str) -> None:
    assert_one_line(invoke(args, {variable: BAD_SETTINGS[variable]}), 4, variable)


@pytest.mark.parametrize(
    ("args", "variable", "value"),
    [
        (["es", "status"], "BATON_ES_PORT", "abc"),
        (["es", "up"], "BATON_ES_PORT", "0"),
        (["engine", "up"], "BATON_ENGINE_GRPC_PORT", "abc"),
        (["engine", "up"], "BATON_ENGINE", "nope"),
        (["engine", "status"], "BATON_ENGINE", "nope"),
        (["up", "--no-deploy"], "BATON_ES_PORT", "abc"),
    ],
)
def test_invalid_service_setting_names_its_variable(
    args: list[str], variable: str, value: str
) -> None:
    assert_one_line(invoke(args, {variable: value}), 4, variable)


@pytest.mark.parametrize("kind", ["not-utf8", "not-json", "list", "directory", "missing"])
def test_bad_case_file_is_named(tmp_path: Path, kind: str) -> None:
    case = bad_files(tmp_path)[kind]
    result = invoke(["start", "claims-adjudication", "--case", str(case)])
    assert_one_line(result, 2, str(case))


@pytest.mark.parametrize("kind", ["not-utf8", "not-json", "list", "directory", "missing"])
def test_bad_message_variables_file_is_named(tmp_path: Path, kind: str) -> None:
    variables = bad_files(tmp_path)[kind]
    args = ["message", "publish", "some-message", "--key", "K-1", "--vars", str(variables)]
    result = invoke(args)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert variables.name in result.output


def test_unknown_process_is_named() -> None:
    result = invoke(["start", "no-such-process", "--case", str(SAMPLE_CLAIM)])
    assert_one_line(result, 2, "no-such-process", "claims-adjudication")


def test_deploy_of_a_folder_without_models_says_so(tmp_path: Path) -> None:
    assert_one_line(invoke(["deploy", "--dir", str(tmp_path)]), 2, str(tmp_path))


@pytest.mark.parametrize("service", ["engine", "simulator", "es"])
def test_status_of_a_stopped_service_exits_3_and_says_how_to_start_it(service: str) -> None:
    result = invoke([service, "status"], {"BATON_ES_PORT": str(free_port())})
    assert result.exit_code == 3, result.output
    assert f"baton {service} up" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("name", ["stop", "down"])
def test_stop_with_nothing_started_names_each_service(name: str) -> None:
    result = invoke([name])
    assert result.exit_code == 0, result.output
    for service in ("engine", "simulator", "Elasticsearch"):
        assert f"{service}" in result.output and "was not running" in result.output


def test_help_lists_every_command_without_importing_them() -> None:
    result = invoke(["--help"])
    assert result.exit_code == 0
    for name in ("audit", "demo", "deploy", "down", "engine", "es", "eval", "kb", "message"):
        assert f"  {name} " in result.output
    for name in ("run", "schemas", "simulator", "start", "stop", "up"):
        assert f"  {name} " in result.output
    assert "Exit codes" in result.output


def test_a_camunda_dist_that_is_no_archive_is_named(tmp_path: Path) -> None:
    fake = tmp_path / "camunda-zeebe-8.9.0.tar.gz"
    fake.write_text("not an archive")
    env = {"BATON_ENGINE": "camunda", "BATON_CAMUNDA_DIST": str(fake)}
    assert_one_line(invoke(["engine", "up"], env), 2, "BATON_CAMUNDA_DIST")
