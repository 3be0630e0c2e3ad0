"""版头 and 标题: 办理类型, 是否公开, 发文字号, 签发人, 标题, 文种 — read from the lines above 主送."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import regex

from ..models import DocNumber, HandlingType, Publicity
from ..normalize import remove_spaces
from ..patterns import (
    CLASS_AFTER_TITLE_RE,
    CLASS_AND_PUBLICITY_RE,
    CLASSIFICATION_RE,
    COPY_NUMBER_RE,
    DOC_NUMBER_BARE_RE,
    DOC_NUMBER_RE,
    DOC_NUMBER_UNCLOSED_RE,
    DOC_NUMBER_YEAR_FIRST_RE,
    DOC_TYPE_CANONICAL,
    DOC_TYPE_RE,
    EMPTY_BRACKETS_RE,
    HANDLING_ALONE_RE,
    HANDLING_BARE_RE,
    HANDLING_LABELLED_RE,
    HANDLING_LABELS,
    HANDLING_STATED_RE,
    HANDLING_WORDS_ALONE_RE,
    HANDLING_WORDS_RE,
    ISSUER_MARK_RE,
    LEADING_MARK_RE,
    MERGE_NOTE_RE,
    NAME_LIST_SPLIT_RE,
    PUBLIC_VALUES,
    PUBLICITY_ALONE_RE,
    PUBLICITY_BARE_RE,
    PUBLICITY_IN_LINE_RE,
    PUBLICITY_LABELLED_RE,
    PUBLICITY_NOTE_RE,
    PUBLICITY_PREFIX_RE,
    PUBLICITY_REASON_RE,
    SCRIPT_NOTE_RE,
    SEPARATORS_ONLY_RE,
    SERIAL_NUMBER_RE,
    SIGNATORY_RE,
    TITLE_DOC_NUMBER_RE,
    TITLE_END_BEFORE_CODE,
    TITLE_HINT_RE,
    TITLE_WEB_TAG_RE,
    TRAILING_MARK_RE,
    URGENCY_RE,
)

_BRACKETS = str.maketrans({"【": "〔", "】": "〕", "﹝": "〔", "﹞": "〕", "[": "〔", "]": "〕", "［": "〔", "］": "〕",
                           "（": "〔", "）": "〕", "(": "〔", ")": "〕", "〖": "〔", "〗": "〕", "「": "〔", "」": "〕"})
# A bracket inside a 机关代字, right before the part a 文号's parse kept: '宁林（草）' of '宁林（草）函〔2020〕73号'.
_BRACKET_IN_DAIZI_RE = regex.compile(r"(?<![\p{Han}])\p{Han}{1,6}[（(](?!试行|暂行|草案|修订)\p{Han}{1,3}[）)]$")
# A form's ticked box, and an empty box with its option: '☑A类', '□B类'; or the box after its option:
# 'A□　B☑　C□' (told apart by the box glued after a class).
_TICKED, _EMPTY = "☑✔✓√■▣☒", "□☐"
_TICK_RE = regex.compile(rf"[{_TICKED}]\s*")
_UNTICKED_RE = regex.compile(rf"[{_EMPTY}]\s*[^\s{_EMPTY}{_TICKED}]+")
_BOX_AFTER_RE = regex.compile(rf"[A-DＡ-Ｄ]类?[{_EMPTY}{_TICKED}]")
_UNTICKED_AFTER_RE = regex.compile(rf"[A-DＡ-Ｄ]类?[{_EMPTY}]")
# A 文号's label left at the end of what stands before it: '…的答复　文号：', or alone: '发文字号：'.
_NUMBER_LABEL_END_RE = regex.compile(r"(?:(?<=\S\s*)|^\s*)(?:发文字号|文\s*号|字\s*号)\s*[:：]\s*$")
# Web-page metadata labels that carry the title when the document text lacks it: '标题：…', a message
# page's '留言标题：…' or '留言主题：…'.
_META_TITLE_RE = regex.compile(
    r"^\s*(?:(?:复文|答复|回复|文件|留言|来信|信件)?标\s*题|题(?=\s*[:：]\s*关于)|(?:留言|来信|信件)主\s*题|(?:文件|信息)名称|名\s*称)\s*[:：]\s*"
    r"(?P<value>\S.+)$")


# A title's end inside what reads as a 发文机关代字: '号提案的答复函' in '号提案的答复函晋农函'.
_TITLE_END_IN_CODE_RE = regex.compile(rf"{TITLE_END_BEFORE_CODE}(?=\s*\p{{Han}}{{2}})")


def parse_doc_number(text: str) -> tuple[DocNumber, tuple[int, int]] | None:
    """The first 发文字号 in ``text``, normalised, with its span; ``None`` if there is none."""
    m = DOC_NUMBER_RE.search(text)
    if not m:
        if court := DOC_NUMBER_YEAR_FIRST_RE.search(text):  # '（2024）湘0104法函12号'
            issuer = remove_spaces(court["issuer"])
            return DocNumber(raw=f"〔{court['year']}〕{issuer}{court['serial']}号", issuer_code=issuer,
                             year=int(court["year"]), serial=int(court["serial"])), court.span()
        return None
    start = m.start()
    # (a title's end glued before it, the gap between them lost: '…第1046号提案的答复函晋农函[2026]7号' -> 晋农函…)
    if glued := _TITLE_END_IN_CODE_RE.search(m["issuer"]):
        start = m.start("issuer") + glued.end()
    issuer = remove_spaces(m.string[start:m.end("issuer")])
    serial_raw = remove_spaces(m["serial"])
    digits = serial_raw.removeprefix("第")
    raw = f"{issuer}〔{m['year']}〕{remove_spaces(m['word'] or '')}{serial_raw}号"
    serial = int(digits) if digits.isdigit() else None
    return DocNumber(raw=raw, issuer_code=issuer or None, year=int(m["year"]), serial=serial), (start, m.end())


def unclosed_doc_number(text: str) -> tuple[DocNumber, tuple[int, int]] | None:
    """A 文号 printed without its closing bracket and 号 at the end of a head line ('川林建函〔2020740'),
    or without any bracket alone on its line ('城交通函202517', '湖建函202437号'):
    kept as printed (brackets normalised); the serial is what follows the four-digit year."""
    m = DOC_NUMBER_UNCLOSED_RE.search(text)
    if not m:
        bare = DOC_NUMBER_BARE_RE.match(text)  # '城交通函202517': no bracket at all
        if not bare:
            return None
        issuer = remove_spaces(bare["issuer"])
        return DocNumber(raw=f"{issuer}{bare['year']}{bare['serial']}{bare['hao'] or ''}", issuer_code=issuer, year=int(bare["year"]),
                         serial=int(bare["serial"])), bare.span()
    issuer = remove_spaces(m["issuer"])
    return DocNumber(raw=f"{issuer}〔{m['year']}{m['serial']}", issuer_code=issuer or None, year=int(m["year"]),
                     serial=int(m["serial"])), m.span()


def serial_number(text: str) -> tuple[DocNumber, tuple[int, int]] | None:
    """The 序号 of a 公告 or 命令 alone on its line, standing in for a 文号: '（十四届第3号）' -> 十四届第3号."""
    m = SERIAL_NUMBER_RE.match(text)
    if not m:
        return None
    year = int(m["year"]) if m["year"] else None
    return DocNumber(raw=remove_spaces(m["raw"]), issuer_code=None, year=year, serial=int(m["serial"])), m.span()


# A 机关代字 that holds a bracket of its own: '宁农（计）发〔2019〕5号', or opens with its place in one: '（津滨）应急责改
# 〔2023〕108号'.
_BRACKETED_PREFIX_RE = regex.compile(r"(?P<head>\p{Han}*[（(]\p{Han}{1,3}[）)])(?P<tail>\p{Han}+)[〔\[［【(（]")


def normalise_doc_number(text: str) -> str:
    """A cited 文号 written with any brackets, as '长城检办〔2025〕1号'; a bracket inside its 机关代字 kept as
    printed ('宁农（计）发〔2019〕5号')."""
    found = parse_doc_number(text)
    if not found:
        return remove_spaces(text.translate(_BRACKETS))
    raw = found[0].raw
    if (m := _BRACKETED_PREFIX_RE.match(remove_spaces(text))) and raw.startswith(m["tail"]):
        return m["head"] + raw
    return raw


def parse_handling_type(text: str, *, bare: bool) -> HandlingType | None:
    """办理类型 from a labelled line; with ``bare`` also a class like 'B类' next to the 文号."""
    m = HANDLING_LABELLED_RE.search(text) or (
        (HANDLING_BARE_RE.search(text) or HANDLING_ALONE_RE.match(text)) if bare else None)
    if not m:
        # the class in words only: they are its code and meaning ('【采纳】' alone beside the publicity too)
        # (or stated alone in the standard words: '所提问题列入计划逐步解决')
        if words := HANDLING_WORDS_RE.search(text) or HANDLING_STATED_RE.match(text) or (
                HANDLING_WORDS_ALONE_RE.match(text) if bare else None):
            return HandlingType(code=words["code"], label=words["code"], raw=words[0].strip())
        return None
    code = unicodedata.normalize("NFKC", m["code"]).upper()  # 'ｂ', 'Ｃ' -> B, C
    return HandlingType(code=code, label=HANDLING_LABELS.get(code[0]), raw=m[0].strip())


def _publicity_match(text: str, *, bare: bool) -> regex.Match[str] | None:
    m = PUBLICITY_LABELLED_RE.search(text) or PUBLICITY_NOTE_RE.search(text)
    if not m and bare:
        m = PUBLICITY_BARE_RE.search(text) or PUBLICITY_ALONE_RE.match(text)
    return m


def _publicity_of(m: regex.Match[str]) -> Publicity:
    value = PUBLICITY_PREFIX_RE.sub("", m["value"])
    # (a part withheld, the rest made public: '不予公开个人信息后公开')
    return Publicity(raw=m["value"], is_public=PUBLIC_VALUES.get(value, True if value.endswith("后公开") else None))


def parse_publicity(text: str, *, bare: bool) -> Publicity | None:
    """是否公开 from a labelled line, a '（此件主动公开）' note, or with ``bare`` a '同意公开' marker."""
    m = _publicity_match(text, bare=bare)
    return _publicity_of(m) if m else None


@dataclass(slots=True)
class HeaderLine:
    """What one line above 主送 holds; ``rest`` is what is left once the known elements are cut out."""

    handling_type: HandlingType | None = None
    publicity: Publicity | None = None
    doc_number: DocNumber | None = None
    signatories: list[str] = field(default_factory=list)
    classification: str | None = None
    urgency: str | None = None
    copy_number: str | None = None
    issuer_mark: str | None = None
    meta_title: str | None = None
    rest: str = ""


def _named_in_title(text: str, start: int, end: int) -> bool:
    """Is the 文号 at ``text[start:end]`` one a title names inside it, in brackets with the title's words
    before and after it ('关于市政协社情民意信息（泉政协信〔2024〕27号）办理情况的报告', or a line of it
    wrapped: '信息（泉政协信〔2024〕27号）办理情'), or unbracketed in a title that forwards it ('关于转发某府发〔2023〕9号的
    通知'): a document, not the letter's own?"""
    after = text[end:].lstrip().removeprefix(")").removeprefix("）")
    return bool(_TITLE_WORDS_BEFORE_RE.search(text[:start]) and _TITLE_GOES_ON_RE.match(after)) or bool(
        _TITLE_VERB_BEFORE_RE.match(text) and _TITLE_OF_AFTER_RE.match(text, end))


# (or right after the 《title》 it numbers: '关于对区工商联《关于…的函》（泰海工商联函〔2022〕3号）的复函')
_TITLE_WORDS_BEFORE_RE = regex.compile(r"(?:\p{Han}{2}|[》”])\s*[（(]\s*$")
_TITLE_GOES_ON_RE = regex.compile(r"\s*\p{Han}{2}")
# (or unbracketed after the verb of a title that forwards or carries it out: '关于转发某府发〔2023〕9号的通知')
# (the line opens as a title does, whatever the number's parse took for its 代字)
_TITLE_VERB_BEFORE_RE = regex.compile(r"\s*关于\p{Han}{0,12}?(?:转发|印发|贯彻|落实|执行)")
_TITLE_OF_AFTER_RE = regex.compile(r"\s*(?:文件)?(?:精神)?的\p{Han}")


def _take_class(out: HeaderLine, rest: str, *, bare: bool) -> str:
    """``rest`` with the class it holds cut out into ``out`` (where ``out`` has none yet)."""
    if out.handling_type is None and (ht := parse_handling_type(rest, bare=bare)):
        out.handling_type = ht
        return rest.replace(ht.raw, " ", 1)
    return rest


def read_header_line(text: str) -> HeaderLine:
    """Cut the 版头 elements out of one header line."""
    out = HeaderLine()
    # a form's ticked box is the marker, its empty boxes no part of it: '办理结果：☑A类　□B类　□C类' -> '办理结果：A类'
    unticked = _UNTICKED_AFTER_RE if _BOX_AFTER_RE.search(text) else _UNTICKED_RE
    rest = _TICK_RE.sub(" ", unticked.sub(" ", text)) if _TICK_RE.search(text) else text
    if both := CLASS_AND_PUBLICITY_RE.match(rest):  # 'A　公开'
        out.handling_type = parse_handling_type(both["code"], bare=True)
        out.publicity = _publicity_of(both)
        return out
    found = parse_doc_number(rest) or unclosed_doc_number(rest) or serial_number(rest)
    if found and _named_in_title(rest, *found[1]):
        found = None
    if found and (inner := _BRACKET_IN_DAIZI_RE.search(rest[: found[1][0]])):
        # a bracket inside the 机关代字 the number's parse stopped at: '宁林（草）函〔2020〕73号'
        dn, (a, b) = found
        found = (dn.model_copy(update={"raw": inner[0] + dn.raw,
                                       "issuer_code": inner[0] + (dn.issuer_code or "")}), (inner.start(), b))
    if found:
        out.doc_number, (a, b) = found
        # (with its label, once the row before it on the line is cut: '信息名称：…　文号：黑商函〔2021〕138号')
        rest = _NUMBER_LABEL_END_RE.sub("", rest[:a]) + " " + rest[b:]
        if both := CLASS_AND_PUBLICITY_RE.match(rest):  # '…12号　　A　　此件公开发布'
            out.handling_type = parse_handling_type(both["code"], bare=True)
            out.publicity = _publicity_of(both)
            return out
    if m := SIGNATORY_RE.search(rest):
        names = [n for n in NAME_LIST_SPLIT_RE.split(m["names"]) if n]
        out.signatories = names
        rest = rest[: m.start()] + " " + rest[m.end():]
    # a bracket of class or publicity (or both) before or after a title ('【A类】关于…', '…提案的答复(A类)',
    # '…的答复（A类　主动公开）'): read and cut out whole
    # (not the value of a label: '是否同意公开【主动公开】')
    mark = TRAILING_MARK_RE.search(rest) or LEADING_MARK_RE.match(rest)
    if mark and not (HANDLING_LABELLED_RE.search(rest) or PUBLICITY_LABELLED_RE.search(rest)):
        # (a class without 类 before its publicity is read from the mark's code: '〔A／主动公开〕')
        out.handling_type = parse_handling_type(mark[0], bare=True) or (
            parse_handling_type(mark["code"], bare=True) if mark["code"] else None)
        # (the note after the class in its bracket: '（B类，此件主动公开）')
        if m1 := _publicity_match(mark[0], bare=True) or PUBLICITY_IN_LINE_RE.search(mark[0]):
            out.publicity = _publicity_of(m1)
        rest = rest[: mark.start()] + " " + rest[mark.end():]
    # a bare class set apart after the title's 文种 ('…的答复　　　　A')
    if out.handling_type is None and (after := CLASS_AFTER_TITLE_RE.search(rest)):
        out.handling_type = parse_handling_type(after["code"], bare=True)
        if after["value"] and out.publicity is None:
            out.publicity = _publicity_of(after)
        rest = rest[: after.start()]
    # elsewhere a class or publicity on its own is bare only beside a 文号 or alone on the line
    # (or with its meaning or reason, the whole line: 'B类：正在解决或列入计划解决', '不予公开（涉及个人信息）')
    bare = (out.doc_number is not None or len(remove_spaces(rest)) <= 8
            or bool(HANDLING_BARE_RE.fullmatch(rest.strip())) or bool(PUBLICITY_ALONE_RE.match(rest)))
    rest = _take_class(out, rest, bare=bare)
    # (and so is what is left beside a labelled one: '办复类别：B　　同意公开', '公开属性：主动公开　B类')
    bare = bare or (out.handling_type is not None and len(remove_spaces(rest)) <= 8)
    if out.publicity is None and (m2 := _publicity_match(rest, bare=bare)):
        out.publicity = _publicity_of(m2)
        end = reason.end() if (reason := PUBLICITY_REASON_RE.match(rest, m2.end())) else m2.end()
        rest = rest[: m2.start()] + " " + rest[end:]  # with its reason: '不予公开（涉及个人信息）'
        if len(remove_spaces(rest)) <= 8:
            rest = _take_class(out, rest, bare=True)
    for pattern, attr in ((CLASSIFICATION_RE, "classification"), (URGENCY_RE, "urgency"),
                          (COPY_NUMBER_RE, "copy_number"), (ISSUER_MARK_RE, "issuer_mark")):
        if m3 := pattern.match(rest):
            setattr(out, attr, remove_spaces(m3["value"]))
            rest = ""
    if m4 := _META_TITLE_RE.match(rest):
        out.meta_title = remove_spaces(m4["value"])
        rest = ""
    # brackets left empty once their content was cut out: '〔是否公开 是〕' -> '〔 〕'
    out.rest = EMPTY_BRACKETS_RE.sub("", rest).strip()
    if SEPARATORS_ONLY_RE.fullmatch(out.rest):
        out.rest = ""  # what stood between the elements cut out: '办理类别：B／公开属性：主动公开' -> '／'
    return out


def looks_like_title(text: str) -> bool:
    return bool(TITLE_HINT_RE.search(remove_spaces(text)))


def clean_title(text: str) -> str:
    """Wrapped title lines joined: spaces out, a 文号, a 合并办理 note or a second script's note ('（蒙古文略）')
    appended in brackets removed; and a bracket left open at its end, whose mark the line below holds ('…的答复【' /
    'A】'), with no title ending in one."""
    title = remove_spaces(text).rstrip("|｜")  # a web table's cell bars
    title = MERGE_NOTE_RE.sub("", TITLE_DOC_NUMBER_RE.sub("", SCRIPT_NOTE_RE.sub("", title)))
    return TITLE_WEB_TAG_RE.sub("", title).rstrip("（(【［[〔")


def doc_type_of(title: str) -> str | None:
    """文种 from the end of the title: '…答复的函' -> 函, '…的复函' -> 复函, '…的答复' -> 函."""
    m = DOC_TYPE_RE.search(remove_spaces(title))
    if not m:
        return None
    return DOC_TYPE_CANONICAL.get(m["type"], m["type"])
