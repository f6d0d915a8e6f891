"""The second reading: asked only for a case that could pass, over the value's own lines; where
it agrees with a verbatim value the value is sure, where it differs a clerk sees both."""

from __future__ import annotations

import json

from langchain_openai import ChatOpenAI

from apptypes.registry import get_type
from domain.documents import DocumentReading
from domain.fields import Extraction
from extractors.field_extraction import extract_fields
from reading.plain_text import read_plain_text
from tests.reading.builders import ref
from tests.support.scripted_llm import ScriptedLLM, answer_with

TYPE = get_type("wunschkennzeichen")
LETTER = ("Antrag auf Reservierung eines Wunschkennzeichens\n\n"
          "Vorname(n): Jana\nFamilienname: Bergmann\n"
          "Anschrift: Kortumstraße 12, 44787 Bochum\n"
          "Gewünschtes Kennzeichen: BO-JB 123\nFahrzeugart: PKW\n")
FIRST = {"halter.familienname": "Bergmann", "halter.vornamen": "Jana",
         "halter.anschrift.strasse": "Kortumstraße", "halter.anschrift.hausnummer": "12",
         "halter.anschrift.plz": "44787", "halter.anschrift.ort": "Bochum",
         "kennzeichen": "BO-JB 123", "fahrzeugart": "pkw"}


def _reading() -> DocumentReading:
    data = LETTER.encode()
    return DocumentReading(doc=ref(data, "antrag.txt"), pages=read_plain_text(data))


def _script(llm: ScriptedLLM, **second: str | None) -> None:
    """The first reading answers ``FIRST``; the second (its prompt shows snippets) ``second``."""
    llm.when("Antrag auf Reservierung", answer_with(TYPE.schema.model_json_schema(), **FIRST))
    llm.when("Ausschnitt:", json.dumps(second))


async def _extract(llm: ScriptedLLM, model: ChatOpenAI, **second: str | None) -> Extraction:
    _script(llm, **second)
    reading = _reading()
    return await extract_fields(model, "m", TYPE, [reading], {reading.doc.doc_id: "antrag"},
                                confirm_reading=True)


async def test_agreeing_second_reading_makes_verbatim_values_sure(
        llm: ScriptedLLM, model: ChatOpenAI) -> None:
    llm.token_logprob = -0.4  # the first reading is unsure of itself
    answers = {f"feld_{i}": v for i, v in enumerate(
        ["Bergmann", "Jana", "Kortumstraße", "12", "44787", "Bochum", "BO-JB 123"], 1)}
    extraction = await _extract(llm, model, **answers)
    llm.token_logprob = 0.0
    assert len(llm.requests) == 2
    assert extraction.confirmed_fields >= 5 and extraction.confirmation_tokens > 0
    surname = extraction.fields["halter.familienname"]
    assert surname.confidence >= 0.95
    assert surname.evidence[0].how == "zweite Lesung stimmt überein"


async def test_a_differing_second_reading_sends_the_value_to_a_clerk(
        llm: ScriptedLLM, model: ChatOpenAI) -> None:
    extraction = await _extract(llm, model, feld_1="Bergmann-Kühn")
    surname = extraction.fields["halter.familienname"]
    assert surname.confidence <= 0.5
    assert surname.evidence[0].alternative == "Bergmann-Kühn"
    # A snippet the second reading found nothing in is no confirmation either.
    assert extraction.fields["halter.vornamen"].confidence <= 0.5


async def test_a_case_missing_a_required_value_is_not_asked_again(
        llm: ScriptedLLM, model: ChatOpenAI) -> None:
    schema = TYPE.schema.model_json_schema()
    first = {k: v for k, v in FIRST.items() if k != "kennzeichen"}
    llm.when("Antrag auf Reservierung", answer_with(schema, **first))
    reading = _reading()
    extraction = await extract_fields(model, "m", TYPE, [reading],
                                      {reading.doc.doc_id: "antrag"}, confirm_reading=True)
    assert len(llm.requests) == 1 and extraction.confirmed_fields == 0


def test_a_composed_required_key_is_not_asked_about() -> None:
    """The keeper's name of a parking permit is joined from its parts, which are asked."""
    from domain.fields import Evidence, FieldValue
    from extractors.confirming_reading import to_confirm
    from extractors.field_kinds import field_kinds

    permit = get_type("bewohnerparkausweis")
    kinds = field_kinds(permit.schema)
    assert "fahrzeugschein.halter_name" in permit.required
    assert "fahrzeugschein.halter_name" not in kinds
    seen = [Evidence(doc_id="d", filename="a.pdf", page=1, text="x")]
    fields = {key: FieldValue(value="x", confidence=0.9, evidence=seen)
              for key in permit.required}
    asked = to_confirm(permit, fields, kinds)
    assert asked and "fahrzeugschein.halter_name" not in asked
