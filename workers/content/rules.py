"""AI checks of marketing copy: brand voice, forbidden and unsubstantiated claims, regulated-product
disclaimers and PII. Pure: a submission and the policies in, findings and suggested edits out.

Forbidden language comes from ``guardrails.yaml`` (shared with every other guardrail); rewrites,
claim patterns, disclaimers and the brand voice from ``content.yaml``. PII detection is
``guardrails.pii.find_pii``.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from config import ContentPolicy
from contracts.content import (
    Channel,
    ClaimMade,
    ContentChecks,
    Finding,
    FindingCategory,
    Severity,
    Span,
    Submission,
)
from guardrails import Action, GuardrailPolicies, find_pii

RULESET = "baton-content-rules-v1"
BODY = "body"
TITLE = "title"

_SEVERITY_OF_ACTION = {Action.BLOCK: Severity.CRITICAL, Action.ESCALATE: Severity.MAJOR}


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def _match_case(original: str, replacement: str) -> str:
    """Start the replacement with a capital when the replaced text did."""
    if original[:1].isupper() and replacement:
        return replacement[0].upper() + replacement[1:]
    return replacement


def forbidden_claims(
    text: str, location: str, policy: ContentPolicy, guardrails: GuardrailPolicies
) -> list[Finding]:
    """Every forbidden phrase of ``guardrails.yaml``, with the rewrite ``content.yaml`` offers."""
    findings = []
    for phrase in guardrails.forbidden_language:
        rewrite = policy.claim_rewrites.get(phrase.id)
        for match in re.finditer(phrase.pattern, text, flags=re.IGNORECASE):
            findings.append(
                Finding(
                    rule_id=f"claim.forbidden.{phrase.id}",
                    category=FindingCategory.FORBIDDEN_CLAIM,
                    severity=_SEVERITY_OF_ACTION[phrase.action],
                    location=location,
                    span=_span(text, match.start(), match.end()),
                    message=f"forbidden claim: {phrase.reason}",
                    suggestion=None if rewrite is None else _match_case(match.group(0), rewrite),
                )
            )
    return findings


def unsubstantiated_claims(
    text: str, location: str, claims_made: Iterable[ClaimMade], policy: ContentPolicy
) -> list[Finding]:
    """Statistics, superlatives and proofs that no declared claim with evidence covers."""
    declared = list(claims_made)
    findings = []
    for pattern in policy.claim_patterns:
        for match in re.finditer(pattern.pattern, text, flags=re.IGNORECASE):
            said = match.group(0).casefold()
            covering = [c for c in declared if said in c.text.casefold()]
            if any(c.evidence and c.evidence.strip() for c in covering):
                continue
            if covering:
                rule_id = f"claim.unsubstantiated.{pattern.id}"
                message = f"declared claim has no evidence: {pattern.reason}"
            else:
                rule_id = f"claim.undeclared.{pattern.id}"
                message = f"claim not declared in claimsMade: {pattern.reason}"
            findings.append(
                Finding(
                    rule_id=rule_id,
                    category=FindingCategory.UNSUBSTANTIATED_CLAIM,
                    severity=Severity.MAJOR,
                    location=location,
                    span=_span(text, match.start(), match.end()),
                    message=f"{message}; add evidence or remove it",
                )
            )
    return findings


def _normalised(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def missing_disclaimer(body: str, product: str, policy: ContentPolicy) -> list[Finding]:
    """A regulated product's copy must carry its disclaimer word for word."""
    disclaimer = policy.disclaimer_for(product)
    if disclaimer is None or _normalised(disclaimer.text) in _normalised(body):
        return []
    end = len(body)
    return [
        Finding(
            rule_id="disclaimer.missing",
            category=FindingCategory.DISCLAIMER,
            severity=Severity.CRITICAL,
            location=BODY,
            span=Span(start=end, end=end, text=""),
            message=f"{disclaimer.product} is a regulated product; its disclaimer is missing",
            suggestion=f"\n\n{disclaimer.text}",
        )
    ]


def _contact_key(value: str) -> str:
    return re.sub(r"\s", "", value).casefold()


def pii_findings(text: str, location: str, policy: ContentPolicy) -> list[Finding]:
    """Personal data in copy (the brand's own published contacts excepted)."""
    allowed = {_contact_key(contact) for contact in policy.allowed_contacts}
    return [
        Finding(
            rule_id=f"pii.{span.kind.value.lower()}",
            category=FindingCategory.PII,
            severity=Severity.CRITICAL,
            location=location,
            span=_span(text, span.start, span.end),
            message=f"personal data ({span.kind.value.lower()}) must not be published",
            suggestion=f"[{span.kind.value.lower()} removed]",
        )
        for span in find_pii(text)
        if _contact_key(span.value) not in allowed
    ]


