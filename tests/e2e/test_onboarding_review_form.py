"""The compliance review form in Tasklist shows the intake agent's reading, the QA agent's
diff (proposed value vs. supporting evidence) and, for a high risk, the enhanced due diligence
answers as tables."""

from typing import Any

from playwright.async_api import Page, expect

from tests.e2e.tasks import Cases, open_task
from tests.engine.cases import sample_case

PROCESS = "customer-onboarding"


def high_risk_country(application: dict[str, Any]) -> None:
    application["applicant"]["country"] = "IR"


async def test_review_form_shows_the_qa_diff_and_the_intake_reasons(
    page: Page, base_url: str, cases: Cases
) -> None:
    application = sample_case(PROCESS, "person-current-account", high_risk_country)
    instance_key = await cases.start(PROCESS, application)
    review = await cases.task_key(instance_key, "UserTask_ComplianceReview")
    form = await open_task(page, base_url, "compliance-officer", review)
    await expect(form).to_contain_text("QA agent: assessment vs. evidence")
    table = form.locator("table")
    await expect(table.locator("th").first).to_have_text("Field")
    risk_row = table.locator("tr", has_text="riskLevel")
    await expect(risk_row).to_contain_text("high")
    await expect(table.locator("tr", has_text="identityStatus")).to_contain_text("kyc:")
    await expect(form).to_contain_text("high-risk country")
    await expect(form).to_contain_text("Enhanced due diligence")
    relationship = form.locator("tr.fjs-table-tr", has_text="Tool_ExistingRelationship")
    await expect(relationship).to_contain_text("accounts held in core banking")
    await cases.calls.cancel_if_active(instance_key)
