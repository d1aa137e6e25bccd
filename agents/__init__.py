"""The AI side of Baton: agent runnables per role, the offline model and its role handlers,
model providers, and the tools a model calls."""

from agents.budget import ModelBudget
from agents.classifier import MODEL_ID, holdout_accuracy, load_examples
from agents.content_intake import CONTENT_PROCESS, intake_submission
from agents.escalation_intake import RULES_MODEL as ESCALATION_RULES_MODEL
from agents.escalation_intake import IntakeInput as EscalationIntakeInput
from agents.escalation_intake import intake_ticket, keyword_triage
from agents.extractive import summarise
from agents.guarded import AgentContext, GuardedResult, offline_context, screen_input
from agents.ingestion import (
    Attachment,
    IngestionInput,
    IngestionOutput,
    classify_claim,
    ingest,
    ingestion_runnable,
    triage_claim,
)
from agents.investigation import (
    AdHocElement,
    InvestigationBudget,
    InvestigationInput,
    InvestigationStep,
    job_result,
    next_step,
)
from agents.offline import OfflineChatModel, OfflineHandler
from agents.offline_roles import offline_roles
from agents.onboarding_intake import (
    ApplicationDocument,
    OnboardingIntakeInput,
    OnboardingIntakeOutput,
    hide_pii,
    take_in_application,
)
from agents.overrides import compare_decision, record_override
from agents.planner import Plan, PlanningInput, check_plan, plan_case, planner_runnable
from agents.protocols import AuditEntry, AuditSink, InMemoryAudit, InMemoryTimeline, TimelineEvent
from agents.providers import build_chat_model, model_label
from agents.qa import Evidence, QAInput, QAReport, diff_view, gather_evidence, qa_runnable, review
from agents.reporter import ROLE as REPORTER_ROLE
from agents.reporter import Report, ReportInput, reporter_runnable, write_report
from agents.runtime import AgentRuntime, LoggingAudit
from agents.task_agent import TaskInput, TaskOutput, task_runnable, work_task
from agents.tools.case_file import case_file_tool

__all__ = [
    "CONTENT_PROCESS",
    "ESCALATION_RULES_MODEL",
    "MODEL_ID",
    "REPORTER_ROLE",
    "AdHocElement",
    "AgentContext",
    "AgentRuntime",
    "ApplicationDocument",
    "Attachment",
    "AuditEntry",
    "AuditSink",
    "EscalationIntakeInput",
    "Evidence",
    "GuardedResult",
    "InMemoryAudit",
    "InMemoryTimeline",
    "IngestionInput",
    "IngestionOutput",
    "InvestigationBudget",
    "InvestigationInput",
    "InvestigationStep",
    "LoggingAudit",
    "ModelBudget",
    "OfflineChatModel",
    "OfflineHandler",
    "OnboardingIntakeInput",
    "OnboardingIntakeOutput",
    "Plan",
    "PlanningInput",
    "QAInput",
    "QAReport",
    "Report",
    "ReportInput",
    "TaskInput",
    "TaskOutput",
    "TimelineEvent",
    "build_chat_model",
    "case_file_tool",
    "check_plan",
    "classify_claim",
    "compare_decision",
    "diff_view",
    "gather_evidence",
    "hide_pii",
    "holdout_accuracy",
    "ingest",
    "ingestion_runnable",
    "intake_submission",
    "intake_ticket",
    "job_result",
    "keyword_triage",
    "load_examples",
    "model_label",
    "next_step",
    "offline_context",
    "offline_roles",
    "plan_case",
    "planner_runnable",
    "qa_runnable",
    "record_override",
    "reporter_runnable",
    "review",
    "screen_input",
    "summarise",
    "take_in_application",
    "task_runnable",
    "triage_claim",
    "work_task",
    "write_report",
]
