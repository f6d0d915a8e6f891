"""The ``wunschkennzeichen`` application type, assembled from the files beside it."""

from __future__ import annotations

from apptypes._common.loading import package_files
from apptypes._common.name_checks import full_name_check
from apptypes._common.normalizers import chained, municipality_at, plates_at
from apptypes.base import ApplicationType, DocumentKind, schema_keys
from apptypes.wunschkennzeichen.artefact import reservation_rows
from apptypes.wunschkennzeichen.effect import release_plate, reserve_plate
from apptypes.wunschkennzeichen.rules import RULES
from apptypes.wunschkennzeichen.schema import Wunschkennzeichen

_CONFIG, _PROMPT = package_files(__file__)

APPLICATION_TYPE = ApplicationType(
    key="wunschkennzeichen",
    title="Reservierung eines Wunschkennzeichens",
    schema=Wunschkennzeichen,
    required=(
        "halter.familienname",
        "halter.vornamen",
        "halter.anschrift.strasse",
        "halter.anschrift.hausnummer",
        "halter.anschrift.plz",
        "halter.anschrift.ort",
        "kennzeichen",
    ),
    document_kinds=(
        DocumentKind(
            key="antrag",
            title="Antrag auf Wunschkennzeichen",
            cues=[
                "wunschkennzeichen",
                "kennzeichenreservierung",
                "reservierung eines kennzeichens",
                "zulassungsstelle",
                "kennzeichen",
            ],
        ),
    ),
    rules=RULES,
    config=_CONFIG,
    prompt=_PROMPT,
    artefact_title="Reservierung eines Wunschkennzeichens",
    artefact_rows=reservation_rows,
    approval_effect=reserve_plate,
    approval_undo=release_plate,
    normalize=chained(plates_at("kennzeichen"), municipality_at("halter.anschrift.ort")),
    document_checks=(full_name_check("halter."),),
    spec_keys=tuple(schema_keys(Wunschkennzeichen)),
)
