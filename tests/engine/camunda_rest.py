"""The few Orchestration Cluster REST API (``/v2``) calls the engine tests need."""

import asyncio
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any, TypeVar

import httpx

T = TypeVar("T")


class CamundaRest:
    def __init__(self, base_url: str) -> None:
        self._http = httpx.AsyncClient(base_url=f"{base_url}/v2", timeout=10)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def _post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        response = await self._http.post(path, json=body)
        response.raise_for_status()
        return response.json() if response.content else {}

    async def user_tasks(self, process_instance_key: int, element_id: str) -> list[dict[str, Any]]:
        """The open (``CREATED``) user tasks of one element, as Tasklist lists them."""
        found = await self._post(
            "/user-tasks/search",
            {
                "filter": {
                    "processInstanceKey": str(process_instance_key),
                    "elementId": element_id,
                    "state": "CREATED",
                }
            },
        )
        return list(found.get("items", []))

    async def open_user_tasks(self, process_instance_key: int, element_id: str) -> list[str]:
        tasks = await self.user_tasks(process_instance_key, element_id)
        return [str(task["userTaskKey"]) for task in tasks]

    async def assign_user_task(self, user_task_key: str, assignee: str) -> None:
        await self._post(f"/user-tasks/{user_task_key}/assignment", {"assignee": assignee})

    async def complete_user_task(self, user_task_key: str, variables: dict[str, Any]) -> None:
        response = await self._http.post(
            f"/user-tasks/{user_task_key}/completion", json={"variables": variables}
        )
        response.raise_for_status()

    async def publish_message(
        self, name: str, correlation_key: str, variables: dict[str, Any], ttl_ms: int = 60_000
    ) -> None:
        await self._post(
            "/messages/publication",
            {
                "name": name,
                "correlationKey": correlation_key,
                "timeToLive": ttl_ms,
                "variables": variables,
            },
        )

    async def active_incidents(self, process_instance_key: int) -> list[dict[str, Any]]:
        found = await self._post(
            "/incidents/search",
            {"filter": {"processInstanceKey": str(process_instance_key), "state": "ACTIVE"}},
        )
        return list(found.get("items", []))

    async def element_ids(self, process_instance_key: int, state: str) -> list[str]:
        """Ids of the instance's elements in ``state`` (``ACTIVE``, ``COMPLETED``,
        ``TERMINATED``), in the order they were entered, as Operate shows them."""
        found = await self._post(
            "/element-instances/search",
            {
                "filter": {"processInstanceKey": str(process_instance_key), "state": state},
                "sort": [{"field": "startDate"}],
                "page": {"limit": 1000},
            },
        )
        return [str(item["elementId"]) for item in found.get("items", [])]

    @asynccontextmanager
    async def clock_moved_ahead(self, by: timedelta) -> AsyncIterator[None]:
        """Pin the engine's clock ``by`` ahead of now, and give it back to real time on exit.

        The clock is the engine's, shared by every test of the session, so a move lasts no
        longer than the block that needs it.
        """
        pinned_ms = int((time.time() + by.total_seconds()) * 1000)
        response = await self._http.put("/clock", json={"timestamp": pinned_ms})
        response.raise_for_status()
        try:
            yield
        finally:
            await self._post("/clock/reset", {})

    async def process_state(self, process_instance_key: int) -> str | None:
        response = await self._http.get(f"/process-instances/{process_instance_key}")
        if response.status_code == 404:
            return None
        response.raise_for_status()
        return str(response.json()["state"])

    async def variable(self, process_instance_key: int, name: str) -> Any:
        found = await self._post(
            "/variables/search",
            {"filter": {"processInstanceKey": str(process_instance_key), "name": name}},
        )
        items = found.get("items", [])
        if not items:
            return None
        item = items[0]
        if item.get("isTruncated"):
            full = await self._http.get(f"/variables/{item['variableKey']}")
            full.raise_for_status()
            item = full.json()
        return json.loads(item["value"])


async def eventually(
    probe: Callable[[], Awaitable[T | None]], *, what: str, timeout_s: float = 90
) -> T:
    """Poll until ``probe`` returns something; secondary storage lags the engine a little."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while True:
        value = await probe()
        if value:
            return value
        if loop.time() > deadline:
            raise TimeoutError(f"{what} did not happen within {timeout_s:.0f}s")
        await asyncio.sleep(0.5)
