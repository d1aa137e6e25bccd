"""The fleet: one pyzeebe worker per process, supervised so it never gives up on the gateway.

The worker starts only once the gateway answers: until then the fleet says once which gateway
it cannot reach and how to start one, and asks again after an exponential, capped backoff. When
the gateway goes away later the worker is stopped and the fleet waits the same way; ``/readyz``
answers 503 with the reason meanwhile. pyzeebe stops after 10 connection errors by default;
Baton retries forever (``-1``) and rebuilds channel and worker whenever the worker loop ends.
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
    create_insecure_channel,
    create_oauth2_client_credentials_channel,
    create_secure_channel,
)

from config import Settings
from workers import metrics
from workers.health import HealthServer
from workers.job_plumbing import BUSINESS_KEY_VARIABLE, JobPlumbing
from workers.routers import check_job_types, keep_handler_completions
from workers.slot_poller import SlotWaitingWorker

log = structlog.get_logger("baton.fleet")

READINESS_INTERVAL_S = 5.0
HEALTHY_RUN_RESETS_BACKOFF_S = 60.0
FIRST_BACKOFF_S = 1.0
START_ENGINE_HINT = "start one with `baton engine up` (or `make run`), or set BATON_ZEEBE__ADDRESS"


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
) -> SlotWaitingWorker:
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
    worker = SlotWaitingWorker(
        channel,
        name="baton-fleet",
        request_timeout=fleet.request_timeout_ms,
        max_connection_retries=-1,
        stream_enabled=fleet.stream_enabled,
    )
    worker.include_router(selected)
    keep_handler_completions(worker.tasks)
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
            ready=self.not_ready_reason,
        )

    def not_ready_reason(self) -> str | None:
        """Why the fleet cannot take jobs now, or None when it can."""
        if self._stop.is_set():
            return "stopping"
        if not self._gateway_ok:
            address = self._settings.zeebe.address
            return f"cannot reach the Zeebe gateway at {address}; {START_ENGINE_HINT}"
        if not self._worker_running:
            return "worker starting"
        return None

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
        backoff = FIRST_BACKOFF_S
        try:
            while not self._stop.is_set():
                if not await self._wait_for_gateway():
                    break
                started = time.monotonic()
                await self._run_worker_once()
                if self._stop.is_set():
                    break
                if time.monotonic() - started > HEALTHY_RUN_RESETS_BACKOFF_S:
                    backoff = FIRST_BACKOFF_S
                metrics.WORKER_RESTARTS.inc()
                log.warning("fleet.worker_restart", backoff_s=backoff)
                if not await self._pause(backoff):
                    break
                backoff = self._next_backoff(backoff)
        finally:
            await self.health.stop()
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.remove_signal_handler(sig)
        log.info("fleet.stopped")
        return 0

    def _next_backoff(self, backoff: float) -> float:
        return min(backoff * 2, self._settings.fleet.reconnect_max_backoff_s)

    async def _pause(self, seconds: float) -> bool:
        """Sleep unless asked to stop; False when the fleet is stopping."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stop.wait(), timeout=seconds)
        return not self._stop.is_set()

    async def _gateway_answers(self) -> bool:
        channel = create_channel(self._settings)
        try:
            await asyncio.wait_for(ZeebeClient(channel).topology(), timeout=READINESS_INTERVAL_S)
            return True
        except Exception:
            return False
        finally:
            await channel.close()

    async def _wait_for_gateway(self) -> bool:
        """Until the gateway answers: say so once, then ask again with a capped backoff."""
        backoff = FIRST_BACKOFF_S
        warned = False
        while not await self._gateway_answers():
            self._gateway_ok = False
            metrics.GATEWAY_UP.set(0)
            if not warned:
                log.warning(
                    "fleet.gateway_unreachable",
                    address=self._settings.zeebe.address,
                    hint=START_ENGINE_HINT,
                    max_backoff_s=self._settings.fleet.reconnect_max_backoff_s,
                )
                warned = True
            if not await self._pause(backoff):
                return False
            backoff = self._next_backoff(backoff)
        if warned:
            log.info("fleet.gateway_reachable", address=self._settings.zeebe.address)
        self._gateway_ok = True
        metrics.GATEWAY_UP.set(1)
        return True

    async def _run_worker_once(self) -> None:
        channel = create_channel(self._settings)
        worker = build_worker(channel, self._settings, self._routers)
        readiness = asyncio.create_task(self._watch_gateway(channel))
        work = asyncio.create_task(worker.work())
        stop = asyncio.create_task(self._stop.wait())
        self._worker_running = True
        log.info("fleet.worker_started", job_types=sorted(t.type for t in worker.tasks))
        try:
            await asyncio.wait({work, stop, readiness}, return_when=asyncio.FIRST_COMPLETED)
            if self._stop.is_set():
                await self._drain(worker, work)
            elif readiness.done():
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(
                        worker.stop(), timeout=self._settings.fleet.shutdown_timeout_s
                    )
            elif work.exception() is not None:
                log.error("fleet.worker_crashed", error=repr(work.exception()))
        finally:
            self._worker_running = False
            for task in (readiness, stop, work):
                task.cancel()
            await asyncio.gather(readiness, stop, work, return_exceptions=True)
            await channel.close()

    async def _drain(self, worker: SlotWaitingWorker, work: asyncio.Task[None]) -> None:
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
        """Return when the gateway stops answering, so the worker is stopped and waits."""
        client = ZeebeClient(channel, max_connection_retries=-1)
        while True:
            await asyncio.sleep(READINESS_INTERVAL_S)
            try:
                await asyncio.wait_for(client.topology(), timeout=READINESS_INTERVAL_S)
            except Exception as error:
                self._gateway_ok = False
                metrics.GATEWAY_UP.set(0)
                log.warning(
                    "fleet.gateway_lost", address=self._settings.zeebe.address, error=repr(error)
                )
                return
