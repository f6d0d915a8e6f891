"""Image files (PNG, JPEG, TIFF) read by OCR, refusing decompression bombs before decoding."""

from __future__ import annotations

import io
import warnings

from PIL import Image, ImageSequence, UnidentifiedImageError

from domain.documents import PageReading
from reading import errors, raster
from reading.errors import ReadError
from reading.limits import ReadLimits
from reading.ocr_page import ocr_page
from reading.page_images import PageImageSink
from reading.progress import page_read


def open_image(data: bytes, limits: ReadLimits) -> Image.Image:
    """Open lazily (header only) and refuse it if the declared size is over the limit."""
    limit_mp = limits.max_image_pixels / 1e6
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ReadError(errors.IMAGE_TOO_LARGE.format(limit=limit_mp)) from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise ReadError(errors.IMAGE_CORRUPT) from exc
    width, height = image.size
    if width <= 0 or height <= 0:
        raise ReadError(errors.IMAGE_CORRUPT)
    if width * height > limits.max_image_pixels:
        raise ReadError(errors.IMAGE_TOO_LARGE.format(limit=limit_mp))
    return image


def frame_count(image: Image.Image) -> int:
    return int(getattr(image, "n_frames", 1))


def read_image(
    data: bytes, limits: ReadLimits, sink: PageImageSink | None
) -> tuple[list[PageReading], int]:
    """Pages (TIFF frames) read by OCR, and the number of frames in the file."""
    image = open_image(data, limits)
    total = frame_count(image)
    pages: list[PageReading] = []
    try:
        for index, frame in enumerate(ImageSequence.Iterator(image)):
            if index >= limits.max_pages:
                break
            if frame.width * frame.height > limits.max_image_pixels:
                raise ReadError(errors.IMAGE_TOO_LARGE.format(limit=limits.max_image_pixels / 1e6))
            frame.load()
            dpi = raster.estimated_dpi(frame)
            pages.append(ocr_page(frame.copy(), index + 1, dpi, limits, sink))
            page_read(index + 1)
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        raise ReadError(errors.IMAGE_CORRUPT) from exc
    return pages, total
