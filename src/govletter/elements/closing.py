"""落款 and 版记: 署名, 成文日期, 附注 (联系人及电话), 抄送, 印发."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..models import Contact
from ..normalize import remove_spaces
from ..patterns import (
    ADDRESSEE_UNIT_RE,
    BARE_NAME_RE,
    CC_BARE_UNIT_RE,
    CC_RE,
    CC_SPLIT_RE,
    CONTACT_CLOSE_RE,
    CONTACT_LABEL_RE,
    CONTACT_OPEN_RE,
    CONTACT_UNIT,
    COPY_COUNT_RE,
    DASH,
    DATE_ARABIC_RE,
    DATE_BARE_RE,
    DATE_CHINESE_RE,
    DATE_LABEL_RE,
    DATE_NUMERIC_RE,
    DATE_TRAILER_RE,
    HOTLINE_RE,
    LEADER_RE,
    NAME_JOINER_RE,
    NAME_RE,
    NOT_NAME_RE,
    PERSON_LABEL_RE,
    PHONE_RE,
    PHONE_THEN_NAME_RE,
    PRINTED_DATE_RE,
    RANK,
    SIGNER_LABEL_RE,
    SIGNER_STOP_RE,
    TRAILING_STOPS_RE,
    UNIT_NAME_END_RE,
    UNIT_OR_RANK_END_RE,
    UNIT_THEN_NAME_RE,
)
from ..places import is_place_without_level

_CN_DIGITS = {"〇": 0, "○": 0, "O": 0, "o": 0, "Ο": 0, "О": 0, "о": 0, "0": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_number(text: str) -> int | None:
    """'九' -> 9, '十二' -> 12, '二十六' -> 26, '三十一' -> 31."""
    if not text:
        return None
    if "十" in text:
        tens, _, ones = text.partition("十")
        t = _CN_DIGITS.get(tens, -1) if tens else 1
        o = _CN_DIGITS.get(ones, -1) if ones else 0
        return t * 10 + o if t >= 0 and o >= 0 else None
    if len(text) == 1 and text in _CN_DIGITS:
        return _CN_DIGITS[text]
    return None


@dataclass(frozen=True, slots=True)
class FoundDate:
    iso: str  # YYYY-MM-DD, or YYYY-MM when the day is missing
    start: int
    end: int
    has_day: bool


def _valid(y: int, m: int, d: int | None) -> bool:
    import datetime

    if not 1 <= m <= 12:
        return False
    if d is None:
        return True
    try:
        datetime.date(y, m, d)
    except ValueError:
        return False
    return True


def _iso(y: int, m: int, d: int | None) -> str:
    return f"{y:04d}-{m:02d}" if d is None else f"{y:04d}-{m:02d}-{d:02d}"


def find_date(text: str) -> FoundDate | None:
    """The first 成文日期-shaped date in ``text``: Arabic or Chinese numerals, with or without a day."""
    m = DATE_ARABIC_RE.search(text)
    if m:
        y, mo = int(m["y"]), int(m["m"])
        d = int(m["d"]) if m["d"] else None
        if _valid(y, mo, d):
            return FoundDate(_iso(y, mo, d), m.start(), m.end(), d is not None)
    m = DATE_CHINESE_RE.search(text)
    if m:
        digits = [_CN_DIGITS.get(ch) for ch in m["y"]]
        mo2 = cn_number(m["m"])
        d2 = cn_number(m["d"]) if m["d"] else None
        if None not in digits and mo2 is not None and (m["d"] is None or d2 is not None):
            y = int("".join(str(x) for x in digits))
            if _valid(y, mo2, d2):
                return FoundDate(_iso(y, mo2, d2), m.start(), m.end(), d2 is not None)
    return None


def bare_date(text: str) -> str | None:
    """A date that lost its 年月日 ('2023531' -> 2023-05-31), only where one reading is possible, or a
    web copy's numeric date ('2024-05-16')."""
    if n := DATE_NUMERIC_RE.match(DATE_LABEL_RE.sub("", text)):  # '回复时间：2024-06-18 15:32'
        y, mo, d = int(n["y"]), int(n["m"]), int(n["d"])
        return _iso(y, mo, d) if _valid(y, mo, d) else None
    m = DATE_BARE_RE.match(text)
    if not m:
        return None
    digits = m["digits"]
    y, rest = int(digits[:4]), digits[4:]
    readings = set()
    for cut in (1, 2):
        month, day = rest[:cut], rest[cut:]
        if 1 <= len(day) <= 2 and _valid(y, int(month), int(day)):
            readings.add(_iso(y, int(month), int(day)))
    return readings.pop() if len(readings) == 1 else None


