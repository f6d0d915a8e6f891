"""Caption rows of stacked forms are read as ``caption: value`` lines (``reading.captions``)."""

from __future__ import annotations

from domain.documents import DocumentReading
from reading.captions import captioned_lines
from reading.reader import read_document
from reading.rows import Cell, Row
from tests.reading import builders


def _lines(reading: DocumentReading) -> list[str]:
    assert reading.error is None
    return reading.text.splitlines()


def test_stacked_form_values_stand_beside_their_captions() -> None:
    data = builders.stacked_form_pdf()
    lines = _lines(read_document(data, builders.ref(data, "antrag.pdf")))
    for row in builders.STACKED_ROWS:
        for caption, value in row:
            assert f"{caption}: {value}".rstrip() in lines
    # the empty value shows as an empty caption instead of borrowing the next row's value
    assert "Telefon:" in lines
    assert f"{builders.STACKED_EMPTY_CAPTION}:" in lines, "a caption row with no value row"
    assert "{}: {}".format(*builders.STACKED_AFTER_HEADING) in lines, "one caption, in the form"
    assert "Bisherige Wohnung" in lines
    assert not any(line.startswith("Nachname") and "Vorname" in line for line in lines)


def test_side_by_side_rows_and_letterheads_stay_as_they_are() -> None:
    data = builders.stacked_form_pdf()
    lines = _lines(read_document(data, builders.ref(data, "antrag.pdf")))
    assert "Marke   SKODA" in lines
    # smaller line over a larger one in the same column, but a single line: no caption row
    assert "Glückauf Wohnbau eG" in lines
    assert "Castroper Hellweg 50" in lines


def test_label_value_rows_are_not_taken_for_captions() -> None:
    data = builders.label_value_pdf()
    lines = _lines(read_document(data, builders.ref(data, "formular.pdf")))
    for label, value in builders.FORM_ROWS:
        assert f"{label}   {value}" in lines


def test_scanned_stacked_form_is_paired_too() -> None:
    data = builders.stacked_form_image()
    reading = read_document(data, builders.ref(data, "scan.png"))
    assert reading.pages[0].method == "ocr"
    lines = _lines(reading)
    assert "Nachname: Wolkow" in lines
    assert "Vorname(n): Olga" in lines


def test_empty_captions_of_a_side_by_side_form_are_marked_empty() -> None:
    data = builders.side_by_side_form_pdf()
    lines = _lines(read_document(data, builders.ref(data, "antrag.pdf")))
    for caption, value in builders.SIDE_BY_SIDE_ROWS:
        if value is None:
            assert caption in lines, "a heading in the values' size is no empty caption"
        elif value:
            assert f"{caption}   {value}" in lines
        else:
            # also the two empty captions under the form's last value: read bare, the model
            # took the second for the value of the first
            assert f"{caption}:" in lines
    assert "Bochum, 14.02.2026" in lines, "below the form's captions the line is left alone"


def test_equal_captions_of_side_by_side_sections_are_named_after_their_section() -> None:
    data = builders.two_section_form_pdf()
    lines = _lines(read_document(data, builders.ref(data, "anmeldung.pdf")))
    first, second = builders.SECTIONS
    for caption, in_first, in_second in builders.SECTION_ROWS:
        assert f"{caption} ({first}): {in_first}" in lines
        assert f"{caption} ({second}): {in_second}" in lines



def _cell(text: str, x0: float, top: float, height: float) -> Cell:
    return Cell(text=text, x0=x0, x1=x0 + 10 * len(text), top=top, bottom=top + height,
                height=height, tallest=height)


def test_side_by_side_rows_a_line_apart_are_no_caption_rows() -> None:
    # As OCR measured a scanned side-by-side form: "Vorname" came out taller than "Dieter", so
    # by size alone the first row looked like captions over the second.
    rows = [Row((_cell("Nachname", 290, 558, 30), _cell("Becker", 1050, 554, 36))),
            Row((_cell("Vorname", 287, 631, 53), _cell("Dieter", 1049, 636, 36)))]
    assert captioned_lines(rows, exact_sizes=False) == ["Nachname   Becker", "Vorname   Dieter"]
    # stacked captions sit right over their values
    stacked = [Row((_cell("Nachname", 290, 558, 30), _cell("Vorname", 1050, 558, 30))),
               Row((_cell("Becker", 292, 600, 44), _cell("Dieter", 1052, 600, 44)))]
    assert captioned_lines(stacked, exact_sizes=False) == ["Nachname: Becker", "Vorname: Dieter"]


def test_a_caption_as_tall_as_the_value_under_it_is_no_caption() -> None:
    # Heights as OCR measured a scanned side-by-side form (a bracket made "Zusatz" tall, "Die
    # Wohnung ist" has no descender): the first row looked like captions of the second.
    rows = [Row((_cell("Zusatz (Stockwerk, Lage)", 305, 600, 32), _cell("1. OG", 1067, 600, 35))),
            Row((_cell("Die Wohnung ist", 307, 679, 28), _cell("Nebenwohnung", 1066, 679, 44)))]
    assert captioned_lines(rows, exact_sizes=False) == [
        "Zusatz (Stockwerk, Lage)   1. OG", "Die Wohnung ist   Nebenwohnung"]
    # A real registration form's captions sit as far above their values, but smaller than each
    real = [Row((_cell("Tag des Einzugs", 206, 900, 26), _cell("Postleitzahl, Ort", 467, 900, 24),
                 _cell("Tag des Auszugs", 1317, 900, 26))),
            Row((_cell("15.01.2026", 212, 964, 32), _cell("44866 Bochum", 470, 964, 33),
                 _cell("14.01.2026", 1325, 964, 32)))]
    assert captioned_lines(real, exact_sizes=False) == [
        "Tag des Einzugs: 15.01.2026", "Postleitzahl, Ort: 44866 Bochum",
        "Tag des Auszugs: 14.01.2026"]


def test_the_words_of_a_page_come_in_the_order_of_its_text() -> None:
    # a PDF draws form-field ticks after the page text
    data = builders.acroform_pdf()
    reading = read_document(data, builders.ref(data, "formular.pdf"))
    for page in reading.pages:
        assert " ".join(w.text for w in page.words).split() == page.text.split()
