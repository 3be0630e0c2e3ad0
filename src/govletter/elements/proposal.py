"""What the letter answers: the 建议/提案, from the title, the 主送 and the first paragraph."""

from __future__ import annotations

import regex

from ..models import Proposal
from ..normalize import remove_spaces
from ..patterns import (
    ADDRESSEE_PERSON_RE,
    ADDRESSEE_UNIT_RE,
    AS_FOLLOWS_SPLIT_RE,
    CO_SIGNERS_RE,
    CONGRESS_IN_TEXT_RE,
    CONGRESS_IN_TITLE_RE,
    CONGRESS_LEAD_SPLIT_RE,
    DELEGATION_PREFIX_RE,
    DOC_NUMBER_AFTER_RE,
    GREETING_SENTENCE_RE,
    KIND_THEN_NUMBER_RE,
    LEAD_MARK_RE,
    LEAD_NAMED_RE,
    LIST_SPLIT_RE,
    NAME_DOTS,
    NOT_PROPOSER_RE,
    OFFICE_BEFORE_NAME_RE,
    OPENING_SENTENCE_SPLIT_RE,
    PROPOSAL_AS_TITLE_RE,
    PROPOSAL_IN_TITLE_RE,
    PROPOSAL_KIND_RE,
    PROPOSAL_MENTION_RE,
    PROPOSAL_NUMBER_IN_TEXT_RE,
    PROPOSAL_NUMBER_LIST_RE,
    PROPOSAL_NUMBER_RE,
    PROPOSAL_NUMBER_SUFFIX_RE,
    PROPOSAL_QUOTED_RE,
    PROPOSAL_RECEIVED_RE,
    PROPOSAL_SERIAL_RE,
    PROPOSAL_STRONG_MENTION_RE,
    PROPOSAL_SUBTITLE_RE,
    PROPOSAL_TITLE_QUOTED_RE,
    PROPOSAL_TITLE_RE,
    PROPOSAL_TITLE_SAID_RE,
    PROPOSAL_UNBRACKETED_RE,
    PROPOSAL_UNCLOSED_RE,
    PROPOSAL_WORD_END_RE,
    PROPOSED_BY_ADDRESSEE_RE,
    PROPOSER_GROUP_RE,
    PROPOSER_RE,
    PROPOSER_TITLE_RE,
    ROLE_NOTE_RE,
    SERIAL,
    STANDING_AFTER_NAME_RE,
    SUGGESTION_SAID_TO_BE,
    SUGGESTION_SPOKEN_OF,
    TERM_SITTING,
)
from .closing import cn_number

_KIND_BY_ADDRESSEE = (("代表", "建议"), ("委员", "提案"))


def _number(raw: str) -> int | None:
    """'0043' -> 43; '台52', '任城12' (a delegation's prefix) -> 52, 12; '一' (printed in words) -> 1; '一百二十七' -> 127; '五七六' (in
    words digit by digit) -> 576; '2025D048' -> None; a 届-次-序 composite '16-3-45' -> its serial, 45 (a year and
    hyphen, '2025-37', is no serial: None)."""
    if m := _TERM_SITTING_SERIAL_RE.fullmatch(raw):
        return int(m["serial"])
    if raw and all(ch in _CN_NUMERALS for ch in raw):
        if "百" in raw:  # '一百二十七' -> 127, '一百零五' -> 105
            hundreds, _, rest = raw.partition("百")
            h = cn_number(hundreds) if hundreds else 1
            r = cn_number(rest.lstrip("零〇")) if rest.lstrip("零〇") else 0
            return h * 100 + r if h is not None and r is not None and h < 10 and r < 100 else None
        if len(raw) > 1 and "十" not in raw:
            return int("".join(str(cn_number(ch)) for ch in raw))
        return cn_number(raw)
    digits = raw.lstrip("".join(ch for ch in raw[:2] if not ch.isascii()))  # (a delegation's prefix: '任城12' -> 12)
    return int(digits) if digits.isdigit() else None


# A 届-次-序 composite: the term and the sitting, then the serial ('16-3-45', '6－3－142').
_TERM_SITTING_SERIAL_RE = regex.compile(rf"{TERM_SITTING}(?P<serial>\d{{1,6}})")
_CN_NUMERALS = frozenset("〇零一二三四五六七八九十百")


def without_notes(text: str) -> str:
    """A 主送 without the notes in brackets after a name's title: the lead's mark ('张某代表（领衔）、李某代表')
    and who the deputy is ('谭某代表（某市场商户）')."""
    return ROLE_NOTE_RE.sub(r"\1", LEAD_MARK_RE.sub("", text))


def office_before_name(text: str) -> regex.Match[str] | None:
    """The office before a deputy's or member's name ('省人大代表韩某同志', '市政协委员张某', its ``bare``
    name where no title follows), not a unit whose name holds the office ('市人大代表联络站')."""
    office = OFFICE_BEFORE_NAME_RE.match(text)
    return office if office and not ADDRESSEE_UNIT_RE.match(text) else None


# The meeting named before a delegation addressed: '县十八届人大四次会议敦寨镇代表团', '镇十八届人大四次会议某村代表小组'.
_MEETING_BEFORE_GROUP_RE = regex.compile(r"^(?:尊敬的)?\p{Han}[\p{Han}0-9]{1,29}?会议(?=\p{Han}{2,12}代表(?:团|小?组)$)")
# The co-signers addressed without their names: '王某委员及联名委员', '李某代表及其他联名代表'.
_CO_SIGNERS_UNNAMED_RE = regex.compile(r"(?<=代表|委员)及(?:其他|其余)?(?:联名|附议)?(?:代表|委员|人)们?$")

