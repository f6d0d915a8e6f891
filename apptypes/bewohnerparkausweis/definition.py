"""The ``bewohnerparkausweis`` application type, assembled from the files beside it."""

from __future__ import annotations

from apptypes._common.loading import package_files
from apptypes._common.normalizers import plates_at
from apptypes.base import ApplicationType, DocumentKind, schema_keys
from apptypes.bewohnerparkausweis.artefact import permit_rows
from apptypes.bewohnerparkausweis.rules import RULES
from apptypes.bewohnerparkausweis.schema import Bewohnerparkausweis

_CONFIG, _PROMPT = package_files(__file__)

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
                           "zulassungsbescheinigung", "amtliches kennzeichen"]),
    ),
    rules=RULES,
    config=_CONFIG,
    prompt=_PROMPT,
    artefact_title="Bewohnerparkausweis",
    artefact_rows=permit_rows,
    normalize=plates_at("kennzeichen", "fahrzeugschein.kennzeichen"),
    spec_keys=tuple(schema_keys(Bewohnerparkausweis)),
)
