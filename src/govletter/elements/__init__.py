"""Stage 4: blocks -> the elements of the letter.

The blocks fall into three regions: the head (版头 and 标题, everything above 主送), the body
(正文, from 主送 to the first 落款 element), and the tail (署名, 成文日期, 附注, 抄送, 印发). Each
element family has its own module; this one only draws the regions and assembles the result.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import regex

from ..models import AttachedDocument, Contact, DocNumber, Evidence, Publicity, Warning
from ..normalize import join_lines, remove_spaces
from ..patterns import (
    ADDRESSEE_LABELLED_RE,
    ADDRESSEE_PART_STOP_RE,
    ADDRESSEE_PERSON_RE,
    ADDRESSEE_RE,
    ADDRESSEE_STOP_RE,
    ADDRESSEE_UNIT_RE,
    AS_FOLLOWS_RE,
    ATTACHED_LABEL_RE,
    ATTACHMENT_ITEM_RE,
    ATTACHMENT_RE,
    BARE_NAME_RE,
    BLANK_FIELD_RE,
    CC_BARE_UNIT_RE,
    CC_BROKEN_BARE_UNIT_RE,
    CC_BROKEN_END_RE,
    CC_RE,
    CC_SPLIT_RE,
    CITED_RE,
    CLASS_AFTER_TITLE_RE,
    CLASS_MEANING_RE,
    CLAUSE_END_RE,
    COMMA_RE,
    CONGRESS_ALONE_RE,
    CONTACT_IN_TEXT_RE,
    CONTACT_LABEL_RE,
    CONTACT_LABELLED_IN_TEXT_RE,
    CONTACT_LINE_RE,
    CONTACT_PART_END_RE,
    CONTACT_SENTENCE_RE,
    COPIES_ALONE_RE,
    COPY_COUNT_ALONE_RE,
    DATE_BARE_RE,
    DATE_LABEL_RE,
    DATE_REST_ALONE_RE,
    DATE_START_END_RE,
    DIGITS_LINE_RE,
    DIGITS_RE,
    DOC_NUMBER_BEFORE_END_RE,
    DOC_NUMBER_HEAD_PART_RE,
    DOC_NUMBER_OPEN_END_RE,
    DOC_NUMBER_RE,
    DOC_NUMBER_REST_RE,
    DOC_TYPE_RE,
    ENDS_IN_COLON_RE,
    FIELD_ROW_RE,
    FOUR_DIGITS_RE,
    FULL_STOP_END_RE,
    GLUED_ADDRESSEE_RE,
    GREETING_AFTER_COLON_RE,
    GREETING_RE,
    HANDLED_AS_ALONE_RE,
    HANDLER_UNIT_LABEL_RE,
    HANDLING_WORDS_RE,
    HOTLINE_NUMBER,
    ISSUER_AND_TYPE_RE,
    LABEL_RE,
    LEADER_RE,
    MARK_LABEL_ALONE_RE,
    MEETING_AND_NUMBER_RE,
    MERGE_NOTE_RE,
    METADATA_ROW_AFTER_GAP_RE,
    NAME_RE,
    NAME_THEN_PHONE_RE,
    NO_TEXT_NOTE_RE,
    NOT_NAME_RE,
    NUMBER_END_ALONE_RE,
    NUMBER_ROW_RE,
    NUMBER_THEN_HOTLINE_RE,
    NUMBER_WORDS,
    OFFICE_IN_TITLE_RE,
    ONE_OR_TWO_HAN_RE,
    OPEN,
    PAGE_NUMBER_RE,
    PERSON_LABEL_RE,
    PHONE_LABEL_END_RE,
    PHONE_RE,
    PHONE_THEN_MORE_RE,
    PRONOUN_RE,
    PROPOSAL_IN_TITLE_RE,
    PROPOSAL_LINE_RE,
    PROPOSAL_TITLE_ROW_RE,
    PROPOSAL_WORD_END_RE,
    PROPOSER_ROW_RE,
    PUBLICITY_ALONE_RE,
    PUBLICITY_IN_LINE_RE,
    PUBLICITY_NOTE_RE,
    PUBLICITY_THEN_CONTACT_RE,
    PUNCT_OR_DIGIT_RE,
    REPLY_OPENING_RE,
    RULE_LINE_RE,
    RUNNING_TEXT_MARK_RE,
    SCRIPT_NOTE_RE,
    SEAL_NOTE_RE,
    SEAL_NOTES_RE,
    SENTENCE_PUNCT_RE,
    SIGNATORY_LABEL,
    SIGNATORY_RE,
    SIGNER_LABEL_RE,
    SIGNER_THEN_BARE_DATE_RE,
    STANDING_AFTER_NAME_RE,
    SUGGESTION_REGISTER_RE,
    TAIL_FIELD_RE,
    TERM_SITTING,
    TITLE_DOC_NUMBER_RE,
    TITLE_GOES_ON_RE,
    TITLE_LAST_LINE_RE,
    TITLE_OPENS_RE,
    TITLE_TYPE_END_RE,
    TRAILING_BRACKET_RE,
    TRAILING_DIGITS_RE,
    TRAILING_MARK_RE,
    UNIT_NAME_END_RE,
    UNIT_THEN_NAME_RE,
    UNIT_THEN_PHONE_IN_TEXT_RE,
    UNIT_THEN_SERVICE_RE,
    YEAR_SERIAL_END_RE,
    YEAR_THEN_SERIAL_RE,
)
from ..unwrap import Block, date_alone, join_spaced, leaves_bracket_open, make_block, unit_list
from ..web import FIELD_OF
from .body import body_items, cited_documents, heading_of, is_closing, section_tree
from .closing import (
    bare_date,
    cc_items,
    date_line,
    find_date,
    is_printed_line,
    letter_spaced,
    merge_contacts,
    parse_cc,
    parse_contact_line,
    place_or_bare_place,
    printer_alone_above,
    unit_after_place,
)
from .header import (
    HeaderLine,
    clean_title,
    doc_type_of,
    looks_like_title,
    parse_doc_number,
    parse_handling_type,
    parse_publicity,
    read_header_line,
)
from .proposal import office_before_name, proposer_of, read_proposal, summary_paragraph, without_notes

# How far down the document 主送 may stand (in blocks).
ADDRESSEE_WINDOW = 15
# The first words of a reply's first paragraph, which speaks to the addressee.
_REPLY_OPENING_RE = regex.compile(r"^\s*(?:您|你|贵|尊敬的|感谢)")
# A contact's name or phone (or phones) wrapped onto a line of its own.
_CONTACT_TAIL_RE = regex.compile(
    rf"^\s*(?:(?:{PHONE_RE.pattern})(?:\s*[，、,；;]\s*(?:{PHONE_RE.pattern}))*|[\p{{Han}}](?:\s?[\p{{Han}}]){{1,3}})\s*[）)]?\s*$")
# The Chinese characters a line ends with, and the start of a line that finishes a label broken at the
# line's end ('联系电' / '话：…').
_TRAILING_HAN_RE = regex.compile(r"\p{Han}{1,4}$")
_LABEL_PIECE_RE = regex.compile(r"^\s*\p{Han}{1,3}\s*[:：]")
# A phone cut off at the end of its line ('联系电话：0917-326108', '联系手机13', '电话：0892-8'): the
# label, then digits that are no whole phone yet.
# (a fax's too, so that its digits are not taken for a phone)
# (a whole phone, then a second one cut at the line's end: '0872-5121846、139885241')
_PHONE_THEN_CUT = rf"(?:{PHONE_RE.pattern})\s*[/／、，,]\s*\d{{1,10}}"
_PHONE_LABEL = r"(?:电\s*话|手\s*机|联系方式)"
_PHONE_CUT_RE = regex.compile(rf"(?:{_PHONE_LABEL}|传\s*真)\s*[:：]?\s*[（(]?[\d\-—－（）() ]*\d[\-—－]?\s*$"
                           # (or an extension cut so: '…：0571-87053369转82')
                           rf"|{_PHONE_LABEL}\s*[:：]?\s*(?:{_PHONE_THEN_CUT}|(?:{PHONE_RE.pattern})\s*转\s*\d{{1,10}})\s*$")
# The same alone on a line, its label set apart: '0872-5121846、139885241'.
_PHONES_CUT_RE = regex.compile(rf"\s*{_PHONE_THEN_CUT}\s*")
# An extension cut at the line's end: '…转82'.
_EXTENSION_END_RE = regex.compile(r"转\s*(?P<digits>\d{1,4})\s*$")
# The digits that end a phone cut at the line's end, then the rest of the contact row: '7；王某，电话：…'.
_DIGITS_THEN_MORE_RE = regex.compile(r"^\s*(?P<digits>\d{1,4})\s*[；;，,、]\s*(?P<rest>\S.*)$")
# An area code alone, set apart from the local number it belongs before: '…减灾司 83933562' / '010-'.
_AREA_CODE_ALONE_RE = regex.compile(r"^\s*(?P<area>0\d{2,3}\s*[-—－])\s*$")
# The start of an area code alone, the rest of it opening the line the phone wrapped onto ('…建设司　01' / '0-84209326'):
# pdftotext sets the start apart, after the page's folio.
_AREA_START_ALONE_RE = regex.compile(r"^\s*(?P<area>0\d{0,2})\s*$")
_AREA_REST = r"\s*(?P<rest>\d{1,3})\s*[-—－]\s*\d{7,8}"
_AREA_REST_OPENS_RE = regex.compile(rf"^{_AREA_REST}(?!\d)")
# The same, the whole of a line: '98-65388214' (after '联系电话：08'), and the start of the area code that ends a
# phone's label.
_AREA_REST_LINE_RE = regex.compile(rf"{_AREA_REST}\s*[）)]?\s*[。.]?\s*")
_AREA_START_END_RE = regex.compile(rf"{_PHONE_LABEL}\s*[:：]?\s*[（(]?\s*(?P<area>0\d{{0,2}})\s*$")
# A local number without its area code, ending a line: '…减灾司 83933562'.
_LOCAL_NUMBER_END_RE = regex.compile(r"(?<![\d\-—－)）])\d{7,8}(?=\s*[）)]?\s*$)")
# A number of a city whose area code has three digits (010, 02x), which dials eight digits, cut one short
# at a line's end: '电话：010-8423951'.
_SHORT_CITY_PHONE_END_RE = regex.compile(r"(?<!\d)0(?:10|2\d)\s*[-—－]\s*\d{7}\s*$")
# The characters a title starts with, set after the 文号 on its line: '某市某区农'.
_TITLE_START_PIECE_RE = regex.compile(r"\s*\p{Han}{2,}\s*")
# Phones alone on a line, one or two: '0477-8583326', '13905958237/0595-22581346'.
_PHONES_ALONE_RE = regex.compile(rf"(?:{PHONE_RE.pattern})(?:\s*[/／、，,]\s*(?:{PHONE_RE.pattern}))?")
# A phone alone on its row under its label: '电话：025-52168871', '手机：13851762294'.
_PHONE_ROW_RE = regex.compile(rf"^\s*(?:(?:联系|办公)?电\s*话|手\s*机)\s*[:：]\s*(?:{PHONE_RE.pattern})\s*$")
# The courtesy after a contact's name in a sentence: '…韩某同志联系'.
_COURTESY_END_RE = regex.compile(r"(?:同志|先生|女士)$")
# The kind of paper a running head names after the issuer: '…建议提案答复件', '…文件'.
_RUNNING_KIND_RE = regex.compile(r"(?:(?:人大)?(?:代表)?建议|(?:政协)?提案|建议提案)?(?:答复件|办理件|答复函件|文件)$")
# A place alone, the first line of a long 署名 wrapped after it: '鄂尔多斯市伊金霍洛旗', '某自治州某县'.
_PLACE_ONLY_RE = regex.compile(r"\p{Han}{2,16}?(?:省|市|县|区|旗|盟|州|自治区|自治州|自治县|自治旗|镇|乡)")
# A unit's name that opens with its place ('某市…局'), needing none from the line above.
_PLACE_END = r"(?:省|市|县|区|旗|盟|州)"
_PLACE_START_RE = regex.compile(rf"^\p{{Han}}{{1,8}}?{_PLACE_END}")
# A bracket opening: '（', '〔'.
_OPEN_RE = regex.compile(OPEN)
# The end of a unit's name: '…局', '…委员会', '…人民政府'.
_UNIT_END_RE = regex.compile(r"(?:局|厅|委员会|委|办公室|办|政府|院|中心|署)$")
# A branch's name, the rest of its parent's: '黔西南监管分局', '某某支行', '某分公司'.
_BRANCH = r"(?:分局|分行|支行|分公司|分院|分中心|分所|营业部)"
_BRANCH_END_RE = regex.compile(rf"{_BRANCH}$")
# A branch named by its place alone, no unit of its own before it: '东胜区分局', '某县支行' (not '某市公安局某区分局').
_PLACE_BRANCH_RE = regex.compile(rf"[^局厅委办院行司处署]{{1,10}}?{_PLACE_END}{_BRANCH}")
# A seal's 13-digit code, read into the page as a line of its own: '3708110055216'.
_SEAL_CODE_RE = regex.compile(r"\s*\d{13}\s*")
# The heading of a processing form filed before a letter: '某局发文稿纸', '收文处理单', '办文单'.
_COVER_FORM_RE = regex.compile(r"^\p{Han}{0,30}?(?:发文稿纸|发文单|签发单|发文处理单|收文处理单|公文处理单|文件处理单|办文单|文件处理笺|呈批件)$")
# Every unit of a kind, addressed together: '各村（社区）' (its bracket cut), '各乡镇', '各有关单位'.
_EVERY_UNIT_RE = regex.compile(r"各\p{Han}{1,6}")
# How many tail lines apart the two pieces of a cut phone may be set.
_PHONE_PIECES_APART = 6
# The end of a 印发 line that pdftotext set on a line of its own: '日印发', '印发'.
_PRINTED_END_RE = regex.compile(r"^\s*(?:[日号]\s*)?印\s*发\s*[。.]?\s*$")
# The bars between a table's cells as a web copy prints its rows: '1|新农镇友好村|420|2024年9月'.
_TABLE_BAR_RE = regex.compile(r"[|｜]")
# A note wholly in brackets: '（联系人：林某，电话：0591-…）'.
_BRACKETED_NOTE_RE = regex.compile(r"^\s*[（(][^（）()]*[）)]\s*$")
# The end of a phone's label that an extractor set apart from its start, with the phone: '话：021-…'
# (its '联系电' printed elsewhere, the foot's columns read out of order).
_PHONE_LABEL_TAIL_RE = regex.compile(rf"^\s*(?:系?电?话|机)\s*[:：]\s*(?P<phone>{PHONE_RE.pattern})\s*$")
# The longest line (spaces out) that can be a 成文日期 line: a signer of 40 characters, a label, the date
# and a seal note.
_DATE_LINE_MAX = 80
# Units that sign one letter together (联合行文), a line each: more is a list, not a 署名.
MAX_COSIGNERS = 6
# A contact label followed by one character only: a name cut after its first character.
_ONE_CHAR_NAME_RE = regex.compile(r"[:：]\s*\p{Han}\s*$")
# A 主送 whose name is one character, and a line of one character: the two halves of a letter-spaced name.
_ONE_CHAR_NAMED_RE = regex.compile(r"\p{Han}(?:代表|委员|同志)")
_ONE_HAN_RE = regex.compile(r"\p{Han}")
# The first part of a transliterated name alone on a line (three characters or more: a Chinese name broken
# in two leaves fewer), and a 主送 that is a bare name and its title.
_NAME_PART_RE = regex.compile(r"\p{Han}{3,6}")
_NAMED_RE = regex.compile(r"\p{Han}{2,6}(?:代表|委员)")
# A 署名 is short and has no sentence punctuation.
_SIGNER_RE = regex.compile(r"^[\p{Han}A-Za-z0-9（）()·\s]{2,40}$")


@dataclass
class Result:
    """Letter fields found so far, their evidence, and warnings."""

    fields: dict[str, Any] = field(default_factory=dict)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    warnings: list[Warning] = field(default_factory=list)

    def set(self, name: str, value: Any, block: Block | None) -> None:
        if value is None or value == []:
            return
        if name in self.fields:
            first = self.fields[name]
            if name in _CONFLICTS and _CONFLICTS[name](first) != _CONFLICTS[name](value):
                code = f"elements.{name}_conflict"
                if not any(w.code == code for w in self.warnings):
                    self.warn(code, f"{name} found twice with different values: {_CONFLICTS[name](first)!r} "
                              f"(kept) and {_CONFLICTS[name](value)!r}", block.page if block else None)
            return
        self.fields[name] = value
        if block is not None:
            self.evidence[name] = Evidence(page=block.page, bbox=block.bbox, text=block.raw,
                                           paragraph=block.lines[0].paragraph)

    def warn(self, code: str, message: str, page: int | None = None) -> None:
        self.warnings.append(Warning(code=code, message=message, page=page))


# Elements printed once: a second, different value is reported (the first is kept).
_CONFLICTS: dict[str, Any] = {
    "doc_number": lambda v: v.raw,
    "handling_type": lambda v: v.code,
    "publicity": lambda v: v.is_public,
    "date": lambda v: v,
}


def _person_like(value: str) -> bool:
    """Does the 主送 ``value`` name a person or a group, with a mark or a note after the title
    ('张某代表（领衔）', '谭某代表（某市场商户）') or 尊敬的 before it?"""
    return (bool(ADDRESSEE_PERSON_RE.match(without_notes(value)) or STANDING_AFTER_NAME_RE.match(value))
            or value.startswith("尊敬的"))  # (or their standing in brackets after the name: '吴某（市人大代表）')


def addressee_value(text: str, *, near_opening: bool) -> str | None:
    """The 主送 a line names, or ``None`` when it is something else.

    With a colon ('王静代表：', '尊敬的胡克兴等5名代表：', '国家发展改革委办公厅：') any short line that is no
    label, heading or sentence. Without one ('尊敬的马国强代表', '市民您好') only right above the paragraph
    that speaks to it (``near_opening``), and only in the form of a person, a group or a unit. A greeting
    glued on ('…委员您好') is no part of it.
    """
    t = GREETING_AFTER_COLON_RE.sub("", text.strip())
    if (not t or LABEL_RE.match(t) or AS_FOLLOWS_RE.search(t) or heading_of(t) or parse_doc_number(t)
            or SIGNATORY_RE.search(t)):  # '某办公室    签发人：' is the 版头, not a 主送
        return None
    m = ADDRESSEE_RE.match(t)
    value = GREETING_RE.sub("", m["value"] if m else t)
    compact = remove_spaces(value)
    limit = 120 if near_opening else 60
    if not 2 <= len(compact) <= limit or ADDRESSEE_STOP_RE.search(compact):
        return None
    person = _person_like(compact)
    # several units: '各县（市、区）人民政府，市政府各部门'
    if m and (person or not COMMA_RE.search(compact) or unit_list(compact)):
        return compact
    if near_opening and not looks_like_title(compact) and (
            person or GREETING_RE.search(t) or ADDRESSEE_UNIT_RE.match(compact)):
        return compact
    return None


def _addressee_joint(prev: str, value: str) -> str | None:
    """Is the line ``prev`` the first part of the 主送 ``value`` wrapped onto a second line? Only when
    it cannot stand alone: a salutation with nobody named yet, or a list of names that breaks off. Then
    what joins the two: nothing, or the dot of a transliterated name that an extractor lost; else ``None``."""
    if not prev or looks_like_title(prev) or ADDRESSEE_PART_STOP_RE.search(prev):
        return None
    if _name_broken_at_its_dot(prev, value):
        return "·"
    # (or a two-character name letter-spaced to three, broken at its space: '郭' / '刚代表：')
    if ((prev.startswith("尊敬的") and not value.startswith("尊敬的")) or prev.endswith(("、", "，", ",", "·"))
            or (_ONE_HAN_RE.fullmatch(prev) and _ONE_CHAR_NAMED_RE.fullmatch(value))):
        return ""
    return None


def _no_head_element(text: str) -> bool:
    """Does ``read_header_line`` find no 版头 element (文号, class, publicity, urgency…) in the line ``text``?"""
    return read_header_line(text).rest == text.strip()


def _name_broken_at_its_dot(prev: str, value: str) -> bool:
    """A transliterated name an extractor broke at its dot and lost it ('热孜万古丽' / '买买提代表：'): the line
    above is a name's first part alone — no title, unit or other head element — and the 主送 a bare name."""
    prev = prev.removeprefix("尊敬的")
    return bool(_NAME_PART_RE.fullmatch(prev) and _NAMED_RE.fullmatch(value) and not ADDRESSEE_UNIT_RE.match(prev)
                and not DOC_TYPE_RE.search(prev) and not PROPOSAL_WORD_END_RE.search(prev)  # a title's last line
                and _no_head_element(prev))


