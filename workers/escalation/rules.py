"""Rules of the back-office escalation: keyword triage, the expert's context pack, reassignment and
the final resolution. Pure functions; the extractive summary never invents text.

Triage is the intake agent's (agents/escalation_intake.py); ``classify_ticket`` is its keyword
rules without a model call, the route of a ticket whose intake was held.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from agents import ESCALATION_RULES_MODEL, keyword_triage, summarise
from config import ContextPolicy, EscalationPolicy, ReassignmentPolicy
from contracts.common import Citation
from contracts.escalation import (
    CaseContext,
    Category,
    Evidence,
    EvidenceSource,
    ExpertOutcome,
    ExpertReview,
    Priority,
    Reassignment,
    ResearchResult,
    Resolution,
    ResolutionStatus,
    TeamLeadOutcome,
    TeamLeadReview,
    Ticket,
    Triage,
)
from guardrails import PIIVault, tokenise_pii

UNKNOWN_SEGMENT = "unknown"


@dataclass(frozen=True)
class CrmContact:
    date: date
    channel: str
    subject: str
    outcome: str


@dataclass(frozen=True)
class CustomerProfile:
    customer_id: str
    name: str
    segment: str
    history: list[CrmContact] = field(default_factory=list)
    email: str | None = None


EARLIER_TICKETS_LISTED = 5
"""How many of the customer's earlier tickets the research tool reports, newest first."""


@dataclass(frozen=True)
class EarlierTicket:
    """One of the customer's tickets as the ticketing system lists it."""

    ticket_id: str
    status: str
    subject: str
    created_at: datetime | None = None
    resolution: str | None = None


def _thread_text(ticket: Ticket) -> str:
    return "\n".join([ticket.body, *(message.text for message in ticket.history)])


def intake_text(ticket: Ticket) -> str:
    """What the intake agent reads besides the subject: the body and every earlier message."""
    return _thread_text(ticket)


def classify_ticket(ticket: Ticket, policy: EscalationPolicy) -> Triage:
    """The keyword rules without a model call: the fallback triage of a held intake."""
    rules = keyword_triage(ticket.subject, _thread_text(ticket), len(ticket.history), policy)
    return Triage(
        category=Category(rules.category),
        priority=Priority(rules.priority),
        confidence=rules.confidence,
        reasons=rules.reasons,
        model=ESCALATION_RULES_MODEL,
    )


def knowledge_query(ticket: Ticket, triage: Triage) -> str:
    """What to ask the knowledge base: the subject plus the category's name."""
    return f"{ticket.subject} ({triage.category.value})"


