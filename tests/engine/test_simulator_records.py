"""The side-effect reader refuses answers that are not the simulator's documented records, so a
broken simulator fails a path test with its own message instead of a confusing assertion."""

import json

import httpx
import pytest

from tests.engine.simulator_records import SimulatorAnswerError, SimulatorRecords


def answering(status: int, body: bytes) -> SimulatorRecords:
    transport = httpx.MockTransport(lambda request: httpx.Response(status, content=body))
    return SimulatorRecords("http://simulator.test", transport=transport)


async def test_a_listing_of_records_is_returned_as_is() -> None:
    records = answering(200, json.dumps([{"accountId": "ACC-1"}]).encode())
    assert await records.accounts("APP-1") == [{"accountId": "ACC-1"}]
    await records.aclose()


@pytest.mark.parametrize(
    ("status", "body", "message"),
    [
        (200, b"<html>", "not JSON"),
        (200, b'{"accountId": "ACC-1"}', "not records"),
        (200, b'["ACC-1"]', "not records"),
        (503, b"down for maintenance", "HTTP 503"),
    ],
)
async def test_a_malformed_listing_is_a_named_error(status: int, body: bytes, message: str) -> None:
    records = answering(status, body)
    with pytest.raises(SimulatorAnswerError, match=message):
        await records.accounts("APP-1")
    await records.aclose()


@pytest.mark.parametrize(
    ("status", "body", "message"),
    [(200, b"[]", "not a record"), (404, b'{"code": "ticket-not-found"}', "HTTP 404")],
)
async def test_a_malformed_ticket_is_a_named_error(status: int, body: bytes, message: str) -> None:
    records = answering(status, body)
    with pytest.raises(SimulatorAnswerError, match=message):
        await records.ticket("TCK-1")
    await records.aclose()
