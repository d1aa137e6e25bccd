"""ISO 8601 durations, dates and repeating intervals, as BPMN timers use them.

A timer's FEEL value arrives JSON-shaped: FEEL durations and date-times become ISO strings, so
one parser serves static values and expressions alike.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

_DURATION = re.compile(
    r"^(?P<sign>-)?P(?:(?P<years>\d+)Y)?(?:(?P<months>\d+)M)?(?:(?P<weeks>\d+)W)?"
    r"(?:(?P<days>\d+)D)?(?:T(?:(?P<hours>\d+)H)?(?:(?P<minutes>\d+)M)?"
    r"(?:(?P<seconds>\d+(?:\.\d+)?)S)?)?$"
)
_CYCLE = re.compile(r"^R(?P<count>\d*)/(?P<rest>.+)$")


class TimerSpecError(ValueError):
    """A timer value that is not an ISO 8601 duration, date-time or repeating interval."""


@dataclass(frozen=True, slots=True)
class Cycle:
    repetitions: int  # -1 for ever
    interval: str
    start_ms: int | None


def _add_months(moment: datetime, months: int) -> datetime:
    month_index = moment.month - 1 + months
    year = moment.year + month_index // 12
    month = month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def add_duration(start_ms: int, text: str) -> int:
    """``start_ms`` plus an ISO 8601 duration such as ``PT5M``, ``P1DT2H`` or ``P1Y``."""
    match = _DURATION.match(text.strip()) if isinstance(text, str) else None
    if match is None or text.strip() in {"P", "PT"}:
        raise TimerSpecError(f"'{text}' is not an ISO 8601 duration (e.g. PT5M, P1D)")
    parts = {k: v for k, v in match.groupdict().items() if v and k != "sign"}
    sign = -1 if match.group("sign") else 1
    moment = datetime.fromtimestamp(start_ms / 1000, tz=UTC)
    months = int(parts.get("years", 0)) * 12 + int(parts.get("months", 0))
    if months:
        moment = _add_months(moment, sign * months)
    delta = timedelta(
        weeks=int(parts.get("weeks", 0)),
        days=int(parts.get("days", 0)),
        hours=int(parts.get("hours", 0)),
        minutes=int(parts.get("minutes", 0)),
        seconds=float(parts.get("seconds", 0)),
    )
    return int((moment + sign * delta).timestamp() * 1000)


def parse_date(text: str) -> int:
    """An ISO 8601 date-time (with offset, ``Z`` or a ``@zone`` id) as epoch milliseconds."""
    if not isinstance(text, str):
        raise TimerSpecError(f"'{text}' is not an ISO 8601 date-time")
    value = text.strip()
    zone = None
    if "@" in value:
        value, zone = value.split("@", 1)
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise TimerSpecError(f"'{text}' is not an ISO 8601 date-time") from None
    if moment.tzinfo is None:
        if zone:
            from zoneinfo import ZoneInfo

            moment = moment.replace(tzinfo=ZoneInfo(zone))
        else:
            moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp() * 1000)


def parse_cycle(text: str) -> Cycle:
    """``R3/PT10S``, ``R/PT1H`` or ``R2/2026-01-01T00:00:00Z/P1D``; cron is not supported."""
    match = _CYCLE.match(text.strip()) if isinstance(text, str) else None
    if match is None:
        raise TimerSpecError(
            f"'{text}' is not an ISO 8601 repeating interval (e.g. R3/PT10S); cron "
            "expressions are not supported by Baton's local engine"
        )
    count = int(match.group("count")) if match.group("count") else -1
    rest = match.group("rest")
    start_ms = None
    if "/" in rest:
        start, rest = rest.split("/", 1)
        start_ms = parse_date(start)
    add_duration(0, rest)
    return Cycle(count, rest, start_ms)
