"""Page furniture: running headers repeated on the pages' edges go; the same text elsewhere stays."""

from __future__ import annotations

import govletter

HEADER = "某某县人民政府办公室文件汇编"


def _pages(n: int, signer_on_last: bool = False) -> str:
    body = [
        "王静代表：",
        "您提出的《关于社区公共空间的建议》收悉，现答复如下：",
    ]
    later = ["一、基本情况", "二、办理情况", "三、下一步工作", "四、其他"]
    pages = []
    for i in range(n):
        lines = [f"{HEADER} 第{i + 1}期", *(body if i == 0 else [later[i - 1], later[i]]), f"— {i + 1} —"]
        pages.append("\n".join(lines))
    return "\f".join(pages)


def test_running_header_on_every_page_is_removed() -> None:
    letter = govletter.parse_text(_pages(3))
    assert all(HEADER not in item.text for item in letter.body)
    assert letter.addressee == "王静代表"
    assert [item.text for item in letter.body] == [
        "您提出的《关于社区公共空间的建议》收悉，现答复如下：", "一、基本情况", "二、办理情况", "二、办理情况", "三、下一步工作"]


def test_two_text_pages_keep_a_repeated_line() -> None:
    """Without a header band, a line on two pages' edges may be the title and the signer: it stays."""
    text = "凤县交通运输局\n关于某事的函\n王静代表：\n您好，事项已办理。\f凤县交通运输局\n2022年5月25日"
    letter = govletter.parse_text(text)
    assert letter.signer == "凤县交通运输局"
    assert letter.date == "2022-05-25"
