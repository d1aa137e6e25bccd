"""Planner, task agent, QA and reporter: each on the offline model and on a fake chat model."""

from __future__ import annotations

from typing import Any

import pytest
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from prometheus_client import REGISTRY
from pydantic import ValidationError

from agents import (
    AgentContext,
    Evidence,
    InMemoryTimeline,
    Plan,
    PlanningInput,
    QAInput,
    ReportInput,
    TaskInput,
    case_file_tool,
    check_plan,
    diff_view,
    gather_evidence,
    plan_case,
    planner_runnable,
    qa_runnable,
    reporter_runnable,
    review,
    task_runnable,
    work_task,
    write_report,
)
from tests.unit.agents.conftest import FakeContext, sent_text


def planning(**overrides: Any) -> PlanningInput:
    data: dict[str, Any] = {
        "caseId": "CLM-1",
        "process": "claims-adjudication",
        "category": "water",
        "priority": "normal",
        "complexity": "standard",
    }
    data.update(overrides)
    return PlanningInput.model_validate(data)


def test_offline_plan_for_a_standard_claim_is_all_bots(offline_ctx: AgentContext) -> None:
    result = planner_runnable(offline_ctx).invoke(planning())
    assert result.output is not None
    assert {t.assignee for t in result.output.tasks} == {"bot"}
    assert all(t.guardrails for t in result.output.tasks)
    assert not result.needs_human_review


def test_offline_plan_for_a_flagged_complex_claim_adds_people(offline_ctx: AgentContext) -> None:
    result = plan_case(offline_ctx, planning(complexity="complex", needsHumanReview=True))
    assert result.output is not None
    humans = [t.id for t in result.output.tasks if t.assignee == "human"]
    assert humans == ["decide", "senior-approval"]


def test_offline_plan_for_another_process_uses_the_generic_template(
    offline_ctx: AgentContext,
) -> None:
    result = plan_case(offline_ctx, planning(process="backoffice-escalation"))
    assert result.output is not None
    assert result.output.tasks[0].id == "gather-context"


def test_fake_llm_plan_without_a_human_for_a_complex_case_is_blocked(
    fake_ctx: FakeContext,
) -> None:
    reply = {
        "tasks": [{"id": "decide", "title": "Decide", "assignee": "bot", "guardrails": ["x"]}],
        "rationale": "just decide",
        "confidence": 0.99,
    }
    ctx, _ = fake_ctx(reply)
    result = plan_case(ctx, planning(complexity="complex"))
    assert result.output is None
    assert result.needs_human_review
    assert any("no human task" in reason for reason in result.reasons)


def test_plan_structure_rules_catch_duplicates_and_dangling_dependencies() -> None:
    plan = Plan.model_validate(
        {
            "tasks": [
                {"id": "a", "title": "A", "assignee": "bot", "guardrails": []},
                {
                    "id": "a",
                    "title": "B",
                    "assignee": "bot",
                    "guardrails": ["r"],
                    "dependsOn": ["z"],
                },
            ],
            "rationale": "",
            "confidence": 1,
        }
    )
    (verdict,) = check_plan(planning(), plan)
    assert verdict.action == "block"
    assert "not unique" in verdict.reason and "unknown tasks" in verdict.reason
    assert "no guardrails" in verdict.reason


def test_malformed_planning_input_is_rejected() -> None:
    with pytest.raises(ValidationError):
        planning(priority="whenever")


def task(**overrides: Any) -> TaskInput:
    data: dict[str, Any] = {
        "caseId": "CLM-1",
        "process": "claims-adjudication",
        "action": "summarise",
        "text": (
            "The washing machine hose split on Monday. Water ran into the flat below. "
            "The neighbour's ceiling needs repainting. We had pizza that evening."
        ),
    }
    data.update(overrides)
    return TaskInput.model_validate(data)


