"""Headless Debian Chromium driven by Playwright for Python (never Playwright's own download).

``scripts/install-chromium.sh`` (``make chromium``) installs the browser; ``CHROMIUM_PATH``
points elsewhere. Screenshots go to ``build/screenshots/<name>.png``, so a test run leaves the
checkout as it was; ``make screenshots`` runs the browser tests with ``BATON_SCREENSHOTS_DIR``
set to ``docs/screenshots``, the pictures README's quickstart and the docs show.
"""

import os
from pathlib import Path

from playwright.async_api import Page, ViewportSize, expect

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = Path(os.environ.get("BATON_SCREENSHOTS_DIR", ROOT / "build" / "screenshots"))
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
VIEWPORT: ViewportSize = {"width": 1280, "height": 900}
EXPECT_TIMEOUT_MS = 60_000
"""Pages refresh every 3 s and the fleet works between steps, so waits are generous."""

expect.set_options(timeout=EXPECT_TIMEOUT_MS)


async def screenshot(page: Page, name: str) -> None:
    """A full-page PNG with a deterministic name (docs/tasklist-operate.md shows them)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


async def sign_in(page: Page, base_url: str, username: str) -> None:
    await page.goto(f"{base_url}/tasklist")
    await page.get_by_label("User").select_option(username)
    await page.get_by_role("button", name="Sign in").click()
    await expect(page.locator("#signed-in-as")).to_contain_text(f"Signed in as {username}")
