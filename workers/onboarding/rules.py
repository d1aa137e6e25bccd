"""Deterministic onboarding rules: intake, document completeness, sanctions verdict, outcome,
and the enhanced due diligence step's facts, queries and one-line answers.

Pure functions over contracts and ``config/policies/onboarding.yaml``; the workers fetch the data
(KYC, sanctions, core banking) and the DMN table ``onboarding-risk`` scores the risk.
"""

from __future__ import annotations

from dataclasses import dataclass

from config import OnboardingPolicy
from contracts.errors import InvalidCaseError, SanctionsHitError
from contracts.onboarding import (
    Account,
    Application,
    ComplianceDecision,
    ComplianceReview,
    DocumentsCheck,
    DocumentsUpload,
    DueDiligenceResult,
    IdentityCheck,
    Intake,
    Onboarding,
    OnboardingStatus,
    Risk,
    RiskLevel,
    SanctionsHitReport,
    SanctionsScreening,
    Screening,
)


def take_in(application: Application, policy: OnboardingPolicy) -> Intake:
    """Required documents and country risk; an unknown or unsuitable product is invalid input."""
    product = application.requested_product
    rules = policy.products.get(product)
    if rules is None:
        raise InvalidCaseError(
            f"application.requestedProduct: unknown product {product!r}; "
            f"known: {', '.join(sorted(policy.products))}"
        )
    kind = application.applicant.kind
    if kind not in rules.applicant_kinds:
        allowed = ", ".join(k.value for k in rules.applicant_kinds)
        raise InvalidCaseError(
            f"application.requestedProduct: {product} is not offered to a {kind.value} "
            f"applicant (only to: {allowed})"
        )
    required = list(dict.fromkeys([*policy.required_documents[kind], *rules.extra_documents]))
    return Intake(
        country_risk=policy.country_risk.of(application.applicant.country),
        required_documents=required,
    )


def check_documents(
    application: Application, intake: Intake, previous: DocumentsCheck | None
) -> DocumentsCheck:
    """Which required document kinds the application has, and which it still lacks."""
    handed_in = {document.kind for document in application.documents}
    present = [kind for kind in intake.required_documents if kind in handed_in]
    missing = [kind for kind in intake.required_documents if kind not in handed_in]
    return DocumentsCheck(
        complete=not missing,
        missing=missing,
        present=present,
        round=1 if previous is None else previous.round + 1,
    )


def merge_documents(application: Application, upload: DocumentsUpload) -> Application:
    """Add the uploaded documents; one with the same kind and name replaces the earlier one."""
    merged = {(d.kind, d.name): d for d in application.documents}
    for document in upload.uploaded_documents:
        merged[(document.kind, document.name)] = document
    return application.model_copy(update={"documents": list(merged.values())})


def assess_screening(screening: SanctionsScreening, policy: OnboardingPolicy) -> Screening:
    """Near-matches for the risk table, or :class:`SanctionsHitError` for a hit."""
    thresholds = policy.sanctions
    strong = [hit for hit in screening.hits if hit.score >= thresholds.hit_score]
    if screening.matched or strong:
        shown = strong or screening.hits
        names = ", ".join(f"{h.listed_name} ({h.list_name}, score {h.score:.2f})" for h in shown)
        reason = f"sanctions hit: {names}" if names else "sanctions system reported a match"
        report = SanctionsHitReport(
            screening_id=screening.screening_id, reason=reason, hits=screening.hits
        )
        raise SanctionsHitError(
            reason, variables={"sanctionsHit": report.model_dump(mode="json", by_alias=True)}
        )
    near = [hit for hit in screening.hits if hit.score >= thresholds.near_match_score]
    return Screening(screening_id=screening.screening_id, near_matches=len(near), hits=near)


def decide_outcome(
    *,
    documents: DocumentsCheck | None,
    risk: Risk | None,
    sanctions_hit: SanctionsHitReport | None,
    review: ComplianceReview | None,
    account: Account | None,
) -> Onboarding:
    """The case's end state from what the process reached; the path is implied by the data."""
    risk_level = (
        RiskLevel.HIGH if sanctions_hit is not None else (risk.risk_level if risk else None)
    )
    reasons: list[str] = []
    if sanctions_hit is not None:
        reasons.append(sanctions_hit.reason)
    if risk is not None and risk.reason:
        reasons.append(f"risk {risk.risk_level.value} ({risk.score:g}): {risk.reason}")
    if review is not None:
        reasons.append(f"compliance {review.decision.value} by {review.reviewer}: {review.reason}")
    if account is not None:
        if review is not None and review.decision is ComplianceDecision.REJECTED:
            raise InvalidCaseError(
                f"account {account.account_id} was opened although compliance rejected the case"
            )
        return Onboarding(
            status=OnboardingStatus.ACTIVATED,
            risk_level=risk_level,
            reasons=[*reasons, f"account {account.account_id} opened ({account.status})"],
            account_id=account.account_id,
        )
    if review is not None and review.decision is ComplianceDecision.REJECTED:
        return Onboarding(status=OnboardingStatus.REJECTED, risk_level=risk_level, reasons=reasons)
    if documents is not None and not documents.complete:
        return Onboarding(
            status=OnboardingStatus.ABANDONED,
            risk_level=risk_level,
            reasons=[
                *reasons,
                "documents not received by the deadline: missing " + ", ".join(documents.missing),
            ],
        )
    raise InvalidCaseError(
        "cannot tell the onboarding outcome: no account, no compliance rejection and no "
        "missing documents; the process must reach this step through one of those paths"
    )


