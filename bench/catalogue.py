"""The catalogue stage over the development corpus: topic accuracy against the hand labels in
``tests/cases/topics.json`` and the time of the keywords per letter after jieba has loaded.

    python bench/catalogue.py [--corpus ../shared/corpus/dev] [--errors] [--keywords]

Letters are read from ``letter-fw.json`` (the text as printed) through ``parse_text``. The labels
were made by reading each letter's title and body, before the rules were measured against them; the
rules are general lists (docs/catalogue.md), not fitted letter by letter. The IDF table was built
from the same corpus (bench/build_idf.py), which flatters the keywords a little.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

import govletter
from govletter.catalogue.keywords import keywords, segmenter

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "cases" / "topics.json"


def _text(path: Path) -> str:
    data = json.loads(path.read_text(encoding="utf-8"))
    return "\n".join(b["text"] for b in data["blocks"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    ap.add_argument("--errors", action="store_true", help="list the letters whose topic is wrong")
    ap.add_argument("--keywords", action="store_true", help="print every letter's keywords")
    args = ap.parse_args(argv)
    labels = {row["label"]: row for row in json.loads(LABELS.read_text(encoding="utf-8"))}
    t0 = time.perf_counter()
    segmenter()
    load = time.perf_counter() - t0
    right = 0
    confusion: Counter[tuple[str, str]] = Counter()
    spent = 0.0
    n = 0
    for letter_id, row in sorted(labels.items()):
        letter = govletter.parse_text(_text(args.corpus / letter_id / "letter-fw.json"))
        proposal = letter.proposal
        body = [b.text for b in letter.body]
        for _ in range(5):  # the keywords again, timed alone
            t = time.perf_counter()
            keywords([letter.title, proposal.title if proposal else None], body,
                     exclude=[x for x in (proposal.proposer if proposal else None, letter.addressee) if x])
            spent += time.perf_counter() - t
            n += 1
        got = letter.topic.name if letter.topic else "其他"
        right += got == row["topic"]
        if got != row["topic"]:
            confusion[(row["topic"], got)] += 1
            if args.errors:
                evidence = "; ".join(letter.topic.evidence) if letter.topic else ""
                print(f"{letter_id}: labelled {row['topic']} ({row['reason']}), got {got} [{evidence}]")
        if args.keywords:
            print(f"{letter_id}: {got:<8} {' '.join(letter.keywords)}")
    total = len(labels)
    print("| letters | topic accuracy | jieba load (s) | keywords per letter after load (ms) |")
    print("|---|---|---|---|")
    print(f"| {total} | {right}/{total} = {right / total:.1%} | {load:.2f} | {1000 * spent / n:.2f} |")
    if confusion:
        print("\nmost common confusions (label -> got): " +
              ", ".join(f"{a}->{b} ×{c}" for (a, b), c in confusion.most_common(8)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