# The lead deputy or member addressed by role, the co-signers unnamed after them: '…第3号议案领衔代表张某并各位联名代表'.
_LEAD_ADDRESSED_RE = regex.compile(r"(?:尊敬的)?\p{Han}{0,40}?领衔(?:代表|委员)(?P<name>\p{Han}{2,4}?)[及并和]"
                                   r"(?:其他|其余|各位|全体)?(?:联名|附议)?(?:代表|委员)们?")


# Deputies or members addressed by their office alone: '尊敬的市人大代表', '区政协委员'.
# (or by their role alone: '尊敬的委员', '代表们')
_OFFICE_ALONE_RE = regex.compile(r"(?:尊敬的)?(?:(?:全国|[省市县区州旗镇乡])?(?:人大代表|政协委员)|代表|委员)(?:们)?")


def proposer_of(addressee: str | None) -> str | None:
    """'王静代表' -> 王静; '尊敬的胡克兴等5名代表' -> 胡克兴等; '赵六委员、钱七委员' -> 赵六、钱七;
    '雨露乡委员小组' -> itself; an office -> None.

    A printed 等 is kept, unless its head count equals the names listed ('王五、赵六等2位代表')."""
    if not addressee:
        return None
    text = without_notes(CO_SIGNERS_RE.sub("", remove_spaces(addressee)))
    if _OFFICE_ALONE_RE.fullmatch(text):
        return None  # '尊敬的市人大代表', '尊敬的委员': the deputies of a congress, no one named
    # '省人大代表韩永胜同志', '市政协委员张海燕': the office before the name is no part of it
    if office := office_before_name(text):
        if office["bare"]:
            return office["bare"]
        text = (office["greeting"] or "") + text[office.end():]
    if lead := _LEAD_ADDRESSED_RE.fullmatch(text):
        return lead["name"]  # '…第3号议案领衔代表张某并各位联名代表' -> 张某 (the others unnamed)
    text = _CO_SIGNERS_UNNAMED_RE.sub("", text)  # '王某委员及联名委员' -> 王某委员
    text = _MEETING_BEFORE_GROUP_RE.sub("", text)  # '县十八届人大四次会议某镇代表团' -> 某镇代表团
    if standing := STANDING_AFTER_NAME_RE.match(text):
        return standing["name"]  # '吴某（市人大代表）'
    m = PROPOSER_RE.match(text)
    if m:
        # (not the delegation or sector before the name: '某县代表团蒋某代表' -> 蒋某)
        name = DELEGATION_PREFIX_RE.sub("", PROPOSER_TITLE_RE.sub("", m["name"]).strip("、，,"))
        # a unit addressed beside the member is no proposer: '区政协社会和法制委员会、王某委员' -> 王某
        parts = LIST_SPLIT_RE.split(name)
        people = [n for n in parts if n and not ADDRESSEE_UNIT_RE.match(n)]
        if people and len(people) < len(parts):
            name = "、".join(people)
        if not name:
            return None
        if (m["etc"] or m["etc_after"]) and not _counts_all(m["count"], name):
            name += "等"
        return name
    text = text.removeprefix("尊敬的")
    # of several units addressed, the group that proposed, not the congress's office that passed it on:
    # '区政协提案委员会、农工党城北区总支' -> 农工党城北区总支
    groups = [part for part in LIST_SPLIT_RE.split(text) if PROPOSER_GROUP_RE.search(part)]
    return "、".join(groups) if groups else None


def _count(text: str) -> int | None:
    """'5' -> 5, '七' -> 7, '十二' -> 12."""
    if text.isdigit():
        return int(text)
    return cn_number(text.replace("两", "二"))


def _counts_all(count: str | None, names: str) -> bool:
    """Is the head count printed after 等 (``count``: '3', '三') the number of the ``names`` listed ('王某、赵某、李某')?
    Then the 等 adds no one: '王某、赵某、李某等3名委员' -> 王某、赵某、李某."""
    return count is not None and _count(count) == len(LIST_SPLIT_RE.split(names))


# Delegates who speak for residents, villagers, workers, parents or owners, not for a congress: '某幢居民代表'.
_LAY_DELEGATE_RE = regex.compile(r"(?:居民|村民|职工|家长|业主|群众|学生|商户|员工)代表(?:们)?$")


def _kind_by_whom(congress: str | None, addressee: str | None) -> str | None:
    """Where the title does not say: a 政协 meeting or a 委员 takes 提案, a 人大 meeting or a 代表 建议."""
    if congress:
        if "政协" in congress or "政治协商" in congress:
            return "提案"
        if "人大" in congress or "人民代表大会" in congress:
            return "建议"
    whom = remove_spaces(addressee or "")
    # (residents' or workers' 代表 are no deputies: '某幢居民代表')
    if whom and ADDRESSEE_PERSON_RE.match(whom) and not _LAY_DELEGATE_RE.search(whom):
        for suffix, k in _KIND_BY_ADDRESSEE:
            if regex.search(rf"{suffix}(?:们)?$", CO_SIGNERS_RE.sub("", whom)):
                return k
    return None


