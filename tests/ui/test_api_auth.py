"""The portal API without Temporal: authentication, upload limits and the published schema."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def token(ui_app: FastAPI) -> str:
    return str(ui_app.state.ui.accounts.create_token("portal"))


def _upload(client: TestClient, token: str | None, files: list[tuple[str, bytes]],
            **data: str) -> tuple[int, dict[str, object]]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = client.post("/api/v1/cases", headers=headers, data=data,
                           files=[("files", (name, body, "application/pdf"))
                                  for name, body in files])
    return response.status_code, response.json()


def test_upload_needs_a_valid_token(ui_client: TestClient, token: str) -> None:
    assert _upload(ui_client, None, [("a.pdf", b"%PDF-1.4")])[0] == 401
    status, body = _upload(ui_client, token + "x", [("a.pdf", b"%PDF-1.4")])
    assert status == 401 and body["detail"] == "Kein oder ungültiges API-Token."


def test_session_cookie_is_no_api_credential(ui_client: TestClient) -> None:
    from tests.ui.conftest import PASSWORDS
    from tests.ui.helpers import login

    login(ui_client, "adam", PASSWORDS["adam"])
    assert ui_client.get("/api/v1/cases/fall-1").status_code == 401


@pytest.mark.parametrize(("count", "size", "expected"), [(6, 10, 422), (1, 0, 422),
                                                        (1, 65 * 1024, 413)])
def test_upload_limits(ui_client: TestClient, token: str, count: int, size: int,
                       expected: int) -> None:
    status, body = _upload(ui_client, token, [(f"{i}.pdf", b"x" * size) for i in range(count)])
    assert status == expected
    assert isinstance(body["detail"], str)


def test_unknown_application_type_refused(ui_client: TestClient, token: str) -> None:
    status, body = _upload(ui_client, token, [("a.pdf", b"%PDF-1.4")],
                           application_type="hundesteuer")
    assert (status, body["detail"]) == (422, "Unbekannte Antragsart.")


def test_status_of_a_case_of_another_portal_is_a_404(ui_app: FastAPI, ui_client: TestClient,
                                                     token: str) -> None:
    ui_app.state.ui.portal_cases.record("anderes-portal", "fall-2")
    response = ui_client.get("/api/v1/cases/fall-2", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 404
    assert response.json()["detail"] == "Diesen Fall gibt es nicht."


def test_status_with_temporal_down_is_a_json_503(ui_app: FastAPI, ui_client: TestClient,
                                                 token: str) -> None:
    ui_app.state.ui.portal_cases.record("portal", "fall-1")
    response = ui_client.get("/api/v1/cases/fall-1", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 503
    assert "nicht erreichbar" in response.json()["detail"]


def test_openapi_schema_documents_the_portal_api(ui_client: TestClient) -> None:
    schema = ui_client.get("/api/openapi.json").json()
    post = schema["paths"]["/api/v1/cases"]["post"]
    assert post["responses"]["201"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "/CaseCreated")
    assert "/api/v1/cases/{case_id}" in schema["paths"]
    report = schema["components"]["schemas"]["CaseStatusReport"]["properties"]
    assert {"status", "route", "reasons", "outcome"} <= set(report)
    assert "HTTPBearer" in schema["components"]["securitySchemes"]
    # The HTML pages are not part of the public API description.
    assert not any(path.startswith("/faelle") for path in schema["paths"])
