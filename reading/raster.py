"""Preparing raster pages for OCR: grey, sensible resolution, straight, binarised (Otsu)."""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageOps

A4_LONG_INCH = 11.69
_MIN_SCALE, _MAX_SCALE = 0.4, 2.5
_MAX_SKEW_DEG = 4.0


def estimated_dpi(image: Image.Image) -> float:
    """DPI from the file if plausible, else assuming the longer side spans an A4 page."""
    dpi = image.info.get("dpi")
    if isinstance(dpi, tuple) and dpi and 70 <= float(dpi[0]) <= 1200:
        return float(dpi[0])
    return max(image.size) / A4_LONG_INCH


def to_ocr_resolution(gray: Image.Image, source_dpi: float, target_dpi: int,
                      max_pixels: int) -> Image.Image:
    """Scaled towards ``target_dpi``, but never past ``max_pixels``: the size check on the file
    (or the PDF render) happens before this upscaling, so the cap must hold here again."""
    scale = min(max(target_dpi / source_dpi, _MIN_SCALE), _MAX_SCALE,
                _scale_within(gray, max_pixels))
    if abs(scale - 1.0) < 0.05 and gray.width * gray.height <= max_pixels:
        return gray
    return _scaled(gray, scale, Image.Resampling.LANCZOS)


def within_pixels(image: Image.Image, max_pixels: int) -> Image.Image:
    """``image`` shrunk to at most ``max_pixels`` (deskewing with ``expand`` grows a page)."""
    if image.width * image.height <= max_pixels:
        return image
    return _scaled(image, _scale_within(image, max_pixels), Image.Resampling.BILINEAR)


def _scale_within(image: Image.Image, max_pixels: int) -> float:
    return math.sqrt(max_pixels / max(image.width * image.height, 1))


def _scaled(image: Image.Image, scale: float, resample: Image.Resampling) -> Image.Image:
    # Rounded down: rounding up both sides could land a few pixels over the cap.
    size = (max(1, math.floor(image.width * scale)), max(1, math.floor(image.height * scale)))
    return image.resize(size, resample)


def grey(image: Image.Image) -> Image.Image:
    """8-bit grey, transparency composited on white, camera orientation applied."""
    image = ImageOps.exif_transpose(image) or image
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        canvas = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(canvas, rgba)
    return image.convert("L")


def otsu_threshold(pixels: NDArray[np.uint8]) -> int:
    hist = np.bincount(pixels.ravel(), minlength=256).astype(np.float64)
    total = hist.sum()
    if total == 0:
        return 128
    levels = np.arange(256, dtype=np.float64)
    weight_bg = np.cumsum(hist)
    weight_fg = total - weight_bg
    cum_mean = np.cumsum(hist * levels)
    mean_bg = np.divide(cum_mean, weight_bg, out=np.zeros(256), where=weight_bg > 0)
    mean_fg = np.divide(
        cum_mean[-1] - cum_mean, weight_fg, out=np.zeros(256), where=weight_fg > 0
    )
    between = weight_bg * weight_fg * (mean_bg - mean_fg) ** 2
    return int(np.argmax(between))


def binarise(gray: Image.Image) -> Image.Image:
    pixels = np.asarray(gray, dtype=np.uint8)
    threshold = otsu_threshold(pixels)
    return Image.fromarray(np.where(pixels > threshold, 255, 0).astype(np.uint8), mode="L")


def skew_angle(binary: Image.Image) -> float:
    """Angle (degrees, counter-clockwise) that makes text lines horizontal.

    Projection profiles on a small copy: the row sums of ink are sharpest when lines are level.
    """
    small = binary.copy()
    small.thumbnail((900, 900))
    ink = ImageOps.invert(small)

    def sharpness(angle: float) -> float:
        rows = np.asarray(ink.rotate(angle, resample=Image.Resampling.NEAREST), dtype=np.float64)
        profile = rows.sum(axis=1)
        return float(np.sum(np.diff(profile) ** 2))

    coarse = max(np.arange(-_MAX_SKEW_DEG, _MAX_SKEW_DEG + 0.01, 0.5), key=sharpness)
    fine = max(np.arange(coarse - 0.4, coarse + 0.41, 0.1), key=sharpness)
    return float(round(fine, 2))


def deskew(gray: Image.Image, angle: float) -> Image.Image:
    if abs(angle) < 0.15:
        return gray
    return gray.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)


def _runs_at_least(ink: NDArray[np.bool_], length: int) -> NDArray[np.bool_]:
    """Pixels that belong to a horizontal run of ink at least ``length`` long (an opening)."""
    h, w = ink.shape
    if w < length:
        return np.zeros_like(ink)
    csum = np.zeros((h, w + 1), dtype=np.int32)
    np.cumsum(ink, axis=1, out=csum[:, 1:])
    full = (csum[:, length:] - csum[:, :-length]) == length  # window starting at each x
    # Spread each full window back over the pixels it covers.
    starts = np.zeros((h, w + 1), dtype=np.int32)
    starts[:, : w - length + 1] += full
    starts[:, length : w + 1] -= full
    return np.cumsum(starts[:, :w], axis=1) > 0


def remove_rules(binary: Image.Image, dpi: int) -> Image.Image:
    """White out long horizontal and vertical rules (table and cell borders).

    Tesseract's page layout analysis treats a ruled form as pictures and drops whole cells;
    without the rules the words are found as ordinary text blocks.
    """
    ink = np.asarray(binary, dtype=np.uint8) < 128
    length = max(20, round(dpi * 0.4))  # 1 cm: longer than any glyph stroke
    # Thickening by a pixel across the run direction keeps a slightly slanted or ragged rule
    # (scanned, JPEG) one connected run.
    rules = _thicken(_runs_at_least(_thicken(ink, 0), length), 0) | _thicken(
        _runs_at_least(_thicken(ink, 1).T, length).T, 1
    )
    out = np.where(ink & ~rules, 0, 255).astype(np.uint8)
    return Image.fromarray(out, mode="L")


def ink_share(binary: Image.Image) -> float:
    return float(np.mean(np.asarray(binary, dtype=np.uint8) < 128))


def _thicken(mask: NDArray[np.bool_], axis: int) -> NDArray[np.bool_]:
    """``mask`` grown by one pixel both ways along ``axis``."""
    out = mask.copy()
    if axis == 0:
        out[1:] |= mask[:-1]
        out[:-1] |= mask[1:]
    else:
        out[:, 1:] |= mask[:, :-1]
        out[:, :-1] |= mask[:, 1:]
    return out
