"""Triage, context packaging, reassignment and resolution rules of the escalation process."""

from datetime import date
from typing import Any

import pytest

from agents import ESCALATION_RULES_MODEL
from config import escalation_policy
from contracts.common import Citation
from contracts.escalation import (
    Category,
    EvidenceSource,
    ExpertReview,
    Priority,
    TeamLeadReview,
    Ticket,
    Triage,
)
from tests.unit.escalation.fakes import customer, ticket_payload
from workers.escalation.rules import (
    CrmContact,
    classify_ticket,
    decide_reassignment,
    final_resolution,
    knowledge_query,
    package_context,
)

POLICY = escalation_policy()


def ticket(**overrides: Any) -> Ticket:
    return Ticket.model_validate(ticket_payload(**overrides))


def triage(category: Category = Category.BILLING) -> Triage:
    return Triage(
        category=category, priority=Priority.NORMAL, confidence=0.8, reasons=["t"], model="t"
    )


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        ("Charged twice on my invoice", "Please refund the duplicate payment.", Category.BILLING),
        ("Storm damage to my roof", "The assessor has not called about my claim.", Category.CLAIMS),
        ("Cannot log in to the app", "The portal shows an error after the password.", "technical"),
        ("Subject access request", "Under GDPR send me all personal data you hold.", "compliance"),
        ("I want to cancel", "A competitor is cheaper, so I will not renew.", Category.RETENTION),
    ],
)
def test_ticket_is_classified_by_its_keywords(subject: str, body: str, expected: str) -> None:
    result = classify_ticket(ticket(subject=subject, body=body), POLICY)
    assert result.category == expected
    assert result.model == ESCALATION_RULES_MODEL
    assert 0 < result.confidence <= POLICY.classification.max_confidence


def test_ticket_without_keywords_is_general_with_low_confidence() -> None:
    result = classify_ticket(ticket(subject="Hello", body="Please call me back."), POLICY)
    assert result.category is Category.GENERAL
    assert result.confidence == POLICY.classification.no_match_confidence
    assert result.reasons[0] == "no category keyword found"


def test_subject_outweighs_a_passing_mention_in_the_body() -> None:
    mixed = ticket(subject="Refund of my invoice", body="I also saw an error in the app once.")
    result = classify_ticket(mixed, POLICY)
    assert result.category is Category.BILLING
    assert any(reason.startswith("runner-up technical") for reason in result.reasons)
    assert result.confidence < POLICY.classification.max_confidence


def test_keywords_match_whole_words_only() -> None:
    result = classify_ticket(ticket(subject="Happy", body="Application approved, thanks."), POLICY)
    assert result.category is Category.GENERAL


def test_legal_threat_makes_the_ticket_urgent() -> None:
    result = classify_ticket(ticket(body="Refund me or my solicitor takes legal action."), POLICY)
    assert result.priority is Priority.URGENT


def test_complaint_is_high_and_a_question_low() -> None:
    assert classify_ticket(ticket(body="This is unacceptable."), POLICY).priority is Priority.HIGH
    low = ticket(body="Just a question about my invoice date.")
    assert classify_ticket(low, POLICY).priority is Priority.LOW


def test_repeat_contact_raises_priority_one_level() -> None:
    thread = [
        {"date": "2026-03-01", "from": "customer", "text": "Where is my refund?"},
        {"date": "2026-03-08", "from": "customer", "text": "Any news?"},
    ]
    result = classify_ticket(ticket(body="Please refund the invoice.", history=thread), POLICY)
    assert result.priority is Priority.HIGH
    assert "repeat contact: 2 earlier messages" in result.reasons


def test_repeat_contact_never_goes_beyond_urgent() -> None:
    thread = [{"date": "2026-03-0" + str(d), "from": "c", "text": "Hello?"} for d in (1, 2, 3)]
    result = classify_ticket(ticket(body="This is fraud.", history=thread), POLICY)
    assert result.priority is Priority.URGENT


def test_knowledge_query_names_subject_and_category() -> None:
    assert knowledge_query(ticket(), triage()) == "Charged twice on my invoice (billing)"


