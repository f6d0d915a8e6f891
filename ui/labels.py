"""German wording of codes: types, statuses, reasons, field keys, roles.

The application-type registry is the source of truth for type titles and rule explanations; the
tables here only cover what it does not say (or types not installed), so the UI never shows a
bare code without an explanation.
"""

from __future__ import annotations

from functools import lru_cache

from apptypes.base import ApplicationType

STATUS = {
    "received": "Eingegangen", "reading": "Wird gelesen", "classifying": "Wird zugeordnet",
    "extracting": "Wird ausgewertet", "checking": "Wird geprüft",
    "awaiting_review": "Wartet auf Prüfung", "approved": "Bewilligt", "rejected": "Abgelehnt",
    "failed": "Fehlgeschlagen",
}
ROUTE = {"auto_approve": "Automatische Bewilligung",
         "clerk_review": "Prüfung durch Sachbearbeitung"}
RECOMMENDATION = {"approve": "Bewilligen", "reject": "Ablehnen"}
ACTION = {"approve": "Bewilligt", "correct": "Korrigiert", "reject": "Abgelehnt"}
ROLE = {"clerk": "Sachbearbeitung", "process_owner": "Prozessverantwortung",
        "evaluator": "Evaluation", "admin": "Administration"}
AUDIT_KIND = {"view_personal_data": "Personenbezogene Daten angesehen",
              "decision": "Entschieden", "download_artefact": "Bescheid heruntergeladen",
              "outcome": "Abgeschlossen"}
CHANNEL = {"cli": "Kommandozeile", "drop_folder": "Eingangsordner", "portal": "Bürgerportal",
           "eval": "Evaluation", "demo": "Demo"}

_TYPE_TITLES = {
    "wohnsitzanmeldung": "Wohnsitzanmeldung", "geburtsurkunde": "Geburtsurkunde",
    "wunschkennzeichen": "Wunschkennzeichen", "bewohnerparkausweis": "Bewohnerparkausweis",
}

_RULES = {
    "W1_ausserhalb": "Die neue Wohnung liegt nicht in Bochum – Bochum ist nicht zuständig.",
    "W2_wgb_fehlt": "Die Wohnungsgeberbestätigung fehlt.",
    "W3_wgb_abweichung": "Die Wohnungsgeberbestätigung weicht vom Meldeschein ab.",
    "W4_frist": "Die Anmeldung kam später als 14 Tage nach dem Einzug.",
    "W5_zukunft": "Das Einzugsdatum liegt nach dem Eingang des Antrags.",
    "W6_minderjaehrig": "Die Person ist jünger als 16 Jahre (gesetzliche Vertretung nötig).",
    "G1_nicht_bochum": "Die Person ist nicht in Bochum geboren – das Register liegt woanders.",
    "G2_berechtigung": "Berechtigtes oder rechtliches Interesse ist zu prüfen (§ 62 PStG).",
    "G3_anzahl": "Die Anzahl der Urkunden liegt nicht zwischen 1 und 10.",
    "K1_bezirk": "Das Unterscheidungszeichen ist nicht BO oder WAT.",
    "K2_format": "Das Kennzeichen hat kein zulässiges Format.",
    "K3_unzulaessig": "Die Buchstabenkombination ist nicht zulässig.",
    "K4_wohnsitz": "Die Halterin oder der Halter wohnt nicht in Bochum.",
    "K5_vergeben": "Das Kennzeichen ist bereits reserviert oder vergeben.",
    "P1_ausserhalb": "Die Anschrift liegt nicht in Bochum.",
    "P2_kennzeichen": "Das Kennzeichen im Fahrzeugschein weicht vom Antrag ab.",
    "P3_halter": "Halter und Antragsteller sind verschieden (kein Firmenwagen).",
    "P4_zone": "Die Straße liegt nicht in der angegebenen Parkzone.",
    "unreadable_document": "Ein Dokument ist nicht lesbar.",
    "suspicious_content": "Ein Dokument enthält auffällige Anweisungen oder Inhalte.",
    "unclassified": "Die Antragsart konnte nicht erkannt werden.",
    "classification_uncertain": "Die Antragsart ist nicht eindeutig erkannt.",
    "unknown_application_type": "Diese Antragsart ist nicht eingerichtet.",
    "document_truncated": "Ein Dokument ist sehr lang; nur die ersten Seiten wurden gelesen.",
    "auto_approval_disabled": "Für diese Antragsart ist keine automatische Bewilligung erlaubt.",
    "extraction_failed": "Die Felder konnten nicht ausgelesen werden.",
    "reading_failed": "Technische Störung beim Lesen der Dokumente.",
    "classification_failed": "Technische Störung beim Bestimmen der Antragsart.",
    "extraction_unavailable": "Sprachmodell nicht verfügbar oder unbrauchbare Antwort.",
    "routing_failed": "Technische Störung bei den Prüfregeln.",
    "redaction_failed": "Technische Störung bei der Schwärzung.",
    "outcome_failed": "Technische Störung beim Abschluss; bitte erneut entscheiden.",
}
_PREFIXED = {
    "missing_field": "Pflichtangabe fehlt: {}",
    "low_confidence": "Unsicher erkannt: {}",
    "missing_document": "Dokument fehlt: {}",
}

