"""The fleet: one pyzeebe worker per process, supervised so it never gives up on the gateway.

pyzeebe stops after 10 connection errors by default; Baton retries forever (``-1``) and, if the
worker loop still ends with an error, rebuilds channel and worker after an exponential backoff.
SIGTERM/SIGINT: stop activating, let in-flight jobs finish within ``shutdown_timeout_s``, exit 0.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import time

import grpc
import structlog
from pyzeebe import (
    ZeebeClient,
    ZeebeTaskRouter,
    ZeebeWorker,
    create_insecure_channel,
    create_oauth2_client_credentials_channel,
    create_secure_channel,
)

from config import Settings
from workers import metrics
from workers.health import HealthServer
from workers.job_plumbing import BUSINESS_KEY_VARIABLE, JobPlumbing
from workers.routers import check_job_types

log = structlog.get_logger("baton.fleet")

READINESS_INTERVAL_S = 5.0
HEALTHY_RUN_RESETS_BACKOFF_S = 60.0


def create_channel(settings: Settings) -> grpc.aio.Channel:
    zeebe = settings.zeebe
    if zeebe.oauth is not None:
        return create_oauth2_client_credentials_channel(
            grpc_address=zeebe.address,
            client_id=zeebe.oauth.client_id,
            client_secret=zeebe.oauth.client_secret.get_secret_value(),
            authorization_server=str(zeebe.oauth.authorization_server_url),
            scope=zeebe.oauth.scope,
            audience=zeebe.oauth.audience,
        )
    if zeebe.tls:
        return create_secure_channel(grpc_address=zeebe.address)
    return create_insecure_channel(grpc_address=zeebe.address)


def build_worker(
    channel: grpc.aio.Channel, settings: Settings, routers: tuple[ZeebeTaskRouter, ...]
) -> ZeebeWorker:
    """A worker serving the configured job types with the fleet's plumbing around each."""
    fleet = settings.fleet
    check_job_types(fleet.job_types, routers)
    plumbing = JobPlumbing(fleet.retry_backoff_ms)
    selected = ZeebeTaskRouter(
        before=[plumbing.before_job],
        after=[plumbing.after_job],
        exception_handler=plumbing.handle_exception,
    )
    for router in routers:
        for task in router.tasks:
            if fleet.job_types and task.type not in fleet.job_types:
                continue
            fetch = task.config.variables_to_fetch
            selected.task(
                task.type,
                variables_to_fetch=[*fetch, BUSINESS_KEY_VARIABLE] if fetch else fetch,
                timeout_ms=fleet.job_timeout_ms,
                max_jobs_to_activate=fleet.max_jobs_to_activate,
                max_running_jobs=fleet.max_running_jobs,
            )(task.original_function)
    worker = ZeebeWorker(
        channel,
        name="baton-fleet",
        request_timeout=fleet.request_timeout_ms,
        max_connection_retries=-1,
        poll_retry_delay=1,
        stream_enabled=fleet.stream_enabled,
    )
    worker.include_router(selected)
    return worker


class Fleet:
    def __init__(self, settings: Settings, routers: tuple[ZeebeTaskRouter, ...]) -> None:
        self._settings = settings
        self._routers = routers
        self._stop = asyncio.Event()
        self._gateway_ok = False
        self._worker_running = False
        self.health = HealthServer(
            settings.metrics_host,
            settings.metrics_port,
            live=lambda: not self._stop.is_set() or self._worker_running,
            ready=lambda: self._gateway_ok and self._worker_running and not self._stop.is_set(),
        )

    def request_stop(self) -> None:
        if not self._stop.is_set():
            log.info("fleet.stopping", shutdown_timeout_s=self._settings.fleet.shutdown_timeout_s)
            self._stop.set()

    async def run(self) -> int:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self.request_stop)
        await self.health.start()
        check_job_types(self._settings.fleet.job_types, self._routers)
        backoff = 1.0
        try:
            while not self._stop.is_set():
                started = time.monotonic()
                await self._run_worker_once()
                if self._stop.is_set():
                    break
                if time.monotonic() - started > HEALTHY_RUN_RESETS_BACKOFF_S:
                    backoff = 1.0
                metrics.WORKER_RESTARTS.inc()
                log.warning("fleet.worker_restart", backoff_s=backoff)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stop.wait(), timeout=backoff)
                backoff = min(backoff * 2, self._settings.fleet.reconnect_max_backoff_s)
        finally:
            await self.health.stop()
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.remove_signal_handler(sig)
        log.info("fleet.stopped")
        return 0

    async def _run_worker_once(self) -> None:
        channel = create_channel(self._settings)
        worker = build_worker(channel, self._settings, self._routers)
        readiness = asyncio.create_task(self._watch_gateway(channel))
        work = asyncio.create_task(worker.work())
        stop = asyncio.create_task(self._stop.wait())
        self._worker_running = True
        log.info("fleet.worker_started", job_types=sorted(t.type for t in worker.tasks))
        try:
            await asyncio.wait({work, stop}, return_when=asyncio.FIRST_COMPLETED)
            if self._stop.is_set():
                await self._drain(worker, work)
            elif work.exception() is not None:
                log.error("fleet.worker_crashed", error=repr(work.exception()))
        finally:
            self._worker_running = False
            for task in (readiness, stop, work):
                task.cancel()
            await asyncio.gather(readiness, stop, work, return_exceptions=True)
            await channel.close()

    async def _drain(self, worker: ZeebeWorker, work: asyncio.Task[None]) -> None:
        bound = self._settings.fleet.shutdown_timeout_s
        try:
            await asyncio.wait_for(worker.stop(), timeout=bound)
            await asyncio.wait_for(work, timeout=bound)
            log.info("fleet.drained")
        except TimeoutError:
            in_flight = sum(p.task_state.count_active() for p in worker._job_pollers)
            log.warning(
                "fleet.drain_timeout",
                shutdown_timeout_s=bound,
                jobs_left_to_zeebe_timeout=in_flight,
            )

    async def _watch_gateway(self, channel: grpc.aio.Channel) -> None:
        client = ZeebeClient(channel, max_connection_retries=-1)
        while True:
            try:
                await asyncio.wait_for(client.topology(), timeout=READINESS_INTERVAL_S)
                ok = True
            except Exception as error:
                ok = False
                if self._gateway_ok:
                    log.warning("fleet.gateway_unreachable", error=repr(error))
            if ok and not self._gateway_ok:
                log.info("fleet.gateway_reachable", address=self._settings.zeebe.address)
            self._gateway_ok = ok
            metrics.GATEWAY_UP.set(1 if ok else 0)
            await asyncio.sleep(READINESS_INTERVAL_S)
