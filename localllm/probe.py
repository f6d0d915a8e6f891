"""``python -m localllm.probe``: start the cached server and show what structured requests return.

Prints, for a LangChain structured-output call and for plain ``openai`` calls with logprobs:
prompt tokens, prompt tokens served from the KV cache, generated tokens, wall time, and what
the cache and logprob fields look like in the raw JSON — then repeats a request with the same
prefix to show prefix caching. Needs ``antragswerk llm setup`` to have run (it does not build).
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from typing import Any

from langchain_openai import ChatOpenAI
from openai import OpenAI
from openai.types.chat import ChatCompletionMessageParam
from openai.types.shared_params import ResponseFormatJSONSchema
from pydantic import BaseModel, Field

from config.settings import Settings, get_settings
from localllm.llama_binary import cached_llama_server
from localllm.model_fetch import cached_model
from localllm.server import LlamaServer

# Synthetic person; long enough instructions that the shared prefix is worth caching.
SYSTEM = (
    "Du extrahierst Felder aus Anträgen einer deutschen Stadtverwaltung. Antworte nur mit JSON "
    "nach dem Schema. Regeln: Namen genau wie geschrieben übernehmen; Datumsangaben im Format "
    "JJJJ-MM-TT; fehlende Angaben als leere Zeichenkette; keine Werte erfinden; Postleitzahlen "
    "fünfstellig; Straßennamen mit Hausnummer; Anreden und Titel nicht in den Vornamen. "
) * 4
DOCUMENTS = (
    "Anmeldung einer Wohnung. Familienname: Beispielmann, Vorname: Jonas, geboren am "
    "03.04.1985, neue Wohnung: Kortumstraße 12, 44787 Bochum.",
    "Anmeldung einer Wohnung. Familienname: Musterfrau, Vorname: Lea, geboren am "
    "21.11.1992, neue Wohnung: Hattinger Straße 5, 44789 Bochum.",
)


class Person(BaseModel):
    familienname: str
    vorname: str
    geburtsdatum: str = Field(description="JJJJ-MM-TT")
    postleitzahl: str


def _messages(document: str) -> list[ChatCompletionMessageParam]:
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": document}]


def _print(title: str, data: Any) -> None:
    print(f"--- {title}")
    print(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def _print_logprobs(tokens: list[dict[str, Any]], shown: int = 6) -> None:
    keys = sorted(tokens[0]) if tokens else []
    print(f"logprobs: {len(tokens)} tokens; keys of one entry: {keys}")
    for entry in tokens[:shown]:
        alternatives = ", ".join(f"{alt['token']!r} {alt['logprob']:.3f}"
                                 for alt in entry.get("top_logprobs", []))
        print(f"  {entry['token']!r:>12} {entry['logprob']:8.3f}   top: {alternatives}")
    print("  tokens joined:", repr("".join(entry["token"] for entry in tokens)[:80]))


def probe_langchain(settings: Settings, base_url: str) -> None:
    llm = ChatOpenAI(base_url=base_url, api_key=settings.llm_api_key,
                     model=settings.llm_model, temperature=0, max_tokens=120,
                     logprobs=True, top_logprobs=3)
    structured = llm.with_structured_output(Person, method="json_schema", include_raw=True)
    started = time.monotonic()
    result: Any = structured.invoke([("system", SYSTEM), ("user", DOCUMENTS[0])])
    seconds = time.monotonic() - started
    raw = result["raw"]
    print(f"\n=== LangChain with_structured_output(json_schema, include_raw=True): {seconds:.1f} s")
    _print("result['parsed']", result["parsed"].model_dump() if result["parsed"] else None)
    _print("result['raw'].usage_metadata", raw.usage_metadata)
    metadata = dict(raw.response_metadata)
    logprobs = metadata.pop("logprobs", None)
    _print("result['raw'].response_metadata (without logprobs)", metadata)
    print("response_metadata['logprobs'] present:", logprobs is not None)
    if logprobs:
        _print_logprobs(logprobs.get("content") or [])


def probe_openai(client: OpenAI, settings: Settings, document: str, label: str) -> None:
    response_format = ResponseFormatJSONSchema(type="json_schema", json_schema={
        "name": "Person", "schema": Person.model_json_schema(), "strict": True})
    started = time.monotonic()
    response = client.chat.completions.with_raw_response.create(
        model=settings.llm_model, messages=_messages(document),
        temperature=0, max_tokens=120, logprobs=True, top_logprobs=3,
        response_format=response_format,
    )
    seconds = time.monotonic() - started
    body = json.loads(response.text)
    choice = body["choices"][0]
    usage, timings = body.get("usage") or {}, body.get("timings") or {}
    cached = (usage.get("prompt_tokens_details") or {}).get("cached_tokens")
    print(f"\n=== openai chat.completions, {label}: {seconds:.1f} s")
    print(f"prompt_tokens={usage.get('prompt_tokens')} cached_tokens={cached} "
          f"completion_tokens={usage.get('completion_tokens')} | timings: "
          f"cache_n={timings.get('cache_n')} prompt_n={timings.get('prompt_n')} "
          f"predicted_n={timings.get('predicted_n')} "
          f"prompt/s={timings.get('prompt_per_second', 0):.1f} "
          f"gen/s={timings.get('predicted_per_second', 0):.1f}")
    print("top-level keys:", sorted(body))
    _print("usage", usage)
    _print("timings", timings)
    print("message.content:", repr(choice["message"]["content"]))
    _print_logprobs((choice.get("logprobs") or {}).get("content") or [])


async def _run(settings: Settings) -> int:
    binary, model = cached_llama_server(settings), cached_model(settings)
    if binary is None or model is None:
        print("llama-server or the model is not in the cache: run `antragswerk llm setup`.")
        return 1
    server = LlamaServer(settings, binary=binary, model=model)
    started = time.monotonic()
    await server.start()
    print(f"server healthy after {time.monotonic() - started:.1f} s at {server.base_url}")
    try:
        client = OpenAI(base_url=server.base_url, api_key=settings.llm_api_key)
        await asyncio.to_thread(probe_langchain, settings, server.base_url)
        await asyncio.to_thread(probe_openai, client, settings, DOCUMENTS[0],
                                "identical prompt again")
        await asyncio.to_thread(probe_openai, client, settings, DOCUMENTS[1],
                                "same instructions, other document")
    finally:
        await server.stop()
    return 0


def main() -> int:
    return asyncio.run(_run(get_settings()))


if __name__ == "__main__":
    sys.exit(main())
