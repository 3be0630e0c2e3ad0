"""Compare a parsed ``Letter`` with a hand-checked truth in the corpus format (``letter.json``'s ``truth``).

Used by ``bench/accuracy.py`` and by the golden regression test over the development corpus; useful
to anyone who labels their own letters the same way. A value is right when it equals the truth after
folding full/half-width forms (NFKC) and removing whitespace.
"""

from __future__ import annotations

from typing import Any

from .models import Letter
from .normalize import fold as fold_text

# The scored fields, in the corpus truth's names ('proposal.title' is truth['proposal']['title']).
FIELDS = ("doc_number", "handling_type", "publicity", "title", "addressee", "signer", "date", "contact", "cc",
          "proposal.kind", "proposal.congress", "proposal.number", "proposal.proposer", "proposal.title",
          "cited_documents")


def fold(value: Any) -> Any:
    """Comparison key: NFKC, no whitespace; lists and dicts folded item by item."""
    if isinstance(value, str):
        return fold_text(value)
    if isinstance(value, list):
        return [fold(v) for v in value]
    if isinstance(value, dict):
        return {k: fold(v) for k, v in sorted(value.items())}
    return value


def empty(value: Any) -> bool:
    return value is None or value == [] or value == {}


def predicted(letter: Letter) -> dict[str, Any]:
    """The letter's values in the shape of the corpus truth."""
    contact = next((c for c in letter.contacts if c.phone), letter.contacts[0] if letter.contacts else None)
    p = letter.proposal
    return {
        "doc_number": letter.doc_number.raw if letter.doc_number else None,
        "handling_type": letter.handling_type.code if letter.handling_type else None,
        "publicity": letter.publicity.raw if letter.publicity else None,
        "title": letter.title,
        "addressee": letter.addressee,
        "signer": letter.signer,
        "date": letter.date,
        "contact": {"name": contact.name, "phone": contact.phone} if contact else None,
        "cc": letter.cc,
        "proposal.kind": p.kind if p else None,
        "proposal.congress": p.congress if p else None,
        "proposal.number": p.number if p else None,
        "proposal.proposer": p.proposer if p else None,
        "proposal.title": p.title if p else None,
        "cited_documents": [{"title": c.title, "number": c.number} for c in letter.cited_documents],
    }


def expected(truth: dict[str, Any]) -> dict[str, Any]:
    """The truth's values under the scored fields' names."""
    out = {k: truth.get(k) for k in FIELDS if "." not in k}
    proposal = truth.get("proposal") or {}
    for k in ("kind", "congress", "number", "proposer", "title"):
        out[f"proposal.{k}"] = proposal.get(k)
    return out


def misses(letter: Letter, truth: dict[str, Any]) -> dict[str, str]:
    """Every scored field (and ``paragraphs``) the letter gets wrong: name -> what was got and wanted."""
    got, want = predicted(letter), expected(truth)
    out = {name: f"got {got[name]!r}, want {want[name]!r}" for name in FIELDS
           if fold(got[name]) != fold(want[name]) and not (empty(got[name]) and empty(want[name]))}
    body = [fold(b.text) for b in letter.body]
    paragraphs = [fold(p) for p in truth["paragraphs"]]
    if body != paragraphs:
        right = sum(1 for b in body if b in paragraphs)
        out["paragraphs"] = f"{right}/{len(paragraphs)} exact, {len(body)} given"
    return out