def date_line(text: str) -> tuple[str, FoundDate] | None:
    """A line that is a date, maybe after a signer ('上海市人民政府2023年9月5日'): ``(signer_part, date)``."""
    # '答复日期：2024年7月10日', '答复单位：某局　　答复日期：2024年7月10日'
    compact = remove_spaces(DATE_LABEL_RE.sub("", SIGNER_LABEL_RE.sub("", text)))
    if PRINTED_DATE_RE.search(compact):
        return None
    found = find_date(compact)
    if not found:
        return None
    tail = compact[found.end:]
    if DATE_TRAILER_RE.sub("", tail):
        return None
    head = compact[: found.start]
    if head and (SIGNER_STOP_RE.search(head) or len(head) > 40):
        return None
    return head, found


# A 版记 row's date right before its 印发, after the unit that printed it or alone ('凤县交通运输局2022年5月25日'),
# not a sentence's ('…经市政府常务会议审议后已于2023年6月印发。').
_PRINTED_ON_RE = regex.compile(
    rf"(?:^|[局办室厅委府会处科心部司院所站队社])(?:{DATE_ARABIC_RE.pattern}|{DATE_CHINESE_RE.pattern})$")


def is_printed_line(text: str) -> bool:
    """版记's '凤县交通运输局  2022年5月25日印发'."""
    compact = remove_spaces(text)
    m = PRINTED_DATE_RE.search(compact)
    return m is not None and _PRINTED_ON_RE.search(compact[: m.start()]) is not None


def parse_cc(text: str) -> tuple[str, list[str]] | None:
    """'抄送：区人大常委会人事代表工委，区政府办公室。' -> ('抄送', [...]); copy counts '（2份）' removed."""
    m = CC_RE.match(text)
    if not m:
        return None
    return remove_spaces(m["label"]), cc_items(m["value"], spaced=True)


# A place with no unit after it ('湛江市', '某县'): never a recipient of its own.
_PLACE_END = r"(?:省|市|县|区|旗|盟|州)"
# (or a town's, a township's or a 街道's: places too where a unit comes after them)
_ANY_PLACE_END = rf"(?:{_PLACE_END}|(?:镇|乡|街道))"


def _place(end: str, *, line_joined: bool = False) -> str:
    """A place's name ending in ``end``; with ``line_joined``, a line joined inside it with a space: '四川 省'."""
    return rf"(?:\p{{Han}}\s?){{1,10}}?{end}" if line_joined else rf"\p{{Han}}{{1,10}}?{end}"


_PLACE = _place(_PLACE_END)
# (its kinds listed in brackets after it: '鄱阳湖区各县（市、区）' / '水利局')
_PLACE_ALONE_RE = regex.compile(rf"{_PLACE}(?:[（(][市县区旗、]{{1,7}}[）)])?")
_PLACE_LINE_JOINED = _place(_PLACE_END, line_joined=True)
# A recipient that opens with a place of its own ('区财政局', '太平镇人民政府', '某市某局').
_PLACE_OPENS_RE = regex.compile(rf"(?:\p{{Han}}{{0,10}}?{_ANY_PLACE_END})")


# The unit that places listed before it share: '自然资源局', '人民政府', '卫生健康委员会' (a line joined inside it with a space);
# or a zone's 管委会: '赣州经开区、蓉江新区管委会'.
_UNIT_AFTER_PLACES = r"(?:(?:\s?\p{Han}){1,12}?(?:局|委员会|委|办|院|厅|室|处|中心|政府)|管委会)"
# Places alone that share the unit named after the last of them: '满洲里市、二连浩特市自然资源局',
# '呈贡区、晋宁区、西山区、官渡区人民政府' (a line joined inside the last with a space: '…、四川 省交通运输厅').
# (towns, townships and 街道 too: '统景镇、大盛镇、古路镇人民政府')
_SHARED_UNIT_RE = regex.compile(rf"(?:^|(?<=[，,；;\s])){_place(_ANY_PLACE_END)}(?:、\s*{_place(_ANY_PLACE_END, line_joined=True)})+"
                                # (a note in brackets after the unit: '四川省、重庆市、贵州省农业农村厅（委）'; its copy count
                                # cut before it: '西藏自治区、青海省交通运输厅（各1份），…')
                                rf"{_UNIT_AFTER_PLACES}(?:[（(]\p{{Han}}{{1,4}}[）)])?(?=[，,；;。、\s]|$)")


