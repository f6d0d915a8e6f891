"""A case whose form is registered: the form's keys come from its boxes, the model reads only
the other documents, and is not called at all when nothing else is left."""

from __future__ import annotations

from pathlib import Path

from langchain_openai import ChatOpenAI

from apptypes.registry import get_type
from domain.documents import DocumentReading
from extractors.field_extraction import extract_fields
from forms.reader import read_known_form
from reading import read_document
from tests.forms.builders import SAMPLE, acroform_pdf, register
from tests.reading.builders import ref, text_pdf
from tests.support.scripted_llm import ScriptedLLM, answer_with

TYPE = get_type("wohnsitzanmeldung")


def _form_reading(tmp_path: Path) -> DocumentReading:
    template = register(tmp_path)
    data = acroform_pdf(SAMPLE)
    reading = read_document(data, ref(data, "anmeldung.pdf"))
    reading.form = read_known_form(data, reading, {}, [template])
    assert reading.form is not None
    return reading


async def test_a_case_of_only_a_registered_form_asks_no_model(
        llm: ScriptedLLM, model: ChatOpenAI, tmp_path: Path) -> None:
    form = _form_reading(tmp_path)
    extraction = await extract_fields(model, "m", TYPE, [form], {form.doc.doc_id: "anmeldung"})
    assert llm.requests == []
    assert extraction.llm_tokens == 0 and extraction.error is None
    fields = extraction.fields
    assert fields["familienname"].value == "Kowalczyk"
    assert fields["familienname"].source == "form"
    assert fields["familienname"].evidence[0].how == "aus Formularfeld „name_1“"
    assert fields["neue_wohnung.plz"].value == "44787"
    assert fields["geburtsdatum"].value == "1987-04-12"
    assert fields["staatsangehoerigkeiten"].value == ["polnisch", "deutsch"]
    assert fields["wohnungsstatus"].value == "haupt"


async def test_the_model_reads_only_the_letter_beside_the_form(
        llm: ScriptedLLM, model: ChatOpenAI, tmp_path: Path) -> None:
    form = _form_reading(tmp_path)
    letter_bytes = text_pdf()
    letter = read_document(letter_bytes, ref(letter_bytes, "brief.pdf"))
    schema = TYPE.schema.model_json_schema()
    llm.when("Dokument", answer_with(schema, familienname="Falsch",
                                     **{"wohnungsgeber.name": "Ruhr Wohnen GmbH"}))
    kinds = {form.doc.doc_id: "anmeldung", letter.doc.doc_id: "wohnungsgeberbestaetigung"}
    extraction = await extract_fields(model, "m", TYPE, [form, letter], kinds)
    assert len(llm.requests) == 1
    prompt = "\n".join(str(m["content"]) for m in llm.requests[0]["messages"])
    assert "Kowalczyk" not in prompt  # the form's values never reach the model
    assert extraction.fields["familienname"].value == "Kowalczyk"
