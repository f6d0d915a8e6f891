"""Scanner and phone-camera look: render a PDF to pixels, then tilt, blur, shade and add noise."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas


@dataclass(frozen=True)
class ScanLook:
    dpi: int
    angle: float
    blur: float
    noise: float
    shade: float  # strength of the uneven lighting, 0..1
    quality: int
    colour: bool

    @staticmethod
    def draw(rng: random.Random, dpi_range: tuple[int, int] = (150, 200)) -> ScanLook:
        return ScanLook(
            dpi=rng.randint(*dpi_range), angle=rng.uniform(0.3, 1.5) * rng.choice((-1, 1)),
            blur=rng.uniform(0.3, 0.8), noise=rng.uniform(2.5, 6.0),
            shade=rng.uniform(0.04, 0.16), quality=rng.randint(60, 80),
            colour=rng.random() < 0.2)


def _pages(pdf_bytes: bytes, dpi: int) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        return [page.render(scale=dpi / 72).to_pil().convert("RGB") for page in pdf]
    finally:
        pdf.close()


def _stack(images: list[Image.Image]) -> Image.Image:
    """Several pages photographed as one long strip (a phone photo of a folded letter)."""
    if len(images) == 1:
        return images[0]
    sheet = Image.new("RGB", (max(i.width for i in images), sum(i.height for i in images)),
                      "white")
    top = 0
    for image in images:
        sheet.paste(image, (0, top))
        top += image.height
    return sheet


def degrade(image: Image.Image, look: ScanLook, seed: int) -> Image.Image:
    paper = (236, 232, 220) if look.colour else (245, 245, 245)
    tilted = image.rotate(look.angle, resample=Image.Resampling.BICUBIC, expand=True,
                          fillcolor=paper)
    blurred = tilted.filter(ImageFilter.GaussianBlur(look.blur))
    pixels = np.asarray(blurred if look.colour else blurred.convert("L"), dtype=np.float32)
    noise_rng = np.random.default_rng(seed)
    height, width = pixels.shape[:2]
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    direction = noise_rng.uniform(0, 2 * np.pi)
    ramp = (xs / width) * np.cos(direction) + (ys / height) * np.sin(direction)
    light = 1.0 - look.shade * (ramp - ramp.min()) / max(float(np.ptp(ramp)), 1e-6)
    if pixels.ndim == 3:
        light = light[..., None]
    shaded = pixels * light + noise_rng.normal(0, look.noise, pixels.shape)
    return Image.fromarray(np.clip(shaded, 0, 255).astype(np.uint8))


def scanned_jpeg(pdf_bytes: bytes, look: ScanLook, seed: int) -> bytes:
    image = degrade(_stack(_pages(pdf_bytes, look.dpi)), look, seed)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=look.quality, dpi=(look.dpi, look.dpi))
    return out.getvalue()


def image_only_pdf(pdf_bytes: bytes, look: ScanLook, seed: int) -> bytes:
    """Every page replaced by its degraded scan: a PDF without any text layer."""
    out = io.BytesIO()
    canvas = Canvas(out, invariant=True)
    for index, page in enumerate(_pages(pdf_bytes, look.dpi)):
        image = degrade(page, look, seed + index)
        jpeg = io.BytesIO()
        image.save(jpeg, "JPEG", quality=look.quality)
        width, height = image.width * 72 / look.dpi, image.height * 72 / look.dpi
        canvas.setPageSize((width, height))
        canvas.drawImage(ImageReader(io.BytesIO(jpeg.getvalue())), 0, 0, width, height)
        canvas.showPage()
    canvas.save()
    return out.getvalue()
