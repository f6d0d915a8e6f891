"""Turns one source document into a file: digital PDF, scan (JPEG or image-only PDF), plain
text or e-mail."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from evals.generator import degrade, letters, render_pdf
from evals.generator.model import SCANS, Rendering, SourceDoc


@dataclass(frozen=True)
class RenderedDoc:
    filename: str
    data: bytes
    raster: bool
    strings: tuple[str, ...]  # what was drawn, for checking PII in raster documents


@dataclass(frozen=True)
class Mail:
    sender_address: str
    office: str
    sent: date
    message_id: str


def _digital(doc: SourceDoc, layout: Rendering, keep: Sequence[str]) -> tuple[bytes, list[str]]:
    if layout == "letter_pdf" and doc.letter is not None:
        return render_pdf.letter_pdf(doc.letter, keep), doc.letter.strings()
    form_layout: render_pdf.FormLayout = "two_column" if layout == "two_column" else "boxed"
    return render_pdf.form_pdf(doc.form, form_layout), doc.form.strings()


def _scan_base(doc: SourceDoc, rng: random.Random) -> Rendering:
    options: list[Rendering] = ["boxed", "two_column"]
    if doc.letter is not None:
        options.append("letter_pdf")
    return rng.choice(options)


def render(doc: SourceDoc, rendering: Rendering, stem: str, rng: random.Random,
           keep: Sequence[str], mail: Mail | None) -> RenderedDoc:
    if rendering in SCANS:
        pdf, strings = _digital(doc, _scan_base(doc, rng), keep)
        look = degrade.ScanLook.draw(rng)
        seed = rng.getrandbits(32)
        if rendering == "scan_jpg":
            return RenderedDoc(f"{stem}.jpg", degrade.scanned_jpeg(pdf, look, seed), True,
                               tuple(strings))
        return RenderedDoc(f"{stem}.pdf", degrade.image_only_pdf(pdf, look, seed), True,
                           tuple(strings))
    if rendering == "txt" and doc.letter is not None:
        return RenderedDoc(f"{stem}.txt", letters.plain_text(doc.letter), False,
                           tuple(doc.letter.strings()))
    if rendering == "eml" and doc.letter is not None and mail is not None:
        attachment = None
        if rng.random() < 0.5:
            attachment = (f"{doc.stem}.pdf", render_pdf.form_pdf(doc.form, "boxed"))
        data = letters.email_message(doc.letter, mail.sender_address, mail.office, mail.sent,
                                     mail.message_id, attachment)
        return RenderedDoc(f"{stem}.eml", data, False, tuple(doc.letter.strings()))
    pdf, strings = _digital(doc, rendering, keep)
    return RenderedDoc(f"{stem}.pdf", pdf, False, tuple(strings))
