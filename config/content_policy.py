"""The content-approval policy (``config/policies/content.yaml``), validated once at start-up."""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, ConfigDict, Field, field_validator

from config.policies import load_policy, policies_dir


class _Policy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


def _compiles(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"not a valid regular expression: {exc}") from None
    return pattern


class ClaimPattern(_Policy):
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    pattern: str
    reason: str = Field(min_length=1)

    _valid = field_validator("pattern")(_compiles)


class Disclaimer(_Policy):
    product: str = Field(min_length=1)
    text: str = Field(min_length=1)


class VoiceTerm(_Policy):
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    pattern: str
    replacement: str
    reason: str = Field(min_length=1)

    _valid = field_validator("pattern")(_compiles)


class BrandVoice(_Policy):
    terms: list[VoiceTerm] = Field(default_factory=list)
    shouting_min_letters: int = Field(alias="shoutingMinLetters", ge=2)
    allowed_acronyms: list[str] = Field(default_factory=list, alias="allowedAcronyms")
    max_length: dict[str, int] = Field(default_factory=dict, alias="maxLength")


class ContentPolicy(_Policy):
    revision_limit: int = Field(alias="revisionLimit", ge=0)
    review_sla: str = Field(
        alias="reviewSla", min_length=3, pattern=r"^P(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?$"
    )
    claim_rewrites: dict[str, str] = Field(default_factory=dict, alias="claimRewrites")
    claim_patterns: list[ClaimPattern] = Field(default_factory=list, alias="claimPatterns")
    disclaimers: list[Disclaimer] = Field(default_factory=list)
    brand_voice: BrandVoice = Field(alias="brandVoice")
    allowed_contacts: list[str] = Field(default_factory=list, alias="allowedContacts")

    def disclaimer_for(self, product: str) -> Disclaimer | None:
        wanted = product.strip().casefold()
        return next((d for d in self.disclaimers if d.product.casefold() == wanted), None)


@cache
def content_policy() -> ContentPolicy:
    return load_policy(ContentPolicy, policies_dir() / "content.yaml")
