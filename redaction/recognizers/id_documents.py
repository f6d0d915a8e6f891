"""Serial numbers of identity documents: German ID card, passport, residence permit, and
foreign passports (``FX482913``, ``U18473920``).

Presidio's own German ID-card and passport recognizers match the same strings; here one entity
is chosen: the nearest document word before the number decides, and without one the German
serial alphabet and first letter do (passports start with C, F, G, H, J or K).
"""

from __future__ import annotations

import re
from typing import ClassVar

from redaction.entities import ID_CARD, PASSPORT, RESIDENCE_PERMIT
from redaction.recognizers.base import RegexRecognizer, Verdict

# 8-10 capitals and digits with at least two digits and one letter
_PATTERN = re.compile(
    r"(?<![\w-])(?=[A-Z0-9]*\d[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8,10}(?![\w-])")
_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (RESIDENCE_PERMIT, re.compile(
        r"Aufenthaltstitel|Aufenthaltserlaubnis|Niederlassungserlaubnis|\beAT\b|"
        r"Aufenthaltskarte|Aufenthaltsgestattung|Duldung|Daueraufenthalt")),
    (PASSPORT, re.compile(r"[Rr]eisepass|Pass-?[Nn]r|Passnummer|\bRP\b|\bKP\b|[Pp]assport|"
                          r"Kinderreisepass|Pass\b")),
    (ID_CARD, re.compile(r"Personalausweis|Ausweis-?[Nn]r|Ausweisnummer|\bPA\b|Perso\b|"
                         r"Identitätskarte|ID-Karte|Ausweis\b")),
)
_GENERIC_CUE = re.compile(r"Seriennummer|Dokumentennummer|Dokument|Nummer|Nr\.")
_GERMAN_SERIAL = re.compile(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}")
_WINDOW = 80


def _nearest_cue(text: str, start: int) -> str | None:
    best: tuple[int, str] | None = None
    window_start = max(0, start - _WINDOW)
    for entity, cue in _CUES:
        for found in cue.finditer(text, window_start, start):
            if best is None or found.end() > best[0]:
                best = (found.end(), entity)
    return best[1] if best else None


def icao_check_digit(serial: str) -> int:
    weights = (7, 3, 1)
    total = sum(int(ch, 36) * weights[i % 3] for i, ch in enumerate(serial))
    return total % 10


class IdDocumentRecognizer(RegexRecognizer):
    PATTERN: ClassVar[re.Pattern[str]] = _PATTERN
    ENTITIES: ClassVar[tuple[str, ...]] = (ID_CARD, PASSPORT, RESIDENCE_PERMIT)

    def judge(self, text: str, match: re.Match[str]) -> Verdict | None:
        serial = match.group()
        start, end = match.start(), match.end()
        cued = _nearest_cue(text, start)
        german = _GERMAN_SERIAL.fullmatch(serial[:9]) is not None
        guessed = PASSPORT if serial[0] in "CFGHJK" or not german else ID_CARD
        if cued:
            return Verdict(cued, 0.9, start, end)
        if _GENERIC_CUE.search(text, max(0, start - _WINDOW), start):
            return Verdict(guessed, 0.8, start, end)
        if german and len(serial) == 10 and icao_check_digit(serial[:9]) == int(serial[9], 36):
            return Verdict(ID_CARD, 0.85, start, end)
        if german or re.fullmatch(r"[A-Z]{1,2}\d{6,8}", serial):
            return Verdict(guessed, 0.55, start, end)
        return None
