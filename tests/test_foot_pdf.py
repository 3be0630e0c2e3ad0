"""The foot of a positioned page, where the gaps between lines set the blocks: a 抄送 row's last line that the
layout joined to the 印发 line below it still lists its recipients."""

from __future__ import annotations

from govletter.api import ParseOptions, _letter
from govletter.extract.base import Document, Line, Page
from govletter.models import Letter

EM = 16.0


def _line(text: str, x0: float, x1: float, top: float) -> Line:
    return Line(text=text, page=1, x0=x0, x1=x1, top=top, bottom=top + EM, size=EM)


HEAD = [_line("遵义市人民政府关于市六届人大三次会议第12号建议的答复", 79.0, 463.0, 100.0),
        _line("王某代表：", 79.0, 159.0, 134.0),
        _line("您提出的《关于加快农村公路建设的建议》收悉。现答复如下：", 111.0, 511.0, 163.0),
        _line("我市已将农村公路建设纳入年度重点工作，统筹安排资金予以推进。", 111.0, 415.0, 192.0),
        _line("遵义市人民政府", 351.0, 463.0, 250.0),
        _line("2023年11月6日", 364.0, 463.0, 279.0)]


def _letter_of(foot: list[Line]) -> Letter:
    doc = Document(kind="pdf", pages=[Page(number=1, lines=[*HEAD, *foot], width=595.0, height=842.0)],
                   backend="test", page_count=1)
    return _letter(doc, path=None, sha256=None, opts=ParseOptions())


def test_a_cc_rows_last_line_joined_to_the_printing_line_keeps_its_recipients() -> None:
    """The row's second line stands far below its first and close above the 印发 line (as a 版记's rules set
    them): the layout makes one block of the two, and the recipients on it are still copies, the 印发 line
    still names its printer and date."""
    letter = _letter_of([_line("抄送：市委办公室，市人大常委会办公室，市政协办公室，", 95.0, 511.0, 400.0),
                         _line("市发展改革委，市财政局，市自然资源局，市交通运输局。", 95.0, 511.0, 458.0),
                         _line("遵义市人民政府办公室 2023年11月8日印发", 79.0, 467.0, 487.0)])
    assert letter.cc == ["市委办公室", "市人大常委会办公室", "市政协办公室", "市发展改革委", "市财政局", "市自然资源局",
                         "市交通运输局"]
    assert (letter.printed_by, str(letter.printed_date)) == ("遵义市人民政府办公室", "2023-11-08")


def test_a_cc_row_on_one_line_leaves_the_printing_line_its_own() -> None:
    """Negative: a row closed on its one line; the 印发 line below it is no recipient."""
    letter = _letter_of([_line("抄送：市委办公室，市人大常委会办公室，市政协办公室。", 95.0, 495.0, 400.0),
                         _line("遵义市人民政府办公室 2023年11月8日印发", 79.0, 467.0, 429.0)])
    assert letter.cc == ["市委办公室", "市人大常委会办公室", "市政协办公室"]
    assert (letter.printed_by, str(letter.printed_date)) == ("遵义市人民政府办公室", "2023-11-08")


def test_a_contact_row_broken_inside_a_bracket_it_left_open_is_read_whole() -> None:
    """The row's two lines are one block; the unit in brackets the line broke in two is one unit again, and the
    phone is the second person's."""
    letter = _letter_of([_line("联系人：覃某华（自治区农业农村厅）；韦某萍（自治区市", 79.0, 511.0, 400.0),
                         _line("场监督管理局），联系电话：0771-5337812", 79.0, 383.0, 429.0)])
    assert [(c.name, c.phone) for c in letter.contacts] == [("覃某华", None), ("韦某萍", "0771-5337812")]


def test_a_contact_row_whose_brackets_close_on_its_line_keeps_its_fields_apart() -> None:
    """Negative: the first line closes its bracket; the name on the next line is a field of its own."""
    letter = _letter_of([_line("联系人：区农业农村局（经办）", 79.0, 303.0, 400.0),
                         _line("韦某萍，联系电话：0771-5337812", 79.0, 335.0, 429.0)])
    assert [(c.name, c.phone) for c in letter.contacts] == [("韦某萍", "0771-5337812")]
