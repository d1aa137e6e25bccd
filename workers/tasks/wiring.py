"""Build the ``tasks`` router: the fleet's audit sink and the engine's REST API for the
user task's creation date (``GET /v2/user-tasks/{key}``)."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import structlog
from pyzeebe import ZeebeTaskRouter

from agents import AuditSink
from workers.tasks.handlers import TaskAuditDependencies, build_router

log = structlog.get_logger("baton.tasks")


def utc_now() -> datetime:
    return datetime.now(UTC)


def creation_date(body: object) -> datetime | None:
    """``creationDate`` of a ``/v2/user-tasks/{key}`` answer; None when absent or malformed."""
    if not isinstance(body, dict) or not isinstance(body.get("creationDate"), str):
        return None
    try:
        created = datetime.fromisoformat(body["creationDate"])
    except ValueError:
        return None
    return created if created.tzinfo is not None else None


def rest_creation_lookup(http: httpx.AsyncClient) -> TaskAuditDependencies.CreatedAt:
    async def created_at(user_task_key: int) -> datetime | None:
        try:
            response = await http.get(f"/v2/user-tasks/{user_task_key}")
            response.raise_for_status()
        except httpx.HTTPError as error:
            log.warning(
                "tasks.user_task_unreadable", user_task_key=user_task_key, error=repr(error)
            )
            return None
        return creation_date(response.json())

    return created_at


def tasks_router(engine_rest: httpx.AsyncClient, audit: AuditSink) -> ZeebeTaskRouter:
    """The task listeners' router, reading user tasks through the fleet's engine REST client."""
    return build_router(
        TaskAuditDependencies(
            audit=audit, created_at=rest_creation_lookup(engine_rest), now=utc_now
        )
    )
