"""Where the blocks of a positioned page (a PDF's lines with their boxes) begin: cases the widths
alone cannot settle, on hand-made lines of a 16-point page whose text runs from x=72 to x=456."""

from __future__ import annotations

import pytest

from govletter.extract.base import Document, Line, Page
from govletter.unwrap import unwrap

EM, LEFT, RIGHT = 16.0, 72.0, 456.0


def _line(k: int, text: str, *, indent: float = 0.0, full: bool = True) -> Line:
    """Line ``k`` of the page: ``indent`` characters in; full lines reach the right margin."""
    x0 = LEFT + indent * EM
    x1 = RIGHT if full else x0 + EM * len(text)
    top = 100.0 + 28.0 * k
    return Line(text=text, page=1, x0=x0, x1=x1, top=top, bottom=top + EM, size=EM)


def _blocks(rows: list[tuple[str, float, bool]]) -> list[str]:
    lines = [_line(k, text, indent=indent, full=full) for k, (text, indent, full) in enumerate(rows)]
    doc = Document(kind="pdf", pages=[Page(number=1, lines=lines)], backend="test", page_count=1)
    return [b.text for b in unwrap(doc)]


BODY = [("下一步，我公司计划在平江县、华容县新建5G基站286个，", 2.0, True),
        ("优先解决48个信号弱的行政村覆盖问题，降低建站成本。", 0.0, False)]


def test_a_unit_named_above_a_date_is_the_signer_though_the_line_above_is_full() -> None:
    """A closing that fills its line and ends a sentence, then the 署名 filling the next: the unit
    named right above a date alone is a block of its own."""
    rows = [*BODY, ("衷心感谢您对岳阳信息通信事业发展的关心和支持！", 2.0, True),
            ("中国移动通信集团湖南有限公司岳阳分公司", 0.0, True), ("2024年7月16日", 14.0, False)]
    assert _blocks(rows)[-3:] == ["衷心感谢您对岳阳信息通信事业发展的关心和支持！",
                                  "中国移动通信集团湖南有限公司岳阳分公司", "2024年7月16日"]


def test_a_paragraph_going_on_into_a_line_that_ends_in_a_unit_is_no_signer() -> None:
    """The same lines without the date below: the full line's paragraph goes on into the next."""
    rows = [*BODY, ("衷心感谢您对岳阳信息通信事业发展的关心和支持，我们", 2.0, True),
            ("将认真研究并转交中国移动通信集团湖南有限公司岳阳分公司", 0.0, False)]
    assert _blocks(rows)[-1] == ("衷心感谢您对岳阳信息通信事业发展的关心和支持，我们将认真研究并转交中国移动通信集团湖南有限公司"
                                 "岳阳分公司")


def _ocr_line(k: int, text: str, x0: float, full: bool) -> Line:
    x1 = RIGHT if full else x0 + EM * len(text)
    top = 100.0 + 28.0 * k
    return Line(text=text, page=1, x0=x0, x1=x1, top=top, bottom=top + EM, size=EM)


def _ocr_blocks(rows: list[tuple[str, float, bool]]) -> list[str]:
    lines = [_ocr_line(k, text, x0, full) for k, (text, x0, full) in enumerate(rows)]
    doc = Document(kind="pdf", pages=[Page(number=1, lines=lines)], backend="test", page_count=1)
    return [b.text for b in unwrap(doc)]


# A short scanned letter: OCR's boxes start a few points apart on the margin (70.5, 73.5), and the
# indented first lines alike (104, 105, 104.5).
SCANNED = [("您提出的《关于加强城区餐饮油烟治理的建议》收悉。现答", 104.0, True), ("复如下：", 70.5, False),
           ("今年以来，我局开展专项检查，共检查餐饮单位312家，督", 105.0, True), ("促整改问题47个。", 73.5, False),
           ("下一步，我局将继续加强监管，推动油烟净化设施全覆盖。", 104.5, True),
           ("感谢您对生态环境保护工作的关心和支持。", 104.0, False)]


def test_a_margin_whose_ocr_boxes_wander_is_still_the_margin() -> None:
    """The margin is where two lines start within a third of a character, not where two start at the
    same point: the indented lines (the only ones alike to the point) are first lines, and the
    closing under a full line that ends its sentence is a paragraph of its own."""
    assert _ocr_blocks(SCANNED)[-2:] == ["下一步，我局将继续加强监管，推动油烟净化设施全覆盖。", "感谢您对生态环境保护工作的关心和支持。"]



def test_a_line_under_a_full_line_left_open_goes_on_though_ocr_sized_it_smaller() -> None:
    """OCR measures '1.1万人。' a sixth smaller than the line above it (half-width figures, a full stop
    with little ink): under a full line that leaves its sentence open, the size need only be near."""
    rows = [("经排查，全区共有集中供水工程96处，其中23处出水量不足，", 104.0, True),
            ("涉及人口约", 72.0, True), ("1.1万人。", 72.0, False), ("下一步，我局将加快实施改造。", 104.0, False)]
    lines = [_ocr_line(k, text, x0, full) for k, (text, x0, full) in enumerate(rows)]
    lines[2] = Line(text=lines[2].text, page=1, x0=lines[2].x0, x1=lines[2].x1, top=lines[2].top,
                    bottom=lines[2].bottom, size=EM * 0.83)
    doc = Document(kind="pdf", pages=[Page(number=1, lines=lines)], backend="test", page_count=1)
    assert [b.text for b in unwrap(doc)] == ["经排查，全区共有集中供水工程96处，其中23处出水量不足，涉及人口约1.1万人。",
                                             "下一步，我局将加快实施改造。"]


