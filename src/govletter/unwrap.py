"""Stage 3: hard line wraps -> paragraphs (blocks), across page breaks.

A block is what the author typed as one paragraph or one standalone line (a title line, the date).
From a PDF the decision uses positions: a first line is indented two characters, a paragraph's last
line stops short of the right edge, centred and right-set lines stand alone. From plain text only
widths are left (a full-width character counts 1, a half-width 0.5) and the punctuation at line ends.
"""

from __future__ import annotations

import itertools
import statistics
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

import regex

from .extract.base import Document, Line
from .normalize import figure_gaps, join_lines, ocr_paragraph, remove_spaces, squeeze_spaces, text_width
from .patterns import (
    ADDRESSEE_RE,
    ADDRESSEE_UNIT_RE,
    AS_FOLLOWS_RE,
    ATTACHMENT_RE,
    CC_RE,
    CLOSING_RE,
    COMMA_RE,
    CONTACT_LINE_RE,
    DATE_ARABIC_RE,
    DATE_CHINESE_RE,
    DATE_NUMERIC_RE,
    DOC_NUMBER_RE,
    FIELD_ROW_RE,
    HANDLING_ALONE_RE,
    HANDLING_LABELLED_RE,
    HANDLING_WORDS_ALONE_RE,
    HEADING_RES,
    LABEL_RE,
    LIST_OR_SENTENCE_MARK_RE,
    PARAGRAPH_END_RE,
    PARAGRAPH_START_RE,
    PHONE_LABEL_END_RE,
    PHONE_RE,
    PRINTED_DATE_RE,
    PUBLICITY_ALONE_RE,
    PUBLICITY_LABELLED_RE,
    REPLY_LABEL_RE,
    RULE_LINE_RE,
    RUN_IN_ITEM_RES,
    SEAL_NOTE_RE,
    SENTENCE_END_RE,
    TITLE_OPENS_RE,
)
from .places import mend_places

# Lines that always begin a block of their own, whatever their width says.
_HARD_START_RE = regex.compile(
    rf"{CC_RE.pattern}|{CONTACT_LINE_RE.pattern}|{ATTACHMENT_RE.pattern}|{RULE_LINE_RE.pattern}"
    # a publicity note, not a sentence about the letter ('此件由区人社局主办，…')
    r"|^\s*[（(]\s*此件|^\s*此件[^，。；]{0,4}(?:公开|不予|不宜|仅供)|^\s*此致\s*$|^\s*敬\s*礼"
    # the 版记's 印发 row: '某局办公室　2026年6月4日印发' (not run on from a contact row above it)
    r"|^[^。；，]{0,30}?(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印\s*发\s*$"
)


_CLOSED_RE = regex.compile(r"[）)。]\s*$")
# A labelled phone at a line's end: '…，联系电话：0571-87052136'.
_PHONE_FIELD_END_RE = regex.compile(r"(?:电\s*话|手\s*机|传\s*真)\s*[:：]\s*[\d\-－—()（） ]{7,}$")
_TITLE_CLOSED_RE = regex.compile(r"[》）)]\s*$")
# How many times a full line's width a line must be to be a web copy's paragraph, not a wrapped line.
_OVERFULL = 1.5
# A contact person's label at a line's end, the name opening the next line: '…联系，联系人：' / '高某，电话：…'.
_PERSON_LABEL_END_RE = regex.compile(r"联\s*系\s*人\s*[:：]\s*$")
_NAME_OPENS_RE = regex.compile(r"\s*\p{Han}{2,4}(?:[，,；;、\s（(]|$)")
# A mark only prose has inside a line: '…该项目仍在建设之中，因受…'; not a title or a signer.
_PROSE_MARK_RE = regex.compile(r"[，。；,;]")
# '现答复如下：' on a line of its own ends the opening paragraph after its receipt ('…收悉。' / '现答复如下：',
# '经商财政部，现答复如下：'); after a longer opening that ends elsewhere ('…征求了市财政局的意见。') it may be a
# paragraph by itself.
# (or what follows named: '…提出如下意见：', a co-handling office's)
# (or a full stop after it: '经研究，现函复如下。')
_AS_FOLLOWS = r"如下\s*(?:意见|协办意见|会办意见|办理意见|答复|回复)?\s*[：:。]\s*$"
_AS_FOLLOWS_ALONE_RE = regex.compile(rf"^\s*[^。；;]{{0,20}}{_AS_FOLLOWS}")
# The receipt that an opening paragraph begins with, ending its line: '…的建议收悉。', '…的提案已收悉。'
_RECEIPT_END_RE = regex.compile(r"收悉\s*[。]\s*$")
# One sentence that ends in '如下：', however long: '经会同市工业和信息化局研究，现答复如下：'
_AS_FOLLOWS_SENTENCE_RE = regex.compile(rf"^[^。；;！!？?]*{_AS_FOLLOWS}")


def _opening_goes_on(prev: str, text: str) -> bool:
    """After the receipt '…收悉。' at a full line's end, is ``text`` the one sentence that leads to the
    answer ('经会同…研究，现答复如下：')? It carries the opening paragraph on; a numbered item
    ('一、办理情况如下：') does not."""
    return (bool(_RECEIPT_END_RE.search(prev)) and bool(_AS_FOLLOWS_SENTENCE_RE.match(text.strip()))
            and not starts_heading(text))

# A labelled field line: '标题：…', '发文机关：…', '类别：C'.
_LABELLED_RE = regex.compile(rf"(?:{LABEL_RE.pattern})\s*[:：]")


def _is_addressee_line(text: str) -> bool:
    """'王静代表：' alone on its line: short, ends in a colon, no punctuation inside, not a label."""
    t = text.strip()
    m = ADDRESSEE_RE.match(t)
    return (bool(m) and len(t) <= 24 and not LIST_OR_SENTENCE_MARK_RE.search(t) and not LABEL_RE.match(t)
            and not AS_FOLLOWS_RE.search(t))


def unit_list(text: str) -> bool:
    """'各县（市、区）人民政府，市政府各部门，各有关单位': several units named, set apart by commas."""
    parts = COMMA_RE.split(remove_spaces(text))
    return len(parts) > 1 and all(ADDRESSEE_UNIT_RE.match(p) or p.startswith("各") for p in parts)


# Units named one after another in a 主送 of several: '…人民政府，市政府各部门', '…中央委员会、…中央委员会'.
_UNITS_SPLIT_RE = regex.compile(r"[，,、]")


def _is_unit_list_addressee(text: str) -> bool:
    """'各县（市、区）人民政府，市政府各部门，各有关单位：', '中国民主同盟中央委员会、中国农工民主党中央委员会：': a 主送
    of several units that may fill its line."""
    m = ADDRESSEE_RE.match(text.strip())
    if m is None:
        return False
    parts = _UNITS_SPLIT_RE.split(remove_spaces(m["value"]))
    return unit_list(m["value"]) or (len(parts) > 1 and all(ADDRESSEE_UNIT_RE.match(p) for p in parts))


def _is_date_line(text: str) -> bool:
    if len(text) - text.count(" ") - text.count("\u3000") > 30:  # a date and at most three characters beside it
        return False
    t = remove_spaces(text)
    m = DATE_ARABIC_RE.search(t) or DATE_CHINESE_RE.search(t)
    return (m is not None and len(t) - (m.end() - m.start()) <= 3) or date_alone(text)


def date_alone(text: str) -> bool:
    """A line that is a date and nothing else ('2024年7月16日', '2024/7/16'): the 成文日期, never the end
    of a paragraph's sentence (that ends in a mark), whatever the width of the line above."""
    t = remove_spaces(text)
    m = DATE_ARABIC_RE.fullmatch(t) or DATE_CHINESE_RE.fullmatch(t)
    return (m is not None and m["d"] is not None) or bool(DATE_NUMERIC_RE.match(t))


# The most offices that sign a letter jointly, one under another.
_COSIGNERS_MAX = 4


