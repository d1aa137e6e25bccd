"""Pure checks on text and agent outputs. Each check returns a :class:`~guardrails.verdict.Verdict`;
none does I/O, so the agents decide what to record and where to route."""

from guardrails.bench import injection_corpus, pii_corpus
from guardrails.bench.__main__ import injection_scores, pii_scores
from guardrails.confidence import DEFAULT_THRESHOLD, check_confidence
from guardrails.injection import detect_injection, detect_injection_in, normalise
from guardrails.injection_model import InjectionModel, TrainingDataError
from guardrails.json_strings import json_strings, map_json_strings
from guardrails.output_leaks import mask_secrets, output_leak_verdicts
from guardrails.output_schema import extract_json_object, validate_output
from guardrails.pii import (
    PIIKind,
    PIIVault,
    find_pii,
    iban_is_valid,
    luhn_is_valid,
    redact_pii,
    steuer_id_is_valid,
    tokenise_pii,
)
from guardrails.policy_rules import (
    GuardrailPolicies,
    check_marketing_language,
    check_payout,
    check_sanctions,
    load_guardrail_policies,
    payout_limit,
)
from guardrails.verdict import Action, Verdict, strictest

__all__ = [
    "DEFAULT_THRESHOLD",
    "Action",
    "GuardrailPolicies",
    "InjectionModel",
    "PIIKind",
    "PIIVault",
    "TrainingDataError",
    "Verdict",
    "check_confidence",
    "check_marketing_language",
    "check_payout",
    "check_sanctions",
    "detect_injection",
    "detect_injection_in",
    "extract_json_object",
    "find_pii",
    "iban_is_valid",
    "injection_corpus",
    "injection_scores",
    "json_strings",
    "load_guardrail_policies",
    "luhn_is_valid",
    "map_json_strings",
    "mask_secrets",
    "normalise",
    "output_leak_verdicts",
    "payout_limit",
    "pii_corpus",
    "pii_scores",
    "redact_pii",
    "steuer_id_is_valid",
    "strictest",
    "tokenise_pii",
    "validate_output",
]
