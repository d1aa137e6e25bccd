"""YAML policies under ``config/policies/``, validated into models once at start-up.

``BATON_POLICIES_DIR`` points elsewhere (e.g. a mounted ConfigMap).
"""

from __future__ import annotations

import os
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from contracts.errors import PolicyFileError

DEFAULT_POLICIES_DIR = Path(__file__).parent / "policies"


class _Policy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class AutoApproval(_Policy):
    max_payout: Decimal = Field(alias="maxPayout", ge=0)
    max_fraud_score: float = Field(alias="maxFraudScore", ge=0, le=1)
    min_triage_confidence: float = Field(alias="minTriageConfidence", ge=0, le=1)
    allowed_complexity: list[str] = Field(alias="allowedComplexity", min_length=1)


class SeniorApproval(_Policy):
    min_payout: Decimal = Field(alias="minPayout", ge=0)


class FraudWeights(_Policy):
    loss_soon_after_inception: float = Field(alias="lossSoonAfterInception", ge=0, le=1)
    late_reporting: float = Field(alias="lateReporting", ge=0, le=1)
    frequent_claimant: float = Field(alias="frequentClaimant", ge=0, le=1)
    round_amount: float = Field(alias="roundAmount", ge=0, le=1)
    no_supporting_documents: float = Field(alias="noSupportingDocuments", ge=0, le=1)


class FraudPolicy(_Policy):
    weights: FraudWeights
    inception_window_days: int = Field(alias="inceptionWindowDays", ge=0)
    late_reporting_days: int = Field(alias="lateReportingDays", ge=0)
    prior_claims_threshold: int = Field(alias="priorClaimsThreshold", ge=1)
    documents_required_above: Decimal = Field(alias="documentsRequiredAbove", ge=0)


class ClaimsPolicy(_Policy):
    auto_approval: AutoApproval = Field(alias="autoApproval")
    senior_approval: SeniorApproval = Field(alias="seniorApproval")
    fraud: FraudPolicy


PolicyT = TypeVar("PolicyT", bound=BaseModel)


def policies_dir() -> Path:
    return Path(os.environ.get("BATON_POLICIES_DIR", DEFAULT_POLICIES_DIR))


def load_policy(model: type[PolicyT], path: Path) -> PolicyT:
    try:
        raw = yaml.safe_load(path.read_text())
    except FileNotFoundError:
        raise PolicyFileError(f"policy file {path} does not exist") from None
    except yaml.YAMLError as exc:
        raise PolicyFileError(f"policy file {path} is not valid YAML: {exc}") from None
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
            for err in exc.errors()
        )
        raise PolicyFileError(f"policy file {path} is invalid — {problems}") from None


@cache
def claims_policy() -> ClaimsPolicy:
    return load_policy(ClaimsPolicy, policies_dir() / "claims.yaml")
