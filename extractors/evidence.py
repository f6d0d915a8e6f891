"""Finds where an extracted value stands in the documents (evidence for the clerk).

A value the model produced is only trusted as far as it can be found in the source: exact
matches (after Unicode/whitespace/case folding) give full weight, near matches (OCR noise) give
their similarity, values not found are flagged and keep the case away from auto-approval.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from domain.documents import BBox, DocumentReading, PageReading
from domain.fields import Evidence, FieldData
from extractors.field_kinds import FieldKind
from extractors.values import german_date_forms
from reading.captions import CAPTION_SEPARATOR, split_line
from reading.rows import COLUMN_GAP

FUZZY_MIN = 0.85
# Several options of an enum stand in the text and none is visibly ticked: weak evidence.
AMBIGUOUS_ENUM = 0.75
LOOKALIKE = 0.9
# Two OCR passes read the words with different diacritics (reading.second_reading): which one is
# printed is a guess, so the value is as unsure as a half-legible word.
DISPUTED_READING = 0.5
# A near match of a shorter value is a different word: "Dort" is 86 % like the caption "Ort".
MIN_FUZZY = 5
# A value completed to the word it was cut from: right as a prefill, not sure enough to approve.
CUT_OFF = 0.8
# A shorter value begins too many words to say which one it was cut from.
MIN_CUT_OFF = 4
_SHORT_CODE = 3
TICKS = frozenset({"[x]", "☒", "☑", "✓", "✔", "x", "(x)"})
MIN_COMPACT = 5


def _alnum(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


# Characters OCR reads for one another, folded to one representative.
_LOOKALIKES = str.maketrans({"o": "0", "i": "1", "l": "1", "|": "1", "s": "5", "b": "8",
                             "z": "2", "g": "6"})


def _lookalike(text: str) -> str:
    return _alnum(text.casefold().translate(_LOOKALIKES))


_UMLAUTS = (("ae", "ä"), ("oe", "ö"), ("ue", "ü"))


def fold(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    return re.sub(r"\s+", " ", text).strip()


def _answers(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        split = split_line(line, CAPTION_SEPARATOR) or split_line(line, COLUMN_GAP)
        if split is not None:
            out.append(fold(split[1]))
    return out


def _begins_word(needle: str, text: str) -> bool:
    """``needle`` starts a word of ``text``; a short code must be the whole word."""
    end = r"(?!\w)" if len(needle) <= _SHORT_CODE else ""
    return re.search(rf"(?<!\w){re.escape(needle)}{end}", text) is not None


@dataclass
class _PageIndex:
    reading: DocumentReading
    page: PageReading
    words: list[str]
    starts: list[int]
    joined: str

    raw: list[str]
    answers: list[str]
    """Folded text after the caption of each form line ("caption: answer", "caption   answer")."""

    @staticmethod
    def build(reading: DocumentReading, page: PageReading) -> _PageIndex:
        # Plain text and e-mails have no word boxes: their whitespace tokens still give evidence.
        raw = [w.text for w in page.words] if page.words else page.text.split()
        words = [fold(w) for w in raw]
        starts, pos = [], 0
        for w in words:
            starts.append(pos)
            pos += len(w) + 1
        return _PageIndex(reading, page, words, starts, " ".join(words), raw, _answers(page.text))

    def boxes(self, first: int, last: int) -> list[BBox]:
        return [w.bbox for w in self.page.words[first : last + 1]]

    def evidence(self, first: int, last: int, similarity: float) -> Evidence:
        text = " ".join(self.raw[first : last + 1])
        words = self.page.words[first : last + 1]
        read_conf = min((w.conf for w in words), default=1.0)
        alternative = None
        if any(w.alt for w in words):
            read_conf = min(read_conf, DISPUTED_READING)
            alternative = " ".join(w.alt or w.text for w in words)
        return Evidence(
            doc_id=self.reading.doc.doc_id,
            filename=self.reading.doc.filename,
            page=self.page.page,
            text=text,
            boxes=self.boxes(first, last),
            similarity=round(similarity, 3),
            read_conf=round(read_conf, 3),
            alternative=alternative,
        )

    def find_exact(self, needle: str, *, whole_word: bool) -> Evidence | None:
        """The best read occurrence (a scan may read the same name surely in the signature and
        hardly in a form cell); with ``whole_word`` only one that does not cut a word (so the
        house number "12" is not "found" inside "4412")."""
        if not needle:
            return None
        best: Evidence | None = None
        at = self.joined.find(needle)
        while at >= 0:
            end = at + len(needle)
            before_ok = at == 0 or not self.joined[at - 1].isalnum()
            after_ok = end >= len(self.joined) or not self.joined[end].isalnum()
            if not whole_word or (before_ok and after_ok):
                first = bisect.bisect_right(self.starts, at) - 1
                last = bisect.bisect_right(self.starts, end - 1) - 1
                hit = self.evidence(first, last, 1.0)
                if best is None or hit.read_conf > best.read_conf:
                    best = hit
            at = self.joined.find(needle, at + 1)
        return best

    def word_starts(self, needle: str) -> list[tuple[int, int]]:
        """Every occurrence that begins a word (it may run on: "haupt" in "hauptwohnung");
        a code of up to three letters ("PA", "RP") only as a whole word."""
        spans = []
        whole = len(needle) <= _SHORT_CODE
        at = self.joined.find(needle) if needle else -1
        while at >= 0:
            end = at + len(needle)
            runs_on = end < len(self.joined) and self.joined[end].isalnum()
            if (at == 0 or not self.joined[at - 1].isalnum()) and not (whole and runs_on):
                first = bisect.bisect_right(self.starts, at) - 1
                last = bisect.bisect_right(self.starts, at + len(needle) - 1) - 1
                spans.append((first, last))
            at = self.joined.find(needle, at + 1)
        return spans

    def ticked_before(self, index: int) -> bool:
        """A tick right before the word, or with only a mark between ("[x] | Haupt"); not one
        ticking the option before ("[x] alleinige Haupt Neben")."""
        if index >= 1 and self.words[index - 1] in TICKS:
            return True
        return (index >= 2 and self.words[index - 2] in TICKS
                and not any(c.isalnum() for c in self.words[index - 1]))

    def find_compact(self, needle: str) -> Evidence | None:
        """Ignoring separators: "BO-AB 1234" stands as "BO AB-1234" or "BOAB1234"."""
        target = _alnum(needle)
        if len(target) < MIN_COMPACT:
            return None
        chars: list[str] = []
        owner: list[int] = []
        # Where runs of letters/digits begin and end: a match must not cut one ("Peter" is no
        # evidence in "Petersen", "BO-AB 123" none in "BO-AB 1234").
        run_starts: set[int] = set()
        run_ends: set[int] = set()
        for i, word in enumerate(self.words):
            in_run = False
            for ch in word:
                if ch.isalnum():
                    if not in_run:
                        run_starts.add(len(chars))
                    chars.append(ch)
                    owner.append(i)
                elif in_run:
                    run_ends.add(len(chars))
                in_run = ch.isalnum()
            if in_run:
                run_ends.add(len(chars))
        compact = "".join(chars)
        at = compact.find(target)
        while at >= 0:
            if at in run_starts and at + len(target) in run_ends:
                return self.evidence(owner[at], owner[at + len(target) - 1], 1.0)
            at = compact.find(target, at + 1)
        return None

    def find_lookalike(self, needle: str) -> Evidence | None:
        """Equal up to characters OCR confuses ("Bl" for "B1", "BO-0-7437" for "BO-O 7437"),
        over whole words: the value was read through such a slip, so the evidence is weaker."""
        target = _lookalike(needle)
        if not target:
            return None
        size = needle.count(" ") + 1
        for n in {max(1, size - 1), size, size + 1}:
            for i in range(0, max(0, len(self.words) - n + 1)):
                if _lookalike(" ".join(self.words[i : i + n])) == target:
                    return self.evidence(i, i + n - 1, LOOKALIKE)
        return None

    def find_fuzzy(self, needle: str, minimum: float = FUZZY_MIN) -> Evidence | None:
        n = max(1, needle.count(" ") + 1)
        best: tuple[float, int, int] = (0.0, 0, 0)
        for size in {max(1, n - 1), n, n + 1}:
            for i in range(0, max(0, len(self.words) - size + 1)):
                window = " ".join(self.words[i : i + size])
                m = SequenceMatcher(None, window, needle, autojunk=False)
                if m.real_quick_ratio() <= best[0] or m.quick_ratio() <= best[0]:
                    continue
                r = m.ratio()
                if r > best[0]:
                    best = (r, i, i + size - 1)
        if best[0] < minimum:
            return None
        return self.evidence(best[1], best[2], best[0])


def _trimmed(word: str) -> str:
    return word.rstrip(",.;:)")


def candidates(value: FieldData, kind: FieldKind) -> list[str]:
    if value is None or isinstance(value, bool):
        return []
    text = str(value)
    if kind.kind == "date":
        return list(dict.fromkeys(fold(f) for f in german_date_forms(text)))
    if kind.flag:
        # "ja"/"nein" stand on every form with a yes/no question: only the flag's wording counts
        return list(dict.fromkeys(fold(f) for f in kind.phrases(text)))
    forms = [text]
    if kind.kind == "enum":
        spelled = text
        for plain, umlaut in _UMLAUTS:
            spelled = spelled.replace(plain, umlaut)
        forms += [spelled, text.replace("_", " "), *kind.phrases(text)]
    elif "-" in text:
        forms += [text.replace("-", " "), text.replace("-", "")]
    return list(dict.fromkeys(fold(f) for f in forms if f))


Occurrence = tuple[_PageIndex, int, int]


def _independent(hits: dict[str, list[Occurrence]]) -> dict[str, list[Occurrence]]:
    """Drops an option's occurrence that lies inside a longer occurrence of another option
    ("Geburtsurkunde" inside "Internationale Geburtsurkunde")."""

    def covered(occ: Occurrence, option: str) -> bool:
        page, first, last = occ
        return any(
            p is page and start <= first and last <= end and (end - start) > (last - first)
            for o, occs in hits.items()
            if o != option
            for p, start, end in occs
        )

    return {o: [occ for occ in occs if not covered(occ, o)] for o, occs in hits.items()}


class EvidenceFinder:
    def __init__(self, readings: Sequence[DocumentReading]) -> None:
        self._pages = [
            _PageIndex.build(r, p) for r in readings for p in r.pages if p.words or p.text.strip()
        ]

    def locate(self, value: FieldData, kind: FieldKind,
               fuzzy_min: float = FUZZY_MIN) -> list[Evidence]:
        """Evidence for a value; a list value needs evidence for each item."""
        if isinstance(value, list):
            found = [self._locate_one(item, FieldKind("str"), fuzzy_min) for item in value]
            return [e for e in found if e is not None] if all(found) else []
        hit = self._locate_one(value, kind, fuzzy_min)
        return [hit] if hit else []

    def _locate_enum(self, value: str, kind: FieldKind) -> Evidence | None:
        """A form often prints every option ("[ ] Haupt- [x] Nebenwohnung"): then the chosen
        option only counts if it is ticked; a letter naming just one option counts as is."""
        hits = _independent({o: self._occurrences(o, kind) for o in kind.options})
        chosen = hits.get(value) or self._occurrences(value, kind)
        if not chosen:
            return None
        others = [occ for o, occs in hits.items() if o != value for occ in occs]
        if not others:
            page, first, last = chosen[0]
            return page.evidence(first, last, 1.0)
        for page, first, last in chosen:
            if page.ticked_before(first):
                return page.evidence(first, last, 1.0)
        if any(page.ticked_before(first) for page, first, _ in others):
            return None
        page, first, last = chosen[0]
        if self._answered_options(kind) == {value}:
            return page.evidence(first, last, 1.0)
        return page.evidence(first, last, AMBIGUOUS_ENUM)

    def _answered_options(self, kind: FieldKind) -> set[str]:
        """Options that stand as the answer of a form line ("Art der Urkunde: Internationale
        Geburtsurkunde"), as opposed to a title or a sentence naming them ("Antrag auf
        Ausstellung einer Geburtsurkunde"); per line the option with the longest wording."""
        answered = set()
        for page in self._pages:
            for answer in page.answers:
                best = max(((len(needle), o) for o in kind.options
                            for needle in candidates(o, kind) if _begins_word(needle, answer)),
                           default=None)
                if best is not None:
                    answered.add(best[1])
        return answered

    def only_named_option(self, kind: FieldKind, *, by_answer: bool = True) -> str | None:
        """The one option the documents name: ticked, where options are ticked, else standing
        on its own; None when several or none are named. ``by_answer``: else the option a form
        line answers (not for a flag's two sentences, which stand on one line when OCR lost
        both boxes)."""
        hits = {o: occs for o, occs in _independent(
            {o: self._occurrences(o, kind) for o in kind.options}).items() if occs}
        ticked = [o for o, occs in hits.items()
                  if any(page.ticked_before(first) for page, first, _ in occs)]
        answered = [o for o in self._answered_options(kind) if o in hits] if by_answer else []
        named = ticked or (answered if len(answered) == 1 else list(hits))
        return named[0] if len(named) == 1 else None

    def ticked_options(self, kind: FieldKind) -> dict[str, Evidence]:
        """The options a tick stands before, each with the ticked words as evidence."""
        hits = {o: occs for o, occs in _independent(
            {o: self._occurrences(o, kind) for o in kind.options}).items() if occs}
        return {o: page.evidence(first, last, 1.0) for o, occs in hits.items()
                for page, first, last in occs if page.ticked_before(first)}

    def _occurrences(self, option: str, kind: FieldKind) -> list[Occurrence]:
        return [
            (page, first, last)
            for needle in candidates(option, kind)
            for page in self._pages
            for first, last in page.word_starts(needle)
        ]

    def completed(self, value: str) -> Evidence | None:
        """A value cut off inside a word ("Dort" for "44139 Dortmund", an answer the small
        model gives again and again): the one whole word it begins, as weak evidence; None when
        it begins several different words or none."""
        needle = fold(value)
        if len(needle) < MIN_CUT_OFF:
            return None
        found: dict[str, Evidence] = {}
        for page in self._pages:
            for first, last in page.word_starts(needle):
                words = page.raw[first : last + 1]
                whole = " ".join([*words[:-1], _trimmed(words[-1])])
                key = fold(whole)
                if len(key) > len(needle) and key not in found:
                    found[key] = page.evidence(first, last, CUT_OFF).model_copy(
                        update={"text": whole})
        return next(iter(found.values())) if len(found) == 1 else None

    def _locate_one(self, value: FieldData, kind: FieldKind,
                    fuzzy_min: float = FUZZY_MIN) -> Evidence | None:
        if kind.kind == "enum" and isinstance(value, str) and kind.options:
            return self._locate_enum(value, kind)
        needles = candidates(value, kind)
        for needle in needles:
            hits = [hit for page in self._pages
                    if (hit := page.find_exact(needle, whole_word=kind.kind != "enum"))]
            if hits:
                return max(hits, key=lambda h: h.read_conf)
        if kind.kind not in ("enum", "date"):
            for page in self._pages:
                hit = page.find_compact(needles[0]) if needles else None
                if hit:
                    return hit
            for page in self._pages:
                hit = page.find_lookalike(needles[0]) if needles else None
                if hit:
                    return hit
        best: Evidence | None = None
        for needle in needles[:2]:
            if len(needle) < MIN_FUZZY:
                continue
            for page in self._pages:
                hit = page.find_fuzzy(needle, fuzzy_min)
                if hit and _same_numbers(needle, hit.text) and (
                        best is None or hit.similarity > best.similarity):
                    best = hit
        return best


def _same_numbers(needle: str, found: str) -> bool:
    """A near match is evidence only with the same numbers: "BO-G 1656" is 89 % like
    "BO G 1657" and another car; letters may differ by an OCR slip, digits may not."""
    return re.findall(r"\d+", needle) == re.findall(r"\d+", found)
