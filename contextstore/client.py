"""One async Elasticsearch client for the context store, spoken in the server's REST dialect.

The local node is Elasticsearch 9; a customer's cluster may still be 8.x, while the client is
9.x and marks every request ``compatible-with=9``, which 8.x rejects. When the server reports
major version 8 the client uses a transport node that marks requests
``compatible-with=8`` instead; against a 9.x cluster nothing is rewritten.
"""

from __future__ import annotations

from typing import Any

import httpx
from elastic_transport import HttpHeaders, HttpxAsyncHttpNode
from elastic_transport._node._base import NodeApiResponse
from elasticsearch import AsyncElasticsearch

from contracts.errors import ContextStoreUnavailableError

_COMPAT_9 = "compatible-with=9"
_COMPAT_8 = "compatible-with=8"


class Compat8HttpxNode(HttpxAsyncHttpNode):
    """Rewrites the 9.x client's compatibility media type to the one an 8.x server accepts."""

    async def perform_request(  # type: ignore[override]
        self,
        method: str,
        target: str,
        body: bytes | None = None,
        headers: HttpHeaders | None = None,
        **kwargs: Any,
    ) -> NodeApiResponse:
        if headers is not None:
            headers = headers.copy()
            for name in ("accept", "content-type"):
                value = headers.get(name)
                if value and _COMPAT_9 in value:
                    headers[name] = value.replace(_COMPAT_9, _COMPAT_8)
        return await super().perform_request(method, target, body=body, headers=headers, **kwargs)


async def server_major(url: str, *, timeout_s: float = 5.0) -> int:
    """The server's major version, from ``/_nodes/_local`` (the integ-test-zip has no ``GET /``)."""
    try:
        async with httpx.AsyncClient(timeout=timeout_s) as http:
            response = await http.get(
                f"{url.rstrip('/')}/_nodes/_local",
                params={"filter_path": "nodes.*.version"},
                headers={"accept": "application/json"},
            )
        response.raise_for_status()
        nodes = response.json()["nodes"]
        version = str(next(iter(nodes.values()))["version"])
    except (httpx.HTTPError, KeyError, StopIteration, ValueError) as exc:
        raise ContextStoreUnavailableError(
            f"Elasticsearch at {url} did not report its version ({exc}); is it running? "
            "Start it with `baton es up`."
        ) from exc
    return int(version.split(".")[0])


def build_client(
    url: str, *, server_major: int, request_timeout_s: float = 10.0
) -> AsyncElasticsearch:
    """An ``AsyncElasticsearch`` over httpx (no aiohttp) in the dialect of ``server_major``."""
    node_class: type[HttpxAsyncHttpNode] = (
        Compat8HttpxNode if server_major == 8 else HttpxAsyncHttpNode
    )
    return AsyncElasticsearch(
        url, node_class=node_class, request_timeout=request_timeout_s, max_retries=2
    )


async def connect(url: str, *, request_timeout_s: float = 10.0) -> AsyncElasticsearch:
    """Ask the server its version, then build the client that speaks its dialect."""
    major = await server_major(url)
    return build_client(url, server_major=major, request_timeout_s=request_timeout_s)
