"""Glyphs to printed lines: the one layout step both PDF backends (and OCR) share.

A glyph is ``(top, x0, x1, bottom, size, text)`` in PDF points from the page's top-left corner.
Only upright glyphs with text reach here; whitespace glyphs mark a printed space.
"""

from __future__ import annotations

from collections import Counter

from ..normalize import normalize_chars
from .base import Line

Glyph = tuple[float, float, float, float, float, str]

# A gap wider than this share of the font size between two glyphs is printed as a space (0.3 em:
# clear of the 0.2-0.25 em some typesetters put between Chinese and Latin letters or digits).
SPACE_GAP = 0.3


def _rows(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs on one baseline band, rows top to bottom."""
    glyphs.sort(key=lambda g: (round(g[0]), g[1]))
    rows: list[list[Glyph]] = []
    row: list[Glyph] = []
    ref_top = ref_size = 0.0
    for g in glyphs:
        if row and abs(g[0] - ref_top) <= 0.5 * min(g[4], ref_size):
            row.append(g)
            continue
        row = [g]
        ref_top, ref_size = g[0], g[4]
        rows.append(row)
    # rows sorted by rounded top may interleave when tops differ by a fraction: order by position
    rows.sort(key=lambda r: min(g[0] for g in r))
    return rows


def glyphs_to_lines(glyphs: list[Glyph], page_number: int) -> list[Line]:
    """Group a page's glyphs into printed lines, left to right, top to bottom.

    A space is printed where the page has a space glyph or a gap wider than ``SPACE_GAP`` ems
    between two glyphs; an extractor's guessed spaces never reach here.
    """
    lines: list[Line] = []
    for row in _rows([g for g in glyphs if g[5] and (g[5] == " " or not g[5].isspace())]):
        row.sort(key=lambda g: g[1])
        parts: list[str] = []
        prev: Glyph | None = None
        spaced = False
        top = bottom = x0 = x1 = 0.0
        sizes: Counter[float] = Counter()
        for g in row:
            g_top, g_x0, g_x1, g_bottom, g_size, text = g
            if text == " ":
                spaced = prev is not None
                continue
            # a glyph box may overhang the next glyph's origin: measure from at most an em wide
            right = min(g_x1, g_x0 + g_size)
            if prev is None:
                top, bottom, x0, x1 = g_top, g_bottom, g_x0, right
            else:
                if text == prev[5] and abs(g_x0 - prev[1]) < 0.1 * g_size:
                    continue  # the same glyph drawn twice (fake bold)
                if spaced or g_x0 - min(prev[2], prev[1] + prev[4]) > SPACE_GAP * g_size:
                    parts.append(" ")
                top, bottom = min(top, g_top), max(bottom, g_bottom)
                x0, x1 = min(x0, g_x0), max(x1, right)
            parts.append(text)
            sizes[round(g_size, 1)] += 1
            prev = g
            spaced = False
        if prev is None:
            continue
        lines.append(Line(text=normalize_chars("".join(parts)), page=page_number, x0=x0, x1=x1, top=top,
                          bottom=bottom, size=sizes.most_common(1)[0][0]))
    return lines