# What says someone proposed it: '提出的', '所提'.
_PROPOSED_RE = regex.compile(r"提出|所提")


def _opening(first_paragraphs: list[str]) -> str | None:
    """The sentence of the opening that names what the letter answers (提出, 收悉, 您, 贵…): the first
    one that does, in the first paragraphs ('您好！您所提的“…”已收悉' -> the second sentence)."""
    sentences = [sentence for text in first_paragraphs for sentence in OPENING_SENTENCE_SPLIT_RE.split(remove_spaces(text))
                 if not GREETING_SENTENCE_RE.fullmatch(sentence)]
    for pattern in (PROPOSAL_STRONG_MENTION_RE, PROPOSAL_MENTION_RE):  # '感谢您…。您提出的…收悉' -> the second
        for sentence in sentences:
            if pattern.search(sentence):
                return AS_FOLLOWS_SPLIT_RE.split(sentence)[0]  # after '现答复如下：' comes the answer
    return None


# A number and kind printed before a title: '第29号建议关于…', '第20220418号提案，即关于…', the meeting before them
# too: '区政协十五届二次会议第0087号关于…'.
_NUMBER_PREFIX_RE = regex.compile(
    r"^(?:[^，。,《》“”]{2,40}?会议\s*)?第?\s*(?:\d{1,12}|(?<=第)[〇零一二三四五六七八九十百]{1,7})\s*号\s*(?:建议|提案|议案)?\s*(?:[—－]{1,2}|[:：，,])?\s*"
    r"(?:即|也就是)?\s*(?=关于)")


def proposal_title(text: str) -> str | None:
    """The suggestion's title as the opening sentence ``text`` names it: 《关于…的建议》, “关于…的建议”,
    提出的关于“…”的建议 (the quoted words), 提出的关于…的建议 (unbracketed, up to the kind),
    提出的…的提案收悉 (a bare theme)."""
    # (a document the unbracketed title names is no title of its own: '您所提关于修订《森林防火条例》的建议收悉'; but
    # the suggestion's own title quoted inside is: '您提出的关于《关于在某镇新建提水点》的建议已收悉')
    unbracketed = PROPOSAL_UNBRACKETED_RE.search(text)
    for pattern in (PROPOSAL_QUOTED_RE, PROPOSAL_TITLE_RE, PROPOSAL_UNCLOSED_RE, PROPOSAL_UNBRACKETED_RE):
        found = ([f for f in pattern.finditer(text)
                  if not (unbracketed and unbracketed.start() < f.start() < unbracketed.end()
                          and not f[0].startswith("《关于"))]
                 if pattern is PROPOSAL_TITLE_RE else [pattern.search(text)])
        # (a 《title》 with a 文号 after it is a document that passed the suggestion on: the next one is it)
        if m := next((f for f in found if f and not DOC_NUMBER_AFTER_RE.match(text, f.end())),
                     found[0] if found else None):
            title = next(v for k, v in m.groupdict().items() if v and k.startswith(("title", "theme")))
            # (without its number and kind before it: '提出的第29号建议关于…的建议', '…第7号建议——关于…的建议' -> 关于…的建议)
            title = _NUMBER_PREFIX_RE.sub("", title)
            if m.groupdict().get("theme") and title.startswith("关于"):
                title += f"的{m['kind']}"  # a title, not a bare theme: it keeps its kind
            return PROPOSAL_NUMBER_SUFFIX_RE.sub("", title).strip()
    return None


# Whose the kind is, said before it at a title's end: '…的代表建议' (a deputy's), '…的委员提案'.
_WHOSE_KIND_RE = regex.compile(r"(?<=的)(?:代表|委员)(建议|提案|议案|意见)$")


def _shortened(short: str, full: str) -> bool:
    """Is ``short`` a shortened form of the title ``full``: its characters in order, fewer of them, the same
    ending ('关于解决中小学校周边交通拥堵问题的意见' of '关于解决城关区中小学校周边交通拥堵问题的意见')? Not where ``full``
    only says whose kind it is ('…的代表建议', of a deputy's suggestions, criticisms and opinions: the same title)."""
    if len(short) >= len(full) or short[-2:] != full[-2:] or _WHOSE_KIND_RE.sub(r"\1", full) == short:
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)


def _names_it(text: str | None) -> bool:
    """Does the sentence ``text`` name the suggestion, by its title or its number?"""
    return text is not None and bool(proposal_title(text) or _number_in_text(text))


def _number_in_text(text: str) -> str | None:
    """The number the opening sentence gives beside the suggestion: '（第18号）', '（提案编号2022004）'."""
    m = PROPOSAL_SERIAL_RE.search(text) or PROPOSAL_NUMBER_IN_TEXT_RE.search(text)
    return next((v for v in m.groups() if v), None) if m else None


def _congress_in_text(text: str) -> str | None:
    """The meeting the opening sentence names: '您在县人大十八届二次会议上提出的…'."""
    m = CONGRESS_IN_TEXT_RE.search(text)
    return m["congress"] if m else None


