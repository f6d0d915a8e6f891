"""One structured call with a corrective retry, against the scripted OpenAI-compatible endpoint."""

from __future__ import annotations

import json
from typing import Any

from langchain_openai import ChatOpenAI

from apptypes.registry import all_types
from extractors.structured_call import ask_structured
from tests.support.scripted_llm import ScriptedLLM, answer_with

SCHEMA = all_types()["wohnsitzanmeldung"].schema
SYSTEM = "Du liest Anträge."


def answer(**fields: Any) -> dict[str, Any]:
    return answer_with(SCHEMA.model_json_schema(), **fields)


def messages_of(body: dict[str, Any]) -> list[tuple[str, str]]:
    return [(m["role"], str(m["content"])) for m in body["messages"]]


async def test_valid_answer_is_parsed_in_one_attempt(llm: ScriptedLLM, model: ChatOpenAI) -> None:
    llm.when("Kowalski", answer(familienname="Kowalski", wohnungsstatus="haupt"))
    result = await ask_structured(model, SCHEMA, SYSTEM, "Familienname: Kowalski")
    assert result.error is None
    assert result.attempts == 1
    assert result.parsed is not None
    assert result.parsed["familienname"] == "Kowalski"
    assert result.parsed["wohnungsstatus"] == "haupt"
    assert json.loads(result.content)["familienname"] == "Kowalski"
    assert result.prompt_tokens > 0 and result.completion_tokens > 0
    [request] = llm.requests
    assert messages_of(request) == [("system", SYSTEM), ("user", "Familienname: Kowalski")]
    sent_schema = request["response_format"]["json_schema"]["schema"]
    assert "wohnungsstatus" in sent_schema["properties"]


async def test_malformed_then_valid_takes_two_attempts(
    llm: ScriptedLLM, model: ChatOpenAI
) -> None:
    llm.when("Yılmaz", '{"familienname": "Yıl', answer(familienname="Yılmaz"))
    result = await ask_structured(model, SCHEMA, SYSTEM, "Familienname: Yılmaz")
    assert result.error is None
    assert result.attempts == 2
    assert result.parsed is not None and result.parsed["familienname"] == "Yılmaz"
    assert len(llm.requests) == 2
    retry = messages_of(llm.requests[1])
    assert retry[:2] == [("system", SYSTEM), ("user", "Familienname: Yılmaz")]
    assert retry[2] == ("assistant", '{"familienname": "Yıl')
    assert retry[3][0] == "user" and "kein gültiges JSON" in retry[3][1]
    # Both calls are paid for.
    assert result.completion_tokens >= len('{"familienname": "Yıl') // 4


async def test_malformed_twice_is_an_error(llm: ScriptedLLM, model: ChatOpenAI) -> None:
    llm.when("Weiß", "Ich kann das nicht lesen.")
    result = await ask_structured(model, SCHEMA, SYSTEM, "Familienname: Weiß")
    assert result.parsed is None
    assert result.attempts == 2
    assert result.error is not None and result.error.startswith("Ungültige Modellantwort")
    assert len(llm.requests) == 2


async def test_schema_violation_is_retried_with_the_validation_error(
    llm: ScriptedLLM, model: ChatOpenAI
) -> None:
    llm.when(
        "Fernández",
        answer(familienname="Fernández", wohnungsstatus="Hauptwohnung"),
        answer(familienname="Fernández", wohnungsstatus="haupt"),
    )
    result = await ask_structured(model, SCHEMA, SYSTEM, "Familienname: Fernández")
    assert result.attempts == 2
    assert result.parsed is not None and result.parsed["wohnungsstatus"] == "haupt"
    feedback = messages_of(llm.requests[1])[-1]
    assert feedback[0] == "user"
    assert "wohnungsstatus" in feedback[1]
    assert "'alleinige', 'haupt' or 'neben'" in feedback[1]


async def test_schema_violation_twice_keeps_the_reason(
    llm: ScriptedLLM, model: ChatOpenAI
) -> None:
    llm.when("Nowak", answer(familienname="Nowak", wohnungsstatus="hauptwohnung"))
    result = await ask_structured(model, SCHEMA, SYSTEM, "Familienname: Nowak")
    assert result.parsed is None and result.attempts == 2
    assert result.error is not None and "wohnungsstatus" in result.error


async def test_inbound_transform_restores_before_validation(
    llm: ScriptedLLM, model: ChatOpenAI
) -> None:
    llm.when("<PERSON_1>", answer(familienname="<PERSON_1>"))

    def restore(data: dict[str, Any]) -> dict[str, Any]:
        return {**data, "familienname": "Kowalski" if data["familienname"] == "<PERSON_1>" else
                data["familienname"]}

    result = await ask_structured(model, SCHEMA, SYSTEM, "Familienname: <PERSON_1>",
                                  inbound=restore)
    assert result.parsed is not None and result.parsed["familienname"] == "Kowalski"
    assert result.as_written is not None and result.as_written["familienname"] == "<PERSON_1>"
    # The relaxed schema has no patterns a placeholder could not meet.
    sent = json.dumps(llm.requests[0]["response_format"]["json_schema"]["schema"])
    assert '"pattern"' not in sent
