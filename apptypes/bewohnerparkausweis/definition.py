"""The ``bewohnerparkausweis`` application type, assembled from the files beside it."""

from __future__ import annotations

from apptypes._common.loading import package_files
from apptypes._common.name_checks import full_name_check
from apptypes._common.normalizers import chained, cleared_when_same, municipality_at, plates_at
from apptypes._common.plates import PLATE_SHAPE
from apptypes._common.zones import zone_normalizer
from apptypes.base import ApplicationType, ComposedField, DocumentKind, schema_keys
from apptypes.bewohnerparkausweis.artefact import permit_rows
from apptypes.bewohnerparkausweis.rules import RULES, zone_streets
from apptypes.bewohnerparkausweis.schema import HALTER_PARTS, Bewohnerparkausweis

_CONFIG, _PROMPT = package_files(__file__)
_HALTER = ComposedField(key="fahrzeugschein.halter_name", parts=HALTER_PARTS)

APPLICATION_TYPE = ApplicationType(
    key="bewohnerparkausweis",
    title="Bewohnerparkausweis",
    schema=Bewohnerparkausweis,
    required=(
        "antragsteller.familienname", "antragsteller.vornamen",
        "antragsteller.anschrift.strasse", "antragsteller.anschrift.hausnummer",
        "antragsteller.anschrift.plz", "antragsteller.anschrift.ort",
        "parkzone", "kennzeichen", "halterverhaeltnis",
        "fahrzeugschein.halter_name", "fahrzeugschein.kennzeichen",
    ),
    document_kinds=(
        DocumentKind(key="antrag", title="Antrag auf Bewohnerparkausweis",
                     cues=["bewohnerparkausweis", "bewohnerparken", "parkzone",
                           "anwohnerparkausweis"]),
        DocumentKind(key="fahrzeugschein", title="Fahrzeugschein",
                     cues=["zulassungsbescheinigung teil i", "fahrzeugschein",
                           "zulassungsbescheinigung", "amtliches kennzeichen"],
                     holds=("fahrzeugschein",)),
    ),
    rules=RULES,
    config=_CONFIG,
    prompt=_PROMPT,
    artefact_title="Bewohnerparkausweis",
    artefact_rows=permit_rows,
    normalize=chained(
        # A company keeper leaves C.1.2 empty; the model copied the company name from C.1.1.
        cleared_when_same(*HALTER_PARTS),
        plates_at("kennzeichen", "fahrzeugschein.kennzeichen"),
        municipality_at("antragsteller.anschrift.ort"),
        zone_normalizer("parkzone", zone_streets(_CONFIG)),
    ),
    document_checks=(full_name_check("antragsteller."),),
    spec_keys=tuple(
        _HALTER.key if k == HALTER_PARTS[1] else k
        for k in schema_keys(Bewohnerparkausweis) if k != HALTER_PARTS[0]
    ),
    auxiliary_keys=HALTER_PARTS,
    composed=(_HALTER,),
    shapes={"fahrzeugschein.kennzeichen": PLATE_SHAPE},
)
