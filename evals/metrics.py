"""``score()``: a dataset plus the pipeline's predictions in, a :class:`Report` out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from apptypes.registry import all_types
from evals.aggregate import field_stats, group_scores
from evals.case_scoring import score_case
from evals.dataset import Dataset, Prediction
from evals.report_model import CaseResult, CrashedCase, FalseAutoApproval, PiiLeak, Report
from evals.sources import per_source

GatedFields = Mapping[str, Sequence[str]]

METHODOLOGY = {
    "Normalisierung": "Unicode NFC, Leerraum zusammengefasst und getrimmt, Groß-/Kleinschreibung "
                      "ignoriert (casefold, also ß = ss), Datumsangaben beider Seiten nach ISO "
                      "(auch TT.MM.JJJJ), Listen als Mengen, Zahlen als Zahlen.",
    "ANLS": "Nur für erwartete Zeichenketten: 1 - normierte Levenshtein-Distanz, 0 ab 0,5.",
    "Halluzination": "Ein Wert, wo expected.json null hat; Nenner: bewertete Null-Felder.",
    "Falsche Automatik": "Automatisch genehmigt, obwohl clerk_review erwartet war oder ein "
                         "bewertetes Feld falsch ist.",
    "Durchlaufquote": "Automatisch genehmigt unter den Fällen mit erwarteter Route auto_approve.",
    "Regel-Precision": "Jeder vorhergesagte Code, den expected.json nicht nennt, zählt als "
                       "falsch positiv (auch low_confidence:* und andere Codes). "
                       "rule_precision_spec_codes zählt nur Codes, die expected.json nennen "
                       "kann (Typregeln, missing_field:*, suspicious_content, "
                       "unreadable_document).",
    "PII-Leck": "Anteil der pii-Zeichenketten, die wörtlich oder nach NFC/Leerraum-"
                "Normalisierung in einer geschwärzten Ausgabe des Falls stehen.",
    "Abstürze": "Ein abgestürzter Fall (error gesetzt oder keine Vorhersage) zählt überall als "
                "falsch: alle Felder falsch, Null-Felder als Halluzination, alle PII als Leck, "
                "alle erwarteten Regeln verfehlt, Klassifikation falsch; er wird nie "
                "automatisch genehmigt.",
    "Fallkonfidenz": "Minimum der Feldkonfidenzen über die ausgefüllten Pflichtfelder des Typs "
                     "und die ausgefüllten optionalen Werte, die aus den Dokumenten abgeschrieben "
                     "werden (wie das Routing sie prüft; ohne bekannte Felder: über alle "
                     "ausgefüllten Felder).",
    "Quelle": "Scan, wenn mindestens eine Seite eines Dokuments des Falls per OCR gelesen "
              "wurde, sonst digital (Textebene, AcroForm, Text, E-Mail). Fälle ohne erfasste "
              "Lesemethode (z. B. Absturz vor dem Lesen) fehlen in dieser Aufteilung.",
    "Risiko-Abdeckung": "Automatisch genehmigungsfähig: nicht abgestürzt und auto_approve oder "
                        "nur low_confidence:*-Gründe. Nach Fallkonfidenz absteigend; x = Anteil "
                        "genehmigt, y = Anteil falscher Genehmigungen.",
}


def score(dataset: Dataset, predictions: Mapping[str, Prediction],
          gated_fields: GatedFields | None = None) -> Report:
    """Scores every case of ``dataset``; a case without prediction counts as crashed.

    ``gated_fields`` maps type keys to the keys whose confidence gates auto-approval (for
    case confidence); by default the registry's (``ApplicationType.gated``).
    """
    gated = gated_fields if gated_fields is not None else registry_gated_fields()
    cases = [score_case(c, predictions.get(c.case_id),
                        gated.get(_type_for_confidence(predictions, c.case_id,
                                                          c.expected.application_type), ()))
             for c in dataset.cases]
    overall = group_scores(cases)
    types = sorted({c.application_type for c in cases})
    known = {c.case_id for c in dataset.cases}
    return Report(
        dataset={"name": dataset.name, "version": dataset.version, "root": str(dataset.root)},
        summary=overall.summary,
        confusion=overall.confusion,
        timing=overall.timing,
        risk_coverage=overall.risk_coverage,
        per_type={t: group_scores(_of_type(cases, t)) for t in types},
        per_source=per_source(cases),
        per_field={t: field_stats(_of_type(cases, t)) for t in types},
        per_case=cases,
        false_auto_approval_cases=[
            FalseAutoApproval(case_id=c.case_id, application_type=c.application_type,
                              reasons=c.false_auto_approval_reasons)
            for c in cases if c.false_auto_approval],
        pii_leak_cases=[
            PiiLeak(case_id=c.case_id, application_type=c.application_type,
                    leaked=len(c.pii_leaked), total=c.pii_total, pii_indices=c.pii_leaked,
                    crashed=c.crashed)
            for c in cases if c.pii_leaked],
        crashed_cases=[CrashedCase(case_id=c.case_id, application_type=c.application_type,
                                   error=c.error or "")
                       for c in cases if c.crashed],
        warnings=[f"Vorhersage ohne Fall im Datensatz ignoriert: {case_id}"
                  for case_id in sorted(set(predictions) - known)],
        methodology=METHODOLOGY,
    )


def _of_type(cases: Sequence[CaseResult], application_type: str) -> list[CaseResult]:
    return [c for c in cases if c.application_type == application_type]


def _type_for_confidence(predictions: Mapping[str, Prediction], case_id: str,
                         expected_type: str) -> str:
    # The pipeline can only use the gated fields of the type it believes it has.
    prediction = predictions.get(case_id)
    if prediction is not None and prediction.application_type:
        return prediction.application_type
    return expected_type


def registry_gated_fields() -> dict[str, tuple[str, ...]]:
    """Per type the keys whose confidence gates auto-approval, as the router uses them."""
    return {key: t.gated for key, t in all_types().items()}
