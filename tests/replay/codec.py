"""The fixed payload key of the saved replay histories.

Histories are recorded through the real encryption codec; a constant test key keeps them
decodable in CI. It protects nothing (the histories hold only synthetic data) and must never be
used outside tests.
"""

from __future__ import annotations

import base64

from temporalio.converter import DataConverter

from config.settings import Settings
from orchestration.client import data_converter

TEST_CODEC_KEYS = "replay-test:" + base64.b64encode(b"antragswerk-replay-test-key-0001").decode()


def replay_converter() -> DataConverter:
    return data_converter(Settings(codec_keys=TEST_CODEC_KEYS))
