from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from evals.normalize import anls, canonical, is_absent, levenshtein, parse_date, values_match


def test_anls_mueller_vs_muller() -> None:
    # casefold: "müller" vs "muller": one substitution, longest 6 → 1 - 1/6
    assert anls("Müller", "Muller") == pytest.approx(5 / 6)


def test_anls_below_threshold_scores_zero() -> None:
    # "abcd" vs "wxyz": distance 4/4 = 1.0 ≥ 0.5 → 0; "abcd" vs "abxy": 2/4 = 0.5 ≥ 0.5 → 0
    assert anls("abcd", "wxyz") == 0.0
    assert anls("abcd", "abxy") == 0.0
    # "abcd" vs "abcx": 1/4 = 0.25 → 0.75
    assert anls("abcd", "abcx") == pytest.approx(0.75)


def test_anls_of_missing_prediction_is_zero_and_of_dates_uses_iso() -> None:
    assert anls("Kowalski", None) == 0.0
    assert anls("1988-07-03", "03.07.1988") == 1.0


def test_levenshtein() -> None:
    assert levenshtein("kitten", "sitting") == 3
    assert levenshtein("", "abc") == 3
    assert levenshtein("abc", "abc") == 0


@pytest.mark.parametrize("text", ["03.07.1988", "3.7.1988", "1988-07-03", " 03. 07. 1988 ",
                                  "1988-07-03T00:00:00"])
def test_date_forms_parse_to_the_same_day(text: str) -> None:
    assert parse_date(text) == date(1988, 7, 3)


@pytest.mark.parametrize("text", ["44787", "12a", "31.02.2020", "1988-13-01", "Kowalski"])
def test_non_dates_do_not_parse(text: str) -> None:
    assert parse_date(text) is None


def test_exact_match_normalises_dates_case_whitespace_and_unicode() -> None:
    assert values_match("1988-07-03", "03.07.1988")
    assert not values_match("1988-07-03", "04.07.1988")
    assert values_match("Anna Maria", "  anna\n  MARIA ")
    assert values_match("Weiß", "WEISS")
    decomposed = unicodedata.normalize("NFD", "Müller")
    assert decomposed != "Müller"
    assert values_match("Müller", decomposed)
    assert not values_match("Müller", "Muller")


def test_lists_compare_as_sets() -> None:
    assert values_match(["türkisch", "deutsch"], ["Deutsch", "türkisch"])
    assert values_match(["deutsch"], ["deutsch", "Deutsch"])
    assert not values_match(["türkisch", "deutsch"], ["deutsch"])
    assert values_match(["deutsch"], "deutsch")


def test_numbers_booleans_and_nulls() -> None:
    assert values_match("44787", 44787)
    assert values_match(2, "2")
    assert not values_match(2, "3")
    assert values_match(False, "nein")
    assert values_match(True, True)
    assert not values_match(False, None)
    assert values_match(None, None)
    assert values_match(None, "  ")
    assert not values_match(None, "Schmidt")
    assert not values_match("Kowalski", None)


def test_absent_and_canonical() -> None:
    assert is_absent([]) and is_absent("") and is_absent(None) and is_absent([" "])
    assert not is_absent(0) and not is_absent(False)
    assert canonical(2.0) == canonical(2) == "2"
