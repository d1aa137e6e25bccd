"""The content review form in Tasklist shows the fact-checking step's answers as a table: which
tool (or the fact-checker) said what about the declared claims."""

from playwright.async_api import Page, expect

from tests.e2e.tasks import Cases, open_task
from tests.engine.cases import sample_case

PROCESS = "content-approval"
CLAIMS = [{"text": "Our savings account pays 4.1% interest", "evidence": "rate sheet 2026"}]


async def test_review_form_shows_the_fact_check_results(
    page: Page, base_url: str, cases: Cases
) -> None:
    submission = sample_case(PROCESS, "social-savings-post", lambda c: c.update(claimsMade=CLAIMS))
    instance_key = await cases.start(PROCESS, submission)
    review = await cases.task_key(instance_key, "UserTask_Review", group="content-editor")
    form = await open_task(page, base_url, "editor", review)
    await expect(form).to_contain_text("Fact-check results")
    await expect(
        form.get_by_role("cell", name="Tool_SearchFactSources", exact=True)
    ).to_be_visible()
    publications = form.get_by_role("row").filter(
        has=page.get_by_role("cell", name="Tool_EarlierPublications", exact=True)
    )
    await expect(publications).to_contain_text("earlier publication(s) on these topics")
    await cases.calls.cancel_if_active(instance_key)
