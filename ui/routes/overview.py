"""Process owners' overview: volumes per type and route, straight-through rate, times."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from starlette.responses import HTMLResponse, Response

from ui.accounts import User
from ui.charts import Bar, gauge, stacked_bars
from ui.deps import require_roles, ui_context
from ui.labels import type_title
from ui.render import render
from ui.security import verify_csrf
from ui.stats import ROUTE_LABELS, overview

router = APIRouter(dependencies=[Depends(verify_csrf)])
Viewer = Annotated[User, Depends(require_roles("process_owner", "admin", "evaluator"))]


@router.get("/uebersicht", response_class=HTMLResponse)
async def overview_page(request: Request, user: Viewer) -> Response:
    figures = overview(await ui_context(request).cases.all_cases())
    series = list(ROUTE_LABELS.values())
    chart = stacked_bars(
        "faelle-nach-art", "Fälle je Antragsart und Weg", series,
        [Bar(type_title(t.application_type), [t.counts[r] for r in ROUTE_LABELS])
         for t in figures.per_type])
    rate = figures.straight_through_rate
    return render(request, "overview.html", {
        "figures": figures, "chart": chart, "series": series, "routes": list(ROUTE_LABELS),
        "rate_chart": gauge("dunkelverarbeitung", "Dunkelverarbeitungsquote", rate)
        if rate is not None else None,
    })
