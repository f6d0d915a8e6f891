"""Why a document could not be read, phrased for clerks (German, never containing document data)."""

from __future__ import annotations


class ReadError(Exception):
    """A document is unreadable; ``str(error)`` is the message shown to the clerk."""


EMPTY = "Die Datei ist leer."
TOO_LARGE = "Die Datei ist zu groß ({size_mb:.0f} MB, erlaubt sind {limit_mb:.0f} MB)."
UNSUPPORTED = "Dateityp wird nicht unterstützt ({media_type})."
EXECUTABLE = "Die Datei ist ein ausführbares Programm und wird nicht geöffnet."
PDF_CORRUPT = "Die PDF-Datei ist beschädigt und kann nicht geöffnet werden."
PDF_ENCRYPTED = "Die PDF-Datei ist passwortgeschützt und kann nicht gelesen werden."
IMAGE_CORRUPT = "Die Bilddatei ist beschädigt und kann nicht geöffnet werden."
IMAGE_TOO_LARGE = "Das Bild ist zu groß (erlaubt sind höchstens {limit:.0f} Megapixel)."
OCR_FAILED = "Die Texterkennung (OCR) ist fehlgeschlagen."
EMAIL_CORRUPT = "Die E-Mail kann nicht gelesen werden."
TEXT_UNDECODABLE = "Die Textdatei kann nicht gelesen werden (unbekannte Zeichenkodierung)."
NO_PAGES = "Das Dokument enthält keine Seiten."
INTERNAL = "Das Dokument konnte wegen eines internen Fehlers nicht gelesen werden."
