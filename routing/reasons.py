"""Generic reason codes (beside each type's rule codes) with plain-German explanations."""

from __future__ import annotations

from domain.routing import Finding

EXPLANATIONS: dict[str, str] = {
    "unreadable_document": "Ein Dokument konnte nicht gelesen werden (beschädigt, verschlüsselt, "
    "kein unterstütztes Format oder kaum lesbar).",
    "document_truncated": "Ein Dokument ist sehr lang; nur die ersten Seiten wurden gelesen.",
    "unclassified": "Die Antragsart konnte nicht erkannt werden.",
    "classification_uncertain": "Die Antragsart ist nicht eindeutig erkannt.",
    "unknown_application_type": "Diese Antragsart ist nicht eingerichtet.",
    "extraction_failed": "Die Angaben konnten nicht automatisch ausgelesen werden.",
    "suspicious_content": "Ein Dokument enthält Text, der sich an ein automatisches System richtet "
    "(z. B. Anweisungen zur Genehmigung). Bitte genau prüfen.",
    "auto_approval_disabled": "Für diese Antragsart ist keine automatische Genehmigung vorgesehen.",
    "missing_field": "Eine Pflichtangabe fehlt: {field}.",
    "low_confidence": "Eine Angabe ist unsicher erkannt oder nicht im Dokument belegt: {field}.",
    # A step that failed for good (its retries used up or a non-retryable error): the case goes
    # to a clerk with what was done so far; the originals stay in the document store.
    "reading_failed": "Die Dokumente konnten wegen einer technischen Störung nicht gelesen "
    "werden. Die Originale liegen vor; bitte prüfen oder erneut einreichen lassen.",
    "classification_failed": "Die Antragsart konnte wegen einer technischen Störung nicht "
    "bestimmt werden.",
    "extraction_unavailable": "Das Sprachmodell war nicht verfügbar oder hat unbrauchbar "
    "geantwortet; die Angaben wurden nicht ausgelesen.",
    "routing_failed": "Die Prüfregeln konnten wegen einer technischen Störung nicht angewendet "
    "werden.",
    "redaction_failed": "Die Schwärzung ist wegen einer technischen Störung fehlgeschlagen.",
    "outcome_failed": "Der Abschluss (Bescheid, Ablage, ggf. Reservierung) ist wegen einer "
    "technischen Störung fehlgeschlagen; es wurde nichts verbindlich erledigt. Bitte erneut "
    "entscheiden.",
}


def finding(code: str, *, field: str | None = None) -> Finding:
    """``finding("missing_field", field="geburtsdatum")`` → code ``missing_field:geburtsdatum``."""
    text = EXPLANATIONS[code].format(field=field or "")
    return Finding(
        code=f"{code}:{field}" if field else code,
        message=text,
        recommendation="approve",
        fields=[field] if field else [],
    )
