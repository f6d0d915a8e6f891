"""The spec's fixed vocabulary (application-types.md), written down independently of the
project's own type definitions so that the ground truth cannot inherit their mistakes."""

from __future__ import annotations

from typing import Final

WOHNSITZ: Final = "wohnsitzanmeldung"
GEBURT: Final = "geburtsurkunde"
KENNZEICHEN: Final = "wunschkennzeichen"
PARKEN: Final = "bewohnerparkausweis"
TYPES: Final[tuple[str, ...]] = (WOHNSITZ, GEBURT, KENNZEICHEN, PARKEN)


def _addr(prefix: str) -> list[str]:
    return [f"{prefix}.{part}" for part in ("strasse", "hausnummer", "plz", "ort")]


# key -> value kind: str, date, int, bool, list, or "enum:a,b,c"
FIELD_KINDS: Final[dict[str, dict[str, str]]] = {
    WOHNSITZ: {
        "familienname": "str", "vornamen": "str", "geburtsname": "str", "geburtsdatum": "date",
        "geburtsort": "str", "geschlecht": "enum:maennlich,weiblich,divers,ohne_angabe",
        "staatsangehoerigkeiten": "list", "einzugsdatum": "date",
        **dict.fromkeys(_addr("neue_wohnung"), "str"), "neue_wohnung.zusatz": "str",
        "wohnungsstatus": "enum:alleinige,haupt,neben",
        **dict.fromkeys(_addr("bisherige_wohnung"), "str"),
        "ausweis.art": "enum:personalausweis,reisepass,kinderreisepass,sonstiges",
        "ausweis.seriennummer": "str", "wohnungsgeber.name": "str",
        "wohnungsgeber.ist_eigentuemer": "bool", "wohnungsgeber.einzugsdatum": "date",
    },
    GEBURT: {
        "antragsteller.familienname": "str", "antragsteller.vornamen": "str",
        **dict.fromkeys(_addr("antragsteller.anschrift"), "str"), "antragsteller.email": "str",
        "person.familienname": "str", "person.vornamen": "str", "person.geburtsdatum": "date",
        "person.geburtsort": "str",
        "verhaeltnis": "enum:selbst,ehegatte,lebenspartner,elternteil,kind,enkel,"
                       "grosselternteil,geschwister,sonstiges",
        "urkundenart": "enum:geburtsurkunde,internationale_geburtsurkunde,"
                       "beglaubigter_registerausdruck",
        "anzahl": "int", "verwendungszweck": "str",
    },
    KENNZEICHEN: {
        "halter.familienname": "str", "halter.vornamen": "str",
        **dict.fromkeys(_addr("halter.anschrift"), "str"), "kennzeichen": "plate",
        "fahrzeugart": "enum:pkw,motorrad,lkw,anhaenger,sonstiges",
    },
    PARKEN: {
        "antragsteller.familienname": "str", "antragsteller.vornamen": "str",
        **dict.fromkeys(_addr("antragsteller.anschrift"), "str"), "parkzone": "str",
        "kennzeichen": "plate", "halterverhaeltnis": "enum:eigenes_fahrzeug,firmenwagen,sonstiges",
        "fahrzeugschein.halter_name": "str", "fahrzeugschein.kennzeichen": "plate",
    },
}

OPTIONAL_FIELDS: Final[dict[str, frozenset[str]]] = {
    WOHNSITZ: frozenset({
        "geburtsname", "geschlecht", "neue_wohnung.zusatz", *_addr("bisherige_wohnung"),
        "ausweis.art", "ausweis.seriennummer", "wohnungsgeber.ist_eigentuemer"}),
    GEBURT: frozenset({"antragsteller.email", "verwendungszweck"}),
    KENNZEICHEN: frozenset({"fahrzeugart"}),
    PARKEN: frozenset(),
}


def required_fields(application_type: str) -> list[str]:
    return [k for k in FIELD_KINDS[application_type] if k not in OPTIONAL_FIELDS[application_type]]


def enum_values(kind: str) -> list[str]:
    return kind.removeprefix("enum:").split(",") if kind.startswith("enum:") else []


RULES: Final[dict[str, tuple[str, ...]]] = {
    WOHNSITZ: ("W1_ausserhalb", "W2_wgb_fehlt", "W3_wgb_abweichung", "W4_frist", "W5_zukunft",
               "W6_minderjaehrig"),
    GEBURT: ("G1_nicht_bochum", "G2_berechtigung", "G3_anzahl"),
    KENNZEICHEN: ("K1_bezirk", "K2_format", "K3_unzulaessig", "K4_wohnsitz", "K5_vergeben"),
    PARKEN: ("P1_ausserhalb", "P2_kennzeichen", "P3_halter", "P4_zone"),
}
ALL_RULES: Final = frozenset(code for codes in RULES.values() for code in codes)
REJECT_RULES: Final = frozenset({"W1_ausserhalb", "G1_nicht_bochum", "K1_bezirk", "K2_format",
                                 "K3_unzulaessig", "K4_wohnsitz", "P1_ausserhalb"})
GENERIC_CODES: Final = frozenset({"suspicious_content", "unreadable_document"})
GENERIC_PREFIXES: Final = ("missing_field:", "low_confidence:")

ROUTES: Final = ("auto_approve", "clerk_review")
RECOMMENDATIONS: Final = ("approve", "reject")

BOCHUM_POSTCODES: Final = frozenset({
    "44787", "44789", "44791", "44793", "44795", "44797", "44799", "44801", "44803", "44805",
    "44807", "44809", "44866", "44867", "44869", "44879", "44892", "44894"})

ZONES: Final[dict[str, tuple[str, ...]]] = {
    "B1": ("Kortumstraße", "Huestraße", "Brückstraße", "Viktoriastraße"),
    "B2": ("Alleestraße", "Dorstener Straße", "Herner Straße", "Essener Straße"),
    "B3": ("Königsallee", "Wittener Straße", "Hattinger Straße", "Oskar-Hoffmann-Straße"),
    "B4": ("Castroper Straße", "Universitätsstraße", "Harpener Hellweg"),
}

# Seeded into the plate register by configuration; every other plate in a suite is unique.
TAKEN_PLATES: Final = ("BO-A 1", "BO-XY 100", "WAT-Z 9", "BO-MM 2026")
FORBIDDEN_LETTERS: Final = frozenset({"HJ", "KZ", "NS", "SA", "SS"})
HOME_DISTRICTS: Final = frozenset({"BO", "WAT"})

DOCUMENT_EXTENSIONS: Final = frozenset({".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".txt",
                                        ".eml"})
RASTER_EXTENSIONS: Final = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff"})
