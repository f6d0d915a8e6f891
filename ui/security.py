"""Session secret and CSRF tokens.

The session cookie is signed (Starlette's SessionMiddleware, itsdangerous); the CSRF token is a
random value stored in that session and echoed by every state-changing request, either as the
form field ``csrf_token`` or the header ``X-CSRF-Token``.
"""

from __future__ import annotations

import hmac
import os
import secrets
from pathlib import Path

from fastapi import HTTPException, Request

CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CSRF_MESSAGE = ("Die Anfrage wurde abgelehnt, weil das Sicherheitsmerkmal fehlt oder abgelaufen "
                "ist. Bitte laden Sie die Seite neu und versuchen Sie es erneut.")


def load_session_secret(state_dir: Path) -> str:
    """The secret signing session cookies, created once per installation (mode 0600)."""
    path = state_dir / "ui-session.key"
    if path.exists():
        return path.read_text(encoding="ascii").strip()
    state_dir.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(secret)
    return secret


def csrf_token(request: Request) -> str:
    """The session's CSRF token, created on first use."""
    token = request.session.get(CSRF_FIELD)
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        request.session[CSRF_FIELD] = token
    return token


def rotate_csrf_token(request: Request) -> None:
    request.session[CSRF_FIELD] = secrets.token_urlsafe(32)


async def verify_csrf(request: Request) -> None:
    """Dependency for every cookie-authenticated router; safe methods pass."""
    if request.method in _SAFE_METHODS:
        return
    expected = request.session.get(CSRF_FIELD)
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and _is_form(request):
        value = (await request.form()).get(CSRF_FIELD)
        sent = value if isinstance(value, str) else None
    if not isinstance(expected, str) or not sent \
            or not hmac.compare_digest(expected.encode(), sent.encode()):
        raise HTTPException(status_code=403, detail=CSRF_MESSAGE)


def _is_form(request: Request) -> bool:
    content_type = request.headers.get("content-type", "")
    return content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data"))


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unbekannt"
