"""Known forms end to end on a form the code was not written for: the proposal a process owner
reviews, recognition of each variant, and the values read from the boxes without the model."""

from __future__ import annotations

from pathlib import Path

import pytest

from apptypes.registry import get_type
from domain.forms import FormReading
from forms import formats
from forms.blank import inspect_blank
from forms.check import problems
from forms.propose import propose
from forms.reader import read_known_form
from forms.template import FormTemplate, dump_template, load_template
from reading import read_document
from tests.forms.builders import SAMPLE, Filled, acroform_pdf, flat_pdf, scanned_jpeg
from tests.reading.builders import label_value_pdf, ref

EXPECTED = {
    "familienname": "Kowalczyk", "vornamen": "Jan Piotr", "geburtsdatum": "12.04.1987",
    "geburtsort": "Gelsenkirchen", "einzugsdatum": "01.03.2026", "neue_wohnung.plz": "44787",
    "neue_wohnung.ort": "Bochum", "neue_wohnung.strasse": "Kortumstraße",
    "neue_wohnung.hausnummer": "45", "neue_wohnung.zusatz": "2. OG", "wohnungsstatus": "haupt",
    "staatsangehoerigkeiten": ["polnisch", "deutsch"], "geschlecht": "maennlich",
}


def _read(data: bytes, name: str, template: FormTemplate) -> FormReading | None:
    rasters: dict[int, object] = {}
    reading = read_document(data, ref(data, name), rasters=rasters)  # type: ignore[arg-type]
    return read_known_form(data, reading, rasters, [template])  # type: ignore[arg-type]


def _values(form: FormReading) -> dict[str, object]:
    return {k: v.value for k, v in form.values.items() if k in EXPECTED}


def test_the_proposal_maps_every_box_of_a_new_layout(registered: FormTemplate) -> None:
    by_name = {f.name: f for f in registered.fields}
    assert by_name["name_1"].key == "familienname"
    assert by_name["staat_1"].key == "staatsangehoerigkeiten"
    assert by_name["plz_ort"].format == "postcode_town"
    assert by_name["plz_ort"].keys[:2] == ["neue_wohnung.plz", "neue_wohnung.ort"]
    assert by_name["geburt_1"].keys[:2] == ["geburtsdatum", "geburtsort"]
    assert [by_name[n].option for n in ("status_a", "status_h", "status_n")] == [
        "alleinige", "haupt", "neben"]
    assert registered.fingerprint.digest and len(registered.anchors) >= 6
    assert problems(registered) == []


def test_check_names_a_key_the_schema_lacks(registered: FormTemplate) -> None:
    broken = registered.model_copy(deep=True)
    broken.fields[0].key, broken.fields[0].format = "neue_wohnung.hausnr", None
    assert any("hausnr" in p for p in problems(broken))


def test_portal_export_is_read_from_its_fields_with_certainty(registered: FormTemplate) -> None:
    form = _read(acroform_pdf(SAMPLE), "export.pdf", registered)
    assert form is not None and form.method == "acroform"
    assert _values(form) == EXPECTED
    assert all(v.confidence == 1.0 for v in form.values.values())
    assert form.values["familienname"].how == "aus Formularfeld „name_1“"


def test_empty_box_of_a_portal_export_is_an_empty_value(registered: FormTemplate) -> None:
    filled = Filled(text={k: v for k, v in SAMPLE.text.items() if k != "strasse"},
                    ticked=set())
    form = _read(acroform_pdf(filled), "export.pdf", registered)
    assert form is not None
    assert form.values["neue_wohnung.strasse"].value is None
    assert "neue_wohnung.strasse" in form.mapped_keys
    assert form.values["wohnungsstatus"].value is None
    assert form.values["wohnungsstatus"].how == "nichts angekreuzt"


def test_flattened_print_is_read_from_its_boxes(registered: FormTemplate) -> None:
    form = _read(flat_pdf(SAMPLE), "flat.pdf", registered)
    assert form is not None and form.method == "text_layer"
    assert _values(form) == EXPECTED
    assert form.values["wohnungsstatus"].confidence >= 0.95


