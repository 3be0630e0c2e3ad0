"""Text input: bytes in any common Chinese encoding -> str -> pages of lines (no positions)."""

from __future__ import annotations

import codecs

import regex

from ..errors import EncodingError, InputError
from ..normalize import normalize_chars, unescape_references
from .base import Line, Page

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Characters that make up ordinary Chinese text: a decoding that yields mostly these is not mojibake.
# Full-width digits, which normalize_chars folds to ASCII: a line typed with them is wider than its fold.
_WIDE_DIGITS_RE = regex.compile(r"[０-９]")
_PLAUSIBLE_RE = regex.compile(r"[\p{Han}\p{Script=Latin}\d\s\p{P}\p{S}\u3000-\u303f\uff00-\uffef]")
_UNCOMMON_HAN_RE = regex.compile(r"[\u3400-\u4dbf\U00020000-\U0003134f\ue000-\uf8ff]")


# The most frequent Chinese characters (simplified, with the traditional forms that differ). Real text
# has most of its Han characters here; a wrong decoding scatters them over the whole CJK block.
_COMMON_HAN = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种"
    "面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本"
    "去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比"
    "或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总"
    "次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做"
    "必战先回则任取据处理府研县市省局委办函复议案答您收悉如下感谢支持联系话抄送号届会议建设工作服务社区单位"
    "领导规划项目资金政策落实推进加强发展管理相关部门积极群众问题解决情况进一步开展提升保障安全教育卫生交通"
    "們國來會這對時說為個過長發開關問題門與經將實現從點應當麼還後學業區議員電話號聯繫處務設導規劃資金"
)
_HAN_RE = regex.compile(r"\p{Han}")


def _plausibility(text: str) -> float:
    """Share of the text that reads as ordinary Chinese (or ASCII) text, 0..1."""
    if not text:
        return 0.0
    plausible = len(_PLAUSIBLE_RE.findall(text)) - 3 * len(_UNCOMMON_HAN_RE.findall(text))
    score = plausible / len(text)
    han = _HAN_RE.findall(text)
    if len(han) >= 20:
        common = sum(1 for ch in han if ch in _COMMON_HAN) / len(han)
        score = min(score, 0.5 + common)  # text whose characters are all rare is mojibake
    return score


def decode(data: bytes, *, path: str | None = None) -> tuple[str, str]:
    """Decode a text file, returning ``(text, encoding)``.

    UTF-8 (with or without BOM), UTF-16/32 with a BOM, UTF-16 without one (told by its NUL bytes),
    then GB18030 (a superset of GBK and GB2312) and Big5. A decoding is accepted only when the result
    reads as text; otherwise ``EncodingError`` rather than silent mojibake.
    """
    if not data.strip(b" \t\r\n\x00\x0c"):
        raise InputError("the file is empty", path=path)
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise EncodingError(f"starts with a {name} byte-order mark but is not valid {name}", path=path) from exc
    candidates = ["utf-8", "gb18030", "big5"]
    if len(data) % 2 == 0:
        candidates += ["utf-16-le", "utf-16-be"]  # without a BOM: judged by what the decoding reads as
    best: tuple[float, str, str] | None = None
    for name in candidates:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        score = _plausibility(text.replace("\x00", ""))
        if text.count("\x00") > len(text) // 10:
            score /= 2  # NULs between the characters: a UTF-16 file read as bytes
        if name == "utf-8" and score > 0.9:
            return text, name
        if best is None or score > best[0]:
            best = (score, name, text)
    if best is None or best[0] < 0.9:
        raise EncodingError(
            "cannot tell the text encoding (tried UTF-8, UTF-16, GB18030, Big5); convert it to UTF-8",
            path=path,
        )
    return best[2], best[1]


def text_pages(text: str) -> list[Page]:
    """Split text into pages (on form feeds) of lines; empty lines become ``blank_before`` marks."""
    text = unescape_references(text.replace("\r\n", "\n").replace("\r", "\n"))
    pages: list[Page] = []
    for number, chunk in enumerate(text.split("\f"), start=1):
        lines: list[Line] = []
        blank = False
        for raw in chunk.split("\n"):
            typed = raw.rstrip()
            stripped = normalize_chars(typed)
            if not stripped.strip():
                blank = True
                continue
            # (only a line that folding changed can hold full-width digits)
            wide = len(_WIDE_DIGITS_RE.findall(typed)) if stripped != typed else 0
            lines.append(Line(text=stripped, page=number, blank_before=blank, wide_digits=wide))
            blank = False
        pages.append(Page(number=number, lines=lines, text_from="text"))
    return pages