def _unit_alone(text: str) -> bool:
    """Is ``text`` a unit's name and nothing else, no sentence ('某市水利局'), maybe with its seal's note ('某厅（盖章）')?"""
    text = SEAL_NOTE_RE.sub("", text)
    return bool(ADDRESSEE_UNIT_RE.match(text.strip())) and not _PROSE_MARK_RE.search(text)


def _signs_above_date(lines: Sequence[Line], k: int) -> bool:
    """Is line ``k`` the 署名, a unit's name alone right above a date alone, or the first of the offices that sign
    jointly one under another above it? It starts a block, however full the line above ('附件：…名单' /
    '某省人民政府办公厅' / '2024年12月16日', '附件：《…清单》' / '某市水利局' / '某市住房和城乡建设局' / '2026年4月23日');
    so does the unit of the 印发 row that an extractor set above its date ('抄送：…，市政府督查室' / '某局办公室' /
    '2022年11月4日印发')."""
    if not _unit_alone(lines[k].text):
        return False
    j = k + 1
    while j < len(lines) and j - k < _COSIGNERS_MAX and _unit_alone(lines[j].text):
        j += 1
    if j >= len(lines):
        return False
    below = lines[j].text
    return date_alone(below) or (j == k + 1 and bool(PRINTED_DATE_RE.search(below))
                                 and date_alone(PRINTED_DATE_RE.sub("", below)))


# A line's last word after a gap, and what stands before it.
_LAST_WORD_RE = regex.compile(r"^\s*(?P<before>\S.*?)[ \u3000]+(?P<last>[^ \u3000]+)\s*$")


def _signer_then_date(text: str) -> bool:
    """A unit's name and a date alone set apart after it on one line: the 署名 and the 成文日期 printed side by side
    ('某区文化旅游体育广电局　　2026年8月10日')."""
    m = _LAST_WORD_RE.match(text)
    return m is not None and date_alone(m["last"]) and _unit_alone(m["before"])


def _hard_start(text: str) -> bool:
    """Lines that always begin a block: 抄送, 联系人, 附件, a date (or a 署名 with its date beside it), a labelled
    field ('公开属性：…'), a mark alone."""
    return (bool(_HARD_START_RE.match(text)) or _is_date_line(text) or _signer_then_date(text)
            or bool(_LABELLED_RE.match(text))
            # (every publicity label says 公开, every class label 类 or 结果)
            or ("公开" in text and bool(PUBLICITY_LABELLED_RE.match(text)))
            or (("类" in text or "结果" in text) and bool(HANDLING_LABELLED_RE.match(text))) or _mark_alone(text))


def _mark_alone(text: str) -> bool:
    """A class or publicity alone on its line ('A类', '主动公开', the grade's words: '正在解决'): never the end of
    the line above, even a full one that leaves its words open (a web row: '…字号：大 中 小' / 'A类', '复文标题：
    关于…的答复' / '正在解决')."""
    return bool(HANDLING_ALONE_RE.match(text) or PUBLICITY_ALONE_RE.match(text) or HANDLING_WORDS_ALONE_RE.match(text))


def _after_field(line: Line, block: list[Line]) -> bool:
    """The addressee right under a labelled field ('标题：…' of a web copy) is no continuation of it, nor
    is any line set apart below a record's row by a blank line (a table's rows and cells, as pdftotext reads them):
    '摘要：…的提案答复' / '' / '关于政协…', '复文标题：关于…的补充答复' / '' / '某办公室关于…', '复文标题：…' / '' / '文号：…'."""
    # (any record's row: '工单编号：2406031187　答复单位：…' / '市民您好：')
    field_row = bool(block) and bool(_LABELLED_RE.match(block[0].text) or FIELD_ROW_RE.match(block[0].text))
    # (nor is a class or publicity alone under it: '复文标题：关于…的答复' / '正在解决')
    return field_row and (_is_addressee_line(line.text) or _mark_alone(line.text) or line.blank_before)


@dataclass(slots=True)
class Block:
    """One paragraph or standalone line, with the printed lines it came from."""

    text: str
    lines: list[Line]
    standalone: bool = False  # centred or set right: a title line, a signer, a date
    # ``spaced``, kept once asked for: the later stages ask for it several times a block, and a
    # block's lines never change after it is made (``replace`` makes a new block, with none kept)
    _spaced: str | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def page(self) -> int:
        return self.lines[0].page

    @property
    def bbox(self) -> tuple[float, float, float, float] | None:
        boxes = [line.bbox for line in self.lines if line.page == self.page and line.bbox]
        if not boxes:
            return None
        return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))

    @property
    def raw(self) -> str:
        """The printed lines, one per line, as extracted."""
        return "\n".join(line.text for line in self.lines)

    @property
    def spaced(self) -> str:
        """The lines joined with their spaces kept: for fields whose parts are set apart by spaces."""
        if self._spaced is None:
            self._spaced = join_spaced([line.text for line in self.lines])
        return self._spaced


_DASHES = ("-", "—", "－")


def join_spaced(texts: Sequence[str]) -> str:
    """Lines joined by a space (fields set apart by spaces keep them), except a number wrapped at the
    line's end, which goes on without one: '0951-21' / '51977' -> '0951-2151977', '0571' / '-87654322'; and
    words a line broke inside a bracket it left open: '韦某（自治区市' / '场监督管理局）' -> '韦某（自治区市场监督管理局）'."""
    out = ""
    before = ""
    for raw in texts:
        text = raw.strip()
        # (str tests, not regex.match(r"\d") / regex.search(r"[\d\-—－]$"): this runs for every block)
        glue = "" if ((text[:1].isdecimal() and (out[-1:].isdecimal() or out[-1:] in _DASHES))
                      or (text[:1] in _DASHES and text[1:2].isdecimal() and out[-1:].isdecimal())
                      or (("（" in before or "(" in before) and _is_han(out[-1:]) and _is_han(text[:1])
                          and _inside_words(before))) else " "
        out = f"{out}{glue}{text}" if out else text
        before = text
    return out


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _inside_words(text: str) -> bool:
    """Does the line ``text`` break off inside a bracket of words, a unit's name, not of labelled fields:
    '韦某（自治区市' (not '（联系人及电话：农村水利水电司', whose next line is the next field)?"""
    if not leaves_bracket_open(text):
        return False
    inside = text[max(text.rfind("（"), text.rfind("(")) + 1:]
    return len(inside) <= 12 and not any(mark in inside for mark in "：:，,；; ")


def leaves_bracket_open(text: str) -> bool:
    """Does ``text`` open a round bracket, full-width or not, that it does not close: '韦某（自治区市'?"""
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def make_block(lines: list[Line], standalone: bool) -> Block:
    """A block of ``lines``, its text their wrapped lines joined."""
    return Block(text=join_lines([line.text for line in lines]), lines=lines, standalone=standalone)


# -- PDF: positions -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Layout:
    size: float
    left: float
    right: float
    pitch: float
    indented: bool  # paragraphs open two characters in (a line at the margin goes on the one above)


