"""Stage 1: any input -> a ``Document`` of pages of lines.

PDFs go through a ``Backend`` (pdfium by default, or pdfplumber; both from character positions and
both through ``glyphs_to_lines``); text files are decoded
with encoding detection; strings are split into lines as they are.
"""

from __future__ import annotations

from ..errors import InputError, LimitError
from .base import Backend, Document, Line, Page, PdfSource
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
    "is_pdf",
    "read_pdf",
    "read_text",
    "read_text_bytes",
]

BACKENDS: dict[str, type[Backend]] = {"pdfium": PdfiumBackend, "pdfplumber": PlumberBackend}
DEFAULT_BACKEND = "pdfium"
_PDF_MAGIC = b"%PDF-"


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
    """PDF by content: the header may follow up to 1 KiB of junk, as PDF readers allow."""
    return _PDF_MAGIC in head[:1024]


def read_pdf(source: PdfSource, *, backend: str = "auto", password: str | None = None, max_pages: int = 0,
             deadline: float | None = None) -> Document:
    """Read a PDF's text layer (from a path or bytes) into pages of positioned lines.

    Pages are read one at a time; only their lines are kept. ``deadline`` is a ``time.monotonic()``
    value after which reading stops with ``LimitError``.
    """
    reader = get_backend(backend)
    pages: list[Page] = []
    for page in reader.pages(source, password=password, max_pages=max_pages):
        check_deadline(deadline, None if isinstance(source, bytes) else str(source), page.number)
        pages.append(page)
    return Document(kind="pdf", pages=pages, backend=reader.name, page_count=len(pages))


def read_text(text: str, *, encoding: str | None = None) -> Document:
    """A string of extracted text as a document of unpositioned lines."""
    pages = text_pages(text)
    return Document(kind="text", pages=pages, backend="text", page_count=len(pages), encoding=encoding)


def read_text_bytes(data: bytes, *, path: str | None = None) -> Document:
    """Bytes of a text file in any common encoding."""
    text, encoding = decode(data, path=path)
    return read_text(text, encoding=encoding)

