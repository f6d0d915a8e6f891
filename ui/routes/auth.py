"""Login and logout."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from ui.deps import SESSION_USER, ui_context
from ui.render import flash, render
from ui.security import client_ip, rotate_csrf_token, verify_csrf
from ui.throttle import THROTTLED_MESSAGE

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
async def login(request: Request, username: Annotated[str, Form()],
                password: Annotated[str, Form()],
                weiter: Annotated[str | None, Form()] = None) -> Response:
    ui = ui_context(request)
    username = username.strip().lower()
    ip = client_ip(request)
    context = {"next": safe_next(weiter), "username": username}
    if ui.throttle.is_blocked(username, ip):
        return render(request, "login.html", {**context, "error": THROTTLED_MESSAGE},
                      status_code=429)
    user = ui.accounts.authenticate(username, password)
    if user is None:
        ui.throttle.record_failure(username, ip)
        return render(request, "login.html", {**context, "error": LOGIN_FAILED},
                      status_code=401)
    ui.throttle.clear(username, ip)
    # A fresh session on login: nothing an attacker planted before survives (session fixation).
    request.session.clear()
    request.session[SESSION_USER] = user.username
    rotate_csrf_token(request)
    return RedirectResponse(context["next"], status_code=303)


@router.post("/abmelden")
async def logout(request: Request) -> Response:
    request.session.clear()
    flash(request, "hinweis", "Sie wurden abgemeldet.")
    return RedirectResponse("/anmelden", status_code=303)
