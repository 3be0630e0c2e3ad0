"""PDF text layer through pdfplumber, from character positions."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

from ..errors import EncryptedError, ExtractionError
from ..normalize import normalize_chars
from .base import Line, Page, PdfSource, check_page_count

# A gap wider than this share of the font size between two glyphs is printed as a space (0.3 em:
# clear of the 0.2-0.25 em some typesetters put between Chinese and Latin letters or digits).
SPACE_GAP = 0.3


def _name(source: PdfSource) -> str | None:
    return None if isinstance(source, bytes) else str(source)


def _open(source: PdfSource, password: str | None) -> Any:
    import io

    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        return pdfplumber.open(io.BytesIO(source) if isinstance(source, bytes) else source, password=password or "")
    except Exception as exc:  # pdfminer raises many unrelated types for a broken file
        # pdfplumber wraps pdfminer's errors: look down the chain for a password refusal
        inner: BaseException | None = exc
        while inner is not None:
            if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)) or any(
                isinstance(a, (PDFPasswordIncorrect, PDFEncryptionError)) for a in getattr(inner, "args", ())
            ):
                raise EncryptedError(
                    "the PDF is encrypted and the password is missing or wrong (password=… or --password)",
                    path=_name(source),
                ) from exc
            inner = inner.__cause__ or inner.__context__
        raise ExtractionError(f"not a readable PDF ({type(exc).__name__}: {exc})", path=_name(source)) from exc


def chars_to_lines(chars: list[dict[str, Any]], page_number: int) -> list[Line]:
    """Group a page's glyphs into printed lines, left to right, top to bottom.

    A space is printed where the page has a space glyph or a gap wider than ``SPACE_GAP`` ems
    between two glyphs; an extractor's guessed spaces never reach here.
    """
    # '(cid:113)' is a glyph whose font has no Unicode map: no text to read
    glyphs = [c for c in chars if c.get("upright", True) and c["text"] and not c["text"].startswith("(cid:")
              and (c["text"].strip() or c["text"] == " ")]
    glyphs.sort(key=lambda c: (round(c["top"], 0), c["x0"]))
    rows: list[list[dict[str, Any]]] = []
    for glyph in glyphs:
        if rows:
            row = rows[-1]
            ref = row[0]
            if abs(glyph["top"] - ref["top"]) <= 0.5 * min(glyph["size"], ref["size"]):
                row.append(glyph)
                continue
        rows.append([glyph])
    # rows sorted by rounded top may interleave when tops differ by a fraction: merge by position
    rows.sort(key=lambda r: min(c["top"] for c in r))
    lines: list[Line] = []
    for row in rows:
        row.sort(key=lambda c: c["x0"])
        parts: list[str] = []
        prev: dict[str, Any] | None = None
        spaced = False
        for glyph in row:
            if glyph["text"] == " ":
                spaced = prev is not None
                continue
            if prev is not None:
                if glyph["text"] == prev["text"] and abs(glyph["x0"] - prev["x0"]) < 0.1 * glyph["size"]:
                    continue  # the same glyph drawn twice (fake bold)
                # a glyph box may overhang the next glyph's origin: the gap is measured from the origin
                if spaced or glyph["x0"] - min(prev["x1"], prev["x0"] + prev["size"]) > SPACE_GAP * glyph["size"]:
                    parts.append(" ")
            parts.append(glyph["text"])
            prev = glyph
            spaced = False
        printed = [c for c in row if c["text"] != " "]
        if not printed:
            continue
        sizes = Counter(round(c["size"], 1) for c in printed)
        lines.append(
            Line(
                text=normalize_chars("".join(parts)),
                page=page_number,
                x0=min(c["x0"] for c in printed),
                x1=max(min(c["x1"], c["x0"] + c["size"]) for c in printed),
                top=min(c["top"] for c in printed),
                bottom=max(c["bottom"] for c in printed),
                size=sizes.most_common(1)[0][0],
            )
        )
    return lines


class PlumberBackend:
    """Reads each page's characters with pdfplumber (pdfminer.six underneath)."""

    name = "pdfplumber"

    def pages(self, source: PdfSource, *, password: str | None = None, max_pages: int = 0) -> Iterator[Page]:
        with _open(source, password) as pdf:
            check_page_count(len(pdf.pages), max_pages, _name(source))
            for number, page in enumerate(pdf.pages, start=1):
                try:
                    chars = page.chars
                except Exception as exc:
                    raise ExtractionError(
                        f"cannot read the page's text ({type(exc).__name__}: {exc})", path=_name(source), page=number
                    ) from exc
                lines = chars_to_lines(chars, number)
                yield Page(number=number, lines=lines, width=float(page.width), height=float(page.height))
                page.close()
