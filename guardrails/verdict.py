"""The one result type every guardrail returns."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Action(StrEnum):
    ALLOW = "allow"
    REDACT = "redact"
    ESCALATE = "escalate"
    BLOCK = "block"


_SEVERITY = {Action.ALLOW: 0, Action.REDACT: 1, Action.ESCALATE: 2, Action.BLOCK: 3}


class Verdict(BaseModel):
    """What a guardrail decided, which rule decided it and why.

    ``redacted_text`` is set only for ``redact``; the reason never repeats the sensitive value.
    """

    model_config = ConfigDict(frozen=True, populate_by_name=True)

    action: Action
    rule: str = Field(min_length=1)
    reason: str
    redacted_text: str | None = Field(default=None, alias="redactedText")

    @property
    def needs_human(self) -> bool:
        return self.action in (Action.ESCALATE, Action.BLOCK)

    @classmethod
    def allow(cls, rule: str, reason: str = "no finding") -> Verdict:
        return cls(action=Action.ALLOW, rule=rule, reason=reason)


def strictest(verdicts: Iterable[Verdict]) -> Action:
    """The most severe action among the verdicts (``allow`` when there are none)."""
    return max((v.action for v in verdicts), key=_SEVERITY.__getitem__, default=Action.ALLOW)
