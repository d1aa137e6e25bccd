"""The regression gate of ``baton eval``: the cases marked ``gate`` in evaluation/cases run on the
session's engine and fleet, and every figure must stay within evaluation/thresholds.yaml."""

import uuid

import pytest

from devservices.engine_handle import EngineHandle
from evaluation.cases import Label, load_cases
from evaluation.gate import load_thresholds, violations
from evaluation.harness import Endpoints, run_cases
from evaluation.processes import PROCESSES

pytestmark = pytest.mark.usefixtures("fleet")


async def test_gate_cases_stay_within_the_thresholds(
    engine_handle: EngineHandle, services: dict[str, str]
) -> None:
    cases = [c for c in load_cases() if c.gate and not c.legacy_data]
    assert {c.process for c in cases} == set(PROCESSES)
    assert {Label.MALFORMED, Label.DUPLICATE, Label.PII} <= {c.label for c in cases}
    endpoints = Endpoints(engine_handle.rest_url, services["simulator"])
    results, summary = await run_cases(
        cases, endpoints, run_tag=f"gate{uuid.uuid4().hex[:6]}", progress=None
    )
    assert len(results) == len(cases)
    assert violations(summary, load_thresholds()) == [], summary["failures"]
    assert summary["total"]["malformedRejected"] == summary["total"]["malformed"]
    assert summary["total"]["duplicatesWithOneSideEffect"] == summary["total"]["duplicates"]
