"""Template rendering with what every page needs: user, CSRF token, flash messages."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import Request
from starlette.responses import HTMLResponse

from ui.deps import known_user, ui_context
from ui.security import csrf_token

FlashKind = Literal["erfolg", "fehler", "hinweis"]
_FLASH = "flash"


def flash(request: Request, kind: FlashKind, text: str) -> None:
    messages = request.session.get(_FLASH)
    queued = list(messages) if isinstance(messages, list) else []
    queued.append([kind, text])
    request.session[_FLASH] = queued


def render(request: Request, template: str, context: dict[str, Any] | None = None, *,
           status_code: int = 200) -> HTMLResponse:
    messages = request.session.pop(_FLASH, None)
    page = {
        "user": known_user(request),
        "csrf_token": csrf_token(request),
        "messages": messages if isinstance(messages, list) else [],
        **(context or {}),
    }
    return ui_context(request).templates.TemplateResponse(
        request, template, page, status_code=status_code)
