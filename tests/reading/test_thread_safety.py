"""PDFium is not thread-safe: the worker reads documents in parallel threads.

Before the lock in reading/pdf_reader.py this crashed the whole process (segmentation fault)
in CI; a crash here fails the test run.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from reading import read_document
from tests.reading.builders import acroform_pdf, ref, text_pdf


def test_parallel_pdf_reads_do_not_crash() -> None:
    documents = [text_pdf(pages=3), acroform_pdf(), text_pdf(pages=2, rotate=90)] * 30

    def read(data: bytes) -> int:
        return len(read_document(data, ref(data, "a.pdf")).pages)

    with ThreadPoolExecutor(4) as pool:
        pages = list(pool.map(read, documents))
    assert pages == [3, 1, 2] * 30
