"""The ``geburtsurkunde`` application type, assembled from the files beside it."""

from __future__ import annotations

from functools import partial

from apptypes._common.loading import package_files
from apptypes._common.name_checks import full_name_check
from apptypes._common.normalizers import chained, municipality_at, place_only_at
from apptypes.base import ApplicationType, DocumentKind, schema_keys
from apptypes.geburtsurkunde.artefact import order_rows
from apptypes.geburtsurkunde.fee import certificate_fee
from apptypes.geburtsurkunde.rules import RULES
from apptypes.geburtsurkunde.schema import Geburtsurkunde

_CONFIG, _PROMPT = package_files(__file__)

APPLICATION_TYPE = ApplicationType(
    key="geburtsurkunde",
    title="Antrag auf eine Geburtsurkunde",
    schema=Geburtsurkunde,
    required=(
        "antragsteller.familienname", "antragsteller.vornamen",
        "antragsteller.anschrift.strasse", "antragsteller.anschrift.hausnummer",
        "antragsteller.anschrift.plz", "antragsteller.anschrift.ort",
        "person.familienname", "person.vornamen", "person.geburtsdatum", "person.geburtsort",
        "verhaeltnis", "urkundenart", "anzahl",
    ),
    document_kinds=(
        DocumentKind(key="antrag", title="Antrag auf Geburtsurkunde",
                     cues=["geburtsurkunde", "geburtenregister", "standesamt",
                           "registerausdruck", "urkunde"]),
    ),
    rules=RULES,
    config=_CONFIG,
    prompt=_PROMPT,
    artefact_title="Bestellung einer Geburtsurkunde",
    artefact_rows=partial(order_rows, _CONFIG),
    fee=certificate_fee,
    document_checks=(full_name_check("antragsteller."),),
    normalize=chained(place_only_at("person.geburtsort"),
                      municipality_at("antragsteller.anschrift.ort")),
    spec_keys=tuple(schema_keys(Geburtsurkunde)),
)
