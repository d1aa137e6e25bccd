"""The fleet's client for the Orchestration Cluster REST API, authenticated like the gRPC channel.

On Camunda SaaS and self-managed with Identity the REST API wants the same OAuth 2.0
client-credentials token as the gateway: a form-encoded ``grant_type=client_credentials`` request
to the authorization server with ``client_id``, ``client_secret``, ``audience`` (and ``scope`` when
set), answered by ``{"access_token": ..., "expires_in": ...}``.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator
from contextlib import asynccontextmanager
from dataclasses import dataclass

import httpx
import structlog
from pydantic import SecretStr

from config import Settings
from contracts.errors import TechnicalError

log = structlog.get_logger("baton.engine_rest")

REFRESH_MARGIN_S = 30.0
"""A token is renewed this long before it expires, so a request never carries a stale one."""


@dataclass(frozen=True)
class ClientCredentials:
    """What the authorization server needs to issue a token (``zeebe.oauth`` in the settings)."""

    client_id: str
    client_secret: SecretStr
    authorization_server: str
    audience: str
    scope: str | None = None


@dataclass(frozen=True)
class AccessToken:
    value: str
    expires_at: float


class ClientCredentialsAuth(httpx.Auth):
    """Bearer auth from the client-credentials grant: one token shared by every request until
    shortly before it expires, renewed once (and the request retried once) on a 401."""

    def __init__(
        self,
        credentials: ClientCredentials,
        token_client: httpx.AsyncClient,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._credentials = credentials
        self._token_client = token_client
        self._clock = clock
        self._token: AccessToken | None = None
        self._lock = asyncio.Lock()

    @property
    def authorization_server(self) -> str:
        return self._credentials.authorization_server

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        raise TypeError(
            "ClientCredentialsAuth fetches tokens asynchronously; use httpx.AsyncClient"
        )

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = await self._current_token(rejected=None)
        request.headers["Authorization"] = f"Bearer {token.value}"
        response = yield request
        if response.status_code != httpx.codes.UNAUTHORIZED:
            return
        log.info("engine_rest.token_rejected", authorization_server=self.authorization_server)
        token = await self._current_token(rejected=token)
        request.headers["Authorization"] = f"Bearer {token.value}"
        yield request

    async def _current_token(self, rejected: AccessToken | None) -> AccessToken:
        """The cached token unless it is near expiry or is the one the API just rejected;
        concurrent callers wait for a single token request."""
        async with self._lock:
            token = self._token
            if token is None or token == rejected or self._clock() >= token.expires_at:
                token = await self._request_token()
                self._token = token
            return token

    async def _request_token(self) -> AccessToken:
        form = {
            "grant_type": "client_credentials",
            "client_id": self._credentials.client_id,
            "client_secret": self._credentials.client_secret.get_secret_value(),
            "audience": self._credentials.audience,
        }
        if self._credentials.scope:
            form["scope"] = self._credentials.scope
        try:
            response = await self._token_client.post(self.authorization_server, data=form)
        except httpx.HTTPError as error:
            raise TechnicalError(
                f"authorization server {self.authorization_server} unreachable: "
                f"{type(error).__name__}; check BATON_ZEEBE__OAUTH__AUTHORIZATION_SERVER_URL"
            ) from error
        if response.is_error:
            raise TechnicalError(
                f"authorization server {self.authorization_server} refused the client "
                f"credentials of {self._credentials.client_id!r} ({response.status_code}); "
                "check BATON_ZEEBE__OAUTH__CLIENT_ID and _CLIENT_SECRET"
            )
        token = self._parse_token(response)
        log.info(
            "engine_rest.token_issued",
            authorization_server=self.authorization_server,
            expires_in_s=round(token.expires_at - self._clock()),
        )
        return token

    def _parse_token(self, response: httpx.Response) -> AccessToken:
        try:
            body = response.json()
        except ValueError:
            body = None
        value = body.get("access_token") if isinstance(body, dict) else None
        expires_in = body.get("expires_in") if isinstance(body, dict) else None
        if not isinstance(value, str) or not value:
            raise TechnicalError(
                f"authorization server {self.authorization_server} answered without an "
                "access_token (not a JSON token response)"
            )
        if isinstance(expires_in, bool) or not isinstance(expires_in, int | float):
            raise TechnicalError(
                f"authorization server {self.authorization_server} answered without a numeric "
                "expires_in"
            )
        lifetime = max(0.0, float(expires_in) - REFRESH_MARGIN_S)
        return AccessToken(value=value, expires_at=self._clock() + lifetime)


@asynccontextmanager
async def engine_rest_client(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """An ``httpx.AsyncClient`` on ``zeebe.rest_url``, carrying the OAuth token whenever
    ``zeebe.oauth`` is set; closed (with its token client) on exit."""
    zeebe = settings.zeebe
    base_url = str(zeebe.rest_url).rstrip("/")
    if zeebe.oauth is None:
        async with httpx.AsyncClient(base_url=base_url, timeout=settings.http_timeout_s) as client:
            yield client
        return
    async with (
        httpx.AsyncClient(timeout=settings.http_timeout_s) as token_client,
        httpx.AsyncClient(
            base_url=base_url,
            timeout=settings.http_timeout_s,
            auth=ClientCredentialsAuth(
                ClientCredentials(
                    client_id=zeebe.oauth.client_id,
                    client_secret=zeebe.oauth.client_secret,
                    authorization_server=str(zeebe.oauth.authorization_server_url),
                    audience=zeebe.oauth.audience,
                    scope=zeebe.oauth.scope,
                ),
                token_client,
            ),
        ) as client,
    ):
        yield client
