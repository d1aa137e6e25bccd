"""Claims handlers called directly: variables in, variables out, errors classified."""

import dataclasses
from decimal import Decimal
from typing import Any

import pytest
from prometheus_client import REGISTRY
from pyzeebe import Job, ZeebeTaskRouter

from contracts.common import Citation
from contracts.errors import InvalidCaseError, NotCoveredError, PolicyNotFoundError
from tests.unit.claims.cases import claim_payload
from tests.unit.claims.fakes import FakeLegacySystems
from tests.unit.handler_helpers import handler, make_job
from workers.claims.handlers import build_router


def job(element_id: str = "Task_Pay") -> Job:
    return make_job(element_id, job_type="claims.pay", process_id="claims-adjudication")


def overrides_counted() -> float:
    value = REGISTRY.get_sample_value(
        "baton_human_overrides_total",
        {"process": "claims-adjudication", "task": "UserTask_ReviewClaim"},
    )
    return value or 0.0


@pytest.fixture
def systems() -> FakeLegacySystems:
    return FakeLegacySystems()


@pytest.fixture
def router(systems: FakeLegacySystems) -> ZeebeTaskRouter:
    return build_router(systems.dependencies())


async def test_every_bpmn_job_type_has_exactly_one_handler(router: ZeebeTaskRouter) -> None:
    types = [task.type for task in router.tasks]
    assert len(types) == len(set(types))
    assert all(t.startswith("claims.") for t in types)


async def test_classify_keeps_the_claimants_loss_type(router: ZeebeTaskRouter) -> None:
    result = await handler(router, "claims.classify-intake")(claim=claim_payload())
    assert result["triage"]["lossType"] == "water"
    assert result["triage"]["confidence"] == 0.9


async def test_malformed_claim_names_every_wrong_field(router: ZeebeTaskRouter) -> None:
    bad = claim_payload(amount={"value": "lots", "currency": "euro"})
    del bad["claimant"]
    with pytest.raises(InvalidCaseError) as raised:
        await handler(router, "claims.classify-intake")(claim=bad)
    message = str(raised.value)
    assert "claim.claimant: Field required" in message
    assert "claim.amount.value" in message
    assert "claim.amount.currency" in message


async def test_missing_claim_variable_is_invalid_input(router: ZeebeTaskRouter) -> None:
    with pytest.raises(InvalidCaseError, match="variable 'claim' is missing"):
        await handler(router, "claims.classify-intake")(claim=None)


async def test_unknown_policy_is_a_bpmn_error_with_denial(router: ZeebeTaskRouter) -> None:
    triage = (await handler(router, "claims.classify-intake")(claim=claim_payload()))["triage"]
    with pytest.raises(PolicyNotFoundError) as raised:
        await handler(router, "claims.check-coverage")(
            claim=claim_payload(policyNumber="NOPE-1"), triage=triage
        )
    assert raised.value.code == "POLICY_NOT_FOUND"
    assert raised.value.variables["denial"]["code"] == "POLICY_NOT_FOUND"


async def test_uncovered_loss_type_is_a_bpmn_error(router: ZeebeTaskRouter) -> None:
    triage = (await handler(router, "claims.classify-intake")(claim=claim_payload()))["triage"]
    triage["lossType"] = "theft"
    with pytest.raises(NotCoveredError):
        await handler(router, "claims.check-coverage")(claim=claim_payload(), triage=triage)


async def test_full_automated_path_produces_an_approved_decision(router: ZeebeTaskRouter) -> None:
    variables: dict[str, Any] = {"claim": claim_payload()}
    variables |= await handler(router, "claims.classify-intake")(claim=variables["claim"])
    variables |= await handler(router, "claims.check-coverage")(
        claim=variables["claim"], triage=variables["triage"]
    )
    variables |= await handler(router, "claims.assess-fraud")(claim=variables["claim"])
    variables |= await handler(router, "claims.propose-decision")(
        triage=variables["triage"], coverage=variables["coverage"], fraud=variables["fraud"]
    )
    assert variables["proposal"]["autoDecidable"] is True
    assert variables["reviewSla"] == "PT4H"
    assert variables["limits"] == {"seniorApprovalAbove": 25000.0}
    variables |= await handler(router, "claims.record-decision")(
        claim=variables["claim"], proposal=variables["proposal"]
    )
    assert variables["decision"] == {
        "outcome": "approved",
        "payout": 1550.5,
        "currency": "EUR",
        "reasons": ["water covered up to 20000 EUR, deductible 250 EUR"],
        "decidedBy": "baton-auto",
    }
    assert variables["humanOverride"] is False


async def test_review_sla_from_the_case_wins(router: ZeebeTaskRouter) -> None:
    variables: dict[str, Any] = {"claim": claim_payload()}
    variables |= await handler(router, "claims.classify-intake")(claim=variables["claim"])
    variables |= await handler(router, "claims.check-coverage")(
        claim=variables["claim"], triage=variables["triage"]
    )
    variables |= await handler(router, "claims.assess-fraud")(claim=variables["claim"])
    result = await handler(router, "claims.propose-decision")(
        triage=variables["triage"],
        coverage=variables["coverage"],
        fraud=variables["fraud"],
        reviewSla="PT2S",
    )
    assert result["reviewSla"] == "PT2S"