# A head count: '6', '十二'.
_COUNT = r"\d+|[一二两三四五六七八九十]{1,2}"
# A lead and the count of those who proposed with them, as a title names them: '朱某等6名代表所提'.
_LEAD_AND_COUNT_RE = regex.compile(rf"(?:关于|对于|对)(?:对)?(?P<lead>\p{{Han}}{{2,4}})等\s*(?:{_COUNT})\s*[名位](?:代表|委员)")
# A session's term or sitting, which a meeting named by its year alone lacks: '十四届二次', '第三次'.
_SESSION_RE = regex.compile(r"[届次]")
# The body a meeting is of: a people's congress or a CPPCC.
_CONGRESS_BODY_RE = regex.compile(r"人大|政协|人民代表大会|人代会|委员会")


# A closing paragraph that sums up what the letter answered: '以上是对您在…上提出的第64号建议《…》的答复。'
# (or by its number alone: '以上是对第158号提案的答复', or its meeting and number: '以上系对县十九届人大四次会议第9号建议的答复')
_SUMMARY_RE = regex.compile(r"^以上(?:是|为|即|系|就是)?(?:我\p{Han}{1,2})?(?:对|就)\s*"
                         rf"(?:您|你们?|贵\p{{Han}}{{1,6}}?|(?:\p{{Han}}{{2,30}}?会议)?第{SERIAL}号)\S{{2,200}}?"
                         r"(?:答复|回复)")
# A sentence that names the suggestion by the meeting it was made at and its number: '您在区十八届人大五次会议上提出的
# 第45号建议'.
# (or what the letter answers of it: '现就市政协十五届三次会议第73号提案中涉及我局职责的内容答复如下')
_MADE_AT_RE = regex.compile(rf"(?:您|你们?)在[^，。；,;]{{2,40}}?会议(?:上|期间)?(?:所|联名)?提出的第{SERIAL}号(?:建议|提案|议案)"
                            rf"|[现特]就[^，。；,;]{{2,40}}?会议第{SERIAL}号(?:建议|提案|议案)中")
# A sentence anywhere after the opening that says which suggestion this is: '此件系市政协十四届三次会议第236号提案'.
_SAID_TO_BE_RE = regex.compile(SUGGESTION_SAID_TO_BE)
# A sentence of a later paragraph that says the one addressed made the suggestion of that number: '…我们将把您提出的
# 第86号建议的办理与…结合起来'.
# (or says it is theirs: '市人大常委会将您的第157号建议确定为重点督办建议')
# (or a unit's or a delegation's right before its number: '贵代表团第3号议案所提的…工程')
# (its number a 届-次-序 composite too: '您所提第15-1-42号建议中还反映了…')
_YOURS_NUMBERED_RE = regex.compile(r"(?:(?:您|你们?|贵\p{Han}{1,3}?)(?:所提的?|提出的|的)|贵\p{Han}{1,3}?)"
                                   rf"第{SERIAL}号(?:建议|提案|议案)")
# The suggestion pointed back to by its number: '该第36号建议'.
_THIS_NUMBERED_RE = regex.compile(rf"(?:该|此|本)第(?P<number>{SERIAL})号(?:建议|提案|议案)")
# A later paragraph that speaks of the suggestion by its number: '您在第112号建议中提到的…问题，…'.
_SPOKEN_OF_RE = regex.compile(rf"^(?:对于|关于|对|本次|此次|这次)?{SUGGESTION_SPOKEN_OF}")


def summary_paragraph(paragraphs: list[str]) -> str | None:
    """The paragraph after the opening that sums up what the letter answered, near the body's end, or one that
    speaks of it by its number, or one of the next two that names its meeting and number ('…，您在区十八届人大
    五次会议上提出的第45号建议由我委主办') or its number ('该建议为第118号建议'), or one that says the one addressed
    made it ('…把您提出的第86号建议的办理与…')."""
    return next((text for text in reversed(paragraphs[2:][-3:]) if _SUMMARY_RE.match(remove_spaces(text))),
                None) or next((text for text in paragraphs[1:] if _SPOKEN_OF_RE.match(remove_spaces(text))), None) \
        or next((text for text in paragraphs[1:3] if _MADE_AT_RE.search(remove_spaces(text))), None) \
        or next((text for text in paragraphs[1:] if _SAID_TO_BE_RE.search(remove_spaces(text))), None) \
        or next((text for text in paragraphs[1:] if _YOURS_NUMBERED_RE.search(remove_spaces(text))), None)


