"""PDF text layer through pypdfium2 (PDFium's text page), from character boxes.

One pass over each page's characters: their code point, loose box (the font's ascent-to-descent
box, as pdfminer reports it) and font size go into the same glyph records the pdfplumber backend
reads, and ``chars_to_lines`` builds the lines, so both backends share every layout decision.
Characters PDFium generates itself (the spaces and line breaks it guesses) are skipped: spaces come
only from real gaps, so no space appears between two CJK characters unless the page shows one.
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Iterator
from typing import Any

from ..errors import EncryptedError, ExtractionError
from .base import Page, PdfSource, check_page_count
from .plumber import chars_to_lines

# PDFium's FPDF_GetLastError codes
_ERR_PASSWORD = 4
_ERR_SECURITY = 5
# The share of the em above the baseline, as CJK fonts draw it (their em box sits 0.88 above).
_ASCENT = 0.88


def _name(source: PdfSource) -> str | None:
    return None if isinstance(source, bytes) else str(source)


def _open(source: PdfSource, password: str | None) -> Any:
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(source if isinstance(source, bytes) else str(source), password=password or None)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code in (_ERR_PASSWORD, _ERR_SECURITY):
            raise EncryptedError(
                "the PDF is encrypted and the password is missing or wrong (password=… or --password)",
                path=_name(source),
            ) from exc
        raise ExtractionError(f"not a readable PDF ({exc})", path=_name(source)) from exc


def page_glyphs(textpage: Any, height: float) -> list[dict[str, Any]]:
    """The page's printed characters as glyph records (text, x0, x1, top, bottom, size, upright)."""
    import pypdfium2.raw as raw

    tp = textpage.raw
    rect = raw.FS_RECTF()
    rect_p = ctypes.byref(rect)
    ox, oy = ctypes.c_double(), ctypes.c_double()
    ox_p, oy_p = ctypes.byref(ox), ctypes.byref(oy)
    origin = raw.FPDFText_GetCharOrigin
    get_unicode, is_generated = raw.FPDFText_GetUnicode, raw.FPDFText_IsGenerated
    loose_box, font_size, angle = raw.FPDFText_GetLooseCharBox, raw.FPDFText_GetFontSize, raw.FPDFText_GetCharAngle
    glyphs: list[dict[str, Any]] = []
    for i in range(raw.FPDFText_CountChars(tp)):
        code = get_unicode(tp, i)
        if code < 0x20 or is_generated(tp, i):
            continue  # controls and PDFium's own guesses: spacing comes from the boxes
        if not loose_box(tp, i, rect_p) or not origin(tp, i, ox_p, oy_p):
            continue
        size = font_size(tp, i)
        # Vertical extent from the baseline, not the glyph box: some fonts give PDFium no ascent,
        # and then a full stop's box sits far below its neighbours'.
        top = height - oy.value - _ASCENT * size
        turn = angle(tp, i)
        glyphs.append({
            "text": chr(code) if code < 0x110000 else "\ufffd",
            "x0": rect.left,
            "x1": rect.right,
            "top": top,
            "bottom": top + size,
            "size": size,
            "upright": turn < 0 or min(turn, 2 * math.pi - turn) < 0.01,
        })
    return glyphs


class PdfiumBackend:
    """Reads each page's characters with pypdfium2; pages are loaded and freed one at a time."""

    name = "pdfium"

    def pages(self, source: PdfSource, *, password: str | None = None, max_pages: int = 0) -> Iterator[Page]:
        pdf = _open(source, password)
        try:
            check_page_count(len(pdf), max_pages, _name(source))
            for index in range(len(pdf)):
                number = index + 1
                try:
                    page = pdf[index]
                    width, height = page.get_size()
                    textpage = page.get_textpage()
                    glyphs = page_glyphs(textpage, height)
                    textpage.close()
                    page.close()
                except ExtractionError:
                    raise
                except Exception as exc:
                    raise ExtractionError(
                        f"cannot read the page's text ({type(exc).__name__}: {exc})", path=_name(source), page=number
                    ) from exc
                yield Page(number=number, lines=chars_to_lines(glyphs, number), width=float(width), height=float(height))
        finally:
            pdf.close()