def brand_voice(
    text: str, location: str, channel: Channel | None, policy: ContentPolicy
) -> list[Finding]:
    """Jargon, pressure selling, shouting and over-long copy: style, so ``minor``."""
    voice = policy.brand_voice
    findings = []
    for term in voice.terms:
        for match in re.finditer(term.pattern, text, flags=re.IGNORECASE):
            findings.append(
                Finding(
                    rule_id=f"brand.{term.id}",
                    category=FindingCategory.BRAND_VOICE,
                    severity=Severity.MINOR,
                    location=location,
                    span=_span(text, match.start(), match.end()),
                    message=f"brand voice: {term.reason}",
                    suggestion=_match_case(match.group(0), term.replacement),
                )
            )
    acronyms = {a.upper() for a in voice.allowed_acronyms}
    for match in re.finditer(rf"\b[A-Z]{{{voice.shouting_min_letters},}}\b", text):
        if match.group(0) not in acronyms:
            findings.append(
                Finding(
                    rule_id="brand.shouting",
                    category=FindingCategory.BRAND_VOICE,
                    severity=Severity.MINOR,
                    location=location,
                    span=_span(text, match.start(), match.end()),
                    message="brand voice: capitals read as shouting",
                    suggestion=match.group(0).capitalize(),
                )
            )
    limit = voice.max_length.get(channel.value) if channel is not None else None
    if limit is not None and len(text) > limit:
        findings.append(
            Finding(
                rule_id="brand.max-length",
                category=FindingCategory.BRAND_VOICE,
                severity=Severity.MINOR,
                location=location,
                span=_span(text, limit, len(text)),
                message=f"{channel.value if channel else ''} copy is {len(text)} characters; "
                f"the limit is {limit}",
            )
        )
    return findings


def apply_suggestions(text: str, findings: Iterable[Finding]) -> str:
    """``text`` with every suggested edit applied; of overlapping edits the first (most severe)
    wins and the others are left for a person."""
    order = list(Severity)
    edits = sorted(
        (f for f in findings if f.suggestion is not None),
        key=lambda f: (-order.index(f.severity), f.span.start),
    )
    accepted: list[Finding] = []
    for edit in edits:
        s = edit.span
        if s.end > len(text) or text[s.start : s.end] != s.text:
            continue
        if any(
            (s.start < a.span.end and a.span.start < s.end)
            or (s.start == s.end == a.span.start == a.span.end)
            for a in accepted
        ):
            continue
        accepted.append(edit)
    result = text
    for edit in sorted(accepted, key=lambda f: f.span.start, reverse=True):
        result = result[: edit.span.start] + (edit.suggestion or "") + result[edit.span.end :]
    return result


def unified_diff(before: str, after: str) -> str:
    """A unified diff of the submitted body against the suggested one ('' when equal)."""
    return "\n".join(
        difflib.unified_diff(
            before.splitlines(),
            after.splitlines(),
            fromfile="submitted",
            tofile="suggested",
            lineterm="",
        )
    )


def check_content(
    submission: Submission, policy: ContentPolicy, guardrails: GuardrailPolicies
) -> ContentChecks:
    """Run every check on title, body and assets; suggest edits to the body."""
    texts = [(TITLE, submission.title), (BODY, submission.body)] + [
        (f"asset:{asset.name}", asset.text) for asset in submission.assets if asset.text
    ]
    findings: list[Finding] = []
    for location, text in texts:
        findings += forbidden_claims(text, location, policy, guardrails)
        findings += unsubstantiated_claims(text, location, submission.claims_made, policy)
        findings += pii_findings(text, location, policy)
        if location in (TITLE, BODY):
            channel = submission.channel if location == BODY else None
            findings += brand_voice(text, location, channel, policy)
    findings += missing_disclaimer(submission.body, submission.product, policy)
    order = {location: index for index, (location, _) in enumerate(texts)}
    findings.sort(key=lambda f: (order[f.location], f.span.start, f.rule_id))
    suggested = apply_suggestions(submission.body, [f for f in findings if f.location == BODY])
    return ContentChecks(
        findings=findings,
        suggested_body=suggested,
        diff=unified_diff(submission.body, suggested),
        violations_caught=sum(1 for f in findings if f.severity.is_violation),
        model=RULESET,
    )
