"""The llama-server command line: sizing, prompt caching and the privacy-relevant switches.

Sizing: ``settings.llm_context_size`` is the context of ONE slot (one concurrent request).
llama-server's ``--ctx-size`` is the total KV cache, split evenly between the ``--parallel``
slots (we pass ``--no-kv-unified`` so the split is fixed), hence ``ctx = slots * per_slot``.

Prompt caching: every slot keeps its KV cache after a request (``--cache-prompt``, default on);
a new request goes to the slot whose cached prompt shares the longest prefix when at least
``--slot-prompt-similarity`` of it matches, and only the differing tail is evaluated.
``--cache-reuse`` additionally reuses matching chunks after the first difference by shifting
them in the KV cache. ``--cache-ram`` keeps prompts of idle slots in host RAM for later reuse.

Privacy: the slots keep the last prompts (citizens' data) in memory. ``/slots`` would show them
to anyone who can reach the port, and CORS ``*`` (the default) would let any web page opened on
this machine read the API; both are closed, and the API requires ``settings.llm_api_key``
(passed in the environment, not on the command line, so ``ps`` does not show it).
"""

from __future__ import annotations

import os
from pathlib import Path

from config.settings import Settings

CACHE_REUSE_MIN_CHUNK = 256
SLOT_PROMPT_SIMILARITY = 0.10
HOST_PROMPT_CACHE_MIB = 1024


def threads_for_machine() -> int:
    """One CPU less than this process may use, at least one.

    llama.cpp's threads wait for each other after every step; when another process (OCR, the
    worker, Presidio) takes one of them off its core, the rest spin and generation collapses.
    Measured on 2 busy cores (load ~5): 1 thread generated 15-18 tok/s, 2 threads 1.4-11 tok/s.
    """
    return max(1, len(os.sched_getaffinity(0)) - 1)


def total_context(settings: Settings) -> int:
    return settings.llm_parallel_slots * settings.llm_context_size


def llama_server_args(
    settings: Settings, binary: Path, model: Path, port: int, threads: int | None = None
) -> list[str]:
    n_threads = str(threads or threads_for_machine())
    return [
        str(binary),
        "--model", str(model),
        "--alias", settings.llm_model,
        "--host", "127.0.0.1",
        "--port", str(port),
        "--parallel", str(settings.llm_parallel_slots),
        "--ctx-size", str(total_context(settings)),
        "--no-kv-unified",
        "--threads", n_threads,
        "--threads-batch", n_threads,
        "--cache-prompt",
        "--cache-reuse", str(CACHE_REUSE_MIN_CHUNK),
        "--slot-prompt-similarity", str(SLOT_PROMPT_SIMILARITY),
        "--cache-ram", str(HOST_PROMPT_CACHE_MIB),
        "--jinja",
        "--metrics",
        # Citizens' data stays on this machine: no browser UI, no prompt monitoring endpoint,
        # no cross-origin access from web pages, no model downloads.
        "--no-webui",
        "--no-slots",
        "--cors-origins", "localhost",
        "--offline",
        "--log-colors", "off",
    ]


def llama_server_env(settings: Settings) -> dict[str, str]:
    return {"LLAMA_API_KEY": settings.llm_api_key} if settings.llm_api_key else {}
