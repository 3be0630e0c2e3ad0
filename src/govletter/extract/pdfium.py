"""PDF text layer through pypdfium2 (PDFium's text page), from character boxes.

One pass over each page's characters: their code point, loose box (the font's ascent-to-descent
box, as pdfminer reports it) and font size go into the same glyph records the pdfplumber backend
reads, and ``glyphs_to_lines`` builds the lines, so both backends share every layout decision.
Characters PDFium generates itself (the spaces and line breaks it guesses) are skipped: spaces come
only from real gaps, so no space appears between two CJK characters unless the page shows one.
"""

from __future__ import annotations

import contextlib
import ctypes
import math
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import EncryptedError, ExtractionError
from .base import FEW_CHARS, Page, PdfSource, check_page_count
from .glyphs import Glyph, glyphs_to_lines

# PDFium's FPDF_GetLastError codes
_ERR_PASSWORD = 4
_ERR_SECURITY = 5
# What PDFium reports for a hyphen at a line's end (GetText: U+FFFE, GetUnicode: U+0002)
_HYPHEN_MARKS = ("\ufffe", "\x02")
# The steepest baseline read as a line of text (5.7°): skewed scans' OCR layers are a degree or two off.
UPRIGHT_SLOPE = 0.1
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


class _Calls:
    """The text page calls made per character (and the few made per page), bound without
    pypdfium2's typed argument checks (a third of each call's cost): handles go in as ctypes pointers,
    indices as ints, out-parameters by reference. They keep the GIL (``PYFUNCTYPE``): each is a
    lookup of well under a microsecond, and releasing and taking the GIL around it cost a sixth of
    the call."""

    def __init__(self) -> None:
        import pypdfium2.raw as raw

        def bind(fn: Any, restype: Any) -> Any:
            return ctypes.PYFUNCTYPE(restype)(_address(fn))

        self.text_object = bind(raw.FPDFText_GetTextObject, ctypes.c_void_p)
        self.loose_box = bind(raw.FPDFText_GetLooseCharBox, ctypes.c_int)
        self.matrix = bind(raw.FPDFText_GetMatrix, ctypes.c_int)
        self.font_size = bind(raw.FPDFText_GetFontSize, ctypes.c_double)
        self.is_generated = bind(raw.FPDFText_IsGenerated, ctypes.c_int)
        self.is_hyphen = bind(raw.FPDFText_IsHyphen, ctypes.c_int)
        self.count_chars = bind(raw.FPDFText_CountChars, ctypes.c_int)
        self.get_text = bind(raw.FPDFText_GetText, ctypes.c_int)
        self.unicode = bind(raw.FPDFText_GetUnicode, ctypes.c_uint)
        self.unmapped = bind(raw.FPDFText_HasUnicodeMapError, ctypes.c_int)
        self.render_mode = bind(raw.FPDFTextObj_GetTextRenderMode, ctypes.c_int)
        self.char_box = bind(raw.FPDFText_GetCharBox, ctypes.c_int)
        # the per-character calls' addresses, in the order the C loop (_glyphs.c) takes them
        self.addresses = tuple(_address(fn) for fn in (
            self.text_object, self.loose_box, self.matrix, self.font_size, self.is_generated, self.is_hyphen))


def _address(pointer: Any) -> int:
    """The address a ctypes pointer or function holds, as an int (0 for a null one)."""
    return ctypes.cast(pointer, ctypes.c_void_p).value or 0


_calls: _Calls | None = None


def _bound() -> _Calls:
    global _calls
    if _calls is None:
        _calls = _Calls()
    return _calls


def _handle(textpage: Any) -> Any:
    """A text page (pypdfium2's ``PdfTextPage`` or its raw handle) as the bound calls take it: a
    reference to what PDFium's raw handle points to, which passes the same address. (ctypes passes
    such a reference as it is; a pointer or a ``c_void_p`` argument it first wraps anew in every call,
    and the calls are made for every character.)"""
    return ctypes.byref(getattr(textpage, "raw", textpage).contents)


