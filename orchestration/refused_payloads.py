"""What a refused (unencrypted) payload converts to: a non-retryable error that says why.

``EncryptionCodec`` decodes an unencrypted payload to the ``REFUSED`` encoding. This converter is
the only one that knows it, and it raises an ``ApplicationError`` — a Temporal failure, so the SDK
neither wraps it nor retries the workflow task: a forged Update is rejected with this message,
a workflow started with forged input fails at once instead of retrying its first task forever.
"""

from __future__ import annotations

from typing import Any

from temporalio.api.common.v1 import Payload
from temporalio.contrib.pydantic import PydanticPayloadConverter
from temporalio.converter import EncodingPayloadConverter
from temporalio.exceptions import ApplicationError

from orchestration.codec import REFUSED

UNENCRYPTED_PAYLOAD = "UnencryptedPayload"


class RefusedPayloadConverter(EncodingPayloadConverter):
    @property
    def encoding(self) -> str:
        return REFUSED.decode()

    def to_payload(self, value: Any) -> Payload | None:
        return None  # never chosen for encoding

    def from_payload(self, payload: Payload, type_hint: type | None = None) -> Any:
        raise ApplicationError(
            "Unverschlüsselte Nutzlast abgelehnt: nur antragswerk-Prozesse mit dem "
            "Codec-Schlüssel dürfen Fälle starten oder entscheiden.",
            type=UNENCRYPTED_PAYLOAD,
            non_retryable=True,
        )


class AntragswerkPayloadConverter(PydanticPayloadConverter):
    """Pydantic JSON as before, plus the converter that refuses unencrypted payloads."""

    def __init__(self) -> None:
        super().__init__()
        self._set_converters(*self.converters.values(), RefusedPayloadConverter())
