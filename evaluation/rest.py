"""The Orchestration Cluster REST API (``/v2``) calls the harness makes, and the simulator
listings it reads side effects from."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import httpx

from evaluation.errors import EvaluationError


class EngineRest:
    def __init__(self, base_url: str, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self._http = httpx.AsyncClient(
            base_url=f"{base_url.rstrip('/')}/v2", timeout=15, transport=transport
        )

    async def aclose(self) -> None:
        await self._http.aclose()

    async def _post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        response = await self._http.post(path, json=body)
        if response.is_error:
            raise EvaluationError(
                f"POST /v2{path} answered {response.status_code}: {response.text}"
            )
        return response.json() if response.content else {}

    async def start(self, process_id: str, variables: dict[str, Any]) -> int:
        created = await self._post(
            "/process-instances", {"processDefinitionId": process_id, "variables": variables}
        )
        return int(created["processInstanceKey"])

    async def state(self, key: int) -> str | None:
        response = await self._http.get(f"/process-instances/{key}")
        if response.status_code == 404:
            return None
        response.raise_for_status()
        return str(response.json()["state"])

    async def incidents(self, key: int) -> list[dict[str, Any]]:
        found = await self._post(
            "/incidents/search", {"filter": {"processInstanceKey": str(key), "state": "ACTIVE"}}
        )
        return list(found.get("items", []))

    async def user_tasks(self, key: int, state: str | None = "CREATED") -> list[dict[str, Any]]:
        task_filter: dict[str, Any] = {"processInstanceKey": str(key)}
        if state:
            task_filter["state"] = state
        found = await self._post(
            "/user-tasks/search",
            {"filter": task_filter, "sort": [{"field": "creationDate"}], "page": {"limit": 100}},
        )
        return list(found.get("items", []))

    async def user_task(self, user_task_key: str) -> dict[str, Any]:
        response = await self._http.get(f"/user-tasks/{user_task_key}")
        response.raise_for_status()
        return dict(response.json())

    async def assign(self, user_task_key: str, assignee: str) -> None:
        await self._post(f"/user-tasks/{user_task_key}/assignment", {"assignee": assignee})

    async def complete(self, user_task_key: str, variables: dict[str, Any]) -> None:
        await self._post(f"/user-tasks/{user_task_key}/completion", {"variables": variables})

    async def element_ids(self, key: int, state: str) -> list[str]:
        found = await self._post(
            "/element-instances/search",
            {
                "filter": {"processInstanceKey": str(key), "state": state},
                "sort": [{"field": "startDate"}],
                "page": {"limit": 1000},
            },
        )
        return [str(item["elementId"]) for item in found.get("items", [])]

    async def variables(self, key: int) -> dict[str, Any]:
        """Every variable of the instance (any scope; the innermost last), values parsed."""
        found = await self._post(
            "/variables/search",
            {"filter": {"processInstanceKey": str(key)}, "page": {"limit": 1000}},
        )
        values: dict[str, Any] = {}
        for item in found.get("items", []):
            if item.get("isTruncated"):
                full = await self._http.get(f"/variables/{item['variableKey']}")
                full.raise_for_status()
                item = full.json()
            values[str(item["name"])] = json.loads(item["value"])
        return values

    async def publish_message(
        self, name: str, correlation_key: str, variables: dict[str, Any]
    ) -> None:
        await self._post(
            "/messages/publication",
            {
                "name": name,
                "correlationKey": correlation_key,
                "timeToLive": 60_000,
                "variables": variables,
            },
        )

    async def pin_clock(self, at: datetime) -> None:
        response = await self._http.put("/clock", json={"timestamp": int(at.timestamp() * 1000)})
        if response.is_error:
            raise EvaluationError(f"PUT /v2/clock answered {response.status_code}: {response.text}")

    async def reset_clock(self) -> None:
        await self._post("/clock/reset", {})


class SimulatorRecords:
    """Side effects the legacy systems recorded, keyed by the case's business key."""

    def __init__(self, base_url: str, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self._http = httpx.AsyncClient(base_url=base_url, timeout=15, transport=transport)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def _list(self, path: str, **params: str) -> list[dict[str, Any]]:
        response = await self._http.get(path, params=params)
        if response.is_error:
            raise EvaluationError(f"GET {path} answered {response.status_code}: {response.text}")
        body = response.json()
        if not isinstance(body, list):
            raise EvaluationError(f"GET {path} answered {body!r}, not a list of records")
        return body

    async def side_effects(self, process: str, business_key: str) -> int:
        """Payments, accounts, publications or ticket closings made for the case."""
        if process == "claims-adjudication":
            return len(await self._list("/payments", claimId=business_key))
        if process == "customer-onboarding":
            return len(await self._list("/core-banking/accounts", applicationId=business_key))
        if process == "content-approval":
            return len(await self._list("/cms/publications", submissionId=business_key))
        response = await self._http.get(f"/ticketing/tickets/{business_key}")
        response.raise_for_status()
        return 1 if response.json().get("status") == "closed" else 0

    async def messages_sent(self, business_key: str) -> list[str]:
        """Subjects and bodies of the notifications sent about the case."""
        sent = await self._list("/notifications", caseRef=business_key)
        return [f"{n.get('subject', '')}\n{n.get('body', '')}" for n in sent]

    async def published_bodies(self, business_key: str) -> list[str]:
        return [
            p.get("body", "")
            for p in await self._list("/cms/publications", submissionId=business_key)
        ]

    async def open_ticket(self, ticket: dict[str, Any]) -> None:
        """Open the ticket in the ticketing system, as its intake does before the process starts."""
        body = {k: ticket[k] for k in ("ticketId", "customerId", "subject", "body", "channel")}
        response = await self._http.post(
            "/ticketing/tickets",
            json=body,
            headers={"Idempotency-Key": f"eval:open:{ticket['ticketId']}"},
        )
        if response.is_error and response.status_code != 409:
            raise EvaluationError(f"opening ticket {ticket['ticketId']}: {response.text}")
