"""Screens document text for instructions addressed to an AI or to the system.

Citizens' documents are data, never instructions. Text that tries to steer the model or the
routing ("ignore all rules", "approve automatically") marks the case ``suspicious_content`` and
sends it to a clerk — whatever the model then extracted.

The text is normalised first, so that look-alike spellings match the same patterns: NFKC
(full-width and compatibility letters), and format characters (zero-width space and joiners,
soft hyphen, bidi marks) both removed and, in a second pass, read as spaces — a zero-width
space may stand inside a word ("Ig​nore") or between two ("Ignore​all").
"""

from __future__ import annotations

import re
import unicodedata

from domain.documents import DocumentReading, HiddenText, PageReading

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
    # aimed at the approval: "bitte direkt freigeben", "auto-approve", "mark as approved"
    r"\b(direkt|sofort|umgehend|unverzüglich)\s+(zu\s+)?(freigeben|freizugeben|genehmigen|"
    r"bewilligen|durchwinken)\b",
    r"\bauto[-\s]?approv",
    r"\bmark\s+(this|the|it)\s+(case|application)?\s*as\s+approved",
    r"\b(new|neue)\s+(instructions?|anweisung(en)?)\s*:",
    # French
    r"\b(ignor|oubli)\w*\s+(toutes\s+|tout\s+)?(les\s+|tes\s+|vos\s+)?(instructions|consignes|"
    r"règles)",
    r"\bne\s+(tiens|tenez)\s+(pas|plus)\s+compte\s+des\s+(instructions|consignes|règles)",
    r"\b(approuv|valid|accept|accord)\w*\s+((ce|cette|la|le)\s+)?(dossier|demande|candidature)?"
    r"\s*(immédiatement|automatiquement|directement|sans\s+(aucune\s+)?(vérification|contrôle|"
    r"examen))",
    r"\b(note|message|instruction|consigne)s?\s+(pour|à)\s+(l['’]\s*|le\s+|la\s+)?(ia|"
    r"assistant|intelligence\s+artificielle|modèle|système|robot)\b",
    r"\bà\s+l['’]\s*attention\s+(de\s+l['’]\s*|du\s+)(ia|assistant|modèle|système|robot)\b",
    r"\b(tu\s+es|vous\s+êtes)\s+maintenant\b",
]
_COMPILED = [re.compile(p, re.IGNORECASE) for p in _PATTERNS]


def _spellings(text: str) -> list[str]:
    """The text as the screen reads it: NFKC, format characters dropped, or as spaces."""
    normal = unicodedata.normalize("NFKC", text)
    dropped = "".join(c for c in normal if unicodedata.category(c) != "Cf")
    spaced = "".join(" " if unicodedata.category(c) == "Cf" else c for c in normal)
    return list(dict.fromkeys(re.sub(r"\s+", " ", t) for t in (dropped, spaced)))


def find_suspicious(text: str) -> list[str]:
    """The matched phrases (for the clerk's attention; may be shown, they are not PII)."""
    hits: list[str] = []
    for flat in _spellings(text):
        for pattern in _COMPILED:
            m = pattern.search(flat)
            if m and m.group(0)[:80] not in hits:
                hits.append(m.group(0)[:80])
    return hits


def reading_is_suspicious(reading: DocumentReading) -> bool:
    """Instructions in the text, or text hidden from the reader of the page.

    Hidden text never reaches the model or the evidence (the reader keeps it apart), but a
    document that hides text from the clerk is itself a reason for a clerk to look. The one
    exception is a scanner's invisible OCR layer on a page we read by our own OCR — unless it
    carries instructions.
    """
    if find_suspicious(reading.text):
        return True
    for page in reading.pages:
        if page.hidden and find_suspicious(" ".join(h.text for h in page.hidden)):
            return True
        if any(not scanner_ocr_layer(page, h) for h in page.hidden):
            return True
    return False


def scanner_ocr_layer(page: PageReading, hidden: HiddenText) -> bool:
    """The invisible text a scanner lays over its image, on a page we read by our own OCR."""
    return page.method == "ocr" and hidden.reason == "invisible"
