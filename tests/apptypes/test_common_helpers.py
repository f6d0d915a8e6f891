"""Generic helpers the types share: dates, names, streets, counts, Bochum addresses."""

from __future__ import annotations

from datetime import date

import pytest

from apptypes._common.dates import age_on, german_date, parse_date
from apptypes._common.names import same_name
from apptypes._common.numbers import parse_count
from apptypes._common.places import house_number_key, split_street_line, street_key
from apptypes._common.rows import euro, show
from domain.fields import FieldData


@pytest.mark.parametrize(("value", "expected"), [
    ("2026-10-14", date(2026, 10, 14)), (" 2026-1-4 ", date(2026, 1, 4)),
    ("14.10.2026", date(2026, 10, 14)), ("2026-02-30", None), ("gestern", None), (None, None),
    (20261014, None),
])
def test_parse_date(value: FieldData, expected: date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(("born", "day", "age"), [
    (date(2010, 10, 14), date(2026, 10, 14), 16), (date(2010, 10, 15), date(2026, 10, 14), 15),
    (date(2008, 2, 29), date(2024, 2, 28), 15), (date(2008, 2, 29), date(2025, 3, 1), 17),
])
def test_age_on(born: date, day: date, age: int) -> None:
    assert age_on(born, day) == age


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Hans Müller", "MÜLLER, HANS", True), ("Hans Müller", "Hans Mueller", True),
    ("Anna Maria Weiß", "Weiss Anna Maria", True), ("Ayşe Yılmaz", "Yılmaz, Ayşe", True),
    ("Hans Müller", "Hans Müller-Lüdenscheidt", False), ("Hans Müller", "Hans", False),
    ("Ayşe Yılmaz", "AYSE YILMAZ", True), ("Ayşe Yılmaz", "Ayse Yilmaz", True),
    ("Jan Wiśniewski", "Wisniewski, Jan", True),
    ("Nguyễn Thị Thu Hằng", "Nguyen Thi Thu Hang", True),
    ("Hans Müller", "Hans Muller", True), ("Hans-Jürgen Großkopf", "Großkopf, Hans Jürgen", True),
    ("Alexej Wolkow", "Andrés Wolkow", False), ("Ayşe Yılmaz", "Ayşe Gül Yılmaz", False),
])
def test_same_name(a: str, b: str, same: bool) -> None:
    assert same_name(a, b) is same


@pytest.mark.parametrize(("a", "b"), [
    ("Oskar-Hoffmann-Straße", "oskar hoffmann str."), ("Kortumstraße", "Kortumstrasse"),
    ("Königsallee", "Koenigsallee"), ("Herner Straße", "Herner Str"),
])
def test_street_key_ignores_spelling(a: str, b: str) -> None:
    assert street_key(a) == street_key(b)


def test_street_key_keeps_different_streets_apart() -> None:
    assert street_key("Herner Straße") != street_key("Hernerweg")


@pytest.mark.parametrize(("a", "b"), [
    ("178a", "178 A"), ("178a", "178a (EG rechts)"), ("45", "45, 2. OG"), ("045", "45"),
])
def test_house_number_key_ignores_spelling(a: str, b: str) -> None:
    assert house_number_key(a) == house_number_key(b)


def test_house_number_key_keeps_suffixes_apart() -> None:
    assert len({house_number_key(n) for n in ("178", "178a", "178b", "17")}) == 4


@pytest.mark.parametrize(("street", "number", "split"), [
    ("Kortumstr. 45", "", ("Kortumstr.", "45")),
    ("Castroper Straße 178 a", "", ("Castroper Straße", "178 a")),
    ("Kortumstr. 45", "47", ("Kortumstr. 45", "47")),      # a number given wins
    ("Straße des 17. Juni", "", ("Straße des 17. Juni", "")),
])
def test_split_street_line(street: str, number: str, split: tuple[str, str]) -> None:
    assert split_street_line(street, number) == split


@pytest.mark.parametrize(("value", "count"), [
    (3, 3), (3.0, 3), ("3", 3), (" 10 ", 10), (2.5, None), (True, None), ("drei", None),
    (None, None), (["1"], None),
])
def test_parse_count(value: FieldData, count: int | None) -> None:
    assert parse_count(value) == count


def test_row_formatting() -> None:
    assert (show(None), show(True), show(["a", "b"])) == ("–", "ja", "a, b")
    assert euro(18.0) == "18,00 EUR"
    assert german_date("2026-10-14") == "14.10.2026"
