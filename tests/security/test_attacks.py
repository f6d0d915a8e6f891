"""The attacks of issue 16, run against the real app over real HTTP on loopback.

Each test is the attack as an outsider (or a second portal) would run it; the assertion is the
answer a defended server gives.
"""

from __future__ import annotations

import re

import httpx
import pytest
from fastapi import FastAPI

from tests.security.conftest import PASSWORD
from tests.security.raw_upload import MIB, stream_post

_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
COOKIE = "antragswerk_sitzung"


def login(client: httpx.Client, username: str, password: str,
           headers: dict[str, str] | None = None) -> httpx.Response:
    page = client.get("/anmelden")
    match = _CSRF.search(page.text)
    assert match, "login page without CSRF field"
    return client.post("/anmelden", headers=headers or {}, data={
        "username": username, "password": password, "csrf_token": match.group(1)})


def _logout(client: httpx.Client) -> httpx.Response:
    match = _CSRF.search(client.get("/anmelden").text)
    assert match
    return client.post("/abmelden", data={"csrf_token": match.group(1)})


def _queue_with_cookie(base_url: str, cookie: str) -> httpx.Response:
    with httpx.Client(base_url=base_url, cookies={COOKIE: cookie}) as replay:
        return replay.get("/faelle")


def test_rotating_forwarded_for_does_not_bypass_the_lockout(base_url: str) -> None:
    with httpx.Client(base_url=base_url) as client:
        for i in range(5):
            answer = login(client, "mia", "falsch-falsch-1",
                            headers={"X-Forwarded-For": f"10.0.0.{i + 1}"})
            assert answer.status_code == 401
        sixth = login(client, "mia", "falsch-falsch-1", headers={"X-Forwarded-For": "10.0.0.6"})
        assert sixth.status_code == 429
        right = login(client, "mia", PASSWORD, headers={"X-Forwarded-For": "10.0.0.7"})
        assert right.status_code == 429, "a locked account must stay locked for the right password"


def _logged_in_cookie(client: httpx.Client, username: str) -> str:
    assert login(client, username, PASSWORD).status_code == 303
    cookie = client.cookies.get(COOKIE)
    assert cookie is not None
    assert _queue_with_cookie(str(client.base_url), cookie).status_code == 503  # logged in
    return cookie


def test_cookie_replayed_after_logout_opens_nothing(base_url: str) -> None:
    with httpx.Client(base_url=base_url) as client:
        captured = _logged_in_cookie(client, "jan")
        assert _logout(client).status_code == 303
    replay = _queue_with_cookie(base_url, captured)
    assert replay.status_code == 303
    assert replay.headers["location"].startswith("/anmelden")


def test_cookie_replayed_after_password_change_opens_nothing(attack_app: FastAPI,
                                                             base_url: str) -> None:
    with httpx.Client(base_url=base_url) as client:
        captured = _logged_in_cookie(client, "lea")
    attack_app.state.ui.accounts.set_password("lea", "neues-passwort-22")
    replay = _queue_with_cookie(base_url, captured)
    assert replay.status_code == 303


def test_cookie_replayed_after_deactivation_opens_nothing(attack_app: FastAPI,
                                                          base_url: str) -> None:
    with httpx.Client(base_url=base_url) as client:
        captured = _logged_in_cookie(client, "tom")
    attack_app.state.ui.accounts.deactivate("tom")
    replay = _queue_with_cookie(base_url, captured)
    assert replay.status_code == 303


@pytest.mark.parametrize("chunked", [False, True])
def test_unauthenticated_200_mib_upload_is_answered_early(base_url: str, chunked: bool) -> None:
    answer = stream_post(base_url, "/api/v1/cases", 200 * MIB, headers={}, chunked=chunked)
    assert answer.status == 401
    assert answer.sent_bytes <= 4 * MIB, f"server read {answer.sent_bytes / MIB:.1f} MiB first"


def test_authenticated_oversized_upload_is_refused_while_it_streams(attack_app: FastAPI,
                                                                    base_url: str) -> None:
    token = attack_app.state.ui.accounts.create_token("portal-gross")
    # Chunked: no Content-Length to refuse up front, the server has to count while it reads.
    answer = stream_post(base_url, "/api/v1/cases", 100 * MIB, chunked=True,
                         headers={"Authorization": f"Bearer {token}"})
    assert answer.status == 413
    assert answer.sent_bytes <= 6 * MIB, f"server read {answer.sent_bytes / MIB:.1f} MiB first"


@pytest.mark.parametrize("path", ["/anmelden", "/faelle/fall-1/entscheidung"])
def test_oversized_form_post_is_refused_before_parsing(base_url: str, path: str) -> None:
    answer = stream_post(base_url, path, 200 * MIB, headers={})
    assert answer.status == 413
    assert answer.sent_bytes <= 4 * MIB, f"server read {answer.sent_bytes / MIB:.1f} MiB first"
