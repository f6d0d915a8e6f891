"""Train the small German person-name NER on documents from the dev templates.

``python -m redaction.devtools.train_ner [--out DIR] [--docs 4000] [--epochs 8] [--seed 101]``

Training text comes only from the dev generator (``make_set("dev", ...)``) with seeds other than
the dev set's, and only names outside the held-out partition (``held_out_share=0``): the held-out
set's wordings and its unseen names stay unseen, so its PERSON recall measures generalisation.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.training import Example
from thinc.api import fix_random_seed

from redaction.devtools.make_testsets import make_set
from redaction.devtools.partition import is_held_out
from redaction.entities import PERSON
from redaction.recognizers.name_tokens import NAME_TOKEN_RE

BATCH_SIZE = 16
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "data" / "ner-person"
# Small on purpose: a few MB on disk and a few ms per page on one CPU core.
NER_MODEL: dict[str, Any] = {
    "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner",
    "extra_state_tokens": False, "hidden_width": 64, "maxout_pieces": 2, "use_upper": True,
    "nO": None,
    "tok2vec": {
        "@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": None, "width": 64,
        "depth": 2, "embed_size": 2000, "window_size": 1, "maxout_pieces": 3,
        "subword_features": True,
    },
}


def _uses_held_out_name(text: str, spans: list[tuple[int, int]]) -> bool:
    return any(is_held_out(m.group()) for s, e in spans for m in NAME_TOKEN_RE.finditer(text, s, e))


def training_examples(nlp: Language, docs: int, seed: int) -> list[Example]:
    examples: list[Example] = []
    for raw in make_set("dev", seed, docs, held_out_share=0.0):
        text = str(raw["text"])
        spans = [(e["start"], e["end"]) for e in raw["entities"]  # type: ignore[attr-defined]
                 if e["type"] == PERSON]
        if _uses_held_out_name(text, spans):
            continue
        doc = nlp.make_doc(text)
        ents = [doc.char_span(s, e, label=PERSON, alignment_mode="expand") for s, e in spans]
        if any(span is None for span in ents):
            continue
        entities = [(s.start_char, s.end_char, PERSON) for s in ents if s is not None]
        examples.append(Example.from_dict(doc, {"entities": entities}))
    return examples


def train(examples: list[Example], epochs: int, seed: int) -> Language:
    fix_random_seed(seed)
    nlp = spacy.blank("de")
    ner = nlp.add_pipe("ner", config={"model": NER_MODEL})
    ner.add_label(PERSON)  # type: ignore[attr-defined]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    for epoch in range(epochs):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for i in range(0, len(examples), BATCH_SIZE):
            nlp.update(examples[i:i + BATCH_SIZE], sgd=optimizer, drop=0.2, losses=losses)
        print(f"epoch {epoch + 1}/{epochs}  loss {losses.get('ner', 0.0):.1f}", flush=True)
    return nlp


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--docs", type=int, default=4000)
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--seed", type=int, default=101)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    nlp = spacy.blank("de")
    examples = training_examples(nlp, args.docs, args.seed)
    print(f"{len(examples)} training documents", flush=True)
    trained = train(examples, args.epochs, args.seed)
    trained.to_disk(args.out)
    print(f"saved to {args.out} after {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
