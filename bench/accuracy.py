"""Accuracy of govletter over the development corpus, per field and per input mode.

    python bench/accuracy.py [--corpus ../shared/corpus/dev] [--mode v0 --mode v1] [--split check] [--errors]

**Splits.** The corpus is split once, deterministically, into a *tune* part (the rules are developed
against it) and a *check* part (read only to measure, by class of failure, never to patch a letter):
the 20 letters the first rules were written against (``jy-…``, ``tp-…``) are tune; of the others, a
letter is check when ``sha256("govletter-split:" + id) % 5 < 2`` (27 of 93). The check score is the
forecast of what users see on letters nobody has tuned on. Both are printed side by side by default.
A corpus folder that holds a ``SPLIT`` file puts every letter in the part it names (``bench/fresh``,
the composed letters that no rule was written against, is all ``check``); its default is that part.

Modes: ``published`` (the letter.json blocks joined by newlines: the web copy, ASCII punctuation),
``restored`` (letter-fw.json: full-width punctuation as printed), ``pdftotext`` (poppler's
``pdftotext v0.pdf -``, then ``parse_text``), ``v0`` and ``v1`` (the PDFs through ``parse``); and,
when asked for with ``--mode``, ``relayout`` (letter-fw.json typeset anew by the fixtures' renderer
at 24/28/32 characters a line: an unseen layout) and ``relayout-pdftotext`` (that PDF through
pdftotext), ``scan`` (the image-only ``scan.pdf``, OCR) and ``sandwich``
(``sandwich.pdf``: the scan with a free OCR engine's invisible text layer); ``docx`` (letter-fw.json
written as Word by tests/fixtures/make_inputs.py), ``ofd`` (v0.pdf's characters written as OFD),
``image`` (scan.pdf's pages as colour JPEGs, one file a page), ``tiff`` (scan.pdf as one
multi-page 1-bit G4 TIFF) and ``tiff-lzw`` (grey, LZW), all made on the fly in a temporary folder.

A value is right when it equals the truth after folding full/half-width forms (NFKC) and removing
whitespace. **Present accuracy**: of the elements a letter has, the share extracted right.
**Spurious rate**: of the elements a letter lacks, the share given a value anyway. **Paragraph F1**:
``body`` texts against ``truth.paragraphs``, exact match after the same folding, micro-averaged.
**Body similarity**: the body's text against the truth's paragraphs, joined and folded, as a
``difflib`` ratio, averaged over letters (for OCR, where one wrong character fails a paragraph).
**CPU s/page**: this process's CPU time over the pages read.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import shutil
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import govletter
from govletter.evaluate import FIELDS, empty, expected, fold, predicted
from govletter.models import Letter

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
SPLITS = ("tune", "check")
_TUNED_FIRST = ("jy-", "tp-")  # the letters the first rules were written against: never check


def split_of(letter_id: str) -> str:
    """``tune`` or ``check``: fixed by the letter's id, so the split never moves."""
    if letter_id.startswith(_TUNED_FIRST):
        return "tune"
    digest = int(hashlib.sha256(f"govletter-split:{letter_id}".encode()).hexdigest(), 16)
    return "check" if digest % 5 < 2 else "tune"


SPLIT_MARKER = "SPLIT"


def corpus_split(corpus: Path) -> str | None:
    """The part every letter of ``corpus`` is in when its folder holds a ``SPLIT`` file (its first word
    that is not a ``#`` comment: ``tune`` or ``check``); None where the split goes by letter id."""
    marker = corpus / SPLIT_MARKER
    if not marker.is_file():
        return None
    words = [line.split("#")[0].strip() for line in marker.read_text(encoding="utf-8").splitlines()]
    part = next((w for w in words if w), "")
    if part not in SPLITS:
        raise ValueError(f"{marker}: names no part ({' or '.join(SPLITS)}): {part!r}")
    return part


