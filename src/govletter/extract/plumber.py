"""PDF text layer through pdfplumber, from character positions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..errors import EncryptedError, ExtractionError
from .base import Line, Page, PdfSource, check_page_count
from .glyphs import glyphs_to_lines


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
    """pdfplumber's character dicts as printed lines (see ``glyphs_to_lines``)."""
    # '(cid:113)' is a glyph whose font has no Unicode map: no text to read
    glyphs = [(c["top"], c["x0"], c["x1"], c["bottom"], c["size"], c["text"]) for c in chars
              if c.get("upright", True) and c["text"] and not c["text"].startswith("(cid:")]
    return glyphs_to_lines(glyphs, page_number)


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
                images, cover, invisible = objects.page(number)
                yield Page(number=number, lines=lines, width=float(page.width), height=float(page.height),
                           images=images, image_cover=cover, invisible_text=invisible)
                page.close()
