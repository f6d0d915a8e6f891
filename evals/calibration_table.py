"""The calibration result for people: one line per type."""

from __future__ import annotations

from rich.table import Table

from evals.calibration import Calibration


def _rate(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def calibration_table(calibration: Calibration) -> Table:
    table = Table(title="Kalibrierung: Schwelle je Antragsart",
                  caption="Durchlauf: Anteil der erwarteten auto_approve-Fälle; FAA: falsche "
                          "Automatik-Genehmigungen; autom./erw.: automatisierbare / erwartete")
    # Short headers: the table must fit an 80-column terminal.
    for column in ("Antragsart", "Schwelle", "sicher", "Durchlauf", "FAA", "autom./erw.", "ECE",
                   "Hinweis"):
        table.add_column(column)
    for key, t in calibration.per_type.items():
        c = t.threshold
        table.add_row(key, _rate(c.threshold), "ja" if c.safe else "NEIN",
                      _rate(c.straight_through_rate), str(c.false_auto_approvals),
                      f"{c.auto_approvable} / {c.expected_auto_approve}", _rate(t.ece), c.note)
    return table
