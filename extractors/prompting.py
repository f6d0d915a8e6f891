"""Builds extraction prompts laid out for prefix caching.

Static parts come first and are identical for every case of a type (generic rules, the type's
instructions, the field guide), so llama-server's prompt cache serves them after the first case;
the document text comes last. Only text the extraction needs goes in: repeated header/footer
lines and duplicate pages are dropped, runs of blanks are folded.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import BaseModel

import prompts
from apptypes.base import ApplicationType

MAX_DOCUMENT_CHARS = 9000


@dataclass(frozen=True)
class PromptDocument:
    label: str
    text: str


def field_guide(schema: type[BaseModel], prefix: str = "") -> list[str]:
    lines: list[str] = []
    for name, info in schema.model_fields.items():
        ann = info.annotation
        nested = next(
            (
                a
                for a in (ann, *getattr(ann, "__args__", ()))
                if isinstance(a, type) and issubclass(a, BaseModel)
            ),
            None,
        )
        if nested is not None:
            # The section's own description says whose data it is (e.g. the previous flat).
            if info.description:
                lines.append(f"- {prefix}{name}: {info.description}")
            lines.extend(field_guide(nested, f"{prefix}{name}."))
        else:
            lines.append(f"- {prefix}{name}: {info.description or ''}".rstrip(": "))
    return lines


def system_prompt(app_type: ApplicationType, schema: type[BaseModel] | None = None) -> str:
    """``schema``: the fields asked for, when fewer than the type's (a registered form read
    the others)."""
    return "\n\n".join(
        [
            prompts.load("extraction_system"),
            f"Antragsart: {app_type.title}",
            app_type.prompt.strip(),
            "Felder:\n" + "\n".join(field_guide(schema or app_type.schema)),
        ]
    )


def _fold(text: str) -> str:
    text = re.sub(r"[ \t]{4,}", "   ", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def condense(documents: Sequence[PromptDocument]) -> list[PromptDocument]:
    """Drops duplicate pages and lines repeated on many pages (page furniture)."""
    seen_pages: set[str] = set()
    out: list[PromptDocument] = []
    for doc in documents:
        pages = doc.text.split("\f") if "\f" in doc.text else [doc.text]
        kept = []
        line_counts: dict[str, int] = {}
        for page in pages:
            for line in set(page.splitlines()):
                if line.strip():
                    line_counts[line.strip()] = line_counts.get(line.strip(), 0) + 1
        for page in pages:
            digest = hashlib.sha256(page.strip().encode()).hexdigest()
            if digest in seen_pages or not page.strip():
                continue
            seen_pages.add(digest)
            if len(pages) > 2:
                page = "\n".join(
                    ln
                    for ln in page.splitlines()
                    if line_counts.get(ln.strip(), 0) < max(3, len(pages) // 2)
                )
            kept.append(_fold(page))
        text = "\n\n".join(kept)[:MAX_DOCUMENT_CHARS]
        out.append(PromptDocument(doc.label, text))
    return out


def user_prompt(documents: Sequence[PromptDocument]) -> str:
    parts = [
        f"=== Dokument {i}: {d.label} ===\n{d.text}"
        for i, d in enumerate(condense(documents), start=1)
    ]
    return "\n\n".join(parts) + "\n\nGib das JSON-Objekt für diesen Antrag aus."
