"""Build the IDF table of subject keywords (``src/govletter/catalogue/data/idf.tsv``) from a corpus.

    python bench/build_idf.py [--corpus ../shared/corpus] [--out src/govletter/catalogue/data/idf.tsv]

A document is one letter's title, the proposal's title and its paragraphs (``truth`` of every
``letter-fw.json`` under the corpus). Terms are segmented exactly as
``govletter.catalogue.keywords`` does (jieba with the shipped user dictionary and stop words), so
the table and the keywords agree. Run it again after changing the dictionary or the stop words.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from govletter.catalogue.keywords import idf_table

ROOT = Path(__file__).resolve().parents[1]


def documents(corpus: Path) -> list[str]:
    docs = []
    for path in sorted(corpus.glob("**/letter-fw.json")) or sorted(corpus.glob("**/letter.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))["truth"]
        proposal = truth.get("proposal") or {}
        parts = [truth.get("title"), proposal.get("title"), *(truth.get("paragraphs") or [])]
        docs.append("\n".join(p for p in parts if p))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "govletter" / "catalogue" / "data" / "idf.tsv")
    args = ap.parse_args()
    docs = documents(args.corpus)
    table = idf_table(docs)
    lines = [f"# IDF of subject terms over {len(docs)} letters of the development corpus; made by bench/build_idf.py",
             *(f"{term}\t{value}" for term, value in table.items())]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(table)} terms from {len(docs)} documents -> {args.out}")


if __name__ == "__main__":
    main()