def _is_opening(block: Block) -> bool:
    """The reply's first paragraph, which speaks to the proposer ('您提出的…收悉')."""
    text = remove_spaces(block.text)
    return len(text) >= 12 and not LABEL_RE.match(text) and bool(REPLY_OPENING_RE.match(text))


def _addressee_index(blocks: list[Block]) -> tuple[int, int, str] | None:
    """Where 主送 stands (its first and last block) and what it says.

    Chosen by evidence: the line right above the paragraph that speaks to the proposer (blank form
    fields such as '办理情况：' in between are skipped); failing that, the first short line that ends
    in a colon; failing that, a short line with no punctuation just before a '您…' paragraph.
    """
    window = blocks[:ADDRESSEE_WINDOW]
    opening = _opening_index(blocks)
    for i, block in enumerate(window[:opening]):  # a '主送：' label says so outright
        if m := ADDRESSEE_LABELLED_RE.match(block.text):
            return i, i, remove_spaces(m["value"])
    if opening is not None:
        j = opening - 1
        # (a blank form field or a marks row between them: '（办理类型：B　公开方式：依申请公开）')
        while (j > 0 and opening - j < 3 and (BLANK_FIELD_RE.match(blocks[j].text) or _marks_row(blocks[j].text))
               and not addressee_value(blocks[j].text, near_opening=True)):
            j -= 1
        if j >= 0 and (value := addressee_value(blocks[j].text, near_opening=True)):
            return _wrapped_addressee(blocks, j, value)
        # its last characters alone, the rest on the line above: '尊敬的陈某代' / '表：'
        if j > 0 and _ADDRESSEE_END_RE.match(blocks[j].text) and not looks_like_title(prev := blocks[j - 1].text) \
                and (value := addressee_value(remove_spaces(prev) + blocks[j].text.strip(), near_opening=True)):
            return j - 1, j, value
        window = window[:opening]
    for i, block in enumerate(window):
        # (a greeting after the colon: '黄某代表：您好！')
        if ((value := addressee_value(block.text, near_opening=False))
                and ADDRESSEE_RE.match(GREETING_AFTER_COLON_RE.sub("", block.text))):
            return _wrapped_addressee(blocks, i, value)
        if _running_paragraph(block.text) and not FIELD_ROW_RE.match(block.text):
            break  # 主送 stands above the first paragraph: '…现就有关工作通知如下：' / '各学校要…完成以下工作：'
            # (not a web page's labelled row above it: '留言内容：我家住…')
    for i, block in enumerate(window[: len(window) - 1]):
        text = GREETING_RE.sub("", remove_spaces(block.text))
        if (2 <= len(text) <= 25 and not PUNCT_OR_DIGIT_RE.search(text) and not looks_like_title(text)
                and (after := _next_text(window, i)) and _REPLY_OPENING_RE.match(after.text)):
            return i, i, text
    return _uncoloned_addressee(blocks[:ADDRESSEE_WINDOW])


def _running_paragraph(text: str) -> bool:
    """Is ``text`` a paragraph (20 characters or more, a sentence's marks or '如下'), no list of units
    (one wrapped after its comma too)?"""
    compact = remove_spaces(text)
    return (len(compact) >= 20 and bool(RUNNING_TEXT_MARK_RE.search(compact) or AS_FOLLOWS_RE.search(compact))
            and not unit_list(compact.rstrip("，,、")))


def _next_text(blocks: list[Block], i: int) -> Block | None:
    """The first block after block ``i`` that is not a dotted or dashed rule."""
    return next((b for b in blocks[i + 1:] if not RULE_LINE_RE.match(b.text)), None)


def _uncoloned_addressee(window: list[Block]) -> tuple[int, int, str] | None:
    """A 主送 whose colon a web copy dropped: a unit, a person or a group named alone on the line
    between the title and the first paragraph ('市市场监督管理局' / '我局对…的会办意见如下：')."""
    titled = False
    for i, block in enumerate(window):
        text = GREETING_RE.sub("", remove_spaces(block.text))
        if _running_paragraph(text):
            return None  # the first paragraph: no 主送 above it
        # under the title, or the document's first line (a web copy that begins at 主送); a marks row or
        # the first section's heading may stand between them ('某委员' / '一、基本情况' / '您提出的…')
        if titled or i == 0:
            k = i + 1
            while k < len(window) and (RULE_LINE_RE.match(window[k].text) or heading_of(window[k].text)
                                       or _marks_row(window[k].text)):
                k += 1
            after = window[k] if k < len(window) else None
            if (after is not None and _running_paragraph(after.text)
                    and (_names_addressee(text) or _person_spoken_to(text, after.text))):
                return i, i, text
        # a list of units wrapped after its separator: '各中小学校、' / '幼儿园'
        if (titled and text.endswith(("、", "，", ",")) and i + 2 < len(window)
                and _running_paragraph(window[i + 2].text)
                and _names_addressee(joint := text + remove_spaces(window[i + 1].text))):
            return i, i + 1, joint
        titled = titled or looks_like_title(text)
    return None


def _person_spoken_to(text: str, below: str) -> bool:
    """Is the line ``text`` (spaces out) a person named bare, or after their office ('赵某梅', '市政协委员
    张某'), whom the paragraph ``below`` speaks to ('你于…反映的…', '您提出的…')?"""
    return (bool(_REPLY_OPENING_RE.match(below)) and not looks_like_title(text)
            and bool(BARE_NAME_RE.match(text) or office_before_name(text)))


def _names_addressee(text: str) -> bool:
    """Does the line ``text`` (spaces out) only name whom a letter goes to: a unit, a person or a group,
    several units? ('市市场监督管理局', '市政协经济界别', '…林业厅（局）', '区12345…中心')"""
    return (2 <= len(text) <= 60 and not SENTENCE_PUNCT_RE.search(text) and not looks_like_title(text)
            and not LABEL_RE.match(text) and not parse_doc_number(text)
            and bool(_unit_named(text) or _person_like(text) or ADDRESSEE_PERSON_RE.match(_without_bracket(text))
                     or unit_list(text)))


def _without_bracket(text: str) -> str:
    """``text`` without a bracket at its end and without digits: '…林业厅（局）' -> …林业厅, '区12345…中心' -> 区…中心."""
    return DIGITS_RE.sub("", TRAILING_BRACKET_RE.sub("", text))


def _unit_named(text: str) -> bool:
    """Does ``text`` name a unit, or every unit of a kind ('各村（社区）'), a bracket or digits inside it
    aside ('…林业厅（局）', '区12345…中心')?"""
    named = _without_bracket(text)
    return bool(ADDRESSEE_UNIT_RE.match(named) or _EVERY_UNIT_RE.fullmatch(named))


def _wrapped_addressee(blocks: list[Block], j: int, value: str) -> tuple[int, int, str]:
    """主送 at block ``j``, with the line above where it is the first part, visibly unfinished, of a
    主送 wrapped over two lines: '尊敬的阿力木·' / '艾尼代表：', '张三、李四、' / '王五代表：',
    '市财政局，…，市住房和城乡建设局，' / '市交通运输局：'."""
    if j > 0 and (joint := _addressee_joint(prev := remove_spaces(blocks[j - 1].text), value)) is not None:
        return j - 1, j, prev + joint + value
    return j, j, value


def _opening_index(blocks: list[Block]) -> int | None:
    return next((i for i, b in enumerate(blocks[:ADDRESSEE_WINDOW]) if _is_opening(b)), None)


def _completes_phone(parts: list[str], text: str) -> bool:
    """Is ``text`` the digits a phone number wrapped onto the next line ('0951-21' / '51977')?"""
    if not DIGITS_LINE_RE.fullmatch(text):
        # (or the rest of an area code the line's end cut, then the local number: '联系电话：08' / '98-65388214')
        return bool((rest := _AREA_REST_LINE_RE.fullmatch(text)) and (start := _AREA_START_END_RE.search(join_spaced(parts)))
                    and 3 <= len(start["area"]) + len(rest["rest"]) <= 4)
    # (a big city's number one digit short reads as a phone: '010-8423951' / '6')
    if _SHORT_CITY_PHONE_END_RE.search(join_spaced(parts)) and len(text.strip()) == 1:
        return True
    # (an extension's last digits: '…转82' / '07'; an extension has five digits at most)
    if (ext := _EXTENSION_END_RE.search(join_spaced(parts))) and text.strip().isdecimal():
        return len(ext["digits"]) + len(text.strip()) <= 5
    return len(PHONE_RE.findall(join_spaced([*parts, text]))) > len(PHONE_RE.findall(join_spaced(parts)))


def _name_and_phone_below(parts: list[str], text: str) -> bool:
    """Is ``text`` the person and phone a contact line waits for, set on the line below it
    ('联系人：教务处' / '方建明，电话：0571-…', '联系人：乡综合办' / '李某（手机139…）'), or the phone of the
    person it names, with the next person after it ('0917-…；某局')? The line so far ends in a part that
    gives no phone."""
    last = CONTACT_PART_END_RE.split(join_spaced(parts))[-1]
    return not PHONE_RE.search(last) and bool(NAME_THEN_PHONE_RE.match(text) or PHONE_THEN_MORE_RE.match(text))


def _publicity_line(text: str) -> Publicity | None:
    """The publicity a foot line gives: labelled, a note ('（此件公开发布）'), or a marker alone ('（不予公开）')."""
    return parse_publicity(text, bare=bool(PUBLICITY_ALONE_RE.match(text)))


# The longest publicity note a contact row may have set between its parts: '（此件依申请公开）'.
_PUBLICITY_NOTE_MAX = 14
# A name, then the next person's part of the row: '刘某；市人社局' (pdftotext breaks a row's cells so:
# '联系人：市教育局' / '刘某；市人社局' / '张某，电话：…').
_NAME_THEN_NEXT_RE = regex.compile(r"^\s*\p{Han}{2,4}\s*[；;]\s*\p{Han}")


def _name_then_next_below(parts: list[str], text: str) -> bool:
    """Is ``text`` the name the contact line so far waits for, then the next person's part ('联系人：市教育局' /
    '刘某；市人社局')? The line so far names a unit and no person and gives no phone."""
    return (not PHONE_RE.search(join_spaced(parts)) and bool(_NAME_THEN_NEXT_RE.match(text))
            and not any(c.name for c in parse_contact_line(join_spaced(parts))))


# A unit's name alone in a cell: Chinese characters only, four or more.
_UNIT_CELL_RE = regex.compile(r"\p{Han}{4,30}")


def _unit_cell_over_names(parts: list[str], text: str, below: list[str]) -> bool:
    """Is ``text`` the second row's unit of a foot of two rows whose cells an extractor read by column, the units
    above the names ('联系人：市教育局职教科' / '市人社局职业能力建设科' / '黎某欣' / '冯某成，电话：…')? The row so far names
    a unit and no person and gives no phone; ``text`` is a unit alone; a name alone stands below it, and under that
    the second person with their phone on their own line (where the names stand alone, their order is not the
    rows': extractors give them in either order, so nothing is joined)."""
    row = join_spaced(parts)
    unit = remove_spaces(text)
    return (not PHONE_RE.search(row) and bool(_UNIT_CELL_RE.fullmatch(unit)) and bool(UNIT_NAME_END_RE.search(unit))
            and len(below) == 2 and bool(BARE_NAME_RE.fullmatch(remove_spaces(below[0])))
            and bool(_PERSON_THEN_PHONE_RE.match(below[1]))
            and CONTACT_LABEL_RE.search(parts[0]) is not None and not any(c.name for c in parse_contact_line(row)))


# A person's name that opens a line, what the line says of them in brackets or after a mark, then a phone:
# '王某（用途管制处），联系电话：…', '李某，电话：…'.
_PERSON_THEN_PHONE_RE = regex.compile(rf"^\s*(?P<name>\p{{Han}}{{2,4}})\s*(?:[（(][^（）()]*[）)])?\s*[，,、；;\s].*?(?:{PHONE_RE.pattern})")


# A row that opens with a unit, then a name set apart by spaces: '综合规划司　郑某　　联系电话：…'.
_UNIT_THEN_NAME_RE = regex.compile(r"^\s*\p{Han}{1,12}?(?:司|处|科|室|股|局|中心|办公室|办)\s+(?P<name>\p{Han}{2,4})(?=\s)")


def _next_person_below(parts: list[str], text: str) -> bool:
    """Is ``text`` the next person of a contact row that names its person and gives no phone, set on the line
    below with their own phone ('联系人：朱某（规划局）' / '王某（用途管制处），联系电话：…', '联系人：运输服务司　唐某' /
    '综合规划司　郑某　　联系电话：…')? The phone is the second person's, not the first's."""
    row = join_spaced(parts)
    person = _PERSON_THEN_PHONE_RE.match(text)
    name = person["name"] if person else None
    if name is None and (unit := _UNIT_THEN_NAME_RE.match(text)) and PHONE_RE.search(text):
        name = unit["name"]  # (with the unit before the name, as the row above prints its own: '综合规划司　郑某　　联系电话：…')
    return bool(name and BARE_NAME_RE.match(name) and not PHONE_RE.search(row)
                and CONTACT_LABEL_RE.search(parts[0])
                and any(c.name and BARE_NAME_RE.match(c.name) and c.name != name
                        for c in parse_contact_line(row)))


