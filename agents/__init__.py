"""The AI side of Baton: agent runnables per role, the offline model and its role handlers,
model providers, and the tools a model calls."""

from agents.budget import ModelBudget
from agents.classifier import MODEL_ID, holdout_accuracy, load_examples
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
from agents.offline import OfflineChatModel, OfflineHandler
from agents.offline_roles import offline_roles
from agents.overrides import compare_decision, record_override
from agents.planner import Plan, PlanningInput, check_plan, plan_case, planner_runnable
from agents.protocols import AuditEntry, AuditSink, InMemoryAudit, InMemoryTimeline, TimelineEvent
from agents.providers import build_chat_model, model_label
from agents.qa import Evidence, QAInput, diff_view, gather_evidence, qa_runnable, review
from agents.reporter import ReportInput, reporter_runnable, write_report
from agents.runtime import AgentRuntime, LoggingAudit
from agents.task_agent import TaskInput, task_runnable, work_task
from agents.tools.case_file import case_file_tool

__all__ = [
    "MODEL_ID",
    "AgentContext",
    "AgentRuntime",
    "Attachment",
    "AuditEntry",
    "AuditSink",
    "Evidence",
    "GuardedResult",
    "InMemoryAudit",
    "InMemoryTimeline",
    "IngestionInput",
    "IngestionOutput",
    "LoggingAudit",
    "ModelBudget",
    "OfflineChatModel",
    "OfflineHandler",
    "Plan",
    "PlanningInput",
    "QAInput",
    "ReportInput",
    "TaskInput",
    "TimelineEvent",
    "build_chat_model",
    "case_file_tool",
    "check_plan",
    "classify_claim",
    "compare_decision",
    "diff_view",
    "gather_evidence",
    "holdout_accuracy",
    "ingest",
    "ingestion_runnable",
    "load_examples",
    "model_label",
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
    "task_runnable",
    "triage_claim",
    "work_task",
    "write_report",
]
