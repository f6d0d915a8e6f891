"""Payload encryption for Temporal (AES-256-GCM).

Every payload leaving the process is encrypted, so neither Temporal's database nor its Web UI
shows citizens' data. The key id travels in the payload metadata; decryption picks the key by id,
so keys can be rotated: put the new key first (it encrypts), keep the old ones (they decrypt
histories written before).

An unencrypted payload is refused: it came from a client without the key (anyone who reaches
Temporal's port), never from antragswerk. Decoding does not raise for it — that would fail the
whole workflow activation, and a single forged Update could then block or fail a real case —
but hands on a payload of an encoding no converter knows (``REFUSED``): the SDK then rejects just
that Update, drops that signal, and fails a workflow started with such input, with a message
that says why. Temporal's own payloads (search attributes, the SDK's built-in queries) do not
pass through the codec. The codec server for the Web UI shows plaintext as it is
(``refuse_plaintext=False``): displaying it grants nothing.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from temporalio.api.common.v1 import Payload
from temporalio.converter import PayloadCodec

ENCODING = b"binary/encrypted-aes256gcm"
REFUSED = b"binary/refused-unencrypted"
_NONCE = 12


@dataclass(frozen=True)
class CodecKey:
    key_id: str
    secret: bytes

    def __post_init__(self) -> None:
        if len(self.secret) != 32:
            raise ValueError(f"codec key {self.key_id!r} must be 32 bytes (AES-256)")


def parse_keys(spec: str) -> list[CodecKey]:
    """``"k2:base64,k1:base64"`` → keys; the first one encrypts."""
    keys = []
    for part in filter(None, (p.strip() for p in spec.split(","))):
        key_id, _, b64 = part.partition(":")
        if not b64:
            raise ValueError("codec keys look like 'id:base64key,id2:base64key'")
        keys.append(CodecKey(key_id, base64.b64decode(b64)))
    return keys


def format_keys(keys: Iterable[CodecKey]) -> str:
    return ",".join(f"{k.key_id}:{base64.b64encode(k.secret).decode()}" for k in keys)


def load_or_create_keys(spec: str, key_file: Path) -> list[CodecKey]:
    """Configured keys win; else a key generated once into the state dir (mode 0600)."""
    if spec:
        return parse_keys(spec)
    if key_file.exists():
        return parse_keys(key_file.read_text().strip())
    key_file.parent.mkdir(parents=True, exist_ok=True)
    keys = [CodecKey("k1", AESGCM.generate_key(bit_length=256))]
    fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(format_keys(keys))
    return keys


class EncryptionCodec(PayloadCodec):
    def __init__(self, keys: Sequence[CodecKey], *, refuse_plaintext: bool = True) -> None:
        if not keys:
            raise ValueError("at least one codec key is needed")
        self._refuse_plaintext = refuse_plaintext
        self._encrypt_with = keys[0]
        self._by_id = {k.key_id: AESGCM(k.secret) for k in keys}

    async def encode(self, payloads: Sequence[Payload]) -> list[Payload]:
        aes = self._by_id[self._encrypt_with.key_id]
        out = []
        for p in payloads:
            nonce = os.urandom(_NONCE)
            sealed = aes.encrypt(nonce, p.SerializeToString(), None)
            out.append(
                Payload(
                    metadata={
                        "encoding": ENCODING,
                        "encryption-key-id": self._encrypt_with.key_id.encode(),
                    },
                    data=nonce + sealed,
                )
            )
        return out

    async def decode(self, payloads: Sequence[Payload]) -> list[Payload]:
        out = []
        for p in payloads:
            if p.metadata.get("encoding") != ENCODING:
                out.append(refused(p) if self._refuse_plaintext else p)
                continue
            key_id = p.metadata.get("encryption-key-id", b"").decode()
            aes = self._by_id.get(key_id)
            if aes is None:
                raise ValueError(f"payload encrypted with unknown key id {key_id!r}")
            inner = Payload()
            inner.ParseFromString(aes.decrypt(p.data[:_NONCE], p.data[_NONCE:], None))
            out.append(inner)
        return out


def refused(payload: Payload) -> Payload:
    """What an unencrypted payload decodes to: nothing of its content, an unknown encoding."""
    del payload
    return Payload(metadata={"encoding": REFUSED}, data=b"")
