"""What reading a document by a registered form's template produced."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from domain.boxes import BBox

FormMethod = Literal["acroform", "text_layer", "ocr"]


class FormValue(BaseModel):
    """One spec key as the template read it, with where and how sure."""

    value: str | bool | list[str] | None = None
    confidence: float = Field(0.0, ge=0.0, le=1.0)
    page: int = 1
    box: BBox | None = None
    text: str = Field("", description="What stands in the box, as read")
    how: str = Field("", description="Plain German: how the value was read (for the clerk)")
    alternative: str | None = Field(
        None, description="A second reading that disagrees; the clerk checks which is written")


class FormReading(BaseModel):
    """A document recognised as a registered form and read box by box, without the model."""

    template: str = Field(description="The registered form's name")
    application_type: str
    document_kind: str | None = None
    method: FormMethod
    match_score: float = Field(1.0, description="Share of the form's anchors / fields found")
    alignment_residual: float = Field(
        0.0, description="Mean distance of the anchors from where the blank puts them (page "
        "share); 0 for form fields")
    values: dict[str, FormValue] = Field(default_factory=dict)
    other_texts: list[str] = Field(
        default_factory=list, description="\"caption<TAB>text\" of the filled boxes no key reads "
        "(a second person, a marriage): personal data the redaction must know too")
    mapped_keys: list[str] = Field(
        default_factory=list, description="Every key the form can hold, filled or not: an empty "
        "box means the applicant left it empty, not that another document should answer")
