"""Render a fresh set's PDFs with the project's fixture renderer: ``python bench/fresh/make_pdfs.py``.

For every ``bench/fresh/<id>/letter-fw.json`` (``--root bench/fresh-b`` for the second set): ``v0.pdf``,
the letter typeset as a GB/T 9704 A4 page of 28 characters a line (``tests/fixtures/make_fixtures.py``'s
``render``), and ``scan.pdf``, that PDF printed and scanned (its ``scan``: 200 dpi, skew, grey paper,
noise, a red seal over the date). Only missing files are made (``--force`` makes them all again).
``v0.pdf`` is small and committed; ``scan.pdf`` (about 300 kB a page) is not, and is made here on demand.

The fresh sets have no ``v1.pdf`` or ``sandwich.pdf``: the bench skips those modes for it.
The scans need a Chinese system font (``make fixtures`` installs fonts-wqy-microhei).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "tests" / "fixtures"))
sys.path.insert(0, str(HERE))
import make_fixtures  # type: ignore[import-not-found]  # noqa: E402
from make_ascii import letter_dirs  # noqa: E402

COLS = 28


def make(d: Path, *, force: bool = False, scans: bool = True) -> list[Path]:
    """The PDFs of the letter in folder ``d`` that were (re)made."""
    made = []
    v0, scan = d / "v0.pdf", d / "scan.pdf"
    if force or not v0.exists():
        make_fixtures.COLS, make_fixtures.WIDTH = COLS, COLS * make_fixtures.BODY
        make_fixtures.render(json.loads((d / "letter-fw.json").read_text(encoding="utf-8")), v0)
        made.append(v0)
    if scans and (force or not scan.exists()):
        make_fixtures.scan(v0, scan)
        made.append(scan)
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("ids", nargs="*", help="letters to make (default: all)")
    parser.add_argument("--force", action="store_true", help="make the PDFs again even where they exist")
    parser.add_argument("--no-scan", action="store_true", help="make v0.pdf only")
    parser.add_argument("--root", type=lambda p: Path(p).resolve(), default=HERE,
                        help="folder of <id>/letter-fw.json (default: bench/fresh)")
    args = parser.parse_args(argv)
    for d in letter_dirs(args.root):
        if args.ids and d.name not in args.ids:
            continue
        for path in make(d, force=args.force, scans=not args.no_scan):
            print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
