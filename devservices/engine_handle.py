"""Where a running local engine answers, whichever engine it is."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EngineHandle:
    pid: int
    gateway_address: str
    rest_url: str
    started_here: bool
    startup_s: float | None = None
    name: str = "Baton engine"

    @property
    def tasklist_url(self) -> str:
        return f"{self.rest_url}/tasklist"

    @property
    def operate_url(self) -> str:
        return f"{self.rest_url}/operate"
