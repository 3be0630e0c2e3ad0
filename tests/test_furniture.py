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


def test_the_issuers_name_opening_the_first_page_and_signing_at_the_last_pages_top_stays() -> None:
    """Three text pages: the issuer's name opens the first (its mark above the title) and the last (the 署名 over
    the date, after a page break): on two of three pages' tops, yet the signer, not a running header."""
    text = ("浙江省水利厅\n浙水函〔2025〕63号\n浙江省水利厅关于商请开展水文监测合作的复函\n浙江省气象局：\n"
            "贵局的函收悉。经研究，现函复如下：\n一、我厅同意开展合作。\n— 1 —\f二、我厅将提供监测数据。\n"
            "三、请贵局确定对接单位后联系。\n— 2 —\f浙江省水利厅\n2025年4月18日\n（此件主动公开）")
    letter = govletter.parse_text(text)
    assert (letter.signer, letter.date) == ("浙江省水利厅", "2025-04-18")


def test_a_header_on_every_pages_top_goes_though_the_last_page_names_a_date_below_it() -> None:
    """Negative: the same line at the top of every page is a running header, the last page's too."""
    pages = [f"{HEADER}\n王静代表：\n您提出的《关于社区公共空间的建议》收悉，现答复如下：\n一、基本情况",
             f"{HEADER}\n二、办理情况\n三、下一步工作", f"{HEADER}\n2022年5月25日\n某某县人民政府办公室\n2022年5月25日"]
    letter = govletter.parse_text("\f".join(pages))
    assert all(HEADER not in item.text for item in letter.body)
