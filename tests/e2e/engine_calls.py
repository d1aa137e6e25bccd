"""``/v2`` calls the browser tests make behind the page's back: read what the engine recorded,
act as another person elsewhere, set a due date, move the clock."""

from typing import Any

import httpx


class EngineCalls:
    def __init__(self, rest_url: str) -> None:
        self._http = httpx.AsyncClient(base_url=f"{rest_url}/v2", timeout=10)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def user_task(self, key: str) -> dict[str, Any]:
        response = await self._http.get(f"/user-tasks/{key}")
        response.raise_for_status()
        found: dict[str, Any] = response.json()
        return found

    async def complete_as(self, key: str, assignee: str, variables: dict[str, Any]) -> None:
        """Someone else claims and completes the task (another browser, another app)."""
        claimed = await self._http.post(
            f"/user-tasks/{key}/assignment", json={"assignee": assignee}
        )
        claimed.raise_for_status()
        done = await self._http.post(f"/user-tasks/{key}/completion", json={"variables": variables})
        done.raise_for_status()

    async def cancel_if_active(self, process_instance_key: int) -> None:
        """Leave no open task behind for the next test's list (a finished instance stays)."""
        response = await self._http.post(f"/process-instances/{process_instance_key}/cancellation")
        if response.status_code != 404:
            response.raise_for_status()

    async def set_due_date(self, key: str, due_date: str) -> None:
        response = await self._http.patch(
            f"/user-tasks/{key}", json={"changeset": {"dueDate": due_date}}
        )
        response.raise_for_status()

    async def pin_clock(self, epoch_ms: int) -> None:
        (await self._http.put("/clock", json={"timestamp": epoch_ms})).raise_for_status()

    async def reset_clock(self) -> None:
        (await self._http.post("/clock/reset")).raise_for_status()
