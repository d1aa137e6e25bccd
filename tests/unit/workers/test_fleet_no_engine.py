"""A fleet with no engine: one warning naming the gateway, capped exponential backoff, and a
``/readyz`` that says why it is not ready."""

from __future__ import annotations

import asyncio
import socket

import httpx
import pytest
from structlog.testing import capture_logs

from config import Settings
from config.settings import FleetSettings, ZeebeSettings
from workers import fleet as fleet_module
from workers.fleet import Fleet


def unused_address() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"127.0.0.1:{probe.getsockname()[1]}"


async def test_no_engine_warns_once_backs_off_and_readyz_says_why(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    address = unused_address()
    settings = Settings(
        zeebe=ZeebeSettings(address=address),
        metrics_host="127.0.0.1",
        metrics_port=1,
        fleet=FleetSettings(reconnect_max_backoff_s=0.04),
    )
    monkeypatch.setattr(fleet_module, "FIRST_BACKOFF_S", 0.01)
    fleet = Fleet(settings, ())
    fleet.health._port = 0
    pauses: list[float] = []
    readyz: list[httpx.Response] = []
    real_pause = fleet._pause

    async def recorded_pause(seconds: float) -> bool:
        pauses.append(seconds)
        if len(pauses) == 1:
            async with httpx.AsyncClient() as http:
                readyz.append(await http.get(f"http://127.0.0.1:{fleet.health.port}/readyz"))
        if len(pauses) >= 5:
            fleet.request_stop()
        return await real_pause(seconds)

    monkeypatch.setattr(fleet, "_pause", recorded_pause)
    with capture_logs() as logs:
        assert await asyncio.wait_for(fleet.run(), timeout=30) == 0
    [ready] = readyz
    assert ready.status_code == 503
    assert f"cannot reach the Zeebe gateway at {address}" in ready.text
    assert "baton engine up" in ready.text
    assert pauses == [0.01, 0.02, 0.04, 0.04, 0.04]
    warnings = [e for e in logs if e["event"] == "fleet.gateway_unreachable"]
    assert len(warnings) == 1
    assert warnings[0]["address"] == address
    assert "make run" in warnings[0]["hint"]
    assert not [e for e in logs if e["event"] == "fleet.worker_started"]
