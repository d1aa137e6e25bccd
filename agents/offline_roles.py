"""The offline model's handler for each agent role, built once at start and passed in."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from types import MappingProxyType

from agents import ingestion, investigation, planner, qa, reporter, task_agent
from agents.classifier import LossTypeClassifier, load_examples
from agents.content_intake import ROLE as CONTENT_INTAKE
from agents.content_intake import offline_content_intake
from agents.escalation_intake import ROLE as ESCALATION_INTAKE
from agents.escalation_intake import offline_intake as offline_escalation_intake
from agents.offline import OfflineHandler
from agents.onboarding_intake import ROLE as ONBOARDING_INTAKE
from agents.onboarding_intake import offline_intake
from config import escalation_policy


def offline_roles(classifier: LossTypeClassifier | None = None) -> Mapping[str, OfflineHandler]:
    """Every role's deterministic handler; ``classifier`` defaults to one fitted on the shipped
    labelled claims (fitting takes a moment, so build this once)."""
    fitted = classifier or LossTypeClassifier(load_examples())
    return MappingProxyType(
        {
            ingestion.ROLE: partial(ingestion.offline_ingest, fitted),
            planner.ROLE: planner.offline_plan,
            investigation.ROLE: investigation.offline_investigate,
            task_agent.ROLE: task_agent.offline_task,
            qa.ROLE: qa.offline_review,
            reporter.ROLE: reporter.offline_report,
            CONTENT_INTAKE: offline_content_intake,
            ESCALATION_INTAKE: partial(offline_escalation_intake, escalation_policy()),
            ONBOARDING_INTAKE: offline_intake,
        }
    )
