"""KYC: verify an applicant's identity and screen their name against sanctions lists."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import Field

from clients.http import LegacySystemClient, WireModel
from contracts.common import Document

SYSTEM = "kyc"


class IdentityCheckRequest(WireModel):
    applicant_id: str = Field(min_length=1, max_length=100)
    name: str = Field(min_length=1, max_length=200)
    date_of_birth: date | None = None
    national_id: str | None = Field(default=None, min_length=1, max_length=50)
    country: str = Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2")
    documents: list[Document] = Field(default_factory=list)


class IdentityCheckStatus(StrEnum):
    VERIFIED = "verified"
    FAILED = "failed"
    INCONCLUSIVE = "inconclusive"


class IdentityCheck(WireModel):
    check_id: str
    status: IdentityCheckStatus
    reasons: list[str]


class SanctionsScreeningRequest(WireModel):
    name: str = Field(min_length=1, max_length=200)
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    date_of_birth: date | None = None


class SanctionsHit(WireModel):
    list_entry_id: str
    listed_name: str
    list_name: str = Field(alias="list", description="the sanctions list, e.g. EU-CFSP")
    score: float = Field(ge=0, le=1)


class SanctionsScreening(WireModel):
    screening_id: str
    matched: bool
    hits: list[SanctionsHit]


class KycClient(LegacySystemClient):
    system = SYSTEM
    settings_key = "kyc"

    async def check_identity(self, request: IdentityCheckRequest) -> IdentityCheck:
        """Deterministic: the same request always gets the same verdict and ``checkId``."""
        response = await self._http.request(
            "POST",
            "/kyc/identity-checks",
            json=request.model_dump(mode="json", by_alias=True, exclude_none=True),
        )
        return self._http.parse(response, IdentityCheck)

    async def screen_sanctions(self, request: SanctionsScreeningRequest) -> SanctionsScreening:
        """Fuzzy-match the name; ``matched`` is the system's verdict, ``hits`` the near-matches."""
        response = await self._http.request(
            "POST",
            "/kyc/sanctions-screenings",
            json=request.model_dump(mode="json", by_alias=True, exclude_none=True),
        )
        return self._http.parse(response, SanctionsScreening)
