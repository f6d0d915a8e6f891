"""The generator's data: what a case is made of before it is rendered to files."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from evals.generator.dates import DateStyle
from evals.generator.places import Address

JsonValue = str | int | bool | list[str] | None

Rendering = Literal["boxed", "two_column", "letter_pdf", "scan_jpg", "scan_pdf", "txt", "eml"]
DIGITAL: tuple[Rendering, ...] = ("boxed", "two_column", "letter_pdf")
SCANS: tuple[Rendering, ...] = ("scan_jpg", "scan_pdf")
TEXTS: tuple[Rendering, ...] = ("txt", "eml")


@dataclass(frozen=True)
class Row:
    label: str
    value: str  # "" leaves the box empty


@dataclass(frozen=True)
class Section:
    heading: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class FormDoc:
    title: str
    subtitle: str
    sections: tuple[Section, ...]
    notes: tuple[str, ...] = ()
    specimen: bool = False

    def strings(self) -> list[str]:
        out = [self.title, self.subtitle]
        for section in self.sections:
            out.append(section.heading)
            out += [s for row in section.rows for s in (row.label, row.value) if s]
        return out + list(self.notes)


@dataclass(frozen=True)
class LetterDoc:
    sender: tuple[str, ...]
    recipient: tuple[str, ...]
    place_date: str
    subject: str
    paragraphs: tuple[str, ...]
    closing: tuple[str, ...]

    def strings(self) -> list[str]:
        return [*self.sender, *self.recipient, self.place_date, self.subject, *self.paragraphs,
                *self.closing]

    def text(self) -> str:
        blocks = ["\n".join(self.sender), "\n".join(self.recipient), self.place_date,
                  self.subject, *self.paragraphs, "\n".join(self.closing)]
        return "\n\n".join(blocks) + "\n"


@dataclass(frozen=True)
class SourceDoc:
    """One document of a case: a form and, where applicants also write letters, a letter."""

    kind: str
    stem: str
    form: FormDoc
    letter: LetterDoc | None = None


@dataclass(frozen=True)
class Style:
    date_style: DateStyle
    labels: dict[str, str]


@dataclass
class Drawn:
    """Everything a type draws for one case: ground truth, side facts, documents."""

    fields: dict[str, JsonValue]
    facts: dict[str, bool]
    documents: list[SourceDoc]
    pii: list[str]
    applicant_name: str
    applicant_address: Address
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class CaseSpec:
    case_id: str
    application_type: str
    scenario: str  # "clean", "missing", "suspicious" or a rule code of the type
    rendering: Rendering
    include_type: bool = True
    extras: int = 0  # cover letters / information sheets added beside the main documents
    second_scan: bool = False  # render the second document (wgb, fahrzeugschein) as a scan
    submitted_at: date | None = None
