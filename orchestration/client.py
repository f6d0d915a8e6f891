"""Connecting to Temporal the SDK's way (``temporalio.envconfig``), with our data converter."""

from __future__ import annotations

import dataclasses
import os

from temporalio.client import Client
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.converter import DataConverter, DefaultFailureConverterWithEncodedAttributes
from temporalio.envconfig import ClientConfigProfile
from temporalio.runtime import Runtime

from config.settings import Settings, get_settings
from orchestration.codec import EncryptionCodec, load_or_create_keys
from orchestration.refused_payloads import AntragswerkPayloadConverter


def data_converter(settings: Settings) -> DataConverter:
    keys = load_or_create_keys(settings.codec_keys, settings.state_dir / "codec.keys")
    # Failure messages and stack traces are encrypted too: an exception may quote a value.
    return dataclasses.replace(
        pydantic_data_converter,
        payload_converter_class=AntragswerkPayloadConverter,
        payload_codec=EncryptionCodec(keys),
        failure_converter_class=DefaultFailureConverterWithEncodedAttributes,
    )


def temporal_address(settings: Settings) -> str:
    """TEMPORAL_ADDRESS (or a profile) wins; else the embedded dev server of the stack."""
    return os.environ.get("TEMPORAL_ADDRESS") or f"127.0.0.1:{settings.temporal_port}"


async def connect_client(settings: Settings | None = None, *,
                         runtime: Runtime | None = None) -> Client:
    """``runtime``: a worker's metrics runtime (orchestration.metrics_runtime); None = default."""
    settings = settings or get_settings()
    connect = ClientConfigProfile.load().to_client_connect_config()
    connect.setdefault("target_host", temporal_address(settings))
    connect.setdefault("namespace", "default")
    return await Client.connect(**connect, data_converter=data_converter(settings),
                                runtime=runtime)
