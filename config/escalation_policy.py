"""The back-office escalation policy, ``config/policies/escalation.yaml``, checked at start-up."""

from __future__ import annotations

from functools import cache

from pydantic import Field, model_validator

from config.policies import _Policy, load_policy, policies_dir
from contracts.escalation import Category


class ClassificationPolicy(_Policy):
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


class PriorityPolicy(_Policy):
    urgent: list[str] = Field(min_length=1)
    high: list[str] = Field(min_length=1)
    low: list[str] = Field(default_factory=list)
    repeat_contact_threshold: int = Field(alias="repeatContactThreshold", ge=1)


class ContextPolicy(_Policy):
    max_knowledge_citations: int = Field(alias="maxKnowledgeCitations", ge=0)
    max_crm_contacts: int = Field(alias="maxCrmContacts", ge=0)
    max_excerpt_chars: int = Field(alias="maxExcerptChars", ge=40)
    summary_sentences: int = Field(alias="summarySentences", ge=1)


class ReassignmentPolicy(_Policy):
    max_reassignments: int = Field(alias="maxReassignments", ge=0)


class EscalationPolicy(_Policy):
    classification: ClassificationPolicy
    priority: PriorityPolicy
    context: ContextPolicy
    reassignment: ReassignmentPolicy


@cache
def escalation_policy() -> EscalationPolicy:
    return load_policy(EscalationPolicy, policies_dir() / "escalation.yaml")
