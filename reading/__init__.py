"""Document reading: bytes of one submitted document -> ``domain.documents.DocumentReading``.

Text layers and AcroForm values of PDFs, OCR (tesseract) for scans and photos, plain text and
e-mails; every word carries a box normalised to its page (0..1, origin top-left).
"""

from reading.limits import ReadLimits
from reading.reader import read_document
from reading.sniff import sniff_media_type

__all__ = ["ReadLimits", "read_document", "sniff_media_type"]
