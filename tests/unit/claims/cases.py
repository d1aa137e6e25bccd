"""Claim fixtures shared by the claims unit tests."""

from datetime import date
from decimal import Decimal
from typing import Any

from contracts.claims import LossType
from workers.claims.rules import PolicyTerms


def claim_payload(**overrides: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "claimId": "CLM-1001",
        "policyNumber": "HOME-1001",
        "claimant": {"name": "Ana Ruiz", "email": "ana@example.com"},
        "lossDate": "2026-03-02",
        "reportedAt": "2026-03-04T09:30:00Z",
        "lossType": "water",
        "description": "Burst pipe under the kitchen sink flooded the floor.",
        "amount": {"value": 1800.5, "currency": "EUR"},
        "documents": [{"kind": "invoice", "name": "plumber.pdf", "text": "Repair 1800.50 EUR"}],
    }
    payload.update(overrides)
    return payload


def home_policy(**overrides: Any) -> PolicyTerms:
    values: dict[str, Any] = {
        "policy_number": "HOME-1001",
        "status": "active",
        "valid_from": date(2025, 6, 1),
        "valid_to": date(2026, 5, 31),
        "currency": "EUR",
        "coverages": {
            LossType.WATER: (Decimal(20000), Decimal(250)),
            LossType.FIRE: (Decimal(100000), Decimal(500)),
        },
    }
    values.update(overrides)
    return PolicyTerms(**values)
