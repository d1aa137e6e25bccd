"""A tiny HTTP endpoint for ``/metrics``, ``/healthz`` and ``/readyz``.

Written on asyncio streams rather than an ASGI server so it never takes over the fleet's
signal handling (SIGTERM belongs to the graceful shutdown).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import structlog
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

log = structlog.get_logger("baton.health")


class HealthServer:
    def __init__(
        self,
        host: str,
        port: int,
        *,
        live: Callable[[], bool],
        ready: Callable[[], str | None],
    ) -> None:
        """``ready`` returns None when ready, else the reason ``/readyz`` gives with its 503."""
        self._host = host
        self._port = port
        self._live = live
        self._ready = ready
        self._server: asyncio.Server | None = None

    @property
    def port(self) -> int:
        if self._server is None or not self._server.sockets:
            return self._port
        return int(self._server.sockets[0].getsockname()[1])

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._handle, self._host, self._port)
        log.info("health.listening", host=self._host, port=self.port)

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request_line = await asyncio.wait_for(reader.readline(), timeout=5)
            while (await asyncio.wait_for(reader.readline(), timeout=5)) not in (b"\r\n", b""):
                pass
            parts = request_line.decode("latin-1").split()
            path = parts[1].split("?", 1)[0] if len(parts) >= 2 else ""
            status, content_type, body = self._route(parts[0] if parts else "", path)
            writer.write(
                f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n"
                f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
                + body
            )
            await writer.drain()
        except (TimeoutError, ConnectionError):
            pass
        finally:
            writer.close()

    def _route(self, method: str, path: str) -> tuple[str, str, bytes]:
        if method != "GET":
            return "405 Method Not Allowed", "text/plain", b"only GET\n"
        if path == "/metrics":
            return "200 OK", CONTENT_TYPE_LATEST, generate_latest()
        if path == "/healthz":
            return _probe(None if self._live() else "not live")
        if path == "/readyz":
            return _probe(self._ready())
        return "404 Not Found", "text/plain", b"try /metrics, /healthz or /readyz\n"


def _probe(problem: str | None) -> tuple[str, str, bytes]:
    if problem is None:
        return "200 OK", "text/plain", b"ok\n"
    return "503 Service Unavailable", "text/plain; charset=utf-8", f"{problem}\n".encode()
