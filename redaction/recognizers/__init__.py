"""German recognizers, one small module each; ``german_recognizers`` lists them all."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from redaction.recognizers.dates import DateRecognizer
from redaction.recognizers.email import EmailRecognizer
from redaction.recognizers.iban import IbanRecognizer
from redaction.recognizers.id_documents import IdDocumentRecognizer
from redaction.recognizers.person_cues import PersonCueRecognizer
from redaction.recognizers.person_names import PersonNameListRecognizer
from redaction.recognizers.phone import PhoneRecognizer
from redaction.recognizers.plate import PlateRecognizer
from redaction.recognizers.postcode_city import PostcodeCityRecognizer
from redaction.recognizers.register_number import RegisterNumberRecognizer
from redaction.recognizers.street import StreetRecognizer
from redaction.recognizers.tax_id import TaxIdRecognizer
from redaction.recognizers.vehicle_id import VehicleIdRecognizer


def german_recognizers() -> list[EntityRecognizer]:
    return [
        StreetRecognizer(), PostcodeCityRecognizer(), DateRecognizer(), PersonCueRecognizer(),
        PersonNameListRecognizer(), PhoneRecognizer(), EmailRecognizer(), IbanRecognizer(),
        VehicleIdRecognizer(),
        PlateRecognizer(), IdDocumentRecognizer(), TaxIdRecognizer(), RegisterNumberRecognizer(),
    ]
