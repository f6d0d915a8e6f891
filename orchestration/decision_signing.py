"""Signed clerk decisions: only the review UI and the CLI, which hold the signing key, can decide.

Anyone who reaches Temporal's frontend port can send an Update. The payload codec keeps out
clients without the codec key; this signature keeps out everyone without the decision key,
which only the UI/CLI processes and the workers have. The HMAC covers the case id, the clerk,
the action, the time of signing and a digest of corrections and reason, so a signed decision
cannot be replayed on another case, for another clerk or with other values; the workflow's
validator accepts it only within a freshness window.

The worker installs the check once at start (``install_check``); the workflow reaches it through
a passed-through import, so the key never enters a workflow history.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from config.settings import Settings
from domain.case import ClerkDecision

KEY_BYTES = 32
# Clocks of UI and worker machines differ a little; a signature from the future beyond this is
# refused like a stale one.
CLOCK_SKEW = timedelta(seconds=30)


class DecisionSigner:
    def __init__(self, key: bytes) -> None:
        if len(key) < KEY_BYTES:
            raise ValueError(f"the decision signing key needs at least {KEY_BYTES} bytes")
        self._key = key

    def sign(
        self, case_id: str, decision: ClerkDecision, at: datetime | None = None
    ) -> ClerkDecision:
        signed_at = at or datetime.now(UTC)
        return decision.model_copy(
            update={"signed_at": signed_at, "signature": self._mac(case_id, decision, signed_at)}
        )

    def problem(
        self, case_id: str, decision: ClerkDecision, now: datetime, max_age: timedelta
    ) -> str | None:
        """Why the decision is not accepted (German, for the clerk), or None when it is."""
        if not decision.signature or decision.signed_at is None:
            return "Die Entscheidung ist nicht von der Prüfoberfläche signiert."
        expected = self._mac(case_id, decision, decision.signed_at)
        if not hmac.compare_digest(expected, decision.signature):
            return "Die Signatur der Entscheidung ist ungültig."
        age = now - decision.signed_at
        if age > max_age or age < -CLOCK_SKEW:
            return "Die Entscheidung ist abgelaufen; bitte erneut absenden."
        return None

    def _mac(self, case_id: str, decision: ClerkDecision, signed_at: datetime) -> str:
        content = json.dumps(
            [decision.model_dump(mode="json", include={"corrections", "reason"})],
            sort_keys=True,
            ensure_ascii=False,
        )
        message = json.dumps(
            [
                case_id,
                decision.clerk_id,
                decision.action,
                signed_at.astimezone(UTC).isoformat(),
                hashlib.sha256(content.encode()).hexdigest(),
            ]
        )
        return hmac.new(self._key, message.encode(), hashlib.sha256).hexdigest()


def load_or_create_key(spec: str, key_file: Path) -> bytes:
    """The configured key (base64) wins; else one generated once into the state dir (0600)."""
    if spec:
        return base64.b64decode(spec)
    if key_file.exists():
        return base64.b64decode(key_file.read_text().strip())
    key_file.parent.mkdir(parents=True, exist_ok=True)
    # Written aside, then linked into place: the UI and a worker starting together never read a
    # half-written key, and the first one to link wins for both.
    tmp = key_file.with_name(f".{key_file.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(base64.b64encode(os.urandom(KEY_BYTES)).decode())
        f.flush()
        os.fsync(f.fileno())
    try:
        os.link(tmp, key_file)
    except FileExistsError:
        pass
    finally:
        tmp.unlink()
    return base64.b64decode(key_file.read_text().strip())


@lru_cache(maxsize=8)
def _signer(spec: str, key_file: Path) -> DecisionSigner:
    return DecisionSigner(load_or_create_key(spec, key_file))


def signer_for(settings: Settings) -> DecisionSigner:
    return _signer(settings.decision_key, settings.state_dir / "decision.key")


@dataclass(frozen=True)
class DecisionCheck:
    signer: DecisionSigner
    max_age: timedelta

    @staticmethod
    def from_settings(settings: Settings) -> DecisionCheck:
        return DecisionCheck(
            signer_for(settings), timedelta(seconds=settings.decision_max_age_seconds)
        )

    def problem(self, case_id: str, decision: ClerkDecision, now: datetime) -> str | None:
        return self.signer.problem(case_id, decision, now, self.max_age)


_installed: DecisionCheck | None = None


def install_check(check: DecisionCheck) -> None:
    """Called by the worker before it polls; one key per worker process."""
    global _installed
    _installed = check


def problem_with(case_id: str, decision: ClerkDecision, now: datetime) -> str | None:
    """For the workflow's validator. A worker that installed no check accepts no decision."""
    if _installed is None:
        return "Dieser Worker prüft keine Entscheidungen (kein Signaturschlüssel)."
    return _installed.problem(case_id, decision, now)
