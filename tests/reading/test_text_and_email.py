from __future__ import annotations

from reading import read_document
from tests.reading import builders

LETTER = "Sehr geehrte Damen und Herren,\nich heiße Jürgen Weiß und melde mich um.\n"


def test_utf8_text() -> None:
    data = LETTER.encode()
    reading = read_document(data, builders.ref(data, "brief.txt"))
    assert reading.error is None
    assert reading.pages[0].method == "plain_text"
    assert reading.text == LETTER.strip()


def test_cp1252_text() -> None:
    data = LETTER.replace("\n", "\r\n").encode("cp1252")
    reading = read_document(data, builders.ref(data, "brief.txt"))
    assert reading.text == LETTER.strip()


def test_email_with_pdf_attachment() -> None:
    pdf = builders.label_value_pdf()
    data = builders.email_with_attachment(pdf)
    reading = read_document(data, builders.ref(data, "antrag.eml"))
    assert reading.error is None
    assert [p.method for p in reading.pages] == ["email", "text_layer"]
    assert [p.page for p in reading.pages] == [1, 2]
    first = reading.pages[0].text
    assert "Betreff: Anmeldung meiner neuen Wohnung" in first
    assert "Grüße, Jürgen Weiß" in first
    label, value = builders.FORM_ROWS[0]
    assert any(label in line and value in line for line in reading.pages[1].text.splitlines())


def test_html_only_email_is_stripped_to_text() -> None:
    data = builders.email_with_attachment(builders.label_value_pdf(), html=True)
    reading = read_document(data, builders.ref(data, "antrag.eml"))
    first = reading.pages[0].text
    assert "Grüße, Jürgen Weiß" in first
    assert "<p>" not in first and "color:red" not in first
    assert len(reading.pages) == 2


def test_unreadable_attachment_is_noted_without_failing_the_mail() -> None:
    data = builders.email_with_attachment(b"%PDF-1.4 kaputt")
    reading = read_document(data, builders.ref(data, "antrag.eml"))
    assert reading.error is None
    assert len(reading.pages) == 1
    assert "[Anhang 1 nicht lesbar: Die PDF-Datei ist beschädigt" in reading.text
