"""The bundled demo submissions (``samples/``): one readable case per type and variant.

Rebuild from the repository root with ``python -m evals.generator.samples samples``."""

from __future__ import annotations

import sys
from pathlib import Path

from evals.generator import generate_specs
from evals.generator.catalog import GEBURT, KENNZEICHEN, PARKEN, WOHNSITZ
from evals.generator.model import CaseSpec

SEED = 8
SAMPLE_SPECS: tuple[CaseSpec, ...] = (
    CaseSpec("01-anmeldung-digital", WOHNSITZ, "clean", "boxed"),
    CaseSpec("02-anmeldung-scan-frist", WOHNSITZ, "W4_frist", "scan_jpg", second_scan=True),
    CaseSpec("03-geburtsurkunde-email", GEBURT, "clean", "eml"),
    CaseSpec("04-geburtsurkunde-ohne-typ-geschwister", GEBURT, "G2_berechtigung", "two_column",
             include_type=False),
    CaseSpec("05-wunschkennzeichen-digital", KENNZEICHEN, "clean", "two_column", extras=1),
    CaseSpec("06-wunschkennzeichen-scan-vergeben", KENNZEICHEN, "K5_vergeben", "scan_pdf"),
    CaseSpec("07-parkausweis-scan", PARKEN, "clean", "scan_jpg"),
    CaseSpec("08-parkausweis-brief-zone", PARKEN, "P4_zone", "letter_pdf", second_scan=True),
)


def build(outdir: Path) -> list[str]:
    meta = {"name": "antragswerk-samples", "version": "1",
            "description": "Demo submissions for `antragswerk demo`: every application type, "
                           "digital and scanned, clean and rule-breaking; all personal data "
                           "synthetic. Rebuild: python -m evals.generator.samples samples"}
    return generate_specs(list(SAMPLE_SPECS), SEED, outdir, meta)


if __name__ == "__main__":
    print("\n".join(build(Path(sys.argv[1] if len(sys.argv) > 1 else "samples"))))