def _layout(lines: list[Line]) -> _Layout:
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[line.size or 0.0] += len(line.text)
    size = sizes.most_common(1)[0][0] or 12.0
    body = [ln for ln in lines if ln.size and abs(ln.size - size) <= 0.15 * size and ln.x0 is not None]
    # the margin: where two lines start alike, within a third of a character (an OCR box's left edge
    # wanders by a few pixels: '复如下：' at 74, '促整改…' at 78)
    xs = sorted(ln.x0 or 0.0 for ln in body)
    left = next((x for x, nxt in itertools.pairwise(xs) if nxt - x <= size / 3), xs[0] if xs else 0.0)
    # the right edge from lines that start at the margin (or indented two characters): a signer, a
    # date or a 文号 set right or centred would vote for their own edge
    wide = [ln for ln in body if (ln.x0 or 0) - left <= 2.5 * size and (ln.x1 or 0) - left > 15 * size]
    rights = Counter(round((ln.x1 or 0.0) / 2) * 2 for ln in wide)
    if rights and rights.most_common(1)[0][1] >= 3:
        right = float(rights.most_common(1)[0][0])
        # in a short letter, short lines may end alike as often as the full ones: the margin is the
        # widest edge that two lines reach ('…、马某委员：' / '…调解组织。' / '…和支持。' end together)
        wider = [x for x, n in rights.items() if n >= 2 and x > right + 1.5 * size]
        right = float(max(wider, default=right))
    elif wide:
        # few lines, no two ending alike (half-width figures, a full stop hung in the margin): the
        # furthest end that two more lines reach within an em of
        ends = sorted(((ln.x1 or 0.0) for ln in wide), reverse=True)
        right = next((e for e in ends if sum(1 for o in ends if e - size <= o <= e) >= 3), ends[0])
    else:
        right = max((ln.x1 or 0.0) for ln in body) if body else left
    pitches = Counter(
        round((b.top or 0) - (a.top or 0))
        for a, b in itertools.pairwise(body)
        if a.page == b.page and 0 < (b.top or 0) - (a.top or 0) < 3 * size
    )
    pitch = float(pitches.most_common(1)[0][0]) if pitches else 1.8 * size
    # paragraphs open indented where more lines start two characters in than at the margin after a
    # line that ends a sentence short of the right edge
    def start(line: Line) -> str | None:
        indent = ((line.x0 or 0.0) - left) / size
        return "indented" if 1.5 <= indent <= 2.6 else "margin" if indent < 0.5 else None

    starts = Counter(start(b) for a, b in itertools.pairwise(body)
                     if right - (a.x1 or 0) > 2.5 * size and SENTENCE_END_RE.search(a.text))
    indented = starts["indented"] >= 2 and starts["indented"] >= 3 * starts["margin"]
    return _Layout(size=size, left=left, right=right, pitch=pitch, indented=indented)


def _pdf_blocks(lines: list[Line]) -> list[Block]:
    lay = _layout(lines)
    blocks: list[Block] = []
    current: list[Line] = []
    prev: Line | None = None
    prev_standalone = False

    def flush(standalone: bool = False) -> None:
        nonlocal current
        if current:
            blocks.append(make_block(current, standalone))
            current = []

    # each line's tests made once: whether it starts a block by itself (a field), and whether it ends
    # a sentence (asked again when the next line is placed)
    prev_ends = block_hard = False
    for k, line in enumerate(lines):
        em = line.size or lay.size
        indent = ((line.x0 or 0.0) - lay.left) / em
        standalone = indent >= 3.0 or (line.x1 or 0.0) > lay.right + 3 * em
        if standalone:
            flush()
            current = [line]
            flush(standalone=True)
            prev, prev_standalone = line, True
            continue
        hard = _hard_start(line.text)
        # a full line that leaves its sentence open carries on, even into a line that reads like a
        # field: '…积水问题（工单' / '编号：GL20240512003）收悉。'
        # (not a 附注 field filling its line: '联系人：…  联系电话：…' / '抄送：…' are two fields)
        # (nor after a line that ends with a labelled phone, a field's end: '施某（…），联系电话：0571-…' / '办理类型：A')
        carried = (hard and prev is not None and not prev_standalone and not prev_ends and not _mark_alone(line.text)
                   and (lay.right - (prev.x1 or 0.0)) / (prev.size or lay.size) <= 1.5
                   and not (current and block_hard) and not _PHONE_FIELD_END_RE.search(prev.text))
        new = (prev is None or prev_standalone or (hard and not carried) or _after_field(line, current)
               or _signs_above_date(lines, k))
        if not new and prev is not None:
            pem = prev.size or lay.size
            short = (lay.right - (prev.x1 or 0.0)) / pem
            ends = prev_ends
            gap = (line.top or 0.0) - (prev.top or 0.0) if line.page == prev.page else 0.0
            # (a full line that leaves its sentence open goes on: the next line's size need only be near it)
            open_full = short <= 1.5 and not ends
            new = (
                indent >= 1.2
                # another size is another element; a short line's size is a rough measure (an OCR box
                # around two characters and a full stop, or around '1.1万人。'), so it must differ more
                or abs((line.size or em) - (prev.size or em)) > (0.3 if len(line.text.strip()) < 5 or open_full else 0.15) * em
                or short > 4
                # (a sentence that ends on a line a character or two short goes on where the next line
                # is at the margin of a letter whose paragraphs open indented: half-width figures and an
                # OCR box's wander leave a full line short: '…的有9个，…等问题。' / '区政府已将…')
                or (short > 1.5 and ends and not (lay.indented and indent < 0.5 and short <= FULL_BAND))
                or gap > 1.6 * lay.pitch
                or _is_date_line(prev.text)
            )
        if new:
            flush()
        if not current:
            block_hard = hard
        current.append(line)
        prev, prev_standalone = line, False
        prev_ends = bool(SENTENCE_END_RE.search(line.text))
    flush()
    return blocks


# -- plain text: widths -------------------------------------------------------------------------

# How much narrower than the full width a line may be and still count as full.
FULL_BAND = 2.5


def _leading(text: str) -> float:
    """Indentation of a text line in characters: a full-width space 1, an ASCII space 0.5."""
    stripped = text.lstrip()
    return text_width(text[: len(text) - len(stripped)])


# The gap a typesetter leaves between a figure and a Chinese character, in characters: a line of
# many figures holds fewer characters ('…将于 2022 年 7 月中旬开工，预计 2023 年 7 月底' is full).
FIGURE_GAP = 0.25


def _line_width(text: str) -> float:
    """Printed width: the spaces an extractor shows beside figures ('共有 2 个') count as the narrow
    gaps they were in the type, not as half a character."""
    width = text_width(squeeze_spaces(text))
    return width + FIGURE_GAP * figure_gaps(text.strip()) if " " in text or "\t" in text else width


def _printed_width(line: Line) -> float:
    """A text line's width as printed: a full-width digit folded to ASCII is as wide as a character."""
    return _line_width(line.text) + 0.5 * line.wide_digits


def _measure(lines: Sequence[Line]) -> tuple[list[float], list[bool]]:
    """Each line's width (a rule line sets none: 0) and whether it ends a sentence."""
    widths = [0.0 if RULE_LINE_RE.match(ln.text) else _printed_width(ln) for ln in lines]
    return widths, [bool(SENTENCE_END_RE.search(ln.text)) for ln in lines]


def _full_width(widths: Sequence[float], ends: Sequence[bool], band: Sequence[int]) -> float:
    """The full width from the lines of the band (each near the widest width many lines reach).

    Its middle, where lines wrap a character early or late around it; but a paragraph's first line,
    two characters short for its indent (lost in pdftotext's output, or stripped), is in the band
    too, and where a letter's paragraphs are short, first lines outvote the full ones. So the width is
    said by the lines that carry a sentence on into the next line: one whose line before carried on
    too is full; one after a sentence's end is full, or two characters short where it starts an
    indented paragraph (narrower by a character or more than the full lines).
    """
    later_all = [i for i in band if i > 0 and not ends[i - 1]]  # no paragraph's first line
    # a line after a short one (a heading, a title's last line) may start a paragraph, indented or
    # not: left out where other lines say the width
    low = min(widths[i] for i in band) - 5
    later_ix = [i for i in later_all if widths[i - 1] >= low] or later_all
    later = [widths[i] for i in later_ix]
    inner = [widths[i] for i in later_ix if not ends[i]]
    firsts = [widths[i] for i in band if i > 0 and ends[i - 1] and not ends[i]]
    if not inner and len(firsts) >= 2:
        # no line of the band carries a sentence on from the line before into the next: a letter of
        # two-line paragraphs, whose band holds their first lines, two characters short for the indent,
        # and last lines, short by as much as they like
        return float(statistics.median(firsts)) + 2
    if not later:
        return float(statistics.median(widths[i] for i in band))
    full = statistics.median(inner or later)
    said = inner + [w + 2 if w <= full - 1 else w for w in firsts]
    # (their upper quartile, not their middle: a line that holds half-width figures falls short of the
    # full width, and where a letter's figures are many they pull the middle down)
    chosen = said if len(said) >= 2 else later
    return float(statistics.quantiles(chosen, n=4, method="inclusive")[2]) if len(chosen) >= 2 else float(chosen[0])


