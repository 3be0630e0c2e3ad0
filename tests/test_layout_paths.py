"""The short cuts the layout and the stages after it take for speed give what the long way gives.

``glyphs_to_lines`` leaves out whitespace glyphs in its one sorted pass, re-sorts only rows whose
glyphs do not share one top and takes a line's size by counting its first glyph's size; ``remove_furniture`` and ``strip_web`` keep a page that lost nothing
as it is; a block keeps its ``spaced`` text once made. Each is checked here on the case it skips
work for and on the case it must not.
"""

from __future__ import annotations

from dataclasses import replace

from govletter.extract.base import Document, Line, Page
from govletter.extract.glyphs import glyphs_to_lines
from govletter.furniture import remove_furniture
from govletter.unwrap import Block
from govletter.web import strip_web


def _glyph(top: float, x0: float, text: str, size: float = 16.0) -> tuple[float, float, float, float, float, str]:
    return (top, x0, x0 + size, top + size, size, text)


def test_whitespace_glyphs_are_left_out_and_a_space_glyph_prints_a_space() -> None:
    """An ideographic space, a no-break space and a glyph without text are no glyphs (the gap an
    ideographic space leaves is a space, as any gap); a space glyph prints one space; the caller's
    list is sorted in place, not copied."""
    glyphs = [_glyph(100.0, 72.0 + 16 * i, ch) for i, ch in enumerate("关于\u3000建议")]
    glyphs += [_glyph(100.0, 200.0, ""), _glyph(100.0, 216.0, "\u00a0"), _glyph(100.0, 232.0, " "),
               _glyph(100.0, 248.0, "函")]
    glyphs.reverse()
    lines = glyphs_to_lines(glyphs, 3)
    assert [(ln.text, ln.page, ln.x0, ln.x1) for ln in lines] == [("关于 建议 函", 3, 72.0, 264.0)]
    assert glyphs == sorted(glyphs)


def test_a_row_whose_glyphs_sit_at_different_tops_is_read_left_to_right() -> None:
    """A raised glyph (a superscript, a mark set higher) joins its row and is put in order of x; the
    line's box spans both tops."""
    glyphs = [_glyph(100.0, 72.0, "第"), _glyph(100.0, 88.0, "一"), _glyph(94.0, 104.0, "1"),
              _glyph(100.0, 120.0, "条")]
    lines = glyphs_to_lines(glyphs, 1)
    assert [(ln.text, ln.top, ln.bottom) for ln in lines] == [("第一1条", 94.0, 116.0)]
    # the same glyphs on one top: already in order, the same line
    level = [_glyph(100.0, x, ch) for x, ch in ((72.0, "第"), (88.0, "一"), (104.0, "1"), (120.0, "条"))]
    assert [ln.text for ln in glyphs_to_lines(level, 1)] == ["第一1条"]


def test_a_lines_size_is_the_size_most_of_its_glyphs_have() -> None:
    """One size shared by every glyph (as a text object's glyphs share one size object), equal sizes
    that are different objects, and a mix: the most common size to a tenth of a point, the first
    seen on a tie."""
    def size_of(sizes: list[float]) -> float | None:
        glyphs = [(100.0, 72.0 + 20 * i, 72.0 + 20 * i + size, 100.0 + size, size, "字") for i, size in enumerate(sizes)]
        return glyphs_to_lines(glyphs, 1)[0].size

    shared = 15.96
    assert size_of([shared] * 4) == 16.0
    assert size_of([float(s) for s in ("15.96", "15.96", "15.96")]) == 16.0
    assert size_of([12.0, 16.0, 16.0, 16.04]) == 16.0
    assert size_of([12.0, 16.0, 16.0, 12.0]) == 12.0


def _page(number: int, texts: list[str], *, blank: bool = False) -> Page:
    lines = [Line(text=t, page=number, x0=72.0, x1=500.0, top=100.0 + 30 * i, bottom=116.0 + 30 * i, size=16.0,
                  blank_before=blank) for i, t in enumerate(texts)]
    return Page(number=number, lines=lines, width=595.0, height=842.0)


