"""``python -m redaction.evaluate [--set heldout] [--leak DATASET] [--ocr]``: prints precision,
recall and F2 per entity type, speed per page, and the leak rate on an eval dataset."""

from __future__ import annotations

import argparse
from pathlib import Path

from redaction.evaluation.leak_rate import CaseLeaks, measure_dataset
from redaction.evaluation.metrics import Scores, evaluate_set, load_set

TESTSETS = Path(__file__).resolve().parent / "testsets"


def print_scores(name: str, scores: Scores) -> None:
    print(f"set: {name}  documents' characters: {scores.chars}")
    print(f"{'type':<18}{'gold':>6}{'recall':>8}{'pred':>6}{'precision':>11}{'F2':>7}")
    for kind in sorted(set(scores.gold) | set(scores.predicted)):
        print(f"{kind:<18}{scores.gold[kind]:>6}{scores.recall(kind):>8.3f}"
              f"{scores.predicted[kind]:>6}{scores.precision(kind):>11.3f}{scores.f2(kind):>7.3f}")
    print(f"{'OVERALL':<18}{sum(scores.gold.values()):>6}{scores.recall():>8.3f}"
          f"{sum(scores.predicted.values()):>6}{scores.precision():>11.3f}{scores.f2():>7.3f}")
    print(f"speed: {scores.ms_per_page():.1f} ms per page of 2500 characters")


def print_leaks(cases: list[CaseLeaks]) -> None:
    total = sum(c.pii for c in cases)
    present = sum(c.present for c in cases)
    with_list = sum(len(c.leaked_with_deny_list) for c in cases)
    without = sum(len(c.leaked_without) for c in cases)
    print(f"{'case':<16}{'pii':>4}{'in text':>8}{'leak(deny)':>11}{'leak(none)':>11}  skipped docs")
    for c in cases:
        print(f"{c.case_id:<16}{c.pii:>4}{c.present:>8}{len(c.leaked_with_deny_list):>11}"
              f"{len(c.leaked_without):>11}  {c.skipped_documents}")
    print(f"pii strings: {total}, found in the extracted text before redaction: {present}")
    print(f"leak rate with case deny list: {with_list / total:.3f} of all pii "
          f"({with_list}/{present} of those present)")
    print(f"leak rate without deny list:   {without / total:.3f} of all pii "
          f"({without}/{present} of those present)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", default="heldout", help="dev or heldout (or a .jsonl path)")
    parser.add_argument("--leak", type=Path, help="dataset directory in the eval format")
    parser.add_argument("--ocr", action="store_true", help="OCR raster documents (slow)")
    parser.add_argument("--show-errors", type=int, default=0, help="print N misses/false alarms")
    args = parser.parse_args(argv)
    path = Path(args.set) if args.set.endswith(".jsonl") else TESTSETS / f"{args.set}.jsonl"
    scores = evaluate_set(load_set(path))
    print_scores(args.set, scores)
    for label, items in (("missed", scores.misses), ("false alarm", scores.false_alarms)):
        for item in items[: args.show_errors]:
            print(f"  {label}: {item}")
    if args.leak:
        print_leaks(measure_dataset(args.leak, args.ocr))


if __name__ == "__main__":
    main()