def wrap_width(lines: Sequence[Line], measured: tuple[list[float], list[bool]] | None = None) -> float | None:
    """The width of a full line if the text is hard-wrapped, else ``None`` (one line per paragraph).

    Full lines are not all equally wide: digits and Latin letters are not exactly half a character,
    and line-breaking rules push a character over or pull one back. So the widest width W that many
    lines reach to within a band [W - 2.5, W + 0.5] is found, and the full width is that band's middle.
    ``measured``: the lines' ``_measure``, where the caller has it already.
    """
    widths, ends = measured or _measure(lines)
    # (a run of closing marks a line may not open with overruns its line's end: '…简称《条例》），' is a full
    # line and two marks; the width is said by what the line holds)
    widths = [w - max(0, len(m[0].strip()) - 1) if (m := _CLOSING_RUN_RE.search(ln.text)) else w
              for w, ln in zip(widths, lines, strict=True)]
    long = [w for w in widths if w >= 10]
    if len(long) < 2:
        return None
    for top in sorted({round(w * 2) / 2 for w in long}, reverse=True):
        band = [i for i, w in enumerate(widths) if top - FULL_BAND <= w <= top + 0.5]
        wider = sum(1 for w in long if w > top + 2)
        # (a line or two wider than the rest in a short text — a web record's long field row, a line
        # that overran the margin — do not hide the width where more lines of the band than that cut a
        # sentence of prose in two)
        if wider > 0.1 * len(long) and not (wider <= 2 and wider < _cut_prose(lines, ends, band)):
            continue
        # (lines that all end a sentence, with a line wider than them or three or more of them: paragraphs a
        # line each that happen to be as long, no width a text was wrapped at; a wrapped text's full lines
        # end a sentence only now and then)
        if (wider or len(band) >= 3) and all(ends[i] for i in band):
            continue
        middle = _full_width(widths, ends, band)
        if len(band) >= 3 and len(band) >= 0.25 * len(long):
            return middle
        cut = _cut_prose(lines, ends, band)
        # a short letter: two full lines, one after the other, the first cut mid-sentence, or two
        # lines of prose (a comma or a full stop inside) cut mid-sentence (web text ends every line
        # of prose with a paragraph's end mark; a title or a signer has none inside)
        # (or two lines neither of which ends a sentence, one of them prose: '…《…的提案》' / '…被褥一套，')
        if (len(band) >= 2 and top >= 20
                and (any(b == a + 1 and not ends[a] for a, b in itertools.pairwise(band))
                     or cut >= 2 or (cut >= 1 and not any(ends[i] for i in band)))):
            return middle
    return None


def _cut_prose(lines: Sequence[Line], ends: Sequence[bool], band: Sequence[int]) -> int:
    """How many lines of the band are prose (a comma or a full stop inside) cut mid-sentence at their end."""
    return sum(1 for i in band if not ends[i] and _PROSE_MARK_RE.search(lines[i].text))


_UNBREAKABLE_RE = regex.compile(r"^\s*[（(《“]?[0-9A-Za-z][0-9A-Za-z.\-—%]*[）)》”]*[、，,。；;]?")
_PAIRS = (("《", "》"), ("“", "”"), ("（", "）"))


def _held_over(prev: str, text: str, prev_width: float, full: float) -> bool:
    """Was ``prev`` cut short only because ``text`` starts with a token that cannot be split (a number,
    a Latin word, a bracketed figure) and did not fit? Or did a renderer split a number itself at a
    full line's end ('…今年我局将为12' / '0个村卫生室…')? Never after a sentence's end."""
    if PARAGRAPH_END_RE.search(prev):
        return False
    if prev.rstrip()[-1:].isdecimal() and text.lstrip()[:1].isdecimal() and prev_width >= full - 3.0:
        return True
    m = _UNBREAKABLE_RE.match(text)
    return m is not None and prev_width + text_width(squeeze_spaces(m[0])) >= full - 1.0


# A figure or letter or two alone on a line: a sub- or superscript an extractor set on a line of its own
# for its shifted baseline ('…但O' / '3' / '浓度…'; pdftotext), or the piece of a formula.
_SCRIPT_ALONE_RE = regex.compile(r"\s*[0-9A-Za-z.+\-]{1,3}\s*")


def _script_between(lines: Sequence[Line], k: int, full: float) -> bool:
    """Is line ``k - 1`` a sub- or superscript set alone inside the sentence that a full line before it
    carries on into line ``k``?"""
    return (k >= 2 and bool(_SCRIPT_ALONE_RE.fullmatch(lines[k - 1].text))
            and not SENTENCE_END_RE.search(lines[k - 2].text) and _printed_width(lines[k - 2]) >= full - 4.0
            and not starts_heading(lines[k].text))


# A closing mark a typesetter lets stand past the line's end rather than open the next line with it.
_HANGING = "，。、；：！？”’》）"
_HANGING_RE = regex.compile(rf"[{_HANGING}]\s*$")
# Two or more closing marks at a line's end: '…以下简称《条例》），'.
_CLOSING_RUN_RE = regex.compile(rf"[{_HANGING}〕】]{{2,}}\s*$")


# A gap between two words inside a line: '《国家林业和草原局 国家发展改革委 财政部关于…》'. pdftotext
# shows it as one space, however wide it was printed.
_HAN_GAP_RE = regex.compile(r"\p{Han}[ \t]+\p{Han}")


def _widest(line: Line) -> float:
    """The widest the text line may have been printed: each gap between two words as wide as a
    character. (A full line whose gaps are squeezed out must not look a character or two short.)"""
    return _printed_width(line) + len(_HAN_GAP_RE.findall(line.text, overlapped=True))


def _opens_full(lines: Sequence[Line], k: int, width: float) -> bool:
    """Is ``lines[k]`` a paragraph's full first line? It holds two characters fewer than the lines
    under it (the indent pdftotext drops; a closing mark may stand past the end), and it is not cut
    short by a figure or word the line below begins with. Where a sentence ends at a full line's end,
    such a line below opens a paragraph: '…安排随迁子女入学1.18万人。' / '您提出将新建住宅小区配套…'."""
    line = lines[k]
    if k + 1 >= len(lines) or PARAGRAPH_END_RE.search(line.text):
        return False  # (a line that ends a sentence may be a paragraph's last as well: '…现答复如下：')
    if _HAN_GAP_RE.search(line.text.strip()):
        return False  # a gap between words was printed as wide as the type chose: no measure to go by
    w = _printed_width(line)
    core = w - 1.0 if _HANGING_RE.search(line.text) else w
    # (half a character less is a first line that could fit no more; half a character more is a full line whose
    # figures left half a character free: '据统计，…仅占29.4%，' / '近三年有…')
    return -0.5 <= core - (width - 2.0) <= 0.25 and not _held_over(line.text, lines[k + 1].text, w, width)


def _open_bracket(text: str) -> bool:
    """Does the line ``text`` leave a 《title》, a quotation or a bracket open? A paragraph cannot end
    there. (Only the line's own marks count: a web copy that lost one mark must not glue a letter.)"""
    return any(text.count(a) > text.count(b) for a, b in _PAIRS)


# How far a bracket opened on the line above may run on into a short line: a title's length.
_OPEN_RUN = 40
# How many lines up such a bracket may have been opened.
_OPEN_LINES = 8


def _open_from_above(current: Sequence[Line]) -> bool:
    """Does a line above the last one of ``current`` open a bracket that the lines below it still leave
    open, within a title's length? pdftotext sets the parts of a line split by wide gaps on lines of their
    own, so a short line may be the middle of a printed one: '按照《某省民政厅' / '某省财政厅关于进一步加强农村互' /
    '助幸福院建设管理的通知》…', and '（交通运输部' / '工业和信息化部' / '公安部' / '…令第60号）' of issuers set
    apart by full-width spaces."""
    for above in range(2, min(len(current), _OPEN_LINES) + 1):
        top = current[-above].text.strip()
        text = top + "".join(line.text.strip() for line in current[-above + 1:])
        for a, b in _PAIRS:
            start = text.rfind(a)
            if 0 <= start < len(top) and b not in text[start:] and len(text) - start <= _OPEN_RUN:
                return True
    return False


