"""Small helpers shared by the UI tests (login through the real form, CSRF token scraping)."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from httpx2 import Response  # what Starlette's TestClient returns

_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_from(html: str) -> str:
    match = _CSRF.search(html)
    assert match, "page has no CSRF field"
    return match.group(1)


def login(client: TestClient, username: str, password: str, *, next_path: str = "/faelle",
          ) -> Response:
    token = csrf_from(client.get("/anmelden").text)
    return client.post("/anmelden", data={
        "username": username, "password": password, "csrf_token": token, "weiter": next_path,
    }, follow_redirects=False)
