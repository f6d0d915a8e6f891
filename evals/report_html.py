"""``report.html``: one self-contained, accessible page (inline CSS and SVG, no scripts)."""

from __future__ import annotations

from html import escape

from evals.report_model import NO_ROUTE, ROUTES, Report
from evals.report_tables import (
    Table,
    all_tables,
    fields_weakest_first,
    fmt_number,
    fmt_rate,
    methodology_table,
    run_table,
)
from evals.svg_charts import bar_chart, heatmap, line_chart

_STYLE = """
body { font-family: "DejaVu Sans", Arial, sans-serif; color: #1a1a1a; background: #ffffff;
       margin: 0; line-height: 1.45; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
div.scroll { overflow-x: auto; }
div.scroll:focus { outline: 2px solid #1f5fa8; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid #767676; padding: 0.25rem 0.5rem; text-align: left;
         vertical-align: top; }
thead th { background: #e8eef6; }
tbody th { font-weight: normal; }
.note { color: #3d3d3d; font-size: 0.9rem; }
.warning { border-left: 4px solid #a61b1b; padding: 0.3rem 0.8rem; background: #fdf1f1; }
figure { margin: 0.5rem 0 1.5rem; }
figcaption { font-size: 0.9rem; color: #3d3d3d; }
a { color: #1f5fa8; }
"""


def render_table(table: Table) -> str:
    heading_id = f"{table.anchor}-h"
    heading = f'<h2 id="{escape(heading_id)}">{escape(table.caption)}</h2>'
    if not table.rows:
        return f"{heading}\n<p>Keine.</p>"
    head = "".join(f'<th scope="col">{escape(h)}</th>' for h in table.headers)
    body = "".join(
        "<tr>" + f'<th scope="row">{escape(row[0])}</th>'
        + "".join(f"<td>{escape(c)}</td>" for c in row[1:]) + "</tr>"
        for row in table.rows)
    note = f'<p class="note">{escape(table.note)}</p>' if table.note else ""
    # A wide table scrolls in its own keyboard-focusable region instead of the whole page.
    return (f'{heading}\n<div class="scroll" role="region" tabindex="0" '
            f'aria-labelledby="{escape(heading_id)}">'
            f'<table aria-labelledby="{escape(heading_id)}">'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>{note}")


def _figure(svg: str, caption: str) -> str:
    return f"<figure>{svg}<figcaption>{escape(caption)}</figcaption></figure>"


def charts(report: Report) -> dict[str, list[str]]:
    """Charts keyed by the anchor of the table they illustrate."""
    out: dict[str, list[str]] = {}
    columns = [*ROUTES, NO_ROUTE]
    out["konfusion"] = [_figure(heatmap(
        "chart-konfusion", "Routing-Konfusionsmatrix",
        "Zeilen: erwartete Route; Spalten: vorhergesagte Route; Zahl: Fälle.",
        [f"erwartet {r}" for r in ROUTES], columns,
        [[report.confusion[r][c] for c in columns] for r in ROUTES]),
        "Erwartete gegen vorhergesagte Route.")]
    out["risiko"] = [_figure(line_chart(
        "chart-risiko", "Risiko-Abdeckungs-Kurve",
        "x: Anteil genehmigter Fälle unter den genehmigungsfähigen, y: Fehlerrate.",
        [(p.coverage, p.risk) for p in report.risk_coverage],
        x_label="Abdeckung", y_label="Fehlerrate"),
        "Fälle nach Fallkonfidenz absteigend automatisch genehmigt.")]
    for type_key, stats in report.per_field.items():
        items = [(key, s.exact_match or 0.0) for key, s in fields_weakest_first(stats)]
        out[f"felder-{type_key}"] = [_figure(bar_chart(
            f"chart-felder-{type_key}", f"Feldgenauigkeit {type_key}",
            "Anteil exakt richtiger Werte je Feld.", items, max_value=1.0,
            value_label=fmt_rate), f"Exakt richtig je Feld ({type_key}).")]
    stages = [(stage, d.mean or 0.0) for stage, d in report.timing.stage_seconds.items()]
    if stages:
        out["zeit"] = [_figure(bar_chart(
            "chart-zeit", "Zeit je Schritt", "Mittlere Sekunden pro Fall je Pipeline-Schritt.",
            stages, max_value=max(v for _, v in stages),
            value_label=lambda v: f"{fmt_number(v)} s"), "Mittlere Sekunden je Schritt.")]
    return out


def render_html(report: Report, *, title: str) -> str:
    figures = charts(report)
    tables = [*all_tables(report), run_table(report), methodology_table(report)]
    sections = []
    for table in tables:
        parts = [render_table(table), *figures.get(table.anchor, [])]
        sections.append(f'<section id="{escape(table.anchor)}">' + "\n".join(parts)
                        + "</section>")
    warnings = "".join(f'<p class="warning" role="alert">{escape(w)}</p>'
                       for w in report.warnings)
    nav = "".join(f'<li><a href="#{escape(t.anchor)}">{escape(t.caption)}</a></li>'
                  for t in tables)
    return (
        '<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n<main>\n"
        f"<h1>{escape(title)}</h1>\n{warnings}\n"
        f'<nav aria-label="Inhalt"><ul>{nav}</ul></nav>\n'
        + "\n".join(sections)
        + "\n</main>\n</body>\n</html>\n"
    )
