"""Experiment: does a statistical line-role model (a CRF over lines) assign roles better than the rules?

    pip install -e '.[bench]'           # python-crfsuite, the CRFsuite binding sklearn-crfsuite wraps
    python bench/line_roles.py [--corpus ../shared/corpus/dev] [--input v0 --input scan] [--folds 5]
    python bench/line_roles.py --input v0 --folds 0 --fresh bench/fresh

GROBID labels the lines of scholarly PDFs with a CRF over layout and lexical features. This script
asks whether the same would beat govletter's rules on the 公文 of the development corpus:

- **Lines** are what the parser sees: each letter's ``v0.pdf`` (and, with ``--input scan``, the
  image-only ``scan.pdf`` through OCR, cached under ``.cache/line_roles/``) read by govletter's own
  ``read_pdf``, every page's lines in reading order with their geometry, page furniture included.
- **Gold roles**: each line takes the hand-labelled role of the ``letter-fw.json`` block its text
  belongs to (the lines' and the blocks' texts are each concatenated, folded and matched in order
  with ``difflib``, so an OCR slip costs only its character); a line mostly found in no block
  (``— 2 —``, a running header) is ``furniture``.
- **Rule roles**: what the current parser made of each line, read back from the ``Letter``: a line
  that ``remove_furniture`` dropped is ``furniture``; a line of the block a field's ``evidence``
  points to takes that field's role (title, doc_number, addressee, signer, date, cc; 办理类型 ->
  ``meta``; 公开, 签发人 and 印发 -> ``note`` below the body's first paragraph, else ``meta``;
  attachments -> ``attachment``); a line of a contact's ``raw`` text is ``note``; a line of a
  ``body`` item takes its kind (paragraph -> ``body``, heading, closing); every other line is
  ``meta`` (the parser read nothing from it). ``evidence`` records one block per field, so a second
  抄送 block the rules did read would count against them: their cc row is a lower bound.
- **CRF**: a linear-chain CRF (python-crfsuite, L-BFGS, c1/c2 regularised) over the lines of a
  letter, with layout features (position in the document and on the page, indent, width, centred or
  set right, font size against the body's, the gap above) and lexical ones (length, the first and last
  characters, numbering, the parser's own patterns: 文号, dates, 抄送, contacts, 主送, closings,
  titles), each with its neighbours' (±1, ±2).

Splits: ``split_of`` of ``bench/accuracy.py`` (tune 66, check 27): the CRF is trained on tune and
judged on check, beside the rules on the same lines; then ``--folds`` cross-validation by letter
over all 93 letters (a second, independent split). Printed: per-role precision, recall and F1, line
accuracy, and a confusion table for the roles that matter. Nothing here is part of the library.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import pickle
import statistics
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

import govletter
from accuracy import DEFAULT_CORPUS, ROOT, split_of
from govletter.api import ParseOptions, _letter
from govletter.extract import Document, Line, read_pdf
from govletter.furniture import remove_furniture
from govletter.models import Letter
from govletter.normalize import fold
from govletter.patterns import (
    ADDRESSEE_RE,
    ATTACHMENT_RE,
    CC_RE,
    CLOSING_RE,
    CONTACT_LINE_RE,
    DATE_ARABIC_RE,
    DATE_CHINESE_RE,
    DOC_NUMBER_RE,
    GREETING_RE,
    HANDLING_ALONE_RE,
    HANDLING_LABELLED_RE,
    HEADING_RES,
    LABEL_RE,
    PAGE_NUMBER_RE,
    PHONE_RE,
    PROPOSAL_MENTION_RE,
    PUBLICITY_ALONE_RE,
    PUBLICITY_LABELLED_RE,
    PUBLICITY_NOTE_RE,
    REPLY_OPENING_RE,
    RULE_LINE_RE,
    SENTENCE_END_RE,
    TITLE_HINT_RE,
)
from govletter.unwrap import Block, unwrap
from govletter.web import strip_web

CACHE = ROOT / ".cache" / "line_roles"
FURNITURE = "furniture"
ROLES = ("meta", "doc_number", "title", "addressee", "heading", "body", "closing", "signer", "date", "note", "cc",
         "attachment", FURNITURE)
# The roles whose confusion is printed (the rest are summed as 'other').
SHOWN = ("title", "addressee", "body", "heading", "closing", "signer", "date", "note", "cc", "meta")
# A field of the Letter whose evidence marks its block's lines, and the role those lines then have.
FIELD_ROLES = {"title": "title", "doc_number": "doc_number", "addressee": "addressee", "signer": "signer",
               "date": "date", "cc": "cc", "contacts": "note", "handling_type": "meta", "attachments": "attachment"}
# Fields printed in the head (``meta``) or below the body's start (``note``).
TAIL_OR_HEAD = ("publicity", "signatories", "printed_by")
BODY_ROLES = {"paragraph": "body", "heading": "heading", "closing": "closing"}

_SUFFIX_RE = regex.compile(r"(?:代表|委员|同志|先生|女士)(?:们)?[:：]?\s*$")
_GUIDE_RE = regex.compile(r"尊敬的|收悉|您好|你好")
_CONTACT_WORD_RE = regex.compile(r"联系人|联系电话|电话|承办人|经办人|负责人|签发")
_CC_WORD_RE = regex.compile(r"^\s*抄\s*送|^\s*抄\s*报")
_ABOUT_RE = regex.compile(r"^\s*关于.{2,}的")
_REPLY_WORD_RE = regex.compile(r"(?:答复|复函|回复|的函|意见|批复)\s*[（(]?[A-D]?类?[）)]?\s*$")


@dataclass
class Sample:
    """One letter's lines, their gold and rule roles."""

    letter_id: str
    lines: list[Line]
    gold: list[str]
    rules: list[str]
    widths: tuple[float, float, float]  # the body's left and right edges, and its font size
    blocks: list[tuple[Block, int] | None]  # the unwrap block each line is in, and its place there


