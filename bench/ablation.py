"""Stability of the parser when a letter lacks an element: a probe of letters nobody has seen.

    python bench/ablation.py [--corpus ../shared/corpus/dev] [--split tune|check|both|all] [--errors]

Real letters differ from each other less in how an element is written than in which elements they
print at all: one has no 文号, another no 主送, a third no contact line. For each letter of the corpus
(its published text, ``letter.json``'s blocks) and each element role it has, the blocks of that role
are left out and the rest parsed again. The parse is *stable* when

* the element's own field comes out empty (nothing else is taken for it),
* every other field that was right on the whole letter is still right (fields that may be read from
  the element, such as the proposer from the 主送, are not compared), and
* the body is the whole letter's body, less the element's blocks where they are body.

The table gives, per role left out, the share of letters whose parse stays stable; ``--errors``
lists what changed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import govletter
from accuracy import DEFAULT_CORPUS, SPLITS, split_of
from govletter.evaluate import FIELDS, empty, expected, fold, predicted

# role left out -> (its own fields, which must come out empty; other fields that may be read from it)
ROLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "doc_number": (("doc_number",), ("handling_type", "publicity")),
    "title": (("title",), ("proposal.kind", "proposal.congress", "proposal.number", "proposal.proposer",
                           "proposal.title", "cited_documents", "signer")),
    "addressee": (("addressee",), ("proposal.proposer", "proposal.kind")),
    "signer": (("signer",), ("date",)),
    "date": (("date",), ("signer",)),
    "note": (("contact",), ("publicity", "cc")),
    "cc": (("cc",), ("contact",)),
    "closing": ((), ()),
    "attachment": ((), ("cited_documents",)),
}
BODY_ROLES = ("body", "heading", "closing")


def _parse(blocks: list[dict[str, str]]) -> Any:
    return govletter.parse_text("\n".join(b["text"] for b in blocks))


def probe(d: Path, role: str) -> list[str] | None:
    """What changed when ``role``'s blocks are left out of letter ``d`` (None: the letter has none)."""
    data = json.loads((d / "letter.json").read_text(encoding="utf-8"))
    blocks = data["blocks"]
    if not any(b["role"] == role for b in blocks):
        return None
    whole = _parse(blocks)
    less = _parse([b for b in blocks if b["role"] != role])
    own, related = ROLES[role]
    want = expected(data["truth"])
    got_whole, got_less = predicted(whole), predicted(less)
    changes = []
    for name in own:
        if not empty(got_less[name]):
            changes.append(f"{name}: spurious {got_less[name]!r}")
    for name in FIELDS:
        if name in own or name in related:
            continue
        right_before = fold(got_whole[name]) == fold(want[name])
        if right_before and fold(got_less[name]) != fold(got_whole[name]):
            changes.append(f"{name}: was {got_whole[name]!r}, now {got_less[name]!r}")
    body_whole = [fold(b.text) for b in whole.body]
    if role in BODY_ROLES:
        dropped = {fold(b["text"]) for b in blocks if b["role"] == role}
        body_whole = [t for t in body_whole if t not in dropped]
    body_less = [fold(b.text) for b in less.body]
    if change := body_change(body_whole, body_less):
        changes.append(change)
    return changes


def body_change(before: list[str], after: list[str]) -> str | None:
    """How the body's (folded) paragraphs changed, or ``None``: the first 20 characters of those
    lost and of those added."""
    if after == before:
        return None
    lost = [t[:20] for t in before if t not in after]
    added = [t[:20] for t in after if t not in before]
    return f"body: lost {lost}, added {added}"


def report(probe: Callable[[Path, str], list[str] | None], names: Iterable[str], heading: str,
           description: str) -> None:
    """Run ``probe`` over every letter of the corpus named on the command line and each of ``names``
    (a role left out, a change made) and print the share of stable parses per name and split."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--split", choices=[*SPLITS, "both", "all"], default="both")
    parser.add_argument("--errors", action="store_true", help="list what changed after the table")
    args = parser.parse_args()
    dirs = sorted(p.parent for p in args.corpus.glob("*/letter.json"))
    splits = {"both": list(SPLITS), "all": ["all"]}.get(args.split, [args.split])
    names = list(names)
    table: dict[str, dict[str, list[int]]] = {name: {s: [0, 0] for s in splits} for name in names}
    errors: list[str] = []
    for d in dirs:
        part = "all" if splits == ["all"] else split_of(d.name)
        if part not in splits:
            continue
        for name in names:
            changes = probe(d, name)
            if changes is None:
                continue
            table[name][part][1] += 1
            if not changes:
                table[name][part][0] += 1
            errors += [f"[{part}] {d.name} {heading} {name}: {c}" for c in changes]
    width = max(12, *(len(n) + 2 for n in names))
    print(f"{heading:<{width}}" + "".join(f"{s + ' stable':>18}" for s in splits))
    totals = {s: [0, 0] for s in splits}
    for name, row in table.items():
        cells = []
        for s in splits:
            ok, n = row[s]
            totals[s][0] += ok
            totals[s][1] += n
            cells.append(f"{ok / max(1, n):.2f} ({ok:>2}/{n:>2})".rjust(18))
        print(f"{name:<{width}}" + "".join(cells))
    print(f"{'all':<{width}}" + "".join(f"{t[0] / max(1, t[1]):.2f} ({t[0]:>3}/{t[1]:>3})".rjust(18)
                                        for t in totals.values()))
    if args.errors:
        print("\n".join(errors))


def main() -> None:
    report(probe, ROLES, "without", __doc__.splitlines()[0])


if __name__ == "__main__":
    main()
