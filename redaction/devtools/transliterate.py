"""Latin spellings of Cyrillic and Greek names, as they appear in passports and German forms."""

from __future__ import annotations

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "yu", "я": "ya", "ъ": "", "ы": "y",
    "э": "e", "ё": "yo", "'": "", "’": "",
}
# Russian and Bulgarian write г as g and и as i; Ukrainian as h and y.
_RUSSIAN_OVERRIDES = {"г": "g", "и": "i", "й": "i", "ы": "y", "е": "e"}

_GREEK = {
    "α": "a", "ά": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "έ": "e", "ζ": "z", "η": "i",
    "ή": "i", "θ": "th", "ι": "i", "ί": "i", "ϊ": "i", "ΐ": "i", "κ": "k", "λ": "l", "μ": "m",
    "ν": "n", "ξ": "x", "ο": "o", "ό": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
    "υ": "y", "ύ": "y", "ϋ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o", "ώ": "o",
}


def _apply(name: str, table: dict[str, str]) -> str:
    out = "".join(table.get(ch.lower(), ch.lower()) for ch in name)
    return "-".join(part[:1].upper() + part[1:] for part in out.split("-"))


def ukrainian(name: str) -> str:
    return _apply(name, _CYRILLIC)


def russian(name: str) -> str:
    return _apply(name, {**_CYRILLIC, **_RUSSIAN_OVERRIDES})


def greek(name: str) -> str:
    return _apply(name.replace("ου", "ou").replace("Ου", "Ou"), _GREEK)
