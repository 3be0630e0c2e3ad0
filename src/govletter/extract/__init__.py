"""Stage 1: any input -> a ``Document`` of pages of lines.

PDFs go through a ``Backend`` (today pdfplumber, from character positions); text files are decoded
with encoding detection; strings are split into lines as they are.
"""

from __future__ import annotations

from ..errors import InputError
from .base import Backend, Document, Line, Page, PdfSource
from .plumber import PlumberBackend
from .text import decode, text_pages

__all__ = [
    "BACKENDS",
    "Backend",
    "Document",
    "Line",
    "Page",
    "get_backend",
    "is_pdf",
    "read_pdf",
    "read_text",
    "read_text_bytes",
]

BACKENDS: dict[str, type[Backend]] = {"pdfplumber": PlumberBackend}
_PDF_MAGIC = b"%PDF-"


def get_backend(name: str) -> Backend:
    """The backend called ``name``; ``auto`` is the default one."""
    if name == "auto":
        name = "pdfplumber"
    try:
        return BACKENDS[name]()
    except KeyError:
        raise InputError(f"unknown backend {name!r}; choose one of: auto, {', '.join(BACKENDS)}") from None


def is_pdf(head: bytes) -> bool:
    """PDF by content: the header may follow up to 1 KiB of junk, as PDF readers allow."""
    return _PDF_MAGIC in head[:1024]


def read_pdf(source: PdfSource, *, backend: str = "auto", password: str | None = None) -> Document:
    """Read a PDF's text layer (from a path or bytes) into pages of positioned lines."""
    reader = get_backend(backend)
    pages = list(reader.pages(source, password=password))
    return Document(kind="pdf", pages=pages, backend=reader.name, page_count=len(pages))


def read_text(text: str, *, encoding: str | None = None) -> Document:
    """A string of extracted text as a document of unpositioned lines."""
    pages = text_pages(text)
    return Document(kind="text", pages=pages, backend="text", page_count=len(pages), encoding=encoding)


def read_text_bytes(data: bytes, *, path: str | None = None) -> Document:
    """Bytes of a text file in any common encoding."""
    text, encoding = decode(data, path=path)
    return read_text(text, encoding=encoding)

