"""Character-level normalisation shared by every stage.

Only repairs that cannot change what the author wrote: compatibility code points (Kangxi radicals,
CJK compatibility ideographs) to the ordinary character, full-width digits to ASCII, invisible
characters removed, and the spaces an extractor puts between Chinese characters or beside digits.
The author's punctuation is kept as printed.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import regex

# Kangxi radicals (⼀ U+2F00 … ⿕ U+2FD5), CJK radicals supplement and compatibility ideographs map to
# the unified ideograph by NFKC; nothing else in the text is NFKC-folded.
_COMPAT_RANGES = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\x00\u00ad"), None)


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for lo, hi in _COMPAT_RANGES:
        for cp in range(lo, hi + 1):
            folded = unicodedata.normalize("NFKC", chr(cp))
            if folded != chr(cp) and len(folded) == 1:
                table[cp] = folded
    for i in range(10):  # full-width digits ０-９
        table[0xFF10 + i] = str(i)
    table[0x3000] = " "  # ideographic space is layout, not text
    table[0xA0] = " "
    return table


_TABLE = _build_table()
# both maps in one (no folded character is an invisible one, and no key is in both)
_FOLD = {**_TABLE, **_INVISIBLE}


def _class_of(codes: Iterable[int]) -> str:
    """A regex character class of the code points, runs written as ranges."""
    runs: list[list[int]] = []
    for cp in sorted(codes):
        if runs and runs[-1][1] == cp - 1:
            runs[-1][1] = cp
        else:
            runs.append([cp, cp])
    return "[" + "".join(f"\\U{lo:08x}" + (f"-\\U{hi:08x}" if hi > lo else "") for lo, hi in runs) + "]"


# Any character ``normalize_chars`` changes. Most lines hold none: a search of the line (stdlib re,
# a third of a microsecond a line) finds that about ten times faster than ``str.translate`` looks up
# each character.
_FOLDED_RE = re.compile(_class_of(_FOLD))

# Han or full-width punctuation, where an extractor's space is never the author's (spaces next to
# “ ” may be the author's, e.g. '纳入 “十三五”').
_CJK_STRICT = r"[\p{Han}\u3001-\u303f\uff00-\uffef]"
_SPACE_BETWEEN_CJK_RE = regex.compile(rf"(?<={_CJK_STRICT})[ \t]+(?={_CJK_STRICT})")
# '2022 年', '第 279号', '77 号', '1700 余万元', '2023 年 9 月 26 日'
_SPACE_DIGIT_CJK_RE = regex.compile(rf"(?<=\d)[ \t]+(?={_CJK_STRICT})|(?<={_CJK_STRICT})[ \t]+(?=\d)")


# An HTML character reference a scraper left in the text: '&nbsp;', '&ldquo;', '&#12288;', '&#x3000;'. Only
# whole references, with their semicolon ('R&D' and '&copy' without one are text).
_CHAR_REF_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,9});")


def unescape_references(text: str) -> str:
    """HTML character references decoded: '&ldquo;十四五&rdquo;' -> '“十四五”', '&nbsp;' -> a space."""
    if "&" not in text:
        return text
    return _CHAR_REF_RE.sub(lambda m: html.unescape(m[0]), text)


def normalize_chars(text: str) -> str:
    """Map compatibility forms to ordinary characters and drop invisible ones."""
    return text.translate(_FOLD) if _FOLDED_RE.search(text) else text


def figure_gaps(text: str) -> int:
    """How many spaces stand between a figure and a Chinese character ('将于 2022 年 7 月' -> 4): where
    pdftotext shows one, the type had a narrow gap (about a quarter of a character)."""
    return len(_SPACE_DIGIT_CJK_RE.findall(text))


def squeeze_spaces(text: str) -> str:
    """Remove the spaces an extractor put between Chinese characters and beside digits."""
    if " " not in text and "\t" not in text:  # (both patterns remove only spaces and tabs)
        return text.strip()
    text = _SPACE_BETWEEN_CJK_RE.sub("", text)
    return _SPACE_DIGIT_CJK_RE.sub("", text).strip()


# The capitals of a code a line broke off after a Chinese character or a bracket: '（G' / 'B/T 29639—2020）'.
_CODE_START_RE = regex.compile(r"(?:^|[^\x00-\x7f])[A-Z]{1,3}$")
# A standard's code letters at a line's end, its number and year starting the next: '（JTG' / '2111—2019）' (the
# space between them is the wrap's; not a local standard's province figures: 'DB' / '52/T 1424—2019').
_CODE_LETTERS_END_RE = regex.compile(r"(?:^|[^\x00-\x7f]|\s)(?!DB)[A-Z]{2,5}(?:/[A-Z]{1,2})?$")
_CODE_NUMBER_START_RE = regex.compile(r"\d{1,6}(?:\.\d{1,3})?\s*[—–-]{1,2}\s*(?:19|20)?\d{2}(?!\d)")


def join_wrapped(texts: Sequence[str]) -> str:
    """Join lines broken inside a paragraph: no space between Chinese characters; a space only
    between two Latin letters (not inside a code of capitals: '（G' / 'B/T 29639—2020）'), and between a
    standard's code letters and its number ('（JTG' / '2111—2019）'). The spaces inside each line are kept."""
    out = ""
    for text in texts:
        text = text.strip()
        if (out and text and out[-1].isascii() and out[-1].isalpha() and text[0].isascii() and text[0].isalpha()
                and not (_CODE_START_RE.search(out) and text[0].isupper())) or (
                    out and text[:1].isdecimal() and out[-1:].isupper() and _CODE_LETTERS_END_RE.search(out)
                    and _CODE_NUMBER_START_RE.match(text)):
            out += " "
        out += text
    return out