# -- lines and gold roles ------------------------------------------------------------------------


def _extraction_source() -> bytes:
    """The code that makes OCR lines (extraction, its character repairs and patterns): a cache key."""
    package = Path(govletter.__file__).parent
    files = [*sorted((package / "extract").glob("*.py")), package / "normalize.py", package / "patterns.py"]
    return b"".join(f.read_bytes() for f in files)


def read_lines(path: Path, *, ocr: bool) -> Document:
    """The document as extraction hands it on (before furniture); OCR's cached by the file's and the
    extraction code's hash (a change to either reads the scan again)."""
    if not ocr:
        return read_pdf(path)
    data = path.read_bytes()
    cached = CACHE / f"{hashlib.sha256(data + _extraction_source()).hexdigest()[:24]}.pickle"
    if cached.exists():
        doc: Document = pickle.loads(cached.read_bytes())
        return doc
    doc = read_pdf(data, ocr="always")
    CACHE.mkdir(parents=True, exist_ok=True)
    cached.write_bytes(pickle.dumps(doc))
    return doc


def all_lines(doc: Document) -> list[Line]:
    return [line for page in doc.pages for line in page.lines if line.text.strip()]


def line_blocks(lines: list[Line], doc: Document) -> list[tuple[Block, int] | None]:
    """The block ``unwrap`` puts each line in (after furniture and web chrome), with the line's place in
    it; ``None`` for a line that never reaches ``unwrap``."""
    where = {}
    for block in unwrap(strip_web(remove_furniture(doc))[0]):
        for n, line in enumerate(block.lines):
            where[_key(line)] = (block, n)
    return [where.get(_key(line)) for line in lines]


