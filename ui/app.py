"""The review UI and the portal API as one FastAPI application."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from http import HTTPStatus
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException
from starlette.middleware.sessions import SessionMiddleware
from starlette.responses import JSONResponse, RedirectResponse, Response
from temporalio.client import Client

from config.settings import Settings, get_settings
from storage.database import session_factory
from storage.document_store import FileDocumentStore
from ui import labels, present
from ui.accounts import AccountService
from ui.api_gate import PortalTokenGate
from ui.audit import AuditLog
from ui.cases import CaseNotFound, CaseService, CaseServiceError, InvalidFilter, InvalidSubmission
from ui.context import UI_DIR, UiContext
from ui.deps import Forbidden, LoginRequired
from ui.portal_cases import PortalCases
from ui.render import render
from ui.request_limits import RequestSizeLimit, body_limits
from ui.routes import api, auth, case, health, overview, queue
from ui.security import load_session_secret
from ui.sessions import SessionStore, secure_cookie
from ui.throttle import LoginThrottle

TemporalClientFactory = Callable[[Settings], Awaitable[Client]]
_CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


async def _connect_default(settings: Settings) -> Client:
    from orchestration.client import connect_client

    return await connect_client(settings)


def create_app(settings: Settings | None = None, *,
               temporal_client_factory: TemporalClientFactory = _connect_default) -> FastAPI:
    settings = settings or get_settings()
    settings.state_dir.mkdir(parents=True, exist_ok=True)
    sessions = session_factory(settings.db_url)
    ui = UiContext(
        settings=settings, accounts=AccountService(sessions),
        throttle=LoginThrottle.from_settings(sessions, settings),
        sessions=SessionStore.from_settings(sessions, settings),
        portal_cases=PortalCases(sessions), audit=AuditLog(sessions),
        cases=CaseService(lambda: temporal_client_factory(settings), settings),
        store=FileDocumentStore(settings.store_dir), templates=_templates())
    app = FastAPI(
        title="antragswerk", version="0.1.0",
        description="Prüfoberfläche für die Sachbearbeitung und Eingangs-API für das Bürgerportal.",
        # No Swagger page: it loads its scripts from a CDN, and the UI runs without internet.
        docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.state.ui = ui
    # Innermost first: the size limit, then (outside it) the token gate, both acting before
    # anything reads the body; an unauthenticated request learns nothing about the limits.
    app.add_middleware(RequestSizeLimit, limit_for=body_limits(settings))
    app.add_middleware(PortalTokenGate, accounts=ui.accounts, prefix=api.API_PREFIX)
    # The cookie only carries the session id; ui.sessions decides on every request if it is live.
    app.add_middleware(SessionMiddleware, secret_key=load_session_secret(settings.state_dir),
                       session_cookie="antragswerk_sitzung",
                       max_age=int(ui.sessions.absolute.total_seconds()), same_site="strict",
                       https_only=secure_cookie(settings))
    app.middleware("http")(_security_headers)
    app.mount("/static", StaticFiles(directory=UI_DIR / "static"), name="static")
    for module in (auth, queue, case, overview):
        app.include_router(module.router, include_in_schema=False)
    app.include_router(api.router)
    app.include_router(health.router, include_in_schema=False)
    _install_error_pages(app)
    return app


def _templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=UI_DIR / "templates")
    env = templates.env
    env.globals.update(labels=labels, type_title=labels.type_title, reason_text=labels.reason_text,
                       field_label=labels.field_label)
    env.filters.update(datum=present.local_date, zeitpunkt=present.local_datetime,
                       dauer=present.duration, wert=present.display_value,
                       feldname=labels.field_label)
    return templates


async def _security_headers(request: Request,
                            call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    response = await call_next(request)
    response.headers.setdefault("Content-Security-Policy", _CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    if not request.url.path.startswith("/static"):
        response.headers.setdefault("Cache-Control", "no-store")
    return response


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _install_error_pages(app: FastAPI) -> None:
    async def login_required(request: Request, _exc: Exception) -> Response:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/anmelden?weiter={quote(target)}", status_code=303)

    async def forbidden(request: Request, _exc: Exception) -> Response:
        return _error(request, 403, "Für diese Seite fehlt Ihnen die Berechtigung.")

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if _is_api(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code,
                                headers=exc.headers)
        return _error(request, exc.status_code, _german(exc.status_code, str(exc.detail)))

    async def case_error(request: Request, exc: Exception) -> Response:
        status = 404 if isinstance(exc, CaseNotFound) else \
            400 if isinstance(exc, InvalidFilter) else \
            422 if isinstance(exc, InvalidSubmission) else 503
        if _is_api(request):
            return JSONResponse({"detail": str(exc)}, status_code=status)
        return _error(request, status, str(exc))

    async def invalid_input(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        if _is_api(request):
            return await request_validation_exception_handler(request, exc)
        return _error(request, 400, "Die Eingaben sind unvollständig oder ungültig.")

    app.add_exception_handler(RequestValidationError, invalid_input)
    app.add_exception_handler(LoginRequired, login_required)
    app.add_exception_handler(Forbidden, forbidden)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(CaseServiceError, case_error)


_GERMAN_DEFAULTS = {404: "Diese Seite gibt es nicht.",
                    405: "Diese Aktion ist auf dieser Seite nicht möglich."}


def _german(status: int, detail: str) -> str:
    """Starlette's own errors carry the English status phrase; clerks get German."""
    if detail == HTTPStatus(status).phrase:
        return _GERMAN_DEFAULTS.get(status, "Das hat nicht geklappt.")
    return detail


def _error(request: Request, status: int, message: str) -> Response:
    return render(request, "error.html", {"status": status, "message": message},
                  status_code=status)
