"""One case per application: the case id depends on the documents only, not on their order
and not on whether a type was given (the type is a hint to classification, not identity)."""

from __future__ import annotations

import pytest
from temporalio.client import Client

from config.settings import Settings
from intake.submit import submit_documents
from tests.pipeline.helpers import SUBMITTED, plate_letter

pytestmark = pytest.mark.usefixtures("worker")


async def test_same_files_in_another_order_are_one_case(
    client: Client, settings: Settings
) -> None:
    a = ("antrag.txt", plate_letter("Reihenfolge", "BO-RF 1"))
    b = ("anlage.txt", b"Anlage zum Antrag von Reihenfolge\n")
    first = await submit_documents(client, [a, b], submitted_at=SUBMITTED, settings=settings)
    second = await submit_documents(client, [b, a], submitted_at=SUBMITTED, settings=settings)
    assert second.case_id == first.case_id
    assert second.duplicate


async def test_with_and_without_type_are_one_case(client: Client, settings: Settings) -> None:
    files = [("antrag.txt", plate_letter("Typlos", "BO-TL 2"))]
    untyped = await submit_documents(client, files, submitted_at=SUBMITTED, settings=settings)
    typed = await submit_documents(
        client, files, application_type="wunschkennzeichen", submitted_at=SUBMITTED,
        settings=settings,
    )
    assert typed.case_id == untyped.case_id
    assert typed.duplicate
