"""Evidence search on hand-built readings: where does an extracted value stand?"""

from __future__ import annotations

import pytest

from domain.documents import BBox, DocumentReading, DocumentRef, PageReading, Word
from domain.fields import Evidence
from extractors.evidence import CUT_OFF, DISPUTED_READING, EvidenceFinder
from extractors.field_kinds import FieldKind
from reading.layout import laid_out

TEXT = FieldKind("str")
DATE = FieldKind("date")
LIST = FieldKind("list")
WOHNUNGSSTATUS = FieldKind("enum", ("alleinige", "haupt", "neben"))


def _box(line: int, column: int) -> BBox:
    return (0.1 * column, 0.05 * line, 0.1 * column + 0.08, 0.05 * line + 0.03)


def ocr_page(number: int, lines: list[str]) -> PageReading:
    """One word box per whitespace token; the box encodes (line, column) so tests can check it."""
    words = [
        Word(text=token, bbox=_box(li, ci), conf=0.9)
        for li, line in enumerate(lines)
        for ci, token in enumerate(line.split())
    ]
    return PageReading(page=number, method="ocr", text="\n".join(lines), words=words)


def reading(doc_id: str, *pages: PageReading) -> DocumentReading:
    return DocumentReading(
        doc=DocumentRef(doc_id=doc_id, filename=f"{doc_id}.pdf"), pages=list(pages),
        page_count=len(pages),
    )


FORM = reading(
    "anmeldung",
    ocr_page(
        1,
        [
            "Anmeldung bei der Meldebehörde",
            "Neue Wohnung Kortumstrafse 12a",
            "PLZ 44787 Bochum",
            "Geboren am 3. Juli 1988 in Essen",
            "Die Wohnung ist Hauptwohnung",
            "Kennzeichen BO AB-1234",
            "Staatsangehörigkeit türkisch deutsch",
        ],
    ),
    ocr_page(2, ["Wohnungsgeber", "Hausverwaltung 4412 GmbH", "Familie Petersen"]),
)


def locate_one(value: str, kind: FieldKind = TEXT) -> Evidence | None:
    hits = EvidenceFinder([FORM]).locate(value, kind)
    assert len(hits) <= 1
    return hits[0] if hits else None


def test_exact_match_gives_page_text_and_the_words_boxes() -> None:
    hit = locate_one("Essen")
    assert hit is not None
    assert (hit.doc_id, hit.filename, hit.page, hit.text) == (
        "anmeldung", "anmeldung.pdf", 1, "Essen"
    )
    assert hit.similarity == 1.0
    assert hit.boxes == [_box(3, 6)]


def test_multi_word_match_has_one_box_per_word() -> None:
    hit = locate_one("Anmeldung bei der Meldebehörde")
    assert hit is not None
    assert hit.boxes == [_box(0, c) for c in range(4)]


def test_matching_folds_case_and_whitespace() -> None:
    hit = locate_one("anmeldung  BEI der\nmeldebehörde")
    assert hit is not None and hit.similarity == 1.0


def test_second_page_is_searched() -> None:
    hit = locate_one("Hausverwaltung")
    assert hit is not None and hit.page == 2 and hit.boxes == [_box(1, 0)]


def test_house_number_is_matched_as_whole_word_only() -> None:
    assert locate_one("4412") is not None
    assert locate_one("12") is None  # neither inside "4412" nor inside "12a"
    hit = locate_one("12a")
    assert hit is not None and hit.text == "12a"


def test_enum_matches_inside_a_word() -> None:
    hit = locate_one("haupt", WOHNUNGSSTATUS)
    assert hit is not None
    assert hit.text == "Hauptwohnung"
    assert hit.boxes == [_box(4, 3)]


def test_iso_date_is_found_as_written_in_german() -> None:
    hit = locate_one("1988-07-03", DATE)
    assert hit is not None
    assert hit.text == "3. Juli 1988"
    assert hit.boxes == [_box(3, 2), _box(3, 3), _box(3, 4)]
    assert hit.similarity == 1.0


def test_other_date_is_not_found() -> None:
    assert locate_one("1988-07-04", DATE) is None


def test_plate_is_found_whatever_the_separators() -> None:
    hit = locate_one("BO-AB 1234")
    assert hit is not None
    assert hit.text == "BO AB-1234"
    assert hit.boxes == [_box(5, 1), _box(5, 2)]
    assert hit.similarity == 1.0


