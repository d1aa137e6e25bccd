"""The customer-onboarding policy (``config/policies/onboarding.yaml``), validated at start-up."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, model_validator

from config.policy_files import DEFAULT_POLICIES_DIR, PolicyModel, load_policy
from contracts.onboarding import ApplicantKind, CountryCode, IsoDuration, RiskLevel


class ProductRules(PolicyModel):
    applicant_kinds: list[ApplicantKind] = Field(alias="applicantKinds", min_length=1)
    extra_documents: list[str] = Field(alias="extraDocuments")


class CountryRisk(PolicyModel):
    high: list[CountryCode]
    medium: list[CountryCode]

    @model_validator(mode="after")
    def _disjoint(self) -> CountryRisk:
        both = sorted(set(self.high) & set(self.medium))
        if both:
            raise ValueError(f"countries listed as both high and medium risk: {', '.join(both)}")
        return self

    def of(self, country: str) -> RiskLevel:
        if country in self.high:
            return RiskLevel.HIGH
        if country in self.medium:
            return RiskLevel.MEDIUM
        return RiskLevel.LOW


class SanctionsThresholds(PolicyModel):
    hit_score: float = Field(alias="hitScore", gt=0, le=1)
    near_match_score: float = Field(alias="nearMatchScore", ge=0, le=1)

    @model_validator(mode="after")
    def _ordered(self) -> SanctionsThresholds:
        if self.near_match_score > self.hit_score:
            raise ValueError("nearMatchScore must not exceed hitScore")
        return self


class OnboardingPolicy(PolicyModel):
    documents_deadline: IsoDuration = Field(alias="documentsDeadline")
    compliance_review_sla: IsoDuration = Field(alias="complianceReviewSla")
    required_documents: dict[ApplicantKind, list[str]] = Field(alias="requiredDocuments")
    products: dict[str, ProductRules] = Field(min_length=1)
    country_risk: CountryRisk = Field(alias="countryRisk")
    sanctions: SanctionsThresholds

    @model_validator(mode="after")
    def _every_kind_has_documents(self) -> OnboardingPolicy:
        missing = [kind.value for kind in ApplicantKind if kind not in self.required_documents]
        if missing:
            raise ValueError(f"requiredDocuments lacks applicant kinds: {', '.join(missing)}")
        return self


def onboarding_policy(directory: Path = DEFAULT_POLICIES_DIR) -> OnboardingPolicy:
    return load_policy(OnboardingPolicy, directory / "onboarding.yaml")
