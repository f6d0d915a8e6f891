"""A registered form: which box of which blank page holds which spec key.

A process owner registers a city's own blank form once (``antragswerk forms add``); the worker
then reads every filled copy of it — portal export, flattened print, scan — by its boxes instead
of asking the model. The file is YAML beside the type (``apptypes/<type>/forms/<name>.yaml``),
written as a proposal and reviewed by a person.

Boxes are normalised to the page (0..1, origin top-left), like ``domain.documents.BBox``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, Field

from domain.documents import BBox

FieldKindName = Literal["text", "checkbox"]

FORMS_FOLDER = "forms"


class Anchor(BaseModel):
    """A printed word of the blank: found again on a flat page or a scan, it recognises the form
    and says how the page lies relative to the blank."""

    text: str
    page: int = 1
    box: BBox


class TemplateField(BaseModel):
    """One box of the blank and what it holds.

    A text box holds one key (``key``) or, with a ``format``, several keys written in one line
    ("44787 Bochum" → postcode and town). A checkbox holds one option of a choice (``key`` plus
    ``option``) or a flag (``option`` true/false). ``key: null`` keeps a box listed but unread.
    """

    name: str | None = Field(None, description="AcroForm field name; None on a flat-only form")
    state: str | None = Field(None, description="On-state of a radio kid or checkbox widget")
    kind: FieldKindName = "text"
    page: int = 1
    box: BBox
    caption: str = Field("", description="What the blank prints at the box (for the reviewer)")
    key: str | None = None
    format: str | None = Field(None, description="A composite format from forms.formats")
    keys: list[str | None] = Field(
        default_factory=list, description="The keys of a composite format's parts, in order; "
        "null for a part that is not kept (the country after a birth place)")
    option: str | bool | None = Field(None, description="The value a ticked checkbox means")
    note: str | None = Field(None, description="Why the proposal chose this (for the reviewer)")

    @property
    def mapped_keys(self) -> list[str]:
        if self.format is not None:
            return [k for k in self.keys if k]
        return [self.key] if self.key else []


class Fingerprint(BaseModel):
    acroform_fields: list[str] = Field(
        default_factory=list, description="Sorted AcroForm field names of the blank (the edition)")
    digest: str = Field("", description="sha256 over those names: two editions differ here")


class FormTemplate(BaseModel):
    name: str
    application_type: str
    title: str = ""
    document_kind: str | None = Field(None, description="The type's document kind this form is")
    blank: str = Field(description="File name of the blank PDF beside the YAML")
    pages: int = 1
    page_sizes: list[tuple[float, float]] = Field(default_factory=list)
    fingerprint: Fingerprint = Field(default_factory=Fingerprint)
    anchors: list[Anchor] = Field(default_factory=list)
    fields: list[TemplateField] = Field(default_factory=list)
    folder: Path | None = Field(None, exclude=True)

    @property
    def mapped_keys(self) -> set[str]:
        return {key for f in self.fields for key in f.mapped_keys}

    @property
    def blank_path(self) -> Path:
        base = self.folder if self.folder is not None else Path(".")
        return base / self.blank


def fingerprint_of(field_names: list[str]) -> Fingerprint:
    names = sorted(set(field_names))
    digest = hashlib.sha256("\n".join(names).encode()).hexdigest() if names else ""
    return Fingerprint(acroform_fields=names, digest=digest)


def load_template(path: Path) -> FormTemplate:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    template = FormTemplate.model_validate(data)
    template.folder = path.parent
    return template


def dump_template(template: FormTemplate, path: Path, header: str = "") -> None:
    """Readable YAML: one field per block, boxes as short lists, the header as comments."""
    data = template.model_dump(mode="json", exclude_none=False)
    for field in data["fields"]:
        for empty in ("name", "state", "format", "option", "note"):
            if field.get(empty) is None:
                field.pop(empty, None)
        if not field.get("keys"):
            field.pop("keys", None)
        if field.get("format") is not None:
            field.pop("key", None)
    body = yaml.dump(data, Dumper=_FlowBoxes, allow_unicode=True, sort_keys=False, width=100)
    comments = "".join(f"# {line}\n" if line else "#\n" for line in header.splitlines())
    path.write_text(comments + body, encoding="utf-8")


class _FlowBoxes(yaml.SafeDumper):
    """Short lists of numbers (boxes, sizes) on one line; everything else in block style."""


def _represent_list(dumper: _FlowBoxes, items: list[Any] | tuple[Any, ...]) -> yaml.Node:
    flow = bool(items) and all(isinstance(i, int | float) for i in items)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", items, flow_style=flow)


_FlowBoxes.add_representer(list, _represent_list)
_FlowBoxes.add_representer(tuple, _represent_list)