def test_offline_summary_is_extractive(offline_ctx: AgentContext) -> None:
    result = work_task(offline_ctx, task())
    assert result.output is not None
    summary = result.output.summary
    assert summary
    assert all(sentence in task().text for sentence in summary.split(". ") if sentence)
    assert "pizza" not in summary


def test_offline_draft_notification_uses_the_recipient_name(offline_ctx: AgentContext) -> None:
    result = task_runnable(offline_ctx).invoke(
        task(action="draft-notification", recipient="Anna Berg")
    )
    assert result.output is not None and result.output.draft is not None
    assert result.output.draft.startswith("Dear Anna Berg,")


@pytest.mark.parametrize(
    ("process", "sign_off"),
    [
        ("claims-adjudication", "Your claims team"),
        ("customer-onboarding", "Your account opening team"),
        ("content-approval", "The editorial team"),
        ("backoffice-escalation", "Your customer service team"),
    ],
)
def test_offline_draft_is_signed_by_the_team_of_its_process(
    offline_ctx: AgentContext, process: str, sign_off: str
) -> None:
    result = work_task(offline_ctx, task(action="draft-notification", process=process))
    assert result.output is not None and result.output.draft is not None
    assert result.output.draft.endswith(f"Kind regards,\n{sign_off}")


def test_offline_escalates_when_a_lawyer_is_mentioned(offline_ctx: AgentContext) -> None:
    result = work_task(
        offline_ctx, task(action="escalation-check", text="My lawyer will take this to court.")
    )
    assert result.output is not None and result.output.escalate
    assert result.needs_human_review
    assert any(reason.startswith("task.escalation") for reason in result.reasons)


def test_fake_llm_draft_with_forbidden_language_is_blocked(fake_ctx: FakeContext) -> None:
    ctx, _ = fake_ctx(
        {
            "summary": "Leak.",
            "draft": "Good news: guaranteed payout, no questions asked!",
            "escalate": False,
            "confidence": 0.95,
        }
    )
    result = work_task(ctx, task(action="draft-notification"))
    assert result.output is None
    assert any("policy.language.no-questions-asked" in reason for reason in result.reasons)


def qa_input(**overrides: Any) -> QAInput:
    data: dict[str, Any] = {
        "caseId": "CLM-1",
        "process": "claims-adjudication",
        "proposal": {"outcome": "approved", "payout": 2500, "currency": "EUR"},
        "evidence": [
            {"source": "invoice.pdf", "text": "Plumber invoice total 2,500.00 EUR"},
            {"source": "coverage", "text": "Outcome approved: water damage is covered"},
        ],
    }
    data.update(overrides)
    return QAInput.model_validate(data)


def test_offline_qa_finds_every_field_supported_and_cites_sources(
    offline_ctx: AgentContext,
) -> None:
    report = qa_runnable(offline_ctx).invoke(qa_input())
    assert report.findings is not None and report.findings.consistent
    assert report.findings.cited_sources == ["coverage", "invoice.pdf"]
    assert not report.needs_human_review
    assert [v.rule for v in report.policy_verdicts] == ["policy.payout"]


def test_qa_diff_shows_the_person_s_edit_and_its_support() -> None:
    diff = {e.field: e for e in diff_view(qa_input(edits={"payout": "1800"}))}
    assert diff["payout"].changed_by_person
    assert diff["payout"].proposed == 2500 and diff["payout"].edited == "1800"
    assert diff["payout"].supported_by == []
    assert not diff["outcome"].changed_by_person


def test_offline_qa_flags_unsupported_payout_and_limit(offline_ctx: AgentContext) -> None:
    report = review(offline_ctx, qa_input(edits={"payout": 30000}))
    assert report.findings is not None and not report.findings.consistent
    assert report.needs_human_review
    assert "policy.payout.senior_approval" in {v.rule for v in report.policy_verdicts}


def test_fake_llm_qa_findings_are_used(fake_ctx: FakeContext) -> None:
    ctx, model = fake_ctx(
        {"consistent": True, "findings": [], "citedSources": ["invoice.pdf"], "confidence": 0.9}
    )
    report = review(ctx, qa_input())
    assert report.findings is not None and report.findings.cited_sources == ["invoice.pdf"]
    assert "Plumber invoice" in sent_text(model)


