"""``forms add``: a proposed template for a blank form — which box holds which spec key.

The proposal is scored, not guessed in one step: every box gets a score for every key it may
hold (its caption against the key's caption words, the schema's description, the section
heading above it), and the best pairs are taken first, each key and each option once. What the
proposal is unsure of stays unmapped (``key: null``) with its caption, for the process owner.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from apptypes._common.text import fold
from apptypes.base import ApplicationType, schema_field_infos
from domain.boxes import BBox
from extractors.field_kinds import FieldKind
from forms.anchors import pick_anchors
from forms.blank import Blank, BlankPage
from forms.captions import (
    BoxCaption,
    Heading,
    caption_of,
    checkbox_caption,
    headings,
    joined,
    section_of,
    tokens,
)
from forms.template import FieldKindName, FormTemplate, TemplateField, fingerprint_of
from forms.vocabulary import FormatCue, Vocabulary, default_vocabulary
from reading.acroform import FormWidget

MIN_SCORE = 2.5
"""Below this a box stays unmapped: a wrong key costs the reviewer more than a missing one."""
_STOPWORDS = {"der", "die", "das", "des", "den", "und", "oder", "nur", "wenn", "sonst", "null",
              "ohne", "mit", "aus", "laut", "wie", "als", "ist", "in", "im", "am", "ggf", "bei",
              "angegeben", "geschrieben", "dokument", "dokuments", "ersten", "erste", "person"}


@dataclass(frozen=True)
class _Candidate:
    score: float
    order: tuple[int, float, float]
    field: TemplateField
    claims: tuple[str, ...]
    """What it takes: keys (text) or ``key=option`` (checkboxes); each is taken once."""


@dataclass(frozen=True)
class _Keys:
    """The keys a form of this type may hold, with what describes them."""

    kinds: dict[str, FieldKind]
    words: dict[str, set[str]]
    sections: dict[str, list[str]]

    @staticmethod
    def of(app_type: ApplicationType, vocabulary: Vocabulary) -> _Keys:
        elsewhere = {section for kind in app_type.document_kinds for section in kind.holds}
        infos = schema_field_infos(app_type.schema, with_sections=True)
        kept = {k: v for k, v in app_type.kinds.items() if k.split(".")[0] not in elsewhere
                and k not in app_type.auxiliary_keys}
        words = {k: {t for t in tokens(infos[k].description or "") if t not in _STOPWORDS
                     and len(t) > 3} for k in kept}
        sections = {
            name: [name.replace("_", " "), *vocabulary.sections.get(name, [])]
            for name in {k.split(".")[0] for k in kept if "." in k}
        }
        return _Keys(kept, words, sections)


def propose(blank: Blank, app_type: ApplicationType, name: str, blank_file: str,
            vocabulary: Vocabulary | None = None) -> FormTemplate:
    vocab = (vocabulary or default_vocabulary()).with_type(app_type.config.options)
    keys = _Keys.of(app_type, vocab)
    candidates: list[_Candidate] = []
    unmapped: list[TemplateField] = []
    for page in blank.pages:
        found = headings(page.words, keys.sections)
        boxes = [w.box for w in page.widgets if w.kind == "checkbox"]
        option_words = _option_words(keys)
        for widget in page.widgets:
            if widget.kind == "other":
                continue
            best = _candidates_for(widget, page, found, boxes, option_words, keys, vocab)
            candidates.extend(best)
            if not best and widget.name:  # a flat blank's guessed box that holds no key goes
                unmapped.append(_unmapped(widget, page, boxes, option_words))
    taken: set[str] = set()
    placed: set[tuple[str | None, int, BBox]] = set()
    fields: list[TemplateField] = []
    for cand in sorted(candidates, key=lambda c: (-c.score, c.order)):
        spot = (cand.field.name, cand.field.page, cand.field.box)
        if spot in placed or taken & set(cand.claims):
            continue
        placed.add(spot)
        taken.update(cand.claims)
        fields.append(cand.field)
    for cand in candidates:
        spot = (cand.field.name, cand.field.page, cand.field.box)
        if spot not in placed and cand.field.name:
            placed.add(spot)
            unmapped.append(cand.field.model_copy(update={
                "key": None, "format": None, "keys": [], "option": None,
                "note": f"nicht zugeordnet; Vorschlag war {', '.join(cand.claims)}"}))
    ordered = sorted([*fields, *unmapped], key=lambda f: (f.page, round(f.box[1], 3), f.box[0]))
    return FormTemplate(
        name=name,
        application_type=app_type.key,
        title=_title(blank),
        document_kind=_document_kind(blank, app_type),
        blank=blank_file,
        pages=len(blank.pages),
        page_sizes=[(p.width, p.height) for p in blank.pages],
        fingerprint=fingerprint_of(blank.field_names),
        anchors=pick_anchors(blank),
        fields=ordered,
    )


def proposal_header(template: FormTemplate, source: str) -> str:
    mapped = sorted(template.mapped_keys)
    return (
        f"Vorschlag von `antragswerk forms add` am {date.today().isoformat()} aus {source}.\n"
        "Bitte jede Zeile prüfen: `key` (oder `format` + `keys`) sagt, welches Feld der\n"
        "Antragsart in diesem Kasten steht, `option` bei Ankreuzfeldern, welche Auswahl ein\n"
        "Kreuz bedeutet; "
        "`key: null` heißt: wird nicht gelesen. Danach `antragswerk forms check` und\n"
        "`antragswerk forms show` (Bild mit den Kästen). Zugeordnet: "
        f"{len(mapped)} Felder.\n"
    )


def _option_words(keys: _Keys) -> set[str]:
    out: set[str] = set()
    for kind in keys.kinds.values():
        for option in kind.options:
            out.update(tokens(option))
        for _, phrases in kind.wording:
            for phrase in phrases:
                out.update(tokens(phrase))
    return out


def _order(widget: FormWidget, page: BlankPage) -> tuple[int, float, float]:
    return page.number, round(widget.box[1], 3), widget.box[0]


def _base_field(widget: FormWidget, page: BlankPage, caption: BoxCaption) -> TemplateField:
    shown = caption.text if widget.kind == "text" else f"{caption.question} ☐ {caption.label}"
    kind: FieldKindName = "checkbox" if widget.kind == "checkbox" else "text"
    return TemplateField(name=widget.name or None, state=widget.on_state, kind=kind,
                         page=page.number, box=_rounded(widget.box), caption=shown.strip())


def _rounded(box: BBox) -> BBox:
    x0, y0, x1, y1 = (round(v, 4) for v in box)
    return x0, y0, x1, y1


def _unmapped(widget: FormWidget, page: BlankPage, boxes: Sequence[BBox],
              option_words: set[str]) -> TemplateField:
    caption = (checkbox_caption(widget.box, page.words, boxes, option_words)
               if widget.kind == "checkbox"
               else caption_of(widget.box, page.words, [w.box for w in page.widgets]))
    return _base_field(widget, page, caption)


def _candidates_for(widget: FormWidget, page: BlankPage, found: Sequence[Heading],
                    boxes: Sequence[BBox], option_words: set[str], keys: _Keys,
                    vocab: Vocabulary) -> list[_Candidate]:
    section = section_of(widget.box, found)
    order = _order(widget, page)
    if widget.kind == "checkbox":
        caption = checkbox_caption(widget.box, page.words, boxes, option_words)
        return _checkbox_candidates(widget, page, caption, section, order, keys)
    caption = caption_of(widget.box, page.words, [w.box for w in page.widgets])
    words = tokens(f"{caption.text} {widget.name}")
    base = _base_field(widget, page, caption)
    out: list[_Candidate] = []
    for cue in vocab.formats:
        parts = _format_parts(cue, words, section, keys)
        if parts is not None:
            field = base.model_copy(update={"format": cue.name, "keys": parts,
                                            "note": f"Format {cue.name}"})
            out.append(_Candidate(9.0 + (1.0 if section else 0.0), order, field,
                                  tuple(k for k in parts if k)))
    for key, kind in keys.kinds.items():
        if kind.kind == "bool":
            continue
        score = _text_score(key, words, section, keys, vocab)
        if score >= MIN_SCORE:
            out.append(_Candidate(score, order, base.model_copy(update={"key": key}), (key,)))
    return out


def _format_parts(cue: FormatCue, words: list[str], section: str | None,
                  keys: _Keys) -> list[str | None] | None:
    if not all(any(_has_word(words, c) for c in group) for group in cue.cues):
        return None
    parts: list[str | None] = []
    for leaf in cue.parts:
        if leaf is None:
            parts.append(None)
            continue
        options = [k for k in keys.kinds if k.rsplit(".", 1)[-1] == leaf]
        in_section = [k for k in options if section and k.startswith(f"{section}.")]
        top = [k for k in options if "." not in k]
        alone = options if len(options) == 1 and section is None else []
        chosen = (in_section or top or alone)[:1]
        parts.append(chosen[0] if chosen else None)
    return parts if any(parts) else None


def _has_word(words: list[str], cue: str) -> bool:
    folded = fold(cue)
    return any(w == folded or (len(folded) >= 5 and w.startswith(folded)) for w in words)


def _text_score(key: str, words: list[str], section: str | None, keys: _Keys,
                vocab: Vocabulary) -> float:
    leaf = key.rsplit(".", 1)[-1]
    score = 3.0 if fold(leaf) in words else 0.0
    phrases = [*vocab.captions.get(leaf, []), *vocab.captions.get(key, [])]
    score += min(4.0, sum(2.0 for p in phrases if _phrase_in(tokens(p), words)))
    score += min(1.5, 0.5 * len(keys.words[key] & set(words)))
    if score == 0:
        return 0.0
    key_section = key.split(".")[0] if "." in key else None
    if key_section is not None:
        if section == key_section:
            score += 2.0
        elif section is not None:
            score -= 4.0
        else:
            score -= 1.0
    return score


def _phrase_in(phrase: list[str], words: list[str]) -> bool:
    n = len(phrase)
    return n > 0 and any(words[i:i + n] == phrase for i in range(len(words) - n + 1))


def _checkbox_candidates(widget: FormWidget, page: BlankPage, caption: BoxCaption,
                         section: str | None, order: tuple[int, float, float],
                         keys: _Keys) -> list[_Candidate]:
    label = joined(caption.label)
    label_words = set(tokens(caption.label)) | set(tokens(label))
    question = set(tokens(caption.question))
    base = _base_field(widget, page, caption)
    out: list[_Candidate] = []
    for key, kind in keys.kinds.items():
        if kind.kind not in ("enum", "bool"):
            continue
        choices = kind.wording or tuple((o, ()) for o in kind.options)
        for option, phrases in choices:
            if not _names_option(option, phrases, label, label_words):
                continue
            score = 3.0 + min(2.0, 0.7 * len(keys.words[key] & question))
            key_section = key.split(".")[0] if "." in key else None
            if key_section is not None and section is not None and section != key_section:
                score -= 4.0
            value: str | bool = (option == "ja") if kind.kind == "bool" else option
            field = base.model_copy(update={"key": key, "option": value})
            out.append(_Candidate(score, order, field, (f"{key}={option}",)))
    return out


def _names_option(option: str, phrases: Sequence[str], label: str, label_words: set[str]) -> bool:
    if not label:
        return False
    for phrase in (*phrases, option):
        folded = fold(phrase)
        if folded.endswith("-"):
            if any(w == folded for w in label_words):
                return True
        elif folded in label_words or (" " in folded and folded in label):
            return True
    return False


def _title(blank: Blank) -> str:
    first = blank.pages[0].words if blank.pages else []
    if not first:
        return ""
    biggest = max(first, key=lambda w: w.bbox[3] - w.bbox[1])
    line = [w for w in first if abs(w.bbox[1] - biggest.bbox[1]) < 0.005]
    return " ".join(w.text for w in sorted(line, key=lambda w: w.bbox[0]))


def _document_kind(blank: Blank, app_type: ApplicationType) -> str | None:
    text = fold(" ".join(w.text for p in blank.pages for w in p.words))
    scored = [(sum(1 for c in kind.cues if fold(c) in text), kind.key)
              for kind in app_type.document_kinds if not kind.holds]
    scored = [s for s in scored if s[0] > 0]
    return max(scored)[1] if scored else None
