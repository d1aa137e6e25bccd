"""A run of many cases, one after the other (the engine's clock is shared, and moving it for
one case must not touch another's), with a progress bar and the fleet's metrics around it."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from evaluation.cases import EvalCase
from evaluation.fleet_metrics import difference, scrape
from evaluation.metrics import correct, summarise
from evaluation.progress import ProgressBar
from evaluation.rest import EngineRest, SimulatorRecords
from evaluation.runner import CaseResult, RunContext, run_case


@dataclass(frozen=True)
class Endpoints:
    rest_url: str
    simulator_url: str
    metrics_url: str | None = None


async def run_cases(
    cases: Sequence[EvalCase],
    endpoints: Endpoints,
    *,
    run_tag: str,
    case_timeout_s: float = 120.0,
    progress: TextIO | None = sys.stderr,
) -> tuple[list[CaseResult], dict[str, Any]]:
    """Run every case; returns the results and the JSON summary."""
    rest = EngineRest(endpoints.rest_url)
    simulator = SimulatorRecords(endpoints.simulator_url)
    bar = ProgressBar(len(cases), progress) if progress else None
    before = await scrape(endpoints.metrics_url) if endpoints.metrics_url else None
    ctx = RunContext(rest, simulator, run_tag, case_timeout_s)
    results = []
    try:
        for case in cases:
            result = await run_case(ctx, case)
            results.append(result)
            if bar:
                bar.advance(f"{case.process}/{case.id}", correct(result))
        fleet = None
        if endpoints.metrics_url and before is not None:
            fleet = difference(before, await scrape(endpoints.metrics_url))
    finally:
        await rest.aclose()
        await simulator.aclose()
    return results, summarise(results, fleet)
