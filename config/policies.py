"""Every YAML policy under the policies directory (``BATON_POLICIES_DIR``, by default
``config/policies/``), loaded and validated once at start-up into one :class:`Policies` object
that is passed down like the settings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from config.claims_policy import (
    AutoApproval,
    ClaimsPolicy,
    FraudPolicy,
    FraudWeights,
    claims_policy,
)
from config.content_policy import ContentPolicy, content_policy
from config.escalation_policy import EscalationPolicy, escalation_policy
from config.onboarding_policy import OnboardingPolicy, onboarding_policy
from config.policy_files import DEFAULT_POLICIES_DIR, PolicyModel, load_policy
from contracts.errors import PolicyFileError
from guardrails import GuardrailPolicies, load_guardrail_policies

GUARDRAILS_FILE = "guardrails.yaml"

__all__ = [
    "DEFAULT_POLICIES_DIR",
    "AutoApproval",
    "ClaimsPolicy",
    "ContentPolicy",
    "EscalationPolicy",
    "FraudPolicy",
    "FraudWeights",
    "OnboardingPolicy",
    "Policies",
    "PolicyFileError",
    "PolicyModel",
    "claims_policy",
    "load_policies",
    "load_policy",
]


@dataclass(frozen=True)
class Policies:
    claims: ClaimsPolicy
    onboarding: OnboardingPolicy
    content: ContentPolicy
    escalation: EscalationPolicy
    guardrails: GuardrailPolicies


def load_policies(directory: Path = DEFAULT_POLICIES_DIR) -> Policies:
    """Read every policy file in ``directory``; the first malformed one stops start-up with a
    message naming the file and the field."""
    return Policies(
        claims=claims_policy(directory),
        onboarding=onboarding_policy(directory),
        content=content_policy(directory),
        escalation=escalation_policy(directory),
        guardrails=load_guardrail_policies(directory / GUARDRAILS_FILE),
    )
