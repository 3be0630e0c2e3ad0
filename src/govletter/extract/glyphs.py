"""Glyphs to printed lines: the one layout step both PDF backends (and OCR) share.

A glyph is ``(top, x0, x1, bottom, size, text)`` in PDF points from the page's top-left corner.
Only upright glyphs with text reach here; whitespace glyphs mark a printed space.
"""

from __future__ import annotations

from ..normalize import normalize_chars
from .base import Line

Glyph = tuple[float, float, float, float, float, str]

# A gap wider than this share of the font size between two glyphs is printed as a space (0.3 em:
# clear of the 0.2-0.25 em some typesetters put between Chinese and Latin letters or digits).
SPACE_GAP = 0.3


def _rows(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs on one baseline band, rows top to bottom."""
    glyphs.sort(key=lambda g: (round(g[0]), g[1]))
    rows: list[tuple[float, list[Glyph]]] = []  # (the row's top, its glyphs)
    row: list[Glyph] = []
    ref_top = ref_size = row_top = 0.0
    for g in glyphs:
        top, size = g[0], g[4]
        if row and abs(top - ref_top) <= 0.5 * (size if size < ref_size else ref_size):
            row.append(g)
            if top < row_top:
                row_top = top
            continue
        if row:
            rows.append((row_top, row))
        row = [g]
        ref_top = row_top = top
        ref_size = size
    if row:
        rows.append((row_top, row))
    # rows sorted by rounded top may interleave when tops differ by a fraction: order by position
    rows.sort(key=lambda r: r[0])
    return [r for _, r in rows]


def glyphs_to_lines(glyphs: list[Glyph], page_number: int) -> list[Line]:
    """Group a page's glyphs into printed lines, left to right, top to bottom.

    A space is printed where the page has a space glyph or a gap wider than ``SPACE_GAP`` ems
    between two glyphs; an extractor's guessed spaces never reach here.
    """
    lines: list[Line] = []
    for row in _rows([g for g in glyphs if g[5] and (g[5] == " " or not g[5].isspace())]):
        row.sort(key=lambda g: g[1])
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
            key = round(g_size, 1)
            sizes[key] = sizes.get(key, 0) + 1
            prev_text, prev_x0, prev_right = text, g_x0, right
            spaced = False
        if not started:
            continue
        lines.append(Line(text=normalize_chars("".join(parts)), page=page_number, x0=x0, x1=x1, top=top,
                          bottom=bottom, size=max(sizes, key=sizes.__getitem__)))
    return lines