def join_lines(texts: Sequence[str]) -> str:
    """Join extracted wrapped lines (``join_wrapped``), less the spaces extraction put in (``squeeze_spaces``)."""
    return squeeze_spaces(join_wrapped(texts))


def remove_spaces(text: str) -> str:
    """All whitespace out: for titles, names and other short fields."""
    return "".join(text.split())


def char_width(ch: str) -> float:
    """Width of one character in a printed line: full-width 1, half-width 0.5.

    East Asian "ambiguous" characters (“ ” ‘ ’ … — ○ ①) are full-width in Chinese type.
    """
    return 1.0 if unicodedata.east_asian_width(ch) in "WFA" else 0.5


def text_width(text: str) -> float:
    """Printed width of a line in full-width characters."""
    return sum(char_width(ch) for ch in text)


def fold(text: str) -> str:
    """Comparison key: NFKC (full/half-width forms folded) and no whitespace."""
    return remove_spaces(unicodedata.normalize("NFKC", text))


# OCR punctuation: an OCR engine reads the full-width marks of Chinese type as ASCII. Only where the
# reading is certain — an ASCII mark with a Chinese character on the side that decides it — is it
# turned back. Text from a text layer or a file never goes through this: there the ASCII is the
# author's.
_HAN = r"\p{Han}"
_STOP_FOR_COMMA = regex.compile(rf"(?<={_HAN})\s*\.\s*(?={_HAN})")
# (a range of small figures too, '1一5月', '3一5人' -> 1—5月; not a year in Chinese numerals typed with a zero,
# '二0一0年')
_FIGURES_DASH = regex.compile(r"(?<=\d\d)\s*一\s*(?=\d\d)|(?<=(?<![〇○零一二三四五六七八九十])\d)\s*一\s*(?=\d)")
# A 文号's closing bracket lost between the year and the serial: '西团函〔202419号' -> 西团函〔2024〕19号
# (also where the 文号 wrapped after its year, and the lines joined into the paragraph show it).
_DOC_NUMBER_UNCLOSED = regex.compile(r"(?<=[\p{Han}]\s*〔\s*(?:19|20)\d\d)(?=\d{1,4}\s*号)")
_OCR_PUNCT: list[tuple[regex.Pattern[str], str | Callable[[regex.Match[str]], str]]] = [
    # a heading's number whose full-width stop OCR read as a comma or a stop: '一,关于…', '三，下一步…' -> 一．关于…
    # (before the marks beside characters are widened: it would become '一，')
    (regex.compile(rf"^(\s*[一二三四五六七八九十]{{1,3}})\s*[.,，](?=\s*[{_HAN}])"), r"\1．"),
    # a speck read as a full stop beside a mark ('监测,.及时'), first, so the mark's rule sees its neighbours
    (regex.compile(rf"(?<={_HAN}[，。、；：,;:])\s*\.|(?<={_HAN})\.\s*(?=[，。、；：,;:])"), ""),
    (regex.compile(rf"(?<={_HAN})\s*,\s*(?=[{_HAN}\d“])"), "，"),
    (regex.compile(rf"(?<={_HAN})\s*;\s*"), "；"),
    (regex.compile(rf"(?<={_HAN})\s*:\s*"), "："),
    # a bracket beside a character, or opening on a Chinese book title ('(《社情民意》…）') or closing after one
    (regex.compile(rf"\(\s*(?=[{_HAN}《〈])|(?<={_HAN})\s*\("), "（"),
    (regex.compile(rf"(?<=[{_HAN}）》〉])\s*\)|\)(?=\s*[{_HAN}])"), "）"),
    (regex.compile(rf"(?<={_HAN})\s*\?\s*$"), "？"),
    (regex.compile(rf"(?<={_HAN})\s*!\s*$"), "！"),
    # specks read as marks: at the start of a line before a character, inside a 文号's bracket
    (regex.compile(rf"^[·.,'`、]\s*(?=[{_HAN}])"), ""),
    (regex.compile(r"(?<=[〔【\[［(（﹝])\s*[·.,'`、]\s*(?=(?:19|20)\d\d)"), ""),
    # 一 in a year written in Chinese numerals read as a dash: '二0—0年' -> 二0一0年
    (regex.compile(r"(?<=[二〇○O0零一三四五六七八九][〇○O0零一二三四五六七八九—－-]{0,2})[—－-](?=[〇○O0零一二三四五六七八九—－-]{0,2}\s*年)"), "一"),
    # a dash between figures read as 一: '2021一2025年' -> 2021—2025年
    (_FIGURES_DASH, "—"),
    # the second half of a double dash read as 一: '中轴线—一中国理想都城…' -> 中轴线——中国理想都城…
    (regex.compile(r"(?<!—)—一(?!—)"), "——"),
    # the dashes of a quoted chain of three or more words read as 一: '“市一县一乡一村”' -> “市—县—乡—村”
    # (not '“一村一品”', '“十一五”', '“县一级”')
    (regex.compile(r"“[^一“”\s][\p{Han}]?(?:一[\p{Han}]{1,2}){2,}”"), lambda m: m[0].replace("一", "—")),
    # the dash between a class and its meaning read as 一: '答复类型：A一已解决或采纳' -> A—已解决或采纳
    (regex.compile(r"(?<=(?:类型|类别|分类|结果)\s*[:：]\s*[A-DＡ-Ｄ]\s*)一(?=\p{Han})"), "—"),
    # a bracket opened as 〔 and closed as ] (or the reverse): '〔办理类型B]'
    (regex.compile(r"〔([^〔〕\[\]]{1,12})[\]］]"), r"〔\1〕"),
    (regex.compile(r"[\[［]([^〔〕\[\]]{1,12})〕"), r"〔\1〕"),
    (_DOC_NUMBER_UNCLOSED, "〕"),
    # a dash between a year or month and the next year read as 一: '2003年一2010年' -> 2003年—2010年
    (regex.compile(r"(?<=[年月初末底])\s*一\s*(?=(?:19|20)\d\d\s*年)"), "—"),
    # a sub-title's dash at a line's start read as 一 in one half or both: '—一关于加强…' -> ——关于加强…
    # (not '一一对应', where the text means one by one)
    (regex.compile(r"^\s*(?:[—－]\s*[—一－]|一\s*[—－])\s*(?=关于|对)"), "——"),
    # a comma read as a full stop between two characters ('种植.对')
    (_STOP_FOR_COMMA, "，"),
]