_KEY_PARTS = {
    "familienname": "Familienname", "vornamen": "Vornamen", "geburtsname": "Geburtsname",
    "geburtsdatum": "Geburtsdatum", "geburtsort": "Geburtsort", "geschlecht": "Geschlecht",
    "staatsangehoerigkeiten": "Staatsangehörigkeiten", "einzugsdatum": "Einzugsdatum",
    "neue_wohnung": "Neue Wohnung", "bisherige_wohnung": "Bisherige Wohnung",
    "strasse": "Straße", "hausnummer": "Hausnummer", "plz": "PLZ", "ort": "Ort",
    "zusatz": "Zusatz", "wohnungsstatus": "Wohnungsstatus", "ausweis": "Ausweis", "art": "Art",
    "seriennummer": "Seriennummer", "wohnungsgeber": "Wohnungsgeber", "name": "Name",
    "ist_eigentuemer": "Ist Eigentümer", "antragsteller": "Antragsteller",
    "anschrift": "Anschrift", "email": "E-Mail", "person": "Person",
    "verhaeltnis": "Verhältnis", "urkundenart": "Urkundenart", "anzahl": "Anzahl",
    "verwendungszweck": "Verwendungszweck", "halter": "Halter", "kennzeichen": "Kennzeichen",
    "fahrzeugart": "Fahrzeugart", "parkzone": "Parkzone", "halterverhaeltnis": "Halterverhältnis",
    "fahrzeugschein": "Fahrzeugschein", "halter_name": "Name des Halters",
    "halter_familienname": "Name (C.1.1)", "halter_vornamen": "Vorname(n) (C.1.2)",
    "nennt_neue_wohnung": "Nennt die neue Wohnung (geprüft)",
    "name_im_dokument": "Voller Name steht im Dokument (geprüft)",
    "eingezogene_personen": "Eingezogene Personen", "wohnung_strasse": "Straße der Wohnung",
    "wohnung_hausnummer": "Hausnummer der Wohnung", "wohnung_plz": "PLZ der Wohnung",
}


@lru_cache(maxsize=1)
def _registry() -> dict[str, ApplicationType]:
    try:
        from apptypes.registry import all_types

        return all_types()
    except (ImportError, KeyError, ValueError, OSError):
        # A broken type package must not take the review UI down; fall back to the tables.
        return {}


def type_title(key: str | None) -> str:
    if not key:
        return "Unbestimmt"
    known = _registry().get(key)
    return known.title if known is not None else _TYPE_TITLES.get(key, key)


def type_keys() -> list[str]:
    return sorted(set(_registry()) | set(_TYPE_TITLES))


def reason_text(code: str) -> str:
    """Plain-German explanation of a routing reason (rule code or generic reason)."""
    prefix, sep, rest = code.partition(":")
    if sep and prefix in _PREFIXED:
        return _PREFIXED[prefix].format(field_label(rest))
    for apptype in _registry().values():
        for rule in apptype.rules:
            if rule.code == code:
                return rule.explanation
    return _RULES.get(code, code.replace("_", " "))


def field_label(key: str) -> str:
    parts = [_KEY_PARTS.get(p, p.replace("_", " ").capitalize()) for p in key.split(".")]
    return " › ".join(parts)

HIDDEN_REASON = {
    "invisible": "unsichtbar gesetzt",
    "background_colour": "in der Farbe des Hintergrunds",
    "outside_crop_box": "außerhalb des sichtbaren Seitenbereichs",
    "tiny": "in winziger Schrift",
}
