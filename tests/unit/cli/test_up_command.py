from dataclasses import dataclass

import pytest
from click.testing import CliRunner

from baton_cli import fleet as fleet_cli
from devservices import camunda, elasticsearch, engine, simulator


@dataclass
class Handle:
    url: str


@pytest.fixture(autouse=True)
def local_services(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(elasticsearch, "ensure_running", lambda: Handle("http://127.0.0.1:9200"))
    monkeypatch.setattr(simulator, "ensure_running", lambda: Handle("http://127.0.0.1:8099"))


def test_external_engine_is_used_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    def must_not_start() -> None:
        raise AssertionError("the local engine must not start for an external gateway")

    monkeypatch.setattr(engine, "ensure_running", must_not_start)
    monkeypatch.setenv("BATON_ZEEBE__ADDRESS", "zeebe.example.com:443")
    monkeypatch.setenv("BATON_ZEEBE__TLS", "true")
    result = CliRunner().invoke(fleet_cli.up, ["--no-deploy"])
    assert result.exit_code == 0, result.output
    assert "zeebe.example.com:443 (external, not started here)" in result.output


def test_camunda_engine_without_licence_fails_with_what_to_do(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("BATON_ENGINE", "camunda")
    monkeypatch.delenv(camunda.LICENSE_ENV, raising=False)
    monkeypatch.delenv(camunda.DIST_ENV, raising=False)
    result = CliRunner().invoke(fleet_cli.up, ["--no-deploy"])
    assert result.exit_code == 1
    assert "BATON_ACCEPT_CAMUNDA_LICENSE=yes" in result.output
    assert "Elasticsearch  http://127.0.0.1:9200" in result.output


def test_invalid_settings_are_reported_before_anything_starts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("BATON_ZEEBE__ADDRESS", "no-port")
    result = CliRunner().invoke(fleet_cli.up, ["--no-deploy"])
    assert result.exit_code == 4
    assert "BATON_ZEEBE__ADDRESS" in result.output
    assert "Elasticsearch" not in result.output


@pytest.mark.parametrize(
    ("address", "local"),
    [
        ("127.0.0.1:26500", True),
        ("localhost:26500", True),
        ("[::1]:26500", True),
        ("127.0.0.1:26501", False),
        ("zeebe.example.com:26500", False),
    ],
)
def test_only_a_loopback_address_on_the_engine_port_starts_the_local_engine(
    address: str, local: bool
) -> None:
    assert fleet_cli.is_local_gateway(address) is local
