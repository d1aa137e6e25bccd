"""The AI content checks: one test per rule family, clean copy, suggested edits and the diff."""

import pytest

from config import ContentPolicy, content_policy
from contracts.content import Channel, ClaimMade, Finding, FindingCategory, Severity, Span
from guardrails import GuardrailPolicies, load_guardrail_policies
from tests.unit.content.content_cases import CLEAN_BODY, submission
from workers.content.rules import (
    apply_suggestions,
    brand_voice,
    check_content,
    missing_disclaimer,
    pii_findings,
    unified_diff,
    unsubstantiated_claims,
)

RECOMMEND = "98% of customers would recommend us."
INVESTMENT_DISCLAIMER = "Capital at risk. The value of investments can go down as well as up."


@pytest.fixture
def policy() -> ContentPolicy:
    return content_policy()


@pytest.fixture
def guardrails() -> GuardrailPolicies:
    return load_guardrail_policies()


def rule_ids(findings: list[Finding]) -> list[str]:
    return [f.rule_id for f in findings]


def test_clean_copy_has_no_findings_and_no_edits(
    policy: ContentPolicy, guardrails: GuardrailPolicies
) -> None:
    checks = check_content(submission(), policy, guardrails)
    assert checks.findings == []
    assert checks.suggested_body == CLEAN_BODY
    assert checks.diff == ""
    assert checks.violations_caught == 0


def test_forbidden_claim_is_critical_with_a_rewrite(
    policy: ContentPolicy, guardrails: GuardrailPolicies
) -> None:
    body = "Claims paid, no questions asked. Call us today."
    checks = check_content(submission(body=body), policy, guardrails)
    [finding] = checks.findings
    assert finding.rule_id == "claim.forbidden.no-questions-asked"
    assert finding.category is FindingCategory.FORBIDDEN_CLAIM
    assert finding.severity is Severity.CRITICAL
    assert finding.span == Span(start=13, end=31, text="no questions asked")
    assert checks.suggested_body == "Claims paid, with a fair, quick assessment. Call us today."
    assert checks.violations_caught == 1


def test_escalating_forbidden_phrase_is_major(
    policy: ContentPolicy, guardrails: GuardrailPolicies
) -> None:
    checks = check_content(
        submission(body="The cheapest on the market, full stop."), policy, guardrails
    )
    forbidden = [f for f in checks.findings if f.category is FindingCategory.FORBIDDEN_CLAIM]
    assert [(f.rule_id, f.severity) for f in forbidden] == [
        ("claim.forbidden.cheapest-claim", Severity.MAJOR)
    ]
    assert checks.suggested_body.startswith("The competitively priced, full stop.")


def test_rewrite_keeps_a_leading_capital(
    policy: ContentPolicy, guardrails: GuardrailPolicies
) -> None:
    checks = check_content(submission(body="Risk-free cover for renters."), policy, guardrails)
    assert checks.suggested_body == "Straightforward cover for renters."


def test_title_findings_are_reported_but_edits_only_touch_the_body(
    policy: ContentPolicy, guardrails: GuardrailPolicies
) -> None:
    checks = check_content(submission(title="Zero risk cover"), policy, guardrails)
    assert [(f.rule_id, f.location) for f in checks.findings] == [
        ("claim.forbidden.risk-free", "title")
    ]
    assert checks.suggested_body == CLEAN_BODY


def test_statistic_not_declared_is_an_undeclared_claim(policy: ContentPolicy) -> None:
    findings = unsubstantiated_claims("98% of customers would recommend us.", "body", [], policy)
    assert rule_ids(findings) == ["claim.undeclared.percentage"]
    assert findings[0].severity is Severity.MAJOR
    assert findings[0].suggestion is None


def test_declared_claim_without_evidence_is_unsubstantiated(policy: ContentPolicy) -> None:
    declared = [ClaimMade(text="98% of customers would recommend us")]
    findings = unsubstantiated_claims(RECOMMEND, "body", declared, policy)
    assert rule_ids(findings) == ["claim.unsubstantiated.percentage"]


def test_declared_claim_with_evidence_passes(policy: ContentPolicy) -> None:
    declared = [
        ClaimMade(text="98% of customers would recommend us", evidence="Survey 2026, n=2,000")
    ]
    assert unsubstantiated_claims(RECOMMEND, "body", declared, policy) == []


def test_superlatives_and_proofs_need_substantiation(policy: ContentPolicy) -> None:
    findings = unsubstantiated_claims(
        "The fastest, award-winning claims service. We are #1.", "body", [], policy
    )
    assert sorted(f.span.text for f in findings) == ["#1", "award-winning", "fastest"]


