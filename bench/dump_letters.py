"""Dump ``govletter.parse(...)`` of many PDFs as JSON, to check that a change (a speed-up) leaves
every result byte-identical.

    python bench/dump_letters.py OUT [--corpus ../shared/corpus/dev] [--backend pdfium]
    # change the code, then
    python bench/dump_letters.py OUT2 && diff -r OUT OUT2

The PDFs: every ``v0.pdf`` of the corpus and of ``bench/fresh*/``, every PDF under
``tests/fixtures/``, and the 50- and 200-page documents ``bench/throughput.py`` binds from the
corpus letters. A file that fails to parse is dumped as its error (type and message), so a change in
what fails shows up too. ``sha256`` and ``path`` are dropped (the bound documents are rebuilt each
run into a temporary folder); everything else is written as parsed.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from throughput import DEFAULT_CORPUS, bind  # noqa: E402


def sources(corpus: Path, tmp: Path) -> dict[str, Path]:
    """Name (a relative path, flattened) -> PDF."""
    found: dict[str, Path] = {}
    for path in sorted(corpus.glob("*/v0.pdf")):
        found[f"corpus/{path.parent.name}"] = path
    for path in sorted(ROOT.glob("bench/fresh*/*/v0.pdf")):
        found[f"{path.parent.parent.name}/{path.parent.name}"] = path
    for path in sorted((ROOT / "tests" / "fixtures").rglob("*.pdf")):
        found["fixtures/" + str(path.relative_to(ROOT / "tests" / "fixtures"))] = path
    letters = sorted(corpus.glob("*/v0.pdf"))
    for pages in (50, 200):
        found[f"bound-{pages}"] = bind(letters, pages, tmp / f"bound-{pages}.pdf")
    return found


def dump(path: Path, backend: str) -> str:
    import govletter
    from govletter.errors import GovLetterError

    try:
        letter = govletter.parse(path, backend=backend, max_pages=0).model_dump(mode="json")
    except GovLetterError as exc:
        return json.dumps({"error": type(exc).__name__, "cause": exc.cause}, ensure_ascii=False)
    letter["source"].pop("sha256", None)
    letter["source"].pop("path", None)
    return json.dumps(letter, ensure_ascii=False, indent=1, sort_keys=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path, help="folder to write one <name>.json per PDF into")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of <id>/v0.pdf")
    parser.add_argument("--backend", default="pdfium", help="pdfium (default) or pdfplumber")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as name:
        found = sources(args.corpus, Path(name))
        for key, path in found.items():
            target = args.out / (key.replace("/", "__") + ".json")
            target.write_text(dump(path, args.backend) + "\n", encoding="utf-8")
    print(f"{len(found)} results written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
