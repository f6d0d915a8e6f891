"""Mapping PDF user space (points, origin bottom-left, page /Rotate) to the normalised frame
of the displayed page (0..1, origin top-left) in which ``domain.documents.BBox`` lives."""

from __future__ import annotations

from dataclasses import dataclass

from domain.documents import BBox


@dataclass(frozen=True)
class PageFrame:
    """The crop box and rotation of one PDF page, as the renderer displays it."""

    left: float
    bottom: float
    right: float
    top: float
    rotation: int = 0  # clockwise degrees: 0, 90, 180, 270

    @property
    def display_size(self) -> tuple[float, float]:
        """Width and height in points of the page as displayed (after rotation)."""
        w, h = self.right - self.left, self.top - self.bottom
        return (h, w) if self.rotation in (90, 270) else (w, h)

    def _point(self, x: float, y: float) -> tuple[float, float]:
        px = (x - self.left) / (self.right - self.left)
        py = (self.top - y) / (self.top - self.bottom)
        if self.rotation == 90:
            return 1.0 - py, px
        if self.rotation == 180:
            return 1.0 - px, 1.0 - py
        if self.rotation == 270:
            return py, 1.0 - px
        return px, py

    def normalise(self, x0: float, y0: float, x1: float, y1: float) -> BBox:
        """A rectangle in user space as a clamped, ordered normalised box."""
        ax, ay = self._point(x0, y0)
        bx, by = self._point(x1, y1)
        return (
            _clamp(min(ax, bx)),
            _clamp(min(ay, by)),
            _clamp(max(ax, bx)),
            _clamp(max(ay, by)),
        )


def _clamp(v: float) -> float:
    return 0.0 if v < 0.0 else 1.0 if v > 1.0 else v


def scale_box(box: tuple[float, float, float, float], width: float, height: float) -> BBox:
    """A pixel box as a clamped normalised box."""
    x0, y0, x1, y1 = box
    return (_clamp(x0 / width), _clamp(y0 / height), _clamp(x1 / width), _clamp(y1 / height))
