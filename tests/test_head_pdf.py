"""The head of a positioned page, where the printed sizes settle what the text alone cannot: a line set in
another size above a title is no part of it, while a title wrapped after its issuer's name keeps it."""

from __future__ import annotations

from govletter.api import ParseOptions, _letter
from govletter.extract.base import Document, Line, Page

LEFT, RIGHT = 72.0, 456.0


def _line(k: int, text: str, size: float, *, centred: bool = False) -> Line:
    width = size * len(text)
    x0 = (LEFT + RIGHT - width) / 2 if centred else LEFT
    top = 100.0 + 34.0 * k
    return Line(text=text, page=1, x0=x0, x1=x0 + width, top=top, bottom=top + size, size=size)


def _title(above_size: float) -> str | None:
    rows = [("荆门市东宝区交通运输局", above_size, above_size != 16.0),
            ("关于区政协九届一次会议第19号提案的答复", 22.0, True),
            ("东交提〔2022〕5号", 16.0, True),
            ("向某兰委员：", 16.0, False),
            ("您提出的《关于完善农村公交候车设施的提案》收悉。现答复如下：", 16.0, False),
            ("我局已在12个行政村新建候车亭。", 16.0, False),
            ("荆门市东宝区交通运输局", 16.0, True),
            ("2022年6月17日", 16.0, True)]
    lines = [_line(k, text, size, centred=centred) for k, (text, size, centred) in enumerate(rows)]
    doc = Document(kind="pdf", pages=[Page(number=1, lines=lines, width=595.0, height=842.0)], backend="test",
                   page_count=1)
    return _letter(doc, path=None, sha256=None, opts=ParseOptions()).title


def test_an_issuers_mark_set_smaller_above_the_title_is_no_part_of_it() -> None:
    assert _title(16.0) == "关于区政协九届一次会议第19号提案的答复"


def test_a_title_wrapped_after_its_issuers_name_keeps_it() -> None:
    """Negative: both lines in the title's size are one title."""
    assert _title(22.0) == "荆门市东宝区交通运输局关于区政协九届一次会议第19号提案的答复"
