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


def _rows(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs on one baseline band, rows top to bottom; glyphs without text, and whitespace other
    than a space, left out."""
    glyphs.sort()  # by top, then left
    rows: list[list[Glyph]] = []
    row: list[Glyph] = []
    ref_top = ref_size = 0.0
    for g in glyphs:
        # (left out here, in the one pass over the sorted glyphs, rather than by a filtered copy)
        text = g[5]
        if not text or (text != " " and text.isspace()):
            continue
        top, size = g[0], g[4]
        # (sorted: a row's later glyphs are never above its first, so no abs())
        if top - ref_top <= 0.5 * (size if size < ref_size else ref_size) and row:
            row.append(g)
            continue
        row = [g]
        rows.append(row)
        ref_top = top
        # a size that disagrees with the glyph's box (a font size reported before the text matrix
        # scaled it: Tf 300 for 16 points) gives way to the box's height
        height = g[3] - top
        ref_size = height if height > 0 and not 0.5 * height <= size <= 2 * height else size
    return rows


def glyphs_to_lines(glyphs: list[Glyph], page_number: int) -> list[Line]:
    """Group a page's glyphs into printed lines, left to right, top to bottom.

    A space is printed where the page has a space glyph or a gap wider than ``SPACE_GAP`` ems
    between two glyphs; an extractor's guessed spaces never reach here. ``glyphs`` is sorted in
    place (no copy of a page's glyphs is made).
    """
    lines: list[Line] = []
    left = itemgetter(1)
    gap = SPACE_GAP
    for row in _rows(glyphs):
        if row[0][0] != row[-1][0]:
            # (a row whose glyphs share one top is already in order of x0: the glyphs were sorted
            # by top, then x0)
            row.sort(key=left)
        parts: list[str] = []
        sizes: list[float] = []
        add_part, add_size = parts.append, sizes.append
        started = spaced = False
        top = bottom = x0 = x1 = 0.0
        prev_text, prev_x0, prev_right = "", 0.0, 0.0
        for g_top, g_x0, g_x1, g_bottom, g_size, text in row:
            if text == " ":
                spaced = started
                continue
            # a glyph box may overhang the next glyph's origin: measure from at most an em wide
            right = g_x0 + g_size
            if g_x1 < right:
                right = g_x1
            if started:
                if text == prev_text and abs(g_x0 - prev_x0) < 0.1 * g_size:
                    continue  # the same glyph drawn twice (fake bold)
                if spaced or g_x0 - prev_right > gap * g_size:
                    add_part(" ")
                    spaced = False
                if g_top < top:
                    top = g_top
                if g_bottom > bottom:
                    bottom = g_bottom
                if right > x1:
                    x1 = right
            else:
                top, bottom, x0, x1 = g_top, g_bottom, g_x0, right  # the row runs left to right: x0 is the least
                started = True
            add_part(text)
            add_size(g_size)
            prev_text, prev_x0, prev_right = text, g_x0, right
        if not started:
            continue
        size, height = _dominant(sizes), bottom - top
        if height > 0 and not 0.5 * height <= size <= 2 * height:
            size = round(height, 1)  # as for a row: the box wins over a size that disagrees
        lines.append(Line(text=normalize_chars("".join(parts)), page=page_number, x0=x0, x1=x1, top=top,
                          bottom=bottom, size=size))
    return lines


def _dominant(sizes: list[float]) -> float:
    """The size most glyphs of a line have, to a tenth of a point."""
    # (a line's glyphs of one text object share one size object, and count() compares by identity
    # first: a pass of a few ns a glyph where min() and max() compare every size twice; they are
    # asked only when the count differs, where they can still agree only with a NaN among the sizes)
    if sizes.count(sizes[0]) == len(sizes) or min(sizes) == max(sizes):
        return round(sizes[0], 1)
    rounded: dict[float, int] = {}
    for size in sizes:
        key = round(size, 1)
        rounded[key] = rounded.get(key, 0) + 1
    return max(rounded, key=rounded.__getitem__)
