"""Registering a Unicode TrueType font with reportlab (its built-in fonts lack ı, ł, ễ …)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
REGULAR, BOLD = "DejaVuSans", "DejaVuSans-Bold"


class FontMissing(RuntimeError):
    pass


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    """Names of the regular and bold font, registered once per process."""
    for name in (REGULAR, BOLD):
        path = FONT_DIR / f"{name}.ttf"
        if not path.is_file():
            raise FontMissing(f"Schriftart fehlt: {path} (Debian-Paket fonts-dejavu-core).")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    return REGULAR, BOLD