# The OCR model reads some characters in their traditional form ('張', '對', '減') although 公文 are
# printed in simplified characters: OCR text is mapped to simplified with OpenCC's t2s (installed
# with the ocr extra; phrase-aware, and it leaves simplified text as it is).
_T2S: list[Any] = []


def simplified(text: str) -> str:
    """Traditional characters to simplified ('張恒峰' -> 张恒峰); the text unchanged without OpenCC."""
    if not _T2S:
        try:
            import opencc

            _T2S.append(opencc.OpenCC("t2s"))
        except ImportError:  # pragma: no cover - opencc comes with the ocr extra
            _T2S.append(None)
    converter = _T2S[0]
    if converter is None:
        return text
    # a character that simplified type prints too stays as read: t2s turns it into another character
    return "".join(piece if piece in _PRINTED_SIMPLIFIED else str(converter.convert(piece))
                   for piece in _PRINTED_SIMPLIFIED_RE.split(text) if piece)


# Characters OpenCC's t2s maps although the simplified standard (通用规范汉字表) keeps them for names:
# 乾 (乾县, 乾安县, 乾务镇, 乾隆), which t2s turns into 干 outside a few phrases.
_PRINTED_SIMPLIFIED = "乾"
_PRINTED_SIMPLIFIED_RE = regex.compile(f"([{_PRINTED_SIMPLIFIED}])")


