"""One process serving the engine: gRPC gateway, REST API (with the pages) and management.

All three share one asyncio loop with the engine, so a command never crosses threads.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import uvicorn

from engine.gateway import start_gateway
from engine.pages import DEFAULT_USERS, TasklistUser
from engine.rest import create_management_app, create_rest_app
from engine.runtime import Engine, EngineConfig

log = logging.getLogger("engine")


@dataclass(frozen=True, slots=True)
class ServerOptions:
    data_dir: Path
    host: str = "127.0.0.1"
    grpc_port: int = 26500
    rest_port: int = 8080
    management_port: int = 9600
    tasklist_users: tuple[TasklistUser, ...] = DEFAULT_USERS


class _QuietServer(uvicorn.Server):
    """A uvicorn server that leaves SIGTERM/SIGINT to ``serve`` (one shutdown for all three)."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


def _uvicorn(app: object, host: str, port: int) -> uvicorn.Server:
    config = uvicorn.Config(
        app,  # type: ignore[arg-type]
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        lifespan="off",
    )
    return _QuietServer(config)


async def serve(options: ServerOptions) -> None:
    """Run until SIGTERM or SIGINT; stop accepting, finish in-flight calls, close the store."""
    started = time.monotonic()
    engine = await Engine.open(EngineConfig(data_dir=options.data_dir))
    gateway = await start_gateway(engine, options.host, options.grpc_port)
    rest = _uvicorn(
        create_rest_app(
            engine,
            gateway_host=options.host,
            gateway_port=options.grpc_port,
            tasklist_users=options.tasklist_users,
        ),
        options.host,
        options.rest_port,
    )
    management = _uvicorn(create_management_app(engine), options.host, options.management_port)
    tasks = [asyncio.create_task(rest.serve()), asyncio.create_task(management.serve())]
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    while not (rest.started and management.started):
        if any(t.done() for t in tasks):
            for task in tasks:
                if task.done() and task.exception():
                    raise RuntimeError(f"engine: a listener failed to start: {task.exception()}")
            raise RuntimeError("engine: a listener stopped while starting (port in use?)")
        await asyncio.sleep(0.01)
    log.info(
        "engine ready in %.2fs: gRPC %s:%d, REST http://%s:%d/v2, management :%d, data %s",
        time.monotonic() - started,
        options.host,
        options.grpc_port,
        options.host,
        options.rest_port,
        options.management_port,
        options.data_dir,
    )
    await stop.wait()
    log.info("engine stopping")
    rest.should_exit = True
    management.should_exit = True
    await gateway.stop(grace=5)
    with contextlib.suppress(Exception):
        await asyncio.gather(*tasks)
    await engine.close()