def _page_text(calls: _Calls, tp: Any, count: int) -> str:
    """All the text page's characters in one call (one by one when they do not map one to one)."""
    # a power-of-two size: ctypes makes a new array type for every new length (about 10 µs), and
    # there are few powers of two
    buf = ctypes.create_string_buffer(1 << (2 * count + 2).bit_length())
    calls.get_text(tp, 0, count, buf)
    text = buf.raw[: 2 * count].decode("utf-16-le", "replace")
    if len(text) == count:
        return text
    # a character beyond the BMP takes two units: read each character's code point
    return "".join(chr(calls.unicode(tp, i)) for i in range(count))


def page_glyphs(textpage: Any, width: float, height: float, rotation: int = 0) -> list[Glyph]:
    """The page's characters that read left to right as the page is shown, as glyphs (top, x0, x1,
    bottom, size, text) in shown coordinates (``width`` x ``height``: the page's size as shown, after
    its ``/Rotate`` of ``rotation`` degrees). ``textpage`` is pypdfium2's text page or its raw handle.

    PDFium's character boxes are in the page's unrotated space, and its font size is the size set by
    ``Tf``, before the text and graphics matrices. Every character belongs to a text object (one
    string shown by ``Tj``/``TJ``) with one matrix and baseline: those are read once per object, and
    the size is the ``Tf`` size times the matrix's scale across the baseline (``Tf 1`` in a ``16 0 0
    16`` matrix is 16 points). Per character only its box is read.

    The page's text is read here in one call; the loop over its characters is ``_glyph_loop``, or its
    translation to C (``_glyphs.c``, an optional build) when that was built and
    ``GOVLETTER_PURE_PYTHON`` is not set: both give the same glyphs, float for float.
    """
    calls = _bound()
    tp = _handle(textpage)
    rotation %= 360
    text = _page_text(calls, tp, calls.count_chars(tp))
    return (_c_loop or _glyph_loop)(calls, textpage, text, height, rotation, _SHOWN[rotation](width, height))


_Shown = tuple[float, float, float, float, float, float]
_GlyphLoop = Callable[[_Calls, Any, str, float, int, _Shown], list[Glyph]]


def _glyph_loop(calls: _Calls, textpage: Any, text: str, height: float, rotation: int, shown: _Shown) -> list[Glyph]:
    """The glyphs of ``page_glyphs`` from the page's ``text`` (one character per index of the text
    page), ``shown`` being its ``_SHOWN`` map. This is the reference: ``_glyphs.c`` is its translation
    to C, call for call and operation for operation (the floats must come out the same); change the
    two together."""
    import pypdfium2.raw as raw

    tp = _handle(textpage)
    matrix = raw.FS_MATRIX()
    matrix_p = ctypes.byref(matrix)
    # (a, b, c, d, e, f) read in one call: a ctypes field costs twice an index of a memoryview
    entries = memoryview(matrix).cast("B").cast("f").tolist
    # shown (x, top) = (p*x + q*y + s, u*x + v*y + w) from the unrotated page's (x, y)
    p, q, s, u, v, w = shown
    glyphs: list[Glyph] = []
    append = glyphs.append
    text_object, loose_box = calls.text_object, calls.loose_box
    box = raw.FS_RECTF()
    box_p = ctypes.byref(box)
    # the box's (left, top, right, bottom) read by index (as the matrix's entries, and for the same reason)
    edges = memoryview(box).cast("B").cast("f")
    obj: int | None = -1
    upright = False
    size = top = bottom = 0.0
    hyphen = _HYPHEN_MARKS[0]  # (a local: this loop runs for every character)
    for i, char in enumerate(text):
        if char <= " " or char == hyphen:  # (the other mark is a control: <= " ")
            if char == " ":
                if calls.is_generated(tp, i):
                    continue  # PDFium's own guessed spaces: spacing comes from the boxes
            elif char in _HYPHEN_MARKS and calls.is_hyphen(tp, i):
                char = "-"  # a printed '-' at a line's end, which PDFium takes for a soft hyphen
            else:
                continue  # controls
        this = text_object(tp, i)
        if this != obj:
            obj = this
            if not calls.matrix(tp, i, matrix_p):
                upright = False
                continue
            # the matrix places the object's first glyph: its translation is on the baseline
            a, b, c, d, e, f = entries()
            if b == 0.0 and c == 0.0 and not rotation:  # unturned text on an unturned page (most)
                upright = a > 0.0
                size = calls.font_size(tp, i) * abs(d) if upright else 0.0
                baseline = height - f
            else:
                across = math.hypot(a, b)
                # the baseline's direction as shown: only text reading left to right is kept (within
                # UPRIGHT_SLOPE: a scanner's OCR layer follows the scan's skew of a degree or two)
                dx, dy = p * a + q * b, u * a + v * b
                upright = across > 0 and dx > 0 and abs(dy) < UPRIGHT_SLOPE * dx
                size = calls.font_size(tp, i) * abs(a * d - b * c) / across if upright else 0.0
                baseline = u * e + v * f + w
            # Vertical extent from the baseline, not the glyph box: some fonts give PDFium no ascent,
            # and then a full stop's box sits far below its neighbours'.
            top = baseline - _ASCENT * size
            bottom = top + size
        if upright and loose_box(tp, i, box_p):
            if rotation:
                left, right = sorted((p * edges[0] + q * edges[3] + s, p * edges[2] + q * edges[1] + s))
                append((top, left, right, bottom, size, char))
            else:
                append((top, edges[0], edges[2], bottom, size, char))
    return glyphs


