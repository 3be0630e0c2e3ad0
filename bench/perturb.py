"""Stability of the parser under the changes websites and copy-and-paste make to a letter's text.

    python bench/perturb.py [--corpus ../shared/corpus/dev] [--split tune|check|both|all] [--errors]

A letter reaches users as text many ways: copied from a web page that put a blank line between
paragraphs, indented them with full-width spaces or non-breaking spaces, set the signer and the
date on one line, glued the 主送 to the title, dropped a colon, or letter-spaced a label. None of
that changes what the letter says. For each letter (its published text, ``letter.json``'s blocks)
and each such change, the changed text is parsed again; the parse is *stable* when every field
that was right on the unchanged text is still right and the body's paragraphs read the same.

The table gives, per change, the share of letters whose parse stays stable; ``--errors`` lists what
changed. Like ``bench/ablation.py`` it probes variation nobody has tuned on; a change that breaks
letters points at a class of variation to handle, never at one letter.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))

import govletter
from ablation import body_change, report
from govletter.evaluate import FIELDS, expected, fold, predicted

Blocks = list[dict[str, str]]
BODY_ROLES = ("body", "heading", "closing")


def _lines(blocks: Blocks) -> list[str]:
    return [b["text"] for b in blocks]


def blank_lines(blocks: Blocks) -> list[str]:
    """A blank line after every paragraph (a web page's <p> margins)."""
    return [line for b in blocks for line in (b["text"], "")]


def indented(blocks: Blocks) -> list[str]:
    """Body paragraphs indented by two full-width spaces, as printed."""
    return [("\u3000\u3000" + b["text"]) if b["role"] in BODY_ROLES else b["text"] for b in blocks]


def nbsp(blocks: Blocks) -> list[str]:
    """Non-breaking spaces for spaces, and trailing spaces (a browser's copy)."""
    return [b["text"].replace(" ", "\u00a0") + "\u00a0 " for b in blocks]


def crlf(blocks: Blocks) -> list[str]:
    """Windows line ends."""
    return [b["text"] + "\r" for b in blocks]


def addressee_without_colon(blocks: Blocks) -> list[str]:
    """The 主送's colon dropped."""
    return [b["text"].rstrip("：:") if b["role"] == "addressee" else b["text"] for b in blocks]


def signer_and_date_on_one_line(blocks: Blocks) -> list[str]:
    """落款: the signer and the date set on one line, apart by spaces."""
    out: list[str] = []
    for i, b in enumerate(blocks):
        if b["role"] == "date" and i > 0 and blocks[i - 1]["role"] == "signer" and out:
            out[-1] = f"{out[-1]}    {b['text']}"
        else:
            out.append(b["text"])
    return out


def closing_run_on(blocks: Blocks) -> list[str]:
    """The thanks run on at the end of the last paragraph."""
    out: list[str] = []
    for i, b in enumerate(blocks):
        if b["role"] == "closing" and i > 0 and blocks[i - 1]["role"] == "body" and out:
            out[-1] += b["text"]
        else:
            out.append(b["text"])
    return out


def spaced_labels(blocks: Blocks) -> list[str]:
    """Labels letter-spaced to fill a table cell: '联 系 人：', '抄  送：'."""
    out = []
    for b in blocks:
        text = b["text"]
        if b["role"] in ("note", "cc"):  # a label that starts its segment, not '联系电话' inside a longer one
            text = _LABEL_RE.sub(lambda m: " ".join(m[1]) if len(m[1]) == 3 else "  ".join(m[1]), text)
        out.append(text)
    return out


_LABEL_RE = regex.compile(r"(?<!\p{Han})(联系人|抄送|电话)(?=[：:])")


def half_width_brackets(blocks: Blocks) -> list[str]:
    """The 文号's 〔〕 typed as [] (an input method's, or a website's)."""
    return [b["text"].replace("〔", "[").replace("〕", "]") for b in blocks]


_CN_DIGITS = "〇一二三四五六七八九"


def _cn_number(n: int) -> str:
    """12 -> 十二, 20 -> 二十, 5 -> 五 (a month or a day)."""
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else _CN_DIGITS[tens]) + "十" if tens else "") + (_CN_DIGITS[ones] if ones else "")


