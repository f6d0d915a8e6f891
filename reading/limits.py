"""Bounds on what one document may cost to read."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReadLimits:
    max_pages: int = 40
    max_bytes: int = 50 * 1024 * 1024
    max_image_pixels: int = 60_000_000
    ocr_dpi: int = 300
    page_image_dpi: int = 110
