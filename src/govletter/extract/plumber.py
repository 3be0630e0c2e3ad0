"""PDF text layer through pdfplumber, from character positions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..errors import EncryptedError, ExtractionError
from .base import Line, Page, PdfSource, check_page_count
from .glyphs import Glyph, glyphs_to_lines

# A CMap name as a PDF gives it ('UniGB-UCS2-H', 'GBK-EUC-H', 'Adobe-GB1-UCS2'), never a path
# ('/tmp/x/evil', '../../evil', 'a\\b'): pdfminer looks CMaps up as files by name.
CMAP_NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.+-]*")


def guard_cmaps() -> None:
    """Make pdfminer refuse a CMap named by anything but a plain name (once per process).

    A crafted PDF may name its CMap by a path outside pdfminer's data (the CVE-2025-64512
    pattern: pdfminer.six before 20251107 unpickled the file the name led to). pdfminer.six
    20251107 and later read only JSON and only inside their data folders; govletter also refuses
    such a name before any file is looked for, so the font reads as having no CMap (its glyphs
    are ``(cid:N)``, which are dropped) and the rest of the page is read as usual.
    """
    from pdfminer.cmapdb import CMapDB

    if getattr(CMapDB, "_govletter_guarded", False):
        return
    load = CMapDB._load_data.__func__  # type: ignore[attr-defined]

    def load_named(cls: type[CMapDB], name: str) -> Any:
        if not CMAP_NAME_RE.fullmatch(name):
            raise CMapDB.CMapNotFound(name)
        return load(cls, name)

    CMapDB._load_data = classmethod(load_named)  # type: ignore[method-assign,assignment]
    CMapDB._govletter_guarded = True  # type: ignore[attr-defined]


def _name(source: PdfSource) -> str | None:
    return None if isinstance(source, bytes) else str(source)


def _open(source: PdfSource, password: str | None) -> Any:
    import io

    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    guard_cmaps()
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
    """pdfplumber's character dicts as printed lines (see ``glyphs_to_lines``)."""
    # '(cid:113)' is a glyph whose font has no Unicode map: no text to read
    glyphs = [(c["top"], c["x0"], c["x1"], c["bottom"], c["size"], c["text"]) for c in chars
              if c.get("upright", True) and c["text"] and not c["text"].startswith("(cid:")]
    return glyphs_to_lines(glyphs, page_number)


class PlumberPages:
    """Pages read by pdfplumber one at a time, on demand, beside PDFium (for a page whose fonts PDFium
    has no glyphs for). The PDF is opened at the first page asked for."""

    def __init__(self, source: PdfSource, password: str | None) -> None:
        self._source, self._password = source, password
        self._pdf: Any = None

    def glyphs(self, number: int, height: float, ascent: float) -> list[Glyph]:
        """The upright glyphs of page ``number`` (1-based) placed as PDFium's reading places them on
        an unturned page ``height`` points tall: the top ``ascent`` of the size above the baseline."""
        if self._pdf is None:
            self._pdf = _open(self._source, self._password)
        page = self._pdf.pages[number - 1]
        try:
            glyphs: list[Glyph] = []
            for c in page.chars:
                text, size = c["text"], c["size"]
                if c.get("upright", True) and text and not text.startswith("(cid:"):
                    top = height - c["matrix"][5] - ascent * size
                    glyphs.append((top, c["x0"], c["x1"], top + size, size, text))
            return glyphs
        except Exception as exc:
            raise ExtractionError(f"cannot read the page's text ({type(exc).__name__}: {exc})",
                                  path=_name(self._source), page=number) from exc
        finally:
            page.close()

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()


class PlumberBackend:
    """Reads each page's characters with pdfplumber (pdfminer.six underneath)."""

    name = "pdfplumber"

    def pages(self, source: PdfSource, *, password: str | None = None, max_pages: int = 0) -> Iterator[Page]:
        from .pdfium import PdfiumObjects

        with _open(source, password) as pdf, PdfiumObjects(source, password) as objects:
            check_page_count(len(pdf.pages), max_pages, _name(source))
            for number, page in enumerate(pdf.pages, start=1):
                try:
                    chars = page.chars
                except Exception as exc:
                    raise ExtractionError(
                        f"cannot read the page's text ({type(exc).__name__}: {exc})", path=_name(source), page=number
                    ) from exc
                lines = chars_to_lines(chars, number)
                # images and invisible text (OCR layers) are judged by PDFium for both backends alike
                (images, cover, invisible, paths), unmapped = objects.page(number)
                yield Page(number=number, lines=lines, width=float(page.width), height=float(page.height),
                           images=images, image_cover=cover, invisible_text=invisible, paths=paths,
                           unmapped=unmapped)
                page.close()
