"""The head of a positioned page, where the printed sizes settle what the text alone cannot: a line set in
another size above a title is no part of it, while a title wrapped after its issuer's name keeps it."""

from __future__ import annotations

from govletter.api import ParseOptions, _letter
from govletter.extract.base import Document, Line, Page
from govletter.models import Letter

LEFT, RIGHT = 72.0, 456.0


def _line(k: int, text: str, size: float, *, centred: bool = False) -> Line:
    width = size * len(text)
    x0 = (LEFT + RIGHT - width) / 2 if centred else LEFT
    top = 100.0 + 34.0 * k
    return Line(text=text, page=1, x0=x0, x1=x0 + width, top=top, bottom=top + size, size=size)


def _letter_of(rows: list[tuple[str, float, bool]]) -> Letter:
    """The letter of a page whose lines are ``rows``: (text, size, centred)."""
    lines = [_line(k, text, size, centred=centred) for k, (text, size, centred) in enumerate(rows)]
    doc = Document(kind="pdf", pages=[Page(number=1, lines=lines, width=595.0, height=842.0)], backend="test",
                   page_count=1)
    return _letter(doc, path=None, sha256=None, opts=ParseOptions())


def _title(above_size: float) -> str | None:
    rows = [("荆门市东宝区交通运输局", above_size, above_size != 16.0),
            ("关于区政协九届一次会议第19号提案的答复", 22.0, True),
            ("东交提〔2022〕5号", 16.0, True),
            ("向某兰委员：", 16.0, False),
            ("您提出的《关于完善农村公交候车设施的提案》收悉。现答复如下：", 16.0, False),
            ("我局已在12个行政村新建候车亭。", 16.0, False),
            ("荆门市东宝区交通运输局", 16.0, True),
            ("2022年6月17日", 16.0, True)]
    return _letter_of(rows).title


def test_an_issuers_mark_set_smaller_above_the_title_is_no_part_of_it() -> None:
    assert _title(16.0) == "关于区政协九届一次会议第19号提案的答复"


def test_a_title_wrapped_after_its_issuers_name_keeps_it() -> None:
    """Negative: both lines in the title's size are one title."""
    assert _title(22.0) == "荆门市东宝区交通运输局关于区政协九届一次会议第19号提案的答复"


def _parse(title_rows: list[str], addressee: str | None = "尊敬的杨某红代表：") -> Letter:
    """A letter whose centred title lines (22 points) are ``title_rows``, its 主送 line ``addressee``."""
    rows = [*((text, 22.0, True) for text in title_rows),
            *([(addressee, 16.0, False)] if addressee else []),
            ("您提出的关于设置医养结合床位的建议收悉。现答复如下：", 16.0, False),
            ("我局已在2个社区卫生服务中心开设床位60张。", 16.0, False),
            ("某区卫生健康局", 16.0, True),
            ("2020年6月19日", 16.0, True)]
    return _letter_of(rows)


def _head(title_rows: list[str]) -> tuple[str | None, str | None, str | None]:
    """The title, 文号 and class of a letter whose centred title lines are ``title_rows``."""
    letter = _parse(title_rows)
    return (letter.title, letter.doc_number.raw if letter.doc_number else None,
            letter.handling_type.code if letter.handling_type else None)


def test_a_title_line_broken_inside_the_bracket_of_its_number_and_class() -> None:
    """'…的答复［汇卫' / '健复〔2020〕9号　A类］': the 代字's start goes down to the rest of its 文号."""
    assert _head(["某区卫生健康局关于区第二届人大五次会议", "第27号建议的答复［汇卫", "健复〔2020〕9号　A类］"]) == (
        "某区卫生健康局关于区第二届人大五次会议第27号建议的答复", "汇卫健复〔2020〕9号", "A")


def test_a_number_at_a_title_lines_end_whose_hao_the_line_broke_off() -> None:
    """'…的复函　麒住建函〔2020〕88' / '号': the 号 alone below ends the 文号."""
    assert _head(["关于某社区危旧房处置有", "关问题的复函　麒住建函〔2020〕88", "号"]) == (
        "关于某社区危旧房处置有关问题的复函", "麒住建函〔2020〕88号", None)


def test_a_number_at_a_title_lines_end_whose_serial_the_line_broke_off() -> None:
    """'…的答复　青人社函〔2019〕' / '15号': the serial and its 号 alone below end the 文号."""
    assert _head(["某区人力资源和社会保障局关于区十六届人大三次会议", "第8号建议的答复　青人社函〔2019〕", "15号"]) == (
        "某区人力资源和社会保障局关于区十六届人大三次会议第8号建议的答复", "青人社函〔2019〕15号", None)


def test_negative_a_title_line_ending_in_a_bracket_of_words_keeps_them() -> None:
    """A title whose bracket holds words, the next line no 文号: the words stay in the title."""
    assert _head(["关于《某区养老服务［试点", "方案］》有关建议的答复"])[0] == "关于《某区养老服务［试点方案］》有关建议的答复"


def test_the_addressee_after_a_dash_on_the_last_line_of_a_wrapped_title() -> None:
    """'…建议的答' / '复——致王某栋代表': the 主送 after the dash is no part of the title."""
    letter = _parse(["某区城市管理局关于第24号建议的答", "复——致王某栋代表"], addressee=None)
    assert (letter.title, letter.addressee) == ("某区城市管理局关于第24号建议的答复", "王某栋代表")


def test_negative_a_subtitle_after_a_dash_on_a_titles_line_stays() -> None:
    """A dash before words that name no one: a subtitle, part of the title."""
    assert _parse(["某县人民政府关于农村人居环境整治情况的报", "告——以某镇为例"], addressee="县人大常委会：").title == (
        "某县人民政府关于农村人居环境整治情况的报告——以某镇为例")