# The kinds of place named together after 各, before what they share: '各省、自治区、直辖市…', '各省、区、市…', '各市、县
# 人民政府'; with a place that stands beside them, named last, before the unit they share: '各市、州、直管市、神农架林区
# 自然资源和规划局' (not the next recipient, which names its own level: '各市、县、省财政厅'). The kinds go from big to
# small, so a province's kind after a smaller one opens the next recipient: '各市、县、省财政厅' -> '各市、县', '省财政厅'.
_PROVINCE_KIND = r"(?:省|自治区|直辖市|计划单列市)"
_LOWER_KIND = r"(?:直管市|县级市|市|自治州|州|盟|地区|县|区|旗|林区)"
_PLACE_KINDS_RE = regex.compile(
    rf"各(?:{_PROVINCE_KIND}|{_LOWER_KIND})(?:、\s*(?:{_LOWER_KIND}|{_PROVINCE_KIND}(?<=各(?:{_PROVINCE_KIND}、\s*)+{_PROVINCE_KIND})))+"
    rf"(?:、\s*(?![省市县区各])(?=\p{{Han}}))?")
# A short note in brackets inside one name, whose 、 parts no recipients: '…教育厅（教委、教育局）'.
_BRACKETED_RE = regex.compile(r"[（(][^（）()，,。；;]{1,20}[）)]")


# The rest of places sharing one unit, from the place after the first: '阿里地区商务局' (after '日喀则、').
_SHARED_TAIL_RE = regex.compile(rf"{_PLACE_LINE_JOINED}(?:、\s*{_PLACE_LINE_JOINED})*"
                                rf"{_UNIT_AFTER_PLACES}(?=[，,；;。、（(\s]|$)")
# A name of two to five characters before a 、: maybe a place printed without its level.
_NAME_BEFORE_MARK_RE = regex.compile(r"\p{Han}{2,5}(?=、)")
# (at a recipient's start)
_RECIPIENT_START_RE = regex.compile(r"(?:^|(?<=[，,；;\s]))\p{Han}")


# A mark that lists recipients, and a line break inside a name joined with a space.
_LISTED_RE = regex.compile(r"[，、,；;]")
_BROKEN_NAME_SPACE_RE = regex.compile(r"(?<=\p{Han}) (?=\p{Han})")


def place_alone(text: str) -> bool:
    """Is ``text`` a place with no unit after it ('三明市'), no recipient of its own?"""
    return bool(_PLACE_ALONE_RE.fullmatch(text))


def unit_after_place(place: str, unit: str) -> bool:
    """Is ``unit`` the rest of a recipient that a 抄送 row broke after its ``place``, a unit with no place of its own
    ('鄱阳湖区各县（市、区）' / '水利局'; not '三明市' / '宁德市人民政府')?"""
    return place_alone(place) and not _PLACE_OPENS_RE.match(unit)


def place_or_bare_place(text: str) -> bool:
    """Is ``text`` a place alone, with its level ('三明市') or printed without it ('禅城')?"""
    return place_alone(text) or is_place_without_level(text)


def _join_bare_places(value: str) -> str:
    """Places printed without their level that share the unit after the last place: '日喀则、阿里地区商务局' is one
    recipient (its 、 kept from the split as \\x00), as '满洲里市、二连浩特市自然资源局' is."""
    for start in reversed([m.start() for m in _RECIPIENT_START_RE.finditer(value)]):
        marks, at = [], start
        while (name := _NAME_BEFORE_MARK_RE.match(value, at)) and is_place_without_level(name[0]):
            marks.append(name.end())
            at = name.end() + 1  # (more of them: '福清、长乐、闽侯县…')
            while at < len(value) and value[at].isspace():
                at += 1  # (the row broken after a 、: '禅城、南海、' / '顺德区交通运输局')
        if marks and _SHARED_TAIL_RE.match(value, at):
            for mark in reversed(marks):
                value = value[:mark] + "\x00" + value[mark + 1:]
    return value


