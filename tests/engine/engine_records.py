"""Read the engine's records back over ``/v2/<records>/search`` (jobs, incidents, process and
element instances, user tasks): what the fault tests count to prove nothing was lost or doubled."""

from __future__ import annotations

from typing import Any

import httpx

PAGE_LIMIT = 10_000


async def search(rest_url: str, records: str, **filter: Any) -> list[dict[str, Any]]:
    """Every record of a kind matching ``filter`` (keys as strings, as the API takes them)."""
    body = {
        "filter": {k: str(v) if type(v) is int else v for k, v in filter.items()},
        "page": {"limit": PAGE_LIMIT},
    }
    async with httpx.AsyncClient(timeout=30) as http:
        response = await http.post(f"{rest_url}/v2/{records}/search", json=body)
    response.raise_for_status()
    items: list[dict[str, Any]] = response.json()["items"]
    return items


async def instance_state(rest_url: str, process_instance_key: int) -> str | None:
    found = await search(rest_url, "process-instances", processInstanceKey=process_instance_key)
    return str(found[0]["state"]) if found else None


async def completed(rest_url: str, process_instance_key: int) -> bool:
    return await instance_state(rest_url, process_instance_key) == "COMPLETED"