def read_proposal(title: str | None, addressee: str | None, first_paragraphs: list[str],
                  congress_line: str | None = None, number_line: str | None = None,
                  title_line: str | None = None, summary: str | None = None) -> Proposal | None:
    """The proposal, or ``None`` when nothing says the document answers one.

    The title is read first (meeting, number, kind); what it lacks comes from the opening paragraph
    (its 《title》 or quoted theme, '（第18号）', '在…会议上提出'), then from a meeting printed alone in
    the head (``congress_line``), a record's number row (``number_line``) and title row (``title_line``),
    then the kind from who is addressed (代表: 建议, 委员: 提案). A letter that opens straight on the matter may
    name it only in a ``summary`` paragraph near its end ('以上是对您…提出的第64号建议《…》的答复'): what the title
    and the opening lack comes from there."""
    congress: str | None = None
    number: int | None = None
    number_raw: str | None = None
    kind: str | None = None
    compact = remove_spaces(title or "")
    if m := PROPOSAL_IN_TITLE_RE.search(compact):
        congress = m["congress"] or m["congress2"]
        number_raw, kind = m["number"] or m["number2"], m["kind"] or m["kind2"]
    elif m := PROPOSAL_NUMBER_RE.search(compact):
        number_raw, kind = m["number"], m["kind"]
        if cm := CONGRESS_IN_TITLE_RE.search(compact[: m.start()]):
            congress = cm["congress"]  # '…会议第101号、第115号建议'
    elif m := PROPOSAL_KIND_RE.search(compact):
        kind = m["kind"]
        if cm := CONGRESS_IN_TITLE_RE.search(compact[: m.start()]):
            congress = cm["congress"]
    if m := PROPOSAL_NUMBER_LIST_RE.search(compact):
        number_raw = m["number"]  # '第101号、第115号建议': the first
    if number_raw is None and (m := PROPOSAL_SERIAL_RE.search(compact)):
        number_raw = m["number"]
    if number_raw is None and (m := KIND_THEN_NUMBER_RE.search(compact)):
        number_raw, kind = m["number"], kind or m["kind"]
    if number_raw is None and compact:
        number_raw = _number_in_text(compact)  # '关于《关于…的提案》（第0045号）的答复'
    # the letter's title may name the suggestion's own title: '对…会议《关于…的提案》第025号提案的答复',
    # '…第56号建议的答复——关于…的建议'
    in_title = PROPOSAL_TITLE_QUOTED_RE.search(compact) or PROPOSAL_SUBTITLE_RE.search(compact)
    opening = _opening(first_paragraphs[:2])
    if opening and not _names_it(opening) and first_paragraphs:
        # (the receipt names nothing, a sentence after it does: '您与其他代表提出的建议收悉。刘某等6名代表在…会议上提出的
        # 《…》，…')
        # (not the answer after '现答复如下：', which may name documents: only what a sentence says before it)
        opening = next((said for sentence in OPENING_SENTENCE_SPLIT_RE.split(remove_spaces(first_paragraphs[0]))
                        if (said := AS_FOLLOWS_SPLIT_RE.split(sentence)[0]) != opening
                        and _PROPOSED_RE.search(said) and _names_it(said)), opening)
    summed = remove_spaces(summary) if summary is not None else None
    received = opening  # (the receipt, which may name the meeting still: '你们在市十七届人大四次会议上提出的建议收悉')
    if not _names_it(opening) and _names_it(summed):
        opening = summed  # the opening names nothing: the summary names it
    ptitle = in_title["t"] if in_title else (proposal_title(opening) if opening else None) or title_line
    if ptitle and title_line and _shortened(ptitle, title_line):
        ptitle = title_line  # a record's title row gives in full what the opening shortened
    # the opening quotes in full what the letter's title shortened: '关于《推进…工作的建议》的答复' / '…提出的《关于加快推进…
    # 工作的建议》收悉'
    if in_title and ptitle and opening and (said_title := proposal_title(opening)) and _shortened(ptitle, said_title):
        ptitle = said_title
    if ptitle is None and first_paragraphs and (named := PROPOSAL_TITLE_SAID_RE.search(first_paragraphs[0])):
        ptitle = named["t"]  # '…提案收悉。提案题目为《…》'
    if ptitle is None and (whole := PROPOSAL_AS_TITLE_RE.search(compact)):
        ptitle = "关于" + whole["t"].removeprefix("关于")  # the letter's title is the suggestion's, and nothing else names it
    if kind in ("意见", "批评意见", "批评和意见"):
        # a deputy's 意见 is a suggestion, a member's a proposal; else the kind is unsaid (and said by the
        # meeting: a congress's 批评和意见 are its deputies' suggestions)
        kind = "建议" if "代表意见" in compact else "提案" if "委员意见" in compact else None
    elif kind == "议事原案":  # a county congress's name for its 议案
        kind = "议案"
    if kind and (fix := regex.search(rf"{kind}\s*[（(](建议|提案|议案)[）)]", compact)):
        kind = fix[1]  # '第8号议案（建议）': the bracket corrects the word
    said = None  # the kind the opening or the suggestion's title names
    if opening and (om := PROPOSAL_RECEIVED_RE.search(opening)):
        said = om[1]
    elif ptitle and (tm := PROPOSAL_WORD_END_RE.search(ptitle)):
        said = tm[1]
    if kind is None or _kind_by_whom(congress, None) == "提案":
        # a CPPCC meeting or member makes 提案 whatever word is used; a deputy's 建议 or 议案 is as named
        whom = _kind_by_whom(congress, addressee) if (ptitle or number_raw or congress or opening) else None
        kind = "议案" if whom == "建议" and said == "议案" else (whom or kind or said)
    if kind is None and congress is None:
        return None
    if number_raw is None and opening:
        number_raw = _number_in_text(opening)
    if number_raw is None and summed is not None:
        number_raw = _number_in_text(summed)  # '您在第112号建议中提到的…'
    if number_raw is None and first_paragraphs:
        # a later sentence of the opening: '…。现将该第36号建议后续办理情况补充答复如下：', '…收悉。该建议（编号第86号）由…'
        later = remove_spaces(first_paragraphs[0])
        if back := _THIS_NUMBERED_RE.search(later):
            number_raw = back["number"]
        elif said := _SAID_TO_BE_RE.search(later):
            number_raw = said["number11"]
    if number_raw is None:
        number_raw = number_line
    if congress is None:
        # a meeting the title names away from the number and kind ('…关于对区十届人大一次会议第28号《关于…的建议》
        # 的答复', '…会议“关于…的建议”（第21号）的答复'), then the opening's, then a head line's, then the summary's
        # ('以上是对您在…第六次会议期间提出的第104号建议的答复')
        in_head = CONGRESS_IN_TITLE_RE.search(compact) if compact else None
        congress = (in_head["congress"] if in_head else None) or (_congress_in_text(opening) if opening else None) \
            or (_congress_in_text(received) if received else None) \
            or congress_line or (_congress_in_text(summed) if summed else None)
    # a meeting the title names without its body ('对十四届二次会议第23号建议的答复'): the opening's, where it names
    # the body too ('您在市十四届人大二次会议上提出的…')
    if congress and not _CONGRESS_BODY_RE.search(congress) and opening and (said_at := _congress_in_text(opening)) \
            and _CONGRESS_BODY_RE.search(said_at):
        congress = said_at
    if number_raw is not None:
        number = _number(number_raw.lstrip("第"))
    if congress:
        # the issuer may stand before 关于/对: '鹿阜街道办事处对县第十七届人大第三次会议'
        congress = CONGRESS_LEAD_SPLIT_RE.split(congress)[-1]
        if not _SESSION_RE.search(congress):
            congress = None  # a meeting named by its year alone is no session: '您在2026年市政协会议期间提出的…'
    proposer = read_proposer(addressee, first_paragraphs[:1])
    # the lead addressed alone, the title naming the others by their count: '关于对朱某等6名代表所提…'
    if proposer and not proposer.endswith("等") and (group := _LEAD_AND_COUNT_RE.search(compact)) \
            and group["lead"] == proposer:
        proposer += "等"
    return Proposal(kind=kind, congress=congress or None, number=number,
                    number_raw=number_raw.lstrip("第").strip() if number_raw else None,
                    proposer=proposer, title=ptitle)


