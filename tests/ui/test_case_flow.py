"""Queue, case page, decisions, redaction, audit, portal API against a real Temporal server
and a real worker (scripted model endpoint only)."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator

import httpx
import pytest
import pytest_asyncio
from fastapi import FastAPI
from temporalio.client import Client

from config.settings import Settings
from tests.support.scripted_llm import ScriptedLLM
from tests.ui.review_cases import PASSWORD, ReviewCase, ensure_users, submit_review_case
from ui.app import create_app

pytestmark = pytest.mark.usefixtures("worker")
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest_asyncio.fixture(loop_scope="session")
async def app(client: Client, stack_settings: Settings) -> FastAPI:
    async def same_client(_settings: Settings) -> Client:
        return client

    application = create_app(stack_settings, temporal_client_factory=same_client)
    ensure_users(application)
    return application


@pytest_asyncio.fixture(loop_scope="session")
async def review_case(client: Client, stack_settings: Settings,
                      scripted_llm: ScriptedLLM) -> ReviewCase:
    surname = f"Wojcik{abs(hash(asyncio.get_running_loop().time())) % 10_000}"
    return await submit_review_case(client, stack_settings, scripted_llm, surname)


async def browser(app: FastAPI, username: str) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        token = _CSRF.search((await http.get("/anmelden")).text)
        assert token
        response = await http.post("/anmelden", data={
            "username": username, "password": PASSWORD, "csrf_token": token.group(1)})
        assert response.status_code == 303
        yield http


@pytest_asyncio.fixture(loop_scope="session")
async def clerk(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async for http in browser(app, "ui-clara"):
        yield http


async def form_of(http: httpx.AsyncClient, path: str) -> dict[str, str]:
    """The hidden fields of the case page's decision form (CSRF token and version)."""
    html = (await http.get(path)).text
    token, version = _CSRF.search(html), re.search(r'name="stand" value="(\d+)"', html)
    assert token and version
    return {"csrf_token": token.group(1), "stand": version.group(1)}


async def wait_in_queue(http: httpx.AsyncClient, case_id: str, query: str = "") -> str:
    """Visibility is eventually consistent: poll the queue page briefly."""
    html = ""
    for _ in range(40):
        html = (await http.get(f"/faelle{query}")).text
        if case_id in html:
            return html
        await asyncio.sleep(0.25)
    raise AssertionError(f"{case_id} never appeared in the queue")


async def test_queue_lists_case_with_explained_reason_and_filters(
        clerk: httpx.AsyncClient, review_case: ReviewCase) -> None:
    html = await wait_in_queue(clerk, review_case.case_id)
    assert "Wunschkennzeichen" in html and "K3_unzulaessig" in html
    assert "Die Buchstabenkombination ist nicht zulässig." in html or "nicht zul" in html
    assert review_case.surname not in html  # the queue shows no personal data
    filtered = await wait_in_queue(clerk, review_case.case_id,
                                   "?typ=wunschkennzeichen&grund=K3_unzulaessig")
    assert review_case.case_id in filtered
    other = (await clerk.get("/faelle?typ=geburtsurkunde")).text
    assert review_case.case_id not in other
    assert (await clerk.get('/faelle?grund=x"%20OR%20true')).status_code == 400


async def test_clerk_sees_documents_evidence_and_is_audited(
        app: FastAPI, clerk: httpx.AsyncClient, review_case: ReviewCase) -> None:
    page = await clerk.get(f"/faelle/{review_case.case_id}")
    assert page.status_code == 200
    html = page.text
    assert f'value="{review_case.surname}"' in html
    assert "K3_unzulaessig" in html and "Empfehlung des Systems: Ablehnen" in html
    assert re.search(r'class="beleg" id="beleg-halter-familienname-0-0"[^>]*data-box="[\d.,]+"',
                     html), "evidence box of the surname missing"
    assert re.search(r'class="sicherheit sicherheit-\w+"><span class="sicherheit-zahl">\d+ %',
                     html)
    image = await clerk.get(f"/faelle/{review_case.case_id}/seiten/0/1")
    assert image.status_code == 200 and image.content.startswith(b"\x89PNG")
    entries = app.state.ui.audit.for_case(review_case.case_id)
    assert entries and entries[0].kind == "view_personal_data" and entries[0].username == "ui-clara"


async def test_evaluator_gets_no_personal_data(app: FastAPI, review_case: ReviewCase) -> None:
    async for evaluator in browser(app, "ui-eva"):
        html = (await evaluator.get(f"/faelle/{review_case.case_id}")).text
        assert "Geschwärzte Ansicht" in html
        for pii in review_case.pii:
            assert pii not in html
        assert "/seiten/" not in html
        # Redacted, not blank: placeholders for personal values, plain values stay readable.
        assert 'value="&lt;' in html and 'value="pkw"' in html
        image = await evaluator.get(f"/faelle/{review_case.case_id}/seiten/0/1")
        assert image.status_code == 403
        assert not [e for e in app.state.ui.audit.for_case(review_case.case_id)
                    if e.username == "ui-eva"]


