"""Field kinds derived from the real application types' schemas."""

from __future__ import annotations

import pytest

from apptypes.base import ApplicationType, schema_keys
from apptypes.registry import all_types
from extractors.field_kinds import FieldKind, field_kinds


def _kinds(type_key: str) -> dict[str, FieldKind]:
    return field_kinds(all_types()[type_key].schema)


@pytest.mark.parametrize("app_type", list(all_types().values()), ids=lambda t: t.key)
def test_every_schema_key_has_a_kind(app_type: ApplicationType) -> None:
    assert list(field_kinds(app_type.schema)) == schema_keys(app_type.schema)


def test_dates_are_detected() -> None:
    wohnsitz = _kinds("wohnsitzanmeldung")
    dates = {k for k, v in wohnsitz.items() if v.kind == "date"}
    assert dates == {"geburtsdatum", "einzugsdatum", "wohnungsgeber.einzugsdatum"}
    assert _kinds("geburtsurkunde")["person.geburtsdatum"] == FieldKind("date")


def test_enums_carry_the_spec_options() -> None:
    wohnsitz = _kinds("wohnsitzanmeldung")
    assert wohnsitz["wohnungsstatus"] == FieldKind("enum", ("alleinige", "haupt", "neben"))
    assert wohnsitz["geschlecht"].options == ("maennlich", "weiblich", "divers", "ohne_angabe")
    assert wohnsitz["ausweis.art"].options == (
        "personalausweis", "reisepass", "kinderreisepass", "sonstiges"
    )
    geburt = _kinds("geburtsurkunde")
    assert set(geburt["verhaeltnis"].options) == {
        "selbst", "ehegatte", "lebenspartner", "elternteil", "kind", "enkel",
        "grosselternteil", "geschwister", "sonstiges",
    }
    assert geburt["urkundenart"].options == (
        "geburtsurkunde", "internationale_geburtsurkunde", "beglaubigter_registerausdruck"
    )
    assert _kinds("wunschkennzeichen")["fahrzeugart"].options == (
        "pkw", "motorrad", "lkw", "anhaenger", "sonstiges"
    )
    assert _kinds("bewohnerparkausweis")["halterverhaeltnis"].options == (
        "eigenes_fahrzeug", "firmenwagen", "sonstiges"
    )


def test_lists_bools_ints_and_strings() -> None:
    wohnsitz = _kinds("wohnsitzanmeldung")
    assert wohnsitz["staatsangehoerigkeiten"] == FieldKind("list")
    assert wohnsitz["wohnungsgeber.ist_eigentuemer"] == FieldKind("bool")
    assert wohnsitz["neue_wohnung.plz"] == FieldKind("str")
    assert _kinds("geburtsurkunde")["anzahl"] == FieldKind("int")
    # Plates are strings (normalised by the type), not enums or dates.
    assert _kinds("wunschkennzeichen")["kennzeichen"] == FieldKind("str")