def align(texts: list[str], units: list[tuple[str, str]], default: str) -> list[str]:
    """Each text's role: the role of the unit (text, role) its characters are matched to, the texts and
    the units each concatenated and folded and matched in order (``difflib``, so that a character OCR
    misread or the typesetter changed costs only itself); ``default`` for a text of which less than
    half is matched. The role is the one most of its matched characters have."""
    joined, owner = "", []
    for text, role in units:
        folded = fold(text)
        joined += folded
        owner += [role] * len(folded)
    spans, read = [], ""
    for text in texts:
        folded = fold(text)
        spans.append((len(read), len(read) + len(folded)))
        read += folded
    to_unit: dict[int, int] = {}
    for a, b, n in difflib.SequenceMatcher(None, read, joined, autojunk=False).get_matching_blocks():
        to_unit.update({a + k: b + k for k in range(n)})
    roles = []
    for lo, hi in spans:
        matched = [owner[to_unit[k]] for k in range(lo, hi) if k in to_unit]
        roles.append(Counter(matched).most_common(1)[0][0] if hi > lo and 2 * len(matched) >= hi - lo else default)
    return roles


def gold_roles(lines: list[Line], blocks: list[dict[str, str]]) -> list[str]:
    return align([line.text for line in lines], [(b["text"], b["role"]) for b in blocks], FURNITURE)


# -- the rules' roles ----------------------------------------------------------------------------


def _key(line: Line) -> tuple[int, str, float | None, float | None]:
    return (line.page, line.text.strip(), None if line.top is None else round(line.top, 1),
            None if line.x0 is None else round(line.x0, 1))


def _inside(line: Line, page: int | None, bbox: tuple[float, float, float, float] | None) -> bool:
    if page != line.page or bbox is None or line.bbox is None:
        return page == line.page
    x0, top, x1, bottom = line.bbox
    return x0 >= bbox[0] - 0.5 and top >= bbox[1] - 0.5 and x1 <= bbox[2] + 0.5 and bottom <= bbox[3] + 0.5


def rule_roles(lines: list[Line], doc: Document, letter: Letter) -> list[str]:
    """What the parser made of each line, read back from the ``Letter`` (see the module's docstring)."""
    kept = {_key(line) for page in remove_furniture(doc).pages for line in page.lines}
    roles: list[str | None] = [None if _key(line) in kept else FURNITURE for line in lines]
    fields = dict(FIELD_ROLES)
    first = letter.body[0] if letter.body else None
    start = (first.page or 0, (first.bbox or (0.0, 0.0))[1]) if first else None
    for name in TAIL_OR_HEAD:
        ev = letter.evidence.get(name)
        if ev is not None:
            fields[name] = "note" if start is not None and (ev.page or 0, (ev.bbox or (0.0, 0.0))[1]) > start else "meta"
    for name, role in fields.items():
        ev = letter.evidence.get(name)
        if ev is None:
            continue
        printed = {t.strip() for t in ev.text.split("\n")}
        for i, line in enumerate(lines):
            if roles[i] is None and line.text.strip() in printed and _inside(line, ev.page, ev.bbox):
                roles[i] = role
    # every contact's printed lines (evidence names the first contact's block only)
    printed = {fold(t) for contact in letter.contacts for t in contact.raw.split("\n")}
    for i, line in enumerate(lines):
        if roles[i] is None and fold(line.text) in printed:
            roles[i] = "note"
    # the body: its items' texts in order, aligned like the gold blocks over the lines not yet taken
    free = [i for i, role in enumerate(roles) if role is None]
    units = [(item.text, BODY_ROLES[item.kind]) for item in letter.body]
    for i, role in zip(free, align([lines[i].text for i in free], units, "meta"), strict=True):
        roles[i] = role
    return [role or "meta" for role in roles]


# -- features ------------------------------------------------------------------------------------


