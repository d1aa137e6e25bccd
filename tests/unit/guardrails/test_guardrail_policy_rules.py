from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from contracts.errors import PolicyConfigError
from guardrails import (
    Action,
    GuardrailPolicies,
    check_marketing_language,
    check_payout,
    check_sanctions,
    load_guardrail_policies,
)


@pytest.fixture(scope="module")
def policies() -> GuardrailPolicies:
    return load_guardrail_policies()


def payout(policies: GuardrailPolicies, amount: str, loss_type: str = "water") -> str:
    verdict = check_payout(
        policies,
        process="claims-adjudication",
        loss_type=loss_type,
        amount=Decimal(amount),
        currency="EUR",
    )
    return f"{verdict.action.value}:{verdict.rule}"


def test_shipped_policy_file_loads(policies: GuardrailPolicies) -> None:
    assert policies.payout_limits and policies.forbidden_language and policies.sanctions


def test_payout_tiers_follow_the_configured_limits(policies: GuardrailPolicies) -> None:
    assert payout(policies, "5000") == "allow:policy.payout"
    assert payout(policies, "5000.01") == "escalate:policy.payout.auto_approve_max"
    assert payout(policies, "30000") == "escalate:policy.payout.senior_approval"
    assert payout(policies, "300000") == "block:policy.payout.hard_max"


def test_loss_type_specific_limit_wins_over_wildcard(policies: GuardrailPolicies) -> None:
    assert payout(policies, "1600", "glass") == "escalate:policy.payout.auto_approve_max"


def test_payout_in_another_currency_escalates(policies: GuardrailPolicies) -> None:
    verdict = check_payout(
        policies, process="claims-adjudication", loss_type="fire", amount=Decimal(1), currency="USD"
    )
    assert verdict.rule == "policy.payout.currency"
    assert verdict.action is Action.ESCALATE


def test_process_without_limits_escalates_instead_of_passing(policies: GuardrailPolicies) -> None:
    verdict = check_payout(
        policies, process="unknown", loss_type="fire", amount=Decimal(1), currency="EUR"
    )
    assert verdict.action is Action.ESCALATE


def test_forbidden_marketing_language_is_blocked(policies: GuardrailPolicies) -> None:
    found = {
        (v.rule, v.action)
        for v in check_marketing_language(policies, "Guaranteed payout — no questions  asked!")
    }
    assert ("policy.language.guaranteed-outcome", Action.BLOCK) in found
    assert ("policy.language.no-questions-asked", Action.BLOCK) in found


def test_clean_marketing_text_is_allowed(policies: GuardrailPolicies) -> None:
    verdicts = check_marketing_language(policies, "Home cover that fits your life.")
    assert [v.action for v in verdicts] == [Action.ALLOW]


@pytest.mark.parametrize("name", ["Viktor Antonov Drazhen", "drazhen viktor", "Caspian Maritime"])
def test_sanctioned_party_is_blocked_in_any_order_or_case(
    policies: GuardrailPolicies, name: str
) -> None:
    verdict = check_sanctions(policies, name)
    assert verdict.action is Action.BLOCK
    assert verdict.rule == "policy.sanctions.hit"


def test_unlisted_party_passes_and_empty_name_escalates(policies: GuardrailPolicies) -> None:
    assert check_sanctions(policies, "Anna Berg").action is Action.ALLOW
    assert check_sanctions(policies, " - ").action is Action.ESCALATE


def test_missing_sanctions_list_escalates() -> None:
    verdict = check_sanctions(GuardrailPolicies(version=1), "Anna Berg")
    assert verdict.action is Action.ESCALATE


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("version: 1\npayout_limits: [\n", "not valid YAML"),
        ("- just\n- a list\n", "top level must be a mapping"),
        ("version: 2\n", "version"),
        ("version: 1\nforbidden_language:\n  - {id: x, pattern: '(', reason: r}\n", "regular"),
        (
            "version: 1\npayout_limits:\n  - {process: p, currency: EUR, auto_approve_max: 10,"
            " senior_approval_above: 5, hard_max: 20}\n",
            "auto_approve_max <= senior_approval_above",
        ),
        ("version: 1\nsurprise: true\n", "surprise"),
    ],
)
def test_malformed_policy_file_names_the_problem(
    tmp_path: Path, content: str, expected: str
) -> None:
    path = tmp_path / "guardrails.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PolicyConfigError, match=expected) as info:
        load_guardrail_policies(path)
    assert str(path) in str(info.value)


def test_missing_policy_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(PolicyConfigError, match="cannot read"):
        load_guardrail_policies(tmp_path / "absent.yaml")
