"""Accuracy of the registered forms alone: each filled form of a dataset read by its template,
its keys compared with ``expected.json``, per variant (AcroForm, flattened, scan).

    python -m benchmarks.known_form_fields [DATASET]   (default ../shared/datasets/realforms-v1)

No model, no stack: the reader and the template only. Prints exact match and how many wrong
values carried a confidence at or above the type's threshold (those would pass unseen).
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from apptypes.registry import get_type
from domain.documents import DocumentRef
from extractors.known_forms import form_fields
from forms.reader import read_known_form
from reading import read_document
from storage.document_store import sha256_hex

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "realforms-v1"


def main() -> None:
    dataset = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # right, total, sure & wrong
    seconds: dict[str, float] = defaultdict(float)
    documents: dict[str, int] = defaultdict(int)
    for case in sorted((dataset / "cases").iterdir()):
        expected = json.loads((case / "expected.json").read_text())
        app_type = get_type(expected["application_type"])
        kinds = app_type.kinds
        for name in json.loads((case / "case.json").read_text())["documents"]:
            data = (case / name).read_bytes()
            started = time.monotonic()
            rasters: dict[int, object] = {}
            reading = read_document(data, DocumentRef(doc_id=sha256_hex(data), filename=name),
                                    rasters=rasters)  # type: ignore[arg-type]
            reading.form = read_known_form(data, reading, rasters)  # type: ignore[arg-type]
            if reading.form is None:
                continue
            variant = reading.form.method
            seconds[variant] += time.monotonic() - started
            documents[variant] += 1
            fields = form_fields([reading], app_type, kinds)
            for key, fv in fields.items():
                right = fv.value == expected["fields"].get(key)
                row = tally[variant]
                row[0] += right
                row[1] += 1
                row[2] += (not right) and fv.confidence >= app_type.config.confidence_threshold
                if not right:
                    print(f"  {case.name} {key}: {fv.value!r} (erwartet "
                          f"{expected['fields'].get(key)!r}, {fv.confidence:.2f})")
    print(f"{'variant':12} {'exact':>7} {'fields':>7} {'sure but wrong':>15} {'s/document':>11}")
    for method, (right, total, sure_wrong) in sorted(tally.items()):
        print(f"{method:12} {right / total:7.3f} {total:7d} {sure_wrong:15d} "
              f"{seconds[method] / documents[method]:11.1f}")


if __name__ == "__main__":
    main()
