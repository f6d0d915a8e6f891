"""OCR of one prepared page image with tesseract (``image_to_data``): words, boxes, confidences."""

from __future__ import annotations

import os
from dataclasses import dataclass

import pytesseract
from PIL import Image

from domain.documents import Word
from reading import errors
from reading.errors import ReadError
from reading.geometry import scale_box

# deu brings the German dictionary; the Latin script model reads ı İ ş ł ễ that deu lacks.
LANGUAGES = "deu+Latin"
# psm 3 (automatic segmentation) keeps the values of form cells that psm 6 drops.
PAGE_SEGMENTATION = 3
TIMEOUT_SECONDS = 120


@dataclass
class OcrResult:
    words: list[Word]
    mean_conf: float


def run_tesseract(image: Image.Image, *, languages: str = LANGUAGES,
                  psm: int = PAGE_SEGMENTATION) -> OcrResult:
    # The machine is shared: tesseract's OpenMP would otherwise take every core per page.
    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        data = pytesseract.image_to_data(
            image,
            lang=languages,
            config=f"--psm {psm}",
            output_type=pytesseract.Output.DICT,
            timeout=TIMEOUT_SECONDS,
        )
    except (pytesseract.TesseractError, RuntimeError, OSError) as exc:
        raise ReadError(errors.OCR_FAILED) from exc
    words: list[Word] = []
    for i, text in enumerate(data["text"]):
        conf = float(data["conf"][i])
        if not text or not text.strip() or conf < 0:
            continue
        left, top = float(data["left"][i]), float(data["top"][i])
        box = (left, top, left + float(data["width"][i]), top + float(data["height"][i]))
        words.append(
            Word(text=text.strip(), bbox=scale_box(box, image.width, image.height),
                 conf=conf / 100.0)
        )
    mean = sum(w.conf for w in words) / len(words) if words else 0.0
    return OcrResult(words, mean)