def test_ocr_noise_is_found_fuzzily_with_lower_similarity() -> None:
    hit = locate_one("Kortumstraße")
    assert hit is not None
    assert hit.text == "Kortumstrafse"
    assert 0.85 <= hit.similarity < 1.0
    assert hit.boxes == [_box(1, 2)]


def test_value_not_in_the_documents_has_no_evidence() -> None:
    assert locate_one("Dortmund") is None
    assert locate_one("Wittener Straße") is None


def test_a_name_is_not_found_inside_a_longer_name() -> None:
    # "Peter" is not evidenced by "Petersen": separator-insensitive matching must still
    # respect word boundaries, else a wrong value would look fully confirmed.
    assert locate_one("Peter") is None


def test_a_plate_with_a_dropped_digit_is_not_confirmed_exactly() -> None:
    hit = locate_one("BO-AB 123")
    assert hit is None or hit.similarity < 1.0


def test_list_needs_every_item() -> None:
    finder = EvidenceFinder([FORM])
    hits = finder.locate(["türkisch", "deutsch"], LIST)
    assert [h.text for h in hits] == ["türkisch", "deutsch"]
    assert [h.boxes for h in hits] == [[_box(6, 1)], [_box(6, 2)]]
    assert finder.locate(["türkisch", "polnisch"], LIST) == []


def test_none_and_booleans_have_no_evidence() -> None:
    finder = EvidenceFinder([FORM])
    assert finder.locate(None, TEXT) == []
    assert finder.locate(True, FieldKind("bool")) == []


def test_plain_text_page_gives_evidence_text_without_boxes() -> None:
    letter = reading(
        "brief",
        PageReading(
            page=1, method="plain_text",
            text="Sehr geehrte Damen und Herren,\nich ziehe am 01.03.2024 in die Huestraße 7.",
        ),
    )
    finder = EvidenceFinder([letter])
    [street] = finder.locate("Huestraße", TEXT)
    assert (street.doc_id, street.page, street.text, street.boxes) == ("brief", 1, "Huestraße", [])
    [moved] = finder.locate("2024-03-01", DATE)
    assert moved.text == "01.03.2024" and moved.boxes == []


def test_empty_pages_and_readings_are_skipped() -> None:
    blank = reading("leer", PageReading(page=1, method="ocr", text="  \n "))
    assert EvidenceFinder([blank]).locate("Bochum", TEXT) == []
    assert EvidenceFinder([]).locate("Bochum", TEXT) == []


@pytest.mark.parametrize("value", ["Bochum", "44787", "Essen"])
def test_first_document_wins_over_later_ones(value: str) -> None:
    copy = FORM.model_copy(update={"doc": DocumentRef(doc_id="kopie", filename="kopie.pdf")})
    [hit] = EvidenceFinder([FORM, copy]).locate(value, TEXT)
    assert hit.doc_id == "anmeldung"


@pytest.mark.parametrize(
    "written", ["BOAB1234", "Kennzeichen:BO-AB1234", "bo-ab 1234", "BO - AB - 1234"]
)
def test_separator_insensitive_match_across_spellings(written: str) -> None:
    doc = reading("antrag", ocr_page(1, [f"Wunsch {written} Ende"]))
    [hit] = EvidenceFinder([doc]).locate("BO-AB 1234", TEXT)
    assert hit.similarity == 1.0
    assert "".join(ch for ch in hit.text.lower() if ch.isalnum()).endswith("boab1234")


def test_part_of_a_hyphenated_name_is_a_whole_word() -> None:
    doc = reading("antrag", ocr_page(1, ["Name Müller-Lüdenscheidt"]))
    [hit] = EvidenceFinder([doc]).locate("Müller", TEXT)
    assert hit.text == "Müller-Lüdenscheidt" and hit.similarity == 1.0


def _form_page(words: list[str]) -> DocumentReading:
    boxes = [Word(text=w, bbox=(i / 100, 0.1, (i + 1) / 100, 0.12)) for i, w in enumerate(words)]
    page = PageReading(page=1, method="acroform", text=" ".join(words), words=boxes)
    return DocumentReading(doc=DocumentRef(doc_id="f", filename="f.pdf"), pages=[page])


STATUS = FieldKind("enum", ("alleinige", "haupt", "neben"))


