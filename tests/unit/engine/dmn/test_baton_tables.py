"""Baton's own decision tables (bpmn/dmn/*.dmn), evaluated on the samples and on one case per
rule, with results read off the tables' rules."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from engine.dmn import DecisionRequirementsGraph, evaluate_decision, parse_dmn

REPO = Path(__file__).resolve().parents[4]


def table(name: str) -> DecisionRequirementsGraph:
    path = REPO / "bpmn" / "dmn" / f"{name}.dmn"
    return parse_dmn(path.read_bytes(), path.name)


def sample(process: str, name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((REPO / "samples" / process / f"{name}.json").read_text())
    return loaded


def test_all_four_tables_parse_as_one_decision_each() -> None:
    for name in ("claims-routing", "content-reviewers", "escalation-routing", "onboarding-risk"):
        drg = table(name)
        assert list(drg.decisions) == [name]
        assert drg.decisions[name].kind == "DECISION_TABLE"
        assert drg.namespace == "http://baton.example/dmn"


def route_claim(claim: dict[str, Any], complexity: str, priority: str) -> Any:
    triage = {"lossType": claim["lossType"], "complexity": complexity, "priority": priority}
    evaluation = evaluate_decision(
        table("claims-routing"), "claims-routing", {"claim": claim, "triage": triage}
    )
    return evaluation.output


@pytest.mark.parametrize(
    ("sample_name", "complexity", "priority", "routing"),
    [
        ("auto-approve-water", "simple", "normal", ("standard", "claims-handlers", 50)),
        ("not-covered-lapsed", "simple", "normal", ("fast", "claims-handlers", 30)),
        ("review-large-fire", "complex", "high", ("specialist", "senior-handlers", 80)),
        ("senior-approval-storm", "standard", "high", ("specialist", "senior-handlers", 70)),
        ("policy-not-found", "standard", "urgent", ("fast", "claims-handlers", 90)),
        ("auto-approve-water", "standard", "high", ("standard", "claims-handlers", 60)),
    ],
)
def test_claims_routing_on_the_samples(
    sample_name: str, complexity: str, priority: str, routing: tuple[str, str, int]
) -> None:
    claim = sample("claims-adjudication", sample_name)
    track, group, task_priority = routing
    assert route_claim(claim, complexity, priority) == {
        "track": track,
        "reviewGroup": group,
        "priority": task_priority,
    }


def test_claims_routing_sends_liability_to_specialists_before_urgency() -> None:
    claim = {"lossType": "liability", "amount": {"value": 300.0, "currency": "EUR"}}
    assert route_claim(claim, "simple", "urgent") == {
        "track": "specialist",
        "reviewGroup": "senior-handlers",
        "priority": 70,
    }


def test_claims_routing_records_the_first_matching_rule_only() -> None:
    claim = sample("claims-adjudication", "review-large-fire")
    triage = {"lossType": "fire", "complexity": "complex", "priority": "urgent"}
    evaluation = evaluate_decision(
        table("claims-routing"), "claims-routing", {"claim": claim, "triage": triage}
    )
    [record] = evaluation.evaluated_decisions
    assert [input_.input_value for input_ in record.evaluated_inputs] == [
        "complex",
        "fire",
        "urgent",
        18250,
    ]
    assert [(rule.rule_id, rule.rule_index) for rule in record.matched_rules] == [
        ("Rule_claims_routing_1", 1)
    ]
    assert record.matched_rules[0].evaluated_outputs[1].output_name == "Review group"


def reviewers(submission: dict[str, Any], violations: int | None) -> Any:
    variables: dict[str, Any] = {"submission": submission}
    if violations is not None:
        variables["checks"] = {"violationsCaught": violations}
    return evaluate_decision(table("content-reviewers"), "content-reviewers", variables).output


def test_content_reviewers_for_the_social_savings_post() -> None:
    post = sample("content-approval", "social-savings-post")
    assert reviewers(post, 0) == ["editor", "brand"]


def test_content_reviewers_collect_every_matching_rule() -> None:
    flyer = {
        "channel": "print",
        "product": "mortgage",
        "claimsMade": ["lowest rate in town", "approved in a day"],
    }
    assert reviewers(flyer, 1) == ["editor", "brand", "legal", "legal", "legal", "legal"]


def test_content_reviewers_without_checks_yet_treat_violations_as_unknown() -> None:
    newsletter = {"channel": "email", "product": "savings-account", "claimsMade": []}
    assert reviewers(newsletter, None) == ["editor"]


def escalate(category: str, priority: str, segment: str | None) -> Any:
    variables = {
        "triage": {"category": category, "priority": priority},
        "context": {"customerSegment": segment},
    }
    return evaluate_decision(table("escalation-routing"), "escalation-routing", variables).output


def test_escalation_routing_for_the_disputed_card_payment() -> None:
    ticket = sample("backoffice-escalation", "disputed-card-payment")
    assert ticket["subject"].startswith("Card payment disputed")
    assert escalate("billing", "high", "private") == {
        "expertGroup": "billing",
        "sla": "PT4H",
        "taskPriority": 85,
    }


@pytest.mark.parametrize(
    ("category", "priority", "segment", "routing"),
    [
        ("billing", "urgent", "business", ("billing", "PT2H", 95)),
        ("billing", "high", None, ("billing", "PT8H", 70)),
        ("claims", "normal", "business", ("claims-ops", "PT8H", 60)),
        ("technical", "low", "enterprise", ("tech-support", "P3D", 20)),
        ("compliance", "normal", "enterprise", ("compliance", "PT8H", 50)),
        ("retention", "normal", "enterprise", ("retention", "P1D", 50)),
        ("general", "normal", "enterprise", ("customer-care", "P2D", 50)),
        ("lost-and-found", "urgent", "private", ("customer-care", "P1D", 50)),
    ],
)
def test_escalation_routing_per_category(
    category: str, priority: str, segment: str | None, routing: tuple[str, str, int]
) -> None:
    group, sla, task_priority = routing
    assert escalate(category, priority, segment) == {
        "expertGroup": group,
        "sla": sla,
        "taskPriority": task_priority,
    }


def assess(application: dict[str, Any], country_risk: str, identity: str, near_matches: int) -> Any:
    variables = {
        "application": application,
        "intake": {"countryRisk": country_risk},
        "identity": {"status": identity},
        "screening": {"nearMatches": near_matches},
    }
    return evaluate_decision(table("onboarding-risk"), "onboarding-risk", variables).output


def test_onboarding_risk_on_the_samples() -> None:
    current_account = sample("customer-onboarding", "person-current-account")
    assert assess(current_account, "low", "verified", 0) == {
        "riskLevel": "low",
        "score": 10,
        "reason": "no risk factors",
    }
    credit_card = sample("customer-onboarding", "person-missing-documents")
    assert assess(credit_card, "low", "verified", 0)["reason"] == "credit product"
    assert assess(credit_card, "low", "inconclusive", 0)["reason"] == (
        "identity check inconclusive"
    )


@pytest.mark.parametrize(
    ("kind", "country_risk", "identity", "near_matches", "level", "score"),
    [
        ("person", "high", "failed", 3, "high", 95),
        ("person", "high", "verified", 0, "high", 90),
        ("person", "low", "verified", 2, "high", 85),
        ("person", "low", "inconclusive", 1, "high", 80),
        ("company", "medium", "verified", 0, "high", 75),
        ("person", "low", "verified", 1, "medium", 60),
        ("person", "medium", "verified", 0, "medium", 50),
    ],
)
def test_onboarding_risk_first_matching_rule_wins(
    kind: str, country_risk: str, identity: str, near_matches: int, level: str, score: int
) -> None:
    application = {"applicant": {"kind": kind}, "requestedProduct": "current-account"}
    result = assess(application, country_risk, identity, near_matches)
    assert (result["riskLevel"], result["score"]) == (level, score)
