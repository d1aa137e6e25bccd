"""The few Orchestration Cluster REST API (``/v2``) calls the engine tests need."""

import asyncio
import json
from collections.abc import Awaitable, Callable
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

    async def open_user_tasks(self, process_instance_key: int, element_id: str) -> list[str]:
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
        return [str(item["userTaskKey"]) for item in found.get("items", [])]

    async def complete_user_task(self, user_task_key: str, variables: dict[str, Any]) -> None:
        response = await self._http.post(
            f"/user-tasks/{user_task_key}/completion", json={"variables": variables}
        )
        response.raise_for_status()

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