# '现对九三学社提出的《…》提案', '对张三等3位委员联名提出的…', '关于朱某代表提出的…': the proposer named in the first paragraph,
# when the letter goes to a lead unit rather than to the proposer. Not a meeting ('区政协…会议提出的').
# A unit that passed the suggestion on may stand before the name: '贵委转来的程某委员提出的…'; the meeting
# or the occasion after it: '张某委员在市政协十届二次会议上提出的…', '你站转来的顾某代表在接待活动中收集的…',
# '由你局主办、我局协办的民盟某区委提出的…', '…主席团交付市人民政府办理的李某等12名代表提出的…'; a report's
# '…会议期间，林某等12名代表提出了《…议案》' (提出了 only after 代表/委员 and before the title, bracketed or not:
# '…提出了关于修改《…条例》的议案'); the meeting
# right before the name: '区五届人大一次会议胡某代表提出的《…》'; 由 before it: '由顾某等3名代表提出的…' -> 顾某等,
# '…第53号建议由刘某代表提出，主要内容为…', '第29号建议《…》由黄某代表提出，…' -> 刘某, 黄某; '该提案由陈某、王某委员提出'
# -> 陈某、王某; '…主席团交付审议的由王某等12名代表提出的…', '你局转来由王某等12名代表提出的…' -> 王某等; the
# proposal said again by who made it: '…第156号提案，即王某委员提出的《…》' -> 王某; what deputies or members raised, after a
# receipt that names no one: '您与其他代表…提出的第27号建议收悉。马某等5名代表反映的…问题' -> 马某等.
# The meeting or the occasion a suggestion was made at, before 提出: '在市十七届人大二次会议上', '在闭会期间'.
_MEETING_CLAUSE = r"(?:[在于][^，。,；;]{2,40}?(?:会议(?:上|期间)?|活动中|期间))?"
_PROPOSER_IN_TEXT_RE = regex.compile(
    # (or after the number, set apart by 、 or right after it, the role with the name: '…会议第68号、刘某代表提出的
    # 《…》', '…第37号提案、黎某委员提出的《…》', '…第2023052号钟某委员提出的《…》')
    # (or in brackets after the title: '…第112号建议《关于…的建议》（李某代表提出）收悉', or after the number:
    # '…第0127号建议（何某代表提出的《…》）收悉', '…第0587号代表建议（徐某代表提出的关于…的建议）由你委主办')
    rf"(?:(?:你|贵)[团组]|^|[，,。：:\s]|(?<=(?:[》”]|号(?:代表|委员)?(?:建议|提案|议案))\s*)[（(]|经研究|代表团|委员会|会议(?:上|期间)?(?![上期])|(?<=号(?:建议|提案|议案)?)、|(?<=号)(?=[\p{{Han}}{NAME_DOTS}]{{2,5}}(?:委员|代表)(?:所|联名|领衔)?提出)"
    # (or after the delegation, addressed: '你团孟某等11名代表在…期间提出的…')
    # (or right before the one named with their role: '你厅转来谢某代表提出的《…》', '你局转来李某代表等提出的…')
    rf"|(?:建议|提案|议案|》|”)(?=由)|(?:转来|转交|交办|转办|主办|协办|会办|办理|审议)"
    # (or with a count: '贵局转来张某等5名代表提出的…')
    # (the meeting may stand before 提出: '你局转来孙某等代表在市十七届人大二次会议上提出的…'; or several named:
    # '你局转来梁某、何某等代表提出的…')
    rf"(?:的|(?=由)|(?<=转来|转交)(?=(?:[\p{{Han}}{NAME_DOTS}]{{2,5}}、){{0,7}}[\p{{Han}}{NAME_DOTS}]{{2,5}}(?:等\d{{0,3}}[位名]?)?(?:代表|委员)等?"
    rf"{_MEETING_CLAUSE}(?:所|联名|领衔)?提出)))(?:现|特|即)?(?:该(?:建议|提案|议案))?(?:对|关于|由)?"
    # (a list of names may run longer: '赵某力格、乌某娜、刘某杰、苏和巴某尔、王某兰代表提出的…')
    # (not the words that say they made it together: '…会议上联合提出的'; nor the kind before 由: '你局转来的提案由王某委员提出')
    rf"(?!联合|共同|(?:建议|提案|议案)由)(?P<who>(?:[\p{{Han}}{NAME_DOTS}]{{2,6}}、){{0,7}}?[\p{{Han}}、{NAME_DOTS}]{{2,15}}?)"
    rf"(?P<etc>等(?:{_COUNT})?[位名]?)?(?:(?:{_COUNT})[位名])?(?P<role>委员|代表)?(?P<etc_after>(?<=委员|代表)等(?:\d{{1,3}}[人位名])?)?{_MEETING_CLAUSE}"
    # (a group's name in brackets after the title: '《…的提案》（九三学社某省委员会提出）')
    # (or a unit said to have made it, after 由: '…第0086号提案，即《…》，由市政协农业和农村委员会提出，由贵局主办…')
    r"(?:所|联名|领衔|联合|共同)?(?:提出|收集|(?<=代表|委员)反映)(?:的|(?<=由[\p{Han}、]{2,20}提出)(?=[，,。；;])|(?<=(?:代表|委员)(?:联名|领衔|联合|共同)?提出)(?:了(?=[《“]|关于)|(?=[，,。）)]))"
    r"|(?<=[》”]\s*[（(][^（）()]{2,30})(?=[）)]))")


