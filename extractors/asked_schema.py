"""Only what the model still has to answer: the type's schema without the sections a registered
form has read.

The model writes every key of its schema, and generated tokens are the slow part on a small
machine; a letter beside a registered form needs only the letter's section.
"""

from __future__ import annotations

from collections.abc import Set

from pydantic import BaseModel, create_model

from apptypes.base import _model_in


def asked_schema(schema: type[BaseModel], answered: Set[str]) -> type[BaseModel]:
    """``schema`` with every top-level field dropped whose keys are all in ``answered``; the
    schema itself when nothing is answered."""
    kept = {name: info for name, info in schema.model_fields.items()
            if not _all_answered(name, info.annotation, answered)}
    if len(kept) == len(schema.model_fields):
        return schema
    fields = {name: (info.annotation, info) for name, info in kept.items()}
    model: type[BaseModel] = create_model(schema.__name__, **fields)  # type: ignore[call-overload]
    model.__doc__ = schema.__doc__
    return model


def _all_answered(name: str, annotation: object, answered: Set[str]) -> bool:
    inner = _model_in(annotation)
    if inner is None:
        return name in answered
    return all(_all_answered(f"{name}.{sub}", info.annotation, answered)
               for sub, info in inner.model_fields.items())
