"""A loopback TCP proxy a test can shut and open again, to take a shared service away from one
client without stopping it for everyone else.

Shut, the gate closes its listening socket (new connections are refused) and resets every
connection in flight (the client sees its request cut); opened, it listens on the same port
again. It runs on its own thread and event loop, so the test's loop may block without stalling
the traffic it forwards.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar
from urllib.parse import urlsplit

from tests.engine.engine_process import free_port

T = TypeVar("T")
CHUNK = 65536


class GateUpstreamError(ValueError):
    """The upstream to forward to is not an ``http://host:port`` URL."""


def upstream_of(url: str) -> tuple[str, int]:
    """Host and port of ``url``; :class:`GateUpstreamError` names what is missing."""
    parts = urlsplit(url)
    if parts.scheme != "http" or not parts.hostname:
        raise GateUpstreamError(f"upstream {url!r} is not an http://host:port URL")
    try:
        port = parts.port
    except ValueError as exc:
        raise GateUpstreamError(f"upstream {url!r} has an invalid port") from exc
    return parts.hostname, port or 80


class TcpGate:
    def __init__(self, upstream_url: str) -> None:
        self._upstream = upstream_of(upstream_url)
        self.port = free_port()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None
        self._links: set[asyncio.StreamWriter] = set()
        self.connections = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def is_open(self) -> bool:
        return self._server is not None

    def start(self) -> None:
        self._thread.start()
        self.open()

    def stop(self) -> None:
        self.shut()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    def open(self) -> None:
        """Listen again on the same port."""
        self._run(self._open())

    def shut(self) -> None:
        """Refuse new connections and reset the ones in flight."""
        self._run(self._shut())

    def _run(self, work: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(work, self._loop).result(timeout=10)

    async def _open(self) -> None:
        if self._server is None:
            self._server = await asyncio.start_server(self._forward, "127.0.0.1", self.port)

    async def _shut(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        for writer in list(self._links):
            writer.transport.abort()
        self._links.clear()

    async def _forward(
        self, client_in: asyncio.StreamReader, client_out: asyncio.StreamWriter
    ) -> None:
        self.connections += 1
        try:
            upstream_in, upstream_out = await asyncio.open_connection(*self._upstream)
        except OSError:
            client_out.transport.abort()
            return
        self._links.update((client_out, upstream_out))
        pipes = {
            asyncio.ensure_future(_pipe(client_in, upstream_out)),
            asyncio.ensure_future(_pipe(upstream_in, client_out)),
        }
        done, _ = await asyncio.wait(pipes, return_when=asyncio.FIRST_EXCEPTION)
        if any(not pipe.cancelled() and pipe.exception() is not None for pipe in done):
            for writer in (client_out, upstream_out):
                writer.transport.abort()
        await asyncio.gather(*pipes, return_exceptions=True)
        self._links.difference_update((client_out, upstream_out))
        for writer in (client_out, upstream_out):
            writer.close()


async def _pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
    """Copy until end of stream, then half-close so the other side sees it."""
    while chunk := await source.read(CHUNK):
        sink.write(chunk)
        await sink.drain()
    with contextlib.suppress(OSError):
        if sink.can_write_eof():
            sink.write_eof()