# Deputies' or members' groups: '代表团', '委员组'.
_DELEGATION = r"代表团|代表小?组|委员组|活动组"
# A group by its kind alone, the one addressed: '代表团', '委员组'.
_GROUP_WORD_RE = regex.compile(rf"(?:该|本)?(?:{_DELEGATION}|界别|党派)")


def proposer_in_text(paragraphs: list[str], *, person: bool = False) -> str | None:
    """The proposer named in the opening paragraph: '现对九三学社提出的…' -> 九三学社;
    '信丰县代表团刘某等代表提出的…' -> 刘某等; '杜某代表提出的《…》收悉' -> 杜某. With ``person``, only
    deputies and members named as such ('…代表', '…委员', '…等12名代表')."""
    for text in paragraphs:
        compact = remove_spaces(text)
        for m in _PROPOSER_IN_TEXT_RE.finditer(compact, overlapped=True):
            if (NOT_PROPOSER_RE.search(m["who"]) and not PROPOSER_GROUP_RE.match(m["who"])) or _GROUP_WORD_RE.fullmatch(m["who"]):
                continue  # '贵委转来的程某' is no name; '程某' after it may be ('九三学社某区委' is one); nor is the
                # group addressed, by its kind alone ('代表团提出的…')
            who, role = m["who"], m["role"]
            if not role and compact[m.end():m.end() + 1] in "）)" and not PROPOSER_GROUP_RE.search(who):
                continue  # only a group is named in brackets without its role: '（九三学社某省委员会提出）'
            if (office := office_before_name(who)) and office["bare"]:
                who, role = office["bare"], "委员"  # '市政协委员向某提出的…' names a member
            if role or not person or PROPOSER_GROUP_RE.search(who):  # a person, or a group ('九三学社某区委')
                who = DELEGATION_PREFIX_RE.sub("", who)  # '信丰县代表团刘某' -> 刘某
                # (a printed 等 is kept unless its head count is the names listed: '王某、刘某、赵某等3名委员')
                count = _HEAD_COUNT_RE.match(compact, m.start("etc")) if m["etc"] else None
                listed = _counts_all(count["count"] if count else None, who)
                return who + ("等" if (m["etc"] or m["etc_after"]) and not listed else "")
            break
    return None


# The head count after 等 in the opening: '…等3位代表提出的'.
_HEAD_COUNT_RE = regex.compile(rf"等\s*(?P<count>{_COUNT})\s*[位名]")
# A deputy's or member's title at the end of a name: '杨某代表' -> 杨某.
_ROLE_END_RE = regex.compile(r"(?:代表|委员)$")
# The meeting a suggestion was made at, after who made it: '在市八届人大五次会议上'.
# (or an activity between sessions: '在区人大常委会组织的闭会期间活动中')
_AT_MEETING = r"(?:[在于][^，。,；;]{2,40}?(?:会议(?:上|期间)?|期间(?:活动)?中?|活动中))?"
# A role after a name, before the next of a list: '李某委员、赵某' -> 李某、赵某.
_ROLE_BEFORE_LIST_MARK_RE = regex.compile(r"(?:代表|委员)(?=、)")
# The one addressed, then those who proposed with them: '您与…', '您领衔，…', '您领衔、与…' (or the several addressed:
# '您们与其他3位代表联名…', counted: '您二位与其他3位代表联名…'; the meeting may stand between: '您在2026年市政协会议期间
# 与其他4名委员联名…').
_JOINT_LEAD = rf"^(?:您们?|你们?)(?:[两二三四五六七八九十]位)?{_AT_MEETING}(?:与|和|同|领衔[，,、]?(?:与|和|同)?)"
# The opening names the others who proposed it with the person addressed: '您与杨某、李某代表联名提出的…' (not
# '您与其他代表联名…', '您与5位代表联名…'); or led by the one addressed: '您领衔，林某、蔡某等6位代表联名提出的…'.
_JOINT_WITH_RE = regex.compile(
    rf"{_JOINT_LEAD}(?!其他|其余|联名|多名|多位|部分|各位|全体|有关|相关|\p{{Han}}{{0,2}}[0-9一二三四五六七八九十])"
    # (their role may stand before the count too: '您与陈某、叶某代表等12名代表提出的…')
    rf"(?P<others>\p{{Han}}{{2,4}}(?:(?:代表|委员)?、\p{{Han}}{{2,4}}){{0,5}})(?:(?:代表|委员)(?=等))?(?P<etc>等(?:(?P<count>{_COUNT})?[位名])?)?"
    # (the meeting they made it at may stand between: '您和黄某等12名代表在市八届人大五次会议上提出的…')
    rf"(?:代表|委员){_AT_MEETING}(?:联名|共同|联合)?(?:提出|所提)")
