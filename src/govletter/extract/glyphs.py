"""Glyphs to printed lines: the one layout step both PDF backends (and OCR) share.

A glyph is ``(top, x0, x1, bottom, size, text)`` in PDF points from the page's top-left corner.
Only upright glyphs with text reach here; whitespace glyphs mark a printed space.
"""

from __future__ import annotations

from operator import itemgetter

from ..normalize import normalize_chars
from .base import Line

Glyph = tuple[float, float, float, float, float, str]

# A gap wider than this share of the font size between two glyphs is printed as a space (0.3 em:
# clear of the 0.2-0.25 em some typesetters put between Chinese and Latin letters or digits).
SPACE_GAP = 0.3


def _sized(glyphs: list[Glyph]) -> list[Glyph]:
    """The glyphs with text, a size that disagrees with its glyph's box (more than twice as tall, or
    under half as tall: a font size reported before the text matrix scaled it) replaced by the box's
    height; whitespace other than a space dropped."""
    out: list[Glyph] = []
    for g in glyphs:
        text = g[5]
        if not text or (text != " " and text.isspace()):
            continue
        height = g[3] - g[0]
        if height > 0 and not 0.5 * height <= g[4] <= 2 * height:
            g = (g[0], g[1], g[2], g[3], height, text)
        out.append(g)
    return out


def _rows(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs on one baseline band, rows top to bottom."""
    glyphs.sort()  # by top, then left
    rows: list[tuple[float, list[Glyph]]] = []  # (the row's top, its glyphs)
    row: list[Glyph] = []
    ref_top = ref_size = row_top = 0.0
    for g in glyphs:
        top, size = g[0], g[4]
        if row and abs(top - ref_top) <= 0.5 * (size if size < ref_size else ref_size):
            row.append(g)
            continue
        if row:
            rows.append((row_top, row))
        row = [g]
        ref_top = row_top = top
        ref_size = size
    if row:
        rows.append((row_top, row))
    return [r for _, r in rows]


def glyphs_to_lines(glyphs: list[Glyph], page_number: int) -> list[Line]:
    """Group a page's glyphs into printed lines, left to right, top to bottom.

    A space is printed where the page has a space glyph or a gap wider than ``SPACE_GAP`` ems
    between two glyphs; an extractor's guessed spaces never reach here.
    """
    lines: list[Line] = []
    left = itemgetter(1)
    for row in _rows(_sized(glyphs)):
        row.sort(key=left)
        parts: list[str] = []
        sizes: dict[float, int] = {}
        started = spaced = False
        top = bottom = x0 = x1 = 0.0
        prev_text, prev_x0, prev_right = "", 0.0, 0.0
        for g_top, g_x0, g_x1, g_bottom, g_size, text in row:
            if text == " ":
                spaced = started
                continue
            # a glyph box may overhang the next glyph's origin: measure from at most an em wide
            right = g_x1 if g_x1 < g_x0 + g_size else g_x0 + g_size
            if not started:
                top, bottom, x0, x1 = g_top, g_bottom, g_x0, right
                started = True
            else:
                if text == prev_text and abs(g_x0 - prev_x0) < 0.1 * g_size:
                    continue  # the same glyph drawn twice (fake bold)
                if spaced or g_x0 - prev_right > SPACE_GAP * g_size:
                    parts.append(" ")
                if g_top < top:
                    top = g_top
                if g_bottom > bottom:
                    bottom = g_bottom
                if g_x0 < x0:
                    x0 = g_x0
                if right > x1:
                    x1 = right
            parts.append(text)
            sizes[g_size] = sizes.get(g_size, 0) + 1
            prev_text, prev_x0, prev_right = text, g_x0, right
            spaced = False
        if not started:
            continue
        lines.append(Line(text=normalize_chars("".join(parts)), page=page_number, x0=x0, x1=x1, top=top,
                          bottom=bottom, size=_dominant(sizes)))
    return lines


def _dominant(sizes: dict[float, int]) -> float:
    """The size most glyphs of a line have, to a tenth of a point."""
    rounded: dict[float, int] = {}
    for size, n in sizes.items():
        key = round(size, 1)
        rounded[key] = rounded.get(key, 0) + n
    return max(rounded, key=rounded.__getitem__)
