"""The clerk is told about hidden text of a real PDF (it was not evaluated)."""

from __future__ import annotations

from reading import read_document
from tests.reading import builders
from tests.reading.test_hidden_text import SECRET, hidden_pdf
from ui.evidence import hidden_text_problems


def test_clerk_sees_what_the_pdf_hides() -> None:
    data = hidden_pdf("white")
    reading = read_document(data, builders.ref(data, "antrag.pdf"))
    [problem] = hidden_text_problems("antrag.pdf", reading)
    assert problem.filename == "antrag.pdf"
    assert "Seite 1 enthält versteckten Text (in der Farbe des Hintergrunds)" in problem.message
    assert SECRET in problem.message


def test_ordinary_pdf_gives_no_notice() -> None:
    data = builders.text_pdf()
    assert hidden_text_problems("brief.pdf", read_document(data, builders.ref(data, "b.pdf"))) == []
