"""The one way Baton calls a legacy system over HTTP: timeouts, bounded retries, clear errors.

Connect errors, timeouts and 5xx answers are retried with exponential backoff, then raised as
:class:`LegacySystemUnavailableError` (the job fails and the engine retries it). A 4xx answer
is never retried: it raises :class:`LegacySystemRejectedError`, unless the caller expects it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Collection, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, ClassVar, Self, TypeVar

import httpx
import structlog
from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError
from pydantic.alias_generators import to_camel

from config import Settings, system_url, system_url_variable
from contracts.errors import LegacySystemRejectedError, LegacySystemUnavailableError
from contracts.validation import validation_problems

IDEMPOTENCY_HEADER = "Idempotency-Key"
MAX_IDEMPOTENCY_KEY_LENGTH = 255

log = structlog.get_logger("baton.clients.http")

_Model = TypeVar("_Model", bound=BaseModel)
_T = TypeVar("_T")


class WireModel(BaseModel):
    """A legacy system's payload: camelCase on the wire, snake_case in Python.

    Unknown response fields are ignored so a system adding a field does not break Baton.
    """

    model_config = ConfigDict(
        alias_generator=to_camel, populate_by_name=True, extra="ignore", frozen=True
    )


@dataclass(frozen=True)
class HttpOptions:
    base_url: str
    timeout_s: float = 5.0
    retries: int = 3
    backoff_base_s: float = 0.2
    backoff_max_s: float = 5.0
    url_setting: str = "BATON_SIMULATOR_URL"
    """Where ``base_url`` came from, for messages that say which URL to check."""

    @classmethod
    def from_settings(cls, settings: Settings, system: str) -> HttpOptions:
        """Options for ``system`` (a ``LegacySystems`` key such as ``payments``)."""
        return cls(
            base_url=system_url(settings, system),
            timeout_s=settings.http_timeout_s,
            retries=settings.http_retries,
            url_setting=f"{system_url_variable(system)}, default BATON_SIMULATOR_URL",
        )

    def backoff_s(self, attempt: int) -> float:
        """Delay before retry ``attempt`` (1-based): base, 2x base, 4x base … capped."""
        return float(min(self.backoff_max_s, self.backoff_base_s * 2 ** (attempt - 1)))


def validate_idempotency_key(key: str) -> str:
    """Keys travel in an HTTP header: 1-255 printable ASCII characters."""
    valid_length = 0 < len(key) <= MAX_IDEMPOTENCY_KEY_LENGTH
    if not (valid_length and key.isascii() and key.isprintable()):
        raise ValueError(
            f"idempotency key must be 1-{MAX_IDEMPOTENCY_KEY_LENGTH} printable ASCII characters, "
            f"got {key!r}"
        )
    return key


def _error_body(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def error_code(response: httpx.Response) -> str | None:
    """The machine-readable ``error`` field of an error answer, if any."""
    code = _error_body(response).get("error")
    return code if isinstance(code, str) else None


def _server_message(response: httpx.Response) -> str:
    message = _error_body(response).get("message")
    if isinstance(message, str):
        return message
    return response.text[:300] or response.reason_phrase


class LegacyHttpClient:
    """An ``httpx.AsyncClient`` for one legacy system, with Baton's retry and error policy."""

    def __init__(
        self,
        system: str,
        options: HttpOptions,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.system = system
        self.options = options
        self._sleep = sleep
        self._client = httpx.AsyncClient(
            base_url=options.base_url,
            timeout=httpx.Timeout(options.timeout_s),
            transport=transport,
            headers={"Accept": "application/json"},
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    async def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        accept: Collection[int] = (),
    ) -> httpx.Response:
        """Send with retries; return a 2xx answer or one whose status is in ``accept``."""
        what = f"{method} {path}"
        attempts = self.options.retries + 1
        problem = ""
        for attempt in range(1, attempts + 1):
            if attempt > 1:
                await self._sleep(self.options.backoff_s(attempt - 1))
            try:
                response = await self._client.request(
                    method, path, json=json, params=params, headers=headers
                )
            except httpx.TimeoutException as exc:
                problem = f"no answer within {self.options.timeout_s:g}s ({type(exc).__name__})"
            except httpx.TransportError as exc:
                problem = f"could not connect ({type(exc).__name__}: {exc})"
            else:
                if response.status_code < 400 or response.status_code in accept:
                    return response
                if response.status_code < 500:
                    raise LegacySystemRejectedError(
                        f"{self.system} rejected {what} with HTTP {response.status_code}: "
                        f"{_server_message(response)}. Retrying will not help; correct the "
                        "request (the case variables) and retry the job."
                    )
                problem = f"HTTP {response.status_code}: {_server_message(response)}"
            log.warning(
                "legacy_system.attempt_failed",
                system=self.system,
                request=what,
                attempt=attempt,
                attempts=attempts,
                problem=problem,
            )
        raise LegacySystemUnavailableError(
            f"{self.system} at {self.options.base_url} failed {what} after {attempts} "
            f"attempt(s); last problem: {problem}. Check that the system is up and reachable "
            f"(locally: `baton simulator status`; URL from {self.options.url_setting}); the job "
            "will be retried."
        )

    def parse(self, response: httpx.Response, model: type[_Model]) -> _Model:
        """Validate a response body; an unexpected shape is a technical fault of the system."""
        return self._validate(response, TypeAdapter(model))

    def parse_list(self, response: httpx.Response, model: type[_Model]) -> list[_Model]:
        return self._validate(response, TypeAdapter(list[model]))  # type: ignore[valid-type]

    def _validate(self, response: httpx.Response, adapter: TypeAdapter[_T]) -> _T:
        try:
            return adapter.validate_json(response.content)
        except ValidationError as exc:
            raise LegacySystemUnavailableError(
                f"{self.system} answered {response.request.method} {response.request.url.path} "
                f"with a body Baton does not understand ({exc.error_count()} problem(s), first: "
                f"{validation_problems(exc)[0]}). "
                "The system's API may have changed; check its version."
            ) from None


class LegacySystemClient:
    """Base of the typed clients: one :class:`LegacyHttpClient` per system, closed on exit."""

    system: ClassVar[str]
    """The system's name in messages."""
    settings_key: ClassVar[str]
    """Its ``LegacySystems`` key: ``BATON_SYSTEMS__<KEY>_URL`` sets its base URL."""

    def __init__(
        self, options: HttpOptions, *, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        self._http = LegacyHttpClient(self.system, options, transport=transport)

    @classmethod
    def from_settings(cls, settings: Settings) -> Self:
        """A client for the system at its configured URL with the configured timeouts."""
        return cls(HttpOptions.from_settings(settings, cls.settings_key))

    def _unexplained_404(self, response: httpx.Response, what: str) -> LegacySystemRejectedError:
        """A 404 without the system's not-found code: the base URL is probably wrong."""
        return LegacySystemRejectedError(
            f"{self.system} answered {response.request.url.path} with HTTP 404 but did not say "
            f"the {what} is unknown; the base URL ({self._http.options.url_setting}) is "
            "probably wrong."
        )

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()
