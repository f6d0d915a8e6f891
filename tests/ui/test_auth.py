"""Login, logout, redirects, CSRF and login throttling through the real app."""

from __future__ import annotations

from fastapi.testclient import TestClient

from config.settings import Settings
from tests.ui.conftest import PASSWORDS
from tests.ui.helpers import csrf_from, login
from ui.accounts import ensure_demo_clerk

PASSWORD_OF_CLARA = PASSWORDS["clara"]


def test_logged_out_user_is_sent_to_login(ui_client: TestClient) -> None:
    response = ui_client.get("/faelle?typ=geburtsurkunde", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/anmelden?weiter=/faelle%3Ftyp%3Dgeburtsurkunde"


def test_login_page_is_german_and_accessible_basics(ui_client: TestClient) -> None:
    html = ui_client.get("/anmelden").text
    assert '<html lang="de">' in html
    assert 'href="#inhalt"' in html and 'id="inhalt"' in html
    assert '<label for="username">' in html and '<label for="password">' in html


def test_login_and_logout(ui_client: TestClient) -> None:
    response = login(ui_client, "clara", PASSWORDS["clara"], next_path="/faelle/abc")
    assert response.status_code == 303 and response.headers["location"] == "/faelle/abc"
    token = csrf_from(ui_client.get("/anmelden").text)
    logout = ui_client.post("/abmelden", data={"csrf_token": token}, follow_redirects=False)
    assert logout.status_code == 303
    assert ui_client.get("/faelle", follow_redirects=False).status_code == 303


def test_login_never_redirects_off_site(ui_client: TestClient) -> None:
    response = login(ui_client, "clara", PASSWORDS["clara"], next_path="//evil.example/x")
    assert response.headers["location"] == "/faelle"


def test_wrong_password_gives_german_message(ui_client: TestClient) -> None:
    response = login(ui_client, "clara", "falsches-passwort")
    assert response.status_code == 401
    assert "Benutzername oder Passwort ist falsch." in response.text


def test_throttle_after_five_failures_even_with_right_password(ui_client: TestClient) -> None:
    for _ in range(5):
        assert login(ui_client, "adam", "falsches-passwort").status_code == 401
    response = login(ui_client, "adam", PASSWORDS["adam"])
    assert response.status_code == 429
    assert "Zu viele fehlgeschlagene Anmeldeversuche" in response.text
    # Another account from the same address is not locked out by adam's failures.
    assert login(ui_client, "otto", PASSWORDS["otto"]).status_code == 303


def test_post_without_csrf_token_is_refused(ui_client: TestClient) -> None:
    ui_client.get("/anmelden")
    response = ui_client.post("/anmelden", data={"username": "clara",
                                                 "password": PASSWORDS["clara"]})
    assert response.status_code == 403
    assert "Sicherheitsmerkmal" in response.text
    login(ui_client, "clara", PASSWORDS["clara"])
    response = ui_client.post("/faelle/fall-1/entscheidung", data={"action": "approve"})
    assert response.status_code == 403


def test_csrf_token_of_another_session_is_refused(ui_app: object,
                                                  ui_client: TestClient) -> None:
    with TestClient(ui_client.app) as other:
        foreign = csrf_from(other.get("/anmelden").text)
    ui_client.get("/anmelden")
    response = ui_client.post("/anmelden", data={"username": "clara", "csrf_token": foreign,
                                                 "password": PASSWORDS["clara"]})
    assert response.status_code == 403


def test_csrf_header_is_accepted(ui_client: TestClient) -> None:
    login(ui_client, "clara", PASSWORDS["clara"])
    token = csrf_from(ui_client.get("/anmelden").text)
    response = ui_client.post("/abmelden", headers={"X-CSRF-Token": token},
                              follow_redirects=False)
    assert response.status_code == 303


def test_temporal_down_gives_german_503_page(ui_client: TestClient) -> None:
    login(ui_client, "clara", PASSWORDS["clara"])
    response = ui_client.get("/faelle")
    assert response.status_code == 503
    assert "nicht erreichbar" in response.text


def test_overview_is_not_for_clerks(ui_client: TestClient) -> None:
    login(ui_client, "clara", PASSWORDS["clara"])
    response = ui_client.get("/uebersicht")
    assert response.status_code == 403
    assert "Berechtigung" in response.text


def test_security_headers(ui_client: TestClient) -> None:
    response = ui_client.get("/anmelden")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY"
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie


def test_non_ascii_csrf_token_is_refused_not_a_crash(ui_client: TestClient) -> None:
    ui_client.get("/anmelden")
    response = ui_client.post("/anmelden", data={"username": "clara", "csrf_token": "gefälscht",
                                                 "password": PASSWORD_OF_CLARA})
    assert response.status_code == 403


def test_malformed_case_id_is_a_404_without_asking_temporal(ui_client: TestClient) -> None:
    login(ui_client, "clara", PASSWORDS["clara"])
    response = ui_client.get("/faelle/fall%20mit%22zeichen")
    assert response.status_code == 404
    assert "Diesen Fall gibt es nicht." in response.text
    response = ui_client.get("/gibtsnicht")
    assert response.status_code == 404 and "Diese Seite gibt es nicht." in response.text


def test_incomplete_login_form_gets_a_german_page(ui_client: TestClient) -> None:
    token = csrf_from(ui_client.get("/anmelden").text)
    response = ui_client.post("/anmelden", data={"csrf_token": token, "username": "clara"})
    assert response.status_code == 400
    assert "Die Eingaben sind unvollständig" in response.text


def test_demo_clerk_is_named_as_such(ui_settings: Settings, ui_client: TestClient) -> None:
    username, password = ensure_demo_clerk(ui_settings)
    assert login(ui_client, username, password).status_code == 303
    assert "Demo-Zugang" in ui_client.get("/faelle").text
    login(ui_client, "clara", PASSWORDS["clara"])
    assert "Demo-Zugang" not in ui_client.get("/faelle").text
