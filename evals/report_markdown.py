"""``report.md``: the report for people reading it in a merge request or terminal."""

from __future__ import annotations

from evals.report_model import Report
from evals.report_tables import Table, all_tables, methodology_table, run_table


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ") or " "


def render_table(table: Table) -> str:
    lines = [f"## {table.caption}", ""]
    if not table.rows:
        return "\n".join([*lines, "Keine.", ""])
    lines.append("| " + " | ".join(_cell(h) for h in table.headers) + " |")
    lines.append("|" + "|".join("---" for _ in table.headers) + "|")
    lines.extend("| " + " | ".join(_cell(c) for c in row) + " |" for row in table.rows)
    if table.note:
        lines.extend(["", f"_{table.note}_"])
    lines.append("")
    return "\n".join(lines)


def render_markdown(report: Report, *, title: str) -> str:
    parts = [f"# {title}", ""]
    parts.extend(f"> **Warnung:** {w}\n" for w in report.warnings)
    tables = [*all_tables(report), run_table(report), methodology_table(report)]
    parts.extend(render_table(t) for t in tables)
    return "\n".join(parts)
