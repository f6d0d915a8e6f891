"""Per-value confidence from token log-probabilities of the JSON answer."""

from __future__ import annotations

import math
from typing import Any

import pytest

from extractors.token_confidence import value_confidences

# The answer as the model streamed it: (token, logprob); the tokens concatenate to the content.
TOKENS: list[tuple[str, float]] = [
    ('{"', -0.01),
    ("familienname", -0.02),
    ('":', -0.01),
    (' "', -0.1),
    ("Kow", -0.2),
    ("alski", -0.4),
    ('",', -0.05),
    (' "', -0.01),
    ("plz", -0.01),
    ('":', -0.01),
    (' "', -0.3),
    ("447", -0.6),
    ("87", -1.2),
    ('",', -0.01),
    (' "', -0.01),
    ("geburtsname", -0.01),
    ('":', -0.01),
    (" null", -0.7),
    ("}", -0.01),
]
CONTENT = "".join(t for t, _ in TOKENS)


def geometric_mean(*logprobs: float) -> float:
    return math.exp(sum(logprobs) / len(logprobs))


def test_content_is_the_expected_json() -> None:
    assert CONTENT == '{"familienname": "Kowalski", "plz": "44787", "geburtsname": null}'


def test_value_confidence_is_the_geometric_mean_of_its_tokens() -> None:
    conf = value_confidences(
        CONTENT, TOKENS, {"familienname": "Kowalski", "plz": "44787", "geburtsname": None}
    )
    # Tokens of quotes and separators (' "', '",') overlap the value but do not count: the same
    # JSON can be split into tokens in several ways, so their probability is no doubt.
    assert math.isclose(conf["familienname"], geometric_mean(-0.2, -0.4))
    assert math.isclose(conf["plz"], geometric_mean(-0.6, -1.2))
    assert math.isclose(conf["geburtsname"], math.exp(-0.7))
    assert conf["familienname"] > conf["plz"]


@pytest.mark.parametrize(
    ("tokens", "key", "value", "expected"),
    [
        # nested keys are looked up by their leaf
        ([('{"neue_wohnung": {"plz": ', -0.01), ('"44787"', -0.5), ("}}", -0.01)],
         "neue_wohnung.plz", "44787", math.exp(-0.5)),
        # a list written without blanks after commas
        ([('{"staatsangehoerigkeiten":', -0.01), ('["türkisch",', -0.2), ('"deutsch"]', -0.4),
          ("}", -0.01)], "staatsangehoerigkeiten", ["türkisch", "deutsch"],
         geometric_mean(-0.2, -0.4)),
        # text written with unicode escapes
        ([('{"ort": ', -0.01), ('"M\\u00fcnchen"', -0.3), ("}", -0.01)], "ort", "München",
         math.exp(-0.3)),
    ],
    ids=["nested", "compact-list", "escaped"],
)
def test_value_spelled_differently_in_json_has_a_confidence(
    tokens: list[tuple[str, float]], key: str, value: Any, expected: float
) -> None:
    content = "".join(t for t, _ in tokens)
    conf = value_confidences(content, tokens, {key: value})
    assert math.isclose(conf[key], expected)


def test_tokens_not_matching_the_content_give_nothing() -> None:
    assert value_confidences(CONTENT + " ", TOKENS, {"plz": "44787"}) == {}
    assert value_confidences(CONTENT, TOKENS[:-1], {"plz": "44787"}) == {}


def test_without_tokens_there_is_no_confidence() -> None:
    assert value_confidences(CONTENT, None, {"plz": "44787"}) == {}
    assert value_confidences(CONTENT, [], {"plz": "44787"}) == {}


def test_keys_or_values_not_in_the_answer_are_left_out() -> None:
    conf = value_confidences(CONTENT, TOKENS, {"vornamen": "Anna", "plz": "99999"})
    assert conf == {}


def test_fenced_generation_is_aligned_to_the_stripped_content() -> None:
    # llama-server strips a ```json fence from the content, not from the token list.
    tokens = [("```json\n", -0.01), *TOKENS, ("\n```", -0.01)]
    conf = value_confidences(CONTENT, tokens, {"plz": "44787"})
    assert math.isclose(conf["plz"], geometric_mean(-0.6, -1.2))


def test_a_formatting_token_alone_does_not_lower_a_value() -> None:
    """Seen with the local model: ' "' before a correct first name had probability 0.097."""
    tokens = [('{"vornamen":', 0.0), (' "', math.log(0.097)), ("Sab", 0.0), ("ine", 0.0),
              ('"}', 0.0)]
    content = "".join(t for t, _ in tokens)
    assert value_confidences(content, tokens, {"vornamen": "Sabine"})["vornamen"] == 1.0
