"""A choice whose form prints every option is read from the one ticked option, whatever the model
answered, and is then sure for that reason; with no tick, or two, the ticks decide nothing."""

from __future__ import annotations

from langchain_openai import ChatOpenAI

from apptypes.registry import get_type
from domain.documents import DocumentReading
from extractors.field_extraction import TICKED, extract_fields
from reading.plain_text import read_plain_text
from tests.reading.builders import ref
from tests.support.scripted_llm import ScriptedLLM, answer_with

TYPE = get_type("wunschkennzeichen")


def _letter(ticks: str) -> DocumentReading:
    data = ("Antrag auf Reservierung eines Wunschkennzeichens\nFamilienname: Bergmann\n"
            f"Fahrzeugart: {ticks}\n").encode()
    return DocumentReading(doc=ref(data, "antrag.txt"), pages=read_plain_text(data))


async def _fahrzeugart(llm: ScriptedLLM, model: ChatOpenAI, ticks: str) -> tuple[object, float]:
    llm.when("Wunschkennzeichen", answer_with(TYPE.schema.model_json_schema(),
                                             fahrzeugart="pkw", **{"halter.familienname":
                                                                   "Bergmann"}))
    reading = _letter(ticks)
    extraction = await extract_fields(model, "m", TYPE, [reading], {reading.doc.doc_id: "antrag"})
    fv = extraction.fields["fahrzeugart"]
    return fv.value, fv.confidence


async def test_the_ticked_option_wins_over_the_models_answer(
        llm: ScriptedLLM, model: ChatOpenAI) -> None:
    assert await _fahrzeugart(llm, model, "[ ] Pkw [ ] Motorrad [x] Lkw") == ("lkw", TICKED)


async def test_two_ticks_decide_nothing(llm: ScriptedLLM, model: ChatOpenAI) -> None:
    value, confidence = await _fahrzeugart(llm, model, "[x] Pkw [ ] Motorrad [x] Lkw")
    assert confidence < TICKED
    assert value is None
