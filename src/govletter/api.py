"""The pipeline, top to bottom: extract -> furniture -> unwrap -> elements -> catalogue -> ``Letter``."""

from __future__ import annotations

import hashlib
import os
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from .catalogue import catalogue
from .elements import read_elements
from .errors import ExtractionError, GovLetterError, InputError, LimitError, StrictModeError
from .extract import (
    Document,
    check_deadline,
    input_kind,
    is_pdf,
    read_docx,
    read_images,
    read_ofd,
    read_pdf,
    read_text,
    read_text_bytes,
)
from .furniture import remove_furniture
from .models import Letter, Source, Warning
from .unwrap import unwrap
from .web import strip_web

Input = str | bytes | os.PathLike[str]
# Page images of one letter, in page order (a list or tuple)
Pages = Sequence[str | os.PathLike[str]]

_SURROGATE_RE = re.compile("[\ud800-\udfff]")
# A str ending so names a file (a mistyped name is an error, not a one-line letter).
_FILE_SUFFIXES = (".pdf", ".txt", ".docx", ".doc", ".wps", ".rtf", ".ofd", ".png", ".jpg", ".jpeg", ".tif", ".tiff",
                  ".bmp", ".webp")
# A str that names a file rather than holding text: one line, not too long.
_MAX_PATH_LEN = 1024


@dataclass(frozen=True)
class ParseOptions:
    """How to parse. Keyword overrides: ``parse(x, backend="pdfplumber", strict=True)``."""

    backend: str = "auto"  # PDF extraction backend: auto (= pdfium) | pdfium | pdfplumber
    password: str | None = None  # for encrypted PDFs
    strict: bool = False  # raise StrictModeError instead of returning a letter with warnings
    ocr: str = "auto"  # auto: OCR pages without a usable text layer | always | never
    # Limits: exceeding one raises LimitError naming it; 0 switches a limit off.
    max_pages: int = 200  # pages of a PDF (checked before any page is read) or form-feed pages of text
    max_seconds: float = 120.0  # time for one file, checked between pages
    max_bytes: int = 256 * 1024 * 1024  # size of the file or bytes
    max_pixels: int = 100_000_000  # a page rendered for OCR, or an image in it, in pixels


def _options(options: ParseOptions | None, overrides: dict[str, object]) -> ParseOptions:
    base = options or ParseOptions()
    unknown = set(overrides) - set(ParseOptions.__dataclass_fields__)
    if unknown:
        raise TypeError(f"unknown option(s): {', '.join(sorted(unknown))}")
    return replace(base, **overrides)  # type: ignore[arg-type]


def _letter(doc: Document, *, path: str | None, sha256: str | None, opts: ParseOptions,
            files: list[str] | None = None) -> Letter:
    doc, metadata = strip_web(remove_furniture(doc))
    blocks = unwrap(doc)
    result = read_elements(blocks, metadata, ocr=bool(doc.ocr_pages))
    source = Source(path=path, sha256=sha256, kind=doc.kind, pages=doc.page_count,
                    ocr_pages=doc.ocr_pages,
                    text_from=[p.text_from for p in doc.pages],
                    backend=doc.backend, encoding=doc.encoding, files=files or [])
    noted = [Warning(**note._asdict()) for note in doc.warnings]
    letter = catalogue(Letter(source=source, warnings=noted + result.warnings, evidence=result.evidence,
                              **result.fields))
    if opts.strict and letter.warnings:
        codes = ", ".join(sorted({w.code for w in letter.warnings}))
        raise StrictModeError(f"strict mode: the parser warned ({codes})", path=path)
    return letter


def _with_path(exc: GovLetterError, path: str | None) -> GovLetterError:
    if exc.path is None and path is not None:
        return type(exc)(exc.cause, path=path, page=exc.page)
    return exc


