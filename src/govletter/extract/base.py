"""Stage 1's output: pages of positioned lines, whatever the source.

Every backend (PDF text layer, plain text, later OCR) yields the same ``Page``/``Line`` objects, so
the stages after extraction never know where the text came from. Positions are PDF points from the
page's top-left corner; plain text has none (``None``) and the later stages fall back to widths
counted in characters.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, NamedTuple, Protocol

PdfSource = Path | bytes
# Where a page's text came from: a born-digital text layer, a scanner's OCR layer kept, govletter's
# own OCR, nothing (a blank page), or a text input.
TextFrom = Literal["text-layer", "ocr-layer", "ocr", "none", "text"]
# A page mostly covered by one image whose text layer holds fewer characters than FEW_CHARS may be a
# scan (with a stamped page or Bates number); such pages' images are looked at, and maybe OCRed.
SCAN_COVER = 0.8
FEW_CHARS = 20


class Note(NamedTuple):
    """What extraction noticed, passed on as one of the letter's warnings."""

    code: str
    message: str
    page: int | None
    line: str | None = None  # the printed line it concerns (ocr.low_confidence), as read
    confidence: float | None = None  # OCR's confidence in that line, 0-1


# A page without a text layer drawing at least this many paths holds text drawn as outlines: OCR it.
OUTLINE_PATHS = 100
# A page whose characters more than this share have no Unicode map (a Type3 or subset font without
# ToUnicode) has no usable text layer: OCR it.
UNMAPPED_SHARE = 0.3


def check_page_count(count: int, max_pages: int, path: str | None) -> None:
    """``LimitError`` when a PDF has more pages than allowed (0: no limit)."""
    from ..errors import LimitError

    if max_pages and count > max_pages:
        raise LimitError(f"the PDF has {count} pages, more than the limit of {max_pages} (max_pages=… or "
                         "--max-pages; 0 for none)", path=path)


# (not frozen: a frozen dataclass sets each field through object.__setattr__, a microsecond more
# for every line made; no stage changes a line, each makes a new one with ``dataclasses.replace``)
@dataclass(slots=True, unsafe_hash=True)
class Line:
    """One printed line of a page."""

    text: str
    page: int  # 1-based
    x0: float | None = None
    x1: float | None = None
    top: float | None = None
    bottom: float | None = None
    size: float | None = None  # dominant font size of the line, in points
    blank_before: bool = False  # plain text: an empty line preceded this one
    paragraph: int | None = None  # .docx: the 1-based paragraph (or table row) of the document
    wide_digits: int = 0  # plain text: full-width digits folded to ASCII ('２０２４'), each half a character wider

    @property
    def bbox(self) -> tuple[float, float, float, float] | None:
        if self.x0 is None or self.x1 is None or self.top is None or self.bottom is None:
            return None
        return (round(self.x0, 1), round(self.top, 1), round(self.x1, 1), round(self.bottom, 1))


@dataclass(slots=True)
class Page:
    """A page of lines in reading order."""

    number: int  # 1-based
    lines: list[Line]
    width: float | None = None
    height: float | None = None
    ocr: bool = False
    # What the page holds besides text, for deciding whether to OCR it (-1: not known)
    images: int = -1  # image objects on the page
    image_cover: float = 0.0  # share of the page covered by its largest image
    invisible_text: float = 0.0  # share of the text objects drawn invisibly (render mode 3): an OCR layer
    paths: int = -1  # path objects on the page (text drawn as vector outlines is one a glyph)
    unmapped: float = 0.0  # share of the characters whose font has no Unicode map for them
    text_from: TextFrom = "text-layer"


@dataclass(slots=True)
class Document:
    """What extraction hands to the later stages."""

    kind: str  # "pdf" | "text" | "image" | "docx" | "ofd"
    pages: list[Page]
    backend: str
    page_count: int
    encoding: str | None = None
    ocr_pages: list[int] = field(default_factory=list)
    warnings: list[Note] = field(default_factory=list)

    @property
    def positioned(self) -> bool:
        return self.kind in ("pdf", "image", "ofd")


class Backend(Protocol):
    """A PDF extraction backend: a name, and pages of positioned lines from a path."""

    name: str

    def pages(self, source: PdfSource, *, password: str | None = None, max_pages: int = 0) -> Iterator[Page]:
        """Yield the pages of the PDF (a path or its bytes) in order, one at a time.

        Raises ``LimitError`` before reading any page when the PDF has more than ``max_pages``
        pages (0: no limit).
        """
        ...
