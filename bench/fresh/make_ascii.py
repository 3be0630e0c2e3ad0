"""Derive every ``bench/fresh/<id>/letter.json`` from its ``letter-fw.json``.

    python bench/fresh/make_ascii.py          # write the letter.json files
    python bench/fresh/make_ascii.py --check  # exit 1 where a letter.json differs from its fw file

``letter-fw.json`` is the letter as the office printed it (full-width punctuation, with whatever
half-width characters the office itself typed). ``letter.json`` is the same letter as a website copy
gives it: ，：；（）！？ folded to ASCII ``, : ; ( ) ! ?`` in the blocks and in the truth, everything
else unchanged, the ``source`` record kept as it is. Made by this script only, so the two never
disagree.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
FOLD = str.maketrans("，：；（）！？", ",:;()!?")


def fold(value: Any) -> Any:
    """``value`` with every string in it folded to the web copy's ASCII punctuation."""
    if isinstance(value, str):
        return value.translate(FOLD)
    if isinstance(value, list):
        return [fold(v) for v in value]
    if isinstance(value, dict):
        return {k: fold(v) for k, v in value.items()}
    return value


def ascii_letter(fw: dict[str, Any]) -> dict[str, Any]:
    """The web copy of the letter ``fw``: blocks and truth folded, id, source and complete as they are."""
    return {"id": fw["id"], "source": fw["source"], "complete": fw["complete"],
            "blocks": fold(fw["blocks"]), "truth": fold(fw["truth"])}


def dumps(letter: dict[str, Any]) -> str:
    return json.dumps(letter, ensure_ascii=False, indent=2) + "\n"


def letter_dirs(root: Path = HERE) -> list[Path]:
    return sorted(p.parent for p in root.glob("*/letter-fw.json"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="only check, write nothing")
    parser.add_argument("root", nargs="?", type=Path, default=HERE, help="folder of <id>/letter-fw.json")
    args = parser.parse_args(argv)
    stale = 0
    for d in letter_dirs(args.root):
        want = dumps(ascii_letter(json.loads((d / "letter-fw.json").read_text(encoding="utf-8"))))
        out = d / "letter.json"
        if out.exists() and out.read_text(encoding="utf-8") == want:
            continue
        stale += 1
        if args.check:
            print(f"{out}: differs from make_ascii({d.name}/letter-fw.json)", file=sys.stderr)
        else:
            out.write_text(want, encoding="utf-8")
            print(f"wrote {out}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
