"""The PDFium calls made for every character: the text page passed by reference and the box and the
matrix read by index give the glyphs pypdfium2's own typed calls give.

``page_glyphs`` takes pypdfium2's text page or its raw handle; both must read the same glyphs. The
reference (``_handle``) must pass PDFium the same address as the handle, and the box's and matrix's
entries read through a memoryview must be the ctypes fields' values, on an upright page and on pages
turned by ``/Rotate`` (where the box's top and bottom give the shown x).
"""

from __future__ import annotations

import ctypes
from pathlib import Path

import pytest

pdfium = pytest.importorskip("pypdfium2")
raw = pytest.importorskip("pypdfium2.raw")

from govletter.extract.pdfium import _handle, page_glyphs  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"


def _typed_glyphs(textpage: object, page: object, rotation: int) -> list[tuple[float, float, str]]:
    """(x0, x1, text) of every upright character through pypdfium2's typed calls and ctypes fields."""
    out: list[tuple[float, float, str]] = []
    box = raw.FS_RECTF()
    width = raw.FPDF_GetPageWidthF(page)
    for i in range(raw.FPDFText_CountChars(textpage)):
        char = chr(raw.FPDFText_GetUnicode(textpage, i))
        if char <= " " or not raw.FPDFText_GetLooseCharBox(textpage, i, box):
            continue
        # (a page turned by 180°: shown x = width - x, so the box's right edge is the shown left)
        out.append((box.left, box.right, char) if rotation == 0 else (width - box.right, width - box.left, char))
    return out


@pytest.mark.parametrize("name", ["seed.pdf", "producers/tf300.pdf", "producers/rotate180.pdf"])
def test_glyphs_read_by_reference_and_index_are_the_typed_calls_glyphs(name: str) -> None:
    pdf = pdfium.PdfDocument(FIXTURES / name)
    try:
        page = pdf[0]
        textpage = page.get_textpage()
        rotation = page.get_rotation()
        width, height = page.get_size()
        by_object = page_glyphs(textpage, width, height, rotation)
        by_handle = page_glyphs(textpage.raw, width, height, rotation)
        assert by_object == by_handle
        assert len(by_object) > 50
        # x0, x1 and text as ctypes' fields give them, in the text page's order
        assert [(g[1], g[2], g[5]) for g in by_object if g[5] != " "] == _typed_glyphs(textpage.raw, page.raw, rotation)
        # the reference holds the handle's address
        assert ctypes.addressof(_handle(textpage)._obj) == ctypes.cast(textpage.raw, ctypes.c_void_p).value
        textpage.close()
        page.close()
    finally:
        pdf.close()
