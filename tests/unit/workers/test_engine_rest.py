"""The engine REST client's OAuth: one client-credentials token reused until near expiry, renewed
on a 401, named errors when the authorization server fails, and the secret never logged."""

from __future__ import annotations

import asyncio
import json
import re
import threading
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar
from urllib.parse import parse_qs

import httpx
import pytest
from pydantic import SecretStr
from structlog.testing import capture_logs

from config import Settings
from contracts.errors import TechnicalError
from workers.agentic_step import EngineJobs
from workers.engine_rest import (
    REFRESH_MARGIN_S,
    ClientCredentials,
    ClientCredentialsAuth,
    engine_rest_client,
)

TOKEN_URL = "https://login.example.test/oauth/token"
SECRET = "s3cr3t-never-logged"
CREDENTIALS = ClientCredentials(
    client_id="baton-fleet",
    client_secret=SecretStr(SECRET),
    authorization_server=TOKEN_URL,
    audience="zeebe.camunda.io",
    scope="Zeebe",
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class TokenServer:
    """Issues numbered tokens; the engine accepts only the newest unless told otherwise."""

    def __init__(self, body: Any = None, status: int = 200) -> None:
        self.forms: list[dict[str, list[str]]] = []
        self.body = body
        self.status = status
        self.revoked: set[str] = set()
        self.engine_saw: list[str | None] = []

    def token(self, request: httpx.Request) -> httpx.Response:
        self.forms.append(parse_qs(request.content.decode()))
        if self.body is not None:
            return httpx.Response(self.status, content=self.body)
        return httpx.Response(
            self.status, json={"access_token": f"tok-{len(self.forms)}", "expires_in": 300}
        )

    def engine(self, request: httpx.Request) -> httpx.Response:
        bearer = request.headers.get("Authorization")
        self.engine_saw.append(bearer)
        if bearer is None or bearer.removeprefix("Bearer ") in self.revoked:
            return httpx.Response(401, json={"title": "UNAUTHORIZED"})
        return httpx.Response(204)


def clients(server: TokenServer, clock: FakeClock) -> tuple[httpx.AsyncClient, httpx.AsyncClient]:
    token_client = httpx.AsyncClient(transport=httpx.MockTransport(server.token))
    engine = httpx.AsyncClient(
        base_url="https://engine.example.test",
        transport=httpx.MockTransport(server.engine),
        auth=ClientCredentialsAuth(CREDENTIALS, token_client, clock=clock),
    )
    return token_client, engine


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


async def test_token_is_fetched_once_and_reused(clock: FakeClock) -> None:
    server = TokenServer()
    _, engine = clients(server, clock)
    for _ in range(3):
        assert (await engine.post("/v2/jobs/1/completion", json={})).status_code == 204
    assert len(server.forms) == 1
    assert server.engine_saw == ["Bearer tok-1"] * 3


async def test_token_request_is_the_documented_client_credentials_form(clock: FakeClock) -> None:
    server = TokenServer()
    _, engine = clients(server, clock)
    await engine.get("/v2/topology")
    assert server.forms == [
        {
            "grant_type": ["client_credentials"],
            "client_id": ["baton-fleet"],
            "client_secret": [SECRET],
            "audience": ["zeebe.camunda.io"],
            "scope": ["Zeebe"],
        }
    ]


async def test_token_is_renewed_shortly_before_it_expires(clock: FakeClock) -> None:
    server = TokenServer()
    _, engine = clients(server, clock)
    await engine.get("/v2/topology")
    clock.now += 300 - REFRESH_MARGIN_S - 1
    await engine.get("/v2/topology")
    clock.now += 1
    await engine.get("/v2/topology")
    assert server.engine_saw == ["Bearer tok-1", "Bearer tok-1", "Bearer tok-2"]


async def test_a_401_renews_the_token_and_retries_once(clock: FakeClock) -> None:
    server = TokenServer()
    _, engine = clients(server, clock)
    await engine.get("/v2/topology")
    server.revoked.add("tok-1")
    response = await engine.post("/v2/jobs/7/completion", json={"result": {}})
    assert response.status_code == 204
    assert server.engine_saw == ["Bearer tok-1", "Bearer tok-1", "Bearer tok-2"]


async def test_a_second_401_is_returned_not_retried_again(clock: FakeClock) -> None:
    server = TokenServer()
    _, engine = clients(server, clock)
    server.revoked.update({"tok-1", "tok-2", "tok-3"})
    response = await engine.get("/v2/topology")
    assert response.status_code == 401
    assert len(server.engine_saw) == 2
    assert len(server.forms) == 2


async def test_concurrent_requests_share_one_token_request(clock: FakeClock) -> None:
    server = TokenServer()
    _, engine = clients(server, clock)
    await asyncio.gather(*(engine.get("/v2/topology") for _ in range(5)))
    assert len(server.forms) == 1


@pytest.mark.parametrize(
    "body",
    [
        b"<html>login</html>",
        b"[]",
        json.dumps({"expires_in": 300}).encode(),
        json.dumps({"access_token": "", "expires_in": 300}).encode(),
        json.dumps({"access_token": "t", "expires_in": "300"}).encode(),
        json.dumps({"access_token": "t"}).encode(),
    ],
)
async def test_malformed_token_response_names_the_authorization_server(
    clock: FakeClock, body: bytes
) -> None:
    _, engine = clients(TokenServer(body=body), clock)
    with pytest.raises(TechnicalError, match=re.escape(TOKEN_URL)):
        await engine.get("/v2/topology")


async def test_refused_credentials_name_the_server_and_client_not_the_secret(
    clock: FakeClock,
) -> None:
    _, engine = clients(TokenServer(body=b'{"error":"invalid_client"}', status=401), clock)
    with pytest.raises(TechnicalError, match="refused the client credentials") as raised:
        await engine.get("/v2/topology")
    assert TOKEN_URL in str(raised.value) and "baton-fleet" in str(raised.value)
    assert SECRET not in str(raised.value)


async def test_unreachable_authorization_server_is_a_technical_error(clock: FakeClock) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    engine = httpx.AsyncClient(
        base_url="https://engine.example.test",
        transport=httpx.MockTransport(TokenServer().engine),
        auth=ClientCredentialsAuth(
            CREDENTIALS, httpx.AsyncClient(transport=httpx.MockTransport(refuse)), clock=clock
        ),
    )
    with pytest.raises(TechnicalError, match="unreachable"):
        await EngineJobs(engine).complete_with_result(7, {})


async def test_neither_secret_nor_token_reaches_the_logs(clock: FakeClock) -> None:
    server = TokenServer()
    _, engine = clients(server, clock)
    with capture_logs() as logs:
        await engine.get("/v2/topology")
        server.revoked.add("tok-1")
        await engine.get("/v2/topology")
    events = [entry["event"] for entry in logs]
    assert events == [
        "engine_rest.token_issued",
        "engine_rest.token_rejected",
        "engine_rest.token_issued",
    ]
    logged = repr(logs)
    assert SECRET not in logged and "tok-1" not in logged and "tok-2" not in logged


def test_a_sync_client_is_refused_with_a_clear_error(clock: FakeClock) -> None:
    client = httpx.Client(
        transport=httpx.MockTransport(TokenServer().engine),
        auth=ClientCredentialsAuth(CREDENTIALS, httpx.AsyncClient(), clock=clock),
    )
    with pytest.raises(TypeError, match="AsyncClient"):
        client.get("https://engine.example.test/v2/topology")


class LoopbackAuthServer(BaseHTTPRequestHandler):
    """A real authorization server and engine on one loopback port."""

    issued: ClassVar[list[dict[str, list[str]]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        if self.path == "/oauth/token":
            self.issued.append(parse_qs(body.decode()))
            self._answer(200, {"access_token": "loopback-token", "expires_in": 60})
        elif self.headers.get("Authorization") == "Bearer loopback-token":
            self._answer(204, None)
        else:
            self._answer(401, {"title": "UNAUTHORIZED"})

    def _answer(self, status: int, body: Any) -> None:
        payload = b"" if body is None else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the test asserts on what the server saw, not on its access log."""


@pytest.fixture
def loopback_server() -> Iterator[str]:
    LoopbackAuthServer.issued = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), LoopbackAuthServer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
async def oauth_engine_client(loopback_server: str) -> AsyncIterator[httpx.AsyncClient]:
    settings = Settings.model_validate(
        {
            "zeebe": {
                "tls": True,
                "rest_url": loopback_server,
                "oauth": {
                    "client_id": "baton-fleet",
                    "client_secret": SECRET,
                    "authorization_server_url": f"{loopback_server}/oauth/token",
                },
            }
        }
    )
    async with engine_rest_client(settings) as client:
        yield client


async def test_job_completion_carries_the_token_from_a_real_loopback_server(
    oauth_engine_client: httpx.AsyncClient,
) -> None:
    jobs = EngineJobs(oauth_engine_client)
    await jobs.complete_with_result(1, {"done": True})
    await jobs.complete_with_result(2, {"done": True})
    assert len(LoopbackAuthServer.issued) == 1
    assert LoopbackAuthServer.issued[0]["audience"] == ["zeebe-api"]
    assert "scope" not in LoopbackAuthServer.issued[0]


async def test_without_oauth_the_engine_client_sends_no_authorization(
    loopback_server: str,
) -> None:
    settings = Settings.model_validate({"zeebe": {"rest_url": loopback_server}})
    async with engine_rest_client(settings) as client:
        response = await client.post("/v2/jobs/1/completion", json={"result": {}})
    assert response.status_code == 401
    assert LoopbackAuthServer.issued == []
