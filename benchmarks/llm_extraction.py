"""``antragswerk llm bench``: extraction speed of the configured (default: local) model.

Per application type it runs single-document extractions of a dataset's digital cases through
the real extraction code (prompt layout, structured output, evidence) and prints prompt tokens,
tokens served from the prompt cache, generated tokens, seconds per extraction (median, p90)
and cases per minute. The first case of a type warms the cache; the cache share is reported for
the cases after it.
"""

from __future__ import annotations

import json
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from apptypes.registry import all_types, get_type
from config.settings import Settings
from domain.documents import DocumentRef
from extractors.classifier import classify
from extractors.field_extraction import extract_fields
from extractors.llm_client import chat_model
from reading import read_document, sniff_media_type

DIGITAL = {"application/pdf", "text/plain"}


@dataclass(frozen=True)
class Sample:
    case_id: str
    application_type: str
    document: Path


@dataclass(frozen=True)
class Measurement:
    sample: Sample
    seconds: float
    prompt_tokens: int
    cached_tokens: int
    generated_tokens: int
    error: str | None


def single_document_samples(dataset: Path, per_type: int) -> list[Sample]:
    """Cases with exactly one digital document (a PDF with text or a .txt), per type."""
    picked: dict[str, list[Sample]] = {}
    for case_dir in sorted((dataset / "cases").iterdir()):
        meta = json.loads((case_dir / "case.json").read_text(encoding="utf-8"))
        expected = json.loads((case_dir / "expected.json").read_text(encoding="utf-8"))
        docs = meta["documents"]
        if len(docs) != 1:
            continue
        path = case_dir / docs[0]
        data = path.read_bytes()
        if sniff_media_type(data, path.name) not in DIGITAL:
            continue
        if path.suffix == ".pdf" and read_document(data, _ref(path, data)).pages[0].method not in (
            "text_layer",
            "acroform",
        ):
            continue
        key = expected["application_type"]
        bucket = picked.setdefault(key, [])
        if len(bucket) < per_type:
            bucket.append(Sample(case_dir.name, key, path))
    return [s for key in sorted(picked) for s in picked[key]]


def _has_text(data: bytes, path: Path) -> bool:
    pages = read_document(data, _ref(path, data)).pages
    return bool(pages) and pages[0].method in ("text_layer", "acroform")


def _ref(path: Path, data: bytes) -> DocumentRef:
    return DocumentRef(doc_id=path.parent.name, filename=path.name, size=len(data))


async def measure(settings: Settings, url: str, sample: Sample) -> Measurement:
    data = sample.document.read_bytes()
    reading = read_document(data, _ref(sample.document, data))
    app_type = get_type(sample.application_type)
    kinds = classify(
        {reading.doc.doc_id: reading.text}, list(all_types().values()), given_type=app_type.key
    ).document_kinds
    model = chat_model(settings, url)
    started = time.monotonic()
    extraction = await extract_fields(model, settings.llm_model, app_type, [reading], kinds)
    return Measurement(
        sample,
        time.monotonic() - started,
        extraction.prompt_tokens,
        extraction.cached_prompt_tokens,
        extraction.llm_tokens - extraction.prompt_tokens,
        extraction.error,
    )


def _p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]


def report(measurements: list[Measurement], console: Console) -> None:
    table = Table(title="LLM-Extraktion (ein Dokument je Fall)")
    for col in (
        "Antragsart",
        "Fälle",
        "Prompt-Tok.",
        "davon Cache",
        "Cache-Anteil ab Fall 2",
        "Gen.-Tok.",
        "Median s",
        "p90 s",
        "Fälle/min",
        "Fehler",
    ):
        table.add_column(col, justify="left" if col == "Antragsart" else "right")
    by_type: dict[str, list[Measurement]] = {}
    for m in measurements:
        by_type.setdefault(m.sample.application_type, []).append(m)
    for key, ms in [*sorted(by_type.items()), ("gesamt", measurements)]:
        secs = [m.seconds for m in ms]
        later = ms[1:] if key != "gesamt" else [m for k, v in by_type.items() for m in v[1:]]
        prompt_later = sum(m.prompt_tokens for m in later)
        share = sum(m.cached_tokens for m in later) / prompt_later if prompt_later else 0.0
        table.add_row(
            key,
            str(len(ms)),
            f"{statistics.mean(m.prompt_tokens for m in ms):.0f}",
            f"{statistics.mean(m.cached_tokens for m in ms):.0f}",
            f"{share:.0%}",
            f"{statistics.mean(m.generated_tokens for m in ms):.0f}",
            f"{statistics.median(secs):.1f}",
            f"{_p90(secs):.1f}",
            f"{60 * len(ms) / sum(secs):.1f}",
            str(sum(1 for m in ms if m.error)),
        )
    console.print(table)


async def run_bench(
    settings: Settings, url: str, dataset: Path, per_type: int, console: Console
) -> list[Measurement]:
    samples = single_document_samples(dataset, per_type)
    results = []
    for i, sample in enumerate(samples, start=1):
        m = await measure(settings, url, sample)
        console.print(
            f"[{i}/{len(samples)}] {sample.application_type} {sample.case_id}: "
            f"{m.seconds:.1f} s, prompt {m.prompt_tokens} (Cache {m.cached_tokens}), "
            f"generiert {m.generated_tokens}" + (f", Fehler: {m.error}" if m.error else "")
        )
        results.append(m)
    report(results, console)
    return results
