"""Prompt layout: static prefix per type (prefix caching), condensed documents last."""

from __future__ import annotations

import prompts
from apptypes.base import schema_keys
from apptypes.registry import all_types
from extractors.prompting import (
    MAX_DOCUMENT_CHARS,
    PromptDocument,
    condense,
    system_prompt,
    user_prompt,
)

WOHNSITZ = all_types()["wohnsitzanmeldung"]


def test_system_prompt_holds_generic_rules_type_prompt_and_a_guide_line_per_key() -> None:
    text = system_prompt(WOHNSITZ)
    assert text.startswith(prompts.load("extraction_system"))
    assert WOHNSITZ.title in text
    assert WOHNSITZ.prompt.strip() in text
    guide = text.split("Felder:\n", 1)[1].splitlines()
    leaf_lines = [line.split(":", 1)[0] for line in guide
                  if line.split(":", 1)[0][2:] in schema_keys(WOHNSITZ.schema)]
    assert leaf_lines == [f"- {k}" for k in schema_keys(WOHNSITZ.schema)]
    assert "- bisherige_wohnung: " in text, "section lines say whose data a group holds"
    assert "- geburtsdatum: Geburtsdatum; wie im Dokument geschrieben" in guide


def test_every_type_has_a_guide_line_per_schema_key() -> None:
    for app_type in all_types().values():
        text = system_prompt(app_type)
        for key in schema_keys(app_type.schema):
            assert f"\n- {key}" in text, (app_type.key, key)


def test_static_prefix_is_identical_for_two_cases_of_a_type() -> None:
    first = user_prompt([PromptDocument("anmeldung", "Familienname Kowalski")])
    second = user_prompt([PromptDocument("anmeldung", "Familienname Yılmaz")])
    assert system_prompt(WOHNSITZ) == system_prompt(WOHNSITZ)
    assert "Kowalski" not in system_prompt(WOHNSITZ)
    assert first != second
    # Everything case-specific sits at the end: the prompts share all up to the document text.
    shared = len("=== Dokument 1: anmeldung ===\nFamilienname ")
    assert first[:shared] == second[:shared]


def test_documents_come_last_in_order_with_their_labels() -> None:
    text = user_prompt(
        [PromptDocument("anmeldung", "Familienname Kowalski"),
         PromptDocument("wohnungsgeberbestaetigung", "Wohnungsgeber Glückauf eG")]
    )
    first = text.index("=== Dokument 1: anmeldung ===\nFamilienname Kowalski")
    second = text.index("=== Dokument 2: wohnungsgeberbestaetigung ===\nWohnungsgeber Glückauf eG")
    assert first == 0 < second
    assert text.endswith("Gib das JSON-Objekt für diesen Antrag aus.")
    tail = text[second:].split("\n\n", 1)[1]
    assert "Kowalski" not in tail and "Glückauf" not in tail


def test_condense_drops_duplicate_pages_across_documents() -> None:
    page = "Wohnungsgeberbestätigung\nName: Glückauf eG"
    out = condense(
        [PromptDocument("a", f"Seite eins\f{page}\f{page}"), PromptDocument("b", page)]
    )
    assert out[0].text.count("Glückauf") == 1
    assert "Seite eins" in out[0].text
    assert out[1].text == ""


def test_condense_drops_header_lines_repeated_on_many_pages() -> None:
    pages = [f"Stadt Bochum – Bürgerbüro\nInhalt Seite {n}\nSeite {n} von 4" for n in range(1, 5)]
    [doc] = condense([PromptDocument("a", "\f".join(pages))])
    assert "Stadt Bochum" not in doc.text
    assert all(f"Inhalt Seite {n}" in doc.text for n in range(1, 5))
    assert "Seite 2 von 4" in doc.text  # differs per page: kept


def test_condense_keeps_lines_of_short_documents() -> None:
    text = "Stadt Bochum\nFamilienname Kowalski\fStadt Bochum\nVornamen Anna"
    [doc] = condense([PromptDocument("a", text)])
    assert doc.text.count("Stadt Bochum") == 2


def test_condense_folds_blank_runs_and_caps_length() -> None:
    [doc] = condense([PromptDocument("a", "Name        Kowalski\n\n\n\n\nOrt Bochum")])
    assert doc.text == "Name   Kowalski\n\nOrt Bochum"
    [long_doc] = condense([PromptDocument("a", "x" * (MAX_DOCUMENT_CHARS + 500))])
    assert len(long_doc.text) == MAX_DOCUMENT_CHARS
