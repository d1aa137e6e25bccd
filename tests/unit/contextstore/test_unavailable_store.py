"""An unreachable Elasticsearch surfaces as a retryable technical error, not a crash."""

from __future__ import annotations

import pytest

from contextstore import CaseStore, IndexNames, build_client, connect
from contracts.errors import ContextStoreUnavailableError, TechnicalError

CLOSED_PORT_URL = "http://127.0.0.1:9"


async def test_connect_to_a_stopped_server_names_the_fix() -> None:
    with pytest.raises(ContextStoreUnavailableError, match="baton es up"):
        await connect(CLOSED_PORT_URL)


async def test_case_read_against_a_stopped_server_is_a_technical_error() -> None:
    client = build_client(CLOSED_PORT_URL, server_major=9, request_timeout_s=2)
    try:
        with pytest.raises(TechnicalError, match="Elasticsearch unavailable while reading case"):
            await CaseStore(client, IndexNames("unit")).get("CLM-1")
    finally:
        await client.close()
