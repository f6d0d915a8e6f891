"""Login and logout.

Both are plain functions: FastAPI runs them in its threadpool, so argon2 (deliberately slow) and
the SQLite writes never stall the event loop for everybody else.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from ui.deps import ui_context
from ui.render import flash, render
from ui.security import client_ip, rotate_csrf_token, verify_csrf
from ui.sessions import SESSION_ID

router = APIRouter(dependencies=[Depends(verify_csrf)])

LOGIN_FAILED = "Benutzername oder Passwort ist falsch."


def safe_next(target: str | None) -> str:
    """Only local paths: an open redirect after login would be a phishing aid."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/faelle"


@router.get("/anmelden", response_class=HTMLResponse)
async def login_page(request: Request, weiter: str | None = None) -> Response:
    return render(request, "login.html", {"next": safe_next(weiter), "username": ""})


@router.post("/anmelden", response_class=HTMLResponse)
def login(request: Request, username: Annotated[str, Form()],
          password: Annotated[str, Form()],
          weiter: Annotated[str | None, Form()] = None) -> Response:
    ui = ui_context(request)
    username = username.strip().lower()
    ip = client_ip(request)
    context = {"next": safe_next(weiter), "username": username}
    # Checked before the password: a locked account stays locked for the right one too.
    if ui.throttle.is_blocked(username, ip):
        return render(request, "login.html", {**context, "error": ui.throttle.message},
                      status_code=429)
    user = ui.accounts.authenticate(username, password)
    if user is None:
        ui.throttle.record_failure(username, ip)
        return render(request, "login.html", {**context, "error": LOGIN_FAILED},
                      status_code=401)
    ui.throttle.clear(username)
    ui.sessions.end(request.session.get(SESSION_ID))
    # A fresh session on login: nothing an attacker planted before survives (session fixation).
    request.session.clear()
    request.session[SESSION_ID] = ui.sessions.start(user.username)
    rotate_csrf_token(request)
    return RedirectResponse(context["next"], status_code=303)


@router.post("/abmelden")
def logout(request: Request) -> Response:
    # Server-side: the cookie, wherever a copy of it is, opens nothing any more.
    ui_context(request).sessions.end(request.session.get(SESSION_ID))
    request.session.clear()
    flash(request, "hinweis", "Sie wurden abgemeldet.")
    return RedirectResponse("/anmelden", status_code=303)
