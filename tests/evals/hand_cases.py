"""A hand-made five-case dataset whose every score is computed by hand in test_metrics.py.

W = wohnsitzanmeldung, G = geburtsurkunde.
- A (W, type given): auto expected, auto predicted; familienname "Muller" for "Müller" is wrong,
  date in German form, nationalities reordered, geburtsname null kept null. Leaks "03.07.1988".
- B (W, type NOT given): clerk expected with W4_frist, predicted clerk with W4_frist and
  low_confidence:vornamen; geburtsname hallucinated. Leaks "Anna Maria" across a line break.
- C (G, type NOT given): auto expected, predicted clerk with only low_confidence:anzahl; all right.
- D (W, type given): clerk expected (W1_ausserhalb), predicted auto; fields right → false
  auto-approval by route, W1 missed.
- E (G, type NOT given): crashed.
"""

from __future__ import annotations

from pathlib import Path

from evals.dataset import Dataset, Prediction, load_dataset
from tests.evals.builders import expected, prediction, write_case

W, G = "wohnsitzanmeldung", "geburtsurkunde"
REQUIRED = {
    W: ("familienname", "vornamen", "geburtsdatum", "staatsangehoerigkeiten",
        "neue_wohnung.plz", "neue_wohnung.ort"),
    G: ("antragsteller.familienname", "person.geburtsdatum", "anzahl"),
}


def build_hand_dataset(root: Path) -> Dataset:
    write_case(root, "A", application_type=W, expected=expected(W, "auto_approve", {
        "familienname": "Müller", "geburtsdatum": "1988-07-03",
        "staatsangehoerigkeiten": ["türkisch", "deutsch"], "geburtsname": None},
        pii=["Müller", "03.07.1988"]))
    write_case(root, "B", expected=expected(W, "clerk_review", {
        "familienname": "Weiß", "vornamen": "Anna Maria", "geburtsname": None},
        rules=["W4_frist"], pii=["Weiß", "Anna Maria"]))
    write_case(root, "C", expected=expected(G, "auto_approve", {
        "person.geburtsdatum": "2001-02-03", "anzahl": 2, "verwendungszweck": None},
        pii=["03.02.2001"]))
    write_case(root, "D", application_type=W, expected=expected(W, "clerk_review", {
        "neue_wohnung.plz": "44623", "neue_wohnung.ort": "Herne"}, rules=["W1_ausserhalb"]))
    write_case(root, "E", expected=expected(G, "clerk_review", {
        "antragsteller.familienname": "Yılmaz", "verwendungszweck": None},
        rules=["G2_berechtigung"], pii=["Yılmaz"]))
    return load_dataset(root)


def hand_predictions() -> dict[str, Prediction]:
    return {
        "A": prediction(W, "auto_approve", {
            "familienname": "Muller", "geburtsdatum": "03.07.1988",
            "staatsangehoerigkeiten": ["Deutsch", "türkisch"], "geburtsname": None},
            confidence={"familienname": 0.95, "geburtsdatum": 0.99,
                        "staatsangehoerigkeiten": 0.9},
            redacted=["Name: <PERSON>, geboren 03.07.1988"], seconds=10, llm_tokens=1000,
            stage_seconds={"read": 2.0, "extract": 8.0}),
        "B": prediction(W, "clerk_review", {
            "familienname": "WEISS", "vornamen": " anna   maria ", "geburtsname": "Schmidt"},
            confidence={"familienname": 0.8, "vornamen": 0.6, "geburtsname": 0.7},
            rules=["W4_frist", "low_confidence:vornamen"],
            redacted=["Frau Anna\n  Maria wohnt in <LOCATION>"], seconds=20, llm_tokens=3000,
            stage_seconds={"read": 5.0, "extract": 15.0}),
        "C": prediction(G, "clerk_review", {"person.geburtsdatum": "2001-02-03", "anzahl": "2"},
                        confidence={"person.geburtsdatum": 0.9, "anzahl": 0.5},
                        rules=["low_confidence:anzahl"], redacted=["Geburtsdatum: <DATE>"],
                        seconds=30, llm_tokens=2000),
        "D": prediction(W, "auto_approve", {"neue_wohnung.plz": 44623,
                                            "neue_wohnung.ort": "Herne"},
                        confidence={"neue_wohnung.plz": 0.97, "neue_wohnung.ort": 0.96},
                        seconds=5, llm_tokens=500),
        "E": prediction(None, None, {}, error="Zeitüberschreitung beim Lesen", seconds=60),
    }
