"""The scripted people: for each human step, what the machine proposes and what the person
submits through the task's form, agreeing with the proposal or not as the case's script says.

The forms' field names are those of ``bpmn/forms/*.form``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from evaluation.cases import ReviewerScript
from evaluation.errors import EvaluationError


@dataclass(frozen=True)
class Decision:
    form: dict[str, Any]
    agreed: bool | None
    """Whether the person followed the machine's proposal; ``None`` where there is none."""


@dataclass(frozen=True)
class StepSla:
    variable: str
    """The variable holding the step's ISO 8601 SLA, a dotted path."""
    boundary: str
    interrupting: bool


SLAS: dict[str, StepSla] = {
    "claims-adjudication/UserTask_ReviewClaim": StepSla("reviewSla", "Boundary_ReviewSla", False),
    "customer-onboarding/UserTask_ComplianceReview": StepSla(
        "complianceReviewSla", "Boundary_ReviewSla", False
    ),
    "content-approval/UserTask_Review": StepSla("reviewSla", "Boundary_ReviewSla", False),
    "backoffice-escalation/UserTask_ResolveTicket": StepSla(
        "routing.sla", "Boundary_ResolveSla", True
    ),
}


def _flip(value: str, pair: tuple[str, str]) -> str:
    return pair[1] if value == pair[0] else pair[0]


def _claims_review(vars_: dict[str, Any], agree: bool) -> Decision:
    proposal = vars_.get("proposal") or {}
    proposed = str(proposal.get("outcome", "approved"))
    covered = float((vars_.get("coverage") or {}).get("coveredAmount", 0))
    outcome = proposed if agree else ("denied" if proposed == "approved" else "approved")
    payout = 0.0 if outcome != "approved" else float(proposal.get("payout") or covered)
    reason = "agrees with the proposal" if agree else "evidence does not support the proposal"
    return Decision(
        {"reviewOutcome": outcome, "reviewPayout": payout, "reviewReason": reason}, agree
    )


def _has_violations(vars_: dict[str, Any]) -> bool:
    checks = vars_.get("checks") or {}
    return any(f.get("severity") in ("major", "critical") for f in checks.get("findings", []))


def _content_review(vars_: dict[str, Any], agree: bool) -> Decision:
    violations = _has_violations(vars_)
    proposed = "changes-requested" if violations else "approved"
    outcome = proposed if agree else ("approved" if violations else "rejected")
    comments = "" if outcome == "approved" else "see the findings"
    return Decision({"reviewOutcome": outcome, "reviewComments": comments}, agree)


def _onboarding_review(vars_: dict[str, Any], agree: bool) -> Decision:
    identity = vars_.get("identity") or {}
    refuse = "sanctionsHit" in vars_ or identity.get("status") == "failed"
    proposed = "rejected" if refuse else "approved"
    decision = proposed if agree else _flip(proposed, ("approved", "rejected"))
    return Decision({"complianceDecision": decision, "complianceReason": "scripted review"}, agree)


HAND_OVER_ANSWERS: dict[str, str] = {
    "claims-adjudication/UserTask_AskAdjuster": "adjusterAnswer",
    "customer-onboarding/UserTask_AskAnalyst": "analystAnswer",
    "content-approval/UserTask_AskFactChecker": "factCheckerAnswer",
    "backoffice-escalation/UserTask_AskColleague": "colleagueAnswer",
}
"""The person an agentic step hands over to (budget spent, low confidence or a guardrail hit),
and the answer field of that person's form."""


def decide(
    process: str, element_id: str, vars_: dict[str, Any], script: ReviewerScript
) -> Decision:
    agree = script.stance == "agree"
    step = f"{process}/{element_id}"
    if step in HAND_OVER_ANSWERS:
        answer = "scripted answer: looked at the case myself, nothing to add for the reviewer"
        return Decision({HAND_OVER_ANSWERS[step]: answer}, None)
    if step == "claims-adjudication/UserTask_ReviewClaim":
        return _claims_review(vars_, agree)
    if step == "claims-adjudication/UserTask_SeniorApproval":
        return Decision({"seniorApproved": agree, "seniorReason": "scripted senior review"}, agree)
    if step == "customer-onboarding/UserTask_ComplianceReview":
        return _onboarding_review(vars_, agree)
    if step == "content-approval/UserTask_Review":
        return _content_review(vars_, agree)
    if step == "content-approval/UserTask_Revise":
        body = script.revised_body or str(vars_.get("revisedBody") or "")
        return Decision({"revisedBody": body, "authorNote": "scripted revision"}, None)
    if step == "content-approval/UserTask_ContentLead":
        proposed = "reject" if _has_violations(vars_) else "publish"
        verdict = proposed if agree else _flip(proposed, ("publish", "reject"))
        return Decision({"leadVerdict": verdict, "leadComments": "scripted lead decision"}, agree)
    if step == "backoffice-escalation/UserTask_ResolveTicket":
        outcome = "resolved" if agree else "unresolved"
        return Decision({"expertOutcome": outcome, "expertResolution": "scripted expert"}, agree)
    if step == "backoffice-escalation/UserTask_TeamLead":
        outcome = "resolved" if agree else "escalated"
        return Decision(
            {"teamLeadOutcome": outcome, "teamLeadResolution": "scripted team lead"}, agree
        )
    raise EvaluationError(f"the scripted reviewer has no form for {step}")


def lookup(vars_: dict[str, Any], dotted: str) -> Any:
    value: Any = vars_
    for part in dotted.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value