def _clip(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def package_context(
    ticket: Ticket,
    customer: CustomerProfile | None,
    citations: list[Citation],
    policy: ContextPolicy,
) -> CaseContext:
    """An extractive summary in which every sentence ends with the id of its evidence.

    The context becomes a process variable, so personal data in the ticket and CRM texts (IBAN,
    phone, e-mail, ...) is replaced by ``<PII:KIND:n>`` tokens before anything is summarised or
    clipped (a clipped value could escape detection); the expert reads the originals in the
    ticketing system.
    """
    evidence: list[Evidence] = []
    summary: list[str] = []
    vault = PIIVault()

    def redact(text: str) -> str:
        return tokenise_pii(text, vault)

    def cite(source: EvidenceSource, id_: str, excerpt: str) -> str:
        evidence.append(
            Evidence(source=source, id=id_, excerpt=_clip(excerpt, policy.max_excerpt_chars))
        )
        return f"[{id_}]"

    body = redact(ticket.body)
    body_ref = cite(EvidenceSource.TICKET, f"ticket:{ticket.ticket_id}", body)
    gist = summarise(body, policy.summary_sentences)
    summary.append(
        f'{ticket.channel.value.capitalize()} ticket "{redact(ticket.subject)}": {gist} {body_ref}'
    )

    if ticket.history:
        latest_index = max(range(len(ticket.history)), key=lambda i: (ticket.history[i].date, i))
        latest = ticket.history[latest_index]
        sender, text = redact(latest.from_), redact(latest.text)
        ref = cite(
            EvidenceSource.TICKET,
            f"ticket:{ticket.ticket_id}/msg-{latest_index + 1}",
            f"{latest.date.isoformat()} {sender}: {text}",
        )
        summary.append(
            f"The thread has {len(ticket.history)} earlier message(s); the latest, from "
            f"{sender} on {latest.date.isoformat()}: {summarise(text, 1)} {ref}"
        )

    if customer is None:
        summary.append(
            f"Customer {ticket.customer_id} is not in the CRM; only the ticket is known."
        )
    else:
        recent = sorted(customer.history, key=lambda c: c.date, reverse=True)
        recent = recent[: policy.max_crm_contacts]
        refs = [
            cite(
                EvidenceSource.CRM,
                f"crm:{customer.customer_id}/contact-{n}",
                redact(f"{c.date.isoformat()} {c.channel}: {c.subject} — {c.outcome}"),
            )
            for n, c in enumerate(recent, start=1)
        ]
        line = (
            f"Customer {customer.name} ({customer.segment}) has {len(customer.history)} earlier "
            "CRM contact(s)"
        )
        if recent:
            last = recent[0]
            line += redact(
                f"; latest on {last.date.isoformat()} by {last.channel}: "
                f"{last.subject} — {last.outcome}"
            )
        summary.append(f"{line}. {' '.join(refs)}".rstrip())

    kept = citations[: policy.max_knowledge_citations]
    if kept:
        refs = [
            cite(EvidenceSource.KNOWLEDGE, f"kb:{c.source}", f"{c.title}: {c.excerpt}")
            for c in kept
        ]
        titles = "; ".join(dict.fromkeys(c.title for c in kept))
        summary.append(f"Relevant guidance: {titles}. {' '.join(refs)}")

    return CaseContext(
        summary="\n".join(summary),
        evidence=_unique(evidence),
        customer_segment=customer.segment if customer else UNKNOWN_SEGMENT,
        customer_name=customer.name if customer else None,
    )


def _unique(evidence: list[Evidence]) -> list[Evidence]:
    """Drop repeated ids (a retriever may return the same chunk twice)."""
    return list({item.id: item for item in reversed(evidence)}.values())[::-1]


@dataclass(frozen=True)
class ReassignDecision:
    reassignment: Reassignment
    triage: Triage
    reassign_count: int


def decide_reassignment(
    review: ExpertReview,
    triage: Triage,
    reassign_count: int,
    expert_group: str,
    policy: ReassignmentPolicy,
) -> ReassignDecision:
    """A wrong-team ticket goes round the routing again under the expert's category, until the
    cap; a reassignment to the same category, or past the cap, goes to the team lead."""
    if review.outcome is not ExpertOutcome.REASSIGN or review.reassign_category is None:
        raise ValueError(f"expert outcome is {review.outcome.value}, not a reassignment")
    target = review.reassign_category
    if target is triage.category:
        refused = f"{expert_group} asked to reassign to {target.value}, the category it already has"
        return ReassignDecision(Reassignment(allowed=False, reason=refused), triage, reassign_count)
    if reassign_count >= policy.max_reassignments:
        refused = (
            f"passed on {reassign_count} time(s) already (limit {policy.max_reassignments}); "
            "the team lead decides"
        )
        return ReassignDecision(Reassignment(allowed=False, reason=refused), triage, reassign_count)
    moved = f"{expert_group} reassigned it from {triage.category.value} to {target.value}"
    rerouted = triage.model_copy(
        update={
            "category": target,
            "confidence": 1.0,
            "reasons": [*triage.reasons, f"{moved}: {review.resolution}"],
            "model": "expert reassignment",
        }
    )
    return ReassignDecision(Reassignment(allowed=True, reason=moved), rerouted, reassign_count + 1)


def final_resolution(
    *,
    expert_group: str,
    expert: ExpertReview | None,
    team_lead: TeamLeadReview | None,
    reassign_count: int,
    sla_breached: bool,
) -> Resolution:
    """First-contact resolution: the first group resolved it, never reassigned, within its SLA."""
    if team_lead is not None:
        resolved = team_lead.outcome is TeamLeadOutcome.RESOLVED
        return Resolution(
            status=ResolutionStatus.RESOLVED if resolved else ResolutionStatus.ESCALATED,
            first_contact_resolution=False,
            resolved_by=f"team-lead:{expert_group}",
            resolution=team_lead.resolution,
            reassign_count=reassign_count,
            sla_breached=sla_breached,
        )
    if expert is None or expert.outcome is not ExpertOutcome.RESOLVED:
        state = "no expert answer" if expert is None else f"expert outcome {expert.outcome.value}"
        raise ValueError(f"nothing resolved the ticket yet ({state}, no team-lead decision)")
    return Resolution(
        status=ResolutionStatus.RESOLVED,
        first_contact_resolution=reassign_count == 0 and not sla_breached,
        resolved_by=expert_group,
        resolution=expert.resolution,
        reassign_count=reassign_count,
        sla_breached=sla_breached,
    )


RESEARCH_LINE_CHARS = 400


def resolution_query(ticket: Ticket, triage: Triage) -> str:
    """What the research step asks the knowledge base: how tickets of this category are
    resolved, for this subject."""
    return f"how to resolve {triage.category.value} tickets: {ticket.subject}"


def _redactor(known_names: tuple[str, ...]) -> Callable[[str | None], str | None]:
    """Tokenises PII in external text with one vault, so the same value gets the same
    ``<PII:KIND:n>`` token throughout one tool answer."""
    vault = PIIVault()

    def redact(text: str | None) -> str | None:
        return None if text is None else tokenise_pii(text, vault, known_names)

    return redact


def contact_history_answer(customer: CustomerProfile | None) -> dict[str, Any]:
    """The CRM contact history as the research tool's ``toolResult`` {summary, contacts}, for
    the expert, the brief and QA: the customer is not named, and subjects and outcomes are
    tokenised like any external text."""
    if customer is None:
        return {"summary": "the customer is not in the CRM: no contact history", "contacts": []}
    if not customer.history:
        return {"summary": "the customer has no earlier contacts in the CRM", "contacts": []}
    redact = _redactor((customer.name,))
    contacts = [
        {
            "date": c.date.isoformat(),
            "channel": c.channel,
            "subject": redact(c.subject),
            "outcome": redact(c.outcome),
        }
        for c in customer.history
    ]
    lines = "; ".join(
        f"{c['date']} {c['channel']}: {c['subject']} ({c['outcome']})" for c in contacts
    )
    summary = _clip(f"{len(contacts)} earlier contact(s): {lines}", RESEARCH_LINE_CHARS)
    return {"summary": summary, "contacts": contacts}


def earlier_tickets_answer(
    tickets: list[EarlierTicket], known_names: tuple[str, ...]
) -> dict[str, Any]:
    """The earlier tickets as the research tool's ``toolResult`` {summary, tickets}: subjects and
    resolutions are external text, so their PII becomes tokens."""
    redact = _redactor(known_names)
    listed = [
        {
            "ticketId": t.ticket_id,
            "createdAt": t.created_at.date().isoformat() if t.created_at else None,
            "status": t.status,
            "subject": redact(t.subject),
            "resolution": redact(t.resolution),
        }
        for t in tickets
    ]
    if not listed:
        return {"summary": "no earlier tickets in the ticketing system", "tickets": []}
    lines = "; ".join(
        f"{t['createdAt'] or 'undated'} {t['ticketId']} {t['status']}: {t['subject']}"
        + (f" (resolved: {t['resolution']})" if t["resolution"] else "")
        for t in listed
    )
    summary = _clip(f"{len(listed)} earlier ticket(s): {lines}", RESEARCH_LINE_CHARS)
    return {"summary": summary, "tickets": listed}


def guidance_summary(titles: list[str]) -> str:
    if not titles:
        return "no resolution guidance found in the knowledge base"
    return _clip(f"guidance: {'; '.join(titles)}", RESEARCH_LINE_CHARS)


def research_facts(triage: Triage) -> list[str]:
    """What the planner knows of the ticket: category, priority and the intake's tokenised
    summary and key facts (none when the intake was held)."""
    summary = [triage.summary] if triage.summary else []
    return [
        f"category {triage.category.value}, priority {triage.priority.value}",
        *summary,
        *triage.key_facts,
    ]


def research_answers(results: list[ResearchResult]) -> list[tuple[str, str]]:
    """Each collected answer as (element, summary or answer), for the brief and QA."""
    answers = []
    for entry in results:
        said = entry.result or {}
        text = said.get("summary") or said.get("answer")
        if isinstance(text, str) and text.strip():
            answers.append((entry.element_id, _clip(text, RESEARCH_LINE_CHARS)))
    return answers
