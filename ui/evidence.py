"""Page images with the evidence boxes of every field, for the clerk's case page."""

from __future__ import annotations

from dataclasses import dataclass, field

from domain.case import CaseView
from domain.documents import DocumentReading, PageReading
from extractors.suspicious import scanner_ocr_layer
from storage.document_store import DocumentStore
from ui.labels import HIDDEN_REASON, field_label


@dataclass(frozen=True)
class EvidenceBox:
    box_id: str
    field_key: str
    field_label: str
    bbox: tuple[float, float, float, float]

    @property
    def anchor(self) -> str:
        return field_anchor(self.field_key)

    @property
    def coords(self) -> str:
        """Percent offsets for the overlay: left, top, width, height."""
        x0, y0, x1, y1 = (min(max(v, 0.0), 1.0) for v in self.bbox)
        return f"{x0 * 100:.2f},{y0 * 100:.2f},{(x1 - x0) * 100:.2f},{(y1 - y0) * 100:.2f}"


@dataclass
class PageView:
    doc_index: int
    doc_id: str
    filename: str
    page: int
    page_count: int
    has_image: bool
    text: str
    boxes: list[EvidenceBox] = field(default_factory=list)


@dataclass(frozen=True)
class DocumentProblem:
    filename: str
    message: str


def load_reading(store: DocumentStore, reading_key: str) -> DocumentReading | None:
    try:
        return DocumentReading.model_validate_json(store.get(reading_key))
    except (KeyError, ValueError):
        return None


def find_page(store: DocumentStore, view: CaseView, doc_index: int,
              page: int) -> PageReading | None:
    if not 0 <= doc_index < len(view.readings):
        return None
    reading = load_reading(store, view.readings[doc_index].reading_key)
    if reading is None:
        return None
    return next((p for p in reading.pages if p.page == page), None)


def evidence_boxes(view: CaseView) -> dict[tuple[str, int], list[EvidenceBox]]:
    """(doc_id, page) → boxes of all fields, in field order; ids are stable per render."""
    found: dict[tuple[str, int], list[EvidenceBox]] = {}
    if view.extraction is None:
        return found
    for key, value in view.extraction.fields.items():
        for ev_index, ev in enumerate(value.evidence):
            for box_index, bbox in enumerate(ev.boxes):
                box = EvidenceBox(f"beleg-{_slug(key)}-{ev_index}-{box_index}", key,
                                  field_label(key), bbox)
                found.setdefault((ev.doc_id, ev.page), []).append(box)
    return found


def page_views(store: DocumentStore,
               view: CaseView) -> tuple[list[PageView], list[DocumentProblem]]:
    boxes = evidence_boxes(view)
    pages: list[PageView] = []
    problems: list[DocumentProblem] = []
    for doc_index, summary in enumerate(view.readings):
        if summary.error:
            problems.append(DocumentProblem(summary.doc.filename, summary.error))
        reading = load_reading(store, summary.reading_key)
        if reading is None:
            if not summary.error:
                problems.append(DocumentProblem(summary.doc.filename,
                                                "Die Lesefassung des Dokuments fehlt."))
            continue
        problems += hidden_text_problems(summary.doc.filename, reading)
        for p in reading.pages:
            pages.append(PageView(
                doc_index=doc_index, doc_id=summary.doc.doc_id, filename=summary.doc.filename,
                page=p.page, page_count=len(reading.pages), has_image=p.image_key is not None,
                text=p.text, boxes=boxes.get((summary.doc.doc_id, p.page), [])))
    return pages, problems


def hidden_text_problems(filename: str, reading: DocumentReading) -> list[DocumentProblem]:
    """The clerk is told what the document hides from the eye (it was not evaluated)."""
    out = []
    for page in reading.pages:
        hidden = [h for h in page.hidden if not scanner_ocr_layer(page, h)]
        if hidden:
            how = ", ".join(dict.fromkeys(HIDDEN_REASON[h.reason] for h in hidden))
            text = " ".join(h.text for h in hidden)
            shown = text if len(text) <= 200 else text[:200] + " …"
            out.append(DocumentProblem(filename, f"Seite {page.page} enthält versteckten Text "
                                       f"({how}), der nicht ausgewertet wurde: „{shown}“"))
    return out


def field_anchor(key: str) -> str:
    return f"feld-{_slug(key)}"


def _slug(key: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in key)
