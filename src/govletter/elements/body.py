"""正文: paragraphs with their kind, the 层次 tree, and the documents cited by title."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

import regex

from ..models import BodyItem, CitedDocument, Section
from ..normalize import remove_spaces
from ..patterns import (
    ABBREVIATION_DEFINED_RE,
    ABBREVIATION_RE,
    BOOKLET_RE,
    CITED_BULLETIN_RE,
    CITED_ISSUER_AFTER_AND_RE,
    CITED_ISSUER_RE,
    CITED_LEAD_IN_RE,
    CITED_NUMBER_RE,
    CITED_RE,
    CLOSING_RE,
    DOCUMENT_AFTER_RE,
    DOCUMENT_BEFORE_RE,
    DOCUMENT_NAME_RE,
    HANDED_OUT_RE,
    HEADING_RES,
    MEDIA_AFTER_RE,
    MEDIA_BEFORE_RE,
    MEDIA_LIST_NEXT_RE,
    MEDIA_TITLE_RE,
    NUMBER_SAID_AFTER_RE,
    NUMBER_SAID_ALONE_RE,
    ORDER_LEAD_IN_RE,
    ORDER_NUMBER_RE,
    SAME_DOCUMENT_ISSUED_RE,
    SAME_DOCUMENT_RE,
    SENTENCE_MARK_RE,
    STANDARD_CODE_RE,
    STANDARD_NO_YEAR_RE,
)
from ..places import place_at_start
from .header import normalise_doc_number, parse_doc_number


def heading_of(text: str) -> tuple[int, str, int] | None:
    """``(level, number, end)`` if ``text`` starts with a 层次序数, else ``None``.

    '一、基本情况' -> (1, '一', 2); '（二）希望…' -> (2, '二', 3); '1.希望…' -> (3, '1', 2); '（1）…' -> 4.
    Not '八、九十年代…', '2023云南省…', '1.5亿元'.
    """
    for level, pattern in HEADING_RES:
        m = pattern.match(text)
        if m:
            return level, m["num"], m.end()
    return None


def is_closing(text: str) -> bool:
    return bool(CLOSING_RE.search(text))


Box = tuple[float, float, float, float]


def body_items(texts: list[tuple[str, int | None, Box | None]]) -> list[BodyItem]:
    """Paragraph texts (with page and box) -> body items. Closings are the run of closing formulas at the end."""
    closing_from = len(texts)
    while closing_from > 0 and is_closing(texts[closing_from - 1][0]):
        closing_from -= 1
    items: list[BodyItem] = []
    for i, (text, page, bbox) in enumerate(texts):
        head = heading_of(text)
        if i >= closing_from:
            items.append(BodyItem(kind="closing", text=text, page=page, bbox=bbox))
        elif head:
            level, number, _ = head
            items.append(BodyItem(kind="heading", text=text, level=level, number=number, page=page, bbox=bbox))
        else:
            items.append(BodyItem(kind="paragraph", text=text, page=page, bbox=bbox))
    return items


def _split_heading(text: str, end: int) -> tuple[str, str]:
    """A run-in heading '（一）关于资金问题。我局高度重视……' -> ('关于资金问题。', '我局高度重视……')."""
    rest = text[end:].strip()
    m = SENTENCE_MARK_RE.search(rest)
    if m and m.end() < len(rest):
        return rest[: m.end()], rest[m.end():].strip()
    return rest, ""


@dataclass
class _Node:
    number: str | None
    level: int
    heading: str | None
    paragraphs: list[str] = field(default_factory=list)
    children: list[_Node] = field(default_factory=list)

    def freeze(self) -> Section:
        return Section(number=self.number, level=self.level, heading=self.heading, paragraphs=self.paragraphs,
                       children=[c.freeze() for c in self.children])


def section_tree(items: list[BodyItem]) -> list[Section]:
    """Body items -> the 层次 tree; text before the first heading is a level-0 section."""
    roots: list[_Node] = []
    stack: list[_Node] = []
    for item in items:
        if item.kind == "closing":
            continue
        if item.kind == "heading" and item.level is not None:
            head = heading_of(item.text)
            heading, rest = _split_heading(item.text, head[2] if head else 0)
            node = _Node(number=item.number, level=item.level, heading=heading, paragraphs=[rest] if rest else [])
            while stack and stack[-1].level >= item.level:
                stack.pop()
            (stack[-1].children if stack else roots).append(node)
            stack.append(node)
        elif stack:
            stack[-1].paragraphs.append(item.text)
        else:
            if not roots or roots[-1].level != 0:
                roots.append(_Node(number=None, level=0, heading=None))
            roots[-1].paragraphs.append(item.text)
    return [node.freeze() for node in roots]


# The notes in brackets at a title's end: '（2021—2025年）', '（试行）', or one a web copy left open: '（2021-2035年';
# or its year printed after it unbracketed: '《中国水资源公报2023》', '《…报告2024年版》'.
_TITLE_NOTE_RE = regex.compile(r"(?:\s*[（(][^（）()]*(?:[）)]|$)|(?<=\p{Han})\s*(?:19|20)\d{2}\s*年?(?:版|度)?)+\s*$")


# How far before a 《title》 the words that name it a standard are looked for ('国家标准《…》《…》').
_BEFORE_CHARS = 80
# The document a notice issued, quoted inside its title: '关于印发〈某实施方案〉的通知' -> 某实施方案.
_ISSUED_INNER_RE = regex.compile(r"(?:印发|转发)[〈<]([^〈〉<>]+)[〉>]")
# What a law's short name leaves out of its full title: '《中华人民共和国防震减灾法》' -> '《防震减灾法》'.
_NATION = "中华人民共和国"
# A word that joins what stands before it: '和', '及', '与'.
_JOINING_WORD_RE = regex.compile(r"^[和及与]")
# A form an office serves: '…限期整改指令书', '…责令改正通知书', '…行政处罚决定书'.
_SERVED_FORM_RE = regex.compile(r"(?:指令|通知|决定|告知|意见|建议)书$")
# The bracket a full name glosses a short one in: '《大气法》（《…》）', '《大气法》（即《…》）'.
_GLOSS_OPEN_RE = regex.compile(r"\s*[（(]\s*(?:即\s*)?")
# Or the word: '《草原法》即《中华人民共和国草原法》'.
_GLOSS_THAT_IS_RE = regex.compile(r"\s*[，,]?\s*即\s*")
_GLOSS_CLOSE_RE = regex.compile(r"\s*[）)]")
# What joins two titles: '和', '、'.
_JOINED_RE = regex.compile(r"\s*[和、及与]\s*")
# A suggestion's title that asks for a document to be made, before it and after it: '关于制定《…条例》的议案'.
_ASKED_TO_MAKE_RE = regex.compile(r"关于(?:尽快|加快|研究)?(?:制定|出台|起草|编制)\s*$")
_SUGGESTION_AFTER_RE = regex.compile(r"\s*的\s*(?:建议|提案|议案)")


# What stands between a bare 文号 and the title that names it: '…号文件，即《'.
_THAT_IS_RE = regex.compile(r"(?:文件)?\s*[，,]?\s*即\s*(?=《)")
# Words between a 《title》 and a bare 文号 that make the 文号 another document's: '…》的规定和宁政办〔2018〕93号'.
_WORDS_BETWEEN_RE = regex.compile(r"[的和及与并、，,]|规定|要求|精神")
# What an order that amended a document says after its number: '国务院令第726号修订'.
_AMENDED_RE = regex.compile(r"(?:修订|修正|修改)$")
# A 文号's serial alone, after the full 文号 of the same prefix and year: '第0232号' of '…〔2025〕第0231号、第0232号'.
_SERIAL_ALONE_RE = regex.compile(r"第?\d{1,5}号")
# A comma and 即 before a bare 文号, which says it is the 《title》's before them: '《…办法》，即武政办〔2023〕41号文件'.
_AFTER_COMMA_THAT_IS_RE = regex.compile(r"[，,]即")


_Found = tuple[int, str | None, str | None, str | None]  # where, title, 文号, the kind a 该… names


def _title_named_after(text: str, end: int, title_at: dict[int, int]) -> int | None:
    """The 《title》 found that names the 文号 or the order ending at ``end`` after 即 ('…27号文件，即《…》'): its index."""
    that = _THAT_IS_RE.match(text, end)
    return title_at.get(that.end()) if that else None


def _numbered(entry: _Found, number: str) -> _Found:
    """A 《title》 found without a 文号, with the one printed beside it."""
    return entry[0], entry[1], number, None


# A 《title》 that is a kind of document alone, never a document's name: '《条例》', '《实施方案》'.
_BARE_KIND_RE = regex.compile(r"(?:实施|管理|暂行|行动|工作)?(?:条例|办法|规定|意见|方案|规划|通知|决定|纲要|细则|计划|指南|规范|导则)")


def _without_note(title: str) -> str:
    return _TITLE_NOTE_RE.sub("", title)


# The end of an issuer named in a list of them, before the next: '自治区交通运输厅、'.
_ISSUER_LISTED_RE = regex.compile(r"(?:部|厅|局|委|署|院|办|府|会)、$")


def _bare_number(raw: str, text: str = "", at: int = 0) -> str:
    """An unbracketed 文号 without what stands before it: a lead-in ('按照', '印发了') and an issuer
    ('住房和城乡建设部办公厅建办城〔2022〕34号' -> 建办城〔2022〕34号). ``raw`` stands at ``text[at:]``."""
    number = CITED_LEAD_IN_RE.sub("", raw)
    # (or the last of the issuers a list names, after 、: '自治区交通运输厅、财政厅桂交规划发〔2024〕41号'; not after a
    # 文号, the next of a list of them: '…〔2022〕4号、工信厅企业函〔2023〕201号')
    before = text[max(0, at - 2):at] + raw[: len(raw) - len(number)]
    after_and = before.endswith("和") or _ISSUER_LISTED_RE.search(before) is not None
    # (not the issuer of a 通告 or 公告 numbered by its kind: '农业农村部通告〔2019〕4号' is its number whole)
    if not _KIND_NUMBERED_RE.match(without_issuer := CITED_ISSUER_RE.sub("", number)):
        number = without_issuer
    return CITED_ISSUER_AFTER_AND_RE.sub("", number) if after_and else number


# A 通告 or 公告 numbered by its kind after its issuer: '通告〔2019〕4号' of '农业农村部通告〔2019〕4号'.
_KIND_NUMBERED_RE = regex.compile(r"(?:通告|公告)\s*[〔【\[（(［]")


def _order(raw: str) -> str:
    """An order or a 公告 by its issuer and number, as printed, without the word joining it to the document
    before ('…》和福建省…常务委员会公告第34号') or a verb before its issuer ('选用农业农村部公告第269号')."""
    return ORDER_LEAD_IN_RE.sub("", _JOINING_WORD_RE.sub("", remove_spaces(raw)))


# A bulletin, a yearbook or a handbook by its name's end, and the verb an office draws one up with, right before its
# 《title》 ('编制了《…工作手册》', '每季度我局编发《…监管公报》'; a plan it draws up is a document); or a guide for the
# public ('编制了《既有住宅加装电梯办事指南》', '《…乡村民宿旅游指南》'; not a technical or an application guide,
# '《…种植技术指南》', '《…项目申报指南》', which are documents).
_OWN_BULLETIN_RE = regex.compile(rf"(?:公报|年报|年鉴|汇编|(?:办事|旅游|出行|服务|游客|就医)指南)$|{BOOKLET_RE.pattern}")
_DRAWN_UP_RE = regex.compile(r"编[制发辑][了的]?\s*$")


def _media(text: str, start: int, end: int, title: str) -> bool:
    """Is the 《title》 at ``text[start:end]`` a newspaper, a programme or a book, not a document?"""
    # (not a form served, however many: '下达《…限期整改指令书》418份')
    return bool(MEDIA_TITLE_RE.search(title) or MEDIA_BEFORE_RE.search(text[max(0, start - 160):start])
                # (a bulletin the office draws up itself: '我厅每年编制《湖北省水资源公报》'; a plan it draws up is a
                # document)
                or (_OWN_BULLETIN_RE.search(title) is not None and _DRAWN_UP_RE.search(text, max(0, start - 8), start) is not None)
                or (BOOKLET_RE.search(title) and HANDED_OUT_RE.search(text[max(0, start - 6):start]))
                or (MEDIA_AFTER_RE.match(text, end) and not _SERVED_FORM_RE.search(title))
                # one of a list the word after its last title names: '《远方的家》、湖北卫视《长江新闻号》栏目'
                or ((after := MEDIA_LIST_NEXT_RE.match(text, end)) is not None
                    and MEDIA_AFTER_RE.match(text, after.end()) is not None))


def _named_again(title: str, earlier: str) -> bool:
    """Is ``title``, cited without a 文号, the document cited before as ``earlier``, named again? Short, by its
    end: '《中华人民共和国学前教育法》' … '《学前教育法》', '《条例》'; a law named short first, then in full:
    '《防震减灾法》' … '《中华人民共和国防震减灾法》' (listed as first named; not '《物业管理条例》' …
    '《山东省物业管理条例》', another document); or the document a notice issued, named short: '《…关于印发〈某实施
    方案〉的通知》' … '《实施方案》' (named in full it is cited on its own, as fbp-007 settled, and so is the plan
    a request asks approval for)."""
    # (the earlier title's note left out too: '《…实施方案（2023—2025年）》' … '《实施方案》')
    return (earlier.endswith(title) or (title != earlier and _without_note(earlier).endswith(title))
            or title == _NATION + earlier or _abbreviates(earlier, title) or _abbreviates(title, earlier)
            # ('中国' for '中华人民共和国': '《中华人民共和国药典》' … '《中国药典》')
            or _nation_spelled_out(title) == earlier or _nation_spelled_out(earlier) == title
            # (the plan's name may carry a note the short name leaves out: '〈…技术导则（试行）〉' … '《技术导则》')
            or any(_without_note(inner).endswith(title) and inner != title for inner in _ISSUED_INNER_RE.findall(earlier)))


def _nation_spelled_out(title: str) -> str:
    """``title`` with a leading '中国' written as the state's full name: '中国药典' -> '中华人民共和国药典'."""
    return _NATION + title.removeprefix("中国") if title.startswith("中国") else title