def test_enum_on_a_form_counts_only_when_ticked() -> None:
    reading = _form_page(["Wohnung", "ist", "[", "]", "alleinige", "[x]", "Hauptwohnung",
                          "[", "]", "Nebenwohnung"])
    finder = EvidenceFinder([reading])
    ticked = finder.locate("haupt", STATUS)
    assert ticked and ticked[0].similarity == 1.0 and ticked[0].text == "Hauptwohnung"
    assert finder.locate("neben", STATUS) == [], "another option is ticked"


def test_a_tick_drawn_last_still_ticks_the_option_beside_it() -> None:
    # Form fields are drawn after the page text: their tick comes last in the word list.
    words = ["Wohnung", "ist", "alleinige", "Haupt-", "Neben-"]
    boxes = [Word(text=w, bbox=(0.1 + i / 10, 0.1, 0.18 + i / 10, 0.12))
             for i, w in enumerate(words)]
    boxes.append(Word(text="[x]", bbox=(0.28, 0.1, 0.295, 0.12)))  # left of "alleinige"
    text, ordered = laid_out(boxes, 595, 842, exact_sizes=True)  # as the reader lays them out
    page = PageReading(page=1, method="acroform", text=text, words=ordered, width=595, height=842)
    finder = EvidenceFinder([DocumentReading(doc=DocumentRef(doc_id="f", filename="f.pdf"),
                                             pages=[page])])
    assert finder.only_named_option(STATUS) == "alleinige"
    assert finder.locate("alleinige", STATUS)[0].similarity == 1.0


def test_a_tick_belongs_to_the_next_word_only() -> None:
    finder = EvidenceFinder([_form_page(["Wohnung", "ist", "[x]", "alleinige", "Haupt-",
                                         "Neben-"])])
    assert finder.locate("haupt", STATUS) == [], "the tick is the option's before it"
    assert finder.only_named_option(STATUS) == "alleinige"
    noisy = EvidenceFinder([_form_page(["[x]", "|", "Hauptwohnung", "[", "]", "Nebenwohnung"])])
    assert noisy.only_named_option(STATUS) == "haupt", "a mark between tick and option"


def test_enum_named_alone_counts_and_untick_lists_are_weak() -> None:
    alone = EvidenceFinder([_form_page(["Die", "Wohnung", "ist", "meine", "Nebenwohnung"])])
    assert alone.locate("neben", STATUS)[0].similarity == 1.0
    listed = EvidenceFinder([_form_page(["alleinige", "/", "Haupt-", "/", "Nebenwohnung"])])
    weak = listed.locate("haupt", STATUS)
    assert weak and weak[0].similarity < 0.85
    assert EvidenceFinder([_form_page(["Kinderreisepass"])]).locate(
        "kind", FieldKind("enum", ("kind", "selbst"))), "word start, may run on"


RELATION = FieldKind("enum", ("selbst", "kind", "grosselternteil"), wording=(
    ("selbst", ("ich selbst", "selbst")), ("kind", ("sohn", "tochter")),
    ("grosselternteil", ("großmutter", "großvater"))))
DOCUMENT_TYPE = FieldKind("enum", ("personalausweis", "reisepass"), wording=(
    ("personalausweis", ("personalausweis", "pa")), ("reisepass", ("reisepass", "rp"))))


def test_the_one_option_a_document_names_is_found() -> None:
    form = reading("f", ocr_page(1, ["Ich bin (Verhältnis zur Person): Großmutter/Großvater"]))
    assert EvidenceFinder([form]).only_named_option(RELATION) == "grosselternteil"


def test_several_named_options_are_no_answer_unless_one_is_ticked() -> None:
    both = reading("f", ocr_page(1, ["[ ] Sohn/Tochter  [ ] Großmutter/Großvater"]))
    assert EvidenceFinder([both]).only_named_option(RELATION) is None
    one = reading("f", ocr_page(1, ["[ ] Sohn/Tochter  [x] Großmutter/Großvater"]))
    assert EvidenceFinder([one]).only_named_option(RELATION) == "grosselternteil"


def test_short_codes_count_only_as_whole_words() -> None:
    letter = reading("l", ocr_page(1, ["Parkzone B3, Papiere anbei"]))
    assert EvidenceFinder([letter]).only_named_option(DOCUMENT_TYPE) is None
    form = reading("f", ocr_page(1, ["Art: PA  Seriennummer: L01X00T47"]))
    assert EvidenceFinder([form]).only_named_option(DOCUMENT_TYPE) == "personalausweis"


