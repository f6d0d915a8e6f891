"""The summary of ``antragswerk up``: one row per sample case, then each case's reasons.

Nothing is ever cut to fit: a redirected run or a CI log has 80 columns, and a reason such as
``low_confidence:antragsteller.geburtsdatum`` read as ``low_confidenc…`` says nothing. Where the
table fits the console it is printed, with the reasons listed under it; where it does not, each
case is one plain line followed by its reasons, which wraps like any text.
"""

from __future__ import annotations

from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from cli.fitting import fits
from domain.case import CaseView
from stack.cases import CaseDir

Result = tuple[CaseDir, CaseView, float]
TITLE = "Zusammenfassung"


def print_summary(console: Console, results: list[Result]) -> None:
    table = _table(results)
    if fits(console, table):
        console.print(table)
        for case, view, _ in results:
            _print_reasons(console, case.case_id, _reasons(view), heading=True)
        return
    console.print(Text(TITLE, style="bold"))
    for case, view, seconds in results:
        app_type, route = _type_and_route(view)
        console.print(Text.assemble((case.case_id, "bold"),
                                    f" — {app_type}, {route}, {seconds:.1f} s"))
        _print_reasons(console, case.case_id, _reasons(view), heading=False)


def _table(results: list[Result]) -> Table:
    table = Table(title=TITLE)
    for column in ("Fall", "Antragsart", "Weg"):
        table.add_column(column, no_wrap=True)
    table.add_column("Gründe", justify="right", no_wrap=True)
    table.add_column("Sekunden", justify="right", no_wrap=True)
    for case, view, seconds in results:
        reasons = _reasons(view)
        table.add_row(case.case_id, *_type_and_route(view),
                      str(len(reasons)) if reasons else "–", f"{seconds:.1f}")
    return table


def _print_reasons(console: Console, case_id: str, reasons: list[str], *, heading: bool) -> None:
    if heading and reasons:
        console.print(Text(f"Gründe {case_id}:", style="bold"))
    for reason in reasons:
        # Indented, without a bullet: a bullet and a long code would wrap apart.
        console.print(Padding(Text(reason, overflow="fold"), (0, 0, 0, 4), expand=False))


def _type_and_route(view: CaseView) -> tuple[str, str]:
    app_type = view.classification.application_type if view.classification else None
    return app_type or "unbekannt", view.decision.route if view.decision else "–"


def _reasons(view: CaseView) -> list[str]:
    if view.decision:
        return list(view.decision.reasons)
    return [view.error] if view.error else []
