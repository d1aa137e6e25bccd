"""Policy rules from ``config/policies/guardrails.yaml``: payout limits, forbidden marketing
language, sanctions hits.

The file is read once and validated into :class:`GuardrailPolicies`; a malformed file raises
:class:`PolicyConfigError` naming the file and every wrong field. The checks themselves are pure.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from contracts.errors import PolicyConfigError
from contracts.validation import describe_validation_error
from guardrails.verdict import Action, Verdict

DEFAULT_POLICY_FILE = (
    Path(__file__).resolve().parents[1] / "config" / "policies" / "guardrails.yaml"
)


class _Rules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PayoutLimit(_Rules):
    process: str = Field(min_length=1)
    loss_type: str = Field(default="*", min_length=1)
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    auto_approve_max: Decimal = Field(ge=0)
    senior_approval_above: Decimal = Field(ge=0)
    hard_max: Decimal = Field(gt=0)

    @model_validator(mode="after")
    def _ordered(self) -> PayoutLimit:
        if not self.auto_approve_max <= self.senior_approval_above <= self.hard_max:
            raise ValueError("need auto_approve_max <= senior_approval_above <= hard_max")
        return self


class ForbiddenPhrase(_Rules):
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    pattern: str
    reason: str = Field(min_length=1)
    action: Literal[Action.BLOCK, Action.ESCALATE] = Action.BLOCK

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, pattern: str) -> str:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"not a valid regular expression: {exc}") from None
        return pattern


class SanctionsEntry(_Rules):
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    program: str = Field(min_length=1)


class SanctionsList(_Rules):
    list_name: str = Field(min_length=1)
    entries: list[SanctionsEntry]


class GuardrailPolicies(_Rules):
    version: Literal[1]
    payout_limits: list[PayoutLimit] = Field(default_factory=list)
    forbidden_language: list[ForbiddenPhrase] = Field(default_factory=list)
    sanctions: SanctionsList | None = None


def load_guardrail_policies(path: Path = DEFAULT_POLICY_FILE) -> GuardrailPolicies:
    """Read and validate the policy file, or raise :class:`PolicyConfigError`."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PolicyConfigError(f"{path}: cannot read guardrail policies ({exc})") from None
    except yaml.YAMLError as exc:
        raise PolicyConfigError(f"{path}: not valid YAML ({exc})") from None
    if not isinstance(raw, dict):
        raise PolicyConfigError(f"{path}: top level must be a mapping, got {type(raw).__name__}")
    try:
        return GuardrailPolicies.model_validate(raw)
    except ValidationError as exc:
        problems = describe_validation_error(exc)
        raise PolicyConfigError(f"{path}: invalid guardrail policies — {problems}") from None


def payout_limit(policies: GuardrailPolicies, process: str, loss_type: str) -> PayoutLimit | None:
    """The most specific limit for the process and loss type (the loss type's own, else "*")."""
    candidates = [
        limit
        for limit in policies.payout_limits
        if limit.process == process and limit.loss_type in (loss_type, "*")
    ]
    return min(candidates, key=lambda lim: lim.loss_type == "*") if candidates else None


def check_payout(
    policies: GuardrailPolicies, *, process: str, loss_type: str, amount: Decimal, currency: str
) -> Verdict:
    """Compare a proposed payout with the most specific limit for the process and loss type."""
    limit = payout_limit(policies, process, loss_type)
    if limit is None:
        return Verdict(
            action=Action.ESCALATE,
            rule="policy.payout.no_limit",
            reason=f"no payout limit configured for {process}/{loss_type}",
        )
    scope = f"{process}/{limit.loss_type}"
    if currency != limit.currency:
        return Verdict(
            action=Action.ESCALATE,
            rule="policy.payout.currency",
            reason=f"payout in {currency}, limits for {scope} are in {limit.currency}",
        )
    if amount > limit.hard_max:
        return Verdict(
            action=Action.BLOCK,
            rule="policy.payout.hard_max",
            reason=f"{amount} {currency} exceeds the hard maximum {limit.hard_max} for {scope}",
        )
    if amount > limit.senior_approval_above:
        return Verdict(
            action=Action.ESCALATE,
            rule="policy.payout.senior_approval",
            reason=f"{amount} {currency} is above {limit.senior_approval_above}: senior approval",
        )
    if amount > limit.auto_approve_max:
        return Verdict(
            action=Action.ESCALATE,
            rule="policy.payout.auto_approve_max",
            reason=f"{amount} {currency} is above the auto-approve limit {limit.auto_approve_max}",
        )
    return Verdict.allow("policy.payout", f"{amount} {currency} within auto-approve limit")


def check_marketing_language(policies: GuardrailPolicies, text: str) -> list[Verdict]:
    """One verdict per forbidden phrase found in ``text``, or a single ``allow``."""
    folded = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))
    verdicts = [
        Verdict(action=phrase.action, rule=f"policy.language.{phrase.id}", reason=phrase.reason)
        for phrase in policies.forbidden_language
        if re.search(phrase.pattern, folded, flags=re.IGNORECASE)
    ]
    return verdicts or [Verdict.allow("policy.language", "no forbidden claims language")]


def _name_key(name: str) -> tuple[str, ...]:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return tuple(sorted(re.findall(r"[a-z0-9]+", plain)))


def check_sanctions(policies: GuardrailPolicies, party_name: str) -> Verdict:
    """``block`` when the party's name (any order, case or accents) is on the sanctions list."""
    if policies.sanctions is None:
        return Verdict(
            action=Action.ESCALATE,
            rule="policy.sanctions.no_list",
            reason="no sanctions list configured; screening could not run",
        )
    key = _name_key(party_name)
    if not key:
        return Verdict(
            action=Action.ESCALATE, rule="policy.sanctions.empty_name", reason="party has no name"
        )
    for entry in policies.sanctions.entries:
        if any(_name_key(listed) == key for listed in [entry.name, *entry.aliases]):
            return Verdict(
                action=Action.BLOCK,
                rule="policy.sanctions.hit",
                reason=f"matches {policies.sanctions.list_name} entry ({entry.program})",
            )
    return Verdict.allow("policy.sanctions", f"no hit on {policies.sanctions.list_name}")
