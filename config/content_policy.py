"""The content-approval policy (``config/policies/content.yaml``), validated once at start-up."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import Field, field_validator

from config.policy_files import DEFAULT_POLICIES_DIR, PolicyModel, load_policy


def _compiles(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"not a valid regular expression: {exc}") from None
    return pattern


class ClaimPattern(PolicyModel):
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    pattern: str
    reason: str = Field(min_length=1)

    _valid = field_validator("pattern")(_compiles)


class Disclaimer(PolicyModel):
    product: str = Field(min_length=1)
    text: str = Field(min_length=1)


class VoiceTerm(PolicyModel):
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    pattern: str
    replacement: str
    reason: str = Field(min_length=1)

    _valid = field_validator("pattern")(_compiles)


class BrandVoice(PolicyModel):
    terms: list[VoiceTerm] = Field(default_factory=list)
    shouting_min_letters: int = Field(alias="shoutingMinLetters", ge=2)
    allowed_acronyms: list[str] = Field(default_factory=list, alias="allowedAcronyms")
    max_length: dict[str, int] = Field(default_factory=dict, alias="maxLength")


class ContentPolicy(PolicyModel):
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


def content_policy(directory: Path = DEFAULT_POLICIES_DIR) -> ContentPolicy:
    return load_policy(ContentPolicy, directory / "content.yaml")