def cc_items(text: str, *, spaced: bool = False) -> list[str]:
    """The recipients of a 抄送 row's value (or of a line it wrapped onto), copy counts cut:
    '市交通运输局（1份），市政府督查室（1份）。' -> ['市交通运输局', '市政府督查室']."""
    # (a count also ends its recipient where no comma follows it: '…工委（2份）市政府督查室（1份）')
    value = COPY_COUNT_RE.sub("、", text)
    if _LISTED_RE.search(COPY_COUNT_RE.sub("", text)):
        # (names listed with marks: a space between two characters is a line the row broke inside a name, '…涪城 区、…')
        value = _BROKEN_NAME_SPACE_RE.sub("", value)
    # (places that share the unit after the last of them are one recipient: '满洲里市、二连浩特市自然资源局')
    # (and the kinds of province a national office writes to: '各省、自治区、直辖市林业和草原主管部门'; and a note in
    # brackets lists inside one name: '…教育厅（教委、教育局）')
    value = _join_bare_places(value)
    for one_name in (_SHARED_UNIT_RE, _PLACE_KINDS_RE, _BRACKETED_RE):
        value = one_name.sub(lambda m: m[0].replace("、", "\x00"), value)
    parts = [part.replace("\x00", "、") for part in CC_SPLIT_RE.split(value) if part.strip()]
    if spaced and len(parts) == 1 and all(len(w) >= 2 for w in parts[0].split()):
        words, parts = parts[0].split(), []  # '市政协办 市府办': names set apart by single spaces
        for word in words:
            # (but a name the line broke, its first part ending in no unit and the rest opening with no place:
            # '…委员会 市人民政府督' / '查室')
            if (parts and not UNIT_NAME_END_RE.search(parts[-1]) and not _PLACE_ALONE_RE.fullmatch(parts[-1])
                    and not _PLACE_OPENS_RE.match(word)):
                parts[-1] += word
            else:
                parts.append(word)
    items = [TRAILING_STOPS_RE.sub("", remove_spaces(part)) for part in parts]
    out: list[str] = []
    for item in filter(None, items):
        # a name a line broke at a space: its place alone ('湛江市' / '生态环境局麻章分局'), or its generic end
        # ('东山街道' / '办事处'); a place alone before another unit's own place stays apart
        if out and ((_PLACE_ALONE_RE.fullmatch(out[-1]) and not _PLACE_OPENS_RE.match(item))
                    or CC_BARE_UNIT_RE.match(item)):
            out[-1] += item
        else:
            out.append(item)
    return out


def printer_alone_above(text: str) -> bool:
    """'2022 年 5 月 25 日印发' alone: the line above it is its 印发机关, not a recipient. A line
    that names its printer ('某某局办公室  2024年7月12日印发') leaves the line above alone."""
    compact = remove_spaces(text)
    found = find_date(compact)
    return is_printed_line(text) and found is not None and found.start == 0


# '联系人：张三；联系电话：…', '联系人：张三 联系电话：…': a new segment starts at each label.
# Segments: at '；', '，', before a spaced label, and before a phone label glued to a name (OCR and
# web copies drop the space: '联系人：袁桂花联系电话：…', '联系人：于某电  话：…', and with the colons
# '联系人吕某联系电话0558-…').
_SEGMENT_SPLIT_RE = regex.compile(
    # (a label may carry a note in brackets: '电话（传真）：')
    # (or a table cell's bar: '承办科室：某股｜联系人：魏某｜联系电话：…')
    r"[；;，,｜|│]\s*|\s+(?=[\p{Han}][\p{Han}/／]{1,10}(?:[（(]\p{Han}{1,4}[）)])?\s*[:：])"
    # (or a phone's label set apart by gaps on both sides, as a form's cells: '联系人　李某　　办公电话　0352-…')
    r"|\s+(?=(?:联\s*系\s*电\s*话|办\s*公\s*电\s*话|电\s*话|手\s*机|传\s*真)\s+[（(]?(?:0|1[3-9]))"
    # before a letter-spaced label ('刘某  电  话：'), not inside one ('联 系 人：')
    r"|(?<=\S\S)\s+(?=[\p{Han}](?:\s+[\p{Han}]){1,3}\s*[:：])"
    r"|(?<=(?:[:：]|^\s*[（(]?\s*(?:联系人|承办人|经办人)(?![及和与]))[^:：；;，,]*[\p{Han}])(?<!联系|办公)"
    r"(?=(?:联\s*系\s*电\s*话|联\s*系\s*方\s*式|办\s*公\s*电\s*话|电\s*话|手\s*机|传\s*真|邮\s*编)"
    r"(?:[（(]\p{Han}{1,4}[）)])?\s*(?:[:：]|[（(]?0|1[3-9]))"
    # (or before a bracket that opens with a phone's label, right after the name: '联系人：某办俞某（电话：…）')
    r"|(?<=\p{Han})\s*(?=[（(]\s*(?:联\s*系\s*电\s*话|办\s*公\s*电\s*话|电\s*话|手\s*机)\s*[:：])")
# A person's label without its colon, glued to the name or set apart by a space: '联系人吕某', '联系人 吕某'.
_BARE_PERSON_LABEL_RE = regex.compile(r"^\s*(?:联\s*系\s*人|承\s*办\s*人|经\s*办\s*人)(?=\s*\p{Han})")


# Two to four characters each standing alone, set apart by spaces: a letter-spaced name ('林　锋').
_SPACED_CHARS_RE = regex.compile(r"(?<!\p{Han})\p{Han}(?:[ \u3000]+\p{Han}(?!\p{Han})){1,3}")