def test_a_near_match_with_other_digits_is_no_evidence() -> None:
    certificate = reading("c", ocr_page(1, ["(A) Amtliches Kennzeichen: BO G 1657"]))
    finder = EvidenceFinder([certificate])
    assert finder.locate("BO-G 1656", TEXT) == []
    assert finder.locate("BO-G 1657", TEXT)
    assert finder.locate("Amtlichs Kennzeichen", TEXT), "letters may differ by an OCR slip"


CERTIFICATE_TYPE = FieldKind("enum", ("geburtsurkunde", "internationale_geburtsurkunde"), wording=(
    ("geburtsurkunde", ("geburtsurkunde",)),
    ("internationale_geburtsurkunde", ("internationale geburtsurkunde",))))


def test_the_option_a_form_line_answers_beats_one_the_title_names() -> None:
    form = reading("f", ocr_page(1, [
        "Antrag auf Ausstellung einer Geburtsurkunde",
        "Art der Urkunde: Internationale Geburtsurkunde (mehrsprachig)"]))
    finder = EvidenceFinder([form])
    found = finder.locate("internationale_geburtsurkunde", CERTIFICATE_TYPE)
    assert found and found[0].similarity == 1.0
    # the title's option is still named, but not as the answer: only weak evidence
    weak = finder.locate("geburtsurkunde", CERTIFICATE_TYPE)
    assert weak and weak[0].similarity < 1.0
    assert finder.only_named_option(CERTIFICATE_TYPE) == "internationale_geburtsurkunde"


def test_two_answered_options_stay_ambiguous() -> None:
    both = reading("f", ocr_page(1, ["Art der Urkunde: Geburtsurkunde",
                                     "Betreff: Internationale Geburtsurkunde"]))
    finder = EvidenceFinder([both])
    assert finder.locate("geburtsurkunde", CERTIFICATE_TYPE)[0].similarity < 1.0
    assert finder.only_named_option(CERTIFICATE_TYPE) is None


def test_a_value_read_through_an_ocr_lookalike_is_weaker_evidence() -> None:
    scan = reading("s", ocr_page(1, ["Bewohnerparkzone: Bl", "Kennzeichen: BO-0-7437"]))
    finder = EvidenceFinder([scan])
    zone = finder.locate("B1", TEXT)
    assert zone and zone[0].text == "Bl" and zone[0].similarity == 0.9
    plate = finder.locate("BO-O 7437", TEXT)
    assert plate and plate[0].similarity == 0.9
    assert finder.locate("B2", TEXT) == [] and finder.locate("BO-O 7487", TEXT) == []


def test_the_best_read_occurrence_is_the_evidence() -> None:
    page = ocr_page(1, ["Familienname Iwanow", "Unterschrift: Jekaterina Iwanow"])
    page.words[1] = page.words[1].model_copy(update={"conf": 0.42})
    found = EvidenceFinder([reading("s", page)]).locate("Iwanow", TEXT)
    assert found and found[0].read_conf == 0.9


def test_a_word_two_ocr_passes_read_differently_is_weak_evidence() -> None:
    page = ocr_page(1, ["Vorname Amélie Garnier"])
    page.words[1] = page.words[1].model_copy(update={"alt": "Amelie"})
    (found,) = EvidenceFinder([reading("s", page)]).locate("Amélie Garnier", TEXT)
    assert (found.text, found.alternative, found.read_conf) == (
        "Amélie Garnier", "Amelie Garnier", DISPUTED_READING)
    (undisputed,) = EvidenceFinder([reading("s", page)]).locate("Garnier", TEXT)
    assert (undisputed.alternative, undisputed.read_conf) == (None, 0.9)


def test_a_value_cut_off_inside_a_word_is_completed_as_weak_evidence() -> None:
    form = reading("f", ocr_page(1, ["Postleitzahl und Ort: 44139 Dortmund,", "Ende"]))
    cut = EvidenceFinder([form]).completed("Dort")
    assert cut is not None and (cut.text, cut.similarity) == ("Dortmund", CUT_OFF)
    assert EvidenceFinder([form]).completed("Dor") is None, "too short to tell"
    two = reading("f", ocr_page(1, ["Ort: Dortmund", "Straße: Dortmunder Straße 4"]))
    assert EvidenceFinder([two]).completed("Dort") is None, "which word was cut is unclear"
    assert EvidenceFinder([form]).completed("Dortmund") is None, "nothing was cut"
    # the caption "Ort" is no near match of "Dort"
    assert EvidenceFinder([form]).locate("Dort", TEXT) == []