def _pieces_fill(current: Sequence[Line], width: float) -> bool:
    """Do the short lines that end ``current`` together fill a line? pdftotext sets the parts of a printed
    line split at a wide gap on lines of their own, and a bracket left open joins them to the paragraph
    ('…按照《排污许可' / '证申请与核发技术规范' / '钢铁工业》（HJ 846—2017）落实全封' / '闭或半封闭…'): the last part
    then ends a full printed line (a gap between parts at least a character wide), not the paragraph."""
    pieces: list[float] = []
    for line in reversed(current):
        w = _widest(line)
        if w >= width - FULL_BAND:
            return len(pieces) >= 2 and sum(pieces) + len(pieces) - 1 >= width - FULL_BAND
        pieces.append(w)
    return False  # (under a full line only: a paragraph's first line is narrower anyway)


_CN_SEQUENCE = "一二三四五六七八九十"
_HEADING_PATTERNS = tuple(pattern for _, pattern in HEADING_RES)
# Numbers set in one enclosed character ('㈠', '⑴', '①'), as the brackets they stand for: '㈡强化…' ->
# '（二）强化…', '②支持…' -> '（2）支持…'.
_ENCLOSED = str.maketrans({**{chr(0x3220 + k): f"（{n}）" for k, n in enumerate(_CN_SEQUENCE)},
                           **{chr(0x2474 + k): f"（{k + 1}）" for k in range(20)},
                           **{chr(0x2460 + k): f"（{k + 1}）" for k in range(20)}})


def _item_start(text: str) -> str:
    """The start of ``text`` as a numbered item is read: an enclosed number spelt out in brackets."""
    return text.lstrip()[:16].translate(_ENCLOSED)


# A heading that names its topic, numbered, and ends on what it is about: '二、关于…的建议', '（一）对…的问题',
# '三、关于落实《…》的情况', '二、关于落实《…规程》（…）'.
_TOPIC_HEADING_RE = regex.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*、|[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)])\s*(?:关于|对)"
                                  r".*(?:建议|提案|议案|问题|事项|情况|》|[）)])\s*$")
# A mark that a sentence holds: a heading alone has none.
_SENTENCE_MARK_RE = regex.compile(r"[，,。；;：:！!？?]")


def _bare_heading(text: str) -> bool:
    """Is ``text`` a heading alone, numbered, naming its topic, ending on what it is about and with no mark of a
    sentence ('二、关于落实《…规程》（…令第39号）'), not a paragraph that opens with its number ('二、调整方案应严格落实…
    管控' / '要求，不得…', '二、关于将项目纳入…资金支持范围的' / '事项，我厅将…')?"""
    return bool(_TOPIC_HEADING_RE.match(text)) and not _SENTENCE_MARK_RE.search(text)


def starts_heading(text: str) -> bool:
    """Does ``text`` start with a 层次序数 ('一、', '（二）', '㈡', '1.', '⑴')?"""
    start = _item_start(text)
    return any(pattern.match(start) for pattern in _HEADING_PATTERNS)


def next_item(first: str, text: str, patterns: Sequence[regex.Pattern[str]] = _HEADING_PATTERNS) -> bool:
    """Does ``text`` start the item numbered after the one ``first`` starts ('一、…' then '二、…')?"""
    for pattern in patterns:
        a, b = pattern.match(_item_start(first)), pattern.match(_item_start(text))
        if not (a and b):
            continue
        x, y = a["num"], b["num"]
        if x.isdigit() and y.isdigit():
            return int(y) == int(x) + 1
        if len(x) == 1 and len(y) == 1 and x in _CN_SEQUENCE and y in _CN_SEQUENCE:
            return _CN_SEQUENCE.index(y) == _CN_SEQUENCE.index(x) + 1
        return False
    return False


def _indented(widths: Sequence[float], ends: Sequence[bool], width: float) -> bool:
    """Were the text's paragraphs indented (the indent lost or stripped)? The lines that carry on
    after a sentence's end are mostly two characters short of the full width: first lines."""
    firsts = [widths[i] for i in range(1, len(widths)) if ends[i - 1] and not ends[i] and widths[i] >= width - 4]
    return bool(firsts) and statistics.median(firsts) <= width - 1


# An item of a list run into its paragraph, after a mark: '…技术装备：（1）…；（2）…'.
_INLINE_ITEM_RE = regex.compile(r"(?<=[：:；;，,。])\s*[（(](?P<num>\d{1,2})[）)]")
_ITEM_START_RE = regex.compile(r"^\s*[（(](?P<num>\d{1,2})[）)]")


def _continues_inline_list(current: Sequence[Line], text: str) -> bool:
    """Does ``text`` start the next item of a list that the paragraph so far runs in ('…：（1）…；（2）…；' /
    '（3）…')? Then it goes on with the paragraph, though a numbered line after a clause's end begins one."""
    start = _ITEM_START_RE.match(_item_start(text))
    if start is None:
        return False
    items = list(_INLINE_ITEM_RE.finditer(join_lines([line.text for line in current]).translate(_ENCLOSED)))
    return bool(items) and int(start["num"]) == int(items[-1]["num"]) + 1


# An item's number or an article's label alone on its line: '一、', '（二）', '3.', '第十二条'. pdftotext
# sets it apart where a wide space followed it ('第十二条　乡镇人民政府…'); its text is the next line.
_LABEL_ALONE_RE = regex.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}\s*、|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|\d{1,2}\s*[.．、]"
    r"|第[一二三四五六七八九十百]{1,4}条)\s*$")  # (not '第一章' alone: a chapter's heading has its own line)


_ONE_HAN_RE = regex.compile(r"\s*\p{Han}\s*")
_NAME_END_ROLE_RE = regex.compile(r"\s*\p{Han}(?:代表|委员|同志)\s*[:：]?\s*")
# A letter-spaced label's last character with its colon and value: '电' / '' / '话：010-63203517）'.
_LABEL_END_RE = regex.compile(r"\s*\p{Han}\s*[:：]\s*\S.*")


def _join_letter_spaced(lines: list[Line]) -> list[Line]:
    """Runs of lines of one character each, set apart by blank lines, joined into the line they were:
    pdftotext sets each character of a letter-spaced line on a line of its own, the gaps between them
    as blank lines ('水　利　部' -> '水' / '' / '利' / '' / '部'); a 主送's letter-spaced name so too, its last
    character with the role ('王' / '' / '敏代表：'), and a label, its last character with the colon and the value
    ('电' / '' / '话：010-…'). Lines one under another are not one line ('致' / '礼' of a closing)."""
    out: list[Line] = []
    run: list[Line] = []
    for line in [*lines, None]:
        if line is not None and _ONE_HAN_RE.fullmatch(line.text) and (not run or line.blank_before):
            run.append(line)
            continue
        if run and line is not None and line.blank_before and _NAME_END_ROLE_RE.fullmatch(line.text):
            # a 主送's letter-spaced name, its last character with the role: '王' / '' / '敏代表：'
            out.append(replace(run[0], text="　".join([*(ln.text.strip() for ln in run), line.text.strip()])))
            run = []
            continue
        if (run and line is not None and line.blank_before and _LABEL_END_RE.fullmatch(line.text)
                and (_LABELLED_RE.match(label := "".join([*(ln.text.strip() for ln in run), line.text.strip()]))
                     or CONTACT_LINE_RE.match(label))
                and not CC_RE.match(label)):
            # or a label's, its last character with the colon and the value: '电' / '' / '话：010-…', a contact's
            # '承' / '' / '办' / '' / '人：沈某' (not the end of the line above, alone, before a row of its own:
            # '…督查室1' / '份' / '' / '送：市教育局'; nor a 抄送 row's, whose names may go on below a blank line:
            # '抄' / '' / '送：…，三都' / '' / '镇人民政府。')
            out.append(replace(run[0], text=label))
            run = []
            continue
        if len(run) >= 2:
            out.append(replace(run[0], text="　".join(ln.text.strip() for ln in run)))
        else:
            out += run
        run = []
        if line is not None:
            out.append(line)
    return out


