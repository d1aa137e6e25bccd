"""How values go out on Camunda's REST wire: keys as strings, dates as ISO-8601 UTC with ms."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any


def key_text(key: int | None) -> str | None:
    """int64 keys travel as strings, since JSON numbers lose precision past 2**53."""
    return None if key is None else str(key)


def date_text(epoch_ms: int | None) -> str | None:
    """``2026-11-29T15:42:39.123Z``: the shape Camunda's REST API gives every timestamp."""
    if epoch_ms is None:
        return None
    moment = datetime.fromtimestamp(epoch_ms / 1000, tz=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{epoch_ms % 1000:03d}Z"


def json_text(value: Any) -> str:
    """A value as JSON text, the way Camunda returns variable values and decision outputs."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