def _names_in(text: str) -> list[str]:
    """Plausible personal names (2–6 Han characters, maybe letter-spaced, or a transliterated name with
    its dots or a space for one) in ``text``, in order; a rank
    written after a name is no part of it ('王某某科长' -> 王某某)."""
    names: list[str] = []
    # (a letter-spaced name after its unit, its characters joined first: '网监处　林　锋' -> 网监处 林锋)
    text = _SPACED_CHARS_RE.sub(lambda m: remove_spaces(m[0]), text)
    for m in NAME_RE.finditer(_JOB_TITLE_RE.sub(" ", text)):
        if m["gap"] and _unit_or_rank(m["gap"]):  # two words, each read alone ('规划科 王某某科长')
            names += [remove_spaces(w["name"]) for word in m["gap"].split() for w in NAME_RE.finditer(word)]
        else:
            names.append(remove_spaces(m["name"]))
    names = [_unit_cut(_RANK_AFTER_NAME_RE.sub("", n)) for n in names]
    # (a unit is no name: '县农业农村局　电话：…')
    return [n for n in names if len(n) >= 2 and not NOT_NAME_RE.match(n) and not (len(n) >= 4 and ADDRESSEE_UNIT_RE.match(n))]


def _unit_cut(word: str) -> str:
    """A name glued after its section's is the name alone ('综合科王某明' -> 王某明, '规划股李丽' -> 李丽); a word
    of five or six characters that is no unit and a name after it stays whole ('阿不都热合曼')."""
    if len(word) >= 5 and (name := _person(word)) and BARE_NAME_RE.fullmatch(name):
        return name
    return word


def _unit_or_rank(gap: str) -> bool:
    """Is one of two words set apart a unit or ends in a rank, no part of a name ('县教育局 张某华', '规划科
    王某某科长')?"""
    return any(ADDRESSEE_UNIT_RE.match(word) or UNIT_OR_RANK_END_RE.search(word) for word in gap.split())


def _name_in(text: str) -> str | None:
    """The last plausible personal name in ``text``."""
    names = _names_in(text)
    return names[-1] if names else None


# '李四（科长）': a job title in brackets after a name is not a name
_JOB_TITLE_RE = regex.compile(r"[（(][\p{Han}]{1,8}[）)]")
# a rank after a name: '王某某科长', '李某副主任' (the name before it is two or three characters)
_RANK_AFTER_NAME_RE = regex.compile(rf"(?<=^[\p{{Han}}]{{2,3}})(?:{RANK}|副?书记|同志)$")
# a label for the unit to call: '联系单位及电话', '联系科室'
UNIT_LABEL_RE = regex.compile(r"单\s*位|科\s*室|处\s*室|部\s*门")
# who reviewed or signed the reply is no contact: '审核人：李某'
_NOT_CONTACT_LABEL_RE = regex.compile(r"审\s*核|核\s*稿|审\s*签|签\s*发")


def letter_spaced(words: tuple[str, ...]) -> str:
    """An alternation of ``words``, each maybe letter-spaced or broken over two lines ('联 系 人')."""
    return "|".join(r"\s*".join(word) for word in words)


# a label with spaces inside, letter-spaced or broken over two lines: '联 系 人：', '联 系电话：'
_SPACED_LABEL_RE = regex.compile(
    rf"(?:{letter_spaced(('联系电话', '联系方式', '办公电话', '联系人', '承办人', '经办人', '电话', '手机', '传真', '邮编'))})"
    r"(?=\s*[:：])")
# A number's label without its colon, before the number: '联系电话028-…', a form's cells '传真　0991-…'.
_BARE_NUMBER_LABEL_RE = regex.compile(r"^\s*(?:联系电话|联系方式|办公电话|电话|手机|传\s*真|邮\s*编)(?=\s*[（(]?\d)")
# fax and postcode segments hold numbers that are nobody's phone
_NOT_PHONE_LABEL_RE = regex.compile(r"传\s*真|邮\s*编|邮政编码|地\s*址|邮\s*箱")
_PHONE_LABEL_RE = regex.compile(r"电\s*话|手\s*机")