# A phone that pdftotext cut in two and set apart (a foot line wrapped after wide gaps is read column
# by column): its start at a line's end ('联系电话：0452-241', or only the area code and its dash: '电话：020-'), the
# rest of its digits alone on a line of their own, with the bracket the line closed on ('8076）', '83170562').
_PHONE_START_RE = regex.compile(r"(?<![\d-])0\d{2,3}[-－](?P<digits>\d{0,6})\s*$")
# (a second phone may follow the rest on its line: '710562，13802735519')
_PHONE_REST_RE = regex.compile(rf"\s*(?P<digits>\d{{1,8}})\s*(?:(?P<close>[）)])|(?P<more>[，,、/／]\s*(?:{PHONE_RE.pattern})))?\s*")
_LABELLED_PHONE_RE = regex.compile(r"[话机线真][:：]\s*0")
# A phone's label and the first digits of its area code, or all of it, ending a line ('联系电话：05', '联系电话：0898'),
# and the rest of the phone alone on another ('77-61882354', '-65236719').
_AREA_START_RE = regex.compile(r"(?:电\s*话|手\s*机)\s*[:：]\s*(?P<digits>0\d{0,3})\s*$")
# (the row may go on after it: '-86866512，传真：0791-86866510')
_AREA_REST_RE = regex.compile(r"\s*(?P<digits>\d{0,3}[-－]\d{7,8})(?P<more>\s*[，,；;]\s*\S.*)?\s*")
# An area code ending a line and the rest of its phone, with the dash, opening the next.
_AREA_CODE_END_RE = regex.compile(r"(?<![\d\-－.])0\d{2,3}\s*$")
_NUMBER_AFTER_DASH_RE = regex.compile(r"^\s*[-－]\s*\d{7,8}(?!\d)")
_AREA_CODE_ALONE_RE = regex.compile(r"\s*0\d{2,3}\s*")
# A whole phone with its area code, alone on its line (the bracket its row closed on after it); a name alone on its line.
_WHOLE_PHONE_ALONE_RE = regex.compile(r"\s*0\d{2,3}[-－]\d{7,8}\s*[）)]?\s*")
_NAME_ALONE_RE = regex.compile(r"\s*\p{Han}{2,4}\s*")
# A contact row whose label names a phone and that ends in words, its phone gone elsewhere: '联系单位及电话：某局某股'.
_LABEL_WITHOUT_PHONE_RE = regex.compile(r"^\s*[（(]?\s*联系\p{Han}{0,6}电话\s*[:：][^0-9]*\p{Han}\s*$")


def _moved(lines: list[Line], drop: int | tuple[int, ...], into: int, text: str) -> list[Line]:
    """``lines`` with line ``drop`` (or lines) moved into line ``into``, which now reads ``text``."""
    dropped = {drop} if isinstance(drop, int) else set(drop)
    return [replace(ln, text=text) if k == into else ln for k, ln in enumerate(lines) if k not in dropped]


def _join_area_code(lines: list[Line], date: int) -> list[Line]:
    out: list[Line] = []
    for k, line in enumerate(lines):
        # (below the date only: in the body the paragraph's lines are joined anyway)
        if k > date + 1 and _AREA_CODE_END_RE.search(out[-1].text) and _NUMBER_AFTER_DASH_RE.match(line.text):
            out[-1] = replace(out[-1], text=out[-1].text.rstrip() + line.text.strip())
            continue
        out.append(line)
    return out


def _join_area_start(lines: list[Line], date: int) -> list[Line]:
    """A phone label below the date that ends in its area code's first digits or all of it ('联系电话：05',
    '联系电话：0898'), the rest of the phone alone on one other line there ('77-61882354', '-65236719'): the phone
    goes back to its label, where only one of each is found and together they make a phone."""
    starts = [(k, m) for k in range(date + 1, len(lines)) if (m := _AREA_START_RE.search(lines[k].text))]
    rests = [(k, m) for k in range(date + 1, len(lines)) if (m := _AREA_REST_RE.fullmatch(lines[k].text))]
    if len(starts) != 1 or len(rests) != 1:
        return lines
    (k, start), (j, rest) = starts[0], rests[0]
    phone = start["digits"] + rest["digits"]
    if not (_WHOLE_PHONE_ALONE_RE.fullmatch(phone) and PHONE_RE.fullmatch(phone)):
        return lines
    return _moved(lines, j, k, lines[k].text[: start.start("digits")] + phone + (rest["more"] or "").rstrip())


# A landline after its label whose area code's dash is gone: pdftotext takes a dash that ends a line for a word's
# hyphen and drops it joining the lines ('电话：029-' / '87312245' -> '电话：02987312245'). An area code of three digits
# (010, 02x) dials eight more digits, one of four seven or eight. (Or right after the label in a sentence, without a
# colon: '可拨打…值班电话025-' / '83212947咨询'.)
_DASH_LOST_PHONE_RE = regex.compile(r"(?<=(?:电\s*话|传\s*真|联系方式)\s*[:：]?\s*)"
                                    r"(?:(?P<area>0(?:10|2\d))(?P<local>\d{8})|(?P<area>0[3-9]\d{2})(?P<local>\d{7,8}))(?!\d)")


def _dash_lost(lines: list[Line]) -> list[Line]:
    """Each landline whose area code's dash pdftotext dropped with a line's end given it back:
    '电话：02987312245' -> '电话：029-87312245'."""
    return [replace(ln, text=text) if (text := _DASH_LOST_PHONE_RE.sub(r"\g<area>-\g<local>", ln.text)) != ln.text else ln
            for ln in lines]


def _join_phone_halves(lines: list[Line]) -> list[Line]:
    """A phone's two halves that pdftotext set apart below the date joined again, where only one
    line could finish the only phone left unfinished: at its label's line ('联系电话：0452-2418076'),
    or, with no label, where the rest was ('（联系单位及电话：某局' / '010-65153298）'). A phone a line broke
    after its area code below the date, the dash going on the next line ('…电话：0350' / '-3038265'), is joined; an
    area code set alone below the date, where one line there opens on the rest ('-7023165'), joins it; and a
    whole phone set alone below the date goes back to the one phone label there that has none
    ('联系单位及电话：某局某股' … '0976-8822406')."""
    # (the 成文日期, not the 印发 row's date below the foot: '联系电话：08' / '16-5221746' / '…2024年5月16日印发')
    date = max((k for k, ln in enumerate(lines) if _is_date_line(ln.text) and not PRINTED_DATE_RE.search(ln.text)),
               default=None)
    if date is None:
        return lines
    lines = _join_area_code(lines, date)
    areas = [k for k in range(date + 1, len(lines)) if _AREA_CODE_ALONE_RE.fullmatch(lines[k].text)]
    dashed = [k for k in range(date + 1, len(lines)) if _NUMBER_AFTER_DASH_RE.match(lines[k].text)]
    if len(areas) == 1 and len(dashed) == 1:
        return _moved(lines, areas[0], dashed[0], lines[areas[0]].text.strip() + lines[dashed[0]].text.strip())
    bare = [k for k in range(date + 1, len(lines)) if _LABEL_WITHOUT_PHONE_RE.search(lines[k].text)
            and not PHONE_RE.search(lines[k].text)]
    alone = [k for k in range(date + 1, len(lines)) if _WHOLE_PHONE_ALONE_RE.fullmatch(lines[k].text)]
    # (not past a name set alone between them: '联系人及电话：某处' / '贺某峰' / '0351-…' is read as it stands)
    if len(bare) == 1 and len(alone) == 1 and alone[0] > bare[0]:
        names = [k for k in range(bare[0] + 1, alone[0]) if _NAME_ALONE_RE.fullmatch(lines[k].text)]
        if not names:
            return _moved(lines, alone[0], bare[0], lines[bare[0]].text.rstrip() + " " + lines[alone[0]].text.strip())
        # but a name right above the phone, both set apart from the label by other rows (the 抄送, the folio), goes
        # back with it: '（联系人及电话：某司' / '抄送：…' / '—2—' / '韦某群' / '010-65645436）'
        if names == [alone[0] - 1] and alone[0] - 1 > bare[0] + 1:
            joined = f"{lines[bare[0]].text.rstrip()} {lines[names[0]].text.strip()} {lines[alone[0]].text.strip()}"
            return _moved(lines, (names[0], alone[0]), bare[0], joined)
    lines = _join_area_start(lines, date)
    starts = [(k, m) for k in range(date + 1, len(lines)) if (m := _PHONE_START_RE.search(lines[k].text))
              and not PHONE_RE.search(lines[k].text[m.start():])]
    if len(starts) != 1:
        return lines
    k, start = starts[0]
    rests = [(j, r) for j in range(date + 1, len(lines)) if j != k and (r := _PHONE_REST_RE.fullmatch(lines[j].text))
             and len(start["digits"]) + len(r["digits"]) in (7, 8)]
    if len(rests) != 1:
        return lines
    j, rest = rests[0]
    phone = start[0].strip() + rest["digits"]
    if not PHONE_RE.fullmatch(phone):
        return lines
    out = list(lines)
    close, more = rest["close"] or "", rest["more"] or ""
    if _LABELLED_PHONE_RE.search(lines[k].text):
        out[k] = replace(lines[k], text=lines[k].text[: start.start()] + phone + more)
        out[j] = replace(lines[j], text=close)
    else:
        out[j] = replace(lines[j], text=phone + close + more)
        out[k] = replace(lines[k], text=lines[k].text[: start.start()])
    return [ln for ln in out if ln.text.strip()]


