"""Flags with wording (``enum_wording`` ja/nein): the answer the documents name wins."""

from __future__ import annotations

from typing import Any

from langchain_openai import ChatOpenAI

from apptypes.registry import all_types
from domain.documents import DocumentReading
from extractors.evidence import EvidenceFinder
from extractors.field_extraction import extract_fields
from extractors.field_kinds import FieldKind, field_kinds, with_wording
from tests.extractors.test_evidence import ocr_page, reading
from tests.support.scripted_llm import ScriptedLLM, answer_with

WOHNSITZ = all_types()["wohnsitzanmeldung"]
KEY = "wohnungsgeber.ist_eigentuemer"
OWNER: FieldKind = with_wording(field_kinds(WOHNSITZ.schema),
                                WOHNSITZ.config.options["enum_wording"])[KEY]


def named(*lines: str) -> str | None:
    form = reading("wgb", ocr_page(1, list(lines)))
    return EvidenceFinder([form]).only_named_option(OWNER.as_choice(), by_answer=False)


def test_the_ticked_sentence_or_the_letters_role_names_the_answer() -> None:
    assert named("Der Wohnungsgeber ist  ☐ Eigentümer der Wohnung  ☒ vom Eigentümer beauftragt",
                 "Ja, ich stimme zu") == "nein"
    assert named("[x] Der Wohnungsgeber ist gleichzeitig Eigentümer der Wohnung.",
                 "[ ] Der Wohnungsgeber ist nicht Eigentümer der Wohnung.") == "ja"
    assert named("hiermit bestätigen wir als vom Eigentümer beauftragte Verwaltung") == "nein"
    assert named("als Vermieter und Eigentümer der Wohnung bestätige ich") == "ja"


def test_no_answer_when_both_stand_unticked_or_only_yes_and_no_words() -> None:
    # a scan that lost both boxes
    lost = "Der Wohnungsgeber ist  Eigentümer der Wohnung  D vom Eigentümer beauftragt"
    assert named(lost) is None
    # "ja" and "nein" of other questions are no wording of this flag
    assert named("Nebenwohnung vorhanden? ja  nein", "Ja, ich stimme zu") is None


def answer(**flat: Any) -> dict[str, Any]:
    return answer_with(WOHNSITZ.schema.model_json_schema(), **flat)


async def extracted_flag(llm: ScriptedLLM, model: ChatOpenAI, wgb: DocumentReading,
                         said: bool) -> tuple[Any, float]:
    llm.when("Wohnungsgeber", answer(**{KEY: said, "familienname": "Kowalski"}))
    extraction = await extract_fields(model, "scripted", WOHNSITZ, [wgb],
                                      {wgb.doc.doc_id: "wohnungsgeberbestaetigung"})
    value = extraction.fields[KEY]
    return value.value, value.confidence


async def test_the_ticked_answer_overrides_the_models(llm: ScriptedLLM,
                                                      model: ChatOpenAI) -> None:
    ticked = reading("wgb", ocr_page(1, [
        "Wohnungsgeberbestätigung", "Name des Wohnungsgebers Kowalski",
        "Der Wohnungsgeber ist  ☐ Eigentümer der Wohnung  ☒ vom Eigentümer beauftragt"]))
    value, _ = await extracted_flag(llm, model, ticked, said=True)
    assert value is False
    untold = reading("wgb", ocr_page(1, ["Wohnungsgeberbestätigung",
                                         "Name des Wohnungsgebers Kowalski"]))
    value, _ = await extracted_flag(llm, model, untold, said=True)
    assert value is True, "without its wording the model's answer stays"
