"""Reading benchmark: ``python -m reading.bench DATASET_DIR [--page-images]``.

Reads every document of every case (``cases/<id>/case.json``) and prints method, pages,
seconds and mean confidence per document, then seconds per page by method. If the dataset has
``_generator/build_log.json`` (strings drawn into raster documents; measurement only), the OCR
text of raster documents is scored against it: share of expected characters found.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from domain.documents import DocumentReading, DocumentRef
from reading.reader import read_document
from reading.similarity import found_similarity
from reading.sniff import sniff_media_type
from storage.document_store import FileDocumentStore, sha256_hex


def expected_strings(build_log: dict[str, Any], case_id: str, filename: str) -> list[str] | None:
    """Strings logged for ``filename`` (entries ``<role>: file`` with ``<role>_strings``)."""
    entry = build_log.get(case_id)
    if not isinstance(entry, dict):
        return None
    for role, value in entry.items():
        strings = entry.get(f"{role}_strings")
        if value == filename and isinstance(strings, list):
            return [str(s) for s in strings]
    return None


def main_method(reading: DocumentReading) -> str:
    methods = [p.method for p in reading.pages]
    return max(set(methods), key=methods.count) if methods else "error"


def run(dataset: Path, page_images: bool) -> None:
    log_path = dataset / "_generator" / "build_log.json"
    build_log: dict[str, Any] = json.loads(log_path.read_text()) if log_path.exists() else {}
    seconds: dict[str, float] = defaultdict(float)
    pages: dict[str, int] = defaultdict(int)
    sims: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        store = FileDocumentStore(Path(tmp)) if page_images else None
        print(f"{'case':<16} {'document':<30} {'method':<10} {'pages':>5} {'sec':>6} "
              f"{'conf':>5} {'chars':>6} {'ocr_sim':>7}")
        for case_dir in sorted(p for p in (dataset / "cases").iterdir() if p.is_dir()):
            case = json.loads((case_dir / "case.json").read_text())
            for name in case.get("documents", []):
                data = (case_dir / name).read_bytes()
                ref = DocumentRef(doc_id=sha256_hex(data), filename=name,
                                  media_type=sniff_media_type(data, name), size=len(data))
                start = time.perf_counter()
                reading = read_document(data, ref, store=store,
                                        image_prefix=f"cases/{case_dir.name}/{name}")
                elapsed = time.perf_counter() - start
                method = main_method(reading)
                seconds[method] += elapsed
                pages[method] += max(len(reading.pages), 1)
                conf = (sum(p.mean_conf for p in reading.pages) / len(reading.pages)
                        if reading.pages else 0.0)
                sim_text = ""
                strings = expected_strings(build_log, case_dir.name, name)
                if method == "ocr" and strings:
                    sim = found_similarity(strings, reading.text)
                    sims.append(sim)
                    sim_text = f"{sim:.4f}"
                print(f"{case_dir.name:<16} {name[:30]:<30} {method:<10} {len(reading.pages):>5} "
                      f"{elapsed:>6.2f} {conf:>5.2f} {len(reading.text):>6} {sim_text:>7}"
                      + (f"  ERROR: {reading.error}" if reading.error else ""))
    print()
    for method in sorted(seconds):
        print(f"{method:<10} pages={pages[method]:>3} total={seconds[method]:7.2f}s "
              f"per page={seconds[method] / pages[method]:.3f}s")
    total = sum(seconds.values())
    print(f"{'all':<10} pages={sum(pages.values()):>3} total={total:7.2f}s")
    if sims:
        print(f"OCR character similarity vs build_log: mean={sum(sims) / len(sims):.4f} "
              f"min={min(sims):.4f} over {len(sims)} raster documents")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--page-images", action="store_true",
                        help="also render and store page images (in a temporary store)")
    args = parser.parse_args()
    run(args.dataset, args.page_images)


if __name__ == "__main__":
    main()
