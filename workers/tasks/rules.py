"""What a task listener's job says about a user task, as typed facts; no I/O.

Zeebe puts the user task on a listener job as ``io.camunda.zeebe:*`` custom headers
(userTaskKey, assignee, dueDate, action, …; Camunda 8.8+ "user task listeners"). The
``completing`` event's outcome is read from the job's variables, keeping only outcome and
reason fields (the forms' ``*Outcome``, ``*Approved``, ``*Reason``, …); free text is
PII-redacted before it reaches the audit log.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from contracts.errors import InvalidCaseError
from guardrails import find_pii

HEADER_PREFIX = "io.camunda.zeebe:"
OUTCOME_FIELD = re.compile(r"(Outcome|Approved|Verdict|Decision|Payout|Category)$")
REASON_FIELD = re.compile(r"(Reason|Comments|Note)$")


@dataclass(frozen=True)
class UserTaskEvent:
    """One assignment or completion of a user task, as its listener job carries it."""

    user_task_key: int
    process_id: str
    element_id: str
    assignee: str | None
    action: str
    due_date: datetime | None


def _timestamp(value: str, header: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidCaseError(
            f"task listener header '{header}' is not an ISO-8601 date-time: {value!r}"
        ) from None
    if parsed.tzinfo is None:
        raise InvalidCaseError(f"task listener header '{header}' has no time zone: {value!r}")
    return parsed


def user_task_event(headers: Mapping[str, Any], process_id: str, element_id: str) -> UserTaskEvent:
    """The user task of a listener job; a missing or malformed header is an invalid-input
    incident naming the header."""
    key_header = f"{HEADER_PREFIX}userTaskKey"
    raw_key = headers.get(key_header)
    if not isinstance(raw_key, str) or not raw_key.isdigit():
        raise InvalidCaseError(
            f"task listener header '{key_header}' must be the user task key, got {raw_key!r}; "
            "is this job type used outside a zeebe:taskListener?"
        )
    due = headers.get(f"{HEADER_PREFIX}dueDate")
    assignee = headers.get(f"{HEADER_PREFIX}assignee")
    return UserTaskEvent(
        user_task_key=int(raw_key),
        process_id=process_id,
        element_id=element_id,
        assignee=str(assignee) if assignee else None,
        action=str(headers.get(f"{HEADER_PREFIX}action") or ""),
        due_date=_timestamp(str(due), f"{HEADER_PREFIX}dueDate") if due else None,
    )


def redact(text: str) -> str:
    """``text`` with every PII span replaced by its kind, e.g. ``<IBAN>``."""
    pieces: list[str] = []
    cursor = 0
    for span in find_pii(text):
        pieces.append(text[cursor : span.start])
        pieces.append(f"<{span.kind.value}>")
        cursor = span.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def completion_outcome(variables: Mapping[str, Any]) -> dict[str, Any]:
    """The outcome fields of a completion: scalar values only, text redacted."""
    outcome: dict[str, Any] = {}
    for name, value in sorted(variables.items()):
        if not OUTCOME_FIELD.search(name) or isinstance(value, dict | list):
            continue
        outcome[name] = redact(value) if isinstance(value, str) else value
    return outcome


def completion_reason(variables: Mapping[str, Any]) -> str:
    """The person's stated reasons, redacted, in field order."""
    return "; ".join(
        redact(value)
        for name, value in sorted(variables.items())
        if REASON_FIELD.search(name) and isinstance(value, str) and value.strip()
    )


def seconds_between(start: datetime, end: datetime) -> float:
    """Elapsed seconds, never negative (the engine's clock may run ahead of the fleet's)."""
    return max(0.0, (end - start).total_seconds())
