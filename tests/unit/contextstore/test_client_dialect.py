"""The client marks requests with the REST compatibility version the server accepts."""

from __future__ import annotations

import httpx
import pytest
import respx

from contextstore import build_client, server_major
from contracts.errors import ContextStoreUnavailableError

URL = "http://127.0.0.1:9288"
PRODUCT = {"x-elastic-product": "Elasticsearch", "content-type": "application/json"}


@pytest.mark.parametrize(
    ("major", "expected"), [(8, "compatible-with=8"), (9, "compatible-with=9")]
)
async def test_requests_carry_the_server_compatibility_version(major: int, expected: str) -> None:
    with respx.mock(assert_all_called=True) as mock:
        route = mock.get(f"{URL}/_cluster/health").mock(
            return_value=httpx.Response(200, json={"status": "green"}, headers=PRODUCT)
        )
        client = build_client(URL, server_major=major)
        try:
            await client.cluster.health()
        finally:
            await client.close()

    assert expected in route.calls.last.request.headers["accept"]


async def test_server_major_is_read_from_the_local_node() -> None:
    with respx.mock:
        respx.get(f"{URL}/_nodes/_local").mock(
            return_value=httpx.Response(200, json={"nodes": {"n1": {"version": "8.19.21"}}})
        )
        assert await server_major(URL) == 8


async def test_unexpected_node_answer_is_reported_as_unavailable() -> None:
    with respx.mock:
        respx.get(f"{URL}/_nodes/_local").mock(return_value=httpx.Response(200, json={}))
        with pytest.raises(ContextStoreUnavailableError, match="did not report its version"):
            await server_major(URL)
