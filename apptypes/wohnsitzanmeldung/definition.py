"""The ``wohnsitzanmeldung`` application type, assembled from the files beside it."""

from __future__ import annotations

from apptypes._common.loading import package_files
from apptypes._common.name_checks import full_name_check
from apptypes._common.normalizers import (
    chained,
    cleared_unless,
    cleared_when_same,
    items_matching,
    lower_case_list_at,
    municipality_at,
    place_only_at,
    section_cleared_when_same,
)
from apptypes.base import ApplicationType, DocumentCheck, DocumentKind, schema_keys
from apptypes.wohnsitzanmeldung.artefact import confirmation_rows
from apptypes.wohnsitzanmeldung.confirmation import (
    CORROBORATIONS,
    NAMES_THE_FLAT,
    form_flat_line,
)
from apptypes.wohnsitzanmeldung.rules import CONFIRMATION_KIND, RULES
from apptypes.wohnsitzanmeldung.schema import AUXILIARY_KEYS, Wohnsitzanmeldung

_CONFIG, _PROMPT = package_files(__file__)
# Nationalities are adjectives ("deutsch", "türkisch", "vietnamesisch"); the model also answered
# "stadt bochum" and "eigentümer" from the letterhead and the confirmation.
NATIONALITY = r"^[^\d\s,]*sch$|^staatenlos$|^ungeklärt$"
# Serial numbers of identity cards and passports: 9 letters and digits (older ones 8 to 10).
DOCUMENT_NUMBER = r"[A-Z0-9]{6,12}"

APPLICATION_TYPE = ApplicationType(
    key="wohnsitzanmeldung",
    title="Anmeldung einer Wohnung",
    schema=Wohnsitzanmeldung,
    required=(
        "familienname", "vornamen", "geburtsdatum", "geburtsort", "staatsangehoerigkeiten",
        "einzugsdatum", "neue_wohnung.strasse", "neue_wohnung.hausnummer", "neue_wohnung.plz",
        "neue_wohnung.ort", "wohnungsstatus", "wohnungsgeber.name", "wohnungsgeber.einzugsdatum",
    ),
    document_kinds=(
        DocumentKind(key="anmeldung", title="Anmeldung bei der Meldebehörde",
                     cues=["anmeldung bei der meldebehörde", "tag des einzugs", "neue wohnung",
                           "bisherige wohnung", "anmeldung"]),
        DocumentKind(key="wohnungsgeberbestaetigung", title="Wohnungsgeberbestätigung",
                     cues=["wohnungsgeberbestätigung", "bestätigung des wohnungsgebers",
                           "§ 19 bmg", "§ 19 bundesmeldegesetz", "wohnungsgeber"],
                     holds=("wohnungsgeber",)),
    ),
    rules=RULES,
    config=_CONFIG,
    prompt=_PROMPT,
    artefact_title="Meldebestätigung",
    artefact_rows=confirmation_rows,
    spec_keys=tuple(k for k in schema_keys(Wohnsitzanmeldung) if k not in AUXILIARY_KEYS),
    auxiliary_keys=AUXILIARY_KEYS,
    document_checks=(
        full_name_check(),
        DocumentCheck(key=NAMES_THE_FLAT, texts=form_flat_line, kind=CONFIRMATION_KIND),
    ),
    corroborations=CORROBORATIONS,
    normalize=chained(
        lower_case_list_at("staatsangehoerigkeiten"),
        items_matching("staatsangehoerigkeiten", NATIONALITY),
        cleared_unless("ausweis.seriennummer", DOCUMENT_NUMBER),
        cleared_when_same("geburtsname", "familienname"),
        place_only_at("geburtsort"),
        municipality_at("neue_wohnung.ort", "bisherige_wohnung.ort"),
        section_cleared_when_same("bisherige_wohnung", "neue_wohnung",
                                  ("strasse", "hausnummer", "plz")),
    ),
)
