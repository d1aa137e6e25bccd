"""Labelled evaluation cases: one JSON object per line in ``cases/<process>/*.jsonl``.

Every case states the case variable, the outcome the business rules expect, whether a person
must be involved, and what kind of case it is. A case labelled ``malformed`` must fail its
contract (it is rejected before start); every other case must pass it."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from contracts.common import Document
from contracts.escalation import Category
from contracts.validation import validation_problems
from evaluation.errors import CaseFileError
from evaluation.processes import INVALID, PROCESSES, ProcessId

CASES_DIR = Path(__file__).resolve().parent / "cases"


class Label(StrEnum):
    CLEAN = "clean"
    RULE = "rule"
    SLA_BREACH = "sla-breach"
    INJECTION_DESCRIPTION = "prompt-injection-description"
    INJECTION_DOCUMENT = "prompt-injection-document"
    INJECTION_LEGACY = "prompt-injection-legacy"
    PII = "pii"
    MALFORMED = "malformed"
    DUPLICATE = "duplicate"

    @property
    def adversarial(self) -> bool:
        return self not in (Label.CLEAN, Label.RULE, Label.SLA_BREACH)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)


class Expected(_Model):
    outcome: str
    human_required: bool = Field(alias="humanRequired")
    category: Category | None = Field(
        default=None, description="escalation only: the category the keyword rules give"
    )


class ReviewerScript(_Model):
    """How the scripted person acts on every human step of the case."""

    stance: Literal["agree", "disagree"] = "agree"
    minutes: int = Field(default=30, ge=1, le=20_160, description="handling time per step")
    revised_body: str | None = Field(
        default=None, alias="revisedBody", description="content: the author's rewrite"
    )


class EvalCase(_Model):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    process: ProcessId
    label: Label
    case: dict[str, Any]
    expected: Expected
    reviewer: ReviewerScript = ReviewerScript()
    uploads: list[Document] | None = Field(
        default=None, description="onboarding: documents sent when asked; null = never"
    )
    pii_values: list[str] = Field(default_factory=list, alias="piiValues")
    legacy_data: bool = Field(
        default=False, alias="legacyData", description="needs the eval simulator data folder"
    )
    gate: bool = Field(default=False, description="part of the regression gate in make test")
    note: str = ""

    @model_validator(mode="after")
    def _outcome_fits_process(self) -> EvalCase:
        allowed = (INVALID,) if self.label is Label.MALFORMED else PROCESSES[self.process].outcomes
        if self.expected.outcome not in allowed:
            raise ValueError(
                f"expected.outcome {self.expected.outcome!r} is not one of {', '.join(allowed)}"
            )
        return self

    @property
    def business_key(self) -> str:
        return str(self.case.get(PROCESSES[self.process].key_field, ""))


def contract_problems(process: str, case: dict[str, Any]) -> list[str]:
    """Every field of ``case`` its process's contract rejects, as ``variable.path: message``."""
    spec = PROCESSES[process]
    try:
        spec.contract.model_validate(case)
    except ValidationError as error:
        return validation_problems(error, spec.variable)
    return []


def _parse_line(path: Path, number: int, line: str) -> EvalCase:
    where = f"{path}:{number}"
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as error:
        raise CaseFileError(f"{where}: not JSON: {error.msg}") from None
    try:
        case = EvalCase.model_validate(raw)
    except ValidationError as error:
        raise CaseFileError(f"{where}: {validation_problems(error)[0]}") from None
    problems = contract_problems(case.process, case.case)
    if case.label is Label.MALFORMED and not problems:
        raise CaseFileError(f"{where} ({case.id}): labelled malformed but its case is valid")
    if case.label is not Label.MALFORMED and problems:
        raise CaseFileError(f"{where} ({case.id}): case: {problems[0]}")
    return case


def load_case_file(path: Path) -> list[EvalCase]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise CaseFileError(f"{path}: cannot read: {error.strerror}") from None
    return [
        _parse_line(path, number, line)
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip()
    ]


def load_cases(root: Path = CASES_DIR, processes: tuple[str, ...] = ()) -> list[EvalCase]:
    """Every case under ``root/<process>/*.jsonl``, in file and line order; ids are unique and
    each file holds cases of the process its folder is named after."""
    selected = processes or tuple(PROCESSES)
    unknown = sorted(set(selected) - set(PROCESSES))
    if unknown:
        raise CaseFileError(f"unknown process {unknown[0]!r}; known: {', '.join(PROCESSES)}")
    cases: list[EvalCase] = []
    seen: dict[str, Path] = {}
    for process in selected:
        files = sorted((root / process).glob("*.jsonl"))
        if not files:
            raise CaseFileError(f"{root / process}: no *.jsonl case files")
        for path in files:
            for case in load_case_file(path):
                if case.process != process:
                    raise CaseFileError(f"{path}: case {case.id} is for {case.process}")
                if case.id in seen:
                    raise CaseFileError(f"{path}: case id {case.id} also in {seen[case.id]}")
                seen[case.id] = path
                cases.append(case)
    return cases
