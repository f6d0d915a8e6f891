"""The case page: documents with evidence, editable fields, findings, decision and record.

Temporal is awaited on the event loop; the document store, Presidio and the audit table are
blocking, so that part of each route runs in the threadpool.
"""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import HTMLResponse, RedirectResponse, Response

from domain.case import CaseView
from ui.accounts import User
from ui.case_model import field_rows, version_of
from ui.cases import CaseServiceError, checked_case_id
from ui.context import UiContext
from ui.decision_form import DecisionInputError, NothingChanged, decision_from_form
from ui.deps import current_user, require_roles, ui_context
from ui.evidence import find_page, page_views
from ui.redacted import text_redactor, value_redactor
from ui.render import flash, render
from ui.security import verify_csrf

router = APIRouter(dependencies=[Depends(verify_csrf)])
Decider = Annotated[User, Depends(require_roles("clerk", "admin"))]
ACTION_DONE = {"approve": "Der Fall wurde bewilligt.", "reject": "Der Fall wurde abgelehnt.",
               "correct": "Die Korrekturen wurden gespeichert und neu geprüft."}


async def load_view(request: Request, case_id: str) -> CaseView:
    return await ui_context(request).cases.view(checked_case_id(case_id))


@router.get("/faelle/{case_id}", response_class=HTMLResponse)
async def case_page(request: Request, case_id: str,
                    user: Annotated[User, Depends(current_user)]) -> Response:
    view = await load_view(request, case_id)
    context = await run_in_threadpool(_page_context, ui_context(request), view, user)
    return render(request, "case.html", context)


def _page_context(ui: UiContext, view: CaseView, user: User) -> dict[str, object]:
    context: dict[str, object] = {"view": view, "personal": user.sees_personal_data,
                                  "version": version_of(view)}
    if user.sees_personal_data:
        pages, problems = page_views(ui.store, view)
        ui.audit.record(view.case_id, user.username, "view_personal_data")
        context |= {"fields": field_rows(view), "pages": pages, "problems": problems,
                    "free_text": lambda text: text or "",
                    "audit": ui.audit.for_case(view.case_id)}
    else:
        redacted = value_redactor(ui.store, view)
        context |= {"fields": field_rows(view, show=redacted, with_evidence=False),
                    "pages": [], "problems": [], "free_text": text_redactor(view),
                    "audit": []}
    return context


@router.post("/faelle/{case_id}/entscheidung")
async def decide(request: Request, case_id: str, user: Decider) -> Response:
    ui = ui_context(request)
    view = await load_view(request, case_id)
    form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    target = RedirectResponse(f"/faelle/{view.case_id}", status_code=303)
    try:
        decision = decision_from_form(view, form, user.username)
        await ui.cases.decide(view.case_id, decision)
    except (DecisionInputError, CaseServiceError) as err:
        flash(request, "hinweis" if isinstance(err, NothingChanged) else "fehler", str(err))
        return target
    await run_in_threadpool(
        ui.audit.record, view.case_id, user.username, "decision", action=decision.action,
        detail=", ".join(sorted(decision.corrections)) or None)
    flash(request, "erfolg", ACTION_DONE[decision.action])
    return target


@router.get("/faelle/{case_id}/seiten/{doc_index}/{page}")
async def page_image(request: Request, case_id: str, doc_index: int, page: int,
                     user: Decider) -> Response:
    ui = ui_context(request)
    view = await load_view(request, case_id)
    data = await run_in_threadpool(_page_png, ui, view, doc_index, page)
    return Response(data, media_type="image/png", headers={"Cache-Control": "private, max-age=300"})


@router.get("/faelle/{case_id}/bescheid")
async def artefact(request: Request, case_id: str, user: Decider) -> Response:
    ui = ui_context(request)
    view = await load_view(request, case_id)
    key = view.outcome.artefact_key if view.outcome else None
    if key is None:
        raise HTTPException(status_code=404, detail="Zu diesem Fall gibt es kein Dokument.")
    data = await run_in_threadpool(_artefact_pdf, ui, view, key, user)
    kind = (view.outcome.artefact_kind if view.outcome else None) or "bescheid"
    filename = re.sub(r"[^A-Za-z0-9_.-]", "_", f"{view.case_id}-{kind}.pdf")
    return Response(data, media_type="application/pdf", headers={
        "Content-Disposition": f'attachment; filename="{filename}"',
        "Cache-Control": "private, no-store"})


def _page_png(ui: UiContext, view: CaseView, doc_index: int, page: int) -> bytes:
    found = find_page(ui.store, view, doc_index, page)
    if found is None or found.image_key is None:
        raise HTTPException(status_code=404, detail="Diese Seite gibt es nicht.")
    try:
        return ui.store.get(found.image_key)
    except KeyError:
        raise HTTPException(status_code=404, detail="Das Seitenbild fehlt.") from None


def _artefact_pdf(ui: UiContext, view: CaseView, key: str, user: User) -> bytes:
    try:
        data = ui.store.get(key)
    except KeyError:
        raise HTTPException(status_code=404, detail="Das Dokument fehlt im Ablagesystem.") \
            from None
    ui.audit.record(view.case_id, user.username, "download_artefact")
    return data
