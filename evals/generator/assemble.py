"""Builds one case from its spec: draw values, compose documents, render files, compute the
ground truth."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from evals.generator import people
from evals.generator.catalog import RULES
from evals.generator.context import DrawContext
from evals.generator.docs_common import Writer, cover_letter, information_sheet
from evals.generator.kits import KITS, TypeKit
from evals.generator.model import DIGITAL, CaseSpec, JsonValue, Rendering, SourceDoc
from evals.generator.plates import PlateBook
from evals.generator.rendering import Mail, RenderedDoc, render
from evals.generator.truth import Facts, expected_verdict
from evals.generator.wording import INJECTIONS, draw_style


class GeneratorError(RuntimeError):
    """The drawn values do not produce the scenario they were drawn for (a generator bug)."""


@dataclass(frozen=True)
class BuiltCase:
    case_id: str
    case: dict[str, Any]
    expected: dict[str, Any]
    documents: list[RenderedDoc]


def submission_date(rng: random.Random) -> date:
    return date(2026, 1, 20) + timedelta(days=rng.randrange(320))


def _inject(doc: SourceDoc, text: str) -> SourceDoc:
    letter = doc.letter
    if letter is not None:
        letter = replace(letter, paragraphs=(*letter.paragraphs, text))
    return replace(doc, form=replace(doc.form, notes=(*doc.form.notes, f"Bemerkungen: {text}")),
                   letter=letter)


def _check(spec: CaseSpec, rules: list[str], missing_key: str | None) -> None:
    if spec.scenario in RULES[spec.application_type]:
        intended = [spec.scenario]
    else:
        intended = {"clean": [], "suspicious": ["suspicious_content"],
                    "missing": [f"missing_field:{missing_key}"]}[spec.scenario]
    wanted_exactly = spec.scenario in ("clean", "suspicious", "missing")
    if (wanted_exactly and rules != intended) or not set(intended) <= set(rules):
        raise GeneratorError(f"{spec.case_id}: scenario {spec.scenario} gave rules {rules}")


def _secondary_rendering(spec: CaseSpec, rng: random.Random) -> Rendering:
    if spec.second_scan:
        return rng.choice(("scan_jpg", "scan_pdf"))
    return rng.choice(DIGITAL[:2])


def _stem(doc: SourceDoc, index: int, neutral: bool, rendering: Rendering) -> str:
    if neutral:
        return f"scan_{index + 1:04d}" if rendering.startswith("scan") else f"dokument{index + 1}"
    return f"scan_{doc.stem}" if rendering.startswith("scan") else doc.stem


def build_case(spec: CaseSpec, seed: int, plates: PlateBook) -> BuiltCase:
    rng = random.Random(f"{seed}:{spec.case_id}")
    kit: TypeKit[Any] = KITS[spec.application_type]
    submitted = spec.submitted_at or submission_date(rng)
    style = draw_style(rng)
    missing_key = rng.choice(kit.missing_candidates) if spec.scenario == "missing" else None
    ctx = DrawContext(spec.scenario, submitted, style, plates, missing_key)
    values = kit.draw(rng, ctx)
    writer = Writer(style, frozenset({missing_key} if missing_key else set()))
    fields: dict[str, JsonValue] = kit.fields(values, missing_key)
    docs = kit.documents(values, writer, rng)
    pii = kit.pii(values, writer)
    if spec.scenario == "suspicious":
        docs[0] = _inject(docs[0], rng.choice(INJECTIONS))
    if len(docs) == 2 and rng.random() < 0.2:
        docs.reverse()  # the confirmation or certificate on top of the pile
    name, address = kit.applicant(values)
    renderings: list[Rendering] = [spec.rendering if d is docs[0] else
                                   _secondary_rendering(spec, rng) for d in docs]
    if spec.extras:
        place_date = f"{address.ort or 'Bochum'}, {writer.day(submitted)}"
        docs.insert(0, cover_letter(rng, kit.office, name, address, place_date, kit.what))
        renderings.insert(0, rng.choice(("txt", "letter_pdf")))
    if spec.extras > 1:
        docs.append(information_sheet())
        renderings.append("boxed")
    sender = next((v for k, v in fields.items() if k.endswith(".email") and isinstance(v, str)),
                  None) or people.email_for_name(rng, name)
    mail = Mail(sender, kit.office, submitted, f"{spec.case_id}.{seed}")
    rendered = [render(doc, how, _stem(doc, i, not spec.include_type, how), rng, pii, mail)
                for i, (doc, how) in enumerate(zip(docs, renderings, strict=True))]
    if any(r.filename.endswith(".eml") for r in rendered):
        pii.append(sender)
    verdict = expected_verdict(spec.application_type,
                               Facts(fields, submitted, kit.side_facts(values)),
                               suspicious=spec.scenario == "suspicious")
    _check(spec, verdict.rules, missing_key)
    case: dict[str, Any] = {"submitted_at": submitted.isoformat()}
    if spec.include_type:
        case["application_type"] = spec.application_type
    case["documents"] = [r.filename for r in rendered]
    expected = {"application_type": spec.application_type, "route": verdict.route,
                "recommendation": verdict.recommendation, "rules": verdict.rules,
                "fields": fields, "pii": list(dict.fromkeys(pii))}
    return BuiltCase(spec.case_id, case, expected, rendered)
