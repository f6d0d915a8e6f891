"""The review UI in real Chromium: a clerk's day, redaction, CSRF, login redirect, axe-core.

The app runs under uvicorn in a thread with its own event loop and its own Temporal client; the
worker keeps running on the test session's loop while the async Playwright API awaits.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
import uvicorn
from playwright.async_api import Browser, BrowserContext, Page, async_playwright
from temporalio.client import Client

from config.settings import Settings
from orchestration.client import data_converter
from tests.support.scripted_llm import ScriptedLLM
from tests.ui.review_cases import PASSWORD, ReviewCase, ensure_users, submit_review_case
from ui.app import create_app
from ui.screenshots import capture, launch_chromium, log_in

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("worker")]
REPO = Path(__file__).resolve().parents[2]
AXE = REPO / "ui" / "node_modules" / "axe-core" / "axe.min.js"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(client: Client, settings: Settings) -> Iterator[str]:
    target = client.service_client.config.target_host

    async def own_client(s: Settings) -> Client:
        return await Client.connect(target, namespace=client.namespace,
                                    data_converter=data_converter(s))

    app = create_app(settings, temporal_client_factory=own_client)
    ensure_users(app)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def chromium() -> AsyncIterator[Browser]:
    async with async_playwright() as playwright:
        browser = await launch_chromium(playwright)
        yield browser
        await browser.close()


@pytest_asyncio.fixture(loop_scope="session")
async def context(chromium: Browser) -> AsyncIterator[BrowserContext]:
    ctx = await chromium.new_context(viewport={"width": 1366, "height": 900}, locale="de-DE")
    yield ctx
    await ctx.close()


@pytest_asyncio.fixture(loop_scope="session")
async def review_case(client: Client, settings: Settings,
                      scripted_llm: ScriptedLLM) -> ReviewCase:
    surname = f"Nowakowska{time.monotonic_ns() % 100_000}"
    return await submit_review_case(client, settings, scripted_llm, surname)


async def open_queue_until(page: Page, base_url: str, case_id: str) -> None:
    for _ in range(40):
        await page.goto(f"{base_url}/faelle")
        if await page.locator(f'a.fall-link[href="/faelle/{case_id}"]').count():
            return
        await asyncio.sleep(0.25)
    raise AssertionError("case not in the queue")


async def axe_violations(page: Page) -> list[dict[str, Any]]:
    assert AXE.exists(), "axe-core missing: run `npm ci --prefix ui`"
    # Evaluated through the DevTools protocol, so the page's CSP does not block axe.
    await page.evaluate(AXE.read_text(encoding="utf-8"))
    result = await page.evaluate(
        "async () => { const r = await axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}});"
        " return {violations: r.violations, passes: r.passes.length}; }")
    assert result["passes"] > 10, "axe-core did not really check the page"
    return [{"id": v["id"], "nodes": [n["target"] for n in v["nodes"]][:3]}
            for v in result["violations"]]


async def test_clerk_reviews_corrects_and_approves(context: BrowserContext, base_url: str,
                                                   review_case: ReviewCase) -> None:
    page = await context.new_page()
    await log_in(page, base_url, "ui-clara", PASSWORD)
    await open_queue_until(page, base_url, review_case.case_id)
    await page.locator(f'a.fall-link[href="/faelle/{review_case.case_id}"]').click()
    await page.wait_for_url(f"**/faelle/{review_case.case_id}")

    surname_input = page.get_by_role("textbox", name="Halter › Familienname")
    assert await surname_input.input_value() == review_case.surname
    await page.get_by_role("button", name="Beleg zeigen für Halter › Familienname").click()
    box = page.locator("#beleg-halter-familienname-0-0")
    assert "aktiv" in (await box.get_attribute("class") or "")
    assert await page.evaluate("document.activeElement.id") == "beleg-halter-familienname-0-0"
    geometry = await box.bounding_box()
    assert await box.is_visible() and geometry is not None and geometry["width"] > 5
    await box.click()
    assert await page.evaluate("document.activeElement.id") == \
        "eingabe-feld-halter-familienname"

    await page.get_by_role("textbox", name=re.compile(r"^Kennzeichen")).fill("BO-MN 12")
    await page.get_by_role("button", name="Korrekturen speichern").click()
    await page.get_by_text("Die Korrekturen wurden gespeichert").wait_for()
    assert "K3_unzulaessig" not in await page.content()
    await page.get_by_role("button", name="Bewilligen").click()
    await page.get_by_role("heading", name="Ergebnis: Bewilligt").wait_for()
    link = page.get_by_role("link", name="herunterladen (PDF)")
    assert await link.count() == 1
    async with page.expect_download() as download_info:
        await link.click()
    download = await download_info.value
    assert (await download.path()).read_bytes().startswith(b"%PDF")
    protocol = await page.locator("#protokoll-titel + table").inner_text()
    assert "Entschieden: Bewilligt" in protocol and "ui-clara" in protocol


async def test_evaluator_sees_no_personal_data(context: BrowserContext, base_url: str,
                                               review_case: ReviewCase) -> None:
    page = await context.new_page()
    await log_in(page, base_url, "ui-eva", PASSWORD)
    await page.goto(f"{base_url}/faelle/{review_case.case_id}")
    html = await page.content()
    assert "Geschwärzte Ansicht" in html
    leaked = [p for p in review_case.pii if p in html]
    assert leaked == []


async def test_post_without_csrf_token_is_refused(context: BrowserContext, base_url: str,
                                                  review_case: ReviewCase) -> None:
    page = await context.new_page()
    await log_in(page, base_url, "ui-clara", PASSWORD)
    url = f"{base_url}/faelle/{review_case.case_id}/entscheidung"
    response = await page.request.post(url, form={"action": "approve"})
    assert response.status == 403
    forged = await page.request.post(url, form={"action": "approve", "csrf_token": "gefälscht"})
    assert forged.status == 403
    await page.goto(f"{base_url}/faelle/{review_case.case_id}")
    assert "Wartet auf Prüfung" in await page.content()


async def test_logged_out_user_is_redirected_to_login(context: BrowserContext,
                                                      base_url: str) -> None:
    page = await context.new_page()
    await page.goto(f"{base_url}/faelle")
    assert page.url == f"{base_url}/anmelden?weiter=/faelle"
    await log_in(page, base_url, "ui-clara", PASSWORD)
    await page.get_by_role("button", name="Abmelden").click()
    await page.goto(f"{base_url}/uebersicht")
    assert "/anmelden" in page.url


async def test_keyboard_only_login_and_skip_link(context: BrowserContext, base_url: str) -> None:
    page = await context.new_page()
    await page.goto(f"{base_url}/anmelden")
    await page.keyboard.press("Tab")
    assert await page.evaluate("document.activeElement.textContent") == "Zum Inhalt springen"
    await page.keyboard.press("Enter")
    assert await page.evaluate("document.activeElement.id") == "inhalt"
    await page.keyboard.press("Tab")
    await page.keyboard.type("ui-clara")
    await page.keyboard.press("Tab")
    await page.keyboard.type(PASSWORD)
    await page.keyboard.press("Enter")
    await page.wait_for_url(f"{base_url}/faelle")
    outline = await page.evaluate(
        "() => { const a = document.querySelector('.hauptnavigation a'); a.focus();"
        " return getComputedStyle(a).outlineStyle; }")
    assert outline == "solid"


async def test_axe_finds_no_violations(context: BrowserContext, base_url: str,
                                       review_case: ReviewCase) -> None:
    page = await context.new_page()
    await page.goto(f"{base_url}/anmelden")
    found = {"login": await axe_violations(page)}
    await log_in(page, base_url, "ui-clara", PASSWORD)
    await open_queue_until(page, base_url, review_case.case_id)
    found["queue"] = await axe_violations(page)
    await page.goto(f"{base_url}/faelle/{review_case.case_id}")
    await page.get_by_role("button", name="Beleg zeigen für Halter › Familienname").click()
    found["case"] = await axe_violations(page)
    await log_in(page, base_url, "ui-otto", PASSWORD)
    await page.goto(f"{base_url}/uebersicht")
    found["overview"] = await axe_violations(page)
    assert found == {"login": [], "queue": [], "case": [], "overview": []}, json.dumps(found)


async def test_screenshots(chromium: Browser, base_url: str, review_case: ReviewCase,
                           tmp_path: Path) -> None:
    """Writes to a temporary folder; ANTRAGSWERK_UPDATE_SCREENSHOTS=1 refreshes the docs."""
    out = REPO / "docs" / "screenshots" if os.environ.get("ANTRAGSWERK_UPDATE_SCREENSHOTS") \
        else tmp_path
    ctx = await chromium.new_context(viewport={"width": 1440, "height": 1000}, locale="de-DE")
    page = await ctx.new_page()
    await log_in(page, base_url, "ui-clara", PASSWORD)
    await open_queue_until(page, base_url, review_case.case_id)
    written = await capture(page, base_url, out, review_case.case_id)
    await log_in(page, base_url, "ui-otto", PASSWORD)
    await page.goto(f"{base_url}/uebersicht")
    await page.screenshot(path=str(out / "overview.png"), full_page=True)
    await ctx.close()
    assert [p.name for p in written] == ["queue.png", "case.png"]
    assert all(p.stat().st_size > 10_000 for p in written)
