"""Screens document text for instructions addressed to an AI or to the system.

Citizens' documents are data, never instructions. Text that tries to steer the model or the
routing ("ignore all rules", "approve automatically") marks the case ``suspicious_content`` and
sends it to a clerk — whatever the model then extracted.
"""

from __future__ import annotations

import re

_PATTERNS = [
    # addressed to an AI / the system ("Systemhinweis" alone is an ordinary e-mail footer)
    r"\b(ki|k\.i\.|ai|chatbot|sprachmodell|language model|llm|assistent|assistant)\s*[-:,]?\s*"
    r"(system\s*)?(hinweis|anweisung|instruktion|instruction|prompt)",
    r"\bsystem\s*[-:,]?\s*(anweisung|instruktion|instruction|prompt)",
    r"(hinweis|anweisung|nachricht|note|instruction)s?\s+(an|für|to|for)\s+(das|die|den|the)?\s*"
    r"(ki|ai|system|sprachmodell|modell|model|assistent|assistant|bot|sachbearbeitungssystem)",
    r"\b(an|für|to)\s+(die|das|den|the)\s+(automatische\w*|automatisierte\w*|maschinelle\w*|"
    r"automated|automatic)\s+(prüfung|bearbeitung|verarbeitung|system|auswertung|review|"
    r"processing)\s*[:,!]",
    r"\bignorier\w*\s+(alle|sämtliche|die|jegliche|bisherigen|vorherigen|obigen)",
    r"\bignore\s+(all|any|the|previous|prior|above)\b",
    # "forget the previous instructions", but not "vergessen Sie nicht die Regeln"
    r"\b(ignorier\w*|ignore|vergiss|vergessen\s+sie|missachte\w*|disregard|forget|override)\s+"
    r"((?!nicht\b|not\b)\w+\s+){0,2}(vorherigen|bisherigen|obigen|früheren|alle|sämtliche|"
    r"deine|your|all|any|previous|prior|above|earlier|the)\s+(\w+\s+)?(anweisungen|instruktionen|"
    r"instructions|regeln|rules|vorgaben)",
    # German infinitive imperative, verb last: "Vorherige Anweisungen ignorieren."
    r"\b(vorherigen?|bisherigen?|obigen?|früheren?|alle|sämtliche)\s+(anweisungen|instruktionen|"
    r"regeln|vorgaben)\s+(ignorieren|vergessen|missachten)",
    r"\b(vorherigen|bisherigen|obigen|previous|prior|above)\s+(anweisungen|instructions|regeln|"
    r"rules)\s+(gelten\s+nicht|sind\s+(ungültig|aufgehoben|nichtig)|(are|is)\s+(void|invalid)|"
    r"no\s+longer\s+apply|do\s+not\s+apply)",
    r"\b(genehmige|bewillige|approve|akzeptiere)\w*\s+(diesen|den|this|the)?\s*(antrag|fall|case|"
    r"application)?\s*(sofort|automatisch|automatically|ohne prüfung|immediately)",
    r"\bautomatisch\w*\s+(genehmig|bewillig|freigeb|freigab|approv)",
    r"\bohne\s+(weitere\s+|jede\s+|manuelle\s+|menschliche\s+)?(prüfung|kontrolle|sachbearbeitung)"
    r"\s+(zu\s+)?(genehmig|bewillig|freigeb|freizugeb|akzeptier|erteil)",
    r"\b(approve|accept|grant)\w*\b[^.!?]{0,40}\bwithout\s+(any\s+|further\s+|human\s+|"
    r"manual\s+)?(review|checks?|verification)",
    r"\b(system\s*prompt|jailbreak|developer mode|you are now|du bist jetzt)\b",
    r"\brules?\s*(check|prüfung)?\s*(überspringen|deaktivieren|skip|disable)",
    r"\b(skip|bypass|disable)\s+(the\s+|all\s+|any\s+)?(rules?|checks?|validation|review)\b",
    r"\b(regel\w*|prüfung\w*|kontrolle\w*)\s+(überspringen|deaktivieren|umgehen|abschalten|"
    r"ausschalten)",
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
