"""The second reading of a scanned box: tesseract on the box alone, as one line of text.

The page's own OCR (psm 3) segments the whole sheet and sometimes joins a value with a caption
or drops a letter; read alone, the box gives an independent answer. Where both agree the value
is certain; where they differ, the clerk sees both.
"""

from __future__ import annotations

import re

from PIL import Image

from domain.boxes import BBox
from reading import raster
from reading.errors import ReadError
from reading.ocr import run_tesseract

SINGLE_LINE = 7
PAD = (0.2, 0.1)
"""Share of the box's height added left/right and above/below: writing overlaps a box's
border, and a cut first letter is a wrong value."""
SECOND_LANGUAGES = "Latin"
"""Not the page's ``deu+Latin``: another model makes other mistakes, so agreement means more
(and it keeps the marks German lacks: "Phạm", "Michał")."""
MIN_HEIGHT_PX = 48
RULE_DPI = 300
"""The page images of scans are read at 300 dpi; rules longer than 1 cm there are borders."""


def read_box(image: Image.Image, box: BBox, writing: BBox | None = None) -> tuple[str, float]:
    """(text, mean word confidence); ("", 0.0) when tesseract fails or sees nothing.

    ``writing``: where the page's reading found words in the box; writing that runs over the
    box's border is read whole, without taking in the neighbouring cell.
    """
    w, h = image.size
    side, edge = ((box[3] - box[1]) * h * share for share in PAD)
    left, right = box[0] * w - side, box[2] * w + side
    if writing is not None:
        left, right = min(left, writing[0] * w - side), max(right, writing[2] * w + side)
    crop = image.crop((max(0, round(left)), max(0, round(box[1] * h - edge)),
                       min(w, round(right)), min(h, round(box[3] * h + edge))))
    if crop.width < 4 or crop.height < 4:
        return "", 0.0
    # The box's borders, read as "[", "|" or "O", are whited out as on the whole page.
    clean = raster.remove_rules(raster.binarise(crop.convert("L")), RULE_DPI)
    try:
        result = run_tesseract(clean, languages=SECOND_LANGUAGES, psm=SINGLE_LINE)
    except ReadError:
        return "", 0.0
    kept = [word for word in result.words if not _JUNK.fullmatch(word.text)]
    return " ".join(word.text for word in kept), result.mean_conf


_JUNK = re.compile(r"[\W_]+|\w?[|\[\]{}]+\w?|[|\[\]{}]\w+")
"""Border remnants read as text: "|", "t|", "[4", "}"."""
