"""Temporal built-ins: `now`, `today`, `day of week`, `week of year`, … on an injectable clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextvars import ContextVar
from decimal import Decimal
from typing import Any

from engine.feel import temporal as tm
from engine.feel.builtins.base import builtin, illegal
from engine.feel.values import FeelFunction

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
)
_MONTHS += ("September", "October", "November", "December")


def system_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


current_clock: ContextVar[Callable[[], dt.datetime]] = ContextVar(
    "feel_clock", default=system_clock
)


def _now() -> dt.datetime:
    now = current_clock.get()()
    return now if now.tzinfo is not None else now.replace(tzinfo=dt.UTC)


def _on_date(compute: Callable[[dt.date], Any]) -> Callable[[Any], Any]:
    def on_date(value: Any) -> Any:
        if not isinstance(value, dt.date):
            raise illegal()
        return compute(value.date() if isinstance(value, dt.datetime) else value)

    return on_date


FUNCTIONS: dict[str, list[FeelFunction]] = {
    "now": [builtin("", _now)],
    "today": [builtin("", lambda: _now().date())],
    "day of year": [builtin("date", _on_date(lambda d: Decimal(d.timetuple().tm_yday)))],
    "day of week": [builtin("date", _on_date(lambda d: _DAYS[d.weekday()]))],
    "month of year": [builtin("date", _on_date(lambda d: _MONTHS[d.month - 1]))],
    "week of year": [builtin("date", _on_date(lambda d: Decimal(d.isocalendar()[1])))],
    "last day of month": [builtin("date", _on_date(tm.last_day_of_month))],
}
