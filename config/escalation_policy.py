"""The back-office escalation policy, ``config/policies/escalation.yaml``, checked at start-up."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, model_validator

from config.policy_files import DEFAULT_POLICIES_DIR, PolicyModel, load_policy
from contracts.escalation import Category


class ClassificationPolicy(PolicyModel):
    subject_weight: int = Field(alias="subjectWeight", ge=1)
    keywords: dict[Category, list[str]]
    max_confidence: float = Field(alias="maxConfidence", gt=0, le=1)
    no_match_confidence: float = Field(alias="noMatchConfidence", ge=0, le=1)

    @model_validator(mode="after")
    def _every_keyword_list_filled(self) -> ClassificationPolicy:
        empty = sorted(c.value for c, words in self.keywords.items() if not words)
        if empty:
            raise ValueError(f"categories without keywords: {', '.join(empty)}")
        return self


class PriorityPolicy(PolicyModel):
    urgent: list[str] = Field(min_length=1)
    high: list[str] = Field(min_length=1)
    low: list[str] = Field(default_factory=list)
    repeat_contact_threshold: int = Field(alias="repeatContactThreshold", ge=1)


class ContextPolicy(PolicyModel):
    max_knowledge_citations: int = Field(alias="maxKnowledgeCitations", ge=0)
    max_crm_contacts: int = Field(alias="maxCrmContacts", ge=0)
    max_excerpt_chars: int = Field(alias="maxExcerptChars", ge=40)
    summary_sentences: int = Field(alias="summarySentences", ge=1)


class ReassignmentPolicy(PolicyModel):
    max_reassignments: int = Field(alias="maxReassignments", ge=0)


class EscalationPolicy(PolicyModel):
    classification: ClassificationPolicy
    priority: PriorityPolicy
    context: ContextPolicy
    reassignment: ReassignmentPolicy


def escalation_policy(directory: Path = DEFAULT_POLICIES_DIR) -> EscalationPolicy:
    return load_policy(EscalationPolicy, directory / "escalation.yaml")
