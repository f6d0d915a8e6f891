"""``GET /healthz``: for a load balancer or monitoring; no login, no personal data.

200 when the UI, Temporal, the model and the database are all usable, else 503; the JSON says
which part failed (error types and revisions only, never addresses or credentials).
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import JSONResponse

from stack.health import Check, health
from ui.deps import ui_context

router = APIRouter()


@router.get("/healthz")
async def healthz(request: Request) -> JSONResponse:
    ui = ui_context(request)
    checks = [Check("ui", True, "serving"), *await health(ui.settings, ui.cases.client)]
    healthy = all(c.ok for c in checks)
    body = {"status": "ok" if healthy else "unavailable",
            "checks": {c.name: {"ok": c.ok, "detail": _public(c)} for c in checks}}
    return JSONResponse(body, status_code=200 if healthy else 503)


def _public(check: Check) -> str:
    # Addresses and error messages are for the operator's console, not for anonymous callers.
    if check.error:
        return check.error
    return "reachable" if check.name == "temporal" else check.detail