# What a law's short name may leave out in one run: what the law does for its subject ('大气污染防治法' -> '大气法').
_GENERIC_RUN_RE = regex.compile(r"污染防治|权益保障|权益保护|保护|管理")


def _abbreviates(short: str, full: str) -> bool:
    """Is ``short`` a law's name abbreviated from its ``full`` title: '村委会组织法' of '中华人民共和国村民委员会组织法',
    '非遗法' of '中华人民共和国非物质文化遗产法', '云南省非遗条例' of '云南省非物质文化遗产保护条例' (its characters
    in order, the first and the last the full name's without 中华人民共和国 or its place, and more than one run of them
    left out, or one run of what the law does: '劳动法' is not '劳动合同法' with '合同' left out, it is another law)?"""
    name = full.removeprefix(_NATION)
    if name == full and (place := place_at_start(full)):
        name = full[len(place):]  # a province's or a city's regulation: '《滇池条例》' of '《云南省滇池保护条例》'
        # (named with its place both times: '《云南省非遗条例》' of '《云南省非物质文化遗产保护条例》')
        short = short.removeprefix(place)
    if name == full or not 3 <= len(short) < len(name) or short[0] != name[0] or short[-1] != name[-1]:
        return False
    kept = _kept_at(short, name)
    if kept is None:
        return False
    runs = [name[a + 1:b] for a, b in pairwise(kept) if b > a + 1]
    # (or one run left out that is what such a name says of its subject: '大气法' of '…大气污染防治法', '文物法' of
    # '…文物保护法'; not '劳动法' of '…劳动合同法', nor '农业法' of '…农业技术推广法')
    return len(runs) >= 2 or (len(runs) == 1 and _GENERIC_RUN_RE.fullmatch(runs[0]) is not None)