def _shown(rotation: int) -> Any:
    """(p, q, s, u, v, w) of the map from the unrotated page to the page as shown, for a page of
    shown size (width, height) turned clockwise by ``rotation`` degrees (``/Rotate``)."""
    return {
        0: lambda width, height: (1.0, 0.0, 0.0, 0.0, -1.0, height),
        90: lambda width, height: (0.0, 1.0, 0.0, 1.0, 0.0, 0.0),
        180: lambda width, height: (-1.0, 0.0, width, 0.0, 1.0, 0.0),
        270: lambda width, height: (0.0, -1.0, width, -1.0, 0.0, height),
    }[rotation]


_SHOWN = {r: _shown(r) for r in (0, 90, 180, 270)}


def _load_c_loop() -> _GlyphLoop | None:
    """``_glyph_loop`` in C, through the extension ``_glyphs`` (``_glyphs.c``), or None: where it was
    not built (no C compiler at install time), or ``GOVLETTER_PURE_PYTHON`` is set (to anything but
    ``0``), ``page_glyphs`` runs the Python loop."""
    if os.environ.get("GOVLETTER_PURE_PYTHON", "0") not in ("", "0"):
        return None
    try:
        from ._glyphs import page_glyphs as c_page_glyphs
    except ImportError:
        return None

    def c_loop(calls: _Calls, textpage: Any, text: str, height: float, rotation: int, shown: _Shown) -> list[Glyph]:
        # PDFium's functions and the text page go in as addresses, the constants as they are defined here
        return c_page_glyphs(calls.addresses, _address(getattr(textpage, "raw", textpage)), text, height, rotation, shown, _ASCENT, UPRIGHT_SLOPE,
                             _HYPHEN_MARKS, math.hypot)

    return c_loop


_c_loop = _load_c_loop()


