"""Notices to customers and staff, shared by every process family, and how they are sent."""

from __future__ import annotations

from dataclasses import dataclass

from clients import Channel, NotificationRequest, NotificationsClient


@dataclass(frozen=True)
class Notice:
    recipient: str
    subject: str
    body: str
    case_ref: str


async def send_notice(
    notifications: NotificationsClient,
    notice: Notice,
    key: str,
    *,
    channel: Channel | None = None,
) -> str:
    """Send on ``channel``, by default e-mail when the recipient is an address and letter
    otherwise; idempotent by ``key``."""
    sent = await notifications.send(
        NotificationRequest(
            recipient=notice.recipient,
            channel=channel or (Channel.EMAIL if "@" in notice.recipient else Channel.LETTER),
            subject=notice.subject,
            body=notice.body,
            case_ref=notice.case_ref,
        ),
        key,
    )
    return sent.notification_id
