"""Every kind of bad input yields a DocumentReading with a German error, never an exception."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfWriter

from domain.documents import DocumentReading
from reading import ReadLimits, read_document
from tests.reading import builders


def read(data: bytes, name: str, limits: ReadLimits | None = None) -> DocumentReading:
    return read_document(data, builders.ref(data, name), limits=limits or ReadLimits())


def assert_error(reading: DocumentReading, starts: str) -> None:
    assert reading.error is not None and reading.error.startswith(starts), reading.error
    assert reading.pages == []


def test_empty_file() -> None:
    assert_error(read(b"", "leer.pdf"), "Die Datei ist leer")


def test_corrupt_pdf() -> None:
    data = builders.label_value_pdf()
    broken = data[:200] + bytes(b ^ 0x5A for b in data[200:])
    assert_error(read(broken, "kaputt.pdf"), "Die PDF-Datei ist beschädigt")


def test_truncated_pdf_header_only() -> None:
    assert_error(read(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<", "abgeschnitten.pdf"),
                 "Die PDF-Datei ist beschädigt")


def test_encrypted_pdf() -> None:
    reading = read(builders.encrypted_pdf(user_password="geheim"), "geschuetzt.pdf")
    assert_error(reading, "Die PDF-Datei ist passwortgeschützt")


@pytest.mark.parametrize("magic", [b"\x7fELF\x02\x01\x01\x00", b"MZ\x90\x00\x03\x00"])
def test_executable_renamed_pdf(magic: bytes) -> None:
    reading = read(magic + bytes(range(256)) * 8, "antrag.pdf")
    assert_error(reading, "Die Datei ist ein ausführbares Programm")


def test_decompression_bomb_png_is_not_decoded() -> None:
    reading = read(builders.png_declaring(100_000, 100_000), "bombe.png")
    assert_error(reading, "Das Bild ist zu groß")


def test_image_over_the_pixel_limit() -> None:
    data = builders.text_image(["Test"])
    assert_error(read(data, "gross.png", ReadLimits(max_image_pixels=1000)), "Das Bild ist zu groß")


def test_oversize_bytes() -> None:
    data = builders.text_pdf()
    reading = read(data, "gross.pdf", ReadLimits(max_bytes=len(data) - 1))
    assert_error(reading, "Die Datei ist zu groß")


def test_corrupt_image() -> None:
    data = builders.text_image(["Test"], "JPEG")
    assert_error(read(data[: len(data) // 3], "halb.jpg"), "Die Bilddatei ist beschädigt")


def test_unsupported_type() -> None:
    reading = read(b"PK\x03\x04" + bytes(range(256)) * 4, "antrag.docx")
    assert_error(reading, "Dateityp wird nicht unterstützt")


def test_pdf_without_pages() -> None:
    writer = PdfWriter()
    buf = io.BytesIO()
    writer.write(buf)
    reading = read(buf.getvalue(), "leer.pdf")
    assert reading.error is not None and reading.pages == []


def test_blank_scanned_pages_need_no_ocr_and_do_not_fail() -> None:
    writer = PdfWriter()
    for _ in range(3):
        writer.add_blank_page(width=595, height=842)
    buf = io.BytesIO()
    writer.write(buf)
    reading = read(buf.getvalue(), "leer.pdf")
    assert reading.error is None and reading.page_count == 3
    assert [p.method for p in reading.pages] == ["ocr"] * 3
    assert reading.text.strip() == ""


def test_error_messages_carry_no_document_content() -> None:
    data = builders.email_with_attachment("%PDF-1.4 Jürgen Weiß kaputt".encode())
    reading = read(data, "Jürgen_Weiß.eml")
    notes = [line for line in reading.text.splitlines() if line.startswith("[Anhang")]
    assert notes and all("formular" not in n and "Weiß" not in n for n in notes)