# Or gives only their count: '您与其他5位委员联名提出的…' -> 杨某等.
# (or only that there were others: '您等提出的…')
# ('您与另外2位代表联名提出的…' too, or without 联名: '您与其他4名代表提出的…')
_JOINT_COUNT_RE = regex.compile(rf"{_JOINT_LEAD}(?:其他|其余|另外|另)?(?:{_COUNT})[位名](?:代表|委员){_AT_MEETING}"
                                r"(?:联名|共同|联合|(?=提出|所提))"
                                r"|^(?:您|你)等(?:联名|共同)?(?:提出|所提)")


# A delegation or a group of members at the end of the addressee: '漳州代表团', '某乡委员组'.
_DELEGATION_END_RE = regex.compile(rf"(?:{_DELEGATION})$")


def read_proposer(addressee: str | None, paragraphs: list[str]) -> str | None:
    """Who made the suggestion: the deputy or member addressed; where the letter goes to a unit (a lead
    office, a 人大 committee), the deputies or members the opening names, else that unit
    ('湖北省发展和改革委员会：' / '贵委转来的程某委员提出的…' -> 程某)."""
    addressed = proposer_of(addressee)
    compact = remove_spaces(addressee or "")
    # (a delegation addressed is a unit too: '漳州代表团：' / '漳州代表团黄某等12位代表提出的…' -> 黄某等)
    if addressed and (not ADDRESSEE_PERSON_RE.match(compact) or _DELEGATION_END_RE.search(compact)):
        return proposer_in_text(paragraphs, person=True) or addressed
    opening = remove_spaces(paragraphs[0]) if paragraphs else ""
    if addressed:
        # the deputies who proposed it with the one addressed: '您与杨某、李某代表联名提出的…' -> 马某、杨某、李某
        if (joint := _JOINT_WITH_RE.match(opening)) and not addressed.endswith("等"):
            # (each once: '您与王某等10位代表提出的…' to '王某代表' names the one addressed again -> 王某等)
            names = list(dict.fromkeys([addressed, *(_ROLE_END_RE.sub("", n) for n in LIST_SPLIT_RE.split(joint["others"]) if n)]))
            # a printed 等 is kept unless the head count is the names listed
            etc = joint["etc"] and not _counts_all(joint["count"], "、".join(names))
            return "、".join(names) + ("等" if etc else "")
        if _JOINT_COUNT_RE.match(opening) and not addressed.endswith("等"):
            return addressed + "等"
        # (or with the lead and the count in a note: '您与其他代表联名提出的《…》（韦某等3名代表提出）')
        if not addressed.endswith("等") and regex.search(
                rf"[（(]\s*{regex.escape(addressed)}等\s*(?:{_COUNT})\s*[位名](?:代表|委员)", opening):
            return addressed + "等"
        # the opening names the one addressed with the others: '杨某、段某等6位代表提出的…' to '杨某代表' (or to
        # '杨某等8位代表') -> 杨某、段某等; '赵某委员、马某委员联名提出的…' -> 赵某、马某
        said = proposer_in_text(paragraphs, person=True)
        said = PROPOSER_TITLE_RE.sub("", said) if said else None
        first = addressed.removesuffix("等")
        if said and said.startswith(first + "、") and len(LIST_SPLIT_RE.split(said)) > len(LIST_SPLIT_RE.split(addressed)):
            return said
        if said == first + "等":
            # '由陈某委员等提出的…' to '陈某委员' -> 陈某等; not where the head count is the names addressed
            # ('杨某、李某、普某等3位代表提出的…' to those three)
            count = _HEAD_COUNT_RE.search(opening)
            return addressed if _counts_all(count["count"] if count else None, first) else said
        return addressed
    if lead := LEAD_NAMED_RE.search(opening):
        return _ROLE_BEFORE_LIST_MARK_RE.sub("", lead["who"])  # '…（领衔代表：陈某）收悉'
    if compact and PROPOSED_BY_ADDRESSEE_RE.match(opening) and ADDRESSEE_UNIT_RE.match(compact):
        return compact.removeprefix("尊敬的")  # '区政协某委员会：' / '贵委提出的…'
    return proposer_in_text(paragraphs)
