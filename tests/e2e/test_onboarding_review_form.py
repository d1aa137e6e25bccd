"""The compliance review form in Tasklist shows the intake agent's reading and the QA agent's
diff (proposed value vs. supporting evidence) as a table."""

import json
import uuid
from pathlib import Path

import pytest
from playwright.async_api import Page, expect
from pyzeebe import ZeebeClient

from baton_cli.deploy import load_case
from tests.e2e.browser import sign_in
from tests.e2e.engine_calls import EngineCalls
from tests.engine.camunda_rest import CamundaRest, eventually

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "customer-onboarding"
pytestmark = pytest.mark.usefixtures("fleet")


async def test_review_form_shows_the_qa_diff_and_the_intake_reasons(
    page: Page,
    base_url: str,
    zeebe: ZeebeClient,
    rest: CamundaRest,
    calls: EngineCalls,
    tmp_path: Path,
) -> None:
    application = json.loads((SAMPLE / "person-current-account.json").read_text())
    application["applicationId"] = f"APP-E2E-{uuid.uuid4().hex[:8]}"
    application["applicant"]["country"] = "IR"
    path = tmp_path / "application.json"
    path.write_text(json.dumps(application))
    started = await zeebe.run_process(
        "customer-onboarding", variables=load_case("customer-onboarding", path)
    )
    instance_key = int(started.process_instance_key)
    tasks = await eventually(
        lambda: rest.open_user_tasks(instance_key, "UserTask_ComplianceReview"),
        what="the compliance review task",
    )

    await sign_in(page, base_url, "compliance-officer")
    await page.goto(f"{base_url}/tasklist/{tasks[0]}")
    form = page.locator("#task-form")
    await expect(form).to_contain_text("QA agent: assessment vs. evidence")
    table = form.locator("table")
    await expect(table.locator("th").first).to_have_text("Field")
    risk_row = table.locator("tr", has_text="riskLevel")
    await expect(risk_row).to_contain_text("high")
    await expect(table.locator("tr", has_text="identityStatus")).to_contain_text("kyc:")
    await expect(form).to_contain_text("high-risk country")
    await calls.cancel_if_active(instance_key)
