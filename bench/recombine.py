"""Stability of the parser when letters' parts are recombined: one letter's head, another's body and a
third's tail.

    python bench/recombine.py [--corpus ../shared/corpus/dev] [--split tune|check|both|all] [--errors]

A letter's parts come in forms that vary independently: how its head sets the 文号, the class and
the title, how its body opens, how its tail sets the 署名, the date, the contacts and the 版记. The
corpus shows each letter's forms only in the combination that letter has. Here each letter's body
(its ``body``, ``heading`` and ``closing`` blocks) is given the head (every block above the first
body block) of the letter ``k`` places after it in the corpus and the tail (every block below the
last body block) of the letter ``2k`` places after it, for a few offsets ``k``. The parse is *stable*
when the head's fields (文号, title, 主送) read as they do in the head's own letter, the tail's
fields (署名, date, contact, 抄送) as in the tail's own letter, and the body's paragraphs
as in the body's own letter — each only where that letter's own parse is right and the value is printed
in the part taken from it. The class, the publicity, the proposal and the cited documents are not
scored: they may come from any part, and a recombined letter's title and opening name different
suggestions (which of the documents the opening names is the one answered depends on both).

Like ``bench/perturb.py`` it probes variation nobody has tuned on; a recombination that breaks
letters points at a class of variation to handle, never at one letter.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from typing import Any

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))

import govletter
from ablation import body_change, report
from govletter.evaluate import expected, fold, predicted

BODY_ROLES = ("body", "heading", "closing")
HEAD_FIELDS = ("doc_number", "title", "addressee")
TAIL_FIELDS = ("signer", "date", "contact", "cc")
# How many places after the body's letter the head's letter stands (the tail's: twice as many).
OFFSETS = {"head +1, tail +2": 1, "head +5, tail +10": 5, "head +17, tail +34": 17}


@cache
def _corpus(root: Path) -> list[Path]:
    return sorted(p.parent for p in root.glob("*/letter.json"))


@cache
def _letter(d: Path) -> tuple[list[dict[str, str]], dict[str, Any]]:
    data = json.loads((d / "letter.json").read_text(encoding="utf-8"))
    return data["blocks"], data["truth"]


def _parts(blocks: list[dict[str, str]]) -> tuple[list[str], list[str], list[str]] | None:
    """A letter's head, body and tail lines, split at its first and last body block."""
    at = [i for i, b in enumerate(blocks) if b["role"] in BODY_ROLES]
    if not at:
        return None
    texts = [b["text"] for b in blocks]
    return texts[: at[0]], texts[at[0]: at[-1] + 1], texts[at[-1] + 1:]


@cache
def _own(d: Path) -> tuple[dict[str, Any], dict[str, Any], list[str]]:
    """The letter's own parse (its fields and body) and its truth."""
    blocks, truth = _letter(d)
    letter = govletter.parse_text("\n".join(b["text"] for b in blocks))
    return predicted(letter), expected(truth), [fold(b.text) for b in letter.body]


def _printed_in(value: Any, text: str) -> bool:
    """Is the field's value (a contact's phone, a list's first item) printed in the folded ``text``?
    A date is printed in other forms than its ISO reading: it is taken as printed."""
    if isinstance(value, dict):
        value = value.get("phone") or value.get("name")
    if isinstance(value, list):
        value = value[0] if value else None
    if value is None:
        return False  # nothing to find (a part that adds an element of its own is right to)
    return bool(regex.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", str(value))) or fold(str(value)) in text


def probe(d: Path, name: str) -> list[str] | None:
    """What changed when letter ``d``'s body is set between other letters' head and tail."""
    dirs = _corpus(d.parent)
    k = dirs.index(d)
    head_d, tail_d = dirs[(k + OFFSETS[name]) % len(dirs)], dirs[(k + 2 * OFFSETS[name]) % len(dirs)]
    parts = [_parts(_letter(x)[0]) for x in (head_d, d, tail_d)]
    if any(p is None for p in parts) or len({head_d, d, tail_d}) < 3:
        return None
    head, body, tail = parts[0][0], parts[1][1], parts[2][2]  # type: ignore[index]
    letter = govletter.parse_text("\n".join([*head, *body, *tail]))
    got = predicted(letter)
    changes = []
    for source, fields, lines in ((head_d, HEAD_FIELDS, head), (tail_d, TAIL_FIELDS, tail)):
        own, want, _ = _own(source)
        text = fold("".join(lines))
        for field in fields:
            if fold(own[field]) != fold(want[field]) or not _printed_in(own[field], text):
                continue  # wrong in its own letter, or printed in another part of it (a contact in the body)
            if fold(got[field]) != fold(own[field]):
                changes.append(f"{field} (from {source.name}): was {own[field]!r}, now {got[field]!r}")
    _, _, body_own = _own(d)
    if change := body_change(body_own, [fold(b.text) for b in letter.body]):
        changes.append(change)
    return changes


def main() -> None:
    report(probe, OFFSETS, "recombined", __doc__.splitlines()[0])


if __name__ == "__main__":
    main()
