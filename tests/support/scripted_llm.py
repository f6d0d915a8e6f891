"""A scripted OpenAI-compatible chat endpoint: the one stand-in the fast suite allows.

It is a real HTTP server, so the real client path (langchain-openai → openai → httpx) runs.
Answers are scripted by the test: ``when("Kowalski", {...})`` answers every request whose
messages contain "Kowalski"; a list of answers is consumed one per request (e.g. a malformed
answer first, then a valid one). Unmatched requests get an all-null object built from the
requested JSON schema (the model "found nothing"). Every request body is recorded.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Answer = dict[str, Any] | str


@dataclass
class Fault:
    """An HTTP answer that is not a completion (a proxy's HTML page, 400, 429 …), given to the
    next ``times`` requests (None: until cleared) whose messages contain ``when`` (None: all)."""

    status: int
    body: str
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    times: int | None = None
    when: str | None = None
Matcher = str | Callable[[str], float]


def _score(matcher: Matcher, text: str) -> float:
    """How well a rule matches: a substring counts 1; a predicate returns its own score (e.g. how
    many of a case's strings occur), so the best-matching rule wins over one sharing a street."""
    if callable(matcher):
        return float(matcher(text))
    return 1.0 if matcher in text else 0.0


def null_object(schema: dict[str, Any], defs: dict[str, Any] | None = None) -> Any:
    defs = defs if defs is not None else schema.get("$defs", {})
    if "$ref" in schema:
        return null_object(defs[schema["$ref"].split("/")[-1]], defs)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            options = [s for s in schema[key] if s.get("type") != "null"]
            if any(s.get("type") == "null" for s in schema[key]):
                return None
            return null_object(options[0], defs)
    if schema.get("type") == "object" or "properties" in schema:
        return {k: null_object(v, defs) for k, v in schema.get("properties", {}).items()}
    return None


def unflatten(flat: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in flat.items():
        node = out
        *parents, leaf = key.split(".")
        for p in parents:
            node = node.setdefault(p, {})
        node[leaf] = value
    return out


def answer_with(schema: dict[str, Any], **flat: Any) -> dict[str, Any]:
    """A whole answer for the JSON ``schema``: null everywhere but the given (dot-path) keys; a
    section named in ``flat`` holds only the keys given for it."""
    base: dict[str, Any] = null_object(schema)
    base.update(unflatten(flat))
    return base


class ScriptedLLM:
    def __init__(self) -> None:
        self._rules: list[tuple[Matcher, list[Answer]]] = []
        self.requests: list[dict[str, Any]] = []
        self.delay_seconds = 0.0
        self.token_logprob: float | None = 0.0
        self.down = False
        self.fault: Fault | None = None
        self.faults_sent = 0
        # What a down endpoint says; a callable sees the request body (some gateways echo it).
        self.down_message: str | Callable[[dict[str, Any]], str] = "model loading"
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def start(self) -> ScriptedLLM:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def logprobs_for(self, content: str) -> dict[str, Any] | None:
        """Token log-probabilities like llama-server's (one token per character here), so the
        confidence path that uses them runs; ``None`` answers like an endpoint without them."""
        if self.token_logprob is None:
            return None
        return {"content": [{"token": ch, "logprob": self.token_logprob,
                             "bytes": list(ch.encode()), "top_logprobs": []} for ch in content]}

    def when(self, prompt_contains: Matcher, *answers: Answer) -> None:
        """``prompt_contains``: a substring of the messages, or a scoring function on their text
        (0 = no match). The highest score wins; among equals the rule registered last."""
        with self._lock:
            self._rules.insert(0, (prompt_contains, list(answers)))

    def reset(self) -> None:
        with self._lock:
            self._rules.clear()
            self.requests.clear()

    def _answer_for(self, body: dict[str, Any]) -> str:
        text = "\n".join(str(m.get("content", "")) for m in body.get("messages", []))
        with self._lock:
            self.requests.append(body)
            scored = [(_score(m, text), n, answers) for n, (m, answers) in enumerate(self._rules)]
            best = max(scored, key=lambda t: (t[0], -t[1]), default=None)
            if best is not None and best[0] > 0:
                answers = best[2]
                answer = answers.pop(0) if len(answers) > 1 else answers[0]
                return answer if isinstance(answer, str) else json.dumps(answer, ensure_ascii=False)
        schema = (body.get("response_format") or {}).get("json_schema", {}).get("schema", {})
        return json.dumps(null_object(schema) if schema else {})

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        llm = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _send(self, code: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                self._send(200, {"status": "ok", "data": [{"id": "scripted"}]})

            def _send_fault(self, body: dict[str, Any]) -> bool:
                text = "\n".join(str(m.get("content", "")) for m in body.get("messages", []))
                with llm._lock:
                    fault = llm.fault
                    if fault is None or (fault.when is not None and fault.when not in text):
                        return False
                    if fault.times is not None:
                        fault.times -= 1
                        if fault.times <= 0:
                            llm.fault = None
                    llm.faults_sent += 1
                data = fault.body.encode()
                self.send_response(fault.status)
                self.send_header("Content-Type", fault.content_type)
                self.send_header("Content-Length", str(len(data)))
                for name, value in fault.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)
                return True

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                if self._send_fault(body):
                    return
                if llm.down:
                    message = llm.down_message
                    text = message(body) if callable(message) else message
                    self._send(503, {"error": {"message": text}})
                    return
                time.sleep(llm.delay_seconds)
                content = llm._answer_for(body)
                prompt_chars = sum(len(str(m.get("content", ""))) for m in body["messages"])
                self._send(
                    200,
                    {
                        "id": "chatcmpl-scripted",
                        "object": "chat.completion",
                        "created": int(time.time()),
                        "model": body.get("model", "scripted"),
                        "choices": [
                            {
                                "index": 0,
                                "finish_reason": "stop",
                                "logprobs": llm.logprobs_for(content),
                                "message": {"role": "assistant", "content": content},
                            }
                        ],
                        "usage": {
                            "prompt_tokens": prompt_chars // 4,
                            "completion_tokens": len(content) // 4,
                            "total_tokens": prompt_chars // 4 + len(content) // 4,
                            "prompt_tokens_details": {"cached_tokens": 0},
                        },
                    },
                )

        return Handler