def test_every_summary_line_cites_evidence_that_is_packaged() -> None:
    thread = [{"date": "2026-03-01", "from": "customer", "text": "Still no refund."}]
    passages = [
        Citation(source="kb-1#0", title="Refund policy", excerpt="Duplicate charges are refunded.")
    ]
    context = package_context(ticket(history=thread), customer(), passages, POLICY.context)
    ids = {item.id for item in context.evidence}
    lines = context.summary.splitlines()
    assert len(lines) == 4
    for line in lines:
        cited = [part.split("]")[0] for part in line.split("[")[1:]]
        assert cited and set(cited) <= ids, line
    assert {item.source for item in context.evidence} == set(EvidenceSource)
    assert "ticket:TCK-2001/msg-1" in ids and "kb:kb-1#0" in ids
    assert context.customer_segment == "private"
    assert context.customer_name == "Jo Park"


def test_summary_is_extracted_from_the_ticket_not_invented() -> None:
    context = package_context(ticket(), customer(), [], POLICY.context)
    first = context.summary.splitlines()[0]
    assert "premium charged twice" in first
    assert "Please refund the second payment." in first or "ten years" in first


def test_crm_evidence_is_the_most_recent_contacts_first_within_the_limit() -> None:
    limited = POLICY.context.model_copy(update={"max_crm_contacts": 1})
    context = package_context(ticket(), customer(), [], limited)
    crm = [item for item in context.evidence if item.source is EvidenceSource.CRM]
    assert len(crm) == 1
    assert crm[0].excerpt.startswith("2026-02-11 email: Invoice question")
    assert "2 earlier CRM contact(s)" in context.summary


def test_unknown_customer_gets_the_unknown_segment_and_no_crm_evidence() -> None:
    context = package_context(ticket(), None, [], POLICY.context)
    assert context.customer_segment == "unknown"
    assert "CUST-7 is not in the CRM" in context.summary
    assert all(item.source is not EvidenceSource.CRM for item in context.evidence)


def test_long_excerpts_are_clipped_and_duplicate_passages_dropped() -> None:
    long_body = "A duplicate charge appeared. " * 40
    twice = [
        Citation(source="kb-1#0", title="T", excerpt="x " * 400),
        Citation(source="kb-1#0", title="T", excerpt="x " * 400),
    ]
    context = package_context(ticket(body=long_body), customer(), twice, POLICY.context)
    assert all(len(item.excerpt) <= POLICY.context.max_excerpt_chars for item in context.evidence)
    assert [item.id for item in context.evidence].count("kb:kb-1#0") == 1


def test_knowledge_citations_are_capped() -> None:
    many = [Citation(source=f"kb-{i}#0", title=f"Doc {i}", excerpt="text") for i in range(10)]
    context = package_context(ticket(), customer(), many, POLICY.context)
    kb = [item for item in context.evidence if item.source is EvidenceSource.KNOWLEDGE]
    assert len(kb) == POLICY.context.max_knowledge_citations


def reassign(category: str, text: str = "This is a claims matter.") -> ExpertReview:
    return ExpertReview.model_validate(
        {"outcome": "reassign", "resolution": text, "reassignCategory": category}
    )


def test_wrong_team_ticket_is_rerouted_under_the_experts_category() -> None:
    decision = decide_reassignment(reassign("claims"), triage(), 0, "billing", POLICY.reassignment)
    assert decision.reassignment.allowed
    assert decision.triage.category is Category.CLAIMS
    assert decision.triage.confidence == 1.0
    assert decision.reassign_count == 1
    assert "billing reassigned it from billing to claims" in decision.triage.reasons[-1]


def test_reassignment_to_the_same_category_goes_to_the_team_lead() -> None:
    decision = decide_reassignment(reassign("billing"), triage(), 0, "billing", POLICY.reassignment)
    assert not decision.reassignment.allowed
    assert decision.reassign_count == 0
    assert decision.triage.category is Category.BILLING