def _kept_at(short: str, name: str) -> list[int] | None:
    """Where ``short``'s characters stand in ``name``, each the first after the one before (the last at the end)."""
    at: list[int] = []
    k = 0
    for ch in short[:-1]:
        k = name.find(ch, k)
        if k < 0:
            return None
        at.append(k)
        k += 1
    return [*at, len(name) - 1] if at and at[-1] < len(name) - 1 else None


# A government or its office issuing what it names, right before the 《title》: '省政府已于2024年3月印发',
# '市人民政府办公室出台了'.
_ISSUED_BY_GOVERNMENT_RE = regex.compile(r"(?:政府|办公厅|办公室)[^，,。；;《》]{0,12}?(?:印发|出台|颁布)[了的]?\s*$")
# The state issuing what it names, right before the 《title》: '国务院', '国务院办公厅印发的', '全国人大常委会修订的', '国家'.
_STATE_ISSUER_RE = regex.compile(r"(?:国务院|党中央|中共中央|全国人大(?:常委会)?|全国人民代表大会(?:常务委员会)?)(?:办公厅)?"
                                 r"(?:[^，,。；;《》]{0,12}?(?:印发|出台|颁布|发布|公布|修订)[了的]?)?\s*$|国家\s*$")
# How far before a 《title》 the government issuing it is looked for.
_ISSUER_REACH = 24


