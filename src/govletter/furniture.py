"""Stage 2: page furniture out — page numbers in every printed form and repeated running headers."""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import replace

import regex

from .extract.base import Document, Line, Page
from .normalize import remove_spaces
from .patterns import BARE_NUMBER_RE, PAGE_NUMBER_RE, TABLE_NUMBER_HEADER_RE
from .unwrap import date_alone

_DIGITS_RE = regex.compile(r"\d+")

# Header and footer bands of a PDF page, as shares of its height.
HEADER_BAND = 0.10
FOOTER_BAND = 0.12
# The most pages a compilation of letters runs to: a larger number counting up is no page number.
MAX_COMPILED_PAGES = 999
# How many lines above a table's first row number its 序号 header may stand (the header row's cells).
TABLE_HEADER_REACH = 8


def _in_band(line: Line, page: Page) -> bool:
    if line.top is None or line.bottom is None or not page.height:
        return False
    return line.bottom < page.height * HEADER_BAND or line.top > page.height * (1 - FOOTER_BAND)


def is_page_number(line: Line, page: Page, *, first: bool, last: bool, marked: bool = False) -> bool:
    """A page number: '— 4 —' anywhere on its own line; a bare '4' only where page numbers sit.

    In plain text a bare number is the first or last line of a form-feed page, and not on a page
    ``marked`` with a page number of its own: there it is the end of a phone that wrapped onto the
    page ('6' / '—2—' after '电话：010-8423951'); nor is one with a leading zero, an area code ('0951')."""
    if PAGE_NUMBER_RE.match(line.text):
        return True
    if BARE_NUMBER_RE.match(line.text) and not line.text.strip().startswith("0"):
        if page.height:
            return _in_band(line, page)
        return (first or last) and not marked
    return False


def _header_key(text: str) -> str:
    return _DIGITS_RE.sub("#", remove_spaces(text))


def running_headers(pages: list[Page]) -> set[str]:
    """Texts (digits folded) printed at the top, or at the bottom, of at least half the pages, 2 or more."""
    pages = [page for page in pages if page.lines]
    # plain text has no header band: there only a line on three or more pages' edges is a header
    if len(pages) < (2 if pages and pages[0].height else 3):
        return set()
    needed = max(2, (len(pages) + 1) // 2)
    found: set[str] = set()
    # a PDF's header band may hold two lines; in plain text only the first and the last line count
    depth = 2 if pages[0].height else 1
    for edge in (slice(0, depth), slice(-depth, None)):
        counts: Counter[str] = Counter()
        for page in pages:
            # (the last page's first line over a date is the letter's 署名, though it names the issuer the first
            # page opens with: '浙江省水利厅' … '浙江省水利厅' / '2025年4月18日')
            if edge.start == 0 and page is pages[-1] and len(page.lines) > 1 and date_alone(page.lines[1].text):
                continue
            counts.update({_header_key(ln.text) for ln in page.lines[edge] if not page.height or _in_band(ln, page)})
        found |= {key for key, n in counts.items() if n >= needed and len(key) >= 4}
    return found


def compilation_numbers(pages: list[Page]) -> set[int]:
    """In plain text, bare-number lines that count up one by one (12, 13, 14): the page numbers of a
    compilation or a printout, left wherever its pages broke. Returns their ids."""
    numbered = [(id(line), int(line.text.strip())) for page in pages if not page.height
                for line in page.lines if BARE_NUMBER_RE.match(line.text)]
    if len(numbered) < 2 or any(b != a + 1 for (_, a), (_, b) in itertools.pairwise(numbered)):
        return set()
    # (a table's column of years read one cell to a line counts up too: '2021' / … / '2022')
    if numbered[-1][1] > MAX_COMPILED_PAGES:
        return set()
    lines = [line for page in pages for line in page.lines]
    # a table printed one cell per line numbers its rows under its 序号 header: those are no page numbers
    first = next(k for k, line in enumerate(lines) if id(line) == numbered[0][0])
    if any(TABLE_NUMBER_HEADER_RE.match(line.text) for line in lines[max(0, first - TABLE_HEADER_REACH): first]):
        return set()
    return {key for key, _ in numbered}


def remove_furniture(doc: Document) -> Document:
    """Drop page numbers and running headers from every page."""
    headers = running_headers(doc.pages)
    counted = compilation_numbers(doc.pages)
    pages = []
    for page in doc.pages:
        kept: list[Line] = []
        dropped_blank = changed = False
        marked = not page.height and any(PAGE_NUMBER_RE.match(line.text) for line in page.lines)
        for i, line in enumerate(page.lines):
            first, last = i == 0, i == len(page.lines) - 1
            if is_page_number(line, page, first=first, last=last, marked=marked) or id(line) in counted or (
                headers and _header_key(line.text) in headers
            ):
                dropped_blank = changed = True
                continue
            if dropped_blank and kept and line.blank_before:
                # the blank lines around a removed page number are the page number's, not a paragraph's
                line = replace(line, blank_before=False)
            dropped_blank = False
            kept.append(line)
        # (a page that lost nothing is kept as it is: copying every page and line costs more than
        # the rest of this stage)
        pages.append(replace(page, lines=kept) if changed else page)
    return replace(doc, pages=pages)
