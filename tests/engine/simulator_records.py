"""What the legacy-system simulator recorded (accounts, publications, notifications, tickets),
read over its HTTP API so the engine tests assert side effects the way an auditor would."""

from typing import Any

import httpx


class SimulatorAnswerError(RuntimeError):
    """The simulator answered with something that is not the record (list) its API documents."""


def _answer(response: httpx.Response) -> Any:
    url = response.request.url
    if response.is_error:
        raise SimulatorAnswerError(f"{url} answered HTTP {response.status_code}: {response.text}")
    try:
        return response.json()
    except ValueError:
        raise SimulatorAnswerError(f"{url} answered with a body that is not JSON") from None


def records_of(response: httpx.Response) -> list[dict[str, Any]]:
    """A listing's records, or :class:`SimulatorAnswerError` for an error status or a body
    that is not a JSON list of objects."""
    body = _answer(response)
    if not isinstance(body, list) or not all(isinstance(item, dict) for item in body):
        raise SimulatorAnswerError(f"{response.request.url} answered {body!r}, not records")
    return body


def record_of(response: httpx.Response) -> dict[str, Any]:
    """One record, or :class:`SimulatorAnswerError` for anything but a JSON object."""
    body = _answer(response)
    if not isinstance(body, dict):
        raise SimulatorAnswerError(f"{response.request.url} answered {body!r}, not a record")
    return body


class SimulatorRecords:
    def __init__(self, base_url: str, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self._http = httpx.AsyncClient(base_url=base_url, timeout=10, transport=transport)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def payments(self, claim_id: str) -> list[dict[str, Any]]:
        return records_of(await self._http.get("/payments", params={"claimId": claim_id}))

    async def accounts(self, application_id: str) -> list[dict[str, Any]]:
        response = await self._http.get(
            "/core-banking/accounts", params={"applicationId": application_id}
        )
        return records_of(response)

    async def publications(self, submission_id: str) -> list[dict[str, Any]]:
        response = await self._http.get("/cms/publications", params={"submissionId": submission_id})
        return records_of(response)

    async def notifications(self, case_ref: str) -> list[dict[str, Any]]:
        response = await self._http.get("/notifications", params={"caseRef": case_ref})
        return records_of(response)

    async def ticket(self, ticket_id: str) -> dict[str, Any]:
        return record_of(await self._http.get(f"/ticketing/tickets/{ticket_id}"))

    async def open_ticket(self, ticket: dict[str, Any]) -> dict[str, Any]:
        """Open the ticket a case is about, as the ticketing system's intake would."""
        body = {k: ticket[k] for k in ("ticketId", "customerId", "subject", "body", "channel")}
        response = await self._http.post(
            "/ticketing/tickets",
            json=body,
            headers={"Idempotency-Key": f"engine-test:open:{ticket['ticketId']}"},
        )
        return record_of(response)