def _names_document(text: str, start: int, end: int, title: str) -> bool:
    """Does the 《title》 at ``text[start:end]``, cited without a 文号, name a document: by its name's end
    ('…管理办法'), or by a standard or an issue named after it ('《乡镇消防队》标准') or before it ('国家标准《儿童
    皮鞋》《儿童旅游鞋》等'), or by the government that issued it ('省政府已于2024年3月印发《…联防联控工作机制》')?"""
    # (its name's end may be quoted: '《…整治“22条措施”》')
    return bool(DOCUMENT_NAME_RE.search(_without_note(title.strip()).rstrip("”’\"'")) or DOCUMENT_AFTER_RE.match(text, end)
                or DOCUMENT_BEFORE_RE.search(text, max(0, start - _BEFORE_CHARS), start)
                or _ISSUED_BY_GOVERNMENT_RE.search(text, max(0, start - _ISSUER_REACH), start))


def cited_documents(paragraphs: list[str], exclude: set[str], *,
                    letter_title: str | None = None, attached: Sequence[str] = ()) -> list[CitedDocument]:
    """Documents the body cites, each once, in the order they are cited: 《title》 with the 文号 in
    brackets after it (or before it: '（X〔2023〕28号）函《…》'), and a 文号 in brackets with no title
    ('办理意见（义案复〔2020〕48号）'); a title quoted inside a title ('《关于<某规划>的请示》') is part of it;
    a 公告 or 令 by its issuer and number ('国土资源部2006年第19号公告').
    A 文号 before the title may lack brackets after a verb or the addressee: '印发了绵府办发〔2022〕19号《…》'.
    An abbreviation ('以下简称《改革意见》') cites nothing, and neither does the short title wherever it recurs.
    A document the ``letter_title`` names ('关于同意《某规划》的批复') is cited first, whatever its name ends in;
    one ``attached`` names (the 附件说明's items: '《…工作流程》') is cited after the body's, whatever it ends in too."""
    seen: set[tuple[str | None, str | None]] = set()
    out: list[CitedDocument] = []
    at: dict[str, int] = {}  # where each title was cited first: a title cited again is the same document
    # an abbreviation the letter defines ('以下简称《规划》') names, wherever it stands, a document already cited
    short = {m["short"] for text in paragraphs for m in ABBREVIATION_DEFINED_RE.finditer(text)}
    glosses: dict[str, str] = {}  # a short name glossed by the full one: the full one

    def add(title: str | None, number: str | None, kind: str | None = None, national: bool = False) -> None:
        # a title named first without its 文号 (in the letter's title), then with it: one document
        if title is not None and title in at and (number is None or out[at[title]].number in (None, number)):
            if number:
                out[at[title]] = CitedDocument(title=title, number=number)
            return
        # (not a place's document when the state issued the one named: '《重庆市物业管理条例》' … '国务院《物业管理条例》')
        if title is not None and number is None and (any(_named_again(title, t) and not (national and place_at_start(t))
                                                         for t in at)
                                                     or _BARE_KIND_RE.fullmatch(title) or glosses.get(title) in at):
            return  # (a kind alone, '《条例》', names again a document named before, however loosely; so does a
            # short name a gloss gave the full one: '《大气法》（《中华人民共和国大气污染防治法》）' … '《大气法》')
        # '该规划（农机发〔2021〕5号）': the 文号 of the last document of that kind, cited without one
        if kind and (last := next((k for k in reversed(range(len(out))) if (t := out[k].title) is not None
                                   and _without_note(t).endswith(kind) and out[k].number is None), None)) is not None:
            out[last] = out[last].model_copy(update={"number": number})
            return
        if (title, number) not in seen and (title is None or (title not in exclude and title not in short)):
            seen.add((title, number))
            if title is not None:
                at[title] = len(out)
            out.append(CitedDocument(title=title, number=number))

    # (the letter's title and the 附件说明's items name documents whatever their names end in)
    named_anyway = [*([(letter_title, True)] if letter_title else []), *((text, False) for text in paragraphs),
                    *((text, True) for text in attached)]
    for text, anyway in named_anyway:
        found: list[_Found] = []
        spans: list[tuple[int, int]] = []
        untitled_end: dict[int, int] = {}  # where a 《title》 cited without a 文号 ends: its index in found
        title_at: dict[int, int] = {}  # and where it starts (its 《)
        unnamed: set[int] = set()  # where a 《title》 without a 文号 names no kind of document
        for m in CITED_RE.finditer(text):
            spans.append(m.span())
            if ABBREVIATION_RE.search(text[: m.start("title") - 1]):
                continue
            title = m["title"].strip()
            if not m["number"] and _media(text, m.start("title") - 1, m.end("title") + 1, title):
                continue
            if not m["number"] and _ASKED_TO_MAKE_RE.search(text, 0, m.start("title") - 1) \
                    and _SUGGESTION_AFTER_RE.match(text, m.end("title") + 1):
                continue  # what the suggestion asks to be made, in its title: no document yet
            if m["before_order"] and not m["number"]:  # '国务院第793号令公布的《…》': the order as printed
                # (not the word joining it to the document before: '…》和福建省…常务委员会公告第34号')
                found.append((m.start(), title, _order(m["before_order"]), None))
                continue
            raw = m["number"] or m["before"] or m["before_code"] or (m["before_bare"] and _bare_number(m["before_bare"], text, m.start("before_bare")))
            # (a standard's code as printed: 'GB 38600—2019')
            number = (raw.strip() if STANDARD_CODE_RE.fullmatch(raw.strip()) or STANDARD_NO_YEAR_RE.fullmatch(raw.strip())
                      else normalise_doc_number(raw)) if raw else None
            if number and m["before_bare2"]:  # one document under two 文号, its issuers' each: both, in order
                number = f"{number}、{normalise_doc_number(m['before_bare2'])}"
            # two titles joined, one bracket of their two 文号 after the second: each its own, in order
            # ('《A》和《B》（湖政办发〔2018〕41号、湖农〔2019〕12号）')
            second = parse_doc_number(m["more"]) if m["more"] and m["number"] else None
            if second and found and found[-1][2] is None and found[-1][1] is not None and len(spans) >= 2 \
                    and _JOINED_RE.fullmatch(text, spans[-2][1], m.start()):
                found[-1] = (found[-1][0], found[-1][1], number, None)
                number = second[0].raw
            elif second and number and second[1][0] == 0:
                # one document under two 文号, as its issuers printed it jointly: both, as printed
                # ('《…的通知》（民函〔2016〕200号、财社〔2016〕73号）')
                number = f"{number}、{second[0].raw}"
            elif (number and m["more"] and m["number"] and text[m.start("more") - 1] == "、"
                  and _SERIAL_ALONE_RE.fullmatch(remove_spaces(m["more"]))):
                # or under two serials of one prefix and year, the second by its serial alone: two forms served alike
                # ('《责令限期改正通知书》（江城管责改字〔2025〕第0231号、第0232号）'): both, as printed
                number = f"{number}、{remove_spaces(m['more'])}"
            elif (number and m["more"] and m["number"] and ORDER_NUMBER_RE.fullmatch(number)
                  and text[m.start("more") - 1] == "、"
                  and ORDER_NUMBER_RE.fullmatch(more := _AMENDED_RE.sub("", remove_spaces(m["more"])))):
                # or under two 公告 or orders listed ('（财政部 海关总署 税务总局公告2023年第13号、海关总署公告2023年第61号）'),
                # the second the one that amended it ('（国务院令第77号、国务院令第726号修订）'); not a note of the
                # amending order after a comma ('（国务院令第100号发布，国务院令第687号修订）': the first)
                number = f"{number}、{more}"
            if number is None and (said := NUMBER_SAID_AFTER_RE.match(text, m.end())):
                number = normalise_doc_number(said["number"])  # '《…规划》，文号为新政〔2021〕27号'
                spans.append(said.span("number"))
            if number is None:
                untitled_end[m.end("title") + 1] = len(found)
                title_at[m.start("title") - 1] = len(found)
                # (whatever it names, a 《title》 the 附件说明 names is sent with the letter: '附件：《…工作流程》')
                if not anyway and not _names_document(
                        text, m.start("title") - 1, m.end("title") + 1, m["title"]):
                    unnamed.add(m.start())  # (a show or a book, unless a 文号 printed beside it follows)
            # a short name glossed by the full one in brackets right after it: one document, by its full name
            # ('《大气法》（《中华人民共和国大气污染防治法》）'; or after 即, the longer name the full one:
            # '《草原法》即《中华人民共和国草原法》')
            between = (spans[-2][1], m.start()) if len(spans) >= 2 else (0, 0)
            if (number is None and found and len(spans) >= 2 and (glossed := found[-1][1]) is not None
                    and found[-1][2] is None
                    and ((_GLOSS_OPEN_RE.fullmatch(text, *between) and _GLOSS_CLOSE_RE.match(text, m.end()))
                         or (_GLOSS_THAT_IS_RE.fullmatch(text, *between) and len(title) > len(glossed)))):
                found[-1] = (found[-1][0], title, None, None)
                glosses[glossed] = title
                if m.start() not in unnamed:
                    # (the full name names a document where the short one did not: '《ADR》（《…欧洲公约》）')
                    unnamed.discard(found[-1][0])
                continue
            found.append((m.start(), title, number, None))

        for m in SAME_DOCUMENT_ISSUED_RE.finditer(text):  # '该规划由…以宁政办发〔2020〕14号印发'
            if any(a <= m.start("number") < b for a, b in spans):
                continue  # (given already to the title right before it: '《…行动方案》，该方案文号为琼府〔2022〕7号')
            found.append((m.start(), None, normalise_doc_number(m["number"]), m["kind"]))
            spans.append(m.span("number"))
        for m in NUMBER_SAID_ALONE_RE.finditer(text):  # '…规划管理规定，文号为渝规资规范〔2022〕7号'
            if not any(a <= m.start("number") < b for a, b in spans):
                found.append((m.start(), None, normalise_doc_number(m["number"]), None))
                spans.append(m.span("number"))
        for m in CITED_NUMBER_RE.finditer(text):
            # a bare 文号 right after a 《title》 cited without one is its own: '《…实施意见》国办发〔2015〕13号文件'
            # a bare 文号 named by its title after 即: '印发医保发〔2021〕27号文件，即《…的通知》'
            if m["bare"] and (k := _title_named_after(text, m.end(), title_at)) is not None:
                found[k] = _numbered(found[k], normalise_doc_number(_bare_number(m["bare"], text, m.start("bare"))))
                continue
            # (not one after words: '《…条例》的规定和宁政办〔2018〕93号文件精神'; but after 即: '《…办法》，即武政办〔2023〕
            # 41号文件')
            that_is = m["bare"] is not None and _AFTER_COMMA_THAT_IS_RE.match(text, m.start() - 1) is not None
            raw = m["bare"][1:] if that_is else m["bare"]
            if raw and (k := untitled_end.get(m.start() - 1 if that_is else m.start())) is not None \
                    and not _WORDS_BETWEEN_RE.search(raw[: len(raw) - len(bare := _bare_number(raw, text, m.start("bare")))]):
                found[k] = _numbered(found[k], normalise_doc_number(bare))
                continue
            if not any(a <= m.start() < b for a, b in spans):
                # ('该规划（农机发〔2021〕5号）': the number of a document cited before)
                kind = same["kind"] if m["number"] and (same := SAME_DOCUMENT_RE.search(text, 0, m.start())) else None
                found.append((m.start(), None, normalise_doc_number(m["number"] or _bare_number(m["bare"], text, m.start("bare"))), kind))
        for m in STANDARD_CODE_RE.finditer(text):  # a standard by its code alone: '按SC/T 8146—2019的要求'
            # (or right after its 《title》 without a bracket: '《…设计规范》GB 50736—2012')
            if (k := untitled_end.get(len(text[: m.start()].rstrip()))) is not None:
                found[k] = _numbered(found[k], m[0].strip())
            elif not any(a <= m.start() < b for a, b in spans):
                found.append((m.start(), None, m[0].strip(), None))
        for m in CITED_BULLETIN_RE.finditer(text):  # '国土资源部2006年第19号公告', kept as printed
            # (not one over a number taken: its issuer may run back over the words that gave that number,
            # '该办法文号为浙江省人民政府令第392号')
            if any(a < m.end() and m.start() < b for a, b in spans):
                continue
            # (named by its title after 即: '依据商务部令2012年第9号，即《单用途商业预付卡管理办法（试行）》')
            if (k := _title_named_after(text, m.end(), title_at)) is not None and found[k][2] is None:
                found[k] = _numbered(found[k], _order(m["number"]))
                continue
            found.append((m.start(), None, _order(m["number"]), None))
        for where, title, number, kind in sorted(found, key=lambda f: f[0]):
            if number is None and where in unnamed:
                continue
            # (a 《title》 the state issued: '国务院《物业管理条例》')
            national = title is not None and _STATE_ISSUER_RE.search(text, max(0, where - _ISSUER_REACH), where) is not None
            add(title, number, kind, national)
    # a document named by its 文号 alone and, elsewhere, by its title with the same 文号: one document
    titled = {c.number for c in out if c.title is not None and c.number}
    return [c for c in out if c.title is not None or c.number not in titled]