def test_a_line_of_another_size_under_a_line_that_ends_its_sentence_is_another_element() -> None:
    """Negative: the same smaller line under a full line that ends its sentence starts a block."""
    rows = [("经排查，全区共有集中供水工程96处，其中23处出水量不足。", 104.0, True), ("1.1万人。", 72.0, False)]
    lines = [_ocr_line(k, text, x0, full) for k, (text, x0, full) in enumerate(rows)]
    lines[1] = Line(text=lines[1].text, page=1, x0=lines[1].x0, x1=lines[1].x1, top=lines[1].top,
                    bottom=lines[1].bottom, size=EM * 0.83)
    doc = Document(kind="pdf", pages=[Page(number=1, lines=lines)], backend="test", page_count=1)
    assert len(unwrap(doc)) == 2


def _short(k: int, text: str, x0: float, short: float) -> Line:
    """Line ``k``, starting at ``x0``, ending ``short`` characters before the right margin."""
    top = 100.0 + 28.0 * k
    return Line(text=text, page=1, x0=x0, x1=RIGHT - short * EM, top=top, bottom=top + EM, size=EM)


def _letter(short: float, *, indented: bool) -> list[str]:
    """A letter whose paragraphs open two characters in (or at the margin), one of whose lines ends a
    sentence ``short`` characters before the right margin with the next line at the margin."""
    first = LEFT + (2 * EM if indented else 0.0)
    lines = [_short(0, "您提出的《关于推进老旧市场改造提升的提案》收悉。", first, 0.0),
             _short(1, "经区政府研究，现答复如下：", LEFT, 11.0),
             _short(2, "城东区现有农贸市场和小商品市场14个，其中建成20年", first, 0.0),
             _short(3, "以上的有9个，存在设施陈旧、周边交通拥堵等问题。", LEFT, short),
             _short(4, "区政府已将莫家街市场列入今年改造计划，总投资约4200", LEFT, 0.0),
             _short(5, "万元。", LEFT, 22.0),
             _short(6, "感谢您对城东区发展的关心和支持。", first, 10.0)]
    doc = Document(kind="pdf", pages=[Page(number=1, lines=lines)], backend="test", page_count=1)
    return [b.text for b in unwrap(doc)]


def test_a_sentence_ending_a_line_a_character_or_two_short_goes_on_where_paragraphs_open_indented() -> None:
    """Half-width figures and an OCR box's wander leave a full line short: where the letter's
    paragraphs open two characters in, a line at the margin under it is no new paragraph."""
    assert _letter(1.8, indented=True)[1] == ("城东区现有农贸市场和小商品市场14个，其中建成20年以上的有9个，存在设施陈旧、周边交通拥堵"
                                              "等问题。区政府已将莫家街市场列入今年改造计划，总投资约4200万元。")


def test_negative_a_sentence_ending_further_short_or_where_paragraphs_open_at_the_margin_ends_its_paragraph() -> None:
    """Three characters short is a paragraph's last line; and where paragraphs open at the margin the
    next line's start says nothing."""
    for blocks in (_letter(3.5, indented=True), _letter(1.8, indented=False)):
        assert blocks[1:3] == ["城东区现有农贸市场和小商品市场14个，其中建成20年以上的有9个，存在设施陈旧、周边交通拥堵等问题。",
                               "区政府已将莫家街市场列入今年改造计划，总投资约4200万元。"]


@pytest.mark.parametrize(("lines", "joined"), [
    (["（G", "B/T 29639—2020）"], "（GB/T 29639—2020）"),  # a standard's code the line broke
    (["使用AP", "P办理"], "使用APP办理"),
    (["打造Smart", "City品牌"], "打造Smart City品牌"),  # two English words: a space between them
    (["the", "Plan"], "the Plan"),
])
def test_lines_broken_inside_latin_letters_are_joined(lines: list[str], joined: str) -> None:
    """A space goes between two Latin letters of two lines, but not inside a code of capitals that a
    line broke after a Chinese character or a bracket."""
    from govletter.normalize import join_wrapped

    assert join_wrapped(lines) == joined


def test_a_class_alone_under_a_web_row_that_fills_its_line_starts_a_block() -> None:
    """A web page's row that fills its line, then a class alone at the margin ('…字号：大 中 小' / 'A类'): the
    class is a head line of its own, not the row's last words."""
    rows = [("发布时间：2023-06-15 来源：西塘镇 字号：大 中 小", 0.0, True), ("A类", 0.0, False),
            ("您提出的《关于改善老街停车的建议》收悉。现答复如下：", 2.0, True), ("我镇将继续推进。", 0.0, False)]
    assert _blocks(rows)[1] == "A类"


