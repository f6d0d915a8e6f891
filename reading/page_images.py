"""Rendered page images for the review UI, stored beside the case."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from PIL import Image

from storage.document_store import FileDocumentStore


@dataclass
class PageImageSink:
    """Writes ``{prefix}/page-{n}.png``; the image must show exactly the area the boxes refer to."""

    store: FileDocumentStore | None
    """None: images are only kept (``keep``), not stored."""
    prefix: str
    offset: int = 0  # pages before this part (e-mail attachments continue the numbering)
    keep_rasters: int = 0
    """Keep the first this many pages' full images in memory (a registered form's boxes are
    read from them after the page's words); 0 keeps none."""
    rasters: dict[int, Image.Image] = field(default_factory=dict)

    def shifted(self, offset: int) -> PageImageSink:
        return PageImageSink(self.store, self.prefix, self.offset + offset, self.keep_rasters,
                             self.rasters)

    def keep(self, page: int, image: Image.Image) -> None:
        """The page as its word boxes refer to it, at the resolution it was read."""
        number = page + self.offset
        if number <= self.keep_rasters:
            self.rasters[number] = image

    def put(self, page: int, image: Image.Image) -> str | None:
        if self.store is None:
            return None
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
