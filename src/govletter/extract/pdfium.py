"""PDF text layer through pypdfium2 (PDFium's text page), from character boxes.

One pass over each page's characters: their code point, loose box (the font's ascent-to-descent
box, as pdfminer reports it) and font size go into the same glyph records the pdfplumber backend
reads, and ``glyphs_to_lines`` builds the lines, so both backends share every layout decision.
Characters PDFium generates itself (the spaces and line breaks it guesses) are skipped: spaces come
only from real gaps, so no space appears between two CJK characters unless the page shows one.
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Iterator
from typing import Any

from ..errors import EncryptedError, ExtractionError
from .base import FEW_CHARS, Page, PdfSource, check_page_count
from .glyphs import Glyph, glyphs_to_lines

# PDFium's FPDF_GetLastError codes
_ERR_PASSWORD = 4
_ERR_SECURITY = 5
# What PDFium reports for a hyphen at a line's end (GetText: U+FFFE, GetUnicode: U+0002)
_HYPHEN_MARKS = ("\ufffe", "\x02")
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


def _page_text(tp: Any, count: int) -> str | None:
    """All the text page's characters in one call; None when they do not map one to one."""
    import pypdfium2.raw as raw

    buf = ctypes.create_string_buffer(2 * count + 2)
    raw.FPDFText_GetText(tp, 0, count, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
    text = buf.raw[: 2 * count].decode("utf-16-le", "replace")
    return text if len(text) == count else None  # a character beyond the BMP takes two units


def page_glyphs(textpage: Any, height: float) -> list[Glyph]:
    """The page's upright printed characters as glyphs (top, x0, x1, bottom, size, text)."""
    import pypdfium2.raw as raw

    tp = textpage.raw
    rect = raw.FS_RECTF()
    rect_p = ctypes.byref(rect)
    ox, oy = ctypes.c_double(), ctypes.c_double()
    ox_p, oy_p = ctypes.byref(ox), ctypes.byref(oy)
    origin, loose_box, font_size = raw.FPDFText_GetCharOrigin, raw.FPDFText_GetLooseCharBox, raw.FPDFText_GetFontSize
    count = raw.FPDFText_CountChars(tp)
    text = _page_text(tp, count)
    glyphs: list[Glyph] = []
    for i in range(count):
        char = text[i] if text is not None else chr(raw.FPDFText_GetUnicode(tp, i))
        if char in _HYPHEN_MARKS and raw.FPDFText_IsHyphen(tp, i):
            char = "-"  # a printed '-' at a line's end, which PDFium takes for a soft hyphen
        if char < " " or (char == " " and raw.FPDFText_IsGenerated(tp, i)):
            continue  # controls and PDFium's own guessed spaces: spacing comes from the boxes
        if not loose_box(tp, i, rect_p) or not origin(tp, i, ox_p, oy_p):
            continue
        size = font_size(tp, i)
        # An upright glyph's box starts at its origin; only otherwise is the angle worth asking.
        if abs(rect.left - ox.value) >= 0.05 * size and not _upright(raw.FPDFText_GetCharAngle(tp, i)):
            continue
        # Vertical extent from the baseline, not the glyph box: some fonts give PDFium no ascent,
        # and then a full stop's box sits far below its neighbours'.
        top = height - oy.value - _ASCENT * size
        glyphs.append((top, rect.left, rect.right, top + size, size, char))
    return glyphs


def _drawn_invisibly(textpage: Any, samples: int = 5) -> bool:
    """Is any of a few characters, spread over the page, drawn invisibly (an OCR layer)?"""
    import pypdfium2.raw as raw

    tp = textpage.raw
    count = raw.FPDFText_CountChars(tp)
    for k in range(samples):
        obj = raw.FPDFText_GetTextObject(tp, k * count // samples)
        if obj and raw.FPDFTextObj_GetTextRenderMode(obj) == raw.FPDF_TEXTRENDERMODE_INVISIBLE:
            return True
    return False


def page_objects(page: Any) -> tuple[int, float, float]:
    """(image objects, share of the page under the largest image, share of text objects drawn invisibly)."""
    import pypdfium2.raw as raw

    width, height = page.get_size()
    area = max(width * height, 1.0)
    images = texts = invisible = 0
    cover = 0.0
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for i in range(raw.FPDFPage_CountObjects(page.raw)):
        obj = raw.FPDFPage_GetObject(page.raw, i)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_TEXT:
            texts += 1
            invisible += raw.FPDFTextObj_GetTextRenderMode(obj) == raw.FPDF_TEXTRENDERMODE_INVISIBLE
        elif kind == raw.FPDF_PAGEOBJ_IMAGE:
            images += 1
            if raw.FPDFPageObj_GetBounds(obj, *(ctypes.byref(v) for v in (left, bottom, right, top))):
                w = max(0.0, min(right.value, width) - max(left.value, 0.0))
                h = max(0.0, min(top.value, height) - max(bottom.value, 0.0))
                cover = max(cover, w * h / area)
    return images, cover, invisible / texts if texts else 0.0


def _upright(angle: float) -> bool:
    return angle < 0 or min(angle, 2 * math.pi - angle) < 0.01  # -1: PDFium could not tell


class PdfiumObjects:
    """``page_objects`` of each page through a PDFium document opened beside another backend."""

    def __init__(self, source: PdfSource, password: str | None) -> None:
        self._pdf = _open(source, password)

    def page(self, number: int) -> tuple[int, float, float]:
        page = self._pdf[number - 1]
        try:
            return page_objects(page)
        finally:
            page.close()

    def __enter__(self) -> PdfiumObjects:
        return self

    def __exit__(self, *exc: object) -> None:
        self._pdf.close()


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
                    # the page's objects matter only for a page that may be a scan: little text, or
                    # text drawn invisibly; a born-digital page is not walked again
                    if len(glyphs) < FEW_CHARS or _drawn_invisibly(textpage):
                        images, cover, invisible = page_objects(page)
                    else:
                        images, cover, invisible = -1, 0.0, 0.0
                    textpage.close()
                    page.close()
                except ExtractionError:
                    raise
                except Exception as exc:
                    raise ExtractionError(
                        f"cannot read the page's text ({type(exc).__name__}: {exc})", path=_name(source), page=number
                    ) from exc
                yield Page(number=number, lines=glyphs_to_lines(glyphs, number), width=float(width),
                           height=float(height), images=images, image_cover=cover, invisible_text=invisible)
        finally:
            pdf.close()
