"""Settings from the environment (prefix ``ANTRAGSWERK_``) or ``antragswerk.env``.

Temporal client settings deliberately do *not* live here: they follow the SDK's own
convention (``temporalio.envconfig``: ``TEMPORAL_ADDRESS``, ``TEMPORAL_NAMESPACE``, TLS, API key,
profiles), so an operator points antragswerk at an existing cluster exactly as any Temporal tool.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

LlmPrivacy = Literal["local", "pseudonymize"]


def _default_state_dir() -> Path:
    return Path(os.environ.get("XDG_STATE_HOME", Path.home() / ".local" / "state")) / "antragswerk"


def _default_cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "antragswerk"


class Settings(BaseSettings):
    """Every knob of the worker, the stack and the review UI, with embedded defaults."""

    model_config = SettingsConfigDict(
        env_prefix="ANTRAGSWERK_", env_file="antragswerk.env", extra="ignore"
    )

    state_dir: Path = Field(
        default_factory=_default_state_dir,
        description="Databases, document store, Temporal SQLite file, logs.",
    )
    cache_dir: Path = Field(
        default_factory=_default_cache_dir,
        description="Built llama-server and the model file (shared by checkouts).",
    )

    task_queue: str = Field(
        "antragswerk",
        description="Main task queue; OCR and LLM activities "
        "run on '<task_queue>-ocr' and '<task_queue>-llm'.",
    )

    # Embedded Temporal dev server (used only when TEMPORAL_ADDRESS is not set).
    temporal_port: int = 7233
    temporal_ui_port: int = 8233

    # LLM: empty base URL means "start the embedded llama-server".
    llm_base_url: str = ""
    llm_model: str = "qwen2.5-coder-1.5b-instruct-q4_k_m"
    llm_api_key: str = "local"
    llm_privacy: LlmPrivacy = "local"
    llm_max_concurrency: int = 2
    confirm_reading: bool = Field(
        True, description="Ask the model a second time, field by field over the value's own "
        "lines, before a case may go through on its own (extractors/confirming_reading.py)")
    llm_max_tokens: int = 700
    llm_timeout_seconds: float = 180.0
    llm_port: int = 8081
    llm_parallel_slots: int = 2
    llm_context_size: int = Field(8192, description="Context tokens per llama-server slot")
    llm_threads: int = Field(0, description="llama-server threads; 0 = cores minus one")

    metrics_port: int = Field(
        0, description="Prometheus metrics of worker processes (SDK runtime + cases, stages, "
        "model tokens) on http://<metrics_host>:<port>/metrics; 0 = off")
    metrics_host: str = Field("127.0.0.1", description="Address the metrics endpoint binds to")

    document_store_dir: Path | None = Field(None, description="Default: <state_dir>/store")
    database_url: str = Field("", description="SQLAlchemy URL. Default: SQLite in the state dir.")

    ui_host: str = "127.0.0.1"
    ui_port: int = 8000
    ui_trusted_proxies: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Addresses of the reverse proxies whose X-Forwarded-For/-Proto headers are "
        "believed (comma list, e.g. '10.0.0.5,10.0.0.6'). Empty: no forwarded header is trusted, "
        "the client address is the TCP peer.",
    )
    ui_secure_cookie: bool | None = Field(
        None,
        description="Session cookie only over HTTPS. Default: on, unless the UI is bound to a "
        "loopback address (local demo without TLS).",
    )
    ui_session_idle_minutes: int = Field(30, description="Idle time after which a session ends")
    ui_session_absolute_hours: int = Field(9, description="A session ends this long after login")
    ui_login_failures_per_account: int = Field(
        5, description="Failed logins for one account (from any address) before it is locked")
    ui_login_failures_per_address: int = Field(
        20, description="Failed logins from one address (any account) before it is locked")
    ui_login_lock_minutes: int = Field(15, description="How long failures count (the lock time)")

    codec_keys: str = Field(
        "",
        description="Payload encryption keys 'id:base64key,id2:base64key'; first one encrypts. "
        "Default: a key generated once into <state_dir>/codec.keys.",
    )

    decision_key: str = Field(
        "",
        description="Base64 HMAC key (32+ bytes) with which the review UI and the CLI sign clerk "
        "decisions and the workers check them. Default: a key generated once into "
        "<state_dir>/decision.key; set the same key for UI and workers on separate machines.",
    )
    decision_max_age_seconds: int = Field(
        300, description="A signed decision older than this is refused by the workflow."
    )

    max_pages_per_document: int = 40
    max_document_bytes: int = 50 * 1024 * 1024
    max_image_pixels: int = 60_000_000

    @field_validator("ui_trusted_proxies", mode="before")
    @classmethod
    def _comma_list(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @property
    def store_dir(self) -> Path:
        return self.document_store_dir or self.state_dir / "store"

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{self.state_dir / 'antragswerk.db'}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings; tests call ``get_settings.cache_clear()`` after changing env."""
    return Settings()
