"""Building blocks every type's documents share: rows, letter frame, cover letters."""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from evals.generator.dates import written
from evals.generator.model import FormDoc, LetterDoc, Row, Section, SourceDoc, Style
from evals.generator.places import Address

# (field key or "", label, written value); a key of "" is never treated as missing.
Triple = tuple[str, str, str | None]

OFFICES = {
    "buergerbuero": ("Stadt Bochum", "Bürgerbüro – Meldeangelegenheiten", "44777 Bochum"),
    "standesamt": ("Stadt Bochum", "Standesamt", "44777 Bochum"),
    "strassenverkehr": ("Stadt Bochum", "Straßenverkehrsamt", "44777 Bochum"),
}



@dataclass(frozen=True)
class Writer:
    """Writes values the way this case's applicant writes them."""

    style: Style
    missing: frozenset[str]

    def label(self, concept: str) -> str:
        return self.style.labels[concept]

    def day(self, value: date | None) -> str:
        return "" if value is None else written(value, self.style.date_style)

    def value(self, key: str, text: str | None) -> str:
        """Empty where the field is deliberately missing or has no value."""
        return "" if key in self.missing or text is None else text

    def rows(self, pairs: Iterable[Triple]) -> tuple[Row, ...]:
        return tuple(Row(label, self.value(key, text)) for key, label, text in pairs)

    def lines(self, pairs: Iterable[Triple]) -> str:
        """The same triples as "Label: value" lines for letters, skipping empty ones."""
        return "\n".join(f"{row.label}: {row.value}" for row in self.rows(pairs) if row.value)

    def address_rows(self, key_prefix: str, address: Address) -> list[Triple]:
        rows: list[Triple] = [(f"{key_prefix}.strasse" if key_prefix else "", self.label("strasse"),
                 address.street_line),
                (f"{key_prefix}.plz" if key_prefix else "", self.label("plz_ort"),
                 address.town_line)]
        if address.ortsteil:
            rows.append(("", "Ortsteil", address.ortsteil))
        return rows


def nationalities(values: Iterable[str], rng: random.Random) -> str:
    items = list(values)
    if rng.random() < 0.25:
        items = [v.capitalize() for v in items]
    joiner = rng.choice((", ", " und ")) if len(items) > 1 else ""
    return joiner.join(items)


def letter(office: str, sender_name: str, sender: Address, place_date: str, subject: str,
           body: Iterable[str]) -> LetterDoc:
    return LetterDoc(
        sender=(sender_name, sender.street_line, sender.town_line),
        recipient=OFFICES[office],
        place_date=place_date,
        subject=subject,
        paragraphs=("Sehr geehrte Damen und Herren,", *[b for b in body if b]),
        closing=("Mit freundlichen Grüßen", sender_name),
    )


def signature_notes(place: str, signed: str, name: str) -> tuple[str, ...]:
    return (f"{place}, {signed}", f"Unterschrift: {name}")


def cover_letter(rng: random.Random, office: str, name: str, address: Address, place_date: str,
                 what: str) -> SourceDoc:
    body = (f"anbei übersende ich Ihnen {what} mit den erforderlichen Unterlagen.",
            rng.choice(("Für Rückfragen stehe ich gern zur Verfügung.",
                        "Bitte bestätigen Sie mir den Eingang.")))
    doc = letter(office, name, address, place_date, "Anschreiben zu meinem Antrag", body)
    form = FormDoc("Anschreiben", "", (Section("", tuple(Row("", p) for p in doc.paragraphs)),))
    return SourceDoc("anschreiben", "anschreiben", form, doc)


def information_sheet() -> SourceDoc:
    """A page without personal data, as people often send back with the form."""
    paragraphs = (
        "Informationen zur Verarbeitung personenbezogener Daten nach Art. 13 DSGVO",
        "Verantwortlich ist die Stadt Bochum. Ihre Angaben werden ausschließlich zur Bearbeitung "
        "Ihres Antrags verwendet und nach Ablauf der gesetzlichen Fristen gelöscht.",
        "Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der "
        "Verarbeitung sowie ein Beschwerderecht bei der Aufsichtsbehörde.",
    )
    rows = tuple(Row("", p) for p in paragraphs[1:])
    return SourceDoc("hinweisblatt", "datenschutzhinweise",
                     FormDoc("Datenschutzhinweise", paragraphs[0], (Section("", rows),)))


@dataclass(frozen=True)
class Application:
    """The frame of an application: who sends it to which office, titled and signed how."""

    kind: str
    stem: str
    title: str
    office: str
    sender: str
    address: Address
    place: str
    signed: str
    subject: str


def name_rows(w: Writer, family: str, given: str) -> list[Triple]:
    return [("", w.label("familienname"), family), ("", w.label("vornamen"), given)]


def application(frame: Application, w: Writer, sections: Iterable[tuple[str, list[Triple]]],
                body: Iterable[str]) -> SourceDoc:
    """The same content as a filled form and as a free-text letter."""
    form = FormDoc(frame.title, f"Stadt Bochum – {OFFICES[frame.office][1]}",
                   tuple(Section(heading, w.rows(rows)) for heading, rows in sections),
                   notes=signature_notes(frame.place, frame.signed, frame.sender))
    text = letter(frame.office, frame.sender, frame.address, f"{frame.place}, {frame.signed}",
                  frame.subject, body)
    return SourceDoc(frame.kind, frame.stem, form, text)
