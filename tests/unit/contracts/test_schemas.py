import json

import pytest
from pydantic import ValidationError

from contracts.claims import Claim
from contracts.schemas import SCHEMA_DIR, contract_classes, render_schemas
from tests.unit.claims.cases import claim_payload


def test_published_schemas_match_the_models() -> None:
    rendered = render_schemas()
    committed = {p.name: p.read_text() for p in SCHEMA_DIR.glob("*.json")}
    stale = sorted(set(committed) ^ set(rendered))
    assert not stale, f"run `baton schemas`: files differ {stale}"
    changed = sorted(name for name in rendered if rendered[name] != committed[name])
    assert not changed, f"run `baton schemas`: out of date {changed}"


def test_start_and_end_contracts_are_published() -> None:
    names = set(contract_classes())
    assert {"claims.Claim", "claims.Decision"} <= names


def test_claim_schema_uses_wire_names() -> None:
    schema = json.loads((SCHEMA_DIR / "claims.Claim.json").read_text())
    assert {"claimId", "policyNumber", "lossDate", "reportedAt"} <= set(schema["properties"])
    assert "claimId" in schema["required"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"claimId": "bad id with spaces"}, "claimId"),
        ({"lossDate": "2026-13-40"}, "lossDate"),
        ({"lossDate": "2026-03-05", "reportedAt": "2026-03-04T00:00:00Z"}, "lossDate"),
        ({"amount": {"value": -1, "currency": "EUR"}}, "amount.value"),
        ({"unexpected": True}, "unexpected"),
    ],
)
def test_malformed_claims_are_rejected(change: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as raised:
        Claim.model_validate(claim_payload(**change))
    assert field.split(".")[0] in str(raised.value)
