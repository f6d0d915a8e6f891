"""Inline SVG charts rendered on the server (no chart library, works without JavaScript).

Colours come from CSS classes (``serie-<n>``) so the page's palette and contrast rules apply;
every chart has a title for screen readers and the page shows the same numbers as a table.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from markupsafe import Markup

_BAR_HEIGHT = 26
_LABEL_HEIGHT = 20
_GAP = 16
_PLOT_WIDTH = 680
_VALUE_WIDTH = 60
_ROW = _LABEL_HEIGHT + _BAR_HEIGHT + _GAP


@dataclass(frozen=True)
class Bar:
    label: str
    parts: list[int]


def stacked_bars(chart_id: str, title: str, series: list[str], bars: list[Bar]) -> Markup:
    """Horizontal stacked bars, one row per ``Bar`` with its label above (long German type
    names must not be cut); parts follow the order of ``series``."""
    largest = max((sum(b.parts) for b in bars), default=0) or 1
    height = len(bars) * _ROW + 40
    width = _PLOT_WIDTH + _VALUE_WIDTH
    out = [f'<svg class="diagramm" id="{escape(chart_id)}" viewBox="0 0 {width} {height}" '
           f'role="img" aria-labelledby="{escape(chart_id)}-titel" '
           f'xmlns="http://www.w3.org/2000/svg">',
           f'<title id="{escape(chart_id)}-titel">{escape(title)}</title>']
    for row, bar in enumerate(bars):
        top = row * _ROW
        out.append(f'<text class="achse" x="0" y="{top + 14}">{escape(bar.label)}</text>')
        y = top + _LABEL_HEIGHT
        x = 0.0
        for index, value in enumerate(bar.parts):
            if value <= 0:
                continue
            w = value / largest * _PLOT_WIDTH
            out.append(f'<rect class="serie-{index}" x="{x:.1f}" y="{y}" width="{w:.1f}" '
                       f'height="{_BAR_HEIGHT}"><title>{escape(series[index])}: {value}'
                       f'</title></rect>')
            x += w
        out.append(f'<text class="wert" x="{x + 8:.1f}" y="{y + _BAR_HEIGHT / 2 + 5}">'
                   f'{sum(bar.parts)}</text>')
    legend_y = height - 12
    x = 0.0
    for index, name in enumerate(series):
        out.append(f'<rect class="serie-{index}" x="{x:.1f}" y="{legend_y - 11}" width="14" '
                   f'height="14"/><text class="legende" x="{x + 20:.1f}" y="{legend_y}">'
                   f'{escape(name)}</text>')
        x += 34 + 7.6 * len(name)
    out.append("</svg>")
    return Markup("".join(out))


def gauge(chart_id: str, title: str, fraction: float) -> Markup:
    """A single horizontal bar from 0 to 100 % (e.g. the straight-through rate)."""
    fraction = min(max(fraction, 0.0), 1.0)
    width = 360
    return Markup(
        f'<svg class="diagramm anteil" id="{escape(chart_id)}" viewBox="0 0 {width} 36" '
        f'role="img" aria-labelledby="{escape(chart_id)}-titel" '
        f'xmlns="http://www.w3.org/2000/svg"><title id="{escape(chart_id)}-titel">'
        f'{escape(title)}: {round(fraction * 100)} %</title>'
        f'<rect class="spur" x="0" y="6" width="{width}" height="24" rx="4"/>'
        f'<rect class="serie-0" x="0" y="6" width="{fraction * width:.1f}" height="24" rx="4"/>'
        f'</svg>')
