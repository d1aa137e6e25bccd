"""Typed settings and YAML policies, loaded and validated once at start-up."""

from config.content_policy import ContentPolicy, content_policy
from config.escalation_policy import (
    ContextPolicy,
    EscalationPolicy,
    ReassignmentPolicy,
    escalation_policy,
)
from config.onboarding_policy import OnboardingPolicy, onboarding_policy
from config.policies import (
    DEFAULT_POLICIES_DIR,
    ClaimsPolicy,
    Policies,
    claims_policy,
    load_policies,
    load_policy,
)
from config.settings import (
    FleetSettings,
    LLMProvider,
    LLMSettings,
    Settings,
    ZeebeSettings,
    load_settings,
    system_url,
    system_url_variable,
)

__all__ = [
    "DEFAULT_POLICIES_DIR",
    "ClaimsPolicy",
    "ContentPolicy",
    "ContextPolicy",
    "EscalationPolicy",
    "FleetSettings",
    "LLMProvider",
    "LLMSettings",
    "OnboardingPolicy",
    "Policies",
    "ReassignmentPolicy",
    "Settings",
    "ZeebeSettings",
    "claims_policy",
    "content_policy",
    "escalation_policy",
    "load_policies",
    "load_policy",
    "load_settings",
    "onboarding_policy",
    "system_url",
    "system_url_variable",
]
