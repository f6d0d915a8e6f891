"""One raster page (scan, photo, image-only PDF page) to a ``PageReading`` via OCR."""

from __future__ import annotations

from PIL import Image

from domain.documents import PageReading
from reading import raster
from reading.layout import laid_out
from reading.limits import ReadLimits
from reading.ocr import OcrResult
from reading.page_images import PageImageSink, downscale
from reading.second_reading import read_twice

BLANK_INK = 0.0005


def ocr_page(
    image: Image.Image,
    page_no: int,
    source_dpi: float,
    limits: ReadLimits,
    sink: PageImageSink | None,
) -> PageReading:
    original = raster.grey(image)
    gray = raster.to_ocr_resolution(original, source_dpi, limits.ocr_dpi,
                                    limits.max_image_pixels)
    ocr_dpi = source_dpi * gray.width / max(original.width, 1)
    binary = raster.binarise(gray)
    # Blank pages (backs of scanned sheets) need neither straightening nor tesseract.
    if raster.ink_share(binary) <= BLANK_INK:
        straight, result = gray, OcrResult([], 0.0)
    else:
        # Boxes refer to the straightened page, so that is also the page image the clerk sees.
        straight = raster.within_pixels(raster.deskew(gray, raster.skew_angle(binary)),
                                        limits.max_image_pixels)
        result = read_twice(raster.remove_rules(raster.binarise(straight), round(ocr_dpi)))
    image_key = None
    if sink is not None:
        image_key = sink.put(page_no, downscale(straight, ocr_dpi, limits.page_image_dpi))
        sink.keep(page_no, straight)
    text, ordered = laid_out(result.words, straight.width, straight.height, exact_sizes=False)
    return PageReading(
        page=page_no,
        method="ocr",
        text=text,
        words=ordered,
        mean_conf=result.mean_conf,
        image_key=image_key,
        width=float(straight.width),
        height=float(straight.height),
    )
