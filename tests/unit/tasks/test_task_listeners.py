"""Task listener handlers: who did what on a user task reaches the audit sink; SLA figures."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import structlog
from prometheus_client import REGISTRY

from agents import InMemoryAudit
from contracts.errors import InvalidCaseError
from tests.unit.handler_helpers import handler, make_job
from workers.tasks import TaskAuditDependencies, build_router
from workers.tasks.rules import completion_outcome, completion_reason, user_task_event
from workers.tasks.wiring import creation_date

ROOT = Path(__file__).resolve().parents[3]
NS = {
    "bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL",
    "zeebe": "http://camunda.org/schema/zeebe/1.0",
}
NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
CREATED = NOW - timedelta(minutes=30)
PROCESS = "claims-adjudication"
TASK = "UserTask_ReviewClaim"


def listener_job(headers: dict[str, str], variables: dict[str, Any] | None = None) -> Any:
    job = make_job(TASK, job_type="tasks.audit-completion", process_id=PROCESS)
    return dataclasses.replace(job, custom_headers=headers, variables=variables or {})


def deps(audit: InMemoryAudit, created: datetime | None = CREATED) -> TaskAuditDependencies:
    async def created_at(_: int) -> datetime | None:
        return created

    return TaskAuditDependencies(audit=audit, created_at=created_at, now=lambda: NOW)


def sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, {"process": PROCESS, "task": TASK, **labels}) or 0.0


@pytest.fixture(autouse=True)
def business_key() -> Any:
    structlog.contextvars.bind_contextvars(business_key="CLM-7")
    yield
    structlog.contextvars.clear_contextvars()


async def test_an_assignment_is_audited_with_the_assignee_as_actor() -> None:
    audit = InMemoryAudit()
    run = handler(build_router(deps(audit)), "tasks.audit-assignment")
    before = sample("baton_user_task_time_to_assign_seconds_count")
    headers = {"io.camunda.zeebe:userTaskKey": "42", "io.camunda.zeebe:assignee": "hana.handler"}
    assert await run(job=listener_job(headers)) == {}
    [entry] = audit.entries
    assert (entry.case_id, entry.actor, entry.action) == (
        "CLM-7",
        "hana.handler",
        "user-task.assigned",
    )
    assert entry.output["userTaskKey"] == 42
    assert sample("baton_user_task_time_to_assign_seconds_count") == before + 1
    assert sample("baton_user_task_time_to_assign_seconds_sum") >= 1800


async def test_a_completion_is_audited_with_outcome_and_redacted_reason() -> None:
    audit = InMemoryAudit()
    run = handler(build_router(deps(audit)), "tasks.audit-completion")
    headers = {
        "io.camunda.zeebe:userTaskKey": "42",
        "io.camunda.zeebe:assignee": "hana.handler",
        "io.camunda.zeebe:dueDate": (NOW - timedelta(minutes=5)).isoformat(),
    }
    variables = {
        "reviewOutcome": "approved",
        "reviewPayout": 1500,
        "reviewReason": "refund to DE89370400440532013000",
        "claim": {"claimant": {"name": "Erika Mustermann"}},
    }
    late_before = sample("baton_user_task_completed_after_due_total")
    assert await run(job=listener_job(headers, variables)) == {}
    [entry] = audit.entries
    assert entry.actor == "hana.handler"
    assert entry.action == "user-task.completed"
    assert entry.output["reviewOutcome"] == "approved"
    assert entry.output["reviewPayout"] == 1500
    assert "claim" not in entry.output
    assert "DE89" not in entry.reason and "<IBAN>" in entry.reason
    assert sample("baton_user_task_completed_after_due_total") == late_before + 1


async def test_an_unknown_creation_time_still_audits() -> None:
    audit = InMemoryAudit()
    run = handler(build_router(deps(audit, created=None)), "tasks.audit-completion")
    await run(job=listener_job({"io.camunda.zeebe:userTaskKey": "42"}))
    assert [e.actor for e in audit.entries] == ["unassigned"]


@pytest.mark.parametrize(
    ("headers", "named"),
    [
        ({}, "userTaskKey"),
        ({"io.camunda.zeebe:userTaskKey": "abc"}, "userTaskKey"),
        ({"io.camunda.zeebe:userTaskKey": "1", "io.camunda.zeebe:dueDate": "soon"}, "dueDate"),
        (
            {"io.camunda.zeebe:userTaskKey": "1", "io.camunda.zeebe:dueDate": "2026-03-02T12:00"},
            "time zone",
        ),
    ],
)
def test_malformed_listener_headers_are_named(headers: dict[str, str], named: str) -> None:
    with pytest.raises(InvalidCaseError, match=named):
        user_task_event(headers, PROCESS, TASK)


def test_outcome_keeps_scalar_outcome_fields_only() -> None:
    variables = {"seniorApproved": True, "seniorReason": "ok", "limits": {"a": 1}, "x": 1}
    assert completion_outcome(variables) == {"seniorApproved": True}
    assert completion_reason(variables) == "ok"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"creationDate": "2026-03-02T11:30:00+00:00"}, CREATED),
        ({"creationDate": "yesterday"}, None),
        ({"creationDate": "2026-03-02T11:30:00"}, None),
        ({}, None),
        ([], None),
    ],
)
def test_creation_date_of_a_rest_answer(body: object, expected: datetime | None) -> None:
    assert creation_date(body) == expected


@pytest.mark.parametrize("path", sorted((ROOT / "bpmn").glob("*.bpmn")), ids=lambda p: p.stem)
def test_every_user_task_audits_assignment_and_completion(path: Path) -> None:
    root = ET.parse(path).getroot()
    for task in root.iterfind(".//bpmn:userTask", NS):
        listeners = {
            (x.attrib["eventType"], x.attrib["type"])
            for x in task.iterfind(".//zeebe:taskListener", NS)
        }
        assert listeners >= {
            ("assigning", "tasks.audit-assignment"),
            ("completing", "tasks.audit-completion"),
        }, task.attrib["id"]
