"""A value the model cut off inside a word is completed and sent to a clerk."""

from __future__ import annotations

from typing import Any

from langchain_openai import ChatOpenAI

from apptypes.registry import all_types
from extractors.field_extraction import extract_fields
from tests.extractors.test_evidence import ocr_page, reading
from tests.support.scripted_llm import ScriptedLLM, answer_with

WOHNSITZ = all_types()["wohnsitzanmeldung"]


def answer(**flat: Any) -> dict[str, Any]:
    return answer_with(WOHNSITZ.schema.model_json_schema(), **flat)


async def test_dort_becomes_dortmund_below_any_threshold(llm: ScriptedLLM,
                                                         model: ChatOpenAI) -> None:
    form = reading("anmeldung", ocr_page(1, [
        "Anmeldung bei der Meldebehörde", "Bisherige Wohnung",
        "Anschrift: Rheinlanddamm 152", "Postleitzahl und Ort: 44139 Dortmund"]))
    llm.when("Rheinlanddamm", answer(**{"bisherige_wohnung.strasse": "Rheinlanddamm",
                                        "bisherige_wohnung.ort": "Dort"}))
    extraction = await extract_fields(model, "scripted", WOHNSITZ, [form],
                                      {form.doc.doc_id: "anmeldung"})
    town = extraction.fields["bisherige_wohnung.ort"]
    assert town.value == "Dortmund"
    assert town.evidence and town.evidence[0].text == "Dortmund"
    assert town.confidence < min(t.config.confidence_threshold for t in all_types().values())
