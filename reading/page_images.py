"""Rendered page images for the review UI, stored beside the case."""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image

from storage.document_store import FileDocumentStore


@dataclass
class PageImageSink:
    """Writes ``{prefix}/page-{n}.png``; the image must show exactly the area the boxes refer to."""

    store: FileDocumentStore
    prefix: str
    offset: int = 0  # pages before this part (e-mail attachments continue the numbering)

    def shifted(self, offset: int) -> PageImageSink:
        return PageImageSink(self.store, self.prefix, self.offset + offset)

    def put(self, page: int, image: Image.Image) -> str:
        key = f"{self.prefix.rstrip('/')}/page-{page + self.offset}.png"
        buf = io.BytesIO()
        image.save(buf, format="PNG", compress_level=3)
        self.store.put(key, buf.getvalue())
        return key


def downscale(image: Image.Image, source_dpi: float, target_dpi: int) -> Image.Image:
    if source_dpi <= target_dpi:
        return image
    scale = target_dpi / source_dpi
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, Image.Resampling.BILINEAR)
