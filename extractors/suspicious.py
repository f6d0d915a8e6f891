"""Screens document text for instructions addressed to an AI or to the system.

Citizens' documents are data, never instructions. Text that tries to steer the model or the
routing ("ignore all rules", "approve automatically") marks the case ``suspicious_content`` and
sends it to a clerk — whatever the model then extracted.
"""

from __future__ import annotations

import re

_PATTERNS = [
    # addressed to an AI / the system
    r"\b(ki|k\.i\.|ai|chatbot|sprachmodell|language model|llm|assistent|system)\s*[-:,]?\s*"
    r"(system\s*)?(hinweis|anweisung|instruktion|instruction|prompt)",
    r"(hinweis|anweisung|nachricht|note|instruction)s?\s+(an|für|to|for)\s+(das|die|den|the)?\s*"
    r"(ki|ai|system|sprachmodell|modell|model|assistent|bot|sachbearbeitungssystem)",
    r"\bignorier\w*\s+(alle|sämtliche|die|jegliche|bisherigen|vorherigen|obigen)",
    r"\bignore\s+(all|any|the|previous|prior|above)\b",
    r"\b(vorherigen|bisherigen|obigen|previous|prior)\s+(anweisungen|instructions|regeln|rules)",
    r"\b(genehmige|bewillige|approve|akzeptiere)\w*\s+(diesen|den|this|the)?\s*(antrag|fall|case|"
    r"application)?\s*(sofort|automatisch|automatically|ohne prüfung|immediately)",
    r"\bautomatisch\w*\s+(genehmig|bewillig|freigeb|freigab|approv)",
    r"\b(system\s*prompt|jailbreak|developer mode|you are now|du bist jetzt)\b",
    r"\brules?\s*(check|prüfung)?\s*(überspringen|deaktivieren|skip|disable)",
    r"\bsetze?\s+(route|status|empfehlung)\s*(auf|=|:)",
    r"<\s*/?\s*(system|assistant|instruction)s?\s*>|\[/?inst\]|<\|im_start\|>",
]
_COMPILED = [re.compile(p, re.IGNORECASE) for p in _PATTERNS]


def find_suspicious(text: str) -> list[str]:
    """The matched phrases (for the clerk's attention; may be shown, they are not PII)."""
    flat = re.sub(r"\s+", " ", text)
    hits = []
    for pattern in _COMPILED:
        m = pattern.search(flat)
        if m:
            hits.append(m.group(0)[:80])
    return hits
