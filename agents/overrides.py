"""Human override tracking: where a person's decision differs from what an agent proposed."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from agents import metrics
from agents.protocols import AuditEntry, AuditSink


class FieldChange(BaseModel):
    model_config = ConfigDict(frozen=True)

    field: str
    proposed: Any
    decided: Any


class Override(BaseModel):
    """A person changed an agent's proposal: which fields, who, why."""

    model_config = ConfigDict(frozen=True, populate_by_name=True)

    case_id: str = Field(alias="caseId")
    process: str
    task: str
    actor: str
    reason: str
    changes: list[FieldChange]
    at: datetime = Field(default_factory=lambda: datetime.now(UTC))


def _same(proposed: Any, decided: Any) -> bool:
    if proposed == decided:
        return True
    try:
        return Decimal(str(proposed)) == Decimal(str(decided))
    except (InvalidOperation, ValueError):
        return str(proposed).strip().lower() == str(decided).strip().lower()


def compare_decision(
    proposal: Mapping[str, Any],
    decision: Mapping[str, Any],
    *,
    case_id: str,
    process: str,
    task: str,
    actor: str,
    reason: str,
    fields: tuple[str, ...] | None = None,
) -> Override | None:
    """The override, or None when the person confirmed the proposal.

    Only ``fields`` are compared (default: the fields both sides have); ``2500`` and
    ``"2500.00"`` count as the same value, as do case variants of a word.
    """
    names = fields if fields is not None else tuple(k for k in proposal if k in decision)
    changes = [
        FieldChange(field=name, proposed=proposal.get(name), decided=decision.get(name))
        for name in names
        if not _same(proposal.get(name), decision.get(name))
    ]
    if not changes:
        return None
    return Override(
        case_id=case_id, process=process, task=task, actor=actor, reason=reason, changes=changes
    )


def record_override(override: Override, audit: AuditSink) -> None:
    """Count the override and write it to the audit log."""
    metrics.HUMAN_OVERRIDES.labels(override.process, override.task).inc()
    body = override.model_dump(mode="json", by_alias=True)
    audit.record(
        AuditEntry(
            case_id=override.case_id,
            actor=override.actor,
            action=f"{override.task}.override",
            inputs_hash=hashlib.sha256(
                json.dumps(body["changes"], sort_keys=True).encode()
            ).hexdigest(),
            output=body,
            reason=override.reason,
        )
    )