# A 主送's role and colon alone on a line, its name alone on the line above ('冯某清' / '代表：'): pdftotext set
# the gap between them apart.
_ROLE_ALONE_RE = regex.compile(r"\s*(?:代表|委员|同志)\s*[:：]\s*")
_NAMES_ALONE_RE = regex.compile(r"\s*\p{Han}{2,4}(?:[、，,]\p{Han}{2,4}){0,4}\s*")


def _join_labels(lines: list[Line]) -> list[Line]:
    """Each number or label set alone on its line joined to the text it numbers, the line below; and a 主送's
    role alone on its line to the name above it."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None and _ROLE_ALONE_RE.fullmatch(line.text) and _NAMES_ALONE_RE.fullmatch(prev.text):
            out[-1] = replace(prev, text=prev.text.strip() + line.text.strip())
        elif prev is not None and _LABEL_ALONE_RE.match(prev.text) and not _LABEL_ALONE_RE.match(line.text):
            out[-1] = replace(line, text=f"{prev.text.rstrip()} {line.text.lstrip()}", blank_before=prev.blank_before,
                              wide_digits=prev.wide_digits + line.wide_digits)
        else:
            out.append(line)
    return out


# A table's cell that pdftotext set on a line of its own: short, no sentence's mark inside.
_CELL_RE = regex.compile(r"\s*[^，。；：,;:！？!?\s]{1,20}\s*")
# The shortest table read as one: a header row and two rows of figures.
_MIN_TABLE_ROWS = 3


_HAN_RE = regex.compile(r"\p{Han}")


def _figures(cell: str) -> bool:
    """A cell of figures: digits with at most a unit or two beside them ('15280', '86.5%', '2021年', '3.2万')."""
    return any(c.isdecimal() for c in cell) and len(_HAN_RE.findall(cell)) <= 2


def _is_table(rows: Sequence[Sequence[str]]) -> bool:
    """Do ``rows`` of cells read as a table: a header of words over rows whose every column is words
    throughout or figures throughout, one of them figures?"""
    if (len(rows) < _MIN_TABLE_ROWS or len({len(r) for r in rows}) > 1
            or any(c.isdecimal() for cell in rows[0] for c in cell)):
        return False
    columns = [{_figures(row[j]) for row in rows[1:]} for j in range(len(rows[0]))]
    return all(len(kinds) == 1 for kinds in columns) and any(True in kinds for kinds in columns)


def _table_columns(cells: Sequence[str]) -> int | None:
    """How many columns the cells of a table read one to a line make (pdftotext sets each cell of a
    ruled table on a line of its own, row after row), or None if no count lays them out as a table."""
    return next((k for k in range(2, 9) if len(cells) % k == 0
                 and _is_table([cells[i: i + k] for i in range(0, len(cells), k)])), None)


def _spans(n: int) -> Iterator[tuple[int, int]]:
    """The spans of a run of ``n`` lines a table may fill, widest first: the run may open with the
    table's caption or a line above it and close with a line below."""
    for start in range(min(3, n)):
        for end in range(n, max(start, n - 2), -1):
            yield start, end


def _table_in(cells: Sequence[str]) -> tuple[int, int, int] | None:
    """Where a run of short lines holds a table read one cell to a line: ``(start, end, columns)``."""
    return next(((start, end, k) for start, end in _spans(len(cells))
                 if end - start >= 2 * _MIN_TABLE_ROWS and (k := _table_columns(cells[start:end]))), None)


def _row_cells(text: str) -> list[str] | None:
    """The cells of a table's row set on one line apart by spaces ('2021 1120 46.5%'), or None."""
    cells = text.split()
    return cells if len(cells) >= 2 and all(_CELL_RE.fullmatch(c) for c in cells) else None


def _table_rows(lines: list[Line]) -> tuple[list[Line], set[int]]:
    """The text's lines with a table's rows each on a line of its own again, and those rows' ids (each is
    a block of its own). pdftotext reads a ruled table one cell to a line, row after row ('年度' / '公费
    师范生' / … / '2021' / '1860' / …): the cells are joined into their rows; or it keeps a row on its line,
    cells apart by spaces ('年份 新开工装配式建筑面积（万平方米） 占新建建筑比例' / '2021 1120 46.5%')."""
    out: list[Line] = []
    rows: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _CELL_RE.fullmatch(lines[j].text):
            j += 1
        if j > i:  # a run of lines of one cell each
            found = _table_in([ln.text.strip() for ln in lines[i:j]]) if j - i >= 2 * _MIN_TABLE_ROWS else None
            if found is None:
                out.extend(lines[i:j])
            else:
                a, b, k = i + found[0], i + found[1], found[2]
                joined = [replace(lines[r], text="　　".join(ln.text.strip() for ln in lines[r: r + k]))
                          for r in range(a, b, k)]
                out.extend([*lines[i:a], *joined, *lines[b:j]])
                rows.update(id(row) for row in joined)
            i = j
            continue
        while j < len(lines) and _row_cells(lines[j].text):
            j += 1
        cells = [_row_cells(ln.text) or [] for ln in lines[i:j]]
        if span := next((span for span in _spans(len(cells)) if _is_table(cells[span[0]:span[1]])), None):
            rows.update(id(ln) for ln in lines[i + span[0]: i + span[1]])
        out.extend(lines[i: max(j, i + 1)])
        i = max(j, i + 1)
    return out, rows


# A whole title on one line, 关于 (or 对 opening it) to its reply's 文种, no sentence in it: '道里区教育局关于…第27号建议的答复'.
_WHOLE_TITLE_LINE_RE = regex.compile(r"^(?:\s*对|[^，。；,;:：]*?关于)[^，。；,;:：]{4,}的(?:答复函?|复函|回复|协办意见|会办意见)\s*$")


def _title_over_title(above: str, text: str) -> bool:
    """A line that opens a title under a whole title: a web page's heading over the letter's own title, which a full
    line does not run on into ('道里区教育局关于…建议的答复' / '关于…第27号建议')."""
    return bool(_WHOLE_TITLE_LINE_RE.match(above) and TITLE_OPENS_RE.match(text.lstrip()))


