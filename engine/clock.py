"""The engine's clock, which tests may pin (``PUT /v2/clock``) and reset.

As in Zeebe, a pinned clock stands still at the pinned instant; every due date (timers, job
deadlines, retry back-offs, message time-to-live) is measured on this clock, so moving it makes
SLA paths run in seconds instead of hours.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime


class EngineClock:
    def __init__(self, on_change: Callable[[], None] | None = None) -> None:
        self._pinned: int | None = None
        self._on_change = on_change

    def now_ms(self) -> int:
        if self._pinned is not None:
            return self._pinned
        return int(time.time() * 1000)

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.now_ms() / 1000, tz=UTC)

    @property
    def pinned(self) -> bool:
        return self._pinned is not None

    def pin(self, epoch_ms: int) -> None:
        self._pinned = epoch_ms
        if self._on_change:
            self._on_change()

    def reset(self) -> None:
        self._pinned = None
        if self._on_change:
            self._on_change()
