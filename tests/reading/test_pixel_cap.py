"""The pixel cap holds for every image that reaches tesseract, after any scaling."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from reportlab.pdfgen import canvas

from reading import ocr, read_document, second_reading
from reading.limits import ReadLimits
from reading.ocr import OcrResult
from tests.reading import builders


@pytest.fixture
def tesseract_inputs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Pixel counts of the images handed to (the real) tesseract."""
    seen: list[int] = []
    real = ocr.run_tesseract

    def recording(image: Image.Image, **kwargs: object) -> OcrResult:
        seen.append(image.width * image.height)
        return real(image, **kwargs)  # type: ignore[arg-type]  # languages/psm as given

    monkeypatch.setattr(second_reading, "run_tesseract", recording)
    return seen


def test_low_dpi_scan_is_not_upscaled_past_the_cap(tesseract_inputs: list[int]) -> None:
    data = builders.text_image(["Antrag auf Bewohnerparkausweis", "Kortumstraße 12"], dpi=72)
    limits = ReadLimits(max_image_pixels=200_000)
    with Image.open(io.BytesIO(data)) as original:
        assert original.width * original.height < limits.max_image_pixels
        # The premise: 300 dpi from 72 dpi is the maximum upscaling of 2.5x, over the cap.
        assert original.width * original.height * 2.5**2 > limits.max_image_pixels
    reading = read_document(data, builders.ref(data, "scan.png"), limits=limits)
    assert reading.error is None and tesseract_inputs
    assert max(tesseract_inputs) <= limits.max_image_pixels


def test_huge_pdf_page_rendered_for_ocr_stays_under_the_cap(
        tesseract_inputs: list[int]) -> None:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(14_400, 14_400))
    pdf.setFont("Helvetica", 900)
    pdf.drawString(500, 7000, "Antrag")
    pdf.save()
    data = buffer.getvalue()
    limits = ReadLimits(max_image_pixels=1_000_000)
    reading = read_document(data, builders.ref(data, "riesig.pdf"), limits=limits)
    assert reading.error is None and tesseract_inputs
    assert max(tesseract_inputs) <= limits.max_image_pixels
