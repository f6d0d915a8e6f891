"""The second OCR pass: words read with other diacritics are resolved and marked uncertain."""

from __future__ import annotations

from domain.documents import Word
from reading import read_document
from reading.ocr import OcrResult
from reading.second_reading import bare, differ_in_diacritics_only, reconcile
from tests.reading import builders


def result(*texts: str) -> OcrResult:
    words = [Word(text=t, bbox=(0.1 * i, 0.1, 0.1 * i + 0.08, 0.13), conf=0.96)
             for i, t in enumerate(texts)]
    return OcrResult(words, 0.96)


def readings(r: OcrResult) -> list[tuple[str, str | None]]:
    return [(w.text, w.alt) for w in r.words]


def test_bare_drops_marks_including_letters_unicode_does_not_decompose() -> None:
    assert bare("Gülşen Doğan") == "Gulsen Dogan"
    assert bare("Yılmaz Wałęsa Øre") == "Yilmaz Walesa Ore"
    assert bare("Amélie,") == "Amelie,"


def test_only_diacritics_count_as_such_a_difference() -> None:
    assert differ_in_diacritics_only("Amelie", "Amélie")
    assert differ_in_diacritics_only("Fernändez", "Fernández")
    assert not differ_in_diacritics_only("Amélie", "Amélie")
    assert not differ_in_diacritics_only("Alleestraße", "AlleestraßBe")
    assert not differ_in_diacritics_only("Ich", "ich")
    # the same letters composed and decomposed are the same reading
    assert not differ_in_diacritics_only("Amélie", "Ame\u0301lie")


def test_the_reading_with_more_marks_wins_and_keeps_the_other() -> None:
    first = result("Vorname:", "Amelie", "Name:", "Jörg", "Fernändez", "für")
    second = result("Vorname:", "Amélie", "Name:", "Jorg", "Fernández", "fúr")
    assert readings(reconcile(first, second)) == [
        ("Vorname:", None), ("Amélie", "Amelie"), ("Name:", None), ("Jörg", "Jorg"),
        # on a tie a name keeps marks German has no letter for, a lower-case word its umlaut
        ("Fernández", "Fernändez"), ("für", "fúr"),
    ]


def test_other_disagreements_keep_the_first_pass_unmarked() -> None:
    first = result("Straße:", "Alleestraße", "Halter")
    second = result("Straße:", "AlleestraßBe", "Haiter")
    assert readings(reconcile(first, second)) == readings(first)


def test_words_split_differently_are_not_paired() -> None:
    first = result("Vorname", "Garcia", "Ende")
    second = result("Vorname", "Gar", "cía", "Ende")
    assert readings(reconcile(first, second)) == readings(first)


def test_boxes_and_confidences_stay_those_of_the_first_pass() -> None:
    first, second = result("Amelie"), result("Amélie")
    second.words[0] = second.words[0].model_copy(update={"conf": 0.5, "bbox": (0, 0, 1, 1)})
    (word,) = reconcile(first, second).words
    assert (word.text, word.bbox, word.conf) == ("Amélie", first.words[0].bbox, 0.96)


def test_a_scan_reads_the_accents_the_first_pass_drops() -> None:
    # deu+Latin reads these lines "Amelie", "Gülsen", "Dogan" (seen here with tesseract 5);
    # the Latin pass reads the marks.
    lines = ["Vorname: Amélie  Familienname: Garnier", "Vornamen: Gülşen  Familienname: Doğan"]
    data = builders.text_image(lines)
    reading = read_document(data, builders.ref(data, "scan.png"))
    words = {w.text: w.alt for page in reading.pages for w in page.words}
    assert (words.get("Amélie"), words.get("Gülşen"), words.get("Doğan")) == (
        "Amelie", "Gülsen", "Dogan")
    assert words.get("Garnier", "missing") is None
    assert "Vorname: Amélie" in reading.text
