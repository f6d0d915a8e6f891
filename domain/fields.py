"""Extracted field values with confidence and evidence."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from domain.documents import BBox

FieldScalar = str | int | float | bool | None
FieldData = FieldScalar | list[str]


class Evidence(BaseModel):
    """Where a value stands in the source: the clerk clicks a field and sees this box."""

    doc_id: str
    filename: str
    page: int
    text: str = Field(description="The matched source text")
    boxes: list[BBox] = Field(default_factory=list)
    similarity: float = Field(1.0, description="0..1 how closely the source text matches the value")
    read_conf: float = Field(
        1.0, description="0..1 how sure the reading was of these words (OCR word confidence; "
        "1.0 for digital text)")
    alternative: str | None = Field(
        None, description="The same words as a second OCR pass read them, where it saw other "
        "diacritics (\"Amelie\" for \"Amélie\"); the clerk checks which is printed")
    how: str | None = Field(
        None, description="Plain German: how the value was read (\"aus Formularfeld …\", "
        "\"zwei Lesungen stimmen überein\"), shown beside the confidence")


class FieldValue(BaseModel):
    value: FieldData = None
    confidence: float = Field(0.0, ge=0.0, le=1.0)
    evidence: list[Evidence] = Field(default_factory=list)
    found_in_source: bool = Field(
        False, description="The value (or its normalised form) was located in a document"
    )
    source: Literal["llm", "clerk", "derived", "form"] = "llm"
    """``form``: read by a registered form's template, without the model."""


class Extraction(BaseModel):
    """Output of the extraction step for one case (flattened dot-path keys)."""

    application_type: str
    fields: dict[str, FieldValue] = Field(default_factory=dict)
    llm_tokens: int = 0
    confirmed_fields: int = Field(0, description="Values asked about in a second reading")
    confirmation_tokens: int = Field(0, description="Model tokens of that second reading")
    prompt_tokens: int = 0
    cached_prompt_tokens: int = 0
    model: str = ""
    attempts: int = 0
    error: str | None = None
    seconds: float = 0.0

    def values(self) -> dict[str, FieldData]:
        return {k: v.value for k, v in self.fields.items()}