def _text_blocks(lines: list[Line]) -> list[Block]:
    lines, table_rows = _table_rows(_join_labels(_join_phone_halves(_dash_lost(_join_letter_spaced(lines)))))
    measured = _measure(lines)
    width = wrap_width(lines, measured)
    if width is None:
        # already one paragraph a line (published web text, a string from a database)
        return [make_block([ln], False) for ln in lines]
    pairs = max(1, len(lines) - 1)
    blanks_mean_breaks = sum(1 for ln in lines[1:] if ln.blank_before) < 0.4 * pairs
    indented = _indented(*measured, width)
    blocks: list[Block] = []
    current: list[Line] = []
    prev: Line | None = None
    block_hard = False
    for k, line in enumerate(lines):
        lead = _leading(line.text)
        w = _widest(line)
        centred = lead >= 4
        hard = _hard_start(line.text)  # (whether the line, and the block's first line, is a field's: asked below)
        if prev is None:
            new = True
        else:
            pw = _widest(prev)
            ends = bool(SENTENCE_END_RE.search(prev.text))
            # a first line holds two characters fewer (indent); either may lose one or two more
            # to line-breaking rules before it counts as a paragraph's short last line
            short = pw < width - (4.0 if len(current) == 1 else FULL_BAND)
            # a line cut short because the number, Latin word or bracketed figure that follows could not
            # be split ('…县道' / '028、乡道…'), or inside a bracket or a 《title》 still open: no end;
            # nor before '现答复如下：' alone on its line, which ends the opening paragraph ('…收悉。')
            held = _held_over(prev.text, line.text, pw, width - (2.0 if len(current) == 1 else 0.0))
            as_follows = bool(_RECEIPT_END_RE.search(prev.text)) and bool(_AS_FOLLOWS_ALONE_RE.match(line.text))
            if (held or _open_bracket(prev.text) or _open_from_above(current) or as_follows
                    or _script_between(lines, k, width) or _pieces_fill(current, width)):
                short = False
            new = (
                centred
                # a blank line breaks only where a paragraph can end: extractors also leave blank
                # lines inside paragraphs where the line spacing wavers (and before '现答复如下：')
                or (blanks_mean_breaks and line.blank_before and ends and not as_follows)
                or lead >= 1.5
                or short
                # a full line ending a sentence, then a short line: a one-line paragraph after a
                # paragraph that filled its last line (not after '；': a list of clauses runs on)
                or (bool(PARAGRAPH_END_RE.search(prev.text)) and w <= width - 1.5
                    and not _open_bracket(prev.text) and not _AS_FOLLOWS_ALONE_RE.match(line.text)
                    and not _opening_goes_on(prev.text, line.text))
                # a numbered item or a closing formula after a sentence's end: '…答复如下：' /
                # '1、我局已完成…'; '…安全水可饮。' / '感谢各位代表对…'
                # (where paragraphs are indented, a numbered line as wide as a full one is a list run into
                # its paragraph: '…采取了以下措施：' / '1.在小区…；2.推行'; so for the words below)
                # (not the thanks that lead to the answer after the receipt: '…收悉。' / '感谢…关注，现答复如下：')
                or (ends and (starts_heading(line.text)
                              or (bool(CLOSING_RE.match(line.text.lstrip())) and not _opening_goes_on(prev.text, line.text)))
                    and not _continues_inline_list(current, line.text) and (not indented or w <= width - 1))
                # '…现答复如下：' filling its line: the answer starts a paragraph of its own
                or bool(AS_FOLLOWS_RE.search(prev.text))
                # a heading that fills its line with no mark of a sentence, a full line under it: its paragraph starts
                # there ('二、关于您提出的加强劳动报酬…的建议' / '我厅已将平台企业纳入…'; a heading that wraps ends short)
                or (len(current) == 1 and _bare_heading(prev.text) and w >= width - FULL_BAND)
                # the next item of a numbered list: '一、项目名称：…' / '二、建设地点：…', and after a
                # sentence's end of a list numbered in the text: '第一，…。' / '第二，…'
                or (bool(current) and next_item(current[0].text, line.text))
                # (not after a full line's '；': such a list runs on in its paragraph far more often than
                # its items stand apart: '…3200余人次；' / '二是推进…')
                or (ends and bool(current) and not prev.text.rstrip().endswith(("；", ";"))
                    and next_item(current[0].text, line.text, RUN_IN_ITEM_RES))
                # a word that opens a paragraph after a full line that ends a sentence: '…。' / '下一步，…' (a line
                # wider than a full one, two lines pdftotext joined where it took a phone's hyphen for a word's
                # ('…电话：028-' / '61889514。'), says nothing of an indent)
                or (ends and bool(PARAGRAPH_START_RE.match(line.text.lstrip()))
                    and (not indented or w <= width - 1 or w > width + FULL_BAND))
                # a full first line after a full line that ends a sentence, where first lines are narrower
                or (bool(PARAGRAPH_END_RE.search(prev.text)) and indented and _opens_full(lines, k, width))
                # a 附注 or 抄送 line that closed itself: '（联系人：…）' then the signer
                or (len(current) == 1 and block_hard and bool(_CLOSED_RE.search(prev.text)))
                # a 联系人 or 抄送 line after a line that closed a title or a bracket, never its words: '2.《…方案》' /
                # '联系人：赵某'; or a field's row after a line that ends with a labelled phone: '施某（…），联系电话：
                # 0571-87052136' / '办理类型：A'
                or (hard and bool(_TITLE_CLOSED_RE.search(prev.text) or _PHONE_FIELD_END_RE.search(prev.text)))
                or (hard and (short or ends or block_hard))
                or date_alone(line.text) or bool(DOC_NUMBER_RE.fullmatch(line.text.strip()))  # a 文号 alone too
                # the 署名 above the date: '附件：…名单' / '某省人民政府办公厅' / '2024年12月16日'
                or _signs_above_date(lines, k)
                # a message page's '回复：' alone: the reply starts below it, whatever stands above
                or bool(REPLY_LABEL_RE.match(line.text.strip()))
                or _after_field(line, current)
                # a line far wider than a full one that ends a sentence is a paragraph a web copy set on
                # one line, whatever width some of its shorter lines happen to share
                or (ends and pw > _OVERFULL * width)
                or id(line) in table_rows or id(prev) in table_rows  # a table's row is a block of its own
                or _is_unit_list_addressee(prev.text)
                or _title_over_title(prev.text, line.text)
                or _is_date_line(prev.text)
                or _leading(prev.text) >= 4
                or bool(RULE_LINE_RE.match(prev.text))
            )
            # a phone's label ending the line goes on to its number: '…请与某科刘某联系，电话：' / '0713-…。'
            new = new and not (PHONE_LABEL_END_RE.search(prev.text) and line.text.lstrip()[:1].isdecimal())
            # and a person's to the name: '…请与某处联系，联系人：' / '高某，电话：0451-…。'
            new = new and not (_PERSON_LABEL_END_RE.search(prev.text) and _NAME_OPENS_RE.match(line.text) is not None)
        if new and current:
            blocks.append(make_block(current, _leading(current[0].text) >= 4))
            current = []
        if not current:
            block_hard = hard
        current.append(line)
        prev = line
    if current:
        blocks.append(make_block(current, _leading(current[0].text) >= 4))
    return blocks


def _mend_places(lines: list[Line], pages: set[int]) -> list[Line]:
    """The OCR'd lines with their misread place names mended (``places.mend_places``), the whole
    document read at once: a name printed right in one place settles none, misread in the title it
    is mended in the 署名 and the 文号 too."""
    read = [k for k, line in enumerate(lines) if line.page in pages]
    mended = mend_places("\n".join(lines[k].text for k in read)).split("\n")
    out = list(lines)
    for k, text in zip(read, mended, strict=True):
        if text != out[k].text:
            out[k] = replace(out[k], text=text)
    return out


def unwrap(doc: Document) -> list[Block]:
    """All pages' lines -> blocks, paragraphs joined across page breaks."""
    lines = [line for page in doc.pages for line in page.lines]
    if not lines:
        return []
    # (pages OCR read, here or in a scanner's text layer)
    if read := {page.number for page in doc.pages if page.number in doc.ocr_pages or page.text_from == "ocr-layer"}:
        lines = _mend_places(lines, read)
    blocks = _pdf_blocks(lines) if doc.positioned and all(line.x0 is not None for line in lines) else _text_blocks(lines)
    if doc.ocr_pages:
        read = set(doc.ocr_pages)  # OCR's marks that only the joined paragraph can settle
        blocks = [replace(b, text=ocr_paragraph(b.text)) if b.page in read else b for b in blocks]
    return blocks