def _phone_end_then_more(parts: list[str], text: str) -> bool:
    """Is ``text`` the last digits of the phone the line so far ends in, cut at the line's end, then the next
    person with their phone ('…宋某，电话：010-6564532' / '7；王某，电话：010-65645339')?"""
    lead = _DIGITS_THEN_MORE_RE.match(text)
    return bool(lead and _completes_phone(parts, lead["digits"]) and (
        _CONTACT_TAIL_RE.match(lead["rest"]) or NAME_THEN_PHONE_RE.match(lead["rest"])))


def _first_body_like(blocks: list[Block]) -> int:
    """Without 主送, the body starts at the first long block that is no header element."""
    for i, block in enumerate(blocks[:ADDRESSEE_WINDOW]):
        if block.standalone or RULE_LINE_RE.match(block.text):
            continue
        h = read_header_line(block.spaced)
        # a sentence, or a line announcing what follows ('我们对…的会办意见如下：')
        sentence = RUNNING_TEXT_MARK_RE.search(h.rest) or AS_FOLLOWS_RE.search(h.rest)
        # a title printed on one long line ('…局关于…第201号提案协办意见的函') is no paragraph; the first
        # section's heading is the body's ('一、基本情况')
        if h.rest and (sentence or (len(h.rest) >= 30 and not looks_like_title(h.rest)) or heading_of(h.rest)):
            return i
    # no body-like block: the head is the leading run of header elements and title-like lines
    head = 0
    for block in blocks[:ADDRESSEE_WINDOW]:
        h = read_header_line(block.spaced)
        if h.rest and not looks_like_title(h.rest):
            break
        head += 1
    return head


def _signer_core(text: str) -> str:
    """A signer line without its label and seal notes: '答复单位：某局（印章）' -> '某局', '某局（盖章）　　某委（盖章）'
    -> '某局　　某委'."""
    return SEAL_NOTES_RE.sub("", SIGNER_LABEL_RE.sub("", text)).strip()


def signer_text(text: str) -> str:
    """The 署名 a signer line names: its label and seal note cut ('答复单位：某局（印章）' -> 某局); units
    set apart on one line joined by 、 ('某市教育局　　某市财政局' -> 某市教育局、某市财政局)."""
    text = _signer_core(text)
    parts = text.split()
    if len(parts) > 1 and all(ADDRESSEE_UNIT_RE.match(p) and len(p) >= 4 for p in parts):
        return "、".join(parts)
    return _glued_units(remove_spaces(text))


def _glued_units(name: str) -> str:
    """Units of one place that sign on one line, where OCR lost the gap between them:
    '昌吉市住房和城乡建设局昌吉市城市管理局' -> '昌吉市住房和城乡建设局、昌吉市城市管理局'. Each must be a unit
    that opens with the place."""
    place = _PLACE_START_RE.match(name)
    if place is None:
        return name
    parts = [p for p in regex.split(f"(?={regex.escape(place[0])})", name) if p]
    if len(parts) > 1 and all(ADDRESSEE_UNIT_RE.fullmatch(p) and _UNIT_END_RE.search(p) for p in parts):
        return "、".join(parts)
    return name


def _is_signer(block: Block) -> bool:
    text = _signer_core(block.text)
    if "、" in text:  # units signing together, listed: '大连市教育局、大连市财政局'
        parts = text.split("、")
        return len(parts) <= 4 and all(_signer_text(p) and UNIT_NAME_END_RE.search(remove_spaces(p)) for p in parts)
    return _signer_text(text) and not NO_TEXT_NOTE_RE.match(block.text)


def _signer_text(text: str) -> bool:
    return (bool(_SIGNER_RE.match(text)) and not is_closing(text) and not heading_of(text)
            and not date_line(text) and not FOUR_DIGITS_RE.search(_HOTLINE_IN_NAME_RE.sub("", text))
            and len(remove_spaces(text)) >= 2
            and not PUBLICITY_NOTE_RE.match(text))


def _date_shaped(text: str) -> bool:
    """A 成文日期 line, readable or not ('2023年9月26日', '2024-05-16', '2024111'); never a table's row
    that ends in a date ('1|新农镇友好村|420|2024年9月')."""
    cells = [c for c in _TABLE_BAR_RE.split(text) if c.strip()]
    return len(cells) < 3 and bool(date_line(text) or bare_date(text) or DATE_BARE_RE.match(text))


def _without_meaning(text: str) -> str:
    """A foot line without spaces and without the meaning in brackets after a class: its length is the
    label's and the class's ('办理结果：A类（所提问题已经解决或基本解决）' -> '办理结果：A类')."""
    return CLASS_MEANING_RE.sub("", remove_spaces(text))


def _marks_line(text: str) -> bool:
    """Is the foot line ``text`` short enough to be a class or publicity row ('办复类别：B', '【B类】'), or a class
    given in words, however long ('答复类别：所提问题已经解决或基本解决')?"""
    return len(_without_meaning(text)) <= 16 or bool(HANDLING_WORDS_RE.match(text.strip()))


def _tail_field(text: str) -> bool:
    """Does the line ``text`` hold an element of the tail (a date, 附注, 版记)?"""
    return bool(_date_shaped(text) or CONTACT_LINE_RE.match(text) or CC_RE.match(text)
                or SEAL_NOTE_RE.match(text) or NO_TEXT_NOTE_RE.match(text)  # '（印章）', '（此页无正文）'
                or SCRIPT_NOTE_RE.match(text)  # '（印章：傣文、景颇文略）'
                or _SEAL_CODE_RE.fullmatch(text)  # the seal's code read as a line: '3708110055216'
                or (_marks_line(text) and (parse_handling_type(text, bare=False) or parse_publicity(text, bare=False)))
                or PUBLICITY_ALONE_RE.match(text)
                or is_printed_line(text) or PUBLICITY_NOTE_RE.match(text) or PUBLICITY_THEN_CONTACT_RE.match(text)
                or ATTACHMENT_RE.match(text)
                or (BLANK_FIELD_RE.match(text) and not is_closing(text)) or TAIL_FIELD_RE.match(text))


# A 抄送 row left open by the mark that parts its recipients: '抄送：市政协提案委员会，市政府办公厅，'.
_CC_LEFT_OPEN_RE = regex.compile(r"[，,、；;]\s*$")


def _cc_goes_on(row_end: str, text: str, more: list[str]) -> bool:
    """Does the line ``text`` (its recipients ``more``) go on with the 抄送 row that ends in ``row_end``? Where it
    lists units; or, where the row was left open by its mark, whatever it lists, people and bodies that read as no
    unit too ('…，市政府办公厅，' / '林某委员。', '…，市教育局，' / '…，西安科技大市场。'), but no other foot element."""
    if not more or is_printed_line(text):
        return False
    if _CC_LEFT_OPEN_RE.search(row_end):
        return not _tail_field(text)
    return all(ADDRESSEE_UNIT_RE.match(_without_bracket(p)) for p in more)


def _printed_from(rows: list[str]) -> int:
    """Where the 印发 line an extractor joined below a 抄送 row's lines starts (``len(rows)``: none)."""
    return next((k for k in range(1, len(rows)) if is_printed_line(rows[k])), len(rows))


# A unit named without a person in a sentence: '可拨打镇政府值班电话…', '…我局物业监管科电话…'.
_UNIT_ONLY_RE = regex.compile(r"(?:政府|局|委|办|室|科|股|处|中心|公司|站|所|队|院|街道|社区|镇|乡)$")
# A hotline's number inside the name of the office that runs it: '某区12345政务服务便民热线', '某市12345热线办公室'.
_HOTLINE_IN_NAME_RE = regex.compile(rf"(?<!\d){HOTLINE_NUMBER}(?!\d)(?=\p{{Han}}{{0,10}}(?:热线|平台|中心|办公室))")
# What a phone named right after who is for, when it is a service's line and no one's: '…供水服务电话', '…值班电话'.
_SERVICE = r"服务|值班|咨询|投诉|举报|监督|报修|客服"
_SERVICE_LINE_RE = regex.compile(rf"(?:{_SERVICE})+(?:电话|专线)")
# What one calls to do, after who is called: '…致电我局执法支队咨询，电话…'.
_ASKS_END_RE = regex.compile(r"(?:咨询|联系|反映|举报|投诉)$")
# What a phone is for, taken for who it names: '可拨打咨询电话…' (who '咨询').
_SERVICE_WORDS_RE = regex.compile(rf"(?:{_SERVICE}|办公|联系)+")
# The same ending who is named: '热力公司客服'.
_SERVICE_END_RE = regex.compile(rf"(?:{_SERVICE})$")
# The office naming itself in a sentence: '我局', '本厅', '我中心'.
_SELF_UNIT_RE = regex.compile(r"(?:我|本)(?:局|厅|委|办|院|部|处|科|室|站|所|队|司|中心|单位|公司|镇|乡|街道)")
# The same before the person it names: '我局王某' -> 王某.
_SELF_UNIT_BEFORE_RE = regex.compile(rf"^{_SELF_UNIT_RE.pattern}(?=\p{{Han}}{{2}})")


def _said_contact(m: regex.Match[str]) -> str:
    """The contact a sentence gives (``CONTACT_SENTENCE_RE``) as the contact line it says: '…请与我厅某处
    韩某同志联系，电话：…' -> '联系人：韩某，电话：…' (the office, its section and the courtesy cut); a hotline
    names no one: '…可拨打区供热服务热线0357-…反映' -> '电话：0357-…'."""
    who = _ASKS_END_RE.sub("", m["who"] or "")  # (not what one calls to do: '致电我局执法支队咨询，电话…')
    if (m["hotline"] or _SELF_UNIT_RE.fullmatch(who) or _UNIT_ONLY_RE.search(who)
            or who.endswith(("热线", "专线"))  # ('可拨打政务服务热线（0931-…）咨询')
            # (or a service's line: '可拨打区农村供水服务电话0851-…报修和咨询')
            or (who and _SERVICE_LINE_RE.match(m.string, m.end("who")))
            or _SERVICE_WORDS_RE.fullmatch(who)  # ('可拨打咨询电话0351-…')
            or _SERVICE_END_RE.search(who)  # (a unit's service: '可拨打热力公司客服电话0412-…咨询')
            or UNIT_THEN_SERVICE_RE.fullmatch(who)):
        return f"电话：{m['phone']}"  # (nor does the office naming itself: '请拨打我局值班电话…', or a unit: '镇政府')
    # (the office naming itself before the person is no part of the name: '我局王某' -> 王某)
    who = _COURTESY_END_RE.sub("", _SELF_UNIT_BEFORE_RE.sub("", who))
    # (nor is the section before the person: '我局市政科林某同志' -> 林某)
    if len(who) > 4 and (named := UNIT_THEN_NAME_RE.search(who)):
        who = named["name"]
    return f"联系人：{who}，电话：{m['phone']}"


def _tail_start(blocks: list[Block], start: int) -> int:
    """Where the tail (落款, 附注, 版记) begins, at or after ``start`` (``len(blocks)``: nowhere).

    A block begins it when it holds a tail element, or when it is a signer line (or the first of
    several: units signing together) followed by one — a date or, where no date is printed, the
    附注 or 版记 — or standing last. A run of signer-like lines is walked once, whatever its length.
    """
    known: dict[int, bool] = {}

    def begins(i: int) -> bool:
        run: list[int] = []
        j = i
        while True:
            if j in known:
                result = known[j]
                break
            if _tail_field(blocks[j].text):
                result = True
                break
            if not _is_signer(blocks[j]):
                result = False
                break
            run.append(j)
            if j + 1 == len(blocks):  # the last line: a signer if it stands alone, follows the closing, or names a unit
                result = (blocks[j].standalone or (j > 0 and is_closing(blocks[j - 1].text))
                          or bool(ADDRESSEE_UNIT_RE.match(remove_spaces(_signer_core(blocks[j].text)))))
                break
            nxt = blocks[j + 1].text
            if BLANK_FIELD_RE.match(nxt) or SIGNATORY_RE.match(nxt):
                result = True
                break
            j += 1  # the next line decides: another signer, or a tail element
        known.update(dict.fromkeys([*run, j], result))
        return result

    return next((i for i in range(start, len(blocks)) if begins(i)), len(blocks))


def _name_finished(block: Block, names: list[str]) -> list[str] | None:
    """The 签发人 once a character set apart below finishes a one-character name: pdftotext sets the
    sides of a letter-spaced name's gap on lines of their own ('签发人：刘　芳' -> '签发人：刘' / '芳')."""
    char = remove_spaces(block.text)
    if names and len(names[-1]) == 1 and regex.fullmatch(r"\p{Han}", char):
        return [*names[:-1], names[-1] + char]
    return None


# A head row of a role other than 签发人 whose name ends after one character: '核稿人：周' (of '周　燕').
_ROLE_NAME_CUT_RE = regex.compile(r"(?:核\s*稿|审\s*核|拟\s*稿|校\s*对|经\s*办|会\s*签)\s*人\s*[:：]\s*\p{Han}\s*$")


# A 签发人 label alone, without its colon: a form's cell an extractor set on a line of its own.
_SIGNATORY_LABEL_ALONE_RE = regex.compile(rf"\s*{SIGNATORY_LABEL}\s*")