def test_reassignment_past_the_cap_goes_to_the_team_lead() -> None:
    cap = POLICY.reassignment.max_reassignments
    decision = decide_reassignment(
        reassign("claims"), triage(), cap, "billing", POLICY.reassignment
    )
    assert not decision.reassignment.allowed
    assert f"limit {cap}" in decision.reassignment.reason
    assert decision.reassign_count == cap


def test_a_resolved_review_is_not_a_reassignment() -> None:
    done = ExpertReview.model_validate({"outcome": "resolved", "resolution": "Refunded."})
    with pytest.raises(ValueError, match="not a reassignment"):
        decide_reassignment(done, triage(), 0, "billing", POLICY.reassignment)


def expert(outcome: str = "resolved") -> ExpertReview:
    return ExpertReview.model_validate({"outcome": outcome, "resolution": "Refunded the charge."})


def test_first_group_resolving_without_reassignment_is_first_contact_resolution() -> None:
    result = final_resolution(
        expert_group="billing",
        expert=expert(),
        team_lead=None,
        reassign_count=0,
        sla_breached=False,
    )
    assert result.status == "resolved"
    assert result.first_contact_resolution
    assert result.resolved_by == "billing"


def test_resolution_after_reassignment_is_not_first_contact() -> None:
    result = final_resolution(
        expert_group="claims-ops",
        expert=expert(),
        team_lead=None,
        reassign_count=1,
        sla_breached=False,
    )
    assert result.status == "resolved"
    assert not result.first_contact_resolution
    assert result.resolved_by == "claims-ops"


@pytest.mark.parametrize(
    ("outcome", "status"), [("resolved", "resolved"), ("escalated", "escalated")]
)
def test_team_lead_decides_after_sla_breach(outcome: str, status: str) -> None:
    lead = TeamLeadReview.model_validate({"outcome": outcome, "resolution": "Handled by lead."})
    result = final_resolution(
        expert_group="billing", expert=None, team_lead=lead, reassign_count=0, sla_breached=True
    )
    assert result.status == status
    assert not result.first_contact_resolution
    assert result.resolved_by == "team-lead:billing"
    assert result.sla_breached


def test_unresolved_expert_without_team_lead_has_no_resolution() -> None:
    with pytest.raises(ValueError, match="expert outcome unresolved"):
        final_resolution(
            expert_group="billing",
            expert=expert("unresolved"),
            team_lead=None,
            reassign_count=0,
            sla_breached=False,
        )


IBAN = "DE89370400440532013000"
PHONE = "+49 151 23456789"


def test_personal_data_in_ticket_and_crm_never_reaches_the_context() -> None:
    body = f"My invoice has a wrong fee. Refund it to IBAN {IBAN}, phone {PHONE}."
    thread = [{"date": "2026-03-01", "from": "customer", "text": f"Call me on {PHONE}."}]
    profile = customer(
        history=[CrmContact(date(2026, 2, 11), "email", f"IBAN change to {IBAN}", "done")]
    )
    case = ticket(subject=f"Refund to {IBAN}", body=body, history=thread)
    context = package_context(case, profile, [], POLICY.context)
    serialised = context.model_dump_json(by_alias=True)
    assert IBAN not in serialised and PHONE not in serialised
    assert "370400440532013000" not in serialised and "23456789" not in serialised
    assert "<PII:IBAN:1>" in context.summary and "<PII:PHONE:1>" in context.summary
    assert "<PII:IBAN:2>" not in serialised, "one value keeps one token across the context"
    assert "wrong fee" in context.summary


def test_personal_data_is_redacted_before_an_excerpt_is_clipped() -> None:
    limit = POLICY.context.max_excerpt_chars
    body = "x" * (limit - 12) + f" IBAN {IBAN} please."
    context = package_context(ticket(body=body), None, [], POLICY.context)
    assert all("DE89" not in item.excerpt for item in context.evidence)
    assert "DE89" not in context.summary


def test_ticket_without_personal_data_is_packaged_unchanged() -> None:
    context = package_context(ticket(), customer(), [], POLICY.context)
    assert "<PII:" not in context.model_dump_json()
    assert "premium charged twice" in context.summary
