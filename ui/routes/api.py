"""HTTP intake for the city portal (Bearer token, no cookies, hence no CSRF token).

The token itself is checked by ``ui.api_gate`` before the body is read; a portal sees only the
cases it submitted (``ui.portal_cases``), any other case id is a 404 like an unknown one.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, File, Form, HTTPException, Request, UploadFile
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from domain.case import CaseStatus
from domain.routing import Route
from ui.cases import CaseNotFound, CaseNotReady, checked_case_id
from ui.deps import ui_context
from ui.labels import STATUS, type_keys

API_PREFIX = "/api/v1"
UPLOAD_PATH = f"{API_PREFIX}/cases"
PORTAL_CLIENT = "portal_client"  # request.state key set by ui.api_gate
router = APIRouter(prefix=API_PREFIX, tags=["Portal-Schnittstelle"])
_bearer = HTTPBearer(auto_error=False, description="API-Token aus `antragswerk user token NAME`")
MAX_FILES = 5
NO_TOKEN = "Kein oder ungültiges API-Token."


class CaseCreated(BaseModel):
    """The case the upload started (or the existing one for a repeated upload)."""

    case_id: str = Field(description="Kennung des Falls")
    status_url: str = Field(description="Pfad, unter dem der Bearbeitungsstand abgefragt wird")
    duplicate: bool = Field(description="Dieselben Dokumente wurden schon einmal eingereicht")


class CaseStatusReport(BaseModel):
    """Processing state of a case, without any personal data."""

    case_id: str
    status: CaseStatus = Field(description="Bearbeitungsstand (Code)")
    status_text: str = Field(description="Bearbeitungsstand auf Deutsch")
    route: Route | None = Field(None, description="Weg: automatisch oder Sachbearbeitung")
    reasons: list[str] = Field(default_factory=list, description="Gründe der Weiterleitung")
    outcome: Literal["approved", "rejected"] | None = None


class ApiProblem(BaseModel):
    detail: str


_ERRORS: dict[int | str, dict[str, object]] = {
    401: {"model": ApiProblem, "description": "Kein oder ungültiges API-Token"},
    404: {"model": ApiProblem, "description": "Fall unbekannt"},
    413: {"model": ApiProblem, "description": "Datei zu groß"},
    422: {"description": "Ungültige Anfrage: `detail` ist ein Text oder die Liste der Feldfehler"},
    503: {"model": ApiProblem, "description": "Vorgangsdienst nicht erreichbar"},
}


def portal_client(
        request: Request,
        _credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> str:
    """The portal ``ui.api_gate`` authenticated (``_bearer`` documents the scheme)."""
    owner = getattr(request.state, PORTAL_CLIENT, None)
    if not isinstance(owner, str):
        raise HTTPException(status_code=401, detail=NO_TOKEN,
                            headers={"WWW-Authenticate": "Bearer"})
    return owner


Portal = Annotated[str, Depends(portal_client)]


@router.post("/cases", response_model=CaseCreated, status_code=201, responses=_ERRORS,
             summary="Antrag einreichen (1–5 Dateien)")
async def submit_case(
        request: Request, portal: Portal,
        files: Annotated[list[UploadFile], File(description="1 bis 5 Dokumente (PDF, Bild, Text)")],
        application_type: Annotated[str | None, Form(
            description="Antragsart, falls bekannt (z. B. wohnsitzanmeldung)")] = None,
) -> CaseCreated:
    ui = ui_context(request)
    if not 1 <= len(files) <= MAX_FILES:
        raise HTTPException(status_code=422, detail="Bitte 1 bis 5 Dateien hochladen.")
    if application_type is not None and application_type not in type_keys():
        raise HTTPException(status_code=422, detail="Unbekannte Antragsart.")
    limit = ui.settings.max_document_bytes
    documents: list[tuple[str, bytes]] = []
    for upload in files:
        data = await upload.read(limit + 1)
        if len(data) > limit:
            raise HTTPException(status_code=413,
                                detail=f"Eine Datei ist größer als {limit // (1024 * 1024)} MB.")
        if not data:
            raise HTTPException(status_code=422, detail="Eine Datei ist leer.")
        documents.append((PurePath(upload.filename or "dokument").name or "dokument", data))
    result = await ui.cases.submit(documents, application_type=application_type)
    await run_in_threadpool(ui.portal_cases.record, portal, result.case_id)
    return CaseCreated(case_id=result.case_id, duplicate=result.duplicate,
                       status_url=str(request.url_for("case_status", case_id=result.case_id).path))


@router.get("/cases/{case_id}", response_model=CaseStatusReport, responses=_ERRORS,
            summary="Bearbeitungsstand eines Falls")
async def case_status(request: Request, case_id: str, portal: Portal) -> CaseStatusReport:
    ui = ui_context(request)
    if not await run_in_threadpool(ui.portal_cases.owns, portal, checked_case_id(case_id)):
        raise CaseNotFound()
    try:
        view = await ui.cases.view(case_id)
    except CaseNotReady:
        return CaseStatusReport(case_id=case_id, status="received", status_text=STATUS["received"])
    return CaseStatusReport(
        case_id=view.case_id, status=view.status, status_text=STATUS.get(view.status, view.status),
        route=view.decision.route if view.decision else None,
        reasons=view.decision.reasons if view.decision else [],
        outcome=view.outcome.status if view.outcome else None)