def _read_head(blocks: list[Block], res: Result, *, bounded: bool, ocr: bool = False) -> None:
    """The 版头 elements and the title from the blocks above 主送.

    ``bounded``: the head ends at a found 主送, so any text line there may be the title; without one
    the head is a guess, and only a line that reads like a title (关于…, …的答复, …的函) is taken. ``ocr``: the
    sizes are OCR's estimates from line heights, too loose to set a title's lines apart by.
    """
    title_run: list[tuple[Block, str]] = []  # a title line and what is left of it once 版头 elements are cut
    runs: list[list[tuple[Block, str]]] = []
    meta_title: tuple[str, Block] | None = None
    signatories_above = False  # the line above is a 签发人 row
    role_name_cut = False  # the line above is another role's row whose name pdftotext cut after one character
    register: tuple[DocNumber, Block] | None = None  # a 文号-shaped line whose 代字 names a kind of suggestion
    for at, block in enumerate(blocks):
        if RULE_LINE_RE.match(block.text) or HANDLED_AS_ALONE_RE.fullmatch(block.text):
            continue  # a dotted or dashed rule between the head's parts, or how the office handles it: '［协办］'
        if role_name_cut and regex.fullmatch(r"\p{Han}", remove_spaces(block.text)):
            role_name_cut = False  # '核稿人：周' / '燕': the name's second character, no title
            continue
        role_name_cut = bool(_ROLE_NAME_CUT_RE.search(block.text))
        if (_proposal_line(block.text) or _serial_line(block.text) or _meeting_line(block.text)
                or _LABELLED_BRACKET_LINE_RE.fullmatch(block.text)) and (
                DOC_TYPE_RE.search(remove_spaces(_run_text(title_run))) if title_run else (
                at + 1 < len(blocks) and TITLE_OPENS_RE.search(blocks[at + 1].text))):
            # the proposal named under a complete title ('…的答复' / '（区政协…第045号提案）', or its meeting alone:
            # '（自治区十四届人大三次会议）') or on a line above a title of its own ('…第038号建议' / '某局关于…的答复';
            # not a title's first line: '…第7345号建议' / '答复摘要')
            if title_run:
                runs.append(title_run)
            title_run = []
            continue
        if (signatories_above and NAME_RE.fullmatch(block.text.strip()) and len(remove_spaces(block.text)) <= 4
                and not ADDRESSEE_UNIT_RE.match(block.text.strip()) and not NOT_NAME_RE.match(block.text.strip())
                and not DOC_TYPE_RE.search(remove_spaces(block.text))
                and not TITLE_OPENS_RE.fullmatch(remove_spaces(block.text))
                and not PUBLICITY_ALONE_RE.match(block.text)):  # (nor the next cell's publicity: '主动公开')
            # a second 签发人 an extractor set apart on the line below ('签发人：王某' / '李某', or letter-spaced:
            # '李　某'; not a 文种 set so: '复　函', nor a title's opening word alone: '关于')
            res.fields["signatories"] = [*res.fields.get("signatories", []), remove_spaces(block.text)]
            continue
        if signatories_above and (names := _name_finished(block, res.fields.get("signatories", []))):
            res.fields["signatories"] = names
            continue
        if _SIGNATORY_LABEL_ALONE_RE.fullmatch(block.text):
            # a form's 签发人 cell set on a line of its own, the name in the next ('签发人' / '陈某')
            signatories_above = True
            continue
        # (a title's lines that end in its 文号's bracket are read joined: '…的答复（塔市建' / '函〔2024〕18号）')
        joined = len(block.lines) > 1 and TITLE_DOC_NUMBER_RE.search(remove_spaces(block.text))
        h = read_header_line(block.text if joined else block.spaced)
        signatories_above = bool(h.signatories)
        if h.copy_number and (title_run or runs):
            h = HeaderLine(rest=block.text)  # six digits under a title line are the title's, not a 份号
        wrapped = bool(title_run) and (_mark_wrapped(_run_text(title_run), block.text)
                                       or _number_wrapped(_run_text(title_run), h))
        if wrapped:
            h = HeaderLine(rest=block.spaced)  # '…的答复（B类　主动' / '公开）': the title's bracket, read below
        res.set("handling_type", h.handling_type, block)
        res.set("publicity", h.publicity, block)
        # (not a suggestion's register line shaped like one beside the letter's own: '人大建议〔2025〕71号' over
        # '鹤农函〔2025〕38号'; alone it is the 文号: '教基提案〔2020〕172号')
        if h.doc_number is not None and SUGGESTION_REGISTER_RE.match(h.doc_number.raw):
            register = register or (h.doc_number, block)
        else:
            res.set("doc_number", h.doc_number, block)
        res.set("signatories", h.signatories, block)
        res.set("classification", h.classification, block)
        res.set("urgency", h.urgency, block)
        res.set("copy_number", h.copy_number, block)
        res.set("issuer_mark", h.issuer_mark, block)
        if h.meta_title and meta_title is None:
            meta_title = (h.meta_title, block)
        # 版头 elements share the line (a 签发人 label left blank too: '某办公室    签发人：')
        # (or a labelled class's meaning after it: '答复类型：A—已解决或采纳'; not the class a title's last line
        # ends in: '复（A类　主动公开）')
        beside = (h.doc_number is not None or bool(h.signatories) or bool(SIGNATORY_RE.search(block.text))
                  or (h.handling_type is not None and any(c in h.handling_type.raw for c in ":：")))
        # (a 文种 wrapped onto its own line is no label though it starts like one: '协办意见', nor is a title's
        # last line: '…第48号提案' / '办理情况的答复')
        # (nor is a label whose value is below it: '答复内容：' — a title never ends in a colon, but inside a bracket
        # it leaves open: '关于12345…工单（编号：' / '2024052100376）反映问题的答复')
        if wrapped or (h.rest and (not LABEL_RE.match(h.rest) or DOC_TYPE_RE.fullmatch(remove_spaces(h.rest))
                                   or (title_run and TITLE_LAST_LINE_RE.match(remove_spaces(h.rest))))
                       and _bracketed_date(h.rest) is None and not SCRIPT_NOTE_RE.match(h.rest)
                       and not FIELD_ROW_RE.match(h.rest) and not METADATA_ROW_AFTER_GAP_RE.search(h.rest)
                       and not (ENDS_IN_COLON_RE.search(h.rest) and not leaves_bracket_open(h.rest))
                       and (not beside or looks_like_title(h.rest) or _title_start_beside(h, block)
                            or _ends_type(title_run, h.rest))):
            prior = remove_spaces(_run_text(title_run))
            # a run that is complete, or the 发文机关标志 above a title that opens with the same name
            # ('广东省环境保护厅' / '广东省环境保护厅关于…'): the line starts a new run
            # (or a line printed in another size: the 发文机关标志 or a web row above a title set larger)
            if title_run and not wrapped and (_title_complete(prior, h.rest)
                                              or remove_spaces(h.rest).startswith(prior)
                                              or (not ocr and _other_size(title_run[-1][0], block))):
                runs.append(title_run)
                title_run = []
            title_run.append((block, h.rest))  # a title line, maybe sharing its line with the 文号
        else:
            if title_run:
                runs.append(title_run)
            title_run = []
    if title_run:
        runs.append(title_run)
    if register is not None and "doc_number" not in res.fields:
        res.set("doc_number", *register)
    candidates = [run for run in runs if looks_like_title(_run_text(run))]
    if not candidates and bounded:
        # any line above 主送 may be a title the site garbled, but not the 发文机关 alone
        # ('某经开区党政办公室') or a record's meeting field ('县人大十八届二次会议16')
        candidates = [run for run in runs if not _names_only(clean_title(_run_text(run)))]
    if len(candidates) > 1:  # '某局' / '函' above a title: the title
        candidates = [run for run in candidates if not ISSUER_AND_TYPE_RE.match(remove_spaces(_run_text(run)))]
    # a site's or a form's heading above the title, naming no matter ('某市12345政务服务便民热线工单答复',
    # '某市政协提案办理答复'): the title that says what it is about
    about = [run for run in candidates if TITLE_OPENS_RE.search(remove_spaces(_run_text(run)))]
    if len(candidates) > 1 and about:
        candidates = about
    if candidates:
        readings = [clean_title(_run_text(run)) for run in candidates]
        # a web page's heading repeats the title above the document, sometimes without the office that
        # the printed title opens with, sometimes with the office the printed title leaves out: the letter's own
        # title, below it, wins
        k = next((k for k in range(1, len(readings))
                  if readings[0] and readings[k] and (readings[0] in readings[k] or readings[k] in readings[0])), 0)
        run, title = candidates[k], readings[k]
        # a class or publicity in brackets after the title, wrapped with it ('…的答复（B类：正在解决' / '或列入计划）')
        if len(run) > 1 and (mark := TRAILING_MARK_RE.search(title)):
            h = read_header_line(mark[0])
            res.set("handling_type", h.handling_type, run[-1][0])
            res.set("publicity", h.publicity, run[-1][0])
            title = title[: mark.start()] if h.handling_type or h.publicity else title
        # (or a bare class set apart after its 文种 on the last line: '…建议的答' / '复　A')
        elif len(run) > 1 and (after := CLASS_AFTER_TITLE_RE.search(_run_text(run))):
            res.set("handling_type", parse_handling_type(after[0].strip(), bare=True), run[-1][0])
            title = clean_title(_run_text(run)[: after.start()])
        if title:
            lines = [b for b, _ in run]
            res.set("title", title, lines[0])
            # a 文号 in brackets after the title, wrapped with it ('…的答复（临政函〔2' / '024〕第5号）')
            after = TITLE_DOC_NUMBER_RE.search(remove_spaces(_run_text(run)))
            if "doc_number" not in res.fields and after and (dn := parse_doc_number(after[0])):
                res.set("doc_number", dn[0], lines[-1])
            if len(lines) > 1:
                res.evidence["title"] = Evidence(page=lines[0].page, bbox=_union([b.bbox for b in lines]),
                                                 text="\n".join(b.raw for b in lines),
                                                 paragraph=lines[0].lines[0].paragraph)
    if "title" not in res.fields and meta_title:
        res.set("title", clean_title(meta_title[0]), meta_title[1])


# A line in brackets: '（2024年6月14日）'.
_BRACKETED_RE = regex.compile(r"\s*[（(](?P<inner>[^（）()]+)[）)]\s*")


def _bracketed_date(text: str) -> str | None:
    """The date of ``text`` if it is a date alone in brackets, as a web copy prints the 成文日期 under the
    title ('（2024年6月14日）'): no part of the title."""
    m = _BRACKETED_RE.fullmatch(text)
    dated = date_line(m["inner"]) if m else None
    return dated[1].iso if dated and not dated[0] else None


def _title_start_beside(h: HeaderLine, block: Block) -> bool:
    """Does the 文号's line end in the start of a title that wraps onto the next line ('黄农函〔2024〕45号　某市
    某区农' / '业农村局关于…')? A web copy ran the 文号 and the title onto one line, and a PDF printed from it
    wrapped: the part after the 文号 is the title's first characters, a run of characters alone."""
    # (not the 发文机关标志 before the 文号: '潜山市林业局　　　　潜林函〔2024〕6号')
    return (h.doc_number is not None and not h.signatories and len(block.lines) == 1
            and bool(_TITLE_START_PIECE_RE.fullmatch(h.rest)) and block.text.rstrip().endswith(h.rest.strip()))


def _marks_row(text: str) -> bool:
    """Is ``text`` a row of the class and publicity marks alone, labelled ('（办理类型：B　公开方式：依申请公开）',
    '办理类型：A')?"""
    h = read_header_line(text)
    return (len(remove_spaces(text)) <= 40 and (h.handling_type is not None or h.publicity is not None)
            and not remove_spaces(h.rest).strip("（）()【】[]"))


def _mark_wrapped(above: str, line: str) -> bool:
    """Does ``line`` close a class or publicity bracket that the title line ``above`` opened, or the
    bracket of the letter's 文号 after the title ('…的答复（塔市建' / '函〔2024〕18号）'), or of a note on how the
    office handled it ('…的答复（' / '主办件）')?"""
    above, line = remove_spaces(above), remove_spaces(line)
    if (number := TITLE_DOC_NUMBER_RE.search(above + line)) and _OPEN_RE.match(number[0]) and number.start() < len(above):
        return True
    return any((mark := pattern.search(above + line)) is not None and mark.start() < len(above)
               for pattern in (TRAILING_MARK_RE, MERGE_NOTE_RE))




# The proposal's number alone in brackets, maybe with its year: '（第64号）', '（第2026-14号）', '（2024年第233号）'
# (or a 届-次-序 composite, its 第 often left out: '（16-3-45号）' -> 45; or the year's number so, '（2024-45号）'; or
# between sessions: '（闭会期间第12号）', '（闭会期间第2025-14号）'; or in words: '（第三号议案）').
_SERIAL_LINE_RE = regex.compile(r"[（(](?:(?:19|20)\d{2}年|闭会(?:期间)?)?(?:第(?P<number>\d{1,6})(?P<year>[-－]\d{1,6})?"
                             rf"|第(?P<number>{NUMBER_WORDS})"
                             rf"|第?(?P<number>{TERM_SITTING}\d{{1,6}})|(?P<number>(?:19|20)\d{{2}})(?P<year>[-－]\d{{1,6}}))"
                             r"号(?:建议|提案|议案)?[）)]")


# A record's number in brackets on a line of its own: '（工单编号：JN2023120700418）' under a 12345 reply's title.
_LABELLED_BRACKET_LINE_RE = regex.compile(r"\s*[（(]\s*\p{Han}{0,6}(?:编号|单号|编码)\s*[:：][^（）()]{1,40}[）)]\s*")


def _proposal_line(text: str) -> dict[str, str | None] | None:
    """The proposal named on a bracketed line of its own ('（区政协十届二次会议第045号提案）'): its meeting, number
    and kind; in brackets, the kind may be left out ('（省十三届人大四次会议第1187号）')."""
    m = PROPOSAL_LINE_RE.match(remove_spaces(text))
    if not m:
        return None
    named = PROPOSAL_IN_TITLE_RE.fullmatch(m["inner"]) or (
        MEETING_AND_NUMBER_RE.fullmatch(m["inner"]) if m["open"] else None)
    return named.groupdict() if named else None


def _meeting_line(text: str) -> bool:
    """The proposal's meeting alone in brackets on a line of its own, under its title: '（自治区十四届人大三次会议）'."""
    m = CONGRESS_ALONE_RE.match(remove_spaces(text))
    return bool(m and m["open"])


def _serial_line(text: str) -> regex.Match[str] | None:
    """The proposal's number alone in brackets on a line of its own, under its title: '（第64号）', '（第2026-14号）'."""
    return _SERIAL_LINE_RE.fullmatch(remove_spaces(text))


def _other_size(above: Block, block: Block) -> bool:
    """Is ``block`` printed in a size a fifth or more apart from the line ``above`` it (a 16-point line over
    a 22-point title)? Lines of one title share their size in a text layer; text without sizes never differs."""
    a, b = above.lines[-1].size, block.lines[0].size
    return a is not None and b is not None and max(a, b) > 1.2 * min(a, b)


def _number_wrapped(above: str, h: HeaderLine) -> bool:
    """Is the line read as ``h`` a number alone ('第2871号') that a title wrapped before its kind
    ('关于政协…第四次会议' / '第2871号' / '（财税金融类326号）提案答复的函'): the suggestion's number, not a
    文号? The title above opens with 关于 and has not reached its 文种."""
    above = remove_spaces(above)
    return (h.doc_number is not None and h.doc_number.issuer_code is None and h.doc_number.raw.startswith("第")
            and not remove_spaces(h.rest) and "关于" in above and not DOC_TYPE_RE.search(above))


def _ends_type(run: list[tuple[Block, str]], rest: str) -> bool:
    """Does ``rest``, left beside a 文号 on its line, end the 文种 the title run above broke off ('…建议的答' /
    '复（新交函〔2023〕143号）')?"""
    above = remove_spaces(_run_text(run)) if run else ""
    return bool(above) and not DOC_TYPE_RE.search(above) and bool(DOC_TYPE_RE.search(above + remove_spaces(rest)))


def _run_text(run: list[tuple[Block, str]]) -> str:
    """A run of title lines' text, once the 版头 elements sharing their lines are cut."""
    return "".join(rest for _, rest in run)


def _names_only(text: str) -> bool:
    """A head line that only names a unit or a meeting: never a title by itself."""
    return bool(ADDRESSEE_UNIT_RE.match(text) or CONGRESS_ALONE_RE.match(TRAILING_DIGITS_RE.sub("", text)))


def _title_complete(title: str, next_line: str) -> bool:
    """A title that ends in its 文种 ('…的答复', '…的复函') is complete: the next line is another
    element, unless it carries on the phrase ('…的意见' / '的通知') or ends the title again ('…审议意见' /
    '研究处理情况的报告'), or opens the suggestion's title in a 《 it leaves open ('…代表建议、批评和意见' /
    '《关于…夜间门诊' / '的建议》（第78号）的答复')."""
    nxt = remove_spaces(next_line)
    return (bool(DOC_TYPE_RE.search(remove_spaces(title))) and len(nxt) > 2
            and not TITLE_GOES_ON_RE.match(nxt) and not TITLE_LAST_LINE_RE.match(nxt)
            and not (nxt.startswith("《") and "》" not in nxt))


def _union(boxes: list[tuple[float, float, float, float] | None]) -> tuple[float, float, float, float] | None:
    real = [b for b in boxes if b]
    if not real:
        return None
    return (min(b[0] for b in real), min(b[1] for b in real), max(b[2] for b in real), max(b[3] for b in real))


def _unit_signer(block: Block) -> bool:
    return _is_signer(block) and bool(ADDRESSEE_UNIT_RE.match(signer_text(block.spaced)))


def _cosigners_top(blocks: list[Block], i: int, taken: set[int]) -> int:
    """The first of the units that sign together (联合行文) with the unit at block ``i``, one a line
    above it: '某市交通运输局' / '某市公安局'; each may have its seal's note under it: '某省民政厅' /
    '（公章）' / '某省卫生健康委员会'."""
    top = k = i
    signers = 1
    while k > 0 and signers < MAX_COSIGNERS:
        k -= 1 if k < 2 or not SEAL_NOTE_RE.fullmatch(blocks[k - 1].text) else 2
        if id(blocks[k]) in taken or not _unit_signer(blocks[k]):
            break
        top, signers = k, signers + 1
    return top


def _signers_from(blocks: list[Block], i: int) -> list[Block]:
    """The 署名 block ``i`` and, where it is a unit, the units stacked under it (a date printed above the
    署名, or taken away by an extractor: '2023年7月20日' / '某市文化和旅游局' / '某市公安局'); not a printer
    above its 印发 line."""
    last = i
    while (_unit_signer(blocks[i]) and last + 1 < len(blocks) and last + 1 - i < MAX_COSIGNERS
           and _unit_signer(blocks[last + 1]) and not (last + 2 < len(blocks) and printer_alone_above(blocks[last + 2].text))):
        last += 1
    return blocks[i: last + 1]


def _leader_under_signer(blocks: list[Block], k: int) -> bool:
    """Is block ``k`` the name of the unit's head alone under its 署名 ('某镇人民政府' / '张某'), maybe after the
    head's title ('局长　蔡某')?"""
    name = _HEAD_TITLE_RE.sub("", remove_spaces(blocks[k].text)) if k > 0 else ""
    return bool(k > 0 and BARE_NAME_RE.match(name) and _unit_signer(blocks[k - 1]))


# The title of a unit's head before their name under the 署名: '局长', '主任：'.
_HEAD_TITLE_RE = regex.compile(r"^(?:(?:局|厅|院|处|所|镇|乡|区|县|市|(?:支|大)?队)长|主任|(?:党委|党组)?书记)[:：]?(?=\p{Han}{2})")


def _cosigned(names: list[str]) -> str:
    """The 署名 of units signing together, each once: a web copy that took the seal's text for a line
    prints the unit twice ('某省文化和旅游厅' / '某省文化和旅游厅' / '2024年…'). A branch under its parent
    without a place of its own, or named by its place alone, is the rest of one long name wrapped:
    '国家金融监督管理总局' / '某某监管分局'; '鄂尔多斯市生态环境局' / '东胜区分局'."""
    units: list[str] = []
    for name in dict.fromkeys(n for n in names if n):  # (a seal's note between them names none)
        if units and _BRANCH_END_RE.search(name) and (not _PLACE_START_RE.match(name) or _PLACE_BRANCH_RE.fullmatch(name)):
            units[-1] += name
        else:
            units.append(name)
    return "、".join(units)


