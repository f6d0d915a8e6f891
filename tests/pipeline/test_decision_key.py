"""The decision signing key: generated once, private, the same for every process of a stack."""

from __future__ import annotations

import base64
import stat
from pathlib import Path

from orchestration.decision_signing import KEY_BYTES, load_or_create_key


def test_key_is_generated_once_private_and_shared(tmp_path: Path) -> None:
    key_file = tmp_path / "state" / "decision.key"
    first = load_or_create_key("", key_file)
    assert len(first) == KEY_BYTES
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert load_or_create_key("", key_file) == first
    assert [p.name for p in key_file.parent.iterdir()] == ["decision.key"]


def test_configured_key_wins(tmp_path: Path) -> None:
    configured = base64.b64encode(b"k" * KEY_BYTES).decode()
    assert load_or_create_key(configured, tmp_path / "decision.key") == b"k" * KEY_BYTES
    assert not (tmp_path / "decision.key").exists()