def _drawn_invisibly(textpage: Any, samples: int = 5) -> bool:
    """Is any of a few characters, spread over the page, drawn invisibly (an OCR layer)?"""
    import pypdfium2.raw as raw

    calls, tp = _bound(), _handle(textpage)
    count = calls.count_chars(tp)
    for k in range(samples):
        obj = calls.text_object(tp, k * count // samples)
        if obj and calls.render_mode(ctypes.c_void_p(obj)) == raw.FPDF_TEXTRENDERMODE_INVISIBLE:
            return True
    return False


def unmapped_share(textpage: Any, samples: int = 20) -> float:
    """The share of a few characters, spread over the page, whose font gives no Unicode for them."""
    calls, tp = _bound(), _handle(textpage)
    count = calls.count_chars(tp)
    if not count:
        return 0.0
    picks = range(0, count, max(1, count // samples))
    return float(sum(calls.unmapped(tp, i) == 1 for i in picks)) / len(picks)


# Han characters (the CJK ideographs and extension A) and how many of a page's are sampled for their boxes
_HAN_RE = re.compile("[\u3400-\u9fff]")
_GLYPHLESS_SAMPLES = 16


def glyphless(textpage: Any) -> bool:
    """Are the page's Han characters drawn in a font PDFium has no glyphs for (one neither embedded
    in the PDF nor installed on this machine)? Their boxes are then flat (under a point tall), and
    PDFium leaves every text object of a single character out of the text page: a title's last
    character alone on its line, a character a justified line sets apart (``add_dropped`` puts them
    back). Three quarters of up to ``_GLYPHLESS_SAMPLES`` Han characters, spread over the page, decide."""
    calls, tp = _bound(), _handle(textpage)
    text = _page_text(calls, tp, calls.count_chars(tp))
    # (the first Han character at or after each of evenly spaced places: a page's few hundred are not all visited)
    picks = sorted({m.start() for at in range(0, len(text), max(1, len(text) // _GLYPHLESS_SAMPLES))
                    if (m := _HAN_RE.search(text, at))})
    if not picks:
        return False
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    box = tuple(ctypes.byref(v) for v in (left, right, bottom, top))
    flat = sum(bool(calls.char_box(tp, i, *box)) and top.value - bottom.value < 1.0 for i in picks)
    return flat >= 0.75 * len(picks)


# The height of the bands ``add_dropped`` files glyphs in by their top (a row's tops differ by less).
_BAND = 4.0


def add_dropped(glyphs: list[Glyph], others: list[Glyph]) -> list[Glyph]:
    """``glyphs`` and those of ``others`` (the same page read by pdfminer, in the same frame) that
    stand where ``glyphs`` have a gap: on their row (tops within a fifth of the size), no glyph
    covers the middle half of the other's box, and none of the same text is within two ems. (Where
    PDFium has no glyphs it places some characters, digits above all, a little apart from where
    pdfminer's widths put them; and pdfminer skips characters it cannot map, so its places after
    one run ahead of PDFium's.)"""
    rows: dict[int, list[Glyph]] = {}  # the glyphs by their top, in bands of _BAND points
    for g in glyphs:
        rows.setdefault(int(g[0] // _BAND), []).append(g)
    for other in others:
        top, x0, x1, _, size, text = other
        if size <= 0 or text.isspace():
            continue
        near = 0.2 * size
        left, right = x0 + 0.25 * (x1 - x0), x1 - 0.25 * (x1 - x0)
        if not any(abs(g[0] - top) < near and ((g[1] < right and g[2] > left)
                                                or (g[5] == text and abs(g[1] - x0) < 2 * size))
                   for band in range(int((top - near) // _BAND), int((top + near) // _BAND) + 1)
                   for g in rows.get(band, ())):
            glyphs.append(other)
    return glyphs


def page_objects(page: Any, width: float, height: float) -> tuple[int, float, float, int]:
    """(image objects, share of the page under the largest image, share of text objects drawn invisibly,
    path objects) of a page (PDFium's raw page handle) of shown size ``width`` x ``height``."""
    return _walk_objects(page, width, height)[0]


def _walk_objects(page: Any, width: float, height: float) -> tuple[tuple[int, float, float, int], int]:
    """``page_objects``, and how many text objects the page draws."""
    import pypdfium2.raw as raw

    area = max(width * height, 1.0)
    images = texts = invisible = paths = 0
    cover = 0.0
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for i in range(raw.FPDFPage_CountObjects(page)):
        obj = raw.FPDFPage_GetObject(page, i)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_TEXT:
            texts += 1
            invisible += raw.FPDFTextObj_GetTextRenderMode(obj) == raw.FPDF_TEXTRENDERMODE_INVISIBLE
        elif kind == raw.FPDF_PAGEOBJ_PATH:
            paths += 1
        elif kind == raw.FPDF_PAGEOBJ_IMAGE:
            images += 1
            if raw.FPDFPageObj_GetBounds(obj, *(ctypes.byref(v) for v in (left, bottom, right, top))):
                w = max(0.0, min(right.value, width) - max(left.value, 0.0))
                h = max(0.0, min(top.value, height) - max(bottom.value, 0.0))
                cover = max(cover, w * h / area)
    return (images, cover, invisible / texts if texts else 0.0, paths), texts


class PdfiumObjects:
    """``page_objects`` of each page through a PDFium document opened beside another backend."""

    def __init__(self, source: PdfSource, password: str | None) -> None:
        self._pdf = _open(source, password)

    def page(self, number: int) -> tuple[tuple[int, float, float, int], float]:
        """``page_objects`` and ``unmapped_share`` of page ``number``."""
        page = self._pdf[number - 1]
        textpage = page.get_textpage()
        try:
            return page_objects(page.raw, *page.get_size()), unmapped_share(textpage)
        finally:
            textpage.close()
            page.close()

    def __enter__(self) -> PdfiumObjects:
        return self

    def __exit__(self, *exc: object) -> None:
        self._pdf.close()


@dataclass(slots=True)
class _PageRead:
    """What ``PdfiumBackend`` reads of one page before PDFium frees it."""

    glyphs: list[Glyph]
    width: float
    height: float
    objects: tuple[int, float, float, int]  # see ``page_objects``; (-1, 0.0, 0.0, -1) when not walked
    unmapped: float
    rotation: int
    glyphless: bool  # ``glyphless``, or few characters from many text objects: see ``add_dropped``


def _read_page(doc: Any, index: int) -> _PageRead:
    """Page ``index`` of a document (PDFium's raw handle), through PDFium's raw page and text page
    handles (pypdfium2's page objects, with their finalizers, cost a tenth of a page's time), both
    freed before it returns."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    page = raw.FPDF_LoadPage(doc, index)
    if not page:
        raise pdfium.PdfiumError("Failed to load page.")
    try:
        textpage = raw.FPDFText_LoadPage(page)
        if not textpage:
            raise pdfium.PdfiumError("Failed to load text page.")
        try:
            width, height = raw.FPDF_GetPageWidthF(page), raw.FPDF_GetPageHeightF(page)
            rotation = raw.FPDFPage_GetRotation(page)
            if rotation not in (0, 1, 2, 3):
                raise pdfium.PdfiumError("Failed to get page rotation.")
            glyphs = page_glyphs(textpage, width, height, 90 * rotation)
            # the page's objects matter only for a page that may be a scan: little text, or text
            # drawn invisibly; a born-digital page is not walked again
            few = len(glyphs) < FEW_CHARS
            if few or _drawn_invisibly(textpage):
                objects, texts = _walk_objects(page, width, height)
            else:
                objects, texts = (-1, 0.0, 0.0, -1), 0
            # (a page of few characters but with text objects may be one whose every object PDFium
            # dropped: a page drawing each character by itself, or a lone last line)
            dropped = glyphless(textpage) or (few and texts > len(glyphs))
            return _PageRead(glyphs, width, height, objects, unmapped_share(textpage), rotation, dropped)
        finally:
            raw.FPDFText_ClosePage(textpage)
    finally:
        raw.FPDF_ClosePage(page)


class PdfiumBackend:
    """Reads each page's characters with pypdfium2; pages are loaded and freed one at a time. On an
    unturned page whose fonts PDFium has no glyphs for (``glyphless``), the characters PDFium dropped
    are taken from pdfminer's reading, which maps character codes to text without glyphs."""

    name = "pdfium"

    def pages(self, source: PdfSource, *, password: str | None = None, max_pages: int = 0) -> Iterator[Page]:
        from .plumber import PlumberPages

        pdf = _open(source, password)
        fallback = PlumberPages(source, password)
        glyphless_seen = False  # (a document's fonts are shared by its pages)
        try:
            check_page_count(len(pdf), max_pages, _name(source))
            for index in range(len(pdf)):
                number = index + 1
                try:
                    read = _read_page(pdf.raw, index)
                except ExtractionError:
                    raise
                except Exception as exc:
                    raise ExtractionError(
                        f"cannot read the page's text ({type(exc).__name__}: {exc})", path=_name(source), page=number
                    ) from exc
                images, cover, invisible, paths = read.objects
                glyphs = read.glyphs
                glyphless_seen |= read.glyphless
                if glyphless_seen and not read.rotation:
                    # (where pdfminer cannot read what PDFium could, PDFium's reading as it is)
                    with contextlib.suppress(ExtractionError):
                        glyphs = add_dropped(glyphs, fallback.glyphs(number, read.height, _ASCENT))
                yield Page(number=number, lines=glyphs_to_lines(glyphs, number), width=float(read.width),
                           height=float(read.height), images=images, image_cover=cover, invisible_text=invisible,
                           paths=paths, unmapped=read.unmapped)
        finally:
            fallback.close()
            pdf.close()