def _between_signer_and_date(text: str) -> bool:
    """May the line ``text`` stand between the 署名 and the date without hiding the 署名 from it? A seal note
    ('（印章）'), the seal's code ('3708110055216'), a publicity note ('（此件主动公开）'), a foot row that gives
    no phone (the head of the unit: '局长：陈某')."""
    return bool(SEAL_NOTE_RE.fullmatch(text) or SCRIPT_NOTE_RE.fullmatch(text) or _SEAL_CODE_RE.fullmatch(text)
                or PUBLICITY_NOTE_RE.match(text)
                or (TAIL_FIELD_RE.match(text) and not PHONE_RE.search(text) and not HANDLER_UNIT_LABEL_RE.match(text)))


def _spaced_prefix(text: str, length: int) -> str:
    """The start of ``text`` that holds its first ``length`` characters other than spaces."""
    seen = 0
    for k, ch in enumerate(text):
        if seen == length:
            return text[:k].strip()
        seen += not ch.isspace()
    return text.strip()


def _read_printed(text: str, block: Block, res: Result) -> None:
    """The 版记's '某某局办公室  2024年7月12日印发': who printed the letter, and when."""
    found = find_date(remove_spaces(text))
    printer = remove_spaces(text)[: found.start] if found else remove_spaces(text)  # (or the 印发机关 alone)
    res.set("printed_date", found.iso if found else None, block)
    res.set("printed_by", printer or None, block)


def _area_code_before(block: Block, area: str) -> Block | None:
    """``block`` with ``area`` put before the local number its last line ends in, or None."""
    last = block.lines[-1]
    if not (at := _LOCAL_NUMBER_END_RE.search(last.text)):
        return None
    lines = [*block.lines[:-1], replace(last, text=last.text[: at.start()] + area + last.text[at.start():])]
    return make_block(lines, block.standalone)


def _area_start_before(block: Block, start: str) -> Block | None:
    """``block`` with the ``start`` of an area code put before its rest, which opens a line the row wrapped onto
    ('…建设司' / '0-84209326' -> '010-84209326'), or None. Not a block's first line: a cell of its own
    ('经办人：高某' / '6-2235802') may be another row's, read column by column."""
    for j, line in enumerate(block.lines[1:], 1):
        if (rest := _AREA_REST_OPENS_RE.match(line.text)) and 3 <= len(start) + len(rest["rest"]) <= 4:
            lines = [*block.lines[:j], replace(line, text=start + line.text.lstrip()), *block.lines[j + 1:]]
            return make_block(lines, block.standalone)
    return None


def _rejoin_phones(blocks: list[Block]) -> list[Block]:
    """The tail with each phone cut at a line's end whole again: its digits, on a line of their own,
    go back behind the label, whether an extractor set them below the label or above it (pdftotext
    reads a wrapped 附注's last line out of order: '9' / … / '联系电话：0917-326108')."""
    out: list[Block | None] = list(blocks)
    for i in range(len(out)):
        block = out[i]
        if block is None:
            continue
        # the other pieces near it, nearest first
        near = sorted(range(max(0, i - _PHONE_PIECES_APART), min(len(out), i + _PHONE_PIECES_APART + 1)),
                      key=lambda k: abs(k - i))[1:]
        if area := _AREA_CODE_ALONE_RE.match(block.text):
            # an area code alone goes before the local number that ends a line near it
            for k in near:
                if (b := out[k]) is not None and (whole := _area_code_before(b, area["area"])):
                    out[k], out[i] = whole, None
                    break
        elif start := _AREA_START_ALONE_RE.match(block.text):
            # the start of an area code alone goes before its rest, which opens a line a row near it wrapped onto
            for k in near:
                if (b := out[k]) is not None and (whole := _area_start_before(b, start["area"])):
                    out[k], out[i] = whole, None
                    break
        elif _PHONE_CUT_RE.search(block.text) or _PHONES_CUT_RE.fullmatch(block.text):
            for k in near:
                if (b := out[k]) is not None and _completes_phone([block.spaced], b.text):
                    out[i], out[k] = make_block([*block.lines, *b.lines], block.standalone), None
                    break
    return [b for b in out if b is not None]


def _pair_columns(blocks: list[Block]) -> list[Block]:
    """A foot of two columns, names and phones, that an extractor read one column after the other
    ('科室负责人：孔某' / '经办人：许某' / '电话：025-…' / '手机：138…'; '联系人：蒋某' / '邓某' / '028-…' /
    '028-…'): each name gets the phone on its row again, the first phone the first name's. Only where as
    many phone rows follow as names stand above them, and none of the names has a phone of its own. The
    date or a folio may stand between the columns, read from the middle of the foot ('经办人：黄某' /
    '二〇二四年六月二十五日' / '联系电话：…'): it goes above the rows."""
    def named(block: Block, first: bool) -> bool:
        if len(block.lines) != 1 or PHONE_RE.search(block.text):
            return False
        if CONTACT_LINE_RE.match(block.text):
            return any(c.name for c in parse_contact_line(block.text))
        return not first and bool(BARE_NAME_RE.match(remove_spaces(block.text)))  # under a labelled one

    out = list(blocks)
    i = 0
    while i < len(out):
        k = 0
        while i + k < len(out) and named(out[i + k], k == 0):
            k += 1
        g = i + k
        while (g < len(out) and k >= 2 and len(out[g].lines) == 1
               and (_date_shaped(out[g].text) or PAGE_NUMBER_RE.match(out[g].text))):
            g += 1
        phones = out[g: g + k]
        if k >= 2 and len(phones) == k and all(
                len(b.lines) == 1 and (_PHONE_ROW_RE.match(b.text) or _PHONES_ALONE_RE.fullmatch(b.text.strip()))
                for b in phones):
            # (a bare name takes the label of the first: '联系人：蒋某' / '邓某' -> '联系人：邓某')
            label = CONTACT_LABEL_RE.match(out[i].text)
            out[i: g + k] = [*out[i + k: g], *(
                make_block([*(name.lines if CONTACT_LINE_RE.match(name.text) or label is None else
                              [replace(name.lines[0], text=label[0] + name.lines[0].text.strip())]), *phone.lines],
                           name.standalone)
                for name, phone in zip(out[i: i + k], phones, strict=True))]
        i += max(k, 1)
    return out


def _rejoin_printed(blocks: list[Block]) -> list[Block]:
    """The tail with a 印发 date pdftotext broke before its last word whole again: '2023 年 3 月 22' /
    '日印发' -> '2023 年 3 月 22日印发' (the 版记's 印发日期, never a 署名); and a 抄送 row whose label an extractor
    set apart from its recipients: '抄送' / '区人大常委会…委员会' -> '抄送：区人大常委会…委员会'; a contact row
    that names only a unit, broken before the person and the phone (a folio between them, dropped):
    '联系人：区水务局' / '许某；联系电话：…' -> '联系人：区水务局 许某；联系电话：…'; and the next person of a contact
    row's list, under it with their unit and phone: '联系人：某处　周某' / '某处　吴某　电话：…' (labelled as the row)."""
    out: list[Block] = []
    for block in blocks:
        if out and _PRINTED_END_RE.match(block.text) and is_printed_line(out[-1].text + block.text):
            lines = [*out[-1].lines, *block.lines]
            out[-1] = make_block(lines, out[-1].standalone)
        elif (out and (label := _CC_LABEL_ALONE_RE.fullmatch(out[-1].text))
              and (first := CC_SPLIT_RE.split(block.text.strip())[0]) and ADDRESSEE_UNIT_RE.match(first.rstrip("。."))):
            out[-1] = replace(out[-1], text=f"{remove_spaces(label['label'])}：{block.text.strip()}",
                              lines=[*out[-1].lines, *block.lines])
        elif (out and (person := _NAME_THEN_PHONE_RE.match(block.text)) and BARE_NAME_RE.match(person["name"])
              and CONTACT_LINE_RE.match(out[-1].text) and not PHONE_RE.search(out[-1].text)
              and all(c.name is None or ADDRESSEE_UNIT_RE.match(c.name) for c in parse_contact_line(out[-1].text))):
            out[-1] = replace(out[-1], text=f"{out[-1].text.strip()} {block.text.strip()}", lines=[*out[-1].lines, *block.lines])
        elif (out and CONTACT_LINE_RE.match(out[-1].text) and (person := _UNIT_NAME_THEN_PHONE_RE.match(block.spaced))
              and BARE_NAME_RE.match(person["name"]) and not CONTACT_LINE_RE.match(block.text)):
            out.append(replace(block, text=f"联系人：{block.spaced.strip()}"))
        else:
            out.append(block)
    return out


# A person's name, then their phone's label: '许某；联系电话', '吴某　电话'.
_NAME_THEN_PHONE_LABEL = r"(?P<name>\p{Han}{2,4})\s*[，,；;、\s]\s*(?:联系|办公)?(?:电话|手机)"
# A person's name that opens a line, their phone's label after it: '许某；联系电话：…'.
_NAME_THEN_PHONE_RE = regex.compile(rf"\s*{_NAME_THEN_PHONE_LABEL}")
# A unit, a person's name and their phone's label, unlabelled: '省教育厅发展规划处　吴某　电话：…'.
_UNIT_NAME_THEN_PHONE_RE = regex.compile(rf"\s*\p{{Han}}{{2,20}}?(?:局|委|办|室|股|科|处|中心)\s+{_NAME_THEN_PHONE_LABEL}\s*[:：]")
# A 抄送 row's label alone on its line: '抄送', '抄　报：'.
_CC_LABEL_ALONE_RE = regex.compile(r"\s*(?P<label>抄\s*[送报])\s*[:：]?\s*")
# A contact table's column label: '联系人', '职务', '所在处室', '联系电话'.
_TABLE_LABEL_RE = regex.compile(letter_spaced((
    "联系人", "姓名", "经办人", "承办人", "职务", "职称", "所在处室", "所在科室", "所在股室", "处室", "科室", "股室",
    "所在单位", "单位", "部门", "联系单位", "联系科室", "联系处室", "联系股室", "联系部门", "承办单位", "承办科室", "承办处室",
    "承办股室", "联系电话", "办公电话", "电话", "手机", "手机号码", "传真", "联系方式")))


def _printer_over_copies(above: str, line: str, below: str) -> bool:
    """Is ``line``, under a 抄送 row ``above`` and over ``below``, the 版记's 印发机关 set apart from its date,
    with the count of copies under it ('…区卫生健康委员会' / '某局办公室' / '共印5份')? Not where the row above
    leaves its list open ('…，' / '市财政局。' / '共印10份')."""
    return (bool(COPIES_ALONE_RE.fullmatch(below)) and not _LIST_OPEN_RE.search(above)
            and bool(ADDRESSEE_UNIT_RE.match(remove_spaces(line))) and not FULL_STOP_END_RE.search(line))


# A 抄送 row that leaves its list open at its end.
_LIST_OPEN_RE = regex.compile(r"[，、,；;]\s*$")


def _contact_table(blocks: list[Block], i: int) -> tuple[list[str], list[Block]] | None:
    """A contact set as a small table from block ``i``: a header row of labels over a row of values, on
    two lines with the cells set apart ('联系人　　所在处室　　联系电话' / '黎某　　公路处　　020-…') or a cell to
    a line (a web copy's: '联系人' / '职务' / '联系电话' / '林某' / '四级主任科员' / '0596-…', and maybe more
    rows so). Each row read as labelled ('联系人：黎某　所在处室：公路处　联系电话：020-…') and the blocks
    the table took."""
    def cells(k: int, count: int = 0) -> list[str]:
        """Block ``k``'s cells: apart by a gap, or by one space where a PDF's line keeps one for the gap
        (as many as ``count`` asks)."""
        if k >= len(blocks):
            return []
        row = _CELL_GAP_RE.split(blocks[k].spaced.strip())
        spaced = blocks[k].spaced.split()
        return spaced if len(row) != count and len(spaced) == count else row

    def labels(row: list[str]) -> bool:
        return all(_TABLE_LABEL_RE.fullmatch(c) for c in row)

    head = cells(i)
    if len(head) == 1 and len(spaced := blocks[i].spaced.split()) >= 2 and labels(spaced):
        head = spaced  # '联系人 所在处室 联系电话'
    rows_on_lines = len(head) >= 2
    if rows_on_lines and labels(head):  # a row to a line, the cells set apart
        width = len(head)

        def row_at(k: int) -> list[str] | None:
            got = cells(i + 1 + k, width)
            return got if len(got) == width and not labels(got) else None
    elif not rows_on_lines and labels(head):  # a cell to a line
        width = 1
        while len(cells(i + width)) == 1 and labels(cells(i + width)):
            width += 1
        head = [cells(i + k)[0] for k in range(width)]

        def row_at(k: int) -> list[str] | None:
            got = [cells(i + width * (k + 1) + c) for c in range(width)]
            return None if any(len(c) != 1 or labels(c) for c in got) else [c[0] for c in got]
    else:
        return None
    if width < 2 or (first := row_at(0)) is None:
        return None
    rows = [first]
    # (more rows, each a handler with a phone: '医政科' / '丁某' / '0633-…' / '基层科' / '厉某' / '0633-…')
    while (more := row_at(len(rows))) is not None and any(PHONE_RE.search(v) for v in more):
        rows.append(more)
    if not any(PERSON_LABEL_RE.search(h) for h in head) or not any(PHONE_RE.search(v) for v in first):
        return None
    taken = (1 if rows_on_lines else width) * (1 + len(rows))
    return ["　".join(f"{h}：{v}" for h, v in zip(head, row, strict=True)) for row in rows], blocks[i: i + taken]


# A label that names a person: '联系人', '经办人', '联系单位及联系人'.
_PERSON_LABEL_RE = regex.compile(r"(?:联系|经办|承办)人\s*[:：]")


# A foot row of the one who reviewed or signed the letter, not its contact: '审核人：彭某', '核稿人：…', '签发：刘某'.
_REVIEWER_ROW_RE = regex.compile(r"^\s*(?:审\s*核|核\s*稿|审\s*签|审\s*定|签\s*发)\s*人?\s*[:：]")