_DATE_RE = regex.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$")


def chinese_date(blocks: Blocks) -> list[str]:
    """The 成文日期 in Chinese numerals: '二〇二四年五月二十日'."""
    out = []
    for b in blocks:
        m = _DATE_RE.match(b["text"].strip()) if b["role"] == "date" else None
        if m:
            year = "".join(_CN_DIGITS[int(c)] for c in m[1])
            out.append(f"{year}年{_cn_number(int(m[2]))}月{_cn_number(int(m[3]))}日")
        else:
            out.append(b["text"])
    return out


def spaced_date(blocks: Blocks) -> list[str]:
    """The 成文日期 with spaces: '2024 年 5 月 20 日'."""
    return [regex.sub(r"(?<=\d)(?=[年月日])|(?<=[年月])(?=\d)", " ", b["text"]) if b["role"] == "date" else b["text"]
            for b in blocks]


def title_split(blocks: Blocks) -> list[str]:
    """A one-line title broken in two halves (a page's <br>, or a centred title wrapped)."""
    out = []
    for b in blocks:
        text = b["text"]
        if b["role"] == "title" and len(text) >= 16 and sum(x["role"] == "title" for x in blocks) == 1:
            out += [text[: len(text) // 2], text[len(text) // 2:]]
        else:
            out.append(text)
    return out


def doc_number_below_title(blocks: Blocks) -> list[str]:
    """The 文号 printed under the title, as some web pages set it."""
    roles = [b["role"] for b in blocks]
    if "doc_number" not in roles or "title" not in roles or roles.index("doc_number") > roles.index("title"):
        return _lines(blocks)
    rest = [b for b in blocks if b["role"] != "doc_number"]
    last_title = max(i for i, b in enumerate(rest) if b["role"] == "title")
    numbers = [b for b in blocks if b["role"] == "doc_number"]
    return _lines([*rest[: last_title + 1], *numbers, *rest[last_title + 1:]])


def seal_note(blocks: Blocks) -> list[str]:
    """'（盖章）' after the signer, as a form prints it."""
    return [b["text"] + "（盖章）" if b["role"] == "signer" and "章" not in b["text"] else b["text"] for b in blocks]


_GAP_RE = regex.compile(r"\u3000+|\s{2,}")


def gaps_split(blocks: Blocks) -> list[str]:
    """Head and foot rows split at their wide gaps, each part a line of its own between blank lines, as
    pdftotext sets apart text a wide gap separates ('签发人：王某　李某', '联系人：某处　张某，电话：…')."""
    out: list[str] = []
    for b in blocks:
        if b["role"] in BODY_ROLES or b["role"] in ("title", "addressee") or not _GAP_RE.search(b["text"].strip()):
            out.append(b["text"])
            continue
        for part in _GAP_RE.split(b["text"].strip()):
            out += [part, ""]
    return out


_FULL_WIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def full_width_digits(blocks: Blocks) -> list[str]:
    """Every digit typed full-width ('２０２４年５月６日', '第１２号'), as some offices' input methods do."""
    return [b["text"].translate(_FULL_WIDTH_DIGITS) for b in blocks]


def iso_date(blocks: Blocks) -> list[str]:
    """The 成文日期 as a website's date field prints it: '2024-05-20'."""
    out = []
    for b in blocks:
        m = _DATE_RE.match(b["text"].strip()) if b["role"] == "date" else None
        out.append(f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}" if m else b["text"])
    return out


def doc_number_round_brackets(blocks: Blocks) -> list[str]:
    """The 文号's 〔〕 typed as full-width round brackets: '某政函（2024）12号'."""
    return [b["text"].replace("〔", "（").replace("〕", "）") if b["role"] == "doc_number" else b["text"] for b in blocks]


def contact_above_signer(blocks: Blocks) -> list[str]:
    """The 附注 (contact) lines set between the last paragraph and the 署名, in brackets."""
    roles = [b["role"] for b in blocks]
    notes = [b for b in blocks if b["role"] == "note" and _CONTACT_RE.match(b["text"])]
    if not notes or "signer" not in roles:
        return _lines(blocks)
    rest = [b for b in blocks if b not in notes]
    at = next(i for i, b in enumerate(rest) if b["role"] == "signer")
    moved = [{"role": "note", "text": f"（{b['text'].strip('（）()')}）"} for b in notes]
    return _lines([*rest[:at], *moved, *rest[at:]])


_CONTACT_RE = regex.compile(r"^[（(]?\s*联\s*系\s*人")


def addressee_on_title_line(blocks: Blocks) -> list[str]:
    """The 主送 glued to the end of a one-line title (a page that lost the line break)."""
    roles = [b["role"] for b in blocks]
    if roles.count("title") != 1 or "addressee" not in roles or roles.index("addressee") != roles.index("title") + 1:
        return _lines(blocks)
    out = _lines(blocks)
    k = roles.index("title")
    return [*out[:k], out[k] + out[k + 1], *out[k + 2:]]


def greeting_after_addressee(blocks: Blocks) -> list[str]:
    """'您好！' after the 主送's colon, on its line (a letter to a person)."""
    return [b["text"] + "您好！" if b["role"] == "addressee" and b["text"].rstrip().endswith(("：", ":"))
            and regex.search(r"(?:代表|委员|同志)\s*[：:]\s*$", b["text"]) else b["text"] for b in blocks]


_HAN_DIGIT_RE = regex.compile(r"(?<=\p{Han})(?=[0-9])|(?<=[0-9])(?=\p{Han})")


def spaced_digits(blocks: Blocks) -> list[str]:
    """A space between Chinese and figures ('第 125 号', '2024 年'), as a word processor sets Latin runs
    apart in a PDF a website then copied."""
    return [_HAN_DIGIT_RE.sub(" ", b["text"]) for b in blocks]


def html_entities(blocks: Blocks) -> list[str]:
    """Character references a scraper left: '&nbsp;' indents, '&ldquo;…&rdquo;', '&amp;'."""
    out = []
    for b in blocks:
        text = b["text"].replace("&", "&amp;").replace("“", "&ldquo;").replace("”", "&rdquo;")
        out.append(("&nbsp;" * 4 + text) if b["role"] in BODY_ROLES else text)
    return out


def letter_spaced_names(blocks: Blocks) -> list[str]:
    """The 主送 and the 署名 letter-spaced ('王 某 代 表：', '某 某 局'), as a form's cells set them."""
    return [" ".join(b["text"].rstrip("：:")) + b["text"][len(b["text"].rstrip("：:")):]
            if b["role"] in ("addressee", "signer") and len(b["text"]) <= 12 else b["text"] for b in blocks]


def _first(blocks: Blocks, role: str) -> str | None:
    return next((b["text"] for b in blocks if b["role"] == role), None)


def web_box(blocks: Blocks) -> list[str]:
    """A government site's box of labelled fields above the letter and its chrome around it: '索引号：…',
    '发布机构：…', '发文字号：…', '标题：…', '发布日期：…', '【字体：大 中 小】' … '打印本页 关闭窗口'."""
    title = "".join(b["text"] for b in blocks if b["role"] == "title")
    signer, number = _first(blocks, "signer"), _first(blocks, "doc_number")
    if not title or signer is None:
        return _lines(blocks)
    box = ["索引号：000014349/2024-00123", f"发布机构：{signer}", *([f"发文字号：{number}"] if number else []),
           f"标题：{title}", "发布日期：2024-07-15", "【字体：大 中 小】"]
    return [*box, *_lines(blocks), "打印本页 关闭窗口"]


def page_number_between(blocks: Blocks) -> list[str]:
    """A page's foot kept between two paragraphs of the body ('— 2 —'), as a copy of a printed page keeps it."""
    body = [i for i, b in enumerate(blocks) if b["role"] in BODY_ROLES]
    if len(body) < 3:
        return _lines(blocks)
    out = _lines(blocks)
    k = body[len(body) // 2]
    return [*out[:k], "— 2 —", *out[k:]]


def attachment_line(blocks: Blocks) -> list[str]:
    """An attachment named under the last paragraph, above the 署名 ('附件：征询意见表'), as many offices send
    the deputy's feedback form with the reply."""
    roles = [b["role"] for b in blocks]
    if "signer" not in roles or "attachment" in roles:
        return _lines(blocks)
    out = _lines(blocks)
    k = min(roles.index(role) for role in ("signer", "date") if role in roles)
    return [*out[:k], "附件：代表建议办理情况征询意见表", *out[k:]]


def contact_beside_date(blocks: Blocks) -> list[str]:
    """The first contact line set beside the date on its row, apart by a wide gap ('2024年6月14日　　　　联系人：…'),
    as a foot of two columns reads."""
    roles = [b["role"] for b in blocks]
    note = next((i for i, b in enumerate(blocks) if b["role"] == "note" and _CONTACT_RE.match(b["text"])), None)
    if note is None or "date" not in roles:
        return _lines(blocks)
    at = roles.index("date")
    out = [b["text"] + "　　　　" + blocks[note]["text"] if i == at else b["text"] for i, b in enumerate(blocks)]
    return [t for i, t in enumerate(out) if i != note]


PERTURBATIONS: dict[str, Callable[[Blocks], list[str]]] = {
    "blank lines": blank_lines,
    "indented": indented,
    "nbsp": nbsp,
    "crlf": crlf,
    "主送 no colon": addressee_without_colon,
    "落款 one line": signer_and_date_on_one_line,
    "closing run on": closing_run_on,
    "spaced labels": spaced_labels,
    "[] brackets": half_width_brackets,
    "日期 in 汉字": chinese_date,
    "日期 spaced": spaced_date,
    "title split": title_split,
    "文号 below title": doc_number_below_title,
    "seal note": seal_note,
    "gaps split": gaps_split,
    "full-width digits": full_width_digits,
    "日期 ISO": iso_date,
    "文号 （）": doc_number_round_brackets,
    "附注 above 落款": contact_above_signer,
    "主送 on title line": addressee_on_title_line,
    "您好 after 主送": greeting_after_addressee,
    "spaced digits": spaced_digits,
    "HTML entities": html_entities,
    "letter-spaced names": letter_spaced_names,
    "web box": web_box,
    "page number between": page_number_between,
    "附件 above 署名": attachment_line,
    "附注 beside 日期": contact_beside_date,
}


def _body(letter: Any) -> list[str]:
    return [fold(b.text) for b in letter.body]


def probe(d: Path, name: str) -> list[str] | None:
    """What changed when letter ``d``'s text is changed by ``name`` (None: the change does nothing)."""
    data = json.loads((d / "letter.json").read_text(encoding="utf-8"))
    blocks = data["blocks"]
    changed = PERTURBATIONS[name](blocks)
    if changed == _lines(blocks):
        return None
    whole = govletter.parse_text("\n".join(_lines(blocks)))
    other = govletter.parse_text("\n".join(changed))
    want = expected(data["truth"])
    got_whole, got_other = predicted(whole), predicted(other)
    changes = []
    for field in FIELDS:
        right_before = fold(got_whole[field]) == fold(want[field])
        if right_before and fold(got_other[field]) != fold(got_whole[field]):
            changes.append(f"{field}: was {got_whole[field]!r}, now {got_other[field]!r}")
    body_whole, body_other = _body(whole), _body(other)
    if name == "[] brackets":  # the body's own 〔〕 were changed too
        body_whole = [t.replace("〔", "[").replace("〕", "]") for t in body_whole]
    if name == "closing run on":  # the thanks is part of the last paragraph now
        body_whole = [fold(t) for t in "\n".join(changed).split("\n") if fold(t) in set(body_other)]
        body_other = [t for t in body_other if t in body_whole]
    if change := body_change(body_whole, body_other):
        changes.append(change)
    return changes


def main() -> None:
    report(probe, PERTURBATIONS, "change", __doc__.splitlines()[0])


if __name__ == "__main__":
    main()
