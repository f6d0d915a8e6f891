from __future__ import annotations

import pytest

from reading import sniff_media_type
from tests.reading import builders


@pytest.mark.parametrize(
    ("data", "filename", "expected"),
    [
        (b"%PDF-1.7\n...", "x.jpg", "application/pdf"),
        (b"\x89PNG\r\n\x1a\n....", "x.pdf", "image/png"),
        (b"\xff\xd8\xff\xe0....", "scan.png", "image/jpeg"),
        (b"II*\x00....", "a.tif", "image/tiff"),
        (b"MM\x00*....", "a.tif", "image/tiff"),
        (b"Sehr geehrte Damen und Herren,\nich melde mich an.", "brief.txt", "text/plain"),
        ("Grüße".encode("cp1252"), "brief.txt", "text/plain"),
        (b"\x7fELF\x02\x01\x01" + b"\0" * 64, "antrag.pdf", "application/octet-stream"),
        (b"MZ\x90\x00" + b"\0" * 64, "antrag.pdf", "application/octet-stream"),
        (b"", "leer.pdf", "application/octet-stream"),
        (bytes(range(256)) * 4, "daten.pdf", "application/octet-stream"),
    ],
)
def test_sniff_by_content_not_name(data: bytes, filename: str, expected: str) -> None:
    assert sniff_media_type(data, filename) == expected


def test_email_recognised_by_headers_whatever_its_name() -> None:
    data = builders.email_with_attachment(builders.label_value_pdf())
    assert sniff_media_type(data, "nachricht.txt") == "message/rfc822"
    assert sniff_media_type(data, "upload.bin") == "message/rfc822"


def test_real_documents_are_sniffed() -> None:
    assert sniff_media_type(builders.text_image(["Test"]), "a.pdf") == "image/png"
    assert sniff_media_type(builders.text_image(["Test"], "JPEG"), "a") == "image/jpeg"
    assert sniff_media_type(builders.text_image(["Test"], "TIFF"), "a") == "image/tiff"
    assert sniff_media_type(builders.text_pdf(), "a.png") == "application/pdf"