def _alternate(value: str) -> bool:
    """Do names and phones take turns in ``value`` ('王某 0571-1  李某 0571-2'), a name first?"""
    kinds = ["p" if PHONE_RE.fullmatch(t) else "n" for t in PHONE_RE.sub(lambda m: f" {remove_spaces(m[0])} ", value).split()
             if PHONE_RE.fullmatch(t) or regex.search(r"\p{Han}", t)]
    return len(kinds) >= 4 and kinds == ["n", "p"] * (len(kinds) // 2)


def _unbracketed(text: str) -> str:
    """The line without the brackets around it ('（联系人：张三，电话：…）。'), but with a closing bracket
    that closes something inside it ('联系人：宋某（科长）')."""
    inner = CONTACT_OPEN_RE.sub("", text)
    end = CONTACT_CLOSE_RE.search(inner)
    if end and inner.count("）") + inner.count(")") > inner.count("（") + inner.count("("):
        inner = inner[: end.start()]
    return inner


# A landline and a mobile run together where OCR or a web copy lost the mark between them:
# '0451-8262651715804519262' -> '0451-82626517、15804519262'.
_GLUED_PHONES_RE = regex.compile(rf"(?<!\d)(0\d{{2,3}}\s*{DASH}\s*\d{{7,8}})(?=1[3-9]\d{{9}}(?!\d))")


# A unit named before a contact label, with its colon or without: '区卫生健康局：联系人　王某', '区商务局联系人：…'.
_UNIT_BEFORE_LABEL_RE = regex.compile(
    rf"^\s*{CONTACT_UNIT}\s*[:：]\s*(?=联\s*系\s*人|经\s*办\s*人|承\s*办\s*人)"
    r"|^\s*\p{Han}{2,12}?(?:局|委|厅|中心)(?=联系人\s*[:：])")


# A person with what the line says of them in brackets after the name: '何某（社会保险处处长）', '吴某（经办人，电话：…）'.
_NAME_THEN_BRACKET_RE = regex.compile(r"(?P<name>\p{Han}{2,4})\s*[（(](?P<inner>[^（）()]*)[）)]")


def _person(word: str) -> str | None:
    """The person a word of a contact row names: the word itself ('汪某'), or the name after its unit ('镇党政办汪某')."""
    if BARE_NAME_RE.fullmatch(word):
        return word
    glued = UNIT_THEN_NAME_RE.search(word)
    return glued["name"] if glued else None


def _people_with_bracketed_phones(inner: str, raw: str) -> list[Contact]:
    """People listed with their phones in the brackets after their names, one phone outside them none:
    '联系人：何某（社会保险处处长）、吴某（经办人，电话：0851-86825314）' -> 何某 (no phone), 吴某 (its phone)."""
    pairs = list(_NAME_THEN_BRACKET_RE.finditer(inner))
    if len(pairs) == 1 and (phone := PHONE_RE.search(pairs[0]["inner"])) and not PHONE_RE.search(
            inner[pairs[0].end():]):
        # the last of several people named with the phone in brackets after them, those before without one:
        # '联系人：郝某　于某（电话：022-…）' -> 郝某 (no phone), 于某 (its phone); each maybe after their unit:
        # '联系人：镇党政办汪某，镇规划建设办俞某（电话：…）' -> 汪某, 俞某 (its phone)
        head, mark, names = inner[: pairs[0].start("inner") - 1].replace(":", "：").rpartition("：")
        people = [_person(n) for n in regex.split(r"[\s、，,]+", names) if n]
        if mark and PERSON_LABEL_RE.search(head) and len(people) >= 2 and all(people):
            return [*(Contact(name=n, phone=None, raw=raw) for n in people[:-1]),
                    Contact(name=people[-1], phone=remove_spaces(phone[0]), raw=raw)]
    if (len(pairs) < 2 or not any(PHONE_RE.search(m["inner"]) for m in pairs)
            or PHONE_RE.search(_NAME_THEN_BRACKET_RE.sub(" ", inner))
            or not all(BARE_NAME_RE.fullmatch(m["name"]) for m in pairs)):
        return []
    return [Contact(name=m["name"], phone=remove_spaces(p[0]) if (p := PHONE_RE.search(m["inner"])) else None, raw=raw)
            for m in pairs]


def parse_contact_line(text: str) -> list[Contact]:
    """Contacts on one 附注 line: labelled names and phones, several people possible.

    Each ``label：value`` segment is read on its own; a name is looked for only where the label
    names a person (联系人, 承办人, 经办人, 负责人) or there is no label. Several names
    ('王五、赵六') take the phones that follow in order; fax and postcode segments are skipped.
    """
    raw = text.strip()
    # (the unit the line is for, labelled before its contact: '区卫生健康局：联系人　王某　电话：…')
    inner = _UNIT_BEFORE_LABEL_RE.sub("", _unbracketed(raw))
    inner = _GLUED_PHONES_RE.sub(r"\1、", _SPACED_LABEL_RE.sub(lambda m: remove_spaces(m[0]), inner))
    if people := _people_with_bracketed_phones(inner, raw):
        return people
    segments = [s for s in _SEGMENT_SPLIT_RE.split(inner) if s.strip()]
    line_phones = len(PHONE_RE.findall(inner))
    contacts: list[Contact] = []
    pending: list[str] = []  # names still waiting for their phones
    for seg in segments:
        label, colon, value = seg.partition("：") if "：" in seg else seg.partition(":")
        if not colon and (bare := _BARE_NUMBER_LABEL_RE.match(seg) or _BARE_PERSON_LABEL_RE.match(seg)):
            label, colon, value = bare[0], ":", seg[bare.end():]  # '联系电话028-…', '联系人吕某': no colon
        if not colon:
            label, value = "", seg
        # (a line that is phone and fax at once is a phone: '电话/传真：…')
        if ((_NOT_PHONE_LABEL_RE.search(label) and not _PHONE_LABEL_RE.search(label))
                or (_NOT_CONTACT_LABEL_RE.search(label) and not PHONE_RE.search(value))):
            continue
        phones = [remove_spaces(m[0]) for m in PHONE_RE.finditer(value)]
        if not phones and ("话" in label or "热线" in label) and HOTLINE_RE.fullmatch(value):
            phones = [value.strip(" 。.")]  # '咨询电话：12366', '客服热线：96777'
        names = _names_in(PHONE_RE.sub(" ", value)) if (not label or PERSON_LABEL_RE.search(label)) else []
        if not names and not pending and (after := PHONE_THEN_NAME_RE.search(value)):
            names = _names_in(after["name"])  # '联系电话：0851-28221436（罗某）': whose phone it is
            # (not the unit of the person named before it: '联系人：董某，联系电话：010-…（公路局）')
        if len(names) > 1 and (named := [n for n in names if not UNIT_OR_RANK_END_RE.search(n)]) \
                and len(named) < len(names):
            names = named  # (a section set apart before the person that reads like a name: '农水处 钱某东')
        if len(names) > 1 and len(names) == len(phones) and _alternate(value):
            pass  # '王某 0571-1  李某 0571-2': each name with the phone after it
        elif len(names) > 1 and not NAME_JOINER_RE.search(PHONE_RE.sub(" ", value)) and not (
                len(names) == line_phones and not any(UNIT_OR_RANK_END_RE.search(n) for n in names)):
            # '综合科 王某', '价格司 张某': one person after a unit (not two people set apart, as many as the line's
            # phones: '联系人：马某兰　李某　联系电话：0951-…　0951-…'); two names with one phone: the first named
            # ('联系人：段某婷　郭某飞　　联系电话：…'); but where the first has their post or section in brackets after
            # the name, the phone is the one's named after them, as where a mark sets them apart ('联系人：周某（处长）
            # 黄某　　联系电话：…' -> 周某 without a phone, 黄某 with it, as '联系人：李某（科长）；赵某，电话：…')
            if len(names) == 2 and _post_between(names[0], names[1], value):
                contacts.append(Contact(name=names[0], phone=None, raw=raw))
                names = names[1:]
            else:
                names = names[:1] if all(BARE_NAME_RE.fullmatch(n) for n in names) else names[-1:]
        if not names and UNIT_LABEL_RE.search(label):
            # '联系单位及电话：某司　张某　010-…': a person set apart after the unit (the unit alone names none);
            # not the rest of a unit's name the line wrapped ('…安全监督管' / '理科　0632-…')
            words = PHONE_RE.sub(" ", value).split()
            if words and UNIT_NAME_END_RE.search(words[0]):
                names = _names_in(" ".join(words[1:]))[-1:]
        if not names and "人" in label:  # '联系人：某局综合规划科科长王某某'
            glued = UNIT_THEN_NAME_RE.search(remove_spaces(PHONE_RE.sub("", value)))
            names = [glued["name"]] if glued else []
        if names and not phones:
            contacts.extend(Contact(name=n, phone=None, raw=raw) for n in pending)
            pending = names
            continue
        waiting = names or pending
        if not waiting and contacts and contacts[-1].name:
            # '联系人：王某，电话：…，手机：…', '联系电话：0571-…，139…': the same person's other phone
            waiting = [contacts[-1].name]
        for i, phone in enumerate(phones):
            # one person's several phones ('0571-…（办）  139…（手机）') all name that person
            name = waiting[i] if i < len(waiting) else (waiting[0] if len(waiting) == 1 else None)
            contacts.append(Contact(name=name, phone=phone, raw=raw))
        if phones:
            contacts.extend(Contact(name=n, phone=None, raw=raw) for n in waiting[len(phones):])
            pending = []
    contacts.extend(Contact(name=n, phone=None, raw=raw) for n in pending)
    return contacts


def _between(first: str | None, second: str | None, text: str, middle: str) -> bool:
    """Does ``text`` name ``first``, then what ``middle`` matches, then ``second``?"""
    return bool(first and second and regex.search(rf"{regex.escape(first)}{middle}{regex.escape(second)}", text))


def _post_between(first: str | None, second: str | None, text: str) -> bool:
    """Does ``text`` name ``first`` with their post or section in brackets right before ``second``
    ('周某（处长）　黄某', '杨某（市生态环境局）何某')?"""
    return _between(first, second, text, r"\s*[（(]\p{Han}{1,10}[）)]\s*")


def _labelled_apart(first: str | None, second: str | None, text: str) -> bool:
    """Does ``text`` give ``second`` a contact label of its own after ``first`` ('联系人：郑某（某处）；经办人：周某')?"""
    return _between(first, second, text, rf".*?{CONTACT_LABEL_RE.pattern}.*?")


# The label of a responsible leader's name: '承办领导', '分管领导姓名', '负责人'.
_LEADER_LABEL = r"(?:领导(?:姓名)?|负责人|责任人)"


def merge_contacts(contacts: list[Contact]) -> list[Contact]:
    """A name-only line and a phone-only line next to it are one person: '联系人：阮绪平' + '联系电话：…' (each
    phone of that line: '联系人：林某' + '1390…/0595-…'), and the other way round where an extractor read the
    foot's columns out of order ('电话：…' + '联系人：周某')."""
    merged: list[Contact] = []
    for c in contacts:
        last = merged[-1] if merged else None
        if last and c.name is None and c.phone and last.phone is None and last.name:
            # several names on one line take the phones after it in order, as on one line: '联系人：王某、李某' +
            # '电话：…' is 王某's
            # (but not past a label of its own, as on one line: '联系人：郑某（某处）；经办人：周某，' + '电话：…' is
            # 周某's)
            i = len(merged) - 1
            line = remove_spaces(last.raw)
            while (i and merged[i - 1].raw == last.raw and merged[i - 1].phone is None and merged[i - 1].name
                   and not _labelled_apart(merged[i - 1].name, merged[i].name, line)):
                i -= 1
            # (not a leader's, where the line names the handler after: '承办领导：易某　承办人：谭某' + '联系电话：…'
            # is 谭某's)
            while i < len(merged) - 1 and regex.search(rf"{_LEADER_LABEL}[:：]?{regex.escape(merged[i].name or '')}", line):
                i += 1
            # (nor the first of two where a post or a section in brackets follows the first's name, as on one line:
            # '联系人：杨某（市生态环境局）　何某（市水务局）' + '电话：…' is 何某's)
            if i == len(merged) - 2 and _post_between(merged[i].name, merged[i + 1].name, line):
                i += 1
            merged[i] = Contact(name=merged[i].name, phone=c.phone, raw=f"{merged[i].raw}\n{c.raw}")
        elif last and c.name is None and c.phone and last.name and c.raw == last.raw.rsplit("\n", 1)[-1] != last.raw:
            # the second phone of the line whose first it took: '联系人：林某' + '1390…/0595-…'
            merged.append(Contact(name=last.name, phone=c.phone, raw=last.raw))
        elif last and c.name and c.phone is None and last.name is None and last.phone:
            merged[-1] = Contact(name=c.name, phone=last.phone, raw=f"{last.raw}\n{c.raw}")
        else:
            merged.append(c)
    # a handler named without a phone where a leader's row took the phone row under it: one row's cells read apart
    # ('承办领导：彭某　　承办人：谭某' over '联系电话：…', which pdftotext gives as '承办领导：彭某' / '联系电话：…' and the
    # handler below): the phone is the handler's
    handler = next((k for k, c in enumerate(merged) if c.phone is None and c.name and _HANDLER_ROW_RE.match(c.raw)), None)
    lead = next((k for k, c in enumerate(merged)
                 if c.phone and "\n" in c.raw and LEADER_RE.match(c.raw) and not CONTACT_LABEL_RE.search(c.raw)), None)
    if handler is not None and lead is not None:
        name_row, phone_rows = merged[lead].raw.split("\n", 1)
        merged[handler] = Contact(name=merged[handler].name, phone=merged[lead].phone,
                                  raw=f"{merged[handler].raw}\n{phone_rows}")
        merged[lead] = Contact(name=merged[lead].name, phone=None, raw=name_row)
    return merged


# A handler's row: '承办人：谭某', '经办人：…', '联系人：…'.
_HANDLER_ROW_RE = regex.compile(r"^\s*[（(]?\s*(?:承\s*办\s*人|经\s*办\s*人|联\s*系\s*人)")
