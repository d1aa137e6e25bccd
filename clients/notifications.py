"""Notifications: tell a customer about their case once, by e-mail, SMS or letter."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import Field

from clients.http import (
    IDEMPOTENCY_HEADER,
    LegacySystemClient,
    WireModel,
    validate_idempotency_key,
)

SYSTEM = "notifications"


class Channel(StrEnum):
    EMAIL = "email"
    SMS = "sms"
    LETTER = "letter"


class NotificationRequest(WireModel):
    recipient: str = Field(min_length=1)
    channel: Channel
    subject: str = Field(min_length=1, max_length=200)
    body: str = Field(min_length=1)
    case_ref: str = Field(min_length=1)


class Notification(WireModel):
    notification_id: str
    status: str
    recipient: str
    channel: Channel
    subject: str | None = None
    case_ref: str
    created_at: datetime


class NotificationsClient(LegacySystemClient):
    system = SYSTEM
    settings_key = "notifications"

    async def send(self, request: NotificationRequest, idempotency_key: str) -> Notification:
        """Send once; the same key again returns the first notification."""
        response = await self._http.request(
            "POST",
            "/notifications",
            json=request.model_dump(mode="json", by_alias=True),
            headers={IDEMPOTENCY_HEADER: validate_idempotency_key(idempotency_key)},
        )
        return self._http.parse(response, Notification)

    async def notifications_for_case(self, case_ref: str) -> list[Notification]:
        response = await self._http.request("GET", "/notifications", params={"caseRef": case_ref})
        return self._http.parse_list(response, Notification)
