"""Per-value confidence from token log-probabilities of the JSON answer."""

from __future__ import annotations

import math

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
    # The value span includes its quotes: the tokens ' "', 'Kow', 'alski', '",' overlap it.
    assert math.isclose(conf["familienname"], geometric_mean(-0.1, -0.2, -0.4, -0.05))
    assert math.isclose(conf["plz"], geometric_mean(-0.3, -0.6, -1.2, -0.01))
    assert math.isclose(conf["geburtsname"], math.exp(-0.7))
    assert conf["familienname"] > conf["plz"]


def test_nested_keys_are_looked_up_by_their_leaf() -> None:
    tokens = [('{"neue_wohnung": {"plz": ', -0.01), ('"44787"', -0.5), ("}}", -0.01)]
    content = "".join(t for t, _ in tokens)
    conf = value_confidences(content, tokens, {"neue_wohnung.plz": "44787"})
    assert math.isclose(conf["neue_wohnung.plz"], math.exp(-0.5))


def test_list_value_written_compactly_has_a_confidence() -> None:
    tokens = [('{"staatsangehoerigkeiten":', -0.01), ('["türkisch",', -0.2), ('"deutsch"]', -0.4),
              ("}", -0.01)]
    content = "".join(t for t, _ in tokens)
    conf = value_confidences(content, tokens, {"staatsangehoerigkeiten": ["türkisch", "deutsch"]})
    assert math.isclose(conf["staatsangehoerigkeiten"], geometric_mean(-0.2, -0.4))


def test_tokens_not_matching_the_content_give_nothing() -> None:
    assert value_confidences(CONTENT + " ", TOKENS, {"plz": "44787"}) == {}
    assert value_confidences(CONTENT, TOKENS[:-1], {"plz": "44787"}) == {}


def test_without_tokens_there_is_no_confidence() -> None:
    assert value_confidences(CONTENT, None, {"plz": "44787"}) == {}
    assert value_confidences(CONTENT, [], {"plz": "44787"}) == {}


def test_keys_or_values_not_in_the_answer_are_left_out() -> None:
    conf = value_confidences(CONTENT, TOKENS, {"vornamen": "Anna", "plz": "99999"})
    assert conf == {}
