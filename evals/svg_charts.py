"""Inline SVG charts for the self-contained HTML report (no scripts, no external assets).

Every chart carries ``<title>``/``<desc>`` for screen readers; the HTML report puts the same
numbers in a table next to it. Text colours are chosen by WCAG contrast against their fill.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

INK = "#1a1a1a"
ACCENT = "#1f5fa8"
GRID = "#767676"
PAPER = (255, 255, 255)
_ACCENT_RGB = (0x1F, 0x5F, 0xA8)
FONT = 'font-family="DejaVu Sans, Arial, sans-serif" font-size="12"'


def _open(chart_id: str, title: str, desc: str, width: int, height: int) -> list[str]:
    return [
        f'<svg role="img" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" '
        f'aria-labelledby="{chart_id}-t {chart_id}-d" {FONT}>',
        f'<title id="{chart_id}-t">{escape(title)}</title>',
        f'<desc id="{chart_id}-d">{escape(desc)}</desc>',
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
    ]


def _text(x: float, y: float, content: str, *, anchor: str = "start", fill: str = INK,
          extra: str = "") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" fill="{fill}" {extra}>'
            f"{escape(content)}</text>")


def bar_chart(chart_id: str, title: str, desc: str, items: Sequence[tuple[str, float]], *,
              max_value: float, value_label: Callable[[float], str]) -> str:
    """Horizontal bars, one row per item, label left, value right of the bar."""
    label_w, bar_w, row_h, top = 260, 300, 22, 8
    width, height = label_w + bar_w + 90, top * 2 + row_h * max(len(items), 1)
    out = _open(chart_id, title, desc, width, height)
    scale = bar_w / max_value if max_value > 0 else 0.0
    for i, (label, value) in enumerate(items):
        y = top + i * row_h
        length = max(value, 0.0) * scale
        out.append(_text(label_w - 8, y + 15, label, anchor="end"))
        out.append(f'<rect x="{label_w}" y="{y + 3}" width="{length:.1f}" height="{row_h - 6}" '
                   f'fill="{ACCENT}"/>')
        out.append(_text(label_w + length + 6, y + 15, value_label(value)))
    out.append(f'<line x1="{label_w}" y1="{top}" x2="{label_w}" y2="{height - top}" '
               f'stroke="{GRID}"/>')
    out.append("</svg>")
    return "\n".join(out)


def _luminance(rgb: tuple[int, int, int]) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def readable_text_colour(fill: tuple[int, int, int]) -> str:
    """White or near-black, whichever contrasts more with ``fill``."""
    lum = _luminance(fill)
    on_white = 1.05 / (lum + 0.05)
    on_ink = (lum + 0.05) / (_luminance((0x1A, 0x1A, 0x1A)) + 0.05)
    return "#ffffff" if on_white > on_ink else INK


def _blend(intensity: float) -> tuple[int, int, int]:
    r, g, b = (round(p + (a - p) * intensity) for p, a in zip(PAPER, _ACCENT_RGB, strict=True))
    return r, g, b


def heatmap(chart_id: str, title: str, desc: str, rows: Sequence[str], cols: Sequence[str],
            values: Sequence[Sequence[int]]) -> str:
    label_w, cell_w, cell_h, top = 170, 110, 48, 30
    width, height = label_w + cell_w * len(cols) + 10, top + cell_h * len(rows) + 10
    out = _open(chart_id, title, desc, width, height)
    peak = max((v for row in values for v in row), default=0) or 1
    for j, col in enumerate(cols):
        out.append(_text(label_w + j * cell_w + cell_w / 2, top - 10, col, anchor="middle"))
    for i, row in enumerate(rows):
        y = top + i * cell_h
        out.append(_text(label_w - 8, y + cell_h / 2 + 4, row, anchor="end"))
        for j, value in enumerate(values[i]):
            x = label_w + j * cell_w
            fill = _blend(value / peak)
            out.append(f'<rect x="{x}" y="{y}" width="{cell_w}" height="{cell_h}" '
                       f'fill="rgb{fill}" stroke="{GRID}"/>')
            out.append(_text(x + cell_w / 2, y + cell_h / 2 + 5, str(value), anchor="middle",
                             fill=readable_text_colour(fill), extra='font-size="15"'))
    out.append("</svg>")
    return "\n".join(out)


def line_chart(chart_id: str, title: str, desc: str, points: Sequence[tuple[float, float]], *,
               x_label: str, y_label: str) -> str:
    """A step-free polyline with markers on the unit square (both axes 0–1)."""
    left, bottom, size_w, size_h, top = 60, 45, 420, 260, 15
    width, height = left + size_w + 20, top + size_h + bottom

    def px(x: float) -> float:
        return left + x * size_w

    def py(y: float) -> float:
        return top + (1 - y) * size_h

    out = _open(chart_id, title, desc, width, height)
    for tick in (0.0, 0.25, 0.5, 0.75, 1.0):
        out.append(f'<line x1="{px(0):.1f}" y1="{py(tick):.1f}" x2="{px(1):.1f}" '
                   f'y2="{py(tick):.1f}" stroke="#d0d0d0"/>')
        out.append(_text(px(0) - 6, py(tick) + 4, f"{tick:.0%}", anchor="end"))
        out.append(_text(px(tick), py(0) + 16, f"{tick:.0%}", anchor="middle"))
    out.append(f'<rect x="{left}" y="{top}" width="{size_w}" height="{size_h}" fill="none" '
               f'stroke="{GRID}"/>')
    out.append(_text(left + size_w / 2, height - 8, x_label, anchor="middle"))
    out.append(_text(14, top + size_h / 2, y_label, anchor="middle",
                     extra=f'transform="rotate(-90 14 {top + size_h / 2:.1f})"'))
    if points:
        coords = " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in points)
        out.append(f'<polyline points="{coords}" fill="none" stroke="{ACCENT}" '
                   'stroke-width="2"/>')
        out.extend(f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="3.5" fill="{ACCENT}"/>'
                   for x, y in points)
    out.append("</svg>")
    return "\n".join(out)