def test_regulated_product_without_disclaimer_gets_one_appended(
    policy: ContentPolicy, guardrails: GuardrailPolicies
) -> None:
    body = "Grow your savings with our global equity fund."
    checks = check_content(submission(product="investment", body=body), policy, guardrails)
    [finding] = checks.findings
    assert finding.rule_id == "disclaimer.missing"
    assert finding.severity is Severity.CRITICAL
    assert finding.span == Span(start=len(body), end=len(body), text="")
    assert checks.suggested_body == f"{body}\n\n{INVESTMENT_DISCLAIMER}"
    assert checks.diff.splitlines()[-1] == f"+{INVESTMENT_DISCLAIMER}"


def test_disclaimer_matches_ignoring_case_and_line_breaks(policy: ContentPolicy) -> None:
    body = "Our fund.\ncapital at risk. The value of investments\ncan go down as well as up."
    assert missing_disclaimer(body, "Investment", policy) == []


def test_unregulated_product_needs_no_disclaimer(policy: ContentPolicy) -> None:
    assert missing_disclaimer("Home cover.", "home-insurance", policy) == []


def test_personal_data_in_the_body_is_critical_and_removed(
    policy: ContentPolicy, guardrails: GuardrailPolicies
) -> None:
    body = "Thanks to our customer Mrs Jane Doe (jane.doe@example.com, +44 7700 900123)."
    checks = check_content(submission(body=body), policy, guardrails)
    pii = [f for f in checks.findings if f.category is FindingCategory.PII]
    assert sorted(f.rule_id for f in pii) == ["pii.email", "pii.name", "pii.phone"]
    assert all(f.severity is Severity.CRITICAL for f in pii)
    assert "jane.doe@example.com" not in checks.suggested_body
    assert "[email removed]" in checks.suggested_body
    assert checks.violations_caught == 3


def test_published_brand_contacts_are_not_pii(policy: ContentPolicy) -> None:
    text = "Write to hello@baton.example or call +44 20 7946 0000."
    assert pii_findings(text, "body", policy) == []


def test_pii_in_an_asset_names_the_asset(
    policy: ContentPolicy, guardrails: GuardrailPolicies
) -> None:
    assets = [{"kind": "image-caption", "name": "hero.jpg", "text": "Photo: ana@example.com"}]
    checks = check_content(submission(assets=assets), policy, guardrails)
    assert [(f.rule_id, f.location) for f in checks.findings] == [("pii.email", "asset:hero.jpg")]
    assert checks.suggested_body == CLEAN_BODY


def test_brand_voice_flags_jargon_shouting_and_exclamations(policy: ContentPolicy) -> None:
    text = "We leverage synergy to give you FREE cover under GDPR!!"
    findings = brand_voice(text, "body", Channel.WEB, policy)
    assert [(f.rule_id, f.span.text, f.suggestion) for f in findings] == [
        ("brand.jargon-leverage", "leverage", "use"),
        ("brand.jargon-synergy", "synergy", "teamwork"),
        ("brand.repeated-exclamation", "!!", "!"),
        ("brand.shouting", "FREE", "Free"),
    ]
    assert all(f.severity is Severity.MINOR for f in findings)


def test_social_copy_over_the_channel_limit_is_flagged(policy: ContentPolicy) -> None:
    text = "Cover that fits. " * 20
    [finding] = brand_voice(text, "body", Channel.SOCIAL, policy)
    assert finding.rule_id == "brand.max-length"
    assert finding.span.start == 280
    assert brand_voice(text, "body", Channel.WEB, policy) == []


def test_style_findings_are_not_counted_as_violations(
    policy: ContentPolicy, guardrails: GuardrailPolicies
) -> None:
    checks = check_content(
        submission(body="We leverage modern tools to settle claims."), policy, guardrails
    )
    assert rule_ids(checks.findings) == ["brand.jargon-leverage"]
    assert checks.violations_caught == 0
    assert checks.suggested_body == "We use modern tools to settle claims."


def finding(start: int, end: int, text: str, severity: Severity, suggestion: str) -> Finding:
    return Finding(
        rule_id=f"test.{severity.value}",
        category=FindingCategory.BRAND_VOICE,
        severity=severity,
        location="body",
        span=Span(start=start, end=end, text=text),
        message="test",
        suggestion=suggestion,
    )


def test_of_overlapping_edits_the_most_severe_wins() -> None:
    text = "best price guaranteed"
    edits = [
        finding(0, 10, "best price", Severity.MINOR, "good price"),
        finding(0, 21, text, Severity.CRITICAL, "fair prices"),
    ]
    assert apply_suggestions(text, edits) == "fair prices"


def test_edit_whose_span_no_longer_matches_is_skipped() -> None:
    stale = finding(0, 4, "bold", Severity.MAJOR, "calm")
    assert apply_suggestions("Fair cover", [stale]) == "Fair cover"


def test_diff_is_unified_with_submitted_and_suggested_headers() -> None:
    diff = unified_diff("one\ntwo\n", "one\n2\n").splitlines()
    assert diff[:2] == ["--- submitted", "+++ suggested"]
    assert "-two" in diff
    assert "+2" in diff