def parse_text(text: str, *, options: ParseOptions | None = None, **overrides: object) -> Letter:
    """Parse text already extracted from a letter (pdftotext output, a web copy, OCR)."""
    opts = _options(options, overrides)
    if not text.strip():
        raise InputError("the text is empty")
    data = text.encode("utf-8", "surrogatepass")
    _check_size(len(data), opts, None)
    # a lone surrogate (from a bad decode upstream) is no character: it cannot even be written out
    doc = read_text(_SURROGATE_RE.sub("\ufffd", text))
    _check_text_pages(doc, opts, None)
    return _letter(doc, path=None, sha256=hashlib.sha256(data).hexdigest(), opts=opts)


def _check_size(size: int, opts: ParseOptions, path: str | None) -> None:
    if opts.max_bytes and size > opts.max_bytes:
        raise LimitError(f"the input is {size:,} bytes, more than the limit of {opts.max_bytes:,} (max_bytes=…; 0 "
                         "for none)", path=path)


def _check_text_pages(doc: Document, opts: ParseOptions, path: str | None) -> None:
    if opts.max_pages and doc.page_count > opts.max_pages:
        raise LimitError(f"the text has {doc.page_count} pages (form feeds), more than the limit of "
                         f"{opts.max_pages} (max_pages=… or --max-pages; 0 for none)", path=path)


def parse_bytes(data: bytes, *, options: ParseOptions | None = None, **overrides: object) -> Letter:
    """Parse the bytes of a PDF, page image, .docx, OFD or text file (told apart by content)."""
    return _parse_bytes(data, path=None, opts=_options(options, overrides))


def _deadline(opts: ParseOptions) -> float | None:
    return time.monotonic() + opts.max_seconds if opts.max_seconds else None


def _no_text(doc: Document, opts: ParseOptions) -> None:
    """``ExtractionError`` when no page gave any text."""
    if any(page.lines for page in doc.pages):
        return
    name = {"pdf": "PDF", "ofd": "OFD", "docx": ".docx"}.get(doc.kind, doc.kind)
    if opts.ocr == "never" and doc.kind in ("pdf", "ofd"):
        raise ExtractionError(f"the {name} has no readable text layer (a scan, or fonts without a Unicode "
                              "map) and OCR is off (ocr='never')")
    if doc.ocr_pages:
        raise ExtractionError("no text found: OCR read nothing on the scanned pages")
    raise ExtractionError(f"no text found: the {name}'s pages are blank")


def _read_pdf(data: bytes, opts: ParseOptions, deadline: float | None) -> Document:
    return read_pdf(data, backend=opts.backend, password=opts.password, max_pages=opts.max_pages,
                    deadline=deadline, ocr=opts.ocr, max_pixels=opts.max_pixels)


def _parse_bytes(data: bytes, *, path: str | None, opts: ParseOptions) -> Letter:
    sha = hashlib.sha256(data).hexdigest()
    deadline = _deadline(opts)
    try:
        _check_size(len(data), opts, path)
        if not data or data.isspace():  # (no copy of the whole file, as strip() makes)
            raise InputError("the file is empty")
        kind = input_kind(data)
        if kind == "pdf":
            doc = _read_pdf(data, opts, deadline)
        elif kind == "image":
            doc = _read_images([(data, path)], opts, deadline)
        elif kind == "docx":
            doc = read_docx(data, path=path)
        elif kind == "ofd":
            doc = read_ofd(data, path=path, max_pages=opts.max_pages, max_pixels=opts.max_pixels,
                           ocr=opts.ocr != "never", check=lambda p, n: check_deadline(deadline, p, n))
        elif kind in ("ole", "rtf"):
            from .extract.office import office_to_pdf

            name = "Word/WPS (.doc/.wps)" if kind == "ole" else "RTF"
            doc = _read_pdf(office_to_pdf(data, kind=name, path=path, timeout=opts.max_seconds), opts, deadline)
            doc.backend = f"libreoffice+{doc.backend}"
        elif kind == "zip":
            raise InputError("this is a zip file but neither a Word .docx nor an OFD (an .xlsx, .pptx or an "
                             "archive?): unpack it, or save the letter as PDF, .docx or OFD")
        else:
            doc = read_text_bytes(data)
            _check_text_pages(doc, opts, path)
        _no_text(doc, opts)
        return _letter(doc, path=path, sha256=sha, opts=opts)
    except GovLetterError as exc:
        raise _with_path(exc, path) from exc.__cause__