@dataclass
class Score:
    right: Counter[str] = field(default_factory=Counter)
    present: Counter[str] = field(default_factory=Counter)
    spurious: Counter[str] = field(default_factory=Counter)
    absent: Counter[str] = field(default_factory=Counter)
    para_match: int = 0
    para_pred: int = 0
    para_true: int = 0
    failures: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    pages: int = 0
    ocr_pages: int = 0
    similarity_sum: float = 0.0
    letters: int = 0

    def add(self, letter_id: str, letter: Letter, truth: dict[str, Any]) -> None:
        got, want = predicted(letter), expected(truth)
        for name in FIELDS:
            g, w = fold(got[name]), fold(want[name])
            if empty(w):
                self.absent[name] += 1
                if not empty(g):
                    self.spurious[name] += 1
                    self.errors.append(f"{letter_id} {name}: spurious {got[name]!r}")
            else:
                self.present[name] += 1
                if g == w:
                    self.right[name] += 1
                else:
                    self.errors.append(f"{letter_id} {name}: got {got[name]!r}, want {want[name]!r}")
        self.letters += 1
        self.pages += letter.source.pages
        self.ocr_pages += len(letter.source.ocr_pages)
        self.similarity_sum += difflib.SequenceMatcher(
            None, "".join(fold(b.text) for b in letter.body), "".join(fold(p) for p in truth["paragraphs"]),
            autojunk=False).ratio()
        pred = Counter(fold(b.text) for b in letter.body)
        true = Counter(fold(p) for p in truth["paragraphs"])
        self.para_match += sum((pred & true).values())
        self.para_pred += sum(pred.values())
        self.para_true += sum(true.values())
        if pred != true:
            self.errors.append(f"{letter_id} paragraphs: {sum((pred & true).values())}/{sum(true.values())} exact, "
                               f"{sum(pred.values())} given")

    @property
    def present_accuracy(self) -> float:
        return sum(self.right.values()) / max(1, sum(self.present.values()))

    @property
    def spurious_rate(self) -> float:
        return sum(self.spurious.values()) / max(1, sum(self.absent.values()))

    @property
    def body_similarity(self) -> float:
        return self.similarity_sum / max(1, self.letters)

    @property
    def paragraph_f1(self) -> float:
        p = self.para_match / max(1, self.para_pred)
        r = self.para_match / max(1, self.para_true)
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def _blocks_text(path: Path) -> str:
    data = json.loads(path.read_text(encoding="utf-8"))
    return "\n".join(b["text"] for b in data["blocks"])


def _pdftotext(path: Path) -> str:
    exe = shutil.which("pdftotext")
    if exe is None:
        raise RuntimeError("pdftotext is not installed (Debian: apt-get install poppler-utils)")
    return subprocess.run([exe, str(path), "-"], check=True, capture_output=True, text=True).stdout


def _published(d: Path) -> Letter:
    return govletter.parse_text(_blocks_text(d / "letter.json"))


def _restored(d: Path) -> Letter:
    return govletter.parse_text(_blocks_text(d / "letter-fw.json"))


def _via_pdftotext(d: Path) -> Letter:
    return govletter.parse_text(_pdftotext(d / "v0.pdf"))


def _v0(d: Path) -> Letter:
    return govletter.parse(d / "v0.pdf")


def _v1(d: Path) -> Letter:
    return govletter.parse(d / "v1.pdf")


_RELAYOUT_COLUMNS = (24, 28, 32)


def _relayout_pdf(d: Path, out: Path) -> Path:
    """The letter typeset anew by the test fixtures' GB/T 9704 renderer, 24, 28 or 32 characters a
    line by letter: a layout the corpus PDFs do not have."""
    sys.path.insert(0, str(ROOT / "tests" / "fixtures"))
    import make_fixtures  # type: ignore[import-not-found]

    cols = _RELAYOUT_COLUMNS[sum(map(ord, d.name)) % len(_RELAYOUT_COLUMNS)]
    make_fixtures.COLS, make_fixtures.WIDTH = cols, cols * make_fixtures.BODY
    make_fixtures.render(json.loads((d / "letter-fw.json").read_text(encoding="utf-8")), out)
    return out


def _relayout(d: Path) -> Letter:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        return govletter.parse(_relayout_pdf(d, Path(tmp) / f"{d.name}.pdf"))


def _relayout_pdftotext(d: Path) -> Letter:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        return govletter.parse_text(_pdftotext(_relayout_pdf(d, Path(tmp) / f"{d.name}.pdf")))


def _scan(d: Path) -> Letter:
    return govletter.parse(d / "scan.pdf")


def _sandwich(d: Path) -> Letter:
    return govletter.parse(d / "sandwich.pdf")


