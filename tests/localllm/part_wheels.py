"""Tiny but real part wheels, in the same layout as the model's PyPI parts, for pip to serve."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

from localllm.artifacts import ModelSpec

VERSION = "0.1.0"


def write_part_wheel(directory: Path, prefix: str, n: int, payload: bytes) -> Path:
    module = f"{prefix}_part{n}"
    dist_info = f"{module}-{VERSION}.dist-info"
    wheel = directory / f"{module}-{VERSION}-py3-none-any.whl"
    files = {
        f"{module}/__init__.py": b"",
        f"{module}/data/part{n:02d}.bin": payload,
        f"{dist_info}/METADATA": (
            f"Metadata-Version: 2.1\nName: {prefix}-part{n}\nVersion: {VERSION}\n"
        ).encode(),
        f"{dist_info}/WHEEL": b"Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\n"
                              b"Tag: py3-none-any\n",
        f"{dist_info}/top_level.txt": f"{module}\n".encode(),
    }
    record = "".join(f"{name},,\n" for name in files) + f"{dist_info}/RECORD,,\n"
    with zipfile.ZipFile(wheel, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
        zf.writestr(f"{dist_info}/RECORD", record)
    return wheel


def write_model_parts(directory: Path, prefix: str, payloads: list[bytes]) -> ModelSpec:
    """Writes one wheel per payload; returns the spec of the file they form together."""
    directory.mkdir(parents=True, exist_ok=True)
    for n, payload in enumerate(payloads, start=1):
        write_part_wheel(directory, prefix, n, payload)
    whole = b"".join(payloads)
    return ModelSpec(package_template=f"{prefix}-part{{n}}", version=VERSION,
                     parts=len(payloads), sha256=hashlib.sha256(whole).hexdigest(),
                     size=len(whole))