def _read_images(sources: list[tuple[bytes, str | None]], opts: ParseOptions, deadline: float | None) -> Document:
    if opts.ocr == "never":
        raise ExtractionError("an image is read only by OCR, and OCR is off (ocr='never')")
    return read_images(sources, max_pages=opts.max_pages, max_pixels=opts.max_pixels,
                       check=lambda p, n: check_deadline(deadline, p, n))


def parse_pages(paths: Pages, *, options: ParseOptions | None = None, **overrides: object) -> Letter:
    """Parse page images (PNG, JPEG, TIFF, BMP, WebP; a multi-page TIFF is several pages) as the
    pages of one letter, in the order given. ``source.path`` is the first file, ``source.files`` all."""
    opts = _options(options, overrides)
    names = [os.fspath(p) for p in paths]
    if not names:
        raise InputError("no page images given")
    digest = hashlib.sha256()
    sources: list[tuple[bytes, str | None]] = []
    total = 0
    for name in names:
        data = _read(name, opts.max_bytes)
        total += len(data)
        _check_size(total, opts, name)
        if input_kind(data) != "image":
            raise InputError("not a page image (PNG, JPEG, TIFF, BMP or WebP): only images can be parsed together "
                             "as the pages of one letter", path=name)
        digest.update(data)
        sources.append((data, name))
    try:
        doc = _read_images(sources, opts, _deadline(opts))
        _no_text(doc, opts)
    except GovLetterError as exc:
        raise _with_path(exc, names[0]) from exc.__cause__
    return _letter(doc, path=names[0], sha256=digest.hexdigest(), opts=opts, files=names)


def parse_pdf(path: str | os.PathLike[str], *, options: ParseOptions | None = None, **overrides: object) -> Letter:
    """Parse a PDF file; raises ``InputError`` if the file is not a PDF."""
    opts = _options(options, overrides)
    data = _read(path, opts.max_bytes)
    if not is_pdf(data[:1024]):
        raise InputError("not a PDF (no %PDF- header)", path=str(path))
    return _parse_bytes(data, path=str(path), opts=opts)


def _read(path: str | os.PathLike[str], max_bytes: int) -> bytes:
    p = Path(path)
    try:
        size = p.stat().st_size
        if max_bytes and size > max_bytes:
            raise LimitError(f"the file is {size:,} bytes, more than the limit of {max_bytes:,} (max_bytes=…; 0 "
                             "for none)", path=str(path))
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path=str(path)) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", path=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror})", path=str(path)) from exc


def parse(source: Input | Pages, *, options: ParseOptions | None = None, **overrides: object) -> Letter:
    """Parse a letter from a path (PDF, page image, .docx, OFD or text file), the bytes of one, a str
    of its text, or a list of page images (``parse_pages``).

    A ``str`` is taken as a path when it is a single line naming an existing file (or ending in
    ``.pdf``, ``.txt``, ``.docx``, ``.ofd``, ``.jpg`` or another document suffix, so that a mistyped name is an error rather than a one-line letter); any other
    ``str`` is the letter's text.
    """
    opts = _options(options, overrides)
    if not isinstance(source, (str, bytes, os.PathLike)):
        return parse_pages(source, options=opts)
    if isinstance(source, bytes):
        return _parse_bytes(source, path=None, opts=opts)
    if isinstance(source, str) and ("\n" in source or len(source) > _MAX_PATH_LEN or not (
        os.path.exists(source) or source.lower().endswith(_FILE_SUFFIXES))):
        return parse_text(source, options=opts)
    path = os.fspath(source)
    data = _read(path, opts.max_bytes)
    if path.lower().endswith(".pdf") and data and not data.isspace() and input_kind(data) == "text":
        raise InputError(f"named .pdf but not a PDF (it starts with {data[:8]!r}, not %PDF-)", path=path)
    return _parse_bytes(data, path=path, opts=opts)