def _make_inputs() -> Any:
    """tests/fixtures/make_inputs.py: writes a letter as .docx, OFD, page images or a TIFF."""
    sys.path.insert(0, str(ROOT / "tests" / "fixtures"))
    import make_inputs  # type: ignore[import-not-found]

    return make_inputs


def _docx(d: Path) -> Letter:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{d.name}.docx"
        _make_inputs().write_docx(json.loads((d / "letter-fw.json").read_text(encoding="utf-8")), path)
        return govletter.parse(path)


def _ofd(d: Path) -> Letter:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{d.name}.ofd"
        _make_inputs().write_ofd(d / "v0.pdf", path)
        return govletter.parse(path)


def _image(d: Path) -> Letter:
    """scan.pdf's pages as colour JPEGs at 200 dpi (no dpi tag), one file a page, parsed as one letter."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for number, page in enumerate(_make_inputs().page_images(d / "scan.pdf", 200, "RGB"), start=1):
            paths.append(Path(tmp) / f"p{number}.jpg")
            page.save(paths[-1], quality=75)
        return govletter.parse(paths)


def _tiff_as(d: Path, compression: str) -> Letter:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{d.name}.tif"
        _make_inputs().write_tiff(d / "scan.pdf", path, compression=compression)
        return govletter.parse(path)


def _tiff(d: Path) -> Letter:
    """scan.pdf's pages as one multi-page 1-bit CCITT G4 TIFF at 200 dpi."""
    return _tiff_as(d, "group4")


def _tiff_lzw(d: Path) -> Letter:
    """scan.pdf's pages as one multi-page grey LZW TIFF at 200 dpi."""
    return _tiff_as(d, "tiff_lzw")


MODES: dict[str, Callable[[Path], Letter]] = {
    "published": _published,
    "restored": _restored,
    "pdftotext": _via_pdftotext,
    "v0": _v0,
    "v1": _v1,
    "relayout": _relayout,
    "relayout-pdftotext": _relayout_pdftotext,
    "scan": _scan,
    "sandwich": _sandwich,
    "docx": _docx,
    "ofd": _ofd,
    "image": _image,
    "tiff": _tiff,
    "tiff-lzw": _tiff_lzw,
}
FAST_MODES = ["published", "restored", "pdftotext", "v0", "v1"]


# The file a mode reads from each letter's folder (the other modes read letter.json or letter-fw.json).
MODE_INPUT = {"pdftotext": "v0.pdf", "v0": "v0.pdf", "v1": "v1.pdf", "ofd": "v0.pdf", "scan": "scan.pdf",
              "sandwich": "sandwich.pdf", "image": "scan.pdf", "tiff": "scan.pdf", "tiff-lzw": "scan.pdf"}


def run(corpus: Path, modes: list[str], splits: tuple[str, ...] = SPLITS,
        notes: list[str] | None = None) -> dict[str, Score]:
    """Scores keyed ``mode`` (one split asked for) or ``mode/split`` (several). A mode whose input file
    no letter has is skipped, and letters without it are left out of that mode, each said in ``notes``."""
    letters = sorted(p for p in corpus.iterdir() if (p / "letter.json").exists() )
    fixed = corpus_split(corpus)
    scores: dict[str, Score] = {}
    for mode in modes:
        have = [d for d in letters if mode not in MODE_INPUT or (d / MODE_INPUT[mode]).exists()]
        if len(have) < len(letters) and notes is not None:
            notes.append(f"{mode}: skipped, no letter has {MODE_INPUT[mode]}" if not have else
                         f"{mode}: {len(letters) - len(have)} of {len(letters)} letters left out, "
                         f"without {MODE_INPUT[mode]}")
        if not have:
            continue
        for split in splits:
            key = mode if len(splits) == 1 else f"{mode}/{split}"
            scores[key] = _run_mode(mode, [d for d in have if split in ("all", fixed or split_of(d.name))])
    return scores


def _run_mode(mode: str, letters: list[Path]) -> Score:
    score = Score()
    start = time.perf_counter()
    cpu = time.process_time()
    for d in letters:
        truth = json.loads((d / "letter.json").read_text(encoding="utf-8"))["truth"]
        try:
            letter = MODES[mode](d)
        except govletter.GovLetterError as exc:
            score.failures.append(f"{d.name}: {exc}")
            score.present.update(k for k, v in expected(truth).items() if not empty(v))
            score.para_true += len(truth["paragraphs"])
            continue
        score.add(d.name, letter, truth)
    score.seconds = time.perf_counter() - start
    score.cpu_seconds = time.process_time() - cpu
    return score


