"""A pyzeebe worker whose saturated pollers wait for a free job slot instead of sleeping.

pyzeebe's :class:`JobPoller` sleeps ``poll_retry_delay`` seconds whenever ``max_running_jobs``
jobs are in flight; with the default whole seconds that caps a busy job type near
``max_running_jobs`` jobs per second. Here finishing a job wakes its poller at once.
"""

from __future__ import annotations

import asyncio

from pyzeebe import Job, ZeebeWorker
from pyzeebe.worker.job_executor import JobExecutor
from pyzeebe.worker.job_poller import JobPoller, JobStreamer
from pyzeebe.worker.task_state import TaskState


class SlotTaskState(TaskState):
    """Task state that signals every time a job leaves it."""

    def __init__(self) -> None:
        super().__init__()
        self.slot_freed = asyncio.Event()

    def remove(self, job: Job) -> None:
        super().remove(job)
        self.slot_freed.set()


class SlotWaitingPoller(JobPoller):
    """Polls again as soon as a running job finishes, never on a timer."""

    task_state: SlotTaskState

    async def activate_max_jobs(self) -> None:
        self.task_state.slot_freed.clear()
        if self.calculate_max_jobs_to_activate() > 0:
            await self.poll_once()
            return
        stop = asyncio.ensure_future(self.stop_event.wait())
        freed = asyncio.ensure_future(self.task_state.slot_freed.wait())
        try:
            await asyncio.wait({stop, freed}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            stop.cancel()
            freed.cancel()


class SlotWaitingWorker(ZeebeWorker):
    """:class:`ZeebeWorker` wired with :class:`SlotWaitingPoller` for every task."""

    def _init_tasks(self) -> None:
        self._job_executors, self._job_pollers, self._job_streamers = [], [], []
        for task in self.tasks:
            jobs: asyncio.Queue[Job] = asyncio.Queue()
            state = SlotTaskState()
            self._job_pollers.append(
                SlotWaitingPoller(
                    zeebe_adapter=self.zeebe_adapter,
                    task=task,
                    queue=jobs,
                    worker_name=self.name,
                    request_timeout=self.request_timeout,
                    task_state=state,
                    poll_retry_delay=self.poll_retry_delay,
                    tenant_ids=self.tenant_ids,
                )
            )
            self._job_executors.append(JobExecutor(task, jobs, state, self.zeebe_adapter))
            if self._stream_enabled:
                self._job_streamers.append(
                    JobStreamer(
                        zeebe_adapter=self.zeebe_adapter,
                        task=task,
                        queue=jobs,
                        worker_name=self.name,
                        stream_request_timeout=self._stream_request_timeout,
                        task_state=state,
                        tenant_ids=self.tenant_ids,
                    )
                )
