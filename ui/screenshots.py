"""Screenshots of the queue and a case page for the docs: ``python -m ui.screenshots``.

Runs against a running UI (the demo stack by default) with Debian's Chromium; logs in as the
demo clerk unless told otherwise.
"""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

from playwright.async_api import Browser, Page, Playwright, ViewportSize, async_playwright

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
VIEWPORT: ViewportSize = {"width": 1440, "height": 1000}


async def launch_chromium(playwright: Playwright) -> Browser:
    return await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


async def log_in(page: Page, base_url: str, username: str, password: str) -> None:
    await page.goto(f"{base_url}/anmelden")
    await page.get_by_label("Benutzername").fill(username)
    await page.get_by_label("Passwort").fill(password)
    await page.get_by_role("button", name="Anmelden").click()
    await page.wait_for_url(f"{base_url}/faelle*")


async def capture(page: Page, base_url: str, out_dir: Path, case_id: str | None = None,
                  ) -> list[Path]:
    """Queue and case page of an already logged-in page; returns the written files."""
    out_dir.mkdir(parents=True, exist_ok=True)
    await page.set_viewport_size(VIEWPORT)
    await page.goto(f"{base_url}/faelle")
    queue = out_dir / "queue.png"
    await page.screenshot(path=str(queue), full_page=True)
    if case_id is None:
        link = page.locator("a.fall-link").first
        if await link.count() == 0:
            return [queue]
        await link.click()
    else:
        await page.goto(f"{base_url}/faelle/{case_id}")
    await page.wait_for_load_state("networkidle")
    show = page.locator("button.beleg-zeigen").first
    if await show.count():
        await show.click()
        await page.wait_for_timeout(400)
    await page.evaluate("window.scrollTo(0, 0)")
    case = out_dir / "case.png"
    await page.screenshot(path=str(case), full_page=False)
    return [queue, case]


async def _main(base_url: str, username: str, password: str, out_dir: Path) -> None:
    async with async_playwright() as playwright:
        browser = await launch_chromium(playwright)
        page = await browser.new_page(viewport=VIEWPORT)
        await log_in(page, base_url, username, password)
        for path in await capture(page, base_url, out_dir):
            print(path)
        await browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base-url", default=None, help="Default: the configured UI address")
    parser.add_argument("--user", default=None, help="Default: the demo clerk")
    parser.add_argument("--password", default=None)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    from config.settings import get_settings
    from ui.cli import ensure_demo_clerk

    settings = get_settings()
    base_url = args.base_url or f"http://{settings.ui_host}:{settings.ui_port}"
    username, password = (args.user, args.password) if args.user else ensure_demo_clerk(settings)
    asyncio.run(_main(base_url.rstrip("/"), username, password or "", args.out))


if __name__ == "__main__":
    main()