COL = 16


def table(scores: dict[str, Score]) -> str:
    modes = list(scores)
    width = max(len(f) for f in FIELDS) + 2
    col = max(COL, *(len(m) + 2 for m in modes))
    lines = ["field".ljust(width) + "".join(m.rjust(col) for m in modes)]
    for name in FIELDS:
        row = name.ljust(width)
        for m in modes:
            s = scores[m]
            n = s.present[name]
            row += (f"{s.right[name] / n:.2f} ({n:>2})" if n else "     -     ").rjust(col)
        lines.append(row)
    lines.append("-" * len(lines[0]))
    summary: dict[str, Callable[[Score], str]] = {
        "present accuracy": lambda s: f"{s.present_accuracy:.3f}",
        "spurious rate": lambda s: f"{s.spurious_rate:.3f}",
        "paragraph F1": lambda s: f"{s.paragraph_f1:.3f}",
        "body similarity": lambda s: f"{s.body_similarity:.3f}",
        "failed files": lambda s: str(len(s.failures)),
        "seconds": lambda s: f"{s.seconds:.1f}",
        "CPU s/page": lambda s: f"{s.cpu_seconds / max(1, s.pages):.3f}",
        "pages OCRed": lambda s: f"{s.ocr_pages}/{s.pages}",
    }
    for label, get in summary.items():
        lines.append(label.ljust(width) + "".join(get(scores[m]).rjust(col) for m in modes))
    return "\n".join(lines)


def judging(corpus: Path) -> str:
    """Cost of judging the sandwich PDFs' OCR layers (the re-reading is in the table's CPU s/page)."""
    from govletter.extract import read_pdf
    from govletter.extract.layer import is_ocr_layer, judge

    layers = poor = 0
    seconds = 0.0
    for path in sorted(corpus.glob("*/sandwich.pdf")):
        for page in read_pdf(path, ocr="never").pages:
            if is_ocr_layer(page):
                start = time.perf_counter()
                poor += judge(page).poor
                seconds += time.perf_counter() - start
                layers += 1
    return (f"\nsandwich: {layers} OCR-layer pages judged in {1000 * seconds / max(1, layers):.2f} ms/page, "
            f"{poor} judged poor and read again")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of <id>/letter.json (+ PDFs)")
    parser.add_argument("--mode", action="append", choices=list(MODES),
                        help="modes to run (default: the five text modes; scan and sandwich OCR, ~2 min each)")
    parser.add_argument("--split", choices=[*SPLITS, "both", "all"], default="both",
                        help="corpus part: tune, check, both side by side (default), or all letters as one")
    parser.add_argument("--errors", action="store_true", help="list every wrong value after the table")
    parser.add_argument("--json", type=Path, help="also write the scores as JSON to this file")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"accuracy: no corpus at {args.corpus}", file=sys.stderr)
        return 2
    try:
        fixed = corpus_split(args.corpus)
    except ValueError as exc:
        print(f"accuracy: {exc}", file=sys.stderr)
        return 2
    splits = {"both": (fixed,) if fixed else SPLITS, "all": ("all",)}.get(args.split, (args.split,))
    notes: list[str] = []
    scores = run(args.corpus, list(args.mode or FAST_MODES), splits, notes)
    print(f"govletter {govletter.__version__} on {args.corpus} "
          f"({sum(1 for p in args.corpus.iterdir() if (p / 'letter.json').exists())} letters"
          + (f", all {fixed}: {SPLIT_MARKER} file)" if fixed else ")"))
    for note in notes:
        print(f"note: {note}")
    if not scores:
        print("accuracy: no mode could be measured (see the notes above)", file=sys.stderr)
        return 2
    print("per field: share right among letters that have the element (count)\n")
    print(table(scores))
    if "sandwich" in scores:
        print(judging(args.corpus))
    for mode, s in scores.items():
        for failure in s.failures:
            print(f"[{mode}] failed: {failure}")
        if args.errors:
            for err in s.errors:
                print(f"[{mode}] {err}")
    if args.json:
        args.json.write_text(json.dumps({m: {"present_accuracy": s.present_accuracy, "spurious_rate": s.spurious_rate,
                                             "paragraph_f1": s.paragraph_f1, "failures": s.failures}
                                         for m, s in scores.items()}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
