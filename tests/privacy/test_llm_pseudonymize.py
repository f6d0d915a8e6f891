"""LLM_PRIVACY=pseudonymize end to end: the model endpoint sees placeholders only, and the
placeholders it answers with come back as the citizen's values.

The scripted model plays a model that reads the pseudonymised letter: it copies the
placeholders standing after the labels, as an external model would. It can only produce the
right fields if the pipeline cut the placeholders at field boundaries (first name apart from
family name, street apart from house number) and maps them back, dates included."""

from __future__ import annotations

import json
import re
from typing import Any

from temporalio.client import Client

from config.settings import Settings
from stack.cases import wait_settled
from tests.privacy.cases import leaked, pii_of, smoke_case, start_case
from tests.privacy.conftest import PrivacyStack
from tests.support.cases import expected_of

CASE = "case-005"  # a birth-certificate letter: names, address, birth date
_P = r"(<[A-Z_]+_\d+>)"


def read_pseudonymised_letter(text: str) -> dict[str, Any] | None:
    """What a model would answer for the case-005 letter, from its placeholders."""
    sender = re.search(rf"^{_P} {_P}$", text, re.M)
    lines = re.findall(rf"^{_P} {_P}$", text, re.M)
    person = {
        label: re.search(rf"{label}:\s*{_P}", text)
        for label in ("Familienname bei Geburt", "Vorname\\(n\\)", "geboren am")
    }
    copies = re.search(r"beantrage ich (\d+) Exemplar", text)
    if sender is None or len(lines) < 3 or None in person.values() or copies is None:
        return None
    street, number = lines[1]
    postcode, town = lines[2]
    return {
        "antragsteller": {
            "vornamen": sender.group(1),
            "familienname": sender.group(2),
            "anschrift": {"strasse": street, "hausnummer": number, "plz": postcode, "ort": town},
            "email": None,
        },
        "person": {
            "familienname": person["Familienname bei Geburt"].group(1),  # type: ignore[union-attr]
            "vornamen": person["Vorname\\(n\\)"].group(1),  # type: ignore[union-attr]
            "geburtsdatum": person["geboren am"].group(1),  # type: ignore[union-attr]
            "geburtsort": "Wattenscheid",
        },
        "verhaeltnis": "enkel",
        "urkundenart": "geburtsurkunde",
        "anzahl": int(copies.group(1)),
        "verwendungszweck": None,
    }


def test_local_model_is_the_default() -> None:
    assert Settings.model_fields["llm_privacy"].default == "local"


async def test_endpoint_sees_no_personal_data_and_fields_come_back(
    client: Client, privacy_stack: PrivacyStack
) -> None:
    case = smoke_case(CASE)
    expected = expected_of(case.path)
    pii = pii_of(case)
    answer: dict[str, Any] = {}

    def reads_placeholders(text: str) -> bool:
        # The answer object is sent after the match, so it can be filled from this prompt.
        found = read_pseudonymised_letter(text)
        if found is not None:
            answer.clear()
            answer.update(found)
        return found is not None

    llm = privacy_stack.llm
    llm.when(reads_placeholders, answer)
    first_request = len(llm.requests)
    handle = await start_case(client, privacy_stack.pseudonymize, case)
    view = await wait_settled(handle, timeout=120)

    bodies = [json.dumps(b, ensure_ascii=False) for b in llm.requests[first_request:]]
    assert bodies, "the case never reached the model endpoint"
    assert not [leaked(pii, b) for b in bodies if leaked(pii, b)]
    assert answer, "the scripted model never saw the letter's placeholders"
    assert "<PERSON_" in bodies[0]

    assert view.extraction is not None and view.extraction.error is None
    values = view.extraction.values()
    wrong = {k: (values.get(k), v) for k, v in expected["fields"].items() if values.get(k) != v}
    assert not wrong, f"restored fields differ (got, expected): {wrong}"
    assert view.decision is not None and view.decision.route == expected["route"]