def _layout(lines: list[Line]) -> tuple[float, float, float]:
    """The body's left and right edges (the commonest) and its font size (by characters)."""
    placed = [line for line in lines if line.x0 is not None and line.x1 is not None]
    if not placed:
        return (0.0, 1.0, 1.0)
    sizes = Counter[float]()
    for line in placed:
        sizes[round(line.size or 0.0)] += len(line.text)
    size = sizes.most_common(1)[0][0] or 12.0
    left = Counter(round(line.x0 or 0.0) for line in placed).most_common(1)[0][0]
    right = statistics.median(sorted(line.x1 or 0.0 for line in placed)[len(placed) // 2:])
    return (float(left), float(right), float(size))


def _bucket(value: float, edges: Iterable[float]) -> str:
    n = 0
    for edge in edges:
        if value < edge:
            break
        n += 1
    return str(n)


def line_features(lines: list[Line], blocks: list[tuple[Block, int] | None], i: int,
                  layout: tuple[float, float, float]) -> dict[str, Any]:
    """One line's own features (its neighbours' are added by ``features``)."""
    line = lines[i]
    text = line.text.strip()
    flat = regex.sub(r"\s+", "", text)
    left, right, size = layout
    f: dict[str, Any] = {
        "bias": 1.0,
        "pos": _bucket(i / max(1, len(lines)), (0.05, 0.1, 0.2, 0.4, 0.6, 0.8, 0.9, 0.95)),
        "from_start": str(min(i, 8)),
        "from_end": str(min(len(lines) - 1 - i, 8)),
        "page1": line.page == 1,
        "len": _bucket(len(flat), (3, 6, 10, 15, 20, 25, 30, 40)),
        "first": flat[:1],
        "first2": flat[:2],
        "last": flat[-1:],
        "spaced": "  " in text or bool(regex.search(r"\p{Han}\s\p{Han}", text)),
        "sentence_end": bool(SENTENCE_END_RE.search(text)),
        "colon_end": flat.endswith(("：", ":")),
        "full_stop": flat.endswith("。"),
        "heading": next((f"h{level}" for level, pattern in HEADING_RES if pattern.match(text)), "none"),
        "doc_number": bool(DOC_NUMBER_RE.search(text)),
        "date": bool(DATE_ARABIC_RE.search(text) or DATE_CHINESE_RE.search(text)),
        "date_only": bool(regex.fullmatch(r"[\d〇零一二三四五六七八九十○Ｏ年月日\s]+", flat)) and "年" in flat,
        "suffix": bool(_SUFFIX_RE.search(text)),
        "guide": bool(_GUIDE_RE.search(text)),
        "reply_opening": bool(REPLY_OPENING_RE.search(text)),
        "mention": bool(PROPOSAL_MENTION_RE.search(text)),
        "addressee": bool(ADDRESSEE_RE.match(text)) or bool(GREETING_RE.search(text)),
        "cc": bool(CC_RE.match(text) or _CC_WORD_RE.match(text)),
        "contact": bool(CONTACT_LINE_RE.search(text) or _CONTACT_WORD_RE.search(text)),
        "phone": bool(PHONE_RE.search(text)),
        "label": bool(LABEL_RE.match(text)),
        "handling": bool(HANDLING_LABELLED_RE.search(text) or HANDLING_ALONE_RE.match(text)),
        "publicity": bool(PUBLICITY_LABELLED_RE.search(text) or PUBLICITY_NOTE_RE.search(text)
                          or PUBLICITY_ALONE_RE.match(text)),
        "closing": bool(CLOSING_RE.search(text)),
        "attachment": bool(ATTACHMENT_RE.match(text)),
        "title_hint": bool(TITLE_HINT_RE.search(text)),
        "about": bool(_ABOUT_RE.match(text)),
        "reply_word": bool(_REPLY_WORD_RE.search(text)),
        "page_number": bool(PAGE_NUMBER_RE.match(text)),
        "rule": bool(RULE_LINE_RE.match(text)),
    }
    if line.x0 is not None and line.x1 is not None and right > left:
        full = right - left
        middle = (line.x0 + line.x1) / 2
        f["indent"] = _bucket((line.x0 - left) / size, (-0.5, 0.5, 1.5, 2.5, 4, 8, 14))
        f["width"] = _bucket((line.x1 - line.x0) / full, (0.2, 0.4, 0.6, 0.8, 0.95))
        f["centred"] = abs(middle - (left + right) / 2) < size and line.x0 > left + size
        f["right"] = line.x1 > right - 2.5 * size and line.x0 > left + 4 * size
        f["full"] = line.x1 > right - size / 2
    placed_in = blocks[i]
    if placed_in is None:
        f["block"] = "none"
    else:
        block, n = placed_in
        first = block.lines[0].text.strip()
        f["block"] = "single" if len(block.lines) == 1 else "first" if n == 0 else "last" if n == len(
            block.lines) - 1 else "middle"
        f["block_lines"] = _bucket(len(block.lines), (2, 3, 5, 9))
        f["block_heading"] = next((f"h{level}" for level, pattern in HEADING_RES if pattern.match(first)), "none")
        f["block_standalone"] = block.standalone
        f["block_sentence"] = bool(SENTENCE_END_RE.search(block.text))
        f["block_closing"] = bool(CLOSING_RE.search(block.text))
        f["block_contact"] = bool(CONTACT_LINE_RE.search(block.text) or _CONTACT_WORD_RE.search(block.text))
        f["block_opening"] = bool(REPLY_OPENING_RE.search(block.text) or _GUIDE_RE.search(block.text))
    if line.size:
        f["size"] = _bucket(line.size / size, (0.85, 0.95, 1.08, 1.2, 1.45))
    if line.top is not None and i and lines[i - 1].page == line.page:
        prev = lines[i - 1]
        if prev.bottom is not None:
            f["gap"] = _bucket((line.top - prev.bottom) / size, (0.3, 0.8, 1.5, 3))
    return f


def features(sample: Sample) -> list[dict[str, Any]]:
    """Each line's features and its neighbours' (prefixed -2:, -1:, +1:, +2:)."""
    own = [line_features(sample.lines, sample.blocks, i, sample.widths) for i in range(len(sample.lines))]
    out = []
    for i, f in enumerate(own):
        g = dict(f)
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < len(own):
                g.update({f"{d:+d}:{k}": v for k, v in own[j].items() if k not in ("bias", "pos", "from_start",
                                                                                    "from_end", "first2")})
            else:
                g[f"{d:+d}:edge"] = True
        out.append(g)
    return out


def crfsuite_items(fs: list[dict[str, Any]]) -> list[dict[str, float | str]]:
    """Features as CRFsuite takes them: strings become attributes ``name=value``, booleans 1/0."""
    items = []
    for f in fs:
        item: dict[str, float | str] = {}
        for k, v in f.items():
            if isinstance(v, bool):
                if v:
                    item[k] = 1.0
            elif isinstance(v, str):
                item[f"{k}={v}"] = 1.0
            else:
                item[k] = float(v)
        items.append(item)
    return items


# -- the corpus ----------------------------------------------------------------------------------


def load(letter_dir: Path, *, ocr: bool) -> Sample:
    blocks = json.loads((letter_dir / "letter-fw.json").read_text(encoding="utf-8"))["blocks"]
    name = "scan.pdf" if ocr else "v0.pdf"
    doc = read_lines(letter_dir / name, ocr=ocr)
    letter = _letter(doc, path=str(letter_dir / name), sha256=None, opts=ParseOptions())
    lines = all_lines(doc)
    return Sample(letter_dir.name, lines, gold_roles(lines, blocks), rule_roles(lines, doc, letter), _layout(lines),
                  line_blocks(lines, doc))


def train(samples: list[Sample], *, c1: float, c2: float) -> Any:
    """A CRF trained on the samples' gold roles; returns a tagger."""
    import pycrfsuite  # the bench extra

    trainer = pycrfsuite.Trainer(verbose=False)
    for s in samples:
        trainer.append(crfsuite_items(features(s)), s.gold)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": 200, "feature.possible_transitions": True})
    with tempfile.TemporaryDirectory() as tmp:
        model = str(Path(tmp) / "roles.crfsuite")
        trainer.train(model)
        tagger = pycrfsuite.Tagger()
        tagger.open(model)  # (CRFsuite reads the model into memory: the file may go)
        return tagger


def predict(tagger: Any, sample: Sample) -> list[str]:
    return list(tagger.tag(crfsuite_items(features(sample))))


# -- scores --------------------------------------------------------------------------------------


@dataclass
class Tally:
    pairs: Counter[tuple[str, str]]

    @classmethod
    def of(cls, gold: Iterable[str], pred: Iterable[str]) -> Tally:
        return cls(Counter(zip(gold, pred, strict=True)))

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.pairs + other.pairs)

    def prf(self, role: str) -> tuple[float, float, float, int]:
        tp = self.pairs[(role, role)]
        pred = sum(n for (_, p), n in self.pairs.items() if p == role)
        gold = sum(n for (g, _), n in self.pairs.items() if g == role)
        prec, rec = tp / pred if pred else 0.0, tp / gold if gold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        return prec, rec, f1, gold

    @property
    def accuracy(self) -> float:
        total = sum(self.pairs.values())
        return sum(n for (g, p), n in self.pairs.items() if g == p) / max(1, total)


def table(title: str, rules: Tally, crf: Tally) -> str:
    rows = [f"{title}: line accuracy rules {rules.accuracy:.3f}, CRF {crf.accuracy:.3f}",
            f"{'role':<11}{'lines':>6}   {'rules P':>7} {'R':>5} {'F1':>5}   {'CRF P':>7} {'R':>5} {'F1':>5}   winner"]
    for role in ROLES:
        rp, rr, rf, n = rules.prf(role)
        cp, cr, cf, _ = crf.prf(role)
        if not n and not any(p == role for (_, p) in (rules + crf).pairs):
            continue
        winner = "CRF" if cf > rf + 0.005 else "rules" if rf > cf + 0.005 else "tie"
        rows.append(f"{role:<11}{n:>6}   {rp:>7.3f} {rr:>5.3f} {rf:>5.3f}   {cp:>7.3f} {cr:>5.3f} {cf:>5.3f}   {winner}")
    return "\n".join(rows)


def confusion(title: str, tally: Tally) -> str:
    """Rows: gold; columns: predicted (roles outside SHOWN summed as 'other')."""
    def name(role: str) -> str:
        return role if role in SHOWN else "other"

    cells = Counter[tuple[str, str]]()
    for (g, p), n in tally.pairs.items():
        cells[(name(g), name(p))] += n
    cols = [*SHOWN, "other"]
    rows = [f"{title} (rows gold, columns predicted)", " " * 10 + "".join(f"{c[:7]:>8}" for c in cols)]
    for g in cols:
        if any(cells[(g, c)] for c in cols):
            rows.append(f"{g:<10}" + "".join(f"{cells[(g, c)] or '.':>8}" for c in cols))
    return "\n".join(rows)


def folds_of(ids: list[str], k: int, seed: int = 0) -> dict[str, int]:
    """Each letter's fold, by a hash of its id and the seed (a split independent of ``split_of``)."""
    order = sorted(ids, key=lambda i: hashlib.sha256(f"line-roles-fold:{seed}:{i}".encode()).hexdigest())
    return {letter_id: n % k for n, letter_id in enumerate(order)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--input", action="append", choices=("v0", "scan"), help="default: v0")
    ap.add_argument("--folds", type=int, default=5, help="cross-validation folds over all letters (0: none)")
    ap.add_argument("--fresh", type=Path, help="a further corpus folder (bench/fresh): judged with the CRF trained on "
                    "every letter of --corpus (v0 only)")
    ap.add_argument("--seed", type=int, action="append", help="cross-validation seed(s) (default: 0 and 1)")
    # chosen by 5-fold cross-validation within tune (0.01 to 1: line accuracy on check moves by 0.007)
    ap.add_argument("--c1", type=float, default=0.01, help="L1 regularisation")
    ap.add_argument("--c2", type=float, default=0.01, help="L2 regularisation")
    ap.add_argument("--confusion", action="store_true", help="print the confusion tables")
    ap.add_argument("--errors", action="store_true", help="print the check part's lines where rules and CRF differ")
    args = ap.parse_args(argv)
    dirs = sorted(d for d in args.corpus.iterdir() if (d / "letter-fw.json").exists())
    for source in args.input or ["v0"]:
        samples = [load(d, ocr=source == "scan") for d in dirs]
        lines = sum(len(s.lines) for s in samples)
        unfound = sum(g == FURNITURE and not PAGE_NUMBER_RE.match(line.text)
                      for s in samples for g, line in zip(s.gold, s.lines, strict=True))
        print(f"== {source}: {len(samples)} letters, {lines} lines ({unfound} lines in no block and no page "
              "number: labelled furniture)")
        tune = [s for s in samples if split_of(s.letter_id) == "tune"]
        check = [s for s in samples if split_of(s.letter_id) == "check"]
        tagger = train(tune, c1=args.c1, c2=args.c2)
        for part, group in (("tune (trained on)", tune), ("check", check)):
            rules = sum((Tally.of(s.gold, s.rules) for s in group), Tally(Counter()))
            crf = sum((Tally.of(s.gold, predict(tagger, s)) for s in group), Tally(Counter()))
            print(f"\n{source} / {part}, {len(group)} letters")
            print(table(f"{source}/{part}", rules, crf))
            if args.confusion and part == "check":
                print(confusion("rules", rules))
                print(confusion("CRF", crf))
        if args.errors:
            for s in check:
                for line, g, r, c in zip(s.lines, s.gold, s.rules, predict(tagger, s), strict=True):
                    if r != c or g != r:
                        print(f"{s.letter_id} gold={g} rules={r} crf={c} | {line.text.strip()[:40]}")
        for seed in args.seed or [0, 1] if args.folds else []:
            fold = folds_of([s.letter_id for s in samples], args.folds, seed)
            rules_cv, crf_cv = Tally(Counter()), Tally(Counter())
            for k in range(args.folds):
                held = [s for s in samples if fold[s.letter_id] == k]
                tagger = train([s for s in samples if fold[s.letter_id] != k], c1=args.c1, c2=args.c2)
                rules_cv += sum((Tally.of(s.gold, s.rules) for s in held), Tally(Counter()))
                crf_cv += sum((Tally.of(s.gold, predict(tagger, s)) for s in held), Tally(Counter()))
            print(f"\n{source} / {args.folds}-fold cross-validation by letter (seed {seed}), all {len(samples)} letters")
            print(table(f"{source}/cv{seed}", rules_cv, crf_cv))
            if args.confusion:
                print(confusion("rules", rules_cv))
                print(confusion("CRF", crf_cv))
        print()
    if args.fresh:
        train_on = [load(d, ocr=False) for d in dirs]
        judged = [load(d, ocr=False) for d in sorted(args.fresh.iterdir()) if (d / "letter-fw.json").exists()]
        tagger = train(train_on, c1=args.c1, c2=args.c2)
        rules = sum((Tally.of(s.gold, s.rules) for s in judged), Tally(Counter()))
        crf = sum((Tally.of(s.gold, predict(tagger, s)) for s in judged), Tally(Counter()))
        print(f"== {args.fresh}: {len(judged)} letters, the CRF trained on all {len(train_on)} of {args.corpus}")
        print(table(f"{args.fresh.name}/v0", rules, crf))
    return 0


if __name__ == "__main__":
    sys.exit(main())