def _closing_then(last: str) -> list[str]:
    """A letter whose paragraphs open indented; its closing sentence ends a character short of the margin, and
    ``last`` fills the line under it from the margin."""
    rows = [("今年以来，我局会同区文物保护中心完成了岩画分布点的数字化测", 2.0, True),
            ("绘，录入岩画点位1380处。", 0.0, False),
            ("在展示利用方面，我们正在与自治区博物馆合作策划岩画数字展，", 2.0, True),
            ("计划于国庆节前对外开放。", 0.0, False)]
    lines = [_line(k, text, indent=indent, full=full) for k, (text, indent, full) in enumerate(rows)]
    top = 100.0 + 28.0 * len(rows)
    lines.append(Line(text="我们将继续做好岩画保护利用工作，欢迎您继续给予指导。", page=1, x0=LEFT + 2 * EM,
                      x1=RIGHT - 1.2 * EM, top=top, bottom=top + EM, size=EM))
    lines.append(_line(len(rows) + 1, last))
    doc = Document(kind="pdf", pages=[Page(number=1, lines=lines)], backend="test", page_count=1)
    return [b.text for b in unwrap(doc)]


def test_a_signer_with_its_date_beside_it_starts_a_block_under_a_closing_a_character_short() -> None:
    """The 署名 and the 成文日期 printed side by side on one line are never the end of the closing above, even
    where a line a character short under it would go on."""
    assert _closing_then("银川市西夏区文化旅游体育广电局　　2026年8月10日")[-2:] == [
        "我们将继续做好岩画保护利用工作，欢迎您继续给予指导。", "银川市西夏区文化旅游体育广电局　　2026年8月10日"]


def test_negative_a_sentence_that_ends_in_a_date_goes_on_under_such_a_closing() -> None:
    """A line that names a date after words, not after a unit alone, is the paragraph's next line."""
    assert _closing_then("我局已于　2026年8月10日")[-1] == (
        "我们将继续做好岩画保护利用工作，欢迎您继续给予指导。我局已于　2026年8月10日")


def test_an_addressee_under_a_record_row_that_fills_its_line_is_a_block_of_its_own() -> None:
    """A 12345 reply's row of labelled cells ('工单编号：…　答复单位：…') reaching the right margin, then the
    addressee: the row does not wrap onto '市民您好：', whatever its label."""
    rows = [("关于潜山路夜市占道经营问题的答复", 4.0, False),
            ("工单编号：2406031187　　答复单位：合肥市城市管理局", 0.0, True),
            ("市民您好：", 0.0, False), *BODY]
    assert _blocks(rows)[1:3] == ["工单编号：2406031187　　答复单位：合肥市城市管理局", "市民您好："]


def test_a_record_row_still_goes_on_into_a_line_that_is_no_addressee() -> None:
    """The same row, its value wrapped onto a line that is no addressee: one block."""
    rows = [("关于潜山路夜市占道经营问题的答复", 4.0, False),
            ("复文标题：关于蜀山区潜山路与望江西路交口附近夜市占道", 0.0, True),
            ("经营问题的答复", 0.0, False), ("市民您好：", 0.0, False), *BODY]
    assert _blocks(rows)[1:3] == ["复文标题：关于蜀山区潜山路与望江西路交口附近夜市占道经营问题的答复", "市民您好："]


def test_a_field_row_under_a_full_contact_line_that_ends_in_its_phone_is_a_block_of_its_own() -> None:
    """A contact line that fills its line and ends in a labelled phone, then the class and publicity row: the row
    is no words of the contact's (a field ended with the phone), though the line above leaves no sentence open."""
    rows = [("在教师补充方面，我们将继续实施乡村教师定向培养计划，每", 2.0, True),
            ("年招收定向师范生1200名以上。", 0.0, False), ("感谢您对我省乡村教育事业的关心和支持！", 2.0, False),
            ("联系人：吕某（省教育厅教师工作处）", 2.0, False),
            ("施某（省财政厅科教文处），联系电话：0571-87052136", 2.0, True),
            ("办理类型：A　　　　公开属性：主动公开", 0.0, False)]
    assert _blocks(rows)[-2:] == ["施某（省财政厅科教文处），联系电话：0571-87052136", "办理类型：A　　　　公开属性：主动公开"]


def test_a_label_split_from_its_sentence_under_a_full_line_goes_on() -> None:
    """Negative: a full line that leaves its sentence open without a phone at its end goes on into a line that reads
    like a field ('…积水问题（工单' / '编号：GL2405123）收悉。')."""
    rows = [("在教师补充方面，我们将继续实施乡村教师定向培养计划，每", 2.0, True),
            ("年招收定向师范生1200名以上。", 0.0, False),
            ("您通过12345热线反映的关于某小区雨季道路积水问题（工单", 2.0, True),
            ("编号：GL2405123）收悉。", 0.0, False)]
    assert _blocks(rows)[-1:] == ["您通过12345热线反映的关于某小区雨季道路积水问题（工单编号：GL2405123）收悉。"]
