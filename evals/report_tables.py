"""The report's content as plain tables, rendered identically by the Markdown and HTML writers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from evals.report_model import (
    NO_ROUTE,
    ROUTES,
    Distribution,
    FieldStats,
    Report,
    Summary,
    Timing,
)

Formatter = Callable[[float | int | None], str]


def fmt_rate(value: float | int | None) -> str:
    return "–" if value is None else f"{100 * value:.1f} %".replace(".", ",")


def fmt_number(value: float | int | None) -> str:
    if value is None:
        return "–"
    if isinstance(value, int):
        return str(value)
    return f"{value:.2f}".replace(".", ",")


def fmt_count(value: float | int | None) -> str:
    return "–" if value is None else str(round(value))


@dataclass(frozen=True)
class Headline:
    key: str
    label: str
    format: Formatter


HEADLINES = (
    Headline("cases", "Fälle", fmt_count),
    Headline("classification_accuracy", "Klassifikationsgenauigkeit", fmt_rate),
    Headline("field_exact_match", "Felder exakt richtig (mikro)", fmt_rate),
    Headline("field_anls", "Felder ANLS (mikro)", fmt_rate),
    Headline("case_exact_match", "Fälle vollständig richtig", fmt_rate),
    Headline("hallucination_rate", "Halluzinationsrate", fmt_rate),
    Headline("false_auto_approvals", "Falsche Automatik-Genehmigungen", fmt_count),
    Headline("straight_through_rate", "Durchlaufquote (straight-through)", fmt_rate),
    Headline("rule_precision", "Regel-Precision (alle Codes)", fmt_rate),
    Headline("rule_precision_spec_codes", "Regel-Precision (Spezifikations-Codes)", fmt_rate),
    Headline("rule_recall", "Regel-Recall", fmt_rate),
    Headline("pii_leak_rate", "PII-Leckrate", fmt_rate),
    Headline("seconds_per_case", "Sekunden pro Fall (Mittel)", fmt_number),
    Headline("llm_tokens_per_case", "LLM-Tokens pro Fall (Mittel)", fmt_number),
    Headline("crashed", "Abgestürzte Fälle", fmt_count),
)

_TYPE_COLUMNS = tuple(h for h in HEADLINES if h.key not in {"rule_precision_spec_codes"})
_SOURCE_KEYS = ("cases", "field_exact_match", "case_exact_match", "false_auto_approvals",
                "straight_through_rate", "pii_leak_rate")
_SOURCE_COLUMNS = tuple(next(h for h in HEADLINES if h.key == key) for key in _SOURCE_KEYS)
SOURCE_LABELS = {"digital": "digital (Textebene, Formular, Text, E-Mail)",
                 "scan": "Scan (mindestens eine Seite per OCR)"}


@dataclass(frozen=True)
class Table:
    caption: str
    headers: list[str]
    rows: list[list[str]]
    anchor: str
    note: str = ""


def _value(summary: Summary, headline: Headline) -> str:
    value: float | int | None = getattr(summary, headline.key)
    return headline.format(value)


def headline_table(report: Report) -> Table:
    s = report.summary
    basis = {
        "classification_accuracy": f"{s.classified_cases} Fälle ohne Typangabe",
        "field_exact_match": f"{s.fields_scored} bewertete Felder",
        "hallucination_rate": f"{s.null_fields_scored} erwartete Null-Felder",
        "straight_through_rate": f"{s.auto_approved} genehmigt, {s.expected_auto_approve} "
                                 "erwartet auto_approve",
        "pii_leak_rate": f"{s.pii_leaked} von {s.pii_strings} PII-Zeichenketten",
    }
    rows = [[h.label, _value(s, h), basis.get(h.key, "")] for h in HEADLINES]
    return Table("Kennzahlen gesamt", ["Kennzahl", "Wert", "Grundlage"], rows, "kennzahlen")


def _summary_rows(groups: dict[str, Summary], columns: tuple[Headline, ...],
                  labels: dict[str, str] | None = None) -> list[list[str]]:
    names = labels or {}
    return [[names.get(key, key), *(_value(s, h) for h in columns)] for key, s in groups.items()]


def per_type_table(report: Report) -> Table:
    headers = ["Typ", *(h.label for h in _TYPE_COLUMNS)]
    rows = _summary_rows({k: g.summary for k, g in report.per_type.items()}, _TYPE_COLUMNS)
    return Table("Kennzahlen je Antragstyp", headers, rows, "je-typ")


def per_source_table(report: Report) -> Table:
    split = sum(s.cases for s in report.per_source.values())
    # No rows when nothing was recorded (older predictions), so the table says "Keine."
    rows = (_summary_rows(report.per_source, _SOURCE_COLUMNS, SOURCE_LABELS) if split else [])
    return Table("Nach Quelle / by source", ["Quelle", *(h.label for h in _SOURCE_COLUMNS)],
                 rows, "je-quelle",
                 note=f"{report.summary.cases - split} Fälle ohne erfasste Lesemethode "
                      "fehlen in dieser Aufteilung.")


def fields_weakest_first(stats: dict[str, FieldStats]) -> list[tuple[str, FieldStats]]:
    return sorted(stats.items(), key=lambda kv: (kv[1].exact_match or 0.0, kv[0]))


def per_field_tables(report: Report) -> list[Table]:
    tables = []
    for type_key, stats in report.per_field.items():
        rows = [[key, str(s.scored), fmt_rate(s.exact_match), fmt_rate(s.anls),
                 str(s.null_expected), str(s.hallucinated)]
                for key, s in fields_weakest_first(stats)]
        tables.append(Table(
            f"Felder: {type_key}",
            ["Feld", "bewertet", "exakt richtig", "ANLS", "erwartet null", "halluziniert"],
            rows, f"felder-{type_key}", note="Sortiert vom schwächsten Feld an."))
    return tables


def confusion_table(matrix: dict[str, dict[str, int]], caption: str, anchor: str) -> Table:
    columns = [*ROUTES, NO_ROUTE]
    rows = [[f"erwartet {row}", *(str(matrix[row][col]) for col in columns)] for row in ROUTES]
    return Table(caption, ["erwartet \\ vorhergesagt", *columns], rows, anchor,
                 note="'error' = Fall abgestürzt oder ohne Route.")


def false_auto_approval_table(report: Report) -> Table:
    rows = [[c.case_id, c.application_type, "; ".join(c.reasons)]
            for c in report.false_auto_approval_cases]
    return Table("Falsche Automatik-Genehmigungen", ["Fall", "Typ", "Gründe"], rows,
                 "falsche-automatik")


def pii_leak_table(report: Report) -> Table:
    rows = [[c.case_id, c.application_type, f"{c.leaked} / {c.total}",
             ", ".join(str(i) for i in c.pii_indices), "ja" if c.crashed else "nein"]
            for c in report.pii_leak_cases]
    return Table("PII-Lecks", ["Fall", "Typ", "geleakt", "Index in expected.json 'pii'",
                               "abgestürzt"], rows, "pii-lecks",
                 note="Die Zeichenketten selbst stehen nicht im Bericht.")


def crashed_table(report: Report) -> Table:
    rows = [[c.case_id, c.application_type, c.error] for c in report.crashed_cases]
    return Table("Abgestürzte Fälle", ["Fall", "Typ", "Fehler"], rows, "abstuerze")


def risk_coverage_table(report: Report) -> Table:
    rows = [[fmt_number(p.threshold), fmt_rate(p.coverage), fmt_rate(p.risk), str(p.approved),
             str(p.errors)] for p in report.risk_coverage]
    return Table("Risiko-Abdeckung (gesamt)",
                 ["Schwelle Fallkonfidenz", "Abdeckung", "Fehlerrate", "genehmigt", "falsch"],
                 rows, "risiko",
                 note="Automatisch genehmigungsfähige Fälle mit Fallkonfidenz ≥ Schwelle.")


def _distribution_row(label: str, d: Distribution) -> list[str]:
    return [label, str(d.n), fmt_number(d.mean), fmt_number(d.median), fmt_number(d.p90)]


def timing_table(timing: Timing) -> Table:
    rows = [_distribution_row("Sekunden pro Fall", timing.seconds),
            _distribution_row("LLM-Tokens pro Fall", timing.llm_tokens),
            _distribution_row("Prompt-Tokens pro Fall", timing.prompt_tokens),
            _distribution_row("davon aus dem Prompt-Cache", timing.cached_prompt_tokens)]
    rows.extend(_distribution_row(f"Sekunden Schritt '{stage}'", d)
                for stage, d in timing.stage_seconds.items())
    return Table("Zeit und Tokens", ["Messgröße", "n", "Mittel", "Median", "p90"], rows,
                 "zeit")


def run_table(report: Report) -> Table:
    items = {**{k: v or "" for k, v in report.dataset.items()}, **report.run}
    return Table("Lauf und Datensatz", ["Angabe", "Wert"], [[k, v] for k, v in items.items()],
                 "lauf")


def methodology_table(report: Report) -> Table:
    return Table("Methodik", ["Begriff", "Festlegung"],
                 [[k, v] for k, v in report.methodology.items()], "methodik")


def all_tables(report: Report) -> list[Table]:
    """In reading order; the renderers add charts between them where they can."""
    return [
        headline_table(report),
        per_type_table(report),
        per_source_table(report),
        confusion_table(report.confusion, "Routing-Konfusionsmatrix (gesamt)", "konfusion"),
        *(confusion_table(g.confusion, f"Routing-Konfusionsmatrix: {key}", f"konfusion-{key}")
          for key, g in report.per_type.items()),
        risk_coverage_table(report),
        false_auto_approval_table(report),
        pii_leak_table(report),
        crashed_table(report),
        *per_field_tables(report),
        timing_table(report.timing),
    ]
