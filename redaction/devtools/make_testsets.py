"""Write ``redaction/testsets/dev.jsonl`` (for tuning) and ``heldout.jsonl`` (for reporting).

``python -m redaction.devtools.make_testsets``. Held-out uses another seed, its own templates
and a share of names that are not in the shipped name lists.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

from redaction.devtools.fake_values import FakeValues
from redaction.devtools.templates import DISTRACTORS, TEMPLATES

OUT_DIR = Path(__file__).resolve().parent.parent / "testsets"
_SLOT = re.compile(r"\{([A-Z_]+):(\w+)\}")
# OCR confusions that keep the length, applied outside entities only.
_OCR = {"e": "c", "l": "1", "i": "l", "o": "0", "n": "m", "a": "o", "u": "v", "r": "n", "B": "8"}


def _generators(fake: FakeValues) -> dict[str, Callable[[], str]]:
    return {
        "person": fake.person, "given": fake.given, "family": fake.family, "street": fake.street,
        "postcode_city": fake.postcode_city, "phone": fake.phone, "email": fake.email,
        "iban": fake.iban, "plate": fake.plate, "id_card": fake.id_card,
        "passport": fake.passport, "residence_permit": fake.residence_permit,
        "tax_id": fake.tax_id, "register": fake.register_number,
        "dob": lambda: fake.written_date(fake.birth_date()),
        "date": lambda: fake.written_date(fake.recent_date()),
    }


def render(template: str, generators: dict[str, Callable[[], str]]) -> dict[str, object]:
    text, entities, cursor = "", [], 0
    for slot in _SLOT.finditer(template):
        text += template[cursor:slot.start()]
        value = generators[slot.group(2)]()
        entities.append({"type": slot.group(1), "start": len(text), "end": len(text) + len(value)})
        text += value
        cursor = slot.end()
    text += template[cursor:]
    return {"text": text, "entities": entities}


def add_ocr_noise(doc: dict[str, object], rng: random.Random, rate: float) -> None:
    text = list(str(doc["text"]))
    protected = {i for e in doc["entities"] for i in range(e["start"], e["end"])}  # type: ignore[attr-defined]
    for i, ch in enumerate(text):
        if i not in protected and ch in _OCR and rng.random() < rate:
            text[i] = _OCR[ch]
    doc["text"] = "".join(text)
    doc["ocr_noise"] = True


def make_set(split: str, seed: int, count: int, held_out_share: float) -> list[dict[str, object]]:
    fake = FakeValues(seed, held_out_share)
    generators = _generators(fake)
    templates = [t for s, t in TEMPLATES if s in (split, "both")]
    docs = []
    for _ in range(count):
        template = fake.rng.choice(templates)
        noise = fake.rng.sample(DISTRACTORS[split], fake.rng.randint(2, 4))
        lines = template.split("\n")
        for line in noise:
            lines.insert(fake.rng.randint(0, len(lines)), line.replace("{", "{{"))
        doc = render("\n".join(lines), generators)
        if fake.rng.random() < 0.25:
            add_ocr_noise(doc, fake.rng, 0.04)
        docs.append(doc)
    return docs


def main() -> None:
    OUT_DIR.mkdir(exist_ok=True)
    for split, seed, share in (("dev", 1, 0.0), ("heldout", 2, 0.4)):
        docs = make_set(split, seed, 1500, share)
        with (OUT_DIR / f"{split}.jsonl").open("w", encoding="utf-8") as out:
            for doc in docs:
                out.write(json.dumps(doc, ensure_ascii=False) + "\n")
        counts: dict[str, int] = {}
        for doc in docs:
            for e in doc["entities"]:  # type: ignore[attr-defined]
                counts[e["type"]] = counts.get(e["type"], 0) + 1
        print(split, len(docs), dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