def _read_tail(blocks: list[Block], res: Result) -> None:
    contacts: list[Contact] = []
    lone_names: list[str] = []  # names alone on a line, read nowhere else
    contact_blocks: list[Block] = []
    taken: set[int] = set()
    for i, block in enumerate(blocks):
        if id(block) in taken:
            continue
        if table := _contact_table(blocks, i):  # '联系人　　职务　　联系电话' / '林某　　科员　　0596-…'
            rows, used = table
            contacts.extend(c for row in rows for c in parse_contact_line(row))
            contact_blocks.append(block)
            taken.update(id(b) for b in used)
            continue
        text = block.text
        if TAIL_FIELD_RE.match(text) and not PHONE_RE.search(text):
            continue  # a form's 附注 row: who signed or handled it, not a contact (unless it gives a phone)
        # (a 抄送 row left open by its comma was joined to the 印发 line below it: that line is cut off)
        # (a label set apart without its colon is read with its gap: '抄送　市政府办公室')
        rows = [line.text for line in block.lines] if CC_RE.match(text) or CC_RE.match(block.spaced) else []
        cut = _printed_from(rows)
        if (1 < cut == len(rows) and i + 1 < len(blocks)
                and _printer_over_copies(rows[-2], rows[-1], blocks[i + 1].text)):
            cut -= 1  # (its last line is the unit that printed it: '…' / '某局办公室' / '共印5份')
        if rows and (cc := parse_cc(block.spaced if cut == len(rows) else join_spaced(rows[:cut]))):
            names = cc[1]
            if cut < len(rows):
                _read_printed(join_spaced(rows[cut:]), block, res)
            # recipients an extractor set on lines of their own ('报：县人大常委会选工委' / '县人民政府督查室')
            # — not after a list closed by its full stop, nor the 印发机关 above its 印发日期
            row_end = text
            for j in range(i + 1, len(blocks) if not FULL_STOP_END_RE.search(block.text) else i + 1):
                nxt = blocks[j]
                # (the row's last line may have been joined to the 印发 line below it: that line is cut off too)
                lines = [line.text for line in nxt.lines]
                kept = _printed_from(lines)
                nxt_text = nxt.text if kept == len(lines) else "".join(lines[:kept])
                rest_text = nxt.spaced if kept == len(lines) else join_spaced(lines[:kept])
                more = cc_items(rest_text, spaced=True)  # (names set apart by spaces on it too)
                if COPY_COUNT_ALONE_RE.fullmatch(nxt_text) and j + 1 < len(blocks):
                    taken.add(id(nxt))  # a recipient's count set on a line of its own ('…提案委员会' / '2份'), with
                    continue  # more recipients below it
                # a recipient's name the row broke in two: '…，国务院办公厅督' / '查室。'
                # (or one character of it: '…，市' / '委宣传部')
                # (read again from the broken name on: made whole, it may be a place that shares the unit after it,
                # '…，涪城' / '区、游仙区人民政府。')
                rejoined = cc_items(names[-1] + rest_text.strip(), spaced=True) if more and names else []
                # (or any part of a name the row broke where the part before is no unit nor place: '…，国家发展' /
                # '改革委，财政部。', '…，市城' / '市管理综合执法局。')
                if (more and names and CC_BROKEN_END_RE.search(row_end)
                        and (not ADDRESSEE_UNIT_RE.match(more[0]) or CC_BARE_UNIT_RE.match(more[0])
                             or CC_BROKEN_BARE_UNIT_RE.match(more[0]) or len(names[-1]) == 1
                             or not (UNIT_NAME_END_RE.search(names[-1]) or place_or_bare_place(names[-1]))
                             or unit_after_place(names[-1], more[0]))
                        and (ADDRESSEE_UNIT_RE.match(names[-1] + more[0]) or ADDRESSEE_UNIT_RE.fullmatch(rejoined[0]))):
                    names, more = [*names[:-1], *rejoined], []
                elif (more and names and row_end.rstrip().endswith("、")
                      and len(cc_items(f"{names[-1]}、{more[0]}")) == 1):
                    # places sharing the unit after the last, the row broken after a 、: '…，涪城区、' / '游仙区人民政府。'
                    # (all the places alone before it: '…，南平市、三明市、龙岩市、' / '宁德市人民政府。'; or printed without
                    # their level: '…，禅城、南海、' / '顺德区交通运输局。')
                    k = 1
                    while k < len(names) and place_or_bare_place(names[-k - 1]):
                        k += 1
                    names, more = [*names[:-k], *cc_items("、".join([*names[-k:], rest_text.strip()]), spaced=True)], []
                elif not _cc_goes_on(row_end, nxt_text, more) or (
                        j + 1 < len(blocks) and (printer_alone_above(blocks[j + 1].text)
                                                 or _printer_over_copies(row_end, nxt_text, blocks[j + 1].text))):
                    break
                row_end = nxt_text
                names = [*names, *more]
                taken.add(id(nxt))
                if kept < len(lines):
                    _read_printed(join_spaced(lines[kept:]), nxt, res)
                    break
                if FULL_STOP_END_RE.search(nxt_text):
                    break
            if "cc" in res.fields:  # 抄报 and 抄送 both: one list of copy recipients
                res.fields["cc"] = [*res.fields["cc"], *(c for c in names if c not in res.fields["cc"])]
            else:
                res.set("cc", names, block)
            continue
        if is_printed_line(text):
            _read_printed(text, block, res)
            # '某区人民政府办公室' / '2023年3月22日印发': the unit alone above names the printer
            printer = remove_spaces(blocks[i - 1].text) if i > 0 else ""
            if printer_alone_above(text) and ADDRESSEE_UNIT_RE.match(printer):
                res.set("printed_by", printer, blocks[i - 1])
            continue
        if CONTACT_LINE_RE.match(text):
            parts = [block.spaced]
            if note := PUBLICITY_IN_LINE_RE.search(text):  # '（此件公开发布，联系人：王某，电话：…）'
                res.set("publicity", parse_publicity(note["value"], bare=False), block)
            # a name or a phone the line wrapped onto the next line belongs to it
            # (not after a note its brackets closed that names its contact: '（联系人：林某）' / '某海关')
            read = parse_contact_line(block.spaced) if _BRACKETED_NOTE_RE.match(text) else []
            if any(c.name for c in read):
                contacts.extend(read)
                contact_blocks.append(block)
                continue
            next_row: list[Contact] = []  # the next person's row, set under this one
            for n, nxt in enumerate(blocks[i + 1:], start=i + 1):
                # a label the line broke in two: '…联系人：王某 联系电' / '话：0571-…'
                # (not a whole label under a unit's name: '…城市建设处' / '联系人：孟某')
                end = _TRAILING_HAN_RE.search(parts[-1])
                if end and _LABEL_PIECE_RE.match(nxt.text) and not CONTACT_LABEL_RE.match(nxt.text.lstrip()) \
                        and CONTACT_LINE_RE.match(end[0] + nxt.text.lstrip()):
                    parts[-1] += nxt.spaced.lstrip()
                    taken.add(id(nxt))
                    continue
                if _next_person_below(parts, nxt.spaced):
                    # the next person with the phone the row's own gives none: a row of their own, labelled as it
                    row_label = CONTACT_LABEL_RE.search(parts[0])
                    next_row = parse_contact_line(f"{row_label[0] if row_label else ''}{nxt.spaced.strip()}")
                    taken.add(id(nxt))
                    break
                # (a publicity note between a contact row's unit and the rest of it that pdftotext set after the
                # note: '联系人：区财政局教科文科' / '（此件公开发布）' / '林晓燕，电话：…'; the note is read as itself)
                if not PHONE_RE.search(join_spaced(parts)) and len(remove_spaces(nxt.text)) <= _PUBLICITY_NOTE_MAX \
                        and _publicity_line(nxt.text):
                    continue
                # (a letter-spaced name an extractor broke in two: '联 系 人：刘' / '佳')
                split_name = bool(_ONE_CHAR_NAME_RE.search(parts[-1]) and ONE_OR_TWO_HAN_RE.fullmatch(nxt.text))
                # (not an attachment's first page behind the letter, labelled '附件')
                # (or one that goes on inside a bracket the line left open: '…韦某（自治区市' / '场监督管理局），电话：…')
                if ATTACHED_LABEL_RE.match(nxt.text) or not (
                        _CONTACT_TAIL_RE.match(nxt.text) or _completes_phone(parts, nxt.spaced) or split_name
                        or (leaves_bracket_open(parts[-1]) and PHONE_RE.search(nxt.text))
                        or _name_and_phone_below(parts, nxt.spaced) or _phone_end_then_more(parts, nxt.spaced)
                        or _name_then_next_below(parts, nxt.spaced)
                        or _unit_cell_over_names(parts, nxt.text, [b.text for b in blocks[n + 1:n + 3]])):
                    break
                if PHONE_RE.fullmatch(nxt.text.strip()) and PHONE_RE.search(join_spaced(parts)):
                    break  # digits after a phone already given: the date printed bare ('2023710'), not a phone
                if (BARE_NAME_RE.match(remove_spaces(nxt.text)) and not split_name and PHONE_RE.search(join_spaced(parts))
                        and not any(c.name for c in parse_contact_line(join_spaced(parts)))):
                    break  # a name alone under a phone that names no one: read below, as a name set apart
                parts.append(nxt.spaced)
                taken.add(id(nxt))
            contacts.extend([*parse_contact_line(join_spaced(parts)), *next_row])
            contact_blocks.append(block)
            continue
        if shared := PUBLICITY_THEN_CONTACT_RE.match(block.spaced):
            res.set("publicity", parse_publicity(shared["value"], bare=False), block)
            contacts.extend(parse_contact_line(shared["rest"]))
            contact_blocks.append(block)
            continue
        if pub := _publicity_line(text):
            res.set("publicity", pub, block)
            # a labelled class beside it: '公开属性：主动公开　办理类别：B', or one in its bracket: '（B类，此件主动公开）'
            shared_class = bool((note := PUBLICITY_NOTE_RE.match(text)) and note["code"])
            res.set("handling_type", parse_handling_type(text, bare=shared_class), block)
            continue
        compact = remove_spaces(text)
        # '办复类别：B' printed after the closing, or a class alone at the foot: '【B类】'
        label = _without_meaning(text)
        alone = len(label) <= 6 and "类" in text
        if _marks_line(text) and (ht := parse_handling_type(text, bare=alone)):
            res.set("handling_type", ht, block)
            # and a bare publicity beside it: '答复类别：B类　同意公开'
            res.set("publicity", parse_publicity(text.replace(ht.raw, " ", 1), bare=True), block)
            continue
        # (or a reviewer's: '审核人：彭某　　经办人：张某　　联系电话：…')
        if SIGNATORY_RE.match(text) or (_REVIEWER_ROW_RE.match(text) and CONTACT_LABEL_RE.search(block.spaced)):
            spaced = block.spaced
            contact_at = CONTACT_LABEL_RE.search(spaced)  # '签发人：龚某  联系人：陈某' on one line
            header = read_header_line(spaced[: contact_at.start()] if contact_at else spaced)  # '领导签发：张三'
            res.set("signatories", header.signatories, block)
            if contact_at:
                contacts.extend(parse_contact_line(spaced[contact_at.start():]))
                contact_blocks.append(block)
            continue
        if m := ATTACHMENT_RE.match(text):
            items = [m["value"]] if m["value"].strip() else []
            items += [nxt.text for nxt in blocks[i + 1:_attachments_end(blocks, i)]]
            items = [ATTACHMENT_RE.sub(r"\g<value>", ATTACHMENT_ITEM_RE.sub(r"\g<value>", it)).strip() for it in items]
            res.set("attachments", items, block)
            continue
        # (a date line holds at most a signer of 40 characters, a label and a seal note beside the date)
        dl = date_line(text) if len(compact) <= _DATE_LINE_MAX else None
        bd = None if dl or len(compact) > _DATE_LINE_MAX else bare_date(text)
        if dl or bd:
            if "date" in res.fields:
                res.set("date", dl[1].iso if dl else bd, block)  # only to report a different second date
                continue
            if dl:
                head, found = dl
                res.set("date", found.iso, block)
                if not found.has_day:
                    res.warn("elements.date_without_day", f"成文日期 has no day: {text.strip()}", block.page)
                if head and _SIGNER_RE.match(remove_spaces(_signer_core(head))):
                    # '某市教育局    某市财政局    2024年…', '答复单位：某局    答复日期：2024年…'
                    head = _spaced_prefix(SIGNER_LABEL_RE.sub("", block.spaced), len(head))
                    # units signing together above the one that shares the date's line
                    top = _cosigners_top(blocks, i, taken) if ADDRESSEE_UNIT_RE.match(signer_text(head)) else i
                    res.set("signer", _cosigned([*(signer_text(b.spaced) for b in blocks[top:i]), signer_text(head)]),
                            blocks[top])
            else:
                res.set("date", bd, block)
                res.warn("elements.date_digits_only", f"成文日期 printed without 年月日: {text.strip()}", block.page)
            # (the head of the unit may be named under it: '某镇人民政府' / '张某' / '2023年…')
            above = next((k for k in range(i - 1, -1, -1)
                          if not _between_signer_and_date(blocks[k].text) and not _leader_under_signer(blocks, k)), -1)
            # (no 署名 above, not even over a seal's note: '某局' / '（印章）' / '2023年…' / '承办单位' is signed above)
            if ("signer" not in res.fields and (above < 0 or not _is_signer(blocks[above])) and i + 1 < len(blocks)
                    and _unit_signer(blocks[i + 1])):
                below = _signers_from(blocks, i + 1)  # the date printed above the 署名
                res.set("signer", _cosigned([signer_text(b.spaced) for b in below]), blocks[i + 1])
                taken.update(id(b) for b in below)
            # (a unit labelled as the one that handled it, '主办单位：某局', signs only right above the date:
            # with rows between them it is a form's row, not the 署名)
            if ("signer" not in res.fields and above >= 0 and _is_signer(blocks[above])
                    and (above == i - 1 or not HANDLER_UNIT_LABEL_RE.match(blocks[above].text))):
                unit = ADDRESSEE_UNIT_RE.match(signer_text(blocks[above].spaced))
                top = _cosigners_top(blocks, above, taken) if unit else above
                names = [signer_text(b.spaced) for b in blocks[top:above + 1]]
                # a long 署名 wrapped after its place: '某市某旗' / '林业和草原局'
                if top > 0 and _is_signer(blocks[top - 1]) and _PLACE_ONLY_RE.fullmatch(place := signer_text(
                        blocks[top - 1].spaced)) and not _PLACE_START_RE.match(names[0]):
                    top, names = top - 1, [place + names[0], *names[1:]]
                res.set("signer", _cosigned(names), blocks[top])
            continue
        # a phone alone, set apart from its name by an extractor that read the foot's columns out of
        # order ('联系人及电话：白娜' / '签发人：刘某' / '0477-8583326'): the name's; or with the end of its
        # label, the label's start printed elsewhere ('话：021-…' / … / '经办人：陈某' / '联系电')
        tail = _PHONE_LABEL_TAIL_RE.match(text)
        if tail or (_PHONES_ALONE_RE.fullmatch(text.strip()) and any(c.name and not c.phone for c in contacts)):
            phone = tail["phone"] if tail else text
            contacts.extend(c.model_copy(update={"raw": text.strip()}) for c in parse_contact_line(f"电话：{phone}"))
            contact_blocks.append(block)
            continue
        # (with its phone's label, the number read elsewhere: '周某，电话：')
        named = PHONE_LABEL_END_RE.sub("", compact).rstrip("，,")
        if BARE_NAME_RE.match(named) and not ADDRESSEE_UNIT_RE.match(named):
            lone_names.append(named)
            continue
        if DATE_BARE_RE.match(compact):
            res.warn("elements.date_ambiguous", f"cannot read the date {text.strip()!r} unambiguously", block.page)
    # a name alone, set apart from its label by an extractor that read the foot's columns out of order
    # ('联系单位及联系人：某处' / '联系电话：…' / '— 2 —' / '魏某某'): the contact's, where a 联系人 label names
    # only a unit and the contacts with a phone name no one but a unit
    def no_person(c: Contact) -> bool:
        return c.name is None or bool(ADDRESSEE_UNIT_RE.match(c.name))

    phoned = [k for k, c in enumerate(contacts) if c.phone]
    if (len(lone_names) == 1 and phoned and all(no_person(contacts[k]) for k in phoned)
            and any(_PERSON_LABEL_RE.search(b.text) and all(no_person(c) for c in parse_contact_line(b.spaced))
                    for b in blocks if CONTACT_LINE_RE.match(b.text))):
        contacts[phoned[0]] = contacts[phoned[0]].model_copy(update={"name": lone_names[0]})
    if "signer" not in res.fields:
        # no date: a lone signer line right after the body, or after the attachments named under it
        rest = blocks[_attachments_end(blocks):]
        first = rest[0] if rest else None
        if (first is not None and _is_signer(first) and not CONTACT_LINE_RE.match(first.text)
                and not HANDLER_UNIT_LABEL_RE.match(first.text)):  # (a form's '主办单位：…' row)
            below = _signers_from(blocks, len(blocks) - len(rest))
            res.set("signer", _cosigned([signer_text(b.spaced) for b in below]), first)
    # whom to call first: the handler (联系人, 经办人); a responsible leader (负责人, 责任人) after, and a
    # service hotline that names no one last
    merged = sorted(merge_contacts(contacts), key=lambda c: (_leader(c), c.name is None and "热线" in c.raw))
    if merged:
        res.set("contacts", merged, contact_blocks[0])
        if len(contact_blocks) > 1:
            res.evidence["contacts"] = Evidence(page=contact_blocks[0].page,
                                                bbox=_union([b.bbox for b in contact_blocks]),
                                                text="\n".join(b.raw for b in contact_blocks),
                                                paragraph=contact_blocks[0].lines[0].paragraph)


def _leader(contact: Contact) -> bool:
    """Is ``contact`` a responsible leader's, not the handler's? A leader's row ('分管领导：谢某'), but not the handler
    that row names after the leader ('承办领导：谢某　承办人：曾某　联系电话：…' -> 曾某 is the handler)."""
    if not LEADER_RE.match(contact.raw):
        return False
    handler = CONTACT_LABEL_RE.search(contact.raw)
    return not (handler and contact.name and contact.name in remove_spaces(contact.raw[handler.end():]))


def _attachments_end(blocks: list[Block], i: int = 0) -> int:
    """Where the attachments named from block ``i`` on end ('附件：1.…' / '2.…'): ``i`` if it names none."""
    if i >= len(blocks) or not ATTACHMENT_RE.match(blocks[i].text):
        return i
    k = i + 1
    # (each item labelled on its own, the next item's label numbered: '附件1：《…》' / '附件2：《…》')
    while k < len(blocks) and (ATTACHMENT_ITEM_RE.match(blocks[k].text) or _NUMBERED_ATTACHMENT_RE.match(blocks[k].text)):
        k += 1
    return k


# The next of a list of attachments, each labelled with its number: '附件2：…'.
_NUMBERED_ATTACHMENT_RE = regex.compile(r"^\s*附\s*件\s*\d+\s*[:：]")


# Five figures, spaces or dashes between them allowed: the least a phone or a hotline has ('12345', '139 1234 5678').
_FIVE_DIGITS_RE = regex.compile(r"(?:\d[\s\-—－（）()]{0,2}){4}\d")
# A line given to report on, by its name or by what follows its number: '…举报热线', '…进行举报', '…投诉'.
_TO_REPORT_RE = regex.compile(r"\s*(?:进行)?(?:反映|举报|投诉)")
# A national service number alone, without a city's area code: '12319', '12345'.
_BARE_HOTLINE_RE = regex.compile(rf"\s*{HOTLINE_NUMBER}\s*")


def _to_report(m: regex.Match[str], text: str) -> bool:
    """Is the line the sentence gives (``m``, in ``text``) one to report on ('…热线…反映', '…举报热线')?"""
    return bool(_TO_REPORT_RE.search(m[0]) or _TO_REPORT_RE.match(text, m.end()))


