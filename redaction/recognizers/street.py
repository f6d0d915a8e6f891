"""Street and house number: ``Kortumstraße 45``, ``Oskar-Hoffmann-Straße 12a``,
``Castroper Straße 178a``, ``Harpener Hellweg 40``, ``Am Gottesacker 9``, ``Querenburger Höhe 12``.
"""

from __future__ import annotations

import re
from typing import ClassVar

from redaction.entities import ADDRESS
from redaction.recognizers.base import RegexRecognizer, Verdict, cue_before

_U = "A-ZÄÖÜ"
_L = "a-zäöüßéèáàóòíúçñ"
_WORD = rf"[{_U}][{_L}]+"
_HYPHENATED = rf"[{_U}][{_L}]*(?:-[{_U}]?[{_L}]*)*"
# Unambiguous street suffixes: also without a house number they name a street.
# Unambiguous street suffixes: also without a house number they name a street.
_STRONG = r"straße|strasse|str\.|allee|gasse|ring|damm|ufer|hellweg|chaussee|promenade"
_WEAK = (r"weg|platz|wall|stieg|pfad|markt|berg|feld|hof|garten|gärten|kamp|heide|brink|graben|"
         r"winkel|aue|busch|höhe|deich|siedlung|wiese|weide|horst|siepen|anger|acker|mühle|"
         r"terrasse")
_SUFFIX = rf"(?:{_STRONG}|{_WEAK})"
_CAPITAL_SUFFIX = (r"(?:Straße|Strasse|Str\.|Allee|Gasse|Ring|Damm|Ufer|Hellweg|Chaussee|"
                   r"Promenade|Weg|Platz|Wall|Stieg|Pfad|Markt|Berg|Feld|Hof|Garten|Kamp|Heide|"
                   r"Brink|Graben|Winkel|Aue|Busch|Höhe|Deich|Siedlung|Wiese|Weide|Horst|Anger|"
                   r"Acker|Mühle|Terrasse)")
_PREFIX = (r"(?:Am|An der|An den|An dem|Auf dem|Auf der|Auf den|Im|In der|In den|Zum|Zur|"
           r"Hinter der|Hinter dem|Unter den|Vor dem|Über der|Bei der)")
_ADJECTIVE = (rf"(?:[{_U}][{_L}]+er|(?:Alt|Hoh|Neu|Lang|Groß|Klein|Grün|Breit|Schwarz|Weiß|Rot|"
              rf"Krumm|Unter|Ober|Hinter|Vorder|Kurz|Stein|Tief)(?:e|en|er|es))")
_NUMBER = (r"(?P<number>[ \t]*\d{1,4}(?:[ \t]?[a-zA-Z](?![\w]))?"
           r"(?:[ \t]?[-/][ \t]?\d{1,4}[a-z]?)?(?!\d))")
_BASE = (rf"(?:(?:von|van|vom|zur|zum)[ -](?:der[ -]|dem[ -]|den[ -])?)?"
         rf"[{_U}][{_L}]*(?:-[{_U}][{_L}]*)*")

_PATTERN = re.compile(
    rf"(?<![\w-])(?:"
    rf"(?P<compound>(?:{_ADJECTIVE}[ \t]+)?{_BASE}(?:(?<=[{_L}]){_SUFFIX}|-{_CAPITAL_SUFFIX}))"
    rf"|(?P<separate>{_ADJECTIVE}[ \t]+{_CAPITAL_SUFFIX})"
    rf"|(?P<prefixed>{_PREFIX}[ \t]+(?:{_ADJECTIVE}[ \t]+)?(?P<prefixed_word>{_WORD})"
    rf"(?:-{_WORD})*)"
    rf"|(?P<adjective>{_ADJECTIVE}[ \t]+{_WORD})"
    rf")(?![^\W\d_]){_NUMBER}?",
)
_ADDRESS_CUE = re.compile(r"Anschrift|Adresse|wohnhaft|Straße|Hausnummer|Wohnung|wohne|Wohnsitz",
                          re.IGNORECASE)
_POSTCODE_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:D-)?\d{5}\b")
_NOT_STREETS = frozenset({
    "Parkplatz", "Stellplatz", "Arbeitsplatz", "Sitzplatz", "Studienplatz", "Ausbildungsplatz",
    "Kitaplatz", "Bahnhof", "Friedhof", "Hinterhof", "Innenhof", "Flughafen", "Bauernhof",
    "Umweg", "Ausweg", "Rückweg", "Arbeitsweg", "Schulweg", "Postweg", "Rechtsweg", "Wohnort",
    "Zeitraum", "Anhang", "Bereich", "Einzelfeld", "Datenfeld", "Textfeld", "Umfeld", "Vorfeld",
    "Supermarkt", "Arbeitsmarkt", "Wohnungsmarkt", "Kindergarten", "Spielplatz", "Hinweg",
})
# "Im Jahr 2020", "Am Montag 12": time words after a street prefix.
_NOT_AFTER_PREFIX = frozenset({
    "Jahr", "Jahre", "Jahren", "Monat", "Alter", "Zeitraum", "Rahmen", "Auftrag", "Namen",
    "Sinne", "Fall", "Wert", "Betrag", "Zuge", "Anhang", "Vorjahr", "Januar", "Februar", "März",
    "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember",
    "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Ende",
    "Anfang", "Laufe", "Original", "Umfang", "Höhe", "Abschnitt", "Absatz", "Kapitel", "Feld",
})


class StreetRecognizer(RegexRecognizer):
    PATTERN: ClassVar[re.Pattern[str]] = _PATTERN
    ENTITIES: ClassVar[tuple[str, ...]] = (ADDRESS,)

    def judge(self, text: str, match: re.Match[str]) -> Verdict | None:
        has_number = match.group("number") is not None
        start, end = match.start(), match.end()
        if match.group("compound"):
            name = match.group("compound")
            if name.split()[-1] in _NOT_STREETS:
                return None
            strong = re.search(rf"(?:{_STRONG})$", name) is not None
            score = 0.9 if has_number else (0.7 if strong else 0.0)
        elif match.group("separate"):
            score = 0.9 if has_number else 0.7
        else:
            followed_by_postcode = _POSTCODE_AFTER.match(text, end) is not None
            cued = cue_before(text, start, _ADDRESS_CUE, 60)
            if not has_number:
                return None
            if match.group("prefixed"):
                score = 0.0 if match.group("prefixed_word") in _NOT_AFTER_PREFIX else 0.8
            else:
                score = 0.85 if (followed_by_postcode or cued) else 0.0
        return Verdict(ADDRESS, score, start, end) if score > 0 else None
