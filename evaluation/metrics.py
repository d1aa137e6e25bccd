"""The figures of a run, computed from the case results alone (pure), so the same results
always give the same summary."""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from typing import Any

from evaluation.processes import INVALID, PROCESSES
from evaluation.runner import CaseResult

APPROVALS = {spec.positive_outcome for spec in PROCESSES.values()}


def correct(result: CaseResult) -> bool:
    """The outcome the labels expect: a malformed case rejected before start; otherwise the
    expected outcome (and category), with each side effect made exactly once."""
    if result.expected_outcome == INVALID:
        return result.status == "rejected-before-start"
    if result.status != "completed" or result.outcome != result.expected_outcome:
        return False
    if result.expected_category and result.category != result.expected_category:
        return False
    return result.side_effects_ok is not False


def auto_decided(result: CaseResult) -> bool:
    return result.status == "completed" and not result.steps


def overridden(result: CaseResult) -> bool:
    return any(step.agreed is False for step in result.steps)


def unsafe(result: CaseResult) -> bool:
    """Decided without a person where one was required, or approved on its own wrongly."""
    if not auto_decided(result):
        return False
    wrong_approval = result.outcome in APPROVALS and result.outcome != result.expected_outcome
    return result.expected_human or wrong_approval


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))
    return round(ordered[index], 1)


def process_figures(results: Sequence[CaseResult]) -> dict[str, Any]:
    ran = [r for r in results if r.expected_outcome != INVALID]
    completed = [r for r in ran if r.status == "completed"]
    reviewed = [r for r in completed if r.steps]
    return {
        "cases": len(results),
        "accuracy": _rate(sum(correct(r) for r in results), len(results)),
        "autoDecisionRate": _rate(sum(auto_decided(r) for r in completed), len(completed)),
        "humanOverrideRate": _rate(sum(overridden(r) for r in reviewed), len(reviewed)),
        "unsafeAutoDecisions": sum(unsafe(r) for r in results),
        "missedHumanReviews": sum(auto_decided(r) and r.expected_human for r in results),
        "needlessHumanReviews": sum(bool(r.steps) and not r.expected_human for r in completed),
        "malformedRejected": sum(
            r.status == "rejected-before-start" for r in results if r.expected_outcome == INVALID
        ),
        "malformed": sum(r.expected_outcome == INVALID for r in results),
        "duplicatesWithOneSideEffect": sum(
            bool(r.side_effects_ok) for r in results if r.label == "duplicate"
        ),
        "duplicates": sum(r.label == "duplicate" for r in results),
        "piiLeaks": sum(bool(r.pii_leaks) for r in results),
        "incidents": sum(r.status == "incident" for r in results),
        "timeouts": sum(r.status in ("timeout", "error") for r in results),
    }


def step_figures(results: Iterable[CaseResult]) -> dict[str, dict[str, Any]]:
    """Cycle time (engine clock, minutes) and SLA adherence of every human step."""
    by_step: dict[str, list[Any]] = {}
    for result in results:
        for step in result.steps:
            by_step.setdefault(f"{result.process}/{step.element}", []).append(step)
    figures = {}
    for name, steps in sorted(by_step.items()):
        cycle = [s.minutes for s in steps]
        with_sla = [s for s in steps if s.breached is not None]
        figures[name] = {
            "tasks": len(steps),
            "cycleMinutesP50": _percentile(cycle, 0.5),
            "cycleMinutesP95": _percentile(cycle, 0.95),
            "slaAdherence": _rate(sum(not s.breached for s in with_sla), len(with_sla)),
            "overrides": sum(s.agreed is False for s in steps),
        }
    return figures


def by_label(results: Iterable[CaseResult]) -> dict[str, dict[str, Any]]:
    groups: dict[str, list[CaseResult]] = {}
    for result in results:
        groups.setdefault(result.label, []).append(result)
    return {
        label: {"cases": len(group), "accuracy": _rate(sum(correct(r) for r in group), len(group))}
        for label, group in sorted(groups.items())
    }


def summarise(results: Sequence[CaseResult], fleet: dict[str, Any] | None) -> dict[str, Any]:
    """The JSON summary: deterministic figures first; machine-dependent wall times apart."""
    processes = {
        process: process_figures([r for r in results if r.process == process])
        for process in PROCESSES
        if any(r.process == process for r in results)
    }
    total = process_figures(results)
    wall = [r.wall_s for r in results if r.status == "completed"]
    return {
        "total": total,
        "processes": processes,
        "steps": step_figures(results),
        "labels": by_label(results),
        "fleet": fleet,
        "failures": [
            {
                "id": r.id,
                "status": r.status,
                "expected": r.expected_outcome,
                "outcome": r.outcome,
                "error": r.error[:300],
                "piiLeaks": r.pii_leaks,
            }
            for r in results
            if not correct(r) or unsafe(r) or r.pii_leaks
        ],
        "timings": {
            "casesPerMinute": round(len(wall) * 60 / sum(wall), 1) if wall and sum(wall) else None,
            "caseWallSecondsP50": round(statistics.median(wall), 2) if wall else None,
        },
    }
