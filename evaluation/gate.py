"""Thresholds kept in the repo (``thresholds.yaml``) and the check of a summary against them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from contracts.validation import validation_problems
from evaluation.errors import ThresholdsError
from evaluation.metrics import process_figures
from evaluation.processes import PROCESSES

THRESHOLDS = Path(__file__).resolve().parent / "thresholds.yaml"
FIGURES = frozenset(process_figures([]))


class Bound(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    min: float | None = None
    max: float | None = None


class Thresholds(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    total: dict[str, Bound] = {}
    processes: dict[str, dict[str, Bound]] = {}


def load_thresholds(path: Path = THRESHOLDS) -> Thresholds:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ThresholdsError(f"{path}: cannot read: {error.strerror}") from None
    except yaml.YAMLError as error:
        raise ThresholdsError(f"{path}: not YAML: {error}") from None
    try:
        thresholds = Thresholds.model_validate(raw)
    except ValidationError as error:
        raise ThresholdsError(f"{path}: {validation_problems(error)[0]}") from None
    for process, bounds in {"total": thresholds.total, **thresholds.processes}.items():
        if process != "total" and process not in PROCESSES:
            raise ThresholdsError(f"{path}: processes.{process}: unknown process")
        unknown = sorted(set(bounds) - FIGURES)
        if unknown:
            raise ThresholdsError(f"{path}: {process}.{unknown[0]}: unknown figure")
    return thresholds


def _check(scope: str, figures: dict[str, Any], bounds: dict[str, Bound]) -> list[str]:
    broken = []
    for name, bound in bounds.items():
        value = figures.get(name)
        if value is None:
            continue
        if bound.min is not None and value < bound.min:
            broken.append(f"{scope}.{name} = {value} is below {bound.min}")
        if bound.max is not None and value > bound.max:
            broken.append(f"{scope}.{name} = {value} is above {bound.max}")
    return broken


def violations(summary: dict[str, Any], thresholds: Thresholds) -> list[str]:
    """Every figure outside its bound; a process the run did not include is not checked."""
    broken = _check("total", summary["total"], thresholds.total)
    for process, bounds in thresholds.processes.items():
        if process in summary["processes"]:
            broken += _check(process, summary["processes"][process], bounds)
    return broken
