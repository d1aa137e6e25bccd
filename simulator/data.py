"""Load and validate the simulator's data folder; every problem names the file and the field."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from contracts.validation import describe_validation_error
from simulator.models import (
    ClaimsHistoryFile,
    Customer,
    CustomersFile,
    IdentitiesFile,
    IdentityRecord,
    PoliciesFile,
    Policy,
    PriorClaim,
    SanctionsFile,
    Ticket,
    TicketsFile,
)

DEFAULT_DATA_DIR = Path(__file__).parent / "data"
POLICIES_FILE = "policies.json"
CLAIMS_HISTORY_FILE = "claims-history.json"
IDENTITIES_FILE = "identities.json"
SANCTIONS_FILE = "sanctions.json"
CUSTOMERS_FILE = "customers.json"
TICKETS_FILE = "tickets.json"

_FileModel = TypeVar("_FileModel", bound=BaseModel)


class DataFolderError(ValueError):
    """The data folder is missing a file or a file does not match its schema."""


@dataclass(frozen=True)
class SeedData:
    policies: dict[str, Policy]
    prior_claims: dict[str, list[PriorClaim]]
    identities: list[IdentityRecord]
    sanctions: SanctionsFile
    customers: dict[str, Customer]
    tickets: dict[str, Ticket]


def _load(path: Path, model: type[_FileModel]) -> _FileModel:
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataFolderError(f"{path}: file is missing (see docs/simulator.md)") from None
    try:
        document = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise DataFolderError(
            f"{path}: not valid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
        ) from None
    try:
        return model.model_validate(document)
    except ValidationError as exc:
        raise DataFolderError(f"{path}: {describe_validation_error(exc)}") from None


def _load_optional(path: Path, model: type[_FileModel], empty: _FileModel) -> _FileModel:
    return _load(path, model) if path.exists() else empty


def load_data(folder: Path = DEFAULT_DATA_DIR) -> SeedData:
    """Read ``policies.json`` (required) and the optional files of the other systems."""
    if not folder.is_dir():
        raise DataFolderError(f"{folder}: data folder does not exist")
    policies = {p.policy_number: p for p in _load(folder / POLICIES_FILE, PoliciesFile).policies}
    prior_claims: dict[str, list[PriorClaim]] = {}
    history_path = folder / CLAIMS_HISTORY_FILE
    if history_path.exists():
        for index, history in enumerate(_load(history_path, ClaimsHistoryFile).histories):
            if history.policy_number not in policies:
                raise DataFolderError(
                    f"{history_path}: histories[{index}].policyNumber: "
                    f"{history.policy_number!r} is not in {POLICIES_FILE}"
                )
            prior_claims.setdefault(history.policy_number, []).extend(history.claims)
    customers_file = _load_optional(
        folder / CUSTOMERS_FILE, CustomersFile, CustomersFile(customers=[])
    )
    customers = {c.customer_id: c for c in customers_file.customers}
    tickets_path = folder / TICKETS_FILE
    tickets_file = _load_optional(tickets_path, TicketsFile, TicketsFile(tickets=[]))
    for index, ticket in enumerate(tickets_file.tickets):
        if ticket.customer_id not in customers:
            raise DataFolderError(
                f"{tickets_path}: tickets[{index}].customerId: "
                f"{ticket.customer_id!r} is not in {CUSTOMERS_FILE}"
            )
    return SeedData(
        policies=policies,
        prior_claims=prior_claims,
        identities=_load_optional(
            folder / IDENTITIES_FILE, IdentitiesFile, IdentitiesFile(identities=[])
        ).identities,
        sanctions=_load_optional(folder / SANCTIONS_FILE, SanctionsFile, SanctionsFile(entries=[])),
        customers=customers,
        tickets={t.ticket_id: t for t in tickets_file.tickets},
    )