class ListRetriever(BaseRetriever):
    docs: list[Document]

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        return [d for d in self.docs if query.lower() in d.page_content.lower()]


def test_evidence_is_gathered_through_the_knowledge_tool_and_counted(
    offline_ctx: AgentContext, timeline: InMemoryTimeline
) -> None:
    retriever = ListRetriever(
        docs=[
            Document(
                page_content="Water damage from burst pipes is covered.",
                metadata={"source": "wording-7"},
            ),
            Document(page_content="Wear and tear is excluded."),
        ]
    )
    before = REGISTRY.get_sample_value("baton_tool_calls_total", {"tool": "knowledge_search"})
    evidence = gather_evidence(offline_ctx, retriever, "burst pipes")
    after = REGISTRY.get_sample_value("baton_tool_calls_total", {"tool": "knowledge_search"})
    assert evidence == [
        Evidence(source="wording-7", text="Water damage from burst pipes is covered.")
    ]
    assert (after or 0) - (before or 0) == 1
    assert "tool-call" in timeline.kinds()


def report_input(**overrides: Any) -> ReportInput:
    data: dict[str, Any] = {
        "caseId": "CLM-1",
        "process": "claims-adjudication",
        "audience": "customer",
        "outcome": "approved",
        "reasons": ["water damage is covered"],
        "recipientName": "Anna Berg",
        "timeline": ["Claim received", "Coverage checked and confirmed", "Payment issued"],
    }
    data.update(overrides)
    return ReportInput.model_validate(data)


def test_offline_report_addresses_the_customer_by_name(offline_ctx: AgentContext) -> None:
    result = reporter_runnable(offline_ctx).invoke(report_input())
    assert result.output is not None
    assert result.output.body.startswith("Dear Anna Berg,")
    assert "water damage is covered" in result.output.body
    assert result.output.retro_summary


def test_report_recipient_name_is_tokenised_for_the_model(fake_ctx: FakeContext) -> None:
    ctx, model = fake_ctx(
        {
            "subject": "Your claim",
            "body": "Dear <PII:NAME:1>, your claim is approved.",
            "retroSummary": "smooth",
            "confidence": 0.9,
        }
    )
    result = write_report(ctx, report_input())
    assert "Anna Berg" not in sent_text(model)
    assert result.output is not None
    assert result.output.body == "Dear Anna Berg, your claim is approved."


def test_fake_llm_customer_report_promising_too_much_is_blocked(fake_ctx: FakeContext) -> None:
    ctx, _ = fake_ctx(
        {"subject": "Risk-free cover!", "body": "Renew now.", "retroSummary": "", "confidence": 1}
    )
    result = write_report(ctx, report_input())
    assert result.output is None
    assert any("policy.language.risk-free" in reason for reason in result.reasons)


def test_malformed_report_input_is_rejected() -> None:
    with pytest.raises(ValidationError):
        report_input(audience="everyone")
    with pytest.raises(ValidationError):
        report_input(reasons=[])


class DictCaseFiles:
    def __init__(self, files: dict[str, dict[str, Any]]) -> None:
        self.files = files

    def get(self, case_id: str) -> dict[str, Any] | None:
        return self.files.get(case_id)


def test_case_file_tool_reads_a_case_and_names_a_missing_one() -> None:
    tool = case_file_tool(DictCaseFiles({"CLM-1": {"status": "open"}}))
    assert tool.name == "case_file_read"
    assert tool.invoke({"case_id": "CLM-1"}) == {"status": "open"}
    assert tool.invoke({"case_id": "CLM-404"}) == {"error": "no case file for CLM-404"}


def test_case_file_tool_rejects_an_empty_case_id() -> None:
    tool = case_file_tool(DictCaseFiles({}))
    with pytest.raises(ValidationError):
        tool.invoke({"case_id": ""})