# A company named as the one to call, not the office: '供热企业', '某燃气公司' (not '我局企业服务…').
_THIRD_PARTY_RE = regex.compile(r"(?![我本])\p{Han}{0,20}(?:企业|公司)")


def _contact_in_body(blocks: list[Block], res: Result) -> None:
    """Where the tail names no contact, the body may, the last paragraph that does (most often one of the
    last; or one that answers a point of the suggestion: '…有疑问的，可拨打我局某科电话…咨询'), in brackets: '如有疑问，请与…
    联系（联系人：苟某，电话：0816-2216583）。', labelled without them ('…联系，联系人：何某，电话：…'), or in the
    sentence: '…可联系我局社会事务科杨某，电话：0816-2253167。' Only a contact that gives a phone counts."""
    for block in reversed(blocks):
        if not _FIVE_DIGITS_RE.search(block.text):
            continue  # (no phone, nor a hotline's five figures: nothing to find in it)
        found = [(m["value"], m["value"]) for pattern in (CONTACT_IN_TEXT_RE, CONTACT_LABELLED_IN_TEXT_RE)
                 for m in pattern.finditer(block.text)]
        # (the sentence read as the contact line it says: '联系人：我局社会事务科杨某，电话：…')
        # (not a company's own service line the letter points to: '可拨打供热企业24小时服务电话…')
        # (a line given for questions before one given to report on: '可拨打区生态环境举报热线0757-…进行举报。如对本次
        # 办理结果有疑问，可…咨询，电话：0757-…' -> the second)
        # (nor a national service number given to report on, no office's line: '可拨打城市管理服务热线12319反映'; a
        # city's, with its area code, still is: '…热线0774-12319反映')
        said = sorted((m for m in CONTACT_SENTENCE_RE.finditer(block.text)
                       if not _THIRD_PARTY_RE.fullmatch(m["who"] or "")
                       and not (_BARE_HOTLINE_RE.fullmatch(m["phone"]) and _to_report(m, block.text))),
                      key=lambda m: _to_report(m, block.text))
        found += [(_said_contact(m), m[0]) for m in said]
        found += [(f"电话：{m['phone']}", m[0]) for pattern in (NUMBER_THEN_HOTLINE_RE, UNIT_THEN_PHONE_IN_TEXT_RE)
                  for m in pattern.finditer(block.text)]
        for line, printed in found:
            contacts = [c.model_copy(update={"raw": printed.strip()}) for c in parse_contact_line(line)]
            if any(c.phone for c in contacts):
                res.set("contacts", contacts, block)
                return


def _from_metadata(metadata: dict[str, str], res: Result, names: set[str]) -> None:
    """Elements ``names`` the letter lacks, from a web page's metadata box (``web.strip_web``)."""
    for label, value in metadata.items():
        name = FIELD_OF.get(label)
        if name is None or name not in names or name in res.fields or not value:
            continue
        parsed: Any = None
        if name == "doc_number":
            found = parse_doc_number(value)
            parsed = found[0] if found else None
        elif name == "date":
            date = find_date(remove_spaces(value))
            parsed = date.iso if date else None
        elif name == "publicity":
            parsed = parse_publicity(value, bare=True)
        elif name == "title":
            parsed = clean_title(value)
        else:
            parsed = remove_spaces(value)
        if parsed:
            res.set(name, parsed, None)
            res.warn(f"elements.{name}_from_metadata", f"{name} taken from the page's metadata ({label}：{value})")


def _split_attached(blocks: list[Block]) -> tuple[list[Block], list[AttachedDocument]]:
    """The letter's blocks, and the attachments bound behind it.

    An attachment starts at a label alone on its line ('附件1', '…号附件2') that opens a page, or follows
    the 成文日期 or a 附注 line where an extractor or a web copy ran the pages together, after the letter's
    主送; each runs to the next label or the end.
    """
    starts = [i for i, b in enumerate(blocks)
              if i > 0 and ATTACHED_LABEL_RE.match(b.text)
              and (b.page > blocks[i - 1].page or _date_shaped(blocks[i - 1].text)
                   or bool(CONTACT_LINE_RE.match(blocks[i - 1].text)))
              and _addressee_index(blocks[:i]) is not None]
    if not starts:
        return blocks, []
    found: list[AttachedDocument] = []
    for k, start in enumerate(starts):
        part = blocks[start:starts[k + 1] if k + 1 < len(starts) else len(blocks)]
        label = remove_spaces(ATTACHED_LABEL_RE.match(part[0].text)["label"])  # type: ignore[index]
        rest = part[1:]
        title = None
        if rest and len(rest[0].text) <= 60 and not CLAUSE_END_RE.search(rest[0].text.strip()):
            title, rest = rest[0].text.strip(), rest[1:]  # block text: spaces between Chinese already gone
        found.append(AttachedDocument(label=label, title=title, first_page=part[0].page, last_page=part[-1].page,
                                      paragraphs=[b.text for b in rest]))
    return blocks[:starts[0]], found


def _evidence_in_body(res: Result, name: str, blocks: list[Block], needle: str) -> None:
    """Evidence for an element read from the body: the first block that holds ``needle``."""
    key = remove_spaces(needle)
    for block in blocks:
        if key and key in remove_spaces(block.text):
            res.evidence[name] = Evidence(page=block.page, bbox=block.bbox, text=block.raw,
                                          paragraph=block.lines[0].paragraph)
            return


def agree_with_title(fields: dict[str, object]) -> None:
    """OCR read the signer slightly off the same name that opens the title: the two are one body, so
    take the title's reading. Only after OCR, and only for a name of five or more characters that
    differs by one character ('马关具水务局' under '马关县水务局关于…'), or whose first one or two
    characters OCR lost ('东省环境保护厅' under '广东省环境保护厅关于…', the seal over its start)."""
    signer, title = fields.get("signer"), fields.get("title")
    if not isinstance(signer, str) or not isinstance(title, str) or len(signer) < 5:
        return
    office = OFFICE_IN_TITLE_RE.match(title)
    if office and office["office"] != signer and office["office"].endswith(signer) and len(office["office"]) - len(
            signer) <= 2:
        fields["signer"] = office["office"]
        return
    if signer in title:
        return
    for i in range(len(title) - len(signer) + 1):
        window = title[i:i + len(signer)]
        if sum(a != b for a, b in zip(window, signer, strict=True)) == 1:
            fields["signer"] = window
            return


# A dash between a title and the 主送 on its line, with 致 ('to') or without: '…的答复——致王某代表'; and a line
# that ends so, whatever of the title stands before it ('复——致王某代表').
_TO_WHOM_RE = regex.compile(r"^\s*[—－-]{1,2}\s*致?\s*")
_TO_WHOM_LINE_RE = regex.compile(r"^(?P<title>.*[^\s—－])\s*[—－]{1,2}\s*致\s*(?P<addressee>\S.*)$")


def _title_then_addressee(text: str) -> tuple[str, str] | None:
    """A title with the 主送 glued after it, cut in two: '关于第7号建议的答复函王五代表：' -> ('关于第7号建议的
    答复函', '王五代表：'). The cut is the last one after a 文种 word that leaves a title before it and, after
    it, a person, a group, a unit or a list of units ending in a colon, or a labelled '主送：…'."""
    for m in reversed(list(TITLE_TYPE_END_RE.finditer(text))):
        # (set apart by a dash: '…的答复——致王某代表')
        before, rest = text[: m.end()], _TO_WHOM_RE.sub("", text[m.end():])
        # (a title holds no sentence: a paragraph's line that names a 通知 and ends in '…人民群众' is none)
        if (not looks_like_title(before) or SENTENCE_PUNCT_RE.search(before) or COMMA_RE.search(before)
                or not rest.strip()
                # nor one that speaks ('我局认真落实…的意见'), or names a 《title》 it breaks off in
                or PRONOUN_RE.search(before) or before.count("《") != before.count("》")):
            continue
        if ADDRESSEE_LABELLED_RE.match(rest):
            return before, rest
        if not (value := addressee_value(rest, near_opening=True)):
            continue
        # a person or a group (without a colon too: '…的答复郝某代表', '…黄某委员，您好！'), someone greeted
        # ('…的回复网友您好：'); units only before a colon
        if (_person_like(value)
                or office_before_name(value)  # '市政协委员张某：'
                or GREETING_RE.search(ENDS_IN_COLON_RE.sub("", rest)) or GREETING_AFTER_COLON_RE.search(rest)):
            return before, rest
        if ENDS_IN_COLON_RE.search(rest) and (unit_list(value) or _unit_named(value)):
            return before, rest  # '市12345热线办：', '…直辖市林业厅（局）：', '各村（社区）：'
        if unit_list(value):
            return before, rest  # several units, their colon dropped: '…的通知各街道办事处，区政府各部门'
    return None


def _title_then_list_start(block: Block, below: list[Block]) -> tuple[str, str] | None:
    """A title with the first part of a 主送 list glued after it, the list going on below ('…的会办意见区政务
    服务办、' / '区人大常委会代表工作室：'): the title and that part, cut where the title and the whole 主送 are."""
    text = block.text.strip()
    if not (below and text.endswith(("、", "，", ",")) and ADDRESSEE_RE.match(below[0].text)):
        return None
    whole = _title_then_addressee(text + remove_spaces(below[0].text))
    return (whole[0], text[len(whole[0]):]) if whole and len(whole[0]) < len(text) else None


# The end of a person's 主送 that a title's line wrapped onto a line of its own: '…的答复　李某红' / '委员'.
# (the name's last character with it: '…的答复　孙立' / '新代表')
_ROLE_WRAPPED_RE = regex.compile(r"\p{Han}{0,2}(?:代表|委员|同志)[：:]?")


def _title_then_role_wrapped(block: Block, below: list[Block]) -> tuple[str, str] | None:
    """A title with a person's 主送 after it on its line, the role after the name wrapped onto the next line
    ('…的答复　李某红' / '委员'): the title and the whole 主送."""
    if not (below and _ROLE_WRAPPED_RE.fullmatch(remove_spaces(below[0].text))):
        return None
    whole = _title_then_addressee(block.text.strip() + remove_spaces(below[0].text))
    return whole if whole and len(whole[0]) < len(block.text.strip()) else None


def _title_end_then_person(above: str, text: str) -> tuple[str, str] | None:
    """The last characters of a title the page wrapped ``above``, with a person's 主送 after them on their line
    ('…第58号提案的答' / '复　高某委员：'): that end and the 主送."""
    whole = _title_then_addressee(above + text)
    if not (whole and len(whole[0]) > len(above) and (value := addressee_value(whole[1], near_opening=True))
            and _person_like(value)):
        return None
    return whole[0][len(above):], whole[1]


def _running_head(text: str, title: str | None) -> bool:
    """Is the body line ``text`` the title repeated at the top of a later page, maybe in a short form
    of the issuer ('东湖高新区管委会关于…的答复' under '武汉东湖新技术开发区管理委员会关于…的答复')?"""
    if not title or len(text) > len(title) + 12:
        return False
    compact = remove_spaces(text)
    if compact == title:
        return True
    at, title_at = compact.find("关于"), title.find("关于")
    if at >= 0 and title_at >= 0 and len(title) - title_at >= 10 and compact[at:] == title[title_at:]:
        return True
    # or the issuer, maybe in its short form, and the kind of paper: '某区自然资源局建议提案答复件'
    kind = _RUNNING_KIND_RE.search(compact)
    issuer = title[:title_at] if title_at > 0 else ""
    return kind is not None and kind.start() >= 4 and issuer.endswith(compact[: kind.start()])


def _without_cover_form(blocks: list[Block]) -> list[Block]:
    """The blocks without a processing form an archive filed before the letter: its heading ('某局发文稿纸',
    '收文处理单') and the labelled rows under it ('签发：刘某', '主送：张某委员', '标题：关于…'), up to the
    letter's own first line. Its 主送 and 标题 are the form's, not the letter's."""
    at = next((i for i, b in enumerate(blocks[:ADDRESSEE_WINDOW]) if _COVER_FORM_RE.search(remove_spaces(b.text))), None)
    if at is None:
        return blocks
    end = at + 1
    while end < len(blocks) and (FIELD_ROW_RE.match(blocks[end].text) or BLANK_FIELD_RE.match(blocks[end].text)):
        end += 1
    return [*blocks[:at], *blocks[end:]] if end > at + 1 else blocks


def _rejoin_date(blocks: list[Block]) -> list[Block]:
    """A date a web copy or an extractor broke after its year or its month, whole again: '2024年' / '7月3日',
    '二〇二四年' / '十二月二十日', '2024年7月' / '12日' (the signer may share the first line). Joined only where
    the rest says more than the start alone: a date with a day is never continued."""
    out: list[Block] = []
    for block in blocks:
        above = out[-1] if out else None
        if (above is not None and len(block.lines) == 1 and DATE_REST_ALONE_RE.match(block.text)
                and DATE_START_END_RE.search(above.lines[-1].text)
                and (whole := date_line(above.lines[-1].text + block.text))):
            alone = date_line(above.lines[-1].text)
            if alone is None or (whole[1].has_day and not alone[1].has_day):
                out[-1] = make_block([*above.lines, *block.lines], above.standalone)
                continue
        out.append(block)
    return out


# The most characters of a record's value set on the line below its label ('依申请公开', '区市场监管局').
_MARK_VALUE_CHARS = 12


def _rejoin_mark_label(blocks: list[Block]) -> list[Block]:
    """A record's label alone on a head line and its value alone on the next, as pdftotext sets a form's
    two columns ('办理类别' / 'A', '是否公开' / '是', '建议编号' / '第48号'): one line, '办理类别：A'."""
    out: list[Block] = []
    i = 0
    # (in the head only: above the first paragraph; a table in the foot is read as a table)
    head = next((k for k, b in enumerate(blocks[:ADDRESSEE_WINDOW]) if _running_paragraph(b.text)),
                min(ADDRESSEE_WINDOW, len(blocks)))
    while i < len(blocks):
        block = blocks[i]
        if (i + 1 < head and (label := MARK_LABEL_ALONE_RE.match(block.text))
                and len(value := remove_spaces(blocks[i + 1].text)) <= _MARK_VALUE_CHARS
                and not MARK_LABEL_ALONE_RE.match(value) and not LABEL_RE.match(value)):
            text = f"{remove_spaces(block.text).rstrip(':：')}：{value}"
            h = read_header_line(text)
            if label["row"] or ((h.handling_type or h.publicity) and not h.rest):
                out.append(replace(block, text=text, lines=[replace(block.lines[0], text=text)]))
                i += 2
                continue
        out.append(block)
        i += 1
    return out


def _rejoin_head_part(blocks: list[Block]) -> list[Block]:
    """A 文号 the head line broke in two after a gap, or an extractor set apart: '…建议的答复　大甘商' (or '大甘商'
    alone) / '函〔2024〕26号'. The 代字's start moves down to the line with the rest, and the title's line keeps
    the title. So does a 主送's name that a title's line broke after a gap: '…提案的答复　谭' / '某刚委员：'."""
    out: list[Block | None] = list(blocks)
    for i in range(1, min(len(out), ADDRESSEE_WINDOW)):
        above, block = out[i - 1], out[i]
        if above and block and (((end := DOC_NUMBER_BEFORE_END_RE.search(above.text))
                                  and (rest := NUMBER_END_ALONE_RE.match(block.text))
                                  and YEAR_SERIAL_END_RE.search(end[0] + rest["end"]))
                                 or (DOC_NUMBER_OPEN_END_RE.search(above.text) and YEAR_THEN_SERIAL_RE.match(block.text))):
            # '…的复函　麒住建函〔2020〕88' / '号', '…晋农函[' / '2026]7号': the end goes up onto the line it was
            # broken off
            last = above.lines[-1]
            out[i - 1], out[i] = None, replace(above, text=above.text.rstrip() + block.text.strip(), lines=[
                *above.lines[:-1], replace(last, text=last.text.rstrip() + block.text.strip())])
            continue
        if not (above and block and (m := DOC_NUMBER_HEAD_PART_RE.search(above.spaced))
                and len(above.lines) == 1 and len(block.lines) == 1):
            continue
        if not _no_head_element(above.spaced):
            continue  # the line's last word is another 版头 element's: '办理类型　B　　公开属性　主动公开'
        kept = above.spaced[: m.start()].strip()
        if not (rest := DOC_NUMBER_REST_RE.match(block.text)):
            # (or its surname set alone by an extractor under the title: '…提案的答复' / '谭' / '某刚委员：'; a
            # longer part alone is a transliterated name's, broken at its dot: '艾尔肯' / '吐尔逊代表：')
            two_above = out[i - 2] if i > 1 else None
            title_end = two_above.text if not kept and two_above is not None and len(m["part"]) == 1 else kept
            if not _surname_broken_off(m["part"], title_end, block.text):
                continue
        elif len(m["part"]) > _DAIZI_PART or (len(rest["start"]) > _DAIZI_REST and len(m["part"]) > _DAIZI_REST_PART):
            continue  # (a long rest below only a short start: '…的复函　广自' / '然资规函〔2024〕41号')
        elif (dt := DOC_TYPE_RE.search(remove_spaces(above.spaced))) and (
                not DOC_TYPE_RE.search(remove_spaces(kept)) or dt.start("type") < len(remove_spaces(kept))):
            continue  # the part ends the title's letter-spaced 文种: '关于…的答   复' / '某府函〔2024〕3号' (a 文种 the
            # line above it starts too: '答　复　函' / '青生函〔2026〕77号')
        elif not kept and (not 1 <= len(rest["start"]) <= 2 or ADDRESSEE_UNIT_RE.fullmatch(above.text.strip())):
            continue  # a line alone joins only a 代字's last characters ('加急' above '鄞教函〔2024〕58号' is
            # the urgency, a 发文机关 above a bare '〔2024〕26号' the issuer, and the 发文机关标志 above
            # '气函〔2024〕63号' no part of its 代字)
        moved = (m["open"] or "") + m["part"] + block.text.strip()
        out[i - 1] = replace(above, text=join_lines([kept]), lines=[replace(above.lines[0], text=kept)]) if kept else None
        out[i] = replace(block, text=moved, lines=[replace(block.lines[0], text=moved)])
    return [b for b in out if b is not None]


