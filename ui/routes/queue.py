"""The review queue: cases awaiting a clerk, oldest first, filterable by type and reason."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from ui.accounts import User
from ui.cases import CaseListing
from ui.deps import current_user, ui_context
from ui.labels import reason_text, type_title
from ui.render import render
from ui.security import verify_csrf

router = APIRouter(dependencies=[Depends(verify_csrf)])


@dataclass(frozen=True)
class QueueRow:
    case: CaseListing
    type_title: str
    reasons: list[tuple[str, str]]
    waiting_seconds: float


@router.get("/", include_in_schema=False)
async def home() -> Response:
    return RedirectResponse("/faelle", status_code=303)


@router.get("/faelle", response_class=HTMLResponse)
async def queue_page(request: Request, user: Annotated[User, Depends(current_user)],
                     typ: str | None = None, grund: str | None = None) -> Response:
    service = ui_context(request).cases
    everything = await service.queue()
    shown = await service.queue(application_type=typ or None, reason=grund or None) \
        if typ or grund else everything
    now = datetime.now(UTC)
    rows = [QueueRow(c, type_title(c.application_type),
                     [(code, reason_text(code)) for code in c.reasons],
                     (now - (c.submitted or c.started)).total_seconds()) for c in shown]
    per_type = Counter(c.application_type or "unbekannt" for c in everything)
    reasons = sorted({code for c in everything for code in c.reasons})
    return render(request, "queue.html", {
        "rows": rows,
        "total": len(everything),
        "per_type": sorted(per_type.items(), key=lambda kv: type_title(kv[0])),
        "reason_options": [(code, reason_text(code)) for code in reasons],
        "typ": typ or "",
        "grund": grund or "",
    })
