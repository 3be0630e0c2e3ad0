"""A PDF whose fonts are neither embedded nor installed: the characters PDFium drops come back.

Without any glyph for a font's characters, PDFium gives them flat boxes and leaves every text object
of a single character out of its text page (a title's last character alone on its line, say). A
machine without a Chinese font (a server, a container) then read `…初步设计的批` for `…的批复`.
``glyphless`` tells such a page; ``add_dropped`` takes what pdfminer reads there and PDFium lacks.
Whether this machine has a Chinese font decides what PDFium drops, so the tests below take PDFium's
glyphs, drop what PDFium drops without a font, and check what comes back; and they check that
nothing is added where PDFium read everything.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import govletter
from govletter.extract import read_pdf
from govletter.extract.glyphs import Glyph, glyphs_to_lines
from govletter.extract.pdfium import _ASCENT, add_dropped, glyphless, page_glyphs
from govletter.extract.plumber import PlumberPages

pdfium = pytest.importorskip("pypdfium2")

ROOT = Path(__file__).parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
# Fresh-set letters printed in a font neither embedded nor (on a bare machine) installed
# (STSong-Light), each with a line of one character: the title's last (fnv-005), a title's middle
# line (fbo-016).
FNV_005 = ROOT / "bench" / "fresh-nv" / "fnv-005" / "v0.pdf"
LONE = {FNV_005: ("建配套与现代化改造工程初步设计的批", "复"),
        ROOT / "bench" / "fresh-bo" / "fbo-016" / "v0.pdf": ("对杨光明代表提出的“关于加快县城污", "水")}


def _glyphs(path: Path) -> tuple[list[Glyph], list[Glyph]]:
    """PDFium's and pdfminer's glyphs of page 1, in PDFium's frame."""
    doc = pdfium.PdfDocument(path)
    try:
        page = doc[0]
        width, height = page.get_size()
        textpage = page.get_textpage()
        ours = page_glyphs(textpage, width, height)
        textpage.close()
        page.close()
    finally:
        doc.close()
    other = PlumberPages(path, None)
    try:
        return ours, other.glyphs(1, height, _ASCENT)
    finally:
        other.close()


def _texts(glyphs: list[Glyph]) -> list[str]:
    return [line.text for line in glyphs_to_lines(glyphs, 1)]


@pytest.mark.parametrize("path", sorted(LONE), ids=lambda p: p.parent.name)
def test_a_line_of_one_character_that_pdfium_dropped_comes_back(path: Path) -> None:
    ours, other = _glyphs(path)
    before, lone = LONE[path]
    # what PDFium reads without a font: the lone character's row gone (here it may be there or not)
    row = next(o[0] for o in other if o[5] == lone and _texts([o]) == [lone] and o[0] > 100)
    dropped = [g for g in ours if abs(g[0] - row) > 1]
    kept = _texts(add_dropped(dropped, other))
    assert kept[kept.index(before) + 1] == lone
    assert _texts(add_dropped(list(ours), other)) == kept


@pytest.mark.parametrize("path", [*sorted(LONE), FIXTURES / "seed.pdf", FIXTURES / "producers" / "office.pdf"],
                         ids=lambda p: p.name if p.parent.name in ("fixtures", "producers") else p.parent.name)
def test_nothing_is_added_where_pdfium_read_every_character(path: Path) -> None:
    ours, other = _glyphs(path)
    whole = add_dropped(list(ours), other)  # PDFium's reading with what pdfminer adds
    assert add_dropped(list(whole), other) == whole  # a second pass adds nothing
    assert _texts(list(whole)) == _texts(add_dropped(list(whole), other))


# (top, x0, x1, bottom, size, text)
def _g(top: float, x0: float, text: str, size: float = 16.0) -> Glyph:
    return (top, x0, x0 + size, top + size, size, text)


ROW = [_g(100, 80 + 16 * i, c) for i, c in enumerate("关于加快县城污")]


@pytest.mark.parametrize(("others", "added"), [
    ([_g(140, 200, "水")], ["水"]),  # a row of its own
    ([_g(100, 80 + 16 * 7, "水")], ["水"]),  # the gap at a row's end
    ([_g(100.5, 80 + 16 * 3, "快")], []),  # the same glyph, half a point lower
    ([_g(100, 80 + 16 * 3 + 20, "快")], []),  # the same text, 20 points off (PDFium's digits without a font)
    ([_g(100, 80 + 16 * 2, "快")], []),  # pdfminer ahead of PDFium (it skipped a character it cannot map)
    ([_g(100, 80 + 16 * 2 + 6, "县")], []),  # half over a glyph PDFium has
    ([_g(100, 80 + 16 * 9, "快")], ["快"]),  # the same text, but two ems and more away
    ([_g(95, 80 + 16 * 8, "复", 22.0)], ["复"]),  # a larger size beside the row, in a gap
    ([_g(140, 200, " ")], []),  # a space: spacing comes from the boxes
    ([(140.0, 200.0, 216.0, 140.0, 0.0, "水")], []),  # a glyph of no size
])
def test_what_pdfminer_adds_to_pdfiums_row(others: list[Glyph], added: list[str]) -> None:
    assert [g[5] for g in add_dropped(list(ROW), others)[len(ROW):]] == added


def test_a_font_drawn_with_glyphs_is_not_glyphless() -> None:
    """The producers' office PDF embeds its font: its Han characters have boxes of their height."""
    doc = pdfium.PdfDocument(FIXTURES / "producers" / "office.pdf")
    try:
        page = doc[0]
        textpage = page.get_textpage()
        assert not glyphless(textpage)
        textpage.close()
        page.close()
    finally:
        doc.close()


def test_pages_read_as_glyphless_give_the_same_letter(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every page taken as glyphless (as on a machine without a Chinese font): the seed letter is
    the same, whether or not this machine has its font."""
    expected = govletter.parse(FIXTURES / "seed.pdf").model_dump(exclude={"source"})
    monkeypatch.setattr("govletter.extract.pdfium.glyphless", lambda textpage: True)
    assert govletter.parse(FIXTURES / "seed.pdf").model_dump(exclude={"source"}) == expected
    assert "复" in [line.text for page in read_pdf(FNV_005).pages for line in page.lines]


def test_a_page_pdfminer_cannot_read_keeps_pdfiums_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where pdfminer fails on a page PDFium read, the letter is what PDFium's reading alone gives, not an error."""
    expected = govletter.parse(FIXTURES / "seed.pdf").model_dump(exclude={"source"})

    def fails(self: PlumberPages, number: int, height: float, ascent: float) -> list[Glyph]:
        raise govletter.ExtractionError("not a readable PDF (pdfminer)", page=number)

    monkeypatch.setattr("govletter.extract.pdfium.glyphless", lambda textpage: True)
    monkeypatch.setattr(PlumberPages, "glyphs", fails)
    assert govletter.parse(FIXTURES / "seed.pdf").model_dump(exclude={"source"}) == expected