async def test_correct_approve_and_second_clerk_is_refused(
        app: FastAPI, clerk: httpx.AsyncClient, review_case: ReviewCase) -> None:
    path = f"/faelle/{review_case.case_id}"
    async for other in browser(app, "ui-carl"):
        stale = await form_of(other, path)  # Carl opens the case before Clara decides.
        response = await clerk.post(f"{path}/entscheidung", data={
            **await form_of(clerk, path), "action": "correct", "feld:kennzeichen": "BO-MW 12"})
        assert response.status_code == 303
        html = (await clerk.get(path)).text
        assert "Die Korrekturen wurden gespeichert" in html
        assert 'value="BO-MW 12"' in html and "K3_unzulaessig" not in html
        assert "von Sachbearbeitung" in html

        await other.post(f"{path}/entscheidung", data={
            **stale, "action": "approve", "feld:kennzeichen": "BO-SS 12"})
        html = (await other.get(path)).text
        assert "inzwischen von ui-clara bearbeitet" in html and 'value="BO-MW 12"' in html

        await clerk.post(f"{path}/entscheidung", data={
            **await form_of(clerk, path), "action": "approve"})
        html = (await clerk.get(path)).text
        assert "Der Fall wurde bewilligt." in html
        assert "Ergebnis: Bewilligt" in html and "ui-clara" in html

        await other.post(f"{path}/entscheidung", data={
            **stale, "action": "reject", "reason": "Doppelt"})
        html = (await other.get(path)).text
        assert "Dieser Fall wurde bereits von ui-clara entschieden" in html
        assert "Ergebnis: Bewilligt" in html
    audit = app.state.ui.audit.for_case(review_case.case_id)
    decisions = [(e.username, e.action, e.detail) for e in audit if e.kind == "decision"]
    assert decisions == [("ui-clara", "approve", None), ("ui-clara", "correct", "kennzeichen")]


async def test_simultaneous_decisions_one_wins(app: FastAPI, review_case: ReviewCase) -> None:
    """Both forms are current when sent; the workflow's validator lets exactly one through."""
    path = f"/faelle/{review_case.case_id}"
    async for first in browser(app, "ui-clara"):
        async for second in browser(app, "ui-carl"):
            forms = [await form_of(first, path), await form_of(second, path)]
            await asyncio.gather(
                first.post(f"{path}/entscheidung", data={**forms[0], "action": "approve"}),
                second.post(f"{path}/entscheidung", data={**forms[1], "action": "reject",
                                                          "reason": "Unzulässig"}))
            pages = [(await first.get(path)).text, (await second.get(path)).text]
    view = await app.state.ui.cases.view(review_case.case_id)
    assert view.outcome is not None
    winner = view.outcome.decided_by
    loser_page = pages[1] if winner == "ui-clara" else pages[0]
    # Which refusal the loser sees depends on arrival order, both name the winner: sent while
    # the winner's update runs, the workflow refuses it; arriving after, its form is stale.
    assert (f"Dieser Fall wurde bereits von {winner} entschieden" in loser_page
            or f"Der Fall wurde inzwischen von {winner} bearbeitet" in loser_page), loser_page
    assert len(view.clerk_decisions) == 1


async def test_reject_needs_a_reason(clerk: httpx.AsyncClient, review_case: ReviewCase) -> None:
    path = f"/faelle/{review_case.case_id}"
    form = await form_of(clerk, path)
    await clerk.post(f"{path}/entscheidung", data={**form, "action": "reject", "reason": "  "})
    html = (await clerk.get(path)).text
    assert "Bitte geben Sie einen Grund für die Ablehnung an." in html
    assert "Wartet auf Prüfung" in html
    await clerk.post(f"{path}/entscheidung", data={**form, "action": "reject",
                                                   "reason": "Kennzeichen unzulässig"})
    html = (await clerk.get(path)).text
    assert "Ergebnis: Abgelehnt" in html and "Grund: Kennzeichen unzulässig" in html


async def test_portal_api_submit_and_status(app: FastAPI, stack_settings: Settings,
                                            scripted_llm: ScriptedLLM) -> None:
    from tests.ui.review_cases import plate_answer, plate_pdf

    token = app.state.ui.accounts.create_token(f"portal-{id(app)}")
    scripted_llm.when("Portalowa", plate_answer("Portalowa", "Nina", "BO-PO 7"))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver",
                                 headers={"Authorization": f"Bearer {token}"}) as api:
        files = [("files", ("antrag.pdf", plate_pdf("Portalowa", "Nina", "BO-PO 7"),
                            "application/pdf"))]
        created = await api.post("/api/v1/cases", files=files,
                                 data={"application_type": "wunschkennzeichen"})
        assert created.status_code == 201, created.text
        body = created.json()
        assert body["duplicate"] is False
        assert body["status_url"] == f"/api/v1/cases/{body['case_id']}"
        status: dict[str, object] = {}
        for _ in range(120):
            status = (await api.get(body["status_url"])).json()
            if status["status"] in ("approved", "awaiting_review", "rejected", "failed"):
                break
            await asyncio.sleep(0.5)
        assert status["status"] == "approved" and status["route"] == "auto_approve"
        assert status["outcome"] == "approved"
        assert "Portalowa" not in str(status) and "Nina" not in str(status)
        again = await api.post("/api/v1/cases", files=files,
                               data={"application_type": "wunschkennzeichen"})
        assert again.json()["duplicate"] is True
        assert (await api.get("/api/v1/cases/case-gibtsnicht")).status_code == 404


async def test_overview_for_process_owner(app: FastAPI, review_case: ReviewCase) -> None:
    async for owner in browser(app, "ui-otto"):
        html = (await owner.get("/uebersicht")).text
        assert '<svg class="diagramm" id="faelle-nach-art"' in html
        assert "Wunschkennzeichen" in html and "Dunkelverarbeitungsquote" in html
