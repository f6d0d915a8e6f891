"""A model's value that a registered form confirms: two independent readings that agree.

The model reads the letter beside a registered form without seeing the form; where its value
(found in the letter) says what the form's certain box says, the value is as sure as the form.
Nothing is lowered here: where the two differ, the type's rules (W3 …) send the case to a clerk.
"""

from __future__ import annotations

from apptypes.base import Corroboration
from domain.fields import FieldValue

CONFIRMING = 0.97
"""A form value this sure can confirm another; the confirmed value becomes this sure."""


def corroborated(fields: dict[str, FieldValue], corroborations: tuple[Corroboration, ...]
                 ) -> dict[str, FieldValue]:
    out = dict(fields)
    for c in corroborations:
        fv = fields.get(c.key)
        others = [fields.get(k) for k in c.by]
        if fv is None or fv.value is None or not fv.found_in_source or fv.source != "llm":
            continue
        if not all(o is not None and o.source == "form" and o.value is not None
                   and o.confidence >= CONFIRMING for o in others):
            continue
        if not c.agrees(fv.value, tuple(o.value for o in others if o is not None)):
            continue
        evidence = [e.model_copy(update={"how": "stimmt mit dem registrierten Formular überein"})
                    for e in fv.evidence]
        out[c.key] = fv.model_copy(update={
            "confidence": max(fv.confidence, CONFIRMING), "evidence": evidence})
    return out
