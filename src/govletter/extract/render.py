"""PDF pages as images for the OCR page source: rendered by PDFium, with the pixel limits checked first."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..errors import LimitError
from .base import Note, Page, PdfSource
from .ocr import engine, ocr_page

DPI = 200  # scans are rendered at this resolution for OCR


def render(page: Any, *, dpi: int = DPI, max_pixels: int = 0, path: str | None = None, number: int = 0) -> Any:
    """The page as a BGR image at ``dpi``; ``LimitError`` if it (or an image in it) is too large."""
    width, height = page.get_size()
    scale = dpi / 72
    pixels = width * scale * height * scale
    if max_pixels and pixels > max_pixels:
        raise LimitError(f"the page is {width / 72 * 25.4:.0f} × {height / 72 * 25.4:.0f} mm: {pixels:,.0f} pixels "
                         f"at {dpi} dpi, more than the limit of {max_pixels:,} (max_pixels=…)", path=path, page=number)
    if max_pixels:
        _check_images(page, max_pixels, path, number)
    return page.render(scale=scale).to_numpy()


def _check_images(page: Any, max_pixels: int, path: str | None, number: int) -> None:
    """Refuse to decode an image larger than the limit (a decompression bomb) before rendering."""
    import ctypes

    import pypdfium2.raw as raw

    w, h = ctypes.c_uint(), ctypes.c_uint()
    for i in range(raw.FPDFPage_CountObjects(page.raw)):
        obj = raw.FPDFPage_GetObject(page.raw, i)
        if raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_IMAGE:
            continue
        if raw.FPDFImageObj_GetImagePixelSize(obj, ctypes.byref(w), ctypes.byref(h)) and w.value * h.value > max_pixels:
            raise LimitError(f"an image on the page is {w.value} × {h.value} pixels, more than the limit of "
                             f"{max_pixels:,} (max_pixels=…)", path=path, page=number)


class Scanner:
    """OCRs pages of one PDF on demand, opening it with PDFium on the first page asked for."""

    def __init__(self, source: PdfSource, password: str | None, *, max_pixels: int = 0) -> None:
        self.source = source
        self.password = password
        self.max_pixels = max_pixels
        self._pdf: Any = None

    @property
    def path(self) -> str | None:
        return None if isinstance(self.source, bytes) else str(self.source)

    def read(self, page: Page) -> tuple[Page, list[Note]]:
        """The page read by OCR (lines as from a text layer) and the warnings it gave."""
        from .pdfium import _open

        engine()  # fail early, with the install hint, before rendering anything
        if self._pdf is None:
            self._pdf = _open(self.source, self.password)
        pdf_page = self._pdf[page.number - 1]
        try:
            image = render(pdf_page, max_pixels=self.max_pixels, path=self.path, number=page.number)
        finally:
            pdf_page.close()
        read, warnings = ocr_page(image, DPI / 72, page.number)
        return replace(page, lines=read.lines, ocr=True, text_from="ocr", width=read.width, height=read.height), warnings

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None
