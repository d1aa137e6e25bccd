"""The real wiring against mocked CMS and notifications: wire shapes and idempotency keys."""

import json
import shutil
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from config import DEFAULT_POLICIES_DIR, Settings, load_policies
from contracts.errors import LegacySystemRejectedError, PolicyFileError
from tests.unit.content.content_cases import job, submission_payload
from tests.unit.handler_helpers import offline_runtime
from workers.agentic_step import EngineJobs
from workers.content.wiring import content_router

POLICIES = load_policies()
UNUSED_ENGINE = EngineJobs(httpx.AsyncClient())
"""These tests never reach the agentic step, so nothing is sent to an engine."""


BASE = "http://legacy.test"


def settings() -> Settings:
    return Settings.model_validate({"simulator_url": BASE, "http_retries": 0})


@respx.mock
async def test_publish_posts_the_submission_with_its_idempotency_key() -> None:
    route = respx.post(f"{BASE}/cms/publications").mock(
        return_value=httpx.Response(
            201,
            json={
                "publicationId": "PUB-9",
                "url": "https://cms.example/web/sub-2001",
                "submissionId": "SUB-2001",
                "publishedAt": "2026-11-25T12:00:00Z",
                "channel": "web",
            },
        )
    )
    async with content_router(
        settings(), offline_runtime(), POLICIES.content, POLICIES.guardrails, UNUSED_ENGINE
    ) as router:
        publish = router.get_task("content.publish").original_function
        result: dict[str, Any] = await publish(job("Task_Publish"), submission=submission_payload())
    assert result["publication"] == {
        "publicationId": "PUB-9",
        "url": "https://cms.example/web/sub-2001",
        "publishedAt": "2026-11-25T12:00:00Z",
    }
    request = route.calls.last.request
    assert request.headers["Idempotency-Key"] == "content-approval:SUB-2001:Task_Publish"
    sent = json.loads(request.content)
    assert sent["submissionId"] == "SUB-2001"
    assert sent["channel"] == "web"
    assert sent["title"] == submission_payload()["title"]


@respx.mock
async def test_cms_refusal_surfaces_as_a_rejected_request() -> None:
    respx.post(f"{BASE}/cms/publications").mock(
        return_value=httpx.Response(422, json={"detail": "body too long"})
    )
    async with content_router(
        settings(), offline_runtime(), POLICIES.content, POLICIES.guardrails, UNUSED_ENGINE
    ) as router:
        publish = router.get_task("content.publish").original_function
        with pytest.raises(LegacySystemRejectedError):
            await publish(job("Task_Publish"), submission=submission_payload())


@respx.mock
async def test_reminders_are_sent_through_notifications() -> None:
    route = respx.post(f"{BASE}/notifications").mock(
        side_effect=lambda request: httpx.Response(
            201,
            json={
                "notificationId": f"N-{request.headers['Idempotency-Key'][-5:]}",
                "status": "sent",
                "recipient": json.loads(request.content)["recipient"],
                "channel": "email",
                "caseRef": "SUB-2001",
                "createdAt": "2026-11-25T12:00:00Z",
            },
        )
    )
    async with content_router(
        settings(), offline_runtime(), POLICIES.content, POLICIES.guardrails, UNUSED_ENGINE
    ) as router:
        remind = router.get_task("content.remind-reviewers").original_function
        result = await remind(
            job("Boundary_ReviewSla"), submission=submission_payload(), reviewers=["legal"]
        )
    assert result == {"reminderNotificationIds": ["N-legal"]}
    assert json.loads(route.calls.last.request.content)["recipient"] == "group:content-legal"


async def test_check_runs_the_shipped_rules() -> None:
    async with content_router(
        settings(), offline_runtime(), POLICIES.content, POLICIES.guardrails, UNUSED_ENGINE
    ) as router:
        check = router.get_task("content.check-content").original_function
        result = await check(submission=submission_payload(body="Risk-free cover!!"))
    assert [f["ruleId"] for f in result["checks"]["findings"]] == [
        "claim.forbidden.risk-free",
        "brand.repeated-exclamation",
    ]


async def test_malformed_policy_stops_the_fleet_at_start(tmp_path: Path) -> None:
    shutil.copytree(DEFAULT_POLICIES_DIR, tmp_path, dirs_exist_ok=True)
    (tmp_path / "content.yaml").write_text("revisionLimit: lots\n")
    with pytest.raises(PolicyFileError, match="revisionLimit"):
        load_policies(tmp_path)
