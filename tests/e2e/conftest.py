"""Browser fixtures: one headless Chromium per session, a fresh context (no sign-in) per test."""

import subprocess
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from playwright.async_api import Browser, Page, async_playwright
from pyzeebe import ZeebeClient

from devservices.engine_handle import EngineHandle
from tests.e2e.browser import CHROMIUM, VIEWPORT
from tests.e2e.engine_calls import EngineCalls
from tests.e2e.tasks import Cases
from tests.engine.camunda_rest import CamundaRest


@pytest.fixture(scope="session")
async def browser() -> AsyncIterator[Browser]:
    if not CHROMIUM.is_file():
        raise RuntimeError(f"{CHROMIUM} is missing: run `make chromium` (or set CHROMIUM_PATH)")
    async with async_playwright() as playwright:
        chromium = await playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        yield chromium
        await chromium.close()


@pytest.fixture
async def page(browser: Browser) -> AsyncIterator[Page]:
    context = await browser.new_context(viewport=VIEWPORT, locale="en-GB", timezone_id="UTC")
    opened = await context.new_page()
    yield opened
    await context.close()


@pytest.fixture
def base_url(engine_handle: EngineHandle) -> str:
    return engine_handle.rest_url


@pytest.fixture
async def calls(engine_handle: EngineHandle) -> AsyncIterator[EngineCalls]:
    client = EngineCalls(engine_handle.rest_url)
    yield client
    await client.aclose()


@pytest.fixture
def cases(
    fleet: subprocess.Popen[bytes],
    zeebe: ZeebeClient,
    rest: CamundaRest,
    calls: EngineCalls,
    tmp_path: Path,
) -> Cases:
    """Cases start on the session's engine, with the fleet working them."""
    return Cases(zeebe, rest, calls, tmp_path)