# Place names whose rare character OCR reads as a common one it resembles, where the misread name is no
# place: 亳州 (Anhui) read 毫州, the 颍 of 颍州, 颍上, 颍泉, 颍东 and 沙颍河 read 颖.
_OCR_PLACES = regex.compile(r"毫(?=州)|颖(?=州区|上县|泉区|东区|河)")
_OCR_PLACE_FIX = {"毫": "亳", "颖": "颍"}


def ocr_repair(text: str) -> str:
    """What an OCR engine gets wrong in Chinese type and can be mended for certain: traditional forms
    (to simplified), ASCII marks beside Chinese (to full width), a dash read as 一 between figures, a
    place name's rare character read as the common one it resembles ('毫州' -> 亳州)."""
    return _OCR_PLACES.sub(lambda m: _OCR_PLACE_FIX[m[0]], ocr_punctuation(simplified(text)))


# A mark OCR read as '.' at the end of a line ('…流域治理.' / '近年来…'): a comma where the paragraph
# goes on, a full stop where it ends. Only the joined paragraph tells which; nor can a line tell a
# dash read as 一 where the line broke beside it ('…规划（2021一' / '2035年）').
_OCR_PARAGRAPH = [
    (_STOP_FOR_COMMA, "，"),
    (_DOC_NUMBER_UNCLOSED, "〕"),
    (_FIGURES_DASH, "—"),
    (regex.compile(rf"(?<={_HAN})\s*\.\s*$"), "。"),
]


def ocr_paragraph(text: str) -> str:
    """A paragraph joined from OCR lines: the '.' and 一 each line's repair could not settle, settled."""
    for pattern, repl in _OCR_PARAGRAPH:
        text = pattern.sub(repl, text)
    return text


def ocr_punctuation(text: str) -> str:
    """ASCII ``, ; : ( ) ? !`` beside Chinese characters to full width; marks OCR misreads mended.

    Square brackets stay as read: the OCR model reads a printed 〔〕 as such, and a 文号 printed in
    ``[]`` is the author's (``doc_number`` normalises its brackets anyway)."""
    for pattern, repl in _OCR_PUNCT:
        text = pattern.sub(repl, text)
    return text