def test_furniture_keeps_a_page_that_lost_nothing_and_rebuilds_one_that_did() -> None:
    clean = _page(1, ["关于某某建议的答复", "王某代表："])
    numbered = _page(2, ["正文第一段。", "— 2 —", "正文第二段。"], blank=True)
    out = remove_furniture(Document(kind="pdf", pages=[clean, numbered], backend="pdfium", page_count=2))
    assert out.pages[0] is clean
    assert out.pages[1] is not numbered
    assert [(ln.text, ln.blank_before) for ln in out.pages[1].lines] == [("正文第一段。", True), ("正文第二段。", False)]
    assert [ln.text for ln in numbered.lines] == ["正文第一段。", "— 2 —", "正文第二段。"]  # the input untouched


def test_web_chrome_keeps_a_page_that_lost_nothing() -> None:
    clean = _page(1, ["关于某某建议的答复", "王某代表："])
    chrome = _page(2, ["【字体：大 中 小】", "正文第一段。"])
    doc = Document(kind="pdf", pages=[clean, chrome], backend="pdfium", page_count=2)
    out, box = strip_web(doc)
    assert box == {}
    assert out.pages[0] is clean
    assert [ln.text for ln in out.pages[1].lines] == ["正文第一段。"]
    assert strip_web(Document(kind="pdf", pages=[clean], backend="pdfium", page_count=1))[0].pages[0] is clean


def test_a_blocks_spaced_text_is_its_own_lines_also_after_replace() -> None:
    lines = [Line(text="联系人：张三", page=1), Line(text="0951-21", page=1), Line(text="51977", page=1)]
    block = Block(text="联系人：张三0951-2151977", lines=lines)
    assert block.spaced == "联系人：张三 0951-2151977"
    assert block.spaced == "联系人：张三 0951-2151977"  # kept, the same
    other = replace(block, lines=[Line(text="抄送：县政府办", page=1)])
    assert other.spaced == "抄送：县政府办"
    assert other == replace(block, lines=other.lines)  # the kept text takes no part in equality


def _printed(rows: list[tuple[float, float, str]], size: float = 16.0) -> list[Line]:
    """Lines of one page, each ``(x0, x1, text)``, a pitch of 29 points apart."""
    return [Line(text=t, page=1, x0=x0, x1=x1, top=300.0 + 29 * i, bottom=316.0 + 29 * i, size=size)
            for i, (x0, x1, t) in enumerate(rows)]


def test_the_margin_is_the_widest_edge_two_lines_reach_even_where_short_lines_end_alike() -> None:
    """A short letter whose short lines happen to end together as often as its full lines: the full
    lines are the body's width, not lines set out past it; the paragraphs are as printed."""
    from govletter.unwrap import _pdf_blocks

    lines = _printed([
        (79.4, 351.4, "区政协某委员会、马某委员："),
        (111.4, 527.4, "马某委员提出的关于加强矛盾纠纷多元化解的提案收悉。"),
        (79.4, 175.4, "现答复如下："),
        (111.4, 527.4, "区政府已在各乡镇（街道）建成综治中心，整合人民调解、"),
        (79.4, 522.5, "法律援助、信访接待等力量，2023年共调处矛盾纠纷1960件，调"),
        (79.4, 218.9, "解成功率达到97%。"),
        (111.4, 527.4, "下一步，区政府将推动“枫桥式”派出所、司法所建设，并"),
        (79.4, 351.4, "在重点行业领域设立专业性调解组织。"),
        (111.4, 351.4, "感谢您对全区工作的关心和支持。"),
    ])
    assert [b.text[:8] for b in _pdf_blocks(lines)] == [
        "区政协某委员会、", "马某委员提出的关", "区政府已在各乡镇", "下一步，区政府将", "感谢您对全区工作"]
