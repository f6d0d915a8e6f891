"""A persistent LLM response cache (SQLite), so re-running an evaluation after a rule or report
change costs no model time.

The key covers everything that determines the answer: endpoint base URL, model, the full prompt
messages, the JSON schema (response format) and every decoding parameter. Anything else in the
request body counts as a decoding parameter too, so no setting can change silently under a hit.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any


def cache_key(*, base_url: str, model: str, messages: Any, schema: Any,
              params: Mapping[str, Any]) -> str:
    material = {"base_url": base_url.rstrip("/"), "model": model, "messages": messages,
                "schema": schema, "params": dict(params)}
    canonical = json.dumps(material, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def chat_request_key(base_url: str, body: Mapping[str, Any]) -> str:
    """Key of an OpenAI-compatible ``/chat/completions`` request body."""
    rest = dict(body)
    model = str(rest.pop("model", ""))
    messages = rest.pop("messages", None)
    schema = rest.pop("response_format", None)
    return cache_key(base_url=base_url, model=model, messages=messages, schema=schema,
                     params=rest)


@dataclass(frozen=True)
class CacheStats:
    entries: int
    hits: int
    misses: int
    stores: int

    @property
    def hit_rate(self) -> float | None:
        lookups = self.hits + self.misses
        return self.hits / lookups if lookups else None


class LlmCache:
    """Thread-safe; one connection guarded by a lock (lookups are sub-millisecond)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS llm_cache (key TEXT PRIMARY KEY, response TEXT NOT NULL,"
            " created REAL NOT NULL, hits INTEGER NOT NULL DEFAULT 0)")
        self._db.commit()
        self._hits = self._misses = self._stores = 0

    def get(self, key: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._db.execute("SELECT response FROM llm_cache WHERE key = ?",
                                   (key,)).fetchone()
            if row is None:
                self._misses += 1
                return None
            self._hits += 1
            self._db.execute("UPDATE llm_cache SET hits = hits + 1 WHERE key = ?", (key,))
            self._db.commit()
        response: dict[str, Any] = json.loads(row[0])
        return response

    def put(self, key: str, response: Mapping[str, Any]) -> None:
        text = json.dumps(response, ensure_ascii=False)
        with self._lock:
            self._db.execute(
                "INSERT INTO llm_cache (key, response, created) VALUES (?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET response = excluded.response, "
                "created = excluded.created", (key, text, time.time()))
            self._db.commit()
            self._stores += 1

    def stats(self) -> CacheStats:
        """Entries in the file; hits, misses and stores of this process."""
        with self._lock:
            (entries,) = self._db.execute("SELECT COUNT(*) FROM llm_cache").fetchone()
            return CacheStats(entries=entries, hits=self._hits, misses=self._misses,
                              stores=self._stores)

    def close(self) -> None:
        with self._lock:
            self._db.close()