def documents_request_letter(application: Application, check: DocumentsCheck) -> str:
    lines = [
        f"Dear {application.applicant.name},",
        "",
        f"to open your {application.requested_product} (application "
        f"{application.application_id}) we still need these documents:",
        *(f"- {kind}" for kind in check.missing),
        "",
        "Please upload them in your application. Until then we cannot continue.",
    ]
    return "\n".join(lines)


def welcome_letter(application: Application, account: Account) -> str:
    return "\n".join(
        [
            f"Dear {application.applicant.name},",
            "",
            f"welcome! Your {application.requested_product} is open.",
            f"Account: {account.account_id} · IBAN {account.iban}",
        ]
    )


DUE_DILIGENCE_LINE_CHARS = 300
"""How much of one due-diligence answer the officer's table, QA and the planner read."""


@dataclass(frozen=True)
class KnownCustomer:
    """What the CRM says of an applicant who already banks with us (no name: it is PII)."""

    customer_id: str
    segment: str
    contacts: int


@dataclass(frozen=True)
class ScreenedParty:
    """One party of the application and its wider re-screen (no country, no birth date)."""

    label: str
    name: str
    screening: SanctionsScreening


def due_diligence_facts(
    application: Application,
    intake: Intake,
    risk: Risk,
    identity: IdentityCheck | None,
    screening: Screening | None,
) -> list[str]:
    """What the planner knows of the case: kinds, levels and counts, never a name."""
    applicant = application.applicant
    facts = [
        f"{applicant.kind.value} applicant from {applicant.country} "
        f"(country risk {intake.country_risk.value}) for a {application.requested_product}",
        f"risk {risk.risk_level.value}, score {risk.score:g}: {risk.reason or 'no reason given'}",
        f"{len(application.related_parties)} related part(ies) named in the application",
        "an existing CRM customer id is given"
        if application.customer_id
        else "no existing CRM customer id is given",
    ]
    if identity is not None:
        facts.append(f"identity check {identity.status.value}")
    if screening is not None:
        facts.append(f"{screening.near_matches} sanctions near-match(es) at intake screening")
    return facts


def guidance_query(application: Application, risk: Risk) -> str:
    """What the step asks the knowledge base: enhanced due diligence for these risk reasons."""
    return (
        f"enhanced due diligence for a {application.applicant.kind.value} applicant "
        f"({application.requested_product}): {risk.reason or risk.risk_level.value + ' risk'}"
    )


def relationship_summary(customer: KnownCustomer | None, accounts: int) -> str:
    """Plain words: the planner screens tool answers with the learned injection classifier,
    and terse labelled lines ("CRM: …; … for this application") score as instructions."""
    known = (
        f"existing customer {customer.customer_id} in the {customer.segment} segment with "
        f"{customer.contacts} earlier contacts"
        if customer is not None
        else "not an existing customer"
    )
    return f"{known}; {accounts} accounts held in core banking"


def party_labels(application: Application) -> list[str]:
    """``applicant``, then each related party by role and position (names stay out)."""
    return ["applicant"] + [
        f"{party.role} {index}" for index, party in enumerate(application.related_parties, 1)
    ]


def rescreen_summary(parties: list[ScreenedParty]) -> str:
    """One line: per party, matched or how many near-matches with the best score."""
    lines = []
    for party in parties:
        hits = party.screening.hits
        if party.screening.matched:
            said = "MATCHED by the sanctions system"
        elif hits:
            said = f"{len(hits)} near-match(es), best score {max(h.score for h in hits):.2f}"
        else:
            said = "no near-match"
        lines.append(f"{party.label}: {said}")
    return _clip(
        f"re-screened {len(parties)} part(ies) without country or birth date filter: "
        + "; ".join(lines)
    )


def citations_summary(found: int) -> str:
    """A count, not the titles: the passages themselves travel in ``guidance`` with citations."""
    if not found:
        return "no enhanced due diligence guidance found in the knowledge base"
    return f"{found} guidance passage(s) found in the knowledge base"


def due_diligence_answers(results: list[DueDiligenceResult]) -> list[tuple[str, str]]:
    """Each collected answer as (element, its line), for QA's evidence."""
    answers = []
    for entry in results:
        said = entry.result or {}
        text = entry.summary or said.get("summary") or said.get("answer")
        if isinstance(text, str) and text.strip():
            answers.append((entry.element_id, _clip(text)))
    return answers


def _clip(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= DUE_DILIGENCE_LINE_CHARS:
        return text
    return text[: DUE_DILIGENCE_LINE_CHARS - 1] + "…"