def test_scan_is_registered_on_the_anchors_and_read_twice(registered: FormTemplate) -> None:
    form = _read(scanned_jpeg(SAMPLE), "scan.jpg", registered)
    assert form is not None and form.method == "ocr"
    assert form.alignment_residual < 0.005
    values = _values(form)
    right = [k for k in EXPECTED if values.get(k) == EXPECTED[k]]
    assert len(right) >= len(EXPECTED) - 1, values
    # A wrong value is never certain: two readings that disagree go to a clerk.
    for key, expected in EXPECTED.items():
        if values.get(key) != expected:
            assert form.values[key].confidence < 0.9, (key, form.values[key])
    assert form.values["wohnungsstatus"].value == "haupt"
    assert "Tinte" in form.values["wohnungsstatus"].how


def test_two_ticks_in_one_choice_decide_nothing(registered: FormTemplate) -> None:
    form = _read(flat_pdf(Filled(text=SAMPLE.text, ticked={"status_h", "status_n"})),
                 "flat.pdf", registered)
    assert form is not None
    assert form.values["wohnungsstatus"].value is None
    assert form.values["wohnungsstatus"].confidence < 0.5


def test_another_document_is_no_form(registered: FormTemplate) -> None:
    assert _read(label_value_pdf(), "brief.pdf", registered) is None


@pytest.mark.parametrize(("fmt", "text", "parts"), [
    ("postcode_town", "44892 Bochum, Langendreer", ["44892", "Bochum", "Langendreer"]),
    ("postcode_town", "Bochum", [None, "Bochum", None]),
    ("street_number_extra", "Alte Bahnhofstraße 166a, DG links",
     ["Alte Bahnhofstraße", "166a", "DG links"]),
    ("street_number_extra", "Am Gottesacker 9", ["Am Gottesacker", "9", None]),
    ("street_number_extra", "Hauptstraße 3-5", ["Hauptstraße", "3-5", None]),
    ("date_place_country", "30.11.1995, Łódź, Polen", ["30.11.1995", "Łódź", "Polen"]),
    ("date_place_country", "30.11.1995", ["30.11.1995", None, None]),
])
def test_composite_boxes_are_cut_by_their_punctuation(fmt: str, text: str,
                                                      parts: list[str | None]) -> None:
    assert formats.split(fmt, text) == parts


def test_registered_forms_of_the_repository_check_clean() -> None:
    from forms.registry import forms_folder, load_forms

    for template in load_forms(forms_folder(get_type("wohnsitzanmeldung"))):
        assert problems(template) == [], template.name


def test_a_flat_blank_is_registered_from_its_printed_captions(tmp_path: Path) -> None:
    """No form fields: boxes are proposed where the print leaves room, checkboxes from the drawn
    squares; filled prints and scans of it are read like those of an AcroForm blank."""
    blank = flat_pdf(Filled())
    (tmp_path / "flach.pdf").write_bytes(blank)
    proposed = propose(inspect_blank(blank), get_type("wohnsitzanmeldung"), "flach", "flach.pdf")
    dump_template(proposed, tmp_path / "flach.yaml", "test")
    template = load_template(tmp_path / "flach.yaml")
    assert set(EXPECTED) <= template.mapped_keys
    assert not template.fingerprint.acroform_fields
    form = _read(flat_pdf(SAMPLE), "flat.pdf", template)
    assert form is not None and _values(form) == EXPECTED


def test_a_second_persons_boxes_are_known_to_the_redaction() -> None:
    from activities.redaction import form_box_values
    from domain.documents import DocumentReading
    from redaction import deny_list_from_values

    reading = DocumentReading(doc=ref(b"x", "a.pdf"), form=FormReading(
        template="t", application_type="wohnsitzanmeldung", method="acroform",
        other_texts=["Vornamen (Rufnamen unterstreichen)\tSofiia",
                     "Tag, Ort, Land der Geburt\t04.03.2015, Charkiw, Ukraine",
                     "Religionsgesellschaft\tkeine"]))
    deny = deny_list_from_values(form_box_values([reading]))
    assert "Sofiia" in deny and "04.03.2015" in deny
    assert "keine" not in deny
