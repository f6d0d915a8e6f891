"""Does the applicant's full name stand in the documents? (``DocumentCheck``)

Letters and forms are signed; letters start with the sender. Read apart, a first name and a
family name can each stand somewhere and still be wrong together: the small model swapped
"Elif Çelik" into family name "Elif", and took the first name of the person a certificate is
for ("Sabine") as the applicant's. The full name as written ("Elif Çelik", or "Çelik, Elif" on
forms) must stand somewhere, or both names go to a clerk."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from apptypes.base import DocumentCheck
from domain.fields import FieldData


def _written_names(first_key: str, family_key: str) -> Callable[[Mapping[str, FieldData]],
                                                                list[str]]:
    def texts(values: Mapping[str, FieldData]) -> list[str]:
        first, family = values.get(first_key), values.get(family_key)
        if not isinstance(first, str) or not isinstance(family, str):
            return []
        return [f"{first} {family}", f"{family}, {first}"]

    return texts


def full_name_check(section: str = "") -> DocumentCheck:
    """The check for the names at ``section`` (``"antragsteller."``, ``""`` for top level)."""
    first_key, family_key = f"{section}vornamen", f"{section}familienname"
    return DocumentCheck(key=f"{section}name_im_dokument",
                         texts=_written_names(first_key, family_key),
                         lowers=(first_key, family_key))
