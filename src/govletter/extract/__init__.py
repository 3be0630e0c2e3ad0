"""Stage 1: any input -> a ``Document`` of pages of lines.

PDFs go through a ``Backend`` (pdfium by default, or pdfplumber; both from character positions and
both through ``glyphs_to_lines``), scanned pages and page images through the OCR page source, OFD
packages into the same glyphs, .docx paragraphs into lines; text files are decoded with encoding
detection; strings are split into lines as they are. ``input_kind`` tells them apart by content.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..errors import InputError, LimitError
from .base import (
    FEW_CHARS,
    OUTLINE_PATHS,
    SCAN_COVER,
    UNMAPPED_SHARE,
    Backend,
    Document,
    Line,
    Note,
    Page,
    PdfSource,
)
from .container import ZIP_MAGIC, zip_names
from .docx import is_docx, read_docx
from .images import image_format, read_images
from .layer import as_ocr_text, is_ocr_layer, judge
from .ofd import is_ofd, read_ofd
from .pdfium import PdfiumBackend
from .plumber import PlumberBackend
from .text import decode, text_pages

__all__ = [
    "BACKENDS",
    "Backend",
    "Document",
    "Line",
    "Page",
    "check_deadline",
    "get_backend",
    "input_kind",
    "is_pdf",
    "read_docx",
    "read_images",
    "read_ofd",
    "read_pdf",
    "read_text",
    "read_text_bytes",
]

BACKENDS: dict[str, type[Backend]] = {"pdfium": PdfiumBackend, "pdfplumber": PlumberBackend}
DEFAULT_BACKEND = "pdfium"
_PDF_HEADER_RE = re.compile(rb"(?:\A|[\r\n\x00-\x08\x0e-\x1f\x80-\xff])%PDF-\d\.\d")


def get_backend(name: str) -> Backend:
    """The backend called ``name``; ``auto`` is the default one."""
    if name == "auto":
        name = DEFAULT_BACKEND
    try:
        return BACKENDS[name]()
    except KeyError:
        raise InputError(f"unknown backend {name!r}; choose one of: auto, {', '.join(BACKENDS)}") from None


def check_deadline(deadline: float | None, path: str | None, page: int | None = None) -> None:
    """``LimitError`` once the time allowed for a file has run out."""
    import time

    if deadline is not None and time.monotonic() > deadline:
        raise LimitError("reading took longer than the time limit (max_seconds=… or --max-seconds; 0 for none)",
                         path=path, page=page)


def is_pdf(head: bytes) -> bool:
    """PDF by content: a '%PDF-1.x' header in the first KiB, at the start or after a line break or
    binary junk (as readers allow); a program or a note that merely mentions '%PDF-' is no PDF."""
    return _PDF_HEADER_RE.search(head[:1024]) is not None


OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc/.wps/.xls (Compound File Binary)
RTF_MAGIC = b"{\\rtf"
# What input_kind tells apart; 'zip' is a zip that is neither (.xlsx, .pptx, an archive).
INPUT_KINDS = ("pdf", "image", "docx", "ofd", "ole", "rtf", "zip", "text")


def input_kind(data: bytes, *, file: Path | None = None) -> str:
    """What the bytes are, by content: one of ``INPUT_KINDS`` ('text' for anything else). ``data``
    may be only the file's head when ``file`` names it (a zip's members are listed at its end)."""
    head = data[:1024]
    if is_pdf(head):
        return "pdf"
    if image_format(head):
        return "image"
    if head.startswith(ZIP_MAGIC):
        names = zip_names(file if file is not None else data) or []
        return "docx" if is_docx(names) else "ofd" if is_ofd(names) else "zip"
    if head.startswith(OLE_MAGIC):
        return "ole"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(RTF_MAGIC):
        return "rtf"
    return "text"


OCR_MODES = ("auto", "always", "never")
# Characters a text layer gives for glyphs it cannot map: U+FFFD, private use, controls.
_GARBAGE_RE = re.compile("[\ufffd\ue000-\uf8ff\x00-\x1f]")
# How ``ocr_reason`` starts when a page has a text layer of no use: such pages get a warning saying why.
UNUSABLE = "the page's text layer cannot be used:"



def ocr_reason(page: Page, mode: str) -> str | None:
    """Why this page must be read by OCR, or None to keep its text layer.

    ``auto``: a page without text but with an image (a scan), a page-sized image under a line or two
    of stamped text, or a text layer that is mostly unreadable (replacement or private-use
    characters: fonts without a Unicode map). A page with neither text nor images is blank.
    """
    if mode == "never":
        return None
    if mode == "always":
        return "ocr='always'"
    chars = "".join(line.text for line in page.lines).replace(" ", "")
    if not chars:
        if page.images == 0 and page.paths >= OUTLINE_PATHS:
            return f"{UNUSABLE} its text is drawn as vector outlines ({page.paths} shapes, no characters)"
        return "the page has no text layer" if page.images != 0 else None
    if page.image_cover >= SCAN_COVER and len(chars) < FEW_CHARS:
        return "the page is a scanned image with only a stamped line of text (a page number, a stamp)"
    garbage = len(_GARBAGE_RE.findall(chars))
    # (a scanner's invisible OCR layer is judged on its text instead: see ``layer.judge``)
    if (page.unmapped > UNMAPPED_SHARE and not is_ocr_layer(page)) or garbage / len(chars) > 0.3:
        return f"{UNUSABLE} its fonts have no Unicode map for its characters (a Type3 or subset font without ToUnicode)"
    return None


def read_pdf(source: PdfSource, *, backend: str = "auto", password: str | None = None, max_pages: int = 0,
             deadline: float | None = None, ocr: str = "auto", max_pixels: int = 0) -> Document:
    """Read a PDF (from a path or bytes) into pages of positioned lines, OCRing pages that need it.

    Pages are read one at a time; only their lines are kept. ``deadline`` is a ``time.monotonic()``
    value after which reading stops with ``LimitError``.
    """
    if ocr not in OCR_MODES:
        raise InputError(f"unknown ocr mode {ocr!r}; choose one of: {', '.join(OCR_MODES)}")
    reader = get_backend(backend)
    path = None if isinstance(source, bytes) else str(source)
    pages: list[Page] = []
    ocr_pages: list[int] = []
    warnings: list[Note] = []
    scanner: Any = None
    try:
        for page in reader.pages(source, password=password, max_pages=max_pages):
            check_deadline(deadline, path, page.number)
            reason = ocr_reason(page, ocr)
            if reason is None and is_ocr_layer(page):
                quality = judge(page)
                if ocr == "auto" and quality.poor:
                    reason = "poor OCR text layer"
                    warnings.append(Note("ocr.layer_rejected", "the page's OCR text layer was read again: "
                                         + "; ".join(quality.reasons), page.number))
                else:
                    page = as_ocr_text(page)
            if reason:
                if scanner is None:
                    from .render import Scanner

                    scanner = Scanner(source, password, max_pixels=max_pixels)
                if reason.startswith(UNUSABLE):
                    warnings.append(Note("ocr.text_layer_unusable", f"read by OCR: {reason}", page.number))
                page, noted = scanner.read(page)
                ocr_pages.append(page.number)
                warnings.extend(noted)
                check_deadline(deadline, path, page.number)
            elif not page.lines:
                page.text_from = "none"
            pages.append(page)
    finally:
        if scanner is not None:
            scanner.close()
    return Document(kind="pdf", pages=pages, backend=reader.name, page_count=len(pages), ocr_pages=ocr_pages,
                    warnings=warnings)


def read_text(text: str, *, encoding: str | None = None) -> Document:
    """A string of extracted text as a document of unpositioned lines."""
    pages = text_pages(text)
    return Document(kind="text", pages=pages, backend="text", page_count=len(pages), encoding=encoding)


def read_text_bytes(data: bytes, *, path: str | None = None) -> Document:
    """Bytes of a text file in any common encoding."""
    text, encoding = decode(data, path=path)
    return read_text(text, encoding=encoding)

