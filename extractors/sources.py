"""Which documents may back a field: sections a type ties to one kind of document
(``DocumentKind.holds``) are looked up in documents of that kind only.

Without the tie, the small model filled the landlord's section from the citizen's letter when
the confirmation was missing, and the evidence check found those words in the letter."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from apptypes.base import ApplicationType
from domain.documents import DocumentReading
from extractors.evidence import EvidenceFinder


class SourceFinders:
    def __init__(
        self,
        app_type: ApplicationType,
        readings: Sequence[DocumentReading],
        kinds: Mapping[str, str],
    ) -> None:
        self._readings = list(readings)
        self._everywhere = EvidenceFinder(readings)
        self._holder = {
            section: kind.key for kind in app_type.document_kinds for section in kind.holds
        }
        checked = {check.kind for check in app_type.document_checks if check.kind is not None}
        self._of_kind: dict[str, list[DocumentReading]] = {
            kind: [r for r in readings if kinds.get(r.doc.doc_id) == kind]
            for kind in set(self._holder.values()) | checked
        }
        self._finders = {kind: EvidenceFinder(own) for kind, own in self._of_kind.items() if own}

    @property
    def everywhere(self) -> EvidenceFinder:
        return self._everywhere

    def _kind_of(self, key: str) -> str | None:
        section = key.split(".", 1)[0]
        return self._holder.get(section) if "." in key else None

    def for_key(self, key: str) -> EvidenceFinder | None:
        """Where ``key``'s value may stand; None when the one document that states it is not
        in the case (the value cannot be right, whatever the model answered)."""
        kind = self._kind_of(key)
        return self._everywhere if kind is None else self._finders.get(kind)

    def of_kind(self, kind: str) -> EvidenceFinder | None:
        """The case's documents of ``kind`` (a kind some section is tied to), None if none."""
        return self._finders.get(kind)

    def readings_for(self, key: str) -> list[DocumentReading]:
        kind = self._kind_of(key)
        return self._readings if kind is None else self._of_kind[kind]