# The most characters of a 发文机关代字 a head line may break off before the rest of its 文号; where the rest
# below starts with more than three, the part above holds two at most.
_DAIZI_PART = 6
_DAIZI_REST = 3
_DAIZI_REST_PART = 2

# The last characters of a 主送 alone with its colon: '表：', '委员：'.
_ADDRESSEE_END_RE = regex.compile(r"^\s*(?P<value>\p{Han}{1,2})\s*[:：]\s*$")


def _surname_broken_off(part: str, title_end: str, text: str) -> bool:
    """Is ``part`` the start of the 主送 on the line ``text`` ('谭' + '某刚委员：'), broken off after the title
    that ``title_end`` ends (not the title's own 文种 wrapped onto a line: '函' / '尊敬的某委员：')?"""
    # (or all of it but its last characters: '…的答复　冯某代' / '表：')
    addressed = ADDRESSEE_RE.match(text) or _ADDRESSEE_END_RE.match(text)
    name = remove_spaces(addressed["value"]) if addressed else ""
    return bool(name and (len(part) <= 3 or len(name) <= 2) and not DOC_TYPE_RE.fullmatch(part)
                and not name.startswith("尊敬")
                and DOC_TYPE_RE.search(remove_spaces(title_end)) and _person_like(part + name))


# A title's line with a bare 文号 set apart at its end by a gap (the title ending in its 文种).
_TITLE_THEN_NUMBER_RE = regex.compile(rf"^(?P<title>\S.*?)\s+(?P<number>{DOC_NUMBER_RE.pattern})\s*$")


def split_glued(blocks: list[Block]) -> list[Block]:
    """A 主送 that shares its line with the title or with the opening paragraph gets a block of its own
    (a web copy or an extractor joined them): '关于第7号建议的答复王五代表：' -> title, 主送; so does a date
    that lost its 年月日 beside the signer: '闽清县交通运输局    20221213' -> signer, date."""
    out: list[Block] = []
    wrapped_role = -1  # a line that only held the end of the 主送 glued to the title above it
    for i, block in enumerate(blocks):
        if i == wrapped_role:
            continue
        # a 文号 set apart after the title on its line: '…建议的答复　　陂城管函〔2023〕19号' -> title, 文号
        if (i < ADDRESSEE_WINDOW and len(block.lines) == 1 and (tn := _TITLE_THEN_NUMBER_RE.match(block.spaced))
                and DOC_TYPE_RE.search(remove_spaces(tn["title"]))):
            line = block.lines[0]
            out += [replace(block, text=remove_spaces(tn[k]), lines=[replace(line, text=remove_spaces(tn[k]))])
                    for k in ("title", "number")]
            continue
        m = GLUED_ADDRESSEE_RE.match(block.text) if i < ADDRESSEE_WINDOW else None
        titled, opening_after = None, False
        if i < ADDRESSEE_WINDOW and m is None:
            titled = _title_then_addressee(block.text) or _title_then_list_start(block, blocks[i + 1: i + 2])
            if titled is None and len(block.lines) > 1 and block.bbox is None:
                # text without indents may run the opening on after the title's line
                titled = _title_then_addressee(block.lines[0].text)
                opening_after = titled is not None
            # (a person's 主送 after the title whose role the line wrapped below: '…的答复　李某红' / '委员')
            if titled is None and (titled := _title_then_role_wrapped(block, blocks[i + 1: i + 2])):
                wrapped_role = i + 1
            # (the last line of a title the page wrapped, with a person's 主送 after it: '…的答' / '复　高某委员：')
            if titled is None and out and len(block.lines) == 1:
                titled = _title_end_then_person(out[-1].text.strip(), block.text.strip())
            # (the last line of a title the page wrapped, with the 主送 after a dash: '…的答' / '复——致王某代表')
            if titled is None and (to := _TO_WHOM_LINE_RE.match(block.text)) and (
                    value := addressee_value(to["addressee"], near_opening=True)) and _person_like(value):
                titled = (to["title"], to["addressee"])
        dated = (SIGNER_THEN_BARE_DATE_RE.match(DATE_LABEL_RE.sub(" ", block.spaced))
                 if m is None and len(block.lines) == 1 and block.text[-1:].isdecimal() else None)
        if titled:
            parts = list(titled)
        elif dated and ADDRESSEE_UNIT_RE.match(signer_text(dated["signer"])) and _date_shaped(dated["date"]):
            parts = [dated["signer"], dated["date"]]  # '闽清县交通运输局    20221213': 落款 on one line
        elif m is None:
            out.append(block)
            continue
        else:
            parts = [m["addressee"], m["after"]]
        # each part keeps the printed line it starts on (the box is the whole line's)
        first, last = block.lines[0], block.lines[-1]
        out.append(replace(block, text=parts[0].strip(), lines=[replace(first, text=parts[0].strip())]))
        if opening_after:
            out.append(replace(block, text=parts[1].strip(), lines=[replace(first, text=parts[1].strip())]))
            out.append(replace(block, text=join_lines([line.text for line in block.lines[1:]]), lines=block.lines[1:]))
            continue
        out.append(replace(block, text=parts[1].strip(), lines=[replace(last, text=parts[1].strip())]))
    return out


# The gap between two cells of a row set side by side: two spaces or more.
_CELL_GAP_RE = regex.compile(r"\s{2,}")
# The most words a whole date set apart at a row's end or start is printed in ('2024 年 6 月 14 日').
_DATE_WORDS = 7


def _date_set_apart(text: str) -> list[str] | None:
    """A row whose gap before or after a whole date came out as one space (a PDF's row: '联系人：王某
    电话：… 2024年6月14日'): its two cells, or None."""
    words = text.split()
    for n in range(1, min(len(words), _DATE_WORDS + 1)):
        if date_alone(" ".join(words[-n:])):
            return [" ".join(words[:-n]), " ".join(words[-n:])]
        if date_alone(" ".join(words[:n])):
            return [" ".join(words[:n]), " ".join(words[n:])]
    return None


def _foot_cells(block: Block) -> tuple[list[str], list[str]] | None:
    """A row of the foot that holds a contact beside the 署名 or the date, the contact at the left and
    the 落款 at the right or the other way round ('联系人：王某　　　　某市某局' / '联系电话：…　　2024年6月14日'):
    (the 落款's cells, the contact's), or None."""
    if len(block.lines) != 1:
        return None
    rest: list[str] = []
    contact: list[str] = []
    after_contact = False
    cells = _CELL_GAP_RE.split(block.spaced.strip())
    if len(cells) == 1:
        cells = _date_set_apart(cells[0]) or cells
    for cell in cells:
        if _date_shaped(cell) or (not CONTACT_LINE_RE.match(cell) and ADDRESSEE_UNIT_RE.match(signer_text(cell))):
            rest.append(cell)
            after_contact = False
        elif CONTACT_LINE_RE.match(cell) or after_contact:
            contact.append(cell)  # a label's cell, or what follows it: '联系人及电话：王某　　0477-8332641'
            after_contact = True
        else:
            return None
    return (rest, contact) if rest and contact else None


def _split_foot_rows(blocks: list[Block]) -> list[Block]:
    """Rows that set a contact beside the 署名 or the date: the 落款's cells first, each a block of its
    own, then the contact's, a row's cells one block. Only a run of such rows with a date among its
    cells is split (a contact row that names its office beside the person is no 署名)."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        run: list[tuple[Block, list[str], list[str]]] = []
        while i + len(run) < len(blocks) and (cells := _foot_cells(blocks[i + len(run)])):
            run.append((blocks[i + len(run)], *cells))
        if not any(_date_shaped(c) for _, rest, _ in run for c in rest):
            out.append(blocks[i])
            i += 1
            continue
        for block, rest, _ in run:
            out.extend(replace(block, text=c, lines=[replace(block.lines[0], text=c)]) for c in rest)
        for block, _, contact in run:
            text = "　　".join(contact)
            out.append(replace(block, text=text, lines=[replace(block.lines[0], text=text)]))
        i += len(run)
    return out


def read_elements(blocks: list[Block], metadata: dict[str, str] | None = None, *, ocr: bool = False) -> Result:
    """Every element of the contract from the document's blocks (and a web page's metadata box);
    ``ocr``: some of the text was read by OCR, whose one-character slips may be mended."""
    res = Result()
    blocks = _rejoin_mark_label(_rejoin_head_part(_split_foot_rows(split_glued(_without_cover_form(blocks)))))
    blocks, attached = _split_attached(_rejoin_date(blocks))
    if attached:
        res.fields["attached_documents"] = attached
    found = _addressee_index(blocks)
    if found is not None:
        addr, last, value = found
        res.set("addressee", value, blocks[addr])
        head, start = blocks[:addr], last + 1
        # a class or publicity row right under 主送 ('（办理类型：B　公开方式：依申请公开）') is the head's
        while start < len(blocks) and _marks_row(blocks[start].text):
            head, start = [*head, blocks[start]], start + 1
    else:
        start = _first_body_like(blocks)
        opening = _opening_index(blocks)
        if opening is not None:
            # the head is what stands above the opening, if none of it reads as a sentence
            above = [remove_spaces(b.text) for b in blocks[:opening] if not RULE_LINE_RE.match(b.text)]
            head_like = not any(SENTENCE_PUNCT_RE.search(t) or len(t) > 60 for t in above)
            start = opening if head_like else min(start, opening)
        head = blocks[:start]
    _read_head(head, res, bounded=found is not None, ocr=ocr)
    if metadata:
        _from_metadata(metadata, res, {"title", "doc_number", "publicity"})

    end = _tail_start(blocks, start)
    title = res.fields.get("title")
    # (the 发文机关标志 repeated at the top of a later page, 'XX局文件', is no paragraph either)
    mark = res.fields.get("issuer_mark")
    body_blocks = [b for b in blocks[start:end] if not (BLANK_FIELD_RE.match(b.text) and not is_closing(b.text))
                   and not RULE_LINE_RE.match(b.text) and not _running_head(b.text, title)
                   and not (mark and remove_spaces(b.text) == mark)]
    tail = blocks[end:]
    # a 附注 or 抄送 line that the body ran into never counts as 正文
    items = body_items([(b.text, b.page, b.bbox) for b in body_blocks])
    res.fields["body"] = items
    res.fields["sections"] = section_tree(items)
    _read_tail(_rejoin_printed(_pair_columns(_rejoin_phones(tail))), res)
    if "contacts" not in res.fields:  # (or in a note after the 落款 that says it in a sentence)
        _contact_in_body([*body_blocks, *tail], res)
    if "date" not in res.fields:  # no 落款 date: the one under the title
        res.set("date", *next(((d, b) for b in head if (d := _bracketed_date(b.text))), (None, None)))

    paragraphs = [it.text for it in items]
    # a meeting printed alone in the head (a database record's field line): '县人大十八届二次会议'
    congress_line = next((m["congress"] for b in head if (m := CONGRESS_ALONE_RE.match(remove_spaces(b.text)))), None)
    # and a record's number row: '提案编号：第156号', '建议编号：市十七届人大四次会议第28号'
    # (not the letter's own 文号 that a suggestion's register code reads like: '教基提案〔2020〕172号')
    own = res.fields["doc_number"].raw if "doc_number" in res.fields else None
    number_row = next((m for b in head if (m := NUMBER_ROW_RE.match(b.spaced))
                       and not (own and own in remove_spaces(b.text))), None)
    number_line = number_row["number"] if number_row else None
    congress_line = congress_line or (number_row["congress"] if number_row else None)
    # (or both on a bracketed line under the title: '（区政协十届二次会议第045号提案）')
    if named := next((p for b in head if (p := _proposal_line(b.text))), None):
        congress_line = congress_line or named["congress"] or named.get("congress2")
        number_line = number_line or named["number"] or named.get("number2")
    # (or the number alone so: '（第64号）'; not one with its year: '（第2026-14号）')
    elif (serial := next((m for b in head if (m := _serial_line(b.text))), None)) and not serial["year"]:
        number_line = number_line or serial["number"]
    # and its title row: '建议名称：关于…的建议'
    title_line = next((m["t"] for b in head if (m := PROPOSAL_TITLE_ROW_RE.match(b.spaced))), None)
    proposal = read_proposal(res.fields.get("title"), res.fields.get("addressee"), paragraphs[:2], congress_line,
                             number_line, title_line, summary_paragraph(paragraphs))
    # and who made it, by a row of its own, which names them as the record holds them: '提案人：刘某等3人' -> 刘某等
    row = next((m["who"] for b in head if (m := PROPOSER_ROW_RE.match(b.spaced))), None)
    if proposal is not None and row and (who := proposer_of(row) or proposer_of(row + "代表")):
        proposal = proposal.model_copy(update={"proposer": who})
    if proposal is not None:
        res.set("proposal", proposal, None)
        # where it is named: the title, else the first paragraph that names its title or number
        if "title" in res.evidence and (proposal.congress or proposal.number_raw):
            res.evidence["proposal"] = res.evidence["title"]
        else:
            _evidence_in_body(res, "proposal", body_blocks, proposal.title or "")
        if proposal.number is None and proposal.congress is not None:
            res.warn("elements.proposal_number_not_integer", "the suggestion number is not an integer", None)
    exclude = {proposal.title} if proposal and proposal.title else set()
    # the suggestion the opening names is what the letter answers, not a document it cites
    # (and so is the one the letter's title names, where the opening quotes it in full: '关于《推进…的建议》的答复')
    title_text = res.fields.get("title")
    exclude |= {m["title"] for text in (paragraphs[0] if paragraphs else "", title_text or "")
                for m in CITED_RE.finditer(text) if PROPOSAL_WORD_END_RE.search(m["title"])}
    # a document the title names ('关于同意《某规划》的批复') is cited first
    # (and a document the 附件说明 names in 《》 after them: '附件：《某市…实施细则》', sent with the letter)
    attachment_titles: list[str] = [named for named in res.fields.get("attachments") or [] if "《" in named]
    res.fields["cited_documents"] = cited_documents(paragraphs, exclude, letter_title=title_text, attached=attachment_titles)
    if res.fields["cited_documents"]:
        first = res.fields["cited_documents"][0]
        _evidence_in_body(res, "cited_documents", body_blocks, first.title or first.number or "")
    if title := res.fields.get("title"):
        res.set("doc_type", doc_type_of(title), None)
    dn = res.fields.get("doc_number")
    if dn is not None and not dn.raw.endswith("号"):
        res.warn("elements.doc_number_unclosed", f"发文字号 printed without its (closing) bracket and 号: {dn.raw}")
    elif dn is not None and dn.serial is None:
        res.warn("elements.doc_number_serial_not_integer", f"发文字号 serial is not an integer: {dn.raw}")
    if isinstance(res.fields.get("publicity"), Publicity) and res.fields["publicity"].is_public is None:
        res.warn("elements.publicity_unclear", f"cannot tell from {res.fields['publicity'].raw!r} whether it is public")
    if metadata:
        _from_metadata(metadata, res, {"date"})
    if ocr:
        agree_with_title(res.fields)
    for name, term in (("title", "标题"), ("addressee", "主送机关"), ("date", "成文日期"), ("signer", "发文机关署名"),
                       ("doc_number", "发文字号")):
        if name not in res.fields:
            res.warn(f"elements.{name}_missing", f"no {term} ({name}) found")
    if not items:
        res.warn("elements.body_missing", "no 正文 paragraphs found")
    letter_marks = ("doc_number", "title", "addressee", "signer", "date", "proposal", "contacts", "cc")
    if not any(res.fields.get(name) for name in letter_marks):
        res.warn("not_a_letter", "nothing of an official letter was found (no 文号, title, 主送, signer, date, "
                 "contacts or 抄送): the fields are empty, the text is in body")
    return res
