"""The real simulator process, started the way `baton simulator up` starts it."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from baton_cli.simulator import simulator
from clients import HttpOptions, PaymentRequest, PaymentsClient
from devservices import simulator as service
from devservices.errors import ServiceStartError


def free_loopback_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def isolated_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("BATON_CACHE_DIR", str(tmp_path / "cache"))
    yield tmp_path
    service.stop()


PAYMENT = PaymentRequest.model_validate(
    {
        "claimId": "CLM-P1",
        "policyNumber": "MOTOR-200001",
        "payee": {"name": "Anna Schmidt"},
        "amount": {"value": "480.00", "currency": "EUR"},
        "reference": "Claim CLM-P1",
    }
)


async def test_payment_made_before_a_simulator_restart_is_not_made_again(
    isolated_cache: Path,
) -> None:
    state = isolated_cache / "state"
    handle = service.ensure_running(free_loopback_port(), state_dir=state)
    assert not handle.reused
    assert service.ensure_running(handle.port, state_dir=state).pid == handle.pid

    async with PaymentsClient(HttpOptions(handle.url)) as client:
        first = await client.pay(PAYMENT, "CLM-P1:pay")

    assert service.stop()
    assert service.status() is None

    restarted = service.ensure_running(free_loopback_port(), state_dir=state)
    assert restarted.pid != handle.pid
    async with PaymentsClient(HttpOptions(restarted.url)) as client:
        replayed = await client.pay(PAYMENT, "CLM-P1:pay")
        listed = await client.payments_for_claim("CLM-P1")
    assert replayed == first
    assert listed == [first]


def test_cli_starts_reports_and_stops_the_simulator(isolated_cache: Path) -> None:
    runner = CliRunner()
    port = str(free_loopback_port())
    assert runner.invoke(simulator, ["status"]).exit_code == 3

    started = runner.invoke(simulator, ["up", "--port", port])
    assert started.exit_code == 0, started.output
    assert f"started at http://127.0.0.1:{port}" in started.output
    status = runner.invoke(simulator, ["status"])
    assert (status.exit_code, "healthy" in status.output) == (0, True)

    assert "simulator stopped" in runner.invoke(simulator, ["down"]).output
    assert "not running" in runner.invoke(simulator, ["status"]).output


def test_cli_refuses_a_data_folder_that_does_not_exist(isolated_cache: Path) -> None:
    result = CliRunner().invoke(simulator, ["up", "--data", str(isolated_cache / "absent")])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_start_with_a_malformed_data_folder_fails_with_the_log_tail(
    isolated_cache: Path,
) -> None:
    bad = isolated_cache / "bad-data"
    bad.mkdir()
    (bad / "policies.json").write_text('{"policies": "none"}')
    with pytest.raises(ServiceStartError, match=r"policies\.json: policies: Input should be"):
        service.ensure_running(free_loopback_port(), data_dir=bad, state_dir=isolated_cache)
    assert service.status() is None