async def test_human_review_override_is_flagged_counted_and_audited(
    router: ZeebeTaskRouter, systems: FakeLegacySystems
) -> None:
    proposal = {
        "outcome": "approved",
        "payout": 1550.5,
        "currency": "EUR",
        "reasons": ["covered"],
        "autoDecidable": False,
        "reviewReasons": ["low confidence"],
    }
    review = {"outcome": "denied", "payout": 0, "reason": "photos predate the policy"}
    before = overrides_counted()
    result = await handler(router, "claims.record-decision")(
        claim=claim_payload(), proposal=proposal, review=review
    )
    assert result["decision"]["outcome"] == "denied"
    assert result["decision"]["decidedBy"] == "claims-handler"
    assert result["humanOverride"] is True
    assert overrides_counted() == before + 1
    decision_entry, override_entry = systems.audit.entries
    assert decision_entry.action == "claims.decision"
    assert decision_entry.actor == "claims-handler"
    assert decision_entry.reason == "photos predate the policy"
    assert len(decision_entry.inputs_hash) == 64
    assert override_entry.action == "UserTask_ReviewClaim.override"
    changed = {c["field"] for c in override_entry.output["changes"]}
    assert changed == {"outcome", "payout"}


async def test_malformed_review_from_the_form_is_invalid_input(router: ZeebeTaskRouter) -> None:
    proposal = {
        "outcome": "approved",
        "payout": 10,
        "currency": "EUR",
        "reasons": ["covered"],
        "autoDecidable": False,
        "reviewReasons": [],
    }
    with pytest.raises(InvalidCaseError, match=r"review\.outcome"):
        await handler(router, "claims.record-decision")(
            claim=claim_payload(),
            proposal=proposal,
            review={"outcome": "maybe", "payout": 1, "reason": "hmm hmm"},
        )


async def test_payment_delivered_twice_pays_once(
    router: ZeebeTaskRouter, systems: FakeLegacySystems
) -> None:
    decision = {
        "outcome": "approved",
        "payout": 1550.5,
        "currency": "EUR",
        "reasons": ["covered"],
        "decidedBy": "baton-auto",
    }
    pay = handler(router, "claims.pay")
    first = await pay(job=job(), claim=claim_payload(), decision=decision)
    second = await pay(job=job(), claim=claim_payload(), decision=decision)
    assert first == second
    assert systems.payment_calls == 2
    assert len(systems.payments) == 1
    assert systems.total_paid == Decimal("1550.5")


async def test_denial_records_a_denied_decision(
    router: ZeebeTaskRouter, systems: FakeLegacySystems
) -> None:
    result = await handler(router, "claims.record-denial")(
        claim=claim_payload(), denial={"code": "NOT_COVERED", "reason": "policy lapsed"}
    )
    assert result["decision"]["outcome"] == "denied"
    assert result["decision"]["reasons"] == ["policy lapsed"]
    (entry,) = systems.audit.entries
    assert (entry.case_id, entry.actor, entry.reason) == ("CLM-1001", "baton-auto", "policy lapsed")


async def test_claimant_letter_has_no_internal_scores(
    router: ZeebeTaskRouter, systems: FakeLegacySystems
) -> None:
    decision = {
        "outcome": "approved",
        "payout": 100,
        "currency": "EUR",
        "reasons": ["covered"],
        "decidedBy": "baton-auto",
    }
    await handler(router, "claims.notify-claimant")(
        job=job("Task_NotifyClaimant"), claim=claim_payload(), decision=decision
    )
    (notice,) = systems.notices.values()
    assert notice.recipient == "ana@example.com"
    assert "fraud" not in notice.body.lower()
    assert "100" in notice.body


async def test_overdue_review_notifies_the_team_lead_and_counts_a_breach(
    router: ZeebeTaskRouter, systems: FakeLegacySystems
) -> None:
    labels = {"process": "claims-adjudication", "task": "UserTask_ReviewClaim"}
    before = REGISTRY.get_sample_value("baton_sla_breaches_total", labels) or 0.0
    result = await handler(router, "claims.escalate-review")(
        job=job("Task_EscalateReview"),
        claim=claim_payload(),
        routing={"reviewGroup": "senior-handlers"},
    )
    assert REGISTRY.get_sample_value("baton_sla_breaches_total", labels) == before + 1
    (notice,) = systems.notices.values()
    assert notice.recipient == "team-lead:senior-handlers"
    assert result["escalationNotificationId"].startswith("N-")


async def test_proposal_cites_the_guidelines_it_looked_up(systems: FakeLegacySystems) -> None:
    asked: list[str] = []

    async def cite(query: str) -> list[Citation]:
        asked.append(query)
        return [Citation(source="claims-water#1", title="Water damage", excerpt="Sudden escape")]

    router = build_router(dataclasses.replace(systems.dependencies(), cite=cite))
    variables: dict[str, Any] = {"claim": claim_payload()}
    variables |= await handler(router, "claims.classify-intake")(claim=variables["claim"])
    variables |= await handler(router, "claims.check-coverage")(
        claim=variables["claim"], triage=variables["triage"]
    )
    variables |= await handler(router, "claims.assess-fraud")(claim=variables["claim"])
    result = await handler(router, "claims.propose-decision")(
        triage=variables["triage"], coverage=variables["coverage"], fraud=variables["fraud"]
    )
    assert asked == ["water claims coverage, deductible, limits and handling"]
    assert result["proposal"]["evidence"] == [
        {"source": "claims-water#1", "title": "Water damage", "excerpt": "Sudden escape"}
    ]
