"""Every compiled regular expression of govletter, each with what it matches and what it must not.

Patterns run on text after ``normalize_chars`` (ASCII digits, ordinary Han characters), but they
accept both full-width and ASCII punctuation, since web copies and OCR turn ，：；（） into , : ; ( ).
"""

from __future__ import annotations

import regex

# Building blocks -------------------------------------------------------------------------------
COLON = r"[:：]"
OPEN = r"[〔【﹝\[（(［〖「『]"
CLOSE = r"[〕】﹞\]）)］〗」』]"
# The offices that handle a suggestion together, as their labels name them: '主办单位', '协办联系人'.
HANDLER = r"(?:主办|协办|会办)"
DASH = r"[-—–－─‒―~～]"
# The dot of a transliterated name ('阿依古丽·买买提') as offices and input methods type it, for a class of name
# characters: the middle dot, the katakana middle dot a GB font's glyph reads back as, a bullet, a hyphenation
# point, a full-width or a half-width full stop ('买买提明.吐尔逊', '热依拉．买买提').
NAME_DOTS = "·・•‧．."
CN_DIGIT = "〇○OoΟОо0零一二三四五六七八九十"  # (a zero typed as a Latin, Greek or Cyrillic O)

# 页码 ------------------------------------------------------------------------------------------
# Matches: '— 4 —', '- 4 -', '—4—', '－ 12 －', '第 4 页 共 9 页', '第4页', '共9页 第4页', '4/9', 'Page 4 of 9',
# and as OCR reads a 一字线: '-4一', '一 4 一'.
# Must not match: '2023年', '4.', '一、基本情况', '- 2023 年工作 -', '一4'.
PAGE_NUMBER_RE = regex.compile(
    rf"""^\s*(?:
        (?:{DASH}|一)+\s*\d{{1,4}}\s*(?:{DASH}|一)+
      | 第\s*\d{{1,4}}\s*页\s*(?:[,，/、]?\s*共\s*\d{{1,4}}\s*页)?
      | 共\s*\d{{1,4}}\s*页\s*[,，]?\s*第\s*\d{{1,4}}\s*页
      | \d{{1,4}}\s*/\s*\d{{1,4}}
      | [Pp]age\s*\d{{1,4}}(?:\s*of\s*\d{{1,4}})?
    )\s*$""",
    regex.VERBOSE,
)
# A bare number, a page number only in a PDF's header or footer band: '4', '12'.
BARE_NUMBER_RE = regex.compile(r"^\s*\d{1,4}\s*$")
# A table's row-number header, a cell on its own line: '序号', '编 号'.
TABLE_NUMBER_HEADER_RE = regex.compile(r"^\s*(?:序\s*号|编\s*号)\s*$")

# 发文字号 --------------------------------------------------------------------------------------
# Matches: '西民函〔2023〕58号', '岳县水利函〔2019〕60号', '教建议〔2017〕第297号', '长城检办[2025]1号',
# '高卫体发〔2023〕148 号', '长房议字【2025】11号', '国办函﹝2022﹞3号', '川林函：〔2020〕74号' (a colon after the prefix),
# '浦民〔2025〕建字第37号'.
# Must not match: '〔2022〕' alone, '2023年', '第279号建议' (no year bracket).
DOC_NUMBER_RE = regex.compile(
    rf"(?P<issuer>[\p{{Han}}A-Za-z]{{1,15}}?)\s*{COLON}?\s*{OPEN}\s*(?P<year>(?:19|20)\d{{2}})\s*{CLOSE}\s*"
    # (a word of the 代字 may follow the year: '浦民〔2025〕建字第37号')
    rf"(?P<word>\p{{Han}}{{1,2}}字\s*)?(?P<serial>第?\s*[0-9A-Za-z\-]{{1,8}}?)\s*号"
)

# A title's end before a 文号 glued to it, the gap between them lost: '号提案的答复函' in '…第1046号提案的答复函晋农函
# [2026]7号' (after 的 or 号, which no 发文机关代字 holds).
TITLE_END_BEFORE_CODE = r"[的号][^的号]*?(?:答复函|答复|复函|回复|意见|通知|批复|报告|函)"

# A court's or procuratorate's 文号, the year first: '（2024）湘0104法函12号', '(2023)京01检函5号' -> 〔2024〕湘0104法函12号.
DOC_NUMBER_YEAR_FIRST_RE = regex.compile(
    rf"{OPEN}\s*(?P<year>(?:19|20)\d{{2}})\s*{CLOSE}\s*(?P<issuer>\p{{Han}}{{1,2}}\s*\d{{2,6}}\s*\p{{Han}}{{1,6}}?)\s*"
    rf"(?P<serial>\d{{1,6}})\s*号")

# A head line that ends, after a gap, in the first characters of a 文号 the line broke off: '…建议的答复　大甘商'
# (the rest below: '函〔2024〕26号'), or a line of those characters alone. The part is the 发文机关代字's start
# (of six characters at most), or a 主送's that the title's line broke: '…的答复　尊敬的陈某某代' / '表：'.
# (or in the bracket the 文号 and class stand in on the title's line: '…的答复［汇卫' / '健复〔2020〕9号　A类］')
DOC_NUMBER_HEAD_PART_RE = regex.compile(r"(?:^|\s|(?P<open>[［\[【]))(?P<part>\p{Han}{1,9})\s*$")
# The line below: a 文号 that starts with at most a few characters of its 代字 ('函〔2024〕26号', '〔2024〕26号').
DOC_NUMBER_REST_RE = regex.compile(r"^\s*(?P<start>\p{Han}{0,5})\s*[〔【﹝\[（(]\s*(?:19|20)\d{2}\s*[〕】﹞\]）)]\s*第?\s*\d+\s*号")
# A head line that ends in a 文号 but for its serial's end, which the line broke off ('…的复函　麒住建函〔2020〕88'
# / '号', '…的答复　青人社函〔2019〕' / '15号'), and that end alone below.
DOC_NUMBER_BEFORE_END_RE = regex.compile(rf"{OPEN}\s*(?:19|20)\d{{2}}\s*{CLOSE}\s*第?\s*\d{{0,5}}\s*$")
# (with the bracket round the 文号 closing after it: '…的答复（渝规资函〔2024〕621' / '号）')
NUMBER_END_ALONE_RE = regex.compile(r"^\s*(?P<end>\d{0,5}\s*号)\s*[）)］\]】]?\s*$")
# Or broken inside its year's bracket ('…答复函　晋农函[' / '2026]7号'): the line ends in the bracket, the one below
# opens with the year.
DOC_NUMBER_OPEN_END_RE = regex.compile(rf"\p{{Han}}\s*{OPEN}\s*$")
YEAR_THEN_SERIAL_RE = regex.compile(rf"^\s*(?:19|20)\d{{2}}\s*{CLOSE}\s*第?\s*\d{{1,5}}\s*号\s*$")
# A 文号 whose closing bracket and 号 a website dropped, at the end of a head line: '川林建函〔2020740',
# '蔡开办函〔202410'. Must not match '〔2020〕74号' (whole) or a year alone '〔2020'.
DOC_NUMBER_UNCLOSED_RE = regex.compile(
    rf"(?P<issuer>[\p{{Han}}A-Za-z]{{1,15}}?)\s*{OPEN}\s*(?P<year>(?:19|20)\d{{2}})(?P<serial>\d{{1,4}})\s*$"
)

# A 文号 whose brackets and 号 a website dropped, alone on a head line: '城交通函202517'
# (issuer code, a four-digit year, the serial); or only its brackets, the 号 kept: '湖建函202437号'.
# Must not match '20250036' or '第20250036号建议'.
DOC_NUMBER_BARE_RE = regex.compile(
    r"^\s*(?P<issuer>[\p{Han}]{1,10}?(?:函|发|字|复|办|文|报))\s*(?P<year>(?:19|20)\d{2})(?P<serial>\d{1,4})\s*(?P<hao>号)?\s*$")

# The 序号 of a 公告 or 命令, standing in for a 文号: '（十四届第3号）', '第12号'. Must not match '第3号建议'.
# A year may stand before it: '2024年第3号' (a tax bureau's 公告).
SERIAL_NUMBER_RE = regex.compile(
    rf"^\s*{OPEN}?\s*(?P<raw>(?:[{CN_DIGIT}]{{1,4}}届|(?P<year>(?:19|20)\d{{2}})\s*年)?第\s*(?P<serial>\d{{1,5}})\s*号)\s*{CLOSE}?\s*$")

# 办理类型 --------------------------------------------------------------------------------------
# Matches: '〔办理类型 B〕', '办理类型：A', '答复类型：B', '类  别：C  类', '类别:C类', '分类标识【D】',
# '办理结果：B', '办复类别：B', '类别：甲类', '办理类型：A1', '分类：乙', and the class's words before
# its code in brackets: '办理结果：解决采纳（A）', '办理类型：正在解决(B类)'.
# A class OCR glued to the publicity label after it: '办理类型：A公开类型：主动公开'.
# Must not match: '类别繁多', '分类标识' without a code, '办理结果：已办结' (no code), '类别：A公开'.
_PUBLIC_WORD = r"(?:(?:不?同意|主动|依申请|不予|免予)公开|(?:删减|删节)后公开|部分公开)"
# The values a publicity marker takes in words (a label's value may also be 是 or 否).
# (a value that withholds a part: '不予公开个人信息后公开', '隐去个人信息后公开'; exempt: '免予公开')
_PUBLIC_VALUE = (r"(?:不予公开|隐去|删除|屏蔽)\p{Han}{1,6}后公开|主动公开|依申请公开|不予公开|免予公开|不公开|同意公开|不同意公开|(?:删减|删节)后公开|部分公开|全文公开|公开发布"
                 r"|可以?公开|予以公开|公开")
# (also '公开' alone as a label, with its colon: '类别：A　　公开：主动公开')
_PUBLIC_LABEL = r"(?:是否同意公开|是否公开|(?:信息)?公开(?:属性|方式|形式|类型|类别|选项|范围)|公开意见|公开情况|政务公开|信息公开(?=\s*[:：])|(?<![\p{Han}])公开(?=\s*[:：]))"
# What sets a class's or publicity's label apart from its value: a colon, or a table cell's bar or a dash
# ('办理结果｜B', '公开选项｜依申请公开', '办理结果│B│公开属性│依申请公开', '答复类型——A').
_BAR = r"[｜|│]"  # a table cell's bar, as typed or drawn
_LABEL_MARK = rf"(?:{COLON}|{_BAR}|[—－]{{1,2}})"
# A class's letter, full-width too ('（Ｃ类）'), or its 甲乙丙 form ('〔2021〕57号甲类').
_CLASS = r"[A-DＡ-Ｄ甲乙丙]"
# (and the end of a letter-spaced label pdftotext set apart from its start: '类' / '别：C')
_HANDLING_LABEL = r"(?:^\s*别(?=\s*[:：])|办理类型|答复类型|答复性质|办理情况|办复类别|办复类型|办复结果|(?:提案|建议)?办理类别|办理结果(?:类别|类型|标识)?|(?:分类|类别)(?:标识|标记|标志)|答复类别|类\s*别|(?<!主题|体裁)分\s*类)"
HANDLING_LABELLED_RE = regex.compile(
    # (a label in brackets of its own: '【办理类型】A')
    rf"(?:{OPEN}\s*)?{_HANDLING_LABEL}\s*(?:{CLOSE}\s*)?{_LABEL_MARK}?\s*"
    rf"(?:(?P<words>\p{{Han}}{{2,16}})\s*(?={OPEN}))?{OPEN}?\s*"
    rf"(?P<code>[A-Da-dＡ-Ｄａ-ｄ甲乙丙丁][1-9]?)\s*类?\s*(?(words){CLOSE}|{CLOSE}?)"
    rf"(?:(?![\p{{Han}}A-Za-z])|(?={_PUBLIC_LABEL}\s*{COLON})|(?<=类)(?={_PUBLIC_WORD}|不?公开(?![\p{{Han}}])))"
    # and its meaning after it: 'A（已解决）' (not the publicity beside it: 'B类　（此件公开发布）')
    rf"(?:\s*{OPEN}\s*(?!{_PUBLIC_LABEL}|[^（）()]*公开)\p{{Han}}{{2,10}}\s*{CLOSE})?"
)
# A bare class beside the 文号 or alone: '（B类）', 'B类', '(A类)', 'B类同意公开', '（C类公开）' (OCR drops the space).
# Must not match 'AB类', 'B类问题'.
HANDLING_BARE_RE = regex.compile(
    rf"(?<![A-Za-z]){OPEN}?\s*(?P<code>{_CLASS}[1-9]?)\s*类"
    # (not the publicity beside it: 'A类·主动公开')
    rf"(?:\s*(?:{COLON}|[·・—－])\s*(?!(?:{_PUBLIC_VALUE})\s*(?:{CLOSE}|$))\p{{Han}}{{2,14}}(?={CLOSE}|\s*$))?"  # and its meaning: '（B类：正在解决…）', '（B类·正在解决）'
    rf"\s*(?:{CLOSE}|(?![\p{{Han}}A-Za-z])|(?={_PUBLIC_WORD}|不?公开(?![\p{{Han}}])))"  # a closed bracket may have the title after it
)
# A class given in words only, under its label: '办理结果：列入计划拟解决', '答复类型：已解决', '办理类别：解决类' (解决),
# '答复类别：所提问题已经解决或基本解决' (the A class's words in full), the publicity's label after them on the line
# too ('办理类型：所提问题正在解决　　是否公开：同意公开'). The words say how the suggestion was met (…解决, …采纳,
# …参考): the class as printed. Not '办理结果：B'.
_CLASS_WORDS = r"\p{Han}{0,16}(?:解决|采纳|采用|参考)"
HANDLING_WORDS_RE = regex.compile(
    # (or set apart from its label by a table's gap, the publicity's label likewise: '办理结果　已采纳　　公开属性　主动公开')
    rf"(?:{OPEN}\s*)?{_HANDLING_LABEL}\s*(?:{COLON}|\s+)\s*(?P<code>{_CLASS_WORDS})类?\s*{CLOSE}?\s*"
    rf"(?:$|(?=\s*{_PUBLIC_LABEL}\s*(?:{COLON}|\s)))")
# The same words alone in a bracket, beside the 文号 or the publicity: '【主动公开】【采纳】', or unbracketed beside the
# 文号: '崇文旅函〔2022〕31号　　采纳'; or with the publicity in their bracket, set apart by a mark: '（已采纳；主动公开）',
# '（主动公开，已采纳）'.
_PUBLIC_SHORT = rf"(?:{_PUBLIC_WORD}|不?公开(?:发布)?)"  # the publicity in a bracket it shares
_SHARED_MARK = r"[；;，,、/／·]"  # what sets the two apart there
_PUBLIC_IN_BRACKET = rf"{_PUBLIC_SHORT}\s*{_SHARED_MARK}\s*"
HANDLING_WORDS_ALONE_RE = regex.compile(
    rf"^\s*{OPEN}?\s*(?:{_PUBLIC_IN_BRACKET})?(?P<code>{_CLASS_WORDS})\s*"
    rf"(?:{_SHARED_MARK}\s*{_PUBLIC_SHORT}\s*)?{CLOSE}?\s*$")
# The class stated in the standard words on a line of its own: '所提问题列入计划逐步解决', '（所提问题正在解决）'.
HANDLING_STATED_RE = regex.compile(rf"^\s*{OPEN}?\s*(?P<code>所提问题{_CLASS_WORDS})\s*{CLOSE}?\s*[。.]?\s*$")
HANDLING_LABELS = {
    "A": "已解决或采纳",
    "B": "正在解决或列入计划解决",
    "C": "留作参考或因条件限制暂不能解决",
    "D": "留作参考",
    "甲": "已解决或采纳",
    "乙": "正在解决或列入计划解决",
    "丙": "留作参考或因条件限制暂不能解决",
}

# Matches: '（此件主动公开）', '(此件公开发布)', '此件不公开', '此回复件公开', '（本件可公开）', a reduced copy
# published '（此件删减后公开）'; the raw value keeps 此件/本件.
PUBLICITY_NOTE = (r"[此本](?:(?:回复|答复|复函|办理)?件|函)已?(?:予以公开|可以公开|可公开|主动公开|公开发布|依申请公开|不予公开|免予公开|不公开|不宜公开"
                  r"|(?:删减|删节)后公开|部分公开|公开)")
# A class's letter without 类, its publicity after it: 'A／主动公开' (its code the mark's ``code``).
_CLASS_THEN_PUBLIC = rf"(?P<code>{_CLASS})\s*[·・/／、，,]\s*(?:{_PUBLIC_WORD}|不?公开)"
# A class or publicity in brackets at the end of a line, as a title carries it: '…提案的答复(A类)',
# '…的答复函（B类）', '…的答复（不予公开）', '…的答复（B类：正在解决或列入计划）', '（此件A类）', '…的答复（此件公开发布）',
# '［B类·主动公开］', '（A类，公开）', '（B类；不予公开）', '〔A／主动公开〕', in angle brackets: '〈B类〉　〈主动公开〉', '…的答复（公开）',
# the class in words: '…的答复（正在解决）'.
# Must not match '…（第28号）', 'A类景区'.
_MARK = (rf"(?:{OPEN}|〈)\s*(?:(?:此件\s*(?:答复|办理结果)?\s*[为属]?\s*)?(?:{_CLASS}[1-9]?\s*类(?:\s*{COLON}\s*\p{{Han}}{{2,14}})?(?:\s*[·・/／、，,；;]?\s*(?:{PUBLICITY_NOTE}|{_PUBLIC_WORD}|不?公开(?:发布)?))?"
         # (or the class without 类, its publicity after it: '〔A／主动公开〕')
         rf"|{_CLASS_THEN_PUBLIC}"
         rf"|{_PUBLIC_WORD}|不?公开)"
         # (or the class in its words alone: '…的答复（正在解决）', '（所提问题已经解决或基本解决）'; or with the publicity
         # beside them: '（已采纳；主动公开）', '（主动公开，正在解决）')
         rf"|{PUBLICITY_NOTE}|(?:{_PUBLIC_IN_BRACKET})?{_CLASS_WORDS}(?:\s*{_SHARED_MARK}\s*{_PUBLIC_SHORT})?)"
         rf"\s*(?:{CLOSE}|〉)")
TRAILING_MARK_RE = regex.compile(rf"{_MARK}\s*$")
# The same at the start of a title's line: '【A类】关于…的答复'.
# (or a class's letter alone in its bracket, glued before the title: '【B】关于…')
LEADING_MARK_RE = regex.compile(rf"^\s*(?:{_MARK}|(?:{OPEN}|〈)\s*{_CLASS}\s*(?:{CLOSE}|〉)(?=\s*(?:关于|对)))")
# A class alone on a head line, bracketed or not: 'A', '〔B〕', '(C)', '〈A〉', 'D类'; or behind a dash, as printed
# or a slash after the 文号 it follows: '天政函〔2022〕8号—A', '…26号／A'. Must not match 'AB', 'B2B'.
HANDLING_ALONE_RE = regex.compile(rf"^\s*(?:[—－\-／/]{{1,2}}\s*)?(?:{OPEN}|〈)?\s*(?P<code>{_CLASS})\s*类?\s*(?:{CLOSE}|〉)?\s*$")

# 是否公开 --------------------------------------------------------------------------------------
# Matches: '〔是否公开 是〕', '公开属性：主动公开', '公开方式:依申请公开', '是否同意公开【主动公开】',
# '公开选项：主动公开', '公开属性：删减后公开'.
# A record's label alone on its line, its value on the line below (a form's two columns, which pdftotext
# sets on lines of their own): a class's or publicity's ('办理类别' / 'A', '是否公开' / '是'), a number's
# ('建议编号' / '第48号') or the office's that handles it ('承办单位' / '区市场监管局').
# A bracketed mark pdftotext broke at its gap, likewise: '〔办理类型' / '已采纳〕'.
MARK_LABEL_ALONE_RE = regex.compile(
    rf"^\s*(?:{OPEN}\s*)?(?:{_HANDLING_LABEL}|{_PUBLIC_LABEL}|(?P<row>(?:提\s*案|建\s*议|议\s*案)\s*编\s*号|(?:承办|{HANDLER})单位))"
    rf"\s*{COLON}?\s*$")
PUBLICITY_LABELLED_RE = regex.compile(
    rf"(?:{OPEN}\s*)?{_PUBLIC_LABEL}\s*(?:{CLOSE}\s*)?{_LABEL_MARK}?\s*{OPEN}?\s*"
    # (a value given short, 'X：主动'; not a value a line broke: '主动公' / '开')
    # (or its reach: '公开范围：面向社会'; or the note's words after the label: '公开属性：此件公开发布')
    rf"(?P<value>(?:此件)?(?:{_PUBLIC_VALUE})|是|否|面向社会|(?:主动|依申请)(?!\s*公))(?:\s*{CLOSE})?"
)
# (or after the class it shares its bracket with: '（B类，此件主动公开）'; or under the 附注's label: '（附注：此件依申请公开）')
PUBLICITY_NOTE_RE = regex.compile(rf"^\s*{OPEN}?\s*(?:附\s*注\s*{COLON}\s*)?(?:(?P<code>{_CLASS})\s*类\s*[，,；;、]\s*)?(?P<value>{PUBLICITY_NOTE})\s*{CLOSE}?\s*[。.]?\s*$")
# The same note inside a contact line or its brackets: '（此件公开发布，联系人：王某，电话：…）',
# '联系人：王某　电话：…　（此件公开发布）'.
PUBLICITY_IN_LINE_RE = regex.compile(rf"(?<!\p{{Han}})(?P<value>{PUBLICITY_NOTE})(?!\p{{Han}})")
# A bare marker on the 文号 line: '同意公开', '主动公开'; right after a class, '公开' and '不公开' too (a gap OCR
# lost: '（C类公开）', or after a mark: '（A类，公开）', '（B类；删减后公开）').
_AFTER_CLASS = rf"{_CLASS}[1-9]?\s*类\s*[·・/／、，,；;]?\s*"
PUBLICITY_BARE_RE = regex.compile(
    rf"(?:(?<![\p{{Han}}])|(?<={_AFTER_CLASS}))"
    rf"(?P<value>同意公开|不同意公开|主动公开|依申请公开|不予公开|免予公开|(?<={_AFTER_CLASS})(?:公开发布|不?公开|(?:删减|删节)后公开|部分公开))(?![\p{{Han}}])")
# A publicity note that a contact shares its bracket with: '（此件公开发布  联系人及电话：周某、0951-2151977）'.
PUBLICITY_THEN_CONTACT_RE = regex.compile(
    # (or the note's bracket closed before the contact: '（此件公开发布）　　联系人：…')
    rf"^\s*{OPEN}?\s*(?P<value>此(?:回复|答复|复函|办理)?件[\p{{Han}}]{{0,4}}?公开(?:发布)?)\s*{CLOSE}?\s*[，,；;。]?\s*"
    rf"(?P<rest>(?:联系|承办|经办)\S.*)$")
# Why a letter is not made public, in brackets after the value: '不予公开（涉及个人信息）'.
PUBLICITY_REASON = rf"{OPEN}[^（()）〔〕\[\]【】]{{2,16}}{CLOSE}"
PUBLICITY_REASON_RE = regex.compile(rf"\s*{PUBLICITY_REASON}")
# A publicity value alone on a head line: '公开', '〔主动公开〕', '不公开'. Must not match '公开招标'.
PUBLICITY_ALONE_RE = regex.compile(
    # (or left after a class its table cell's bar set apart: 'B　｜　公开', or a comma: '（答复类别：A类，公开）')
    rf"^\s*(?:(?:{_BAR}|[/／，,、])\s*)?{OPEN}?\s*(?P<value>{_PUBLIC_VALUE})\s*{CLOSE}?"
    rf"(?:\s*{PUBLICITY_REASON})?\s*$")
# A bare class letter and a publicity set apart on one line of their own, or beside the 文号: 'A　公开',
# 'C　不予公开', '…12号　　A　　此件公开发布'; the class with 类 or in grade words: 'A类　　此件主动公开',
# '列入计划逐步解决　　此件主动公开'.
CLASS_AND_PUBLICITY_RE = regex.compile(
    rf"^\s*(?P<code>{_CLASS}\s*类?|{_CLASS_WORDS})\s+(?P<value>{_PUBLIC_VALUE}|{PUBLICITY_NOTE})\s*$")
PUBLIC_VALUES = {"是": True, "公开": True, "主动公开": True, "全文公开": True, "同意公开": True, "公开发布": True, "可公开": True,
                 "可以公开": True, "予以公开": True, "面向社会": True, "删减后公开": True, "删节后公开": True, "部分公开": True, "否": False,
                 "不公开": False, "不予公开": False, "免予公开": False, "不宜公开": False, "不同意公开": False, "依申请公开": False}

# 签发人、份号、密级、紧急程度 --------------------------------------------------------------------
# '签发人：邢炳林', '签 发 人:张三 李四', '领导签发：张三', '签发领导：张三' (under the date); the names end at the next
# label of a foot row ('签发人：周某　审核人：吴某' -> 周某), or any label ('签发人：赵某　　办理类别：B' -> 赵某).
# (the label alone, its value on the next line, is a form's cell an extractor set apart: '签发人' / '陈某')
SIGNATORY_LABEL = r"(?:签\s*发\s*人|领\s*导\s*签\s*发|签\s*发\s*领\s*导)"
SIGNATORY_RE = regex.compile(
    rf"{SIGNATORY_LABEL}\s*{COLON}\s*"
    rf"(?P<names>(?:(?!\s*(?:审\s*核|核\s*稿|拟\s*稿|校\s*对|经\s*办|联\s*系|承\s*办)\s*人?\s*{COLON}|\s*\p{{Han}}{{2,8}}\s*{COLON})"
    rf"[\p{{Han}}\s、，,])*)")
# '秘密★1年', '机密', '绝密★长期'; '特急', '加急'; 份号 '000123'
# Alone on the line or as a record's row: '密级：秘密', '缓急：特急', '紧急程度：加急'.
CLASSIFICATION_RE = regex.compile(r"^\s*(?:密\s*级\s*[:：]\s*)?(?P<value>(?:绝密|机密|秘密)(?:\s*★\s*\S+)?)\s*$")
URGENCY_RE = regex.compile(r"^\s*(?:(?:缓\s*急|紧急程度)\s*[:：]\s*)?(?P<value>特急|加急|特提|平急)\s*$")
COPY_NUMBER_RE = regex.compile(r"^\s*(?P<value>\d{6})\s*$")
# 发文机关标志: 'XX市民政局文件'
ISSUER_MARK_RE = regex.compile(r"^\s*(?P<value>[\p{Han}\s]{2,30}文\s*件)\s*$")

# 标题 ------------------------------------------------------------------------------------------
# 文种 at the end of a title, longest first. '…建议的答复' is a reply letter: a 函.
# (a 信访 office's '处理意见书' is an 意见, named before it so that a title ends at its 书)
DOC_TYPES = ("答复函", "复函", "协办意见", "函", "通知", "通报", "批复", "意见书", "意见", "报告", "请示", "决定", "决议",
             "命令", "公报", "公告", "通告", "议案", "纪要", "答复", "回复")
DOC_TYPE_CANONICAL = {"答复函": "函", "答复": "函", "回复": "函", "协办意见": "意见", "意见书": "意见"}
DOC_TYPE_RE = regex.compile(rf"(?P<type>{'|'.join(DOC_TYPES)})\s*(?:{OPEN}[^〔【\[（(]*{CLOSE})?\s*$")
# A bare class set apart at the end of a title's line: '…第19号建议的答复　　　　A', '…的复函　(B)', with its
# publicity after it: '…的答复　　B类　依申请公开'. Must not match a letter glued to the title ('…的答复A'), nor one
# with words after it ('…的答复 B类景区').
CLASS_AFTER_TITLE_RE = regex.compile(
    # (a note in brackets may stand between: '…的答复（二次答复）【C】')
    rf"(?<=(?:{'|'.join(DOC_TYPES)})(?:\s*{OPEN}\p{{Han}}{{2,8}}{CLOSE})?)(?:\s+{OPEN}?\s*(?P<code>{_CLASS})\s*类?\s*{CLOSE}?"
    # (or bracketed right after it: '…的答复〔C〕')
    rf"|\s*{OPEN}\s*(?P<code>{_CLASS})\s*类?\s*{CLOSE})"
    rf"(?:\s+(?P<value>{_PUBLIC_VALUE}))?\s*$")
# A head of 发文机关 + 文种 only ('某县人民政府' / '函'): a title only where no other line is one.
ISSUER_AND_TYPE_RE = regex.compile(r"^(?:[\p{Han}]{2,30}(?:政府|局|委|厅|办|委员会|办公室))?\s*函\s*$")
# Words a title carries: used to tell a title line from other header lines.
TITLE_HINT_RE = regex.compile(
    r"关于|对.{0,30}(?:建议|提案)|答\s*复|复\s*函|的\s*函|通\s*知|批\s*复|意\s*见|报\s*告|(?:公\s*告|通\s*告|公\s*报|决\s*定|命\s*令)\s*$"
    rf"|{ISSUER_AND_TYPE_RE.pattern}")

# 建议/提案 in the title -------------------------------------------------------------------------
# A deputy's or a member's 意见, as a kind of suggestion: '…会议代表意见第0352号', '委员意见'.
_DEPUTYS_OPINION = r"(?<=代表|委员)意见"

# Matches: '关于西山区第十七届人大二次会议第279号建议答复的函' -> 西山区第十七届人大二次会议, 279, 建议;
# '对中国人民政治协商会议砚山县九届委员会第三次会议第124号提案的答复'; '…第2025D048号集体提案…';
# '关于对县政协第九届委员会第33号代表提案的答复' -> 县政协第九届委员会.
# '关于对张某代表在市人大十六届三次会议上所提第125号建议的答复' -> 市人大十六届三次会议 (the proposer before 在 is no part of it).
PROPOSAL_IN_TITLE_RE = regex.compile(
    r"(?:关于|对于|对)?(?:对)?(?:[\p{Han}、]{2,20}?(?:代表|委员)(?:\p{Han}{2,4}?)?\s*(?:在|于))?"
    # (no bracket inside: '关于《…的提案》（区政协三届三次会议第9号提案）的答复' -> 区政协三届三次会议)
    r"(?P<congress>(?:(?!关于|对于)[^，。,《》（）()])*?(?:会议|委员会|大会))\s*(?:上|期间)?\s*(?:所?提(?:出|交)?)?\s*"
    r"(?:政协|人大)?\s*"  # '…会议政协第135号提案
    r"(?:(?<=会议)(?:代表|委员)(?=\s*第))?\s*"  # '…会议代表第214号意见'
    # (the number may stand in brackets after the meeting: '…会议（第1102号）建议')
    r"的?(?:《[^《》]{4,120}》)?(?:[\p{Han}]{1,6}类)?(?:[（(]\s*(?=第))?(?:第\s*)?"
    # (or without 第 right after the meeting: '…会议二十一号提案的答复')
    # (a delegation's prefix before it, one or two characters: '…会议台52号建议', '…会议任城12号建议')
    r"(?P<number>(?:(?!第)\p{Han}){0,2}[0-9A-Za-z\-]{1,12}|(?<=第\s*|会议\s*)[〇零一二三四五六七八九十百]{1,7}(?=\s*号))\s*"  # '第一号议案', '第五七六号建议'
    r"(?:号\s*[）)]?|(?=代表|委员)|(?<=\d\d)(?=建议|提案|议案))\s*(?:[（(][^（）()]{1,12}[）)])?\s*"
    r"(?:等\s*[\d一二两三四五六七八九十]{1,3}\s*[件个项]\s*)?"  # '第02187号等3件提案': the first of several
    # (the suggestion's own title quoted after the number ends in the kind: '…第15号“关于…的建议”的答复')
    # (or unquoted: '…会议第235号关于推动…的提案的答复', '…会议第91号加快…建设的建议的答复')
    # (a word quoted inside it: '…第211号关于推进政务服务“一网通办”提质增效的提案的答复')
    r"(?:代表|委员|集体|重点|重要|联名|党派|界别|团体)?\s*(?:[“《](?=关于)[^“”《》]{2,120}?|(?<=号)(?:关于)?(?:[^“”《》（）()，。]|“[^“”《》]{1,20}”){2,120}?的)?"
    r"(?P<kind>建议|提案|议事原案|议案|批评和?意见|意见)(?:(?<=[“《][^“”《》]{2,130})[”》])?"  # '第12号批评和意见'
    # '…会议代表建议、批评和意见第542235号办理情况的答复': the kind before the number
    # (or the 批评和意见 alone: '…会议代表批评和意见第6号的答复', or a deputy's 意见: '…会议代表意见第0352号的答复')
    rf"|(?<![关对])(?P<congress2>(?:(?!关于|对于)[^，。,《》（）()])*?会议)\s*(?:代表|委员)?\s*(?P<kind2>建议|提案|议案|批评和意见|{_DEPUTYS_OPINION})(?:、?批评和意见)?\s*"
    r"第?\s*(?P<number2>[0-9][0-9A-Za-z\-]{0,11})\s*号"  # '…会议提案0058号', '…会议建议第12-345号'
)
# A suggestion's number in words: '一百二十六', '五七六'.
NUMBER_WORDS = r"[〇零一二三四五六七八九十百]{1,7}"
# The proposal a letter answers, named on a line of its own: under the title in brackets ('（区政协十届二次会议第045号
# 提案）').
# (or unbracketed above the title, like a 文号: '市十八届人大四次会议第038号建议')
# (a line that says 关于 or 对 is a title's: '某委员会对区十七届人大三次会议第0198号建议' / '的答复')
# The meeting and the number without the kind, as a bracketed line under the title gives them: '（省十三届人大四次会议第
# 1187号）'.
# (its term and sitting may be printed in figures: '（市第16届人大第3次会议第214号）')
# (a number of 届-次-序 or with its year, which is no number: '（市政协六届三次会议第6-3-142号）')
MEETING_AND_NUMBER_RE = regex.compile(
    # (the body may open it: '（政协十四届全国委员会第一次会议第03127号）'; or its year: '（2025年市政协会议第2025-37号）')
    r"(?P<congress>(?:(?:19|20)\d{2}\s*年)?(?:\p{Han}[\p{Han}0-9]{0,29}?)?(?:人大|政协|人民代表大会)[\p{Han}0-9]{0,16}?会议)\s*"
    # (or a delegation's prefix of one or two characters for its 第, left out: '（市十七届人大二次会议甘12号）' -> 12)
    # (or in words: '（区政协十届三次会议第一百二十七号）')
    rf"(?:第|\p{{Han}}{{1,2}}(?=\d))\s*(?P<number>\d{{1,12}}(?:[-－]\d{{1,6}}){{0,2}}|(?<=第){NUMBER_WORDS})\s*号")
PROPOSAL_LINE_RE = regex.compile(r"^\s*(?P<open>[（(])?(?![^（）()]*(?:关于|对))(?P<inner>[^（）()]{6,60}?)(?(open)[）)])\s*$")
# A number in brackets after a proposal's title: '关于…的议案(第3号)' -> 关于…的议案.
PROPOSAL_NUMBER_SUFFIX_RE = regex.compile(r"\s*[（(]\s*第?\s*\d{1,12}\s*号\s*[）)]$")
# A proposal's number as a 届-次-序 composite gives its term and sitting before the serial ('16-3-45号', '第6-3-142号'):
# the whole is read as the serial (as the real letter zj-014's truth reads it).
TERM_SITTING = r"(?:\d{1,2}\s*[-－]\s*\d{1,2}\s*[-－]\s*)"
# A suggestion's number as printed, a 届-次-序 composite too: '45', '0127', '16-3-45'.
SERIAL = rf"{TERM_SITTING}?\d{{1,12}}"
# A proposal's serial given as a labelled number: '(提案编号2022004)', '（建议编号：0043）'.
PROPOSAL_SERIAL_RE = regex.compile(r"[（(]\s*(?:提案|建议|议案)?编号\s*[:：]?\s*(?P<number>\d{1,12})\s*[）)]")
# The number the first paragraph gives beside the suggestion's title: '》（第172号）', '的建议(第18号)',
# '》（建议第0156号）', '的建议（区二届人大五次会议第9号）',
# a 届-次-序 composite '”(16-3-45号)' -> 45 (TERM_SITTING; so wherever the number stands below), after a deputy's
# 意见 too: '关于市人大代表意见（16-2-118号）办理情况的答复',
# '》8号收悉', '第0479号《…》'. Must not match '第1号文件' or a year '2023年'.
# A sentence that speaks of the suggestion by its number: '您在第112号建议中提到的…', or a paragraph that opens on
# it: '关于第39号建议中提出的…问题，…'.
# A sentence that says which suggestion the letter answers, anywhere after the opening: '该建议为第118号建议',
# '此件系市政协十四届三次会议第236号提案'.
# (or its number bracketed after the words: '该建议（第88号）由我局主办')
# (or listed as it: '该建议被列为区三届人大四次会议第136号建议', '…将该议案确定为第3号议案交我厅主办'; or '本件建议为第96号')
# (or what the committee that registered it made it: '该提案经市政协提案委员会审查立案为第76号', or numbered it in the clause
# after it passed it on: '该建议经…交办，编为闭会期间第15号建议'; or the one addressed's,
# numbered: '您的建议编为第56号'; or as what the committee passed it on: '该建议由市人大常委会代表工作委员会作为闭会期间第7号建议
# 交我局主办')
SUGGESTION_SAID_TO_BE = (r"(?:该|此|本件?|(?:您|你们?)的)(?:建议|提案|议案|件)(?:(?:被?(?:列|确定)为|编号?为|为|是|系|经[^，。；,;]{2,24}?(?:立案|编号|登记)为"
                         r"|由[^，。；,;]{2,30}?作为"
                         r"|经[^，。；,;]{2,30}?(?:交办|转办|转交|分办)\s*[，,]\s*(?:被?列为|编号?为))[^，。；,;]{0,30}?第\s*"
                         r"|\s*[（(]\s*(?:编号)?\s*第?\s*)"
                         rf"(?P<number11>{SERIAL})\s*号"
                         # (or the number without 第 and 号, right before the kind: '此件为…闭会期间交办的012建议')
                         r"|(?:该|此|本)件(?:为|是|系)[^，。；,;]{0,30}?的\s*(?P<number11>\d{1,8})\s*(?:建议|提案|议案)"
                         # (or the office handles it by its number: '我局作为第137号提案的主办单位，…')
                         rf"|作为\s*第\s*(?P<number11>{SERIAL})\s*号\s*(?:建议|提案|议案)\s*的\s*(?:主办|承办|牵头|会办|协办)(?:单位|部门)")
# (or at the paragraph's head after 本次: '本次第65号建议中提到的…问题，…')
# (or at its head, before what it raised: '对第312号提案提出的部分农村地区…问题，…', or how it was handled: '对第86号提案的办理
# 情况如有意见和建议，…')
_AT_HEAD = r"(?<=^(?:对于|关于|对|本次|此次|这次))"
SUGGESTION_SPOKEN_OF = (rf"(?:(?:(?:您|你们?)\s*(?:在|所提的?|提出的)|{_AT_HEAD})\s*第\s*(?P<spoken>{SERIAL})\s*号\s*(?:建议|提案|议案)(?=中|里)"
                        rf"|{_AT_HEAD}\s*第\s*(?P<spoken>{SERIAL})\s*号\s*(?:建议|提案|议案)(?=所?提出的|所提|的办理))")
PROPOSAL_NUMBER_IN_TEXT_RE = regex.compile(
    # (the meeting before it: '…的建议（区二届人大五次会议第9号）')
    # (or with a delegation's prefix of one or two characters after its 第, left out: '”（第东12号）' -> 12)
    # (or after the deputy or the meeting, before the kind: '关于区人大代表（16-3-45号）建议的答复', '…会议（16-5-093号）提案')
    # (or between sessions, no meeting: '…的建议》（闭会第12号）', '（闭会期间第3号）')
    rf"(?:[》”]|建议|提案|议案|{_DEPUTYS_OPINION}|代表|委员|会议)\s*[（(]\s*(?:[^（）()《》，。]{{2,30}}?(?:会议|委员会|大会)\s*|闭会(?:期间)?\s*)?(?:建议|提案|议案)?\s*第?\s*(?:(?<=第\s*)\p{{Han}}{{1,2}}(?=\d))?(?P<number>{SERIAL})\s*号\s*(?:建议|提案|议案)?\s*[）)]"
    r"|[》”]\s*第?\s*(?P<number2>\d{1,12})\s*号\s*(?:建议|提案|议案)?\s*已?收悉"
    rf"|第\s*(?P<number3>{SERIAL})\s*号\s*(?:(?:集体|联名)?(?:建议|提案|议案))?\s*《"
    # '您在…会议上提出的第125号建议收悉', '…提出的第153号关于…的提案'
    # (or without its 第: '联名提出的45号提案《…》')
    # (or without 第 and 号, zero-padded: '提出的032建议《…》')
    # (or after 所提: '以上是对您所提第213号建议的答复')
    # (or a deputy's 意见: '…提出的第31号代表意见《…》')
    # (or after a delegation's prefix: '贵代表团提出的东12号建议《…》' -> 东12)
    # (or after 您的: '市人大常委会将您的第157号建议确定为重点督办建议')
    # (or right after a unit or a delegation addressed as 贵: '贵代表团第3号议案所提的…')
    rf"|(?:提[出交]的|所提(?:出?的)?|(?:您|你们?)的|贵\p{{Han}}{{1,3}}?(?=第))\s*第?\s*(?P<number4>{SERIAL}|(?!第)\p{{Han}}\d{{1,6}})\s*号\s*(?:代表|委员)?(?:建议|提案|议案|(?:批评和)?意见|(?=关于|[《“]))"
    r"|提出的\s*(?P<number5>0\d{1,11})\s*(?:建议|提案|议案)(?=\s*[《“]|\s*关于)"
    # (or in words: '…上提出的第二十七号建议《…》')
    # (or a deputy's 意见: '提出的第一百零五号代表意见')
    r"|提出的\s*第\s*(?P<number10>[〇零一二三四五六七八九十百]{1,7})\s*号\s*(?:(?:代表|委员)?(?:建议|提案|议案)|(?:代表|委员)意见)"
    # (or said of it in a later paragraph: '该建议为第118号建议')
    rf"|{SUGGESTION_SAID_TO_BE}"
    # (or by the summary that ends the letter: '以上是对第158号提案的答复', '以上系对县十九届人大四次会议第9号建议的答复')
    # (or to the one addressed: '以上是对您第215号提案的答复')
    rf"|对\s*(?:您|你们?)?\s*(?:[^，。；,;对]{{2,40}}?会议\s*)?第\s*(?P<number12>{SERIAL})\s*号\s*(?:建议|提案|议案)?\s*的\s*(?:答复|回复)"
    # (or before who made it: '…会议第93号建议由谭某代表提出')
    rf"|第\s*(?P<number6>{SERIAL})\s*号\s*(?:建议|提案|议案)\s*(?=由|系)"
    # (or after the meeting at the sentence's head, the one addressed after it: '区十八届人大二次会议第75号建议，即您提出的…';
    # or before the suggestion's title: '贵委提出的区政协十七届五次会议15号提案《…》')
    # (or before what the letter answers of it: '现就市政协十五届三次会议第73号提案中涉及我局职责的内容答复如下')
    rf"|会议\s*(?:第?\s*(?P<number7>{SERIAL})|第\s*(?P<number7>{NUMBER_WORDS}))\s*号\s*(?:(?:建议|提案|议案)\s*(?:[，,]?\s*(?=即|系|也?就是)|(?=[《“]|关于|中))"
    # (or before the suggestion's title unquoted: '你提出的市十六届人大四次会议第137号关于…的建议收悉')
    r"|(?=关于[^，。；]{2,80}?(?:建议|提案|议案)))"
    # (or in a later paragraph that speaks of it: '您在第112号建议中提到的…')
    rf"|{SUGGESTION_SPOKEN_OF}"
    # (or right before its receipt, after its theme: '您提出的关于加强渔船安全生产的第29号提案收悉')
    rf"|第\s*(?P<number9>{SERIAL})\s*号\s*(?:建议|提案|议案)\s*已?收悉"
    # (or where the presidium listed it: '…的议案》，经大会主席团决定列为第3号议案', '…列为第一号议案')
    r"|列为\s*第\s*(?P<number8>\d{1,12}|[〇零一二三四五六七八九十百]{1,7})\s*号\s*(?:建议|提案|议案)"
    # '《…》（市十七届人大三次会议第108号）': the meeting and the number in the bracket after the title
    rf"|[》”]\s*[（(][^（）()《》]{{2,30}}?会议\s*第\s*(?P<number5>{SERIAL})\s*号\s*[）)]"
    # '《…》（桐人大建〔2025〕143号）': the congress's register number of it, shaped like a 文号
    r"|[》”]\s*[（(]\s*\p{Han}{0,4}(?:人大|政协)\p{Han}{0,4}\s*[〔【﹝\[]\s*(?:19|20)\d{2}\s*[〕】﹞\]]\s*第?\s*(?P<number6>\d{1,12})\s*号\s*[）)]"
)
# A suggestion's register code and year, shaped like a 文号's: '人大建议〔2025〕' (the 代字 a kind of suggestion).
SUGGESTION_REGISTER = r"\p{Han}{0,6}(?:建议|提案|议案)\s*[〔【﹝\[（(]\s*(?:19|20)\d{2}\s*[〕】﹞\]）)]"
SUGGESTION_REGISTER_RE = regex.compile(rf"^\s*{SUGGESTION_REGISTER}")
# The meeting the first paragraph names: '你们在省五届人大四次会议上提出的', '您在县政协十届第二次会议期间提出'.
# A record's labelled number row: '提案编号：第156号', '建议编号：0387', '编号：第23号'; also the first
# field of a marks row, before the next label: '建议编号：36　办理结果：A　公开属性：主动公开'.
# (two numbers of proposals answered together: the first, '提案编号：0235、0241')
# (the meeting before the number: '建议编号：市十七届人大四次会议第28号')
# (or labelled without 编: '提案号：第057号'; a deputy's 意见's: '意见编号：第14号')
# (or a 届-次-序 composite: '建议编号：11-3-42' -> 42)
NUMBER_ROW_RE = regex.compile(r"^\s*(?:(?:提\s*案|建\s*议|议\s*案|意\s*见)?\s*编|提\s*案|建\s*议|议\s*案)\s*号\s*[:：]\s*"
                           # (the number in words: '建议编号：第三十一号')
                           rf"(?P<congress>\p{{Han}}{{0,12}}?(?:人大|政协|人民代表大会)\p{{Han}}{{0,16}}?会议)?\s*第?\s*(?P<number>{TERM_SITTING}?[0-9]{{1,8}}|(?<=第\s*)[〇零一二三四五六七八九十百]{{1,7}}(?=\s*号))\s*号?"
                           r"(?:\s*[、，,]\s*第?\s*[0-9]{1,8}\s*号?)*\s*(?:$|(?=\p{Han}{2,8}\s*[:：]))"
                           # or a register line shaped like a 文号: '人大建议〔2025〕71号'
                           rf"|^\s*{SUGGESTION_REGISTER}\s*第?\s*(?P<number>[0-9]{{1,8}})\s*号\s*$")
# The meeting a title names without a number: '关于县十八届人大一次会议代表建议的答复'.
# (a people's congress's session also in its short form: '市十七届三次人代会')
CONGRESS_IN_TITLE_RE = regex.compile(
    r"(?P<congress>(?:\p{Han}[\p{Han}0-9]{0,29}?)?(?:(?:人大|政协|人民代表大会)[\p{Han}0-9]{0,16}?会议|届[\p{Han}]{1,4}?人代会))")
# (a meeting named within a sentence: '市政协第九届委员会第三次会议', '县十八届人大二次会议')
# (not who passed the suggestion on, said before it: '贵局转来的市十六届人大四次会议第58号建议' -> 市十六届人大四次会议)
PASSED_ON = r"(?:转来|转交|交办|转办|转送)"
_MEETING_SAID = (rf"(?:\p{{Han}}{{0,12}}?{PASSED_ON}的?)?"
                 r"(?P<congress>[^，。,；;在于系为就《“]{0,40}?(?:人大|政协|人民代表大会|委员会)[^，。,；;《“]{0,20}?会议)")
CONGRESS_IN_TEXT_RE = regex.compile(
    # (or in the bracket after the suggestion's title with its number: '《…》（市十七届人大三次会议第108号）')
    # (the city's name may be one character or none: '（市政协十七届二次会议第0076号）')
    r"[》”]\s*[（(](?P<congress>[^（）()《》，。]{0,30}?(?:人大|政协|人民代表大会)[^（）()《》，。]{0,20}?会议)\s*第\s*\d{1,12}\s*号\s*[）)]"
    rf"|(?:在|于){_MEETING_SAID}"
    # (the subject after a comma: '在区十一届人大四次会议期间，您提出的…')
    # (and in whose name: '贵委在市政协十四届一次会议上以集体名义提出的…')
    r"\s*(?:(?:期间|上|中)\s*(?:[，,]\s*(?:您|你们?|贵\p{Han}{1,6}?)\s*)?)?(?:以\p{Han}{1,8}?名义)?"
    # (and with whom: '您在市十七届人大五次会议期间与其他代表联名提出的…')
    r"(?:(?:与|和|同)[^，。,；;《》]{1,24}?(?:代表|委员)\s*)?(?:所|领衔|联名|联合|共同)?提(?:出|交)?"
    # (or right before the number and kind: '市政协第九届委员会第三次会议第58号提案《…》收悉', '贵委提出的区政协十七届五次
    # 会议15号提案《…》'; or before the suggestion's title: '省政协十二届五次会议第0527号《关于…的提案》收悉')
    # (or in the summary that ends the letter: '以上系对县十九届人大四次会议第9号建议的答复')
    rf"|(?:^|[，,。]|提出的|(?<=[该此本](?:建议|提案|议案|件)(?:系|为|是|被?列为))|(?<=以上\p{{Han}}{{0,2}})对|(?<=[现特]就)){_MEETING_SAID}(?=\s*(?:第?\s*\d{{1,8}}|第\s*{NUMBER_WORDS})\s*号\s*(?:建议|提案|议案|关于|[《“](?=关于)))"
    # (or a meeting named by its term and sitting alone: '您在十六届三次会议期间提出的…')
    r"|(?:在|于)(?P<congress>[一二三四五六七八九十]{1,3}届[一二三四五六七八九十]{1,2}次会议)(?=\s*(?:期间|上))"
    # (or at the sentence's head, who proposed after it: '市十九届人大五次会议期间，某镇代表团王某等12名代表提出的…',
    # '在省十四届人大二次会议上，杨某等10名代表提出的…')
    rf"|^(?:在|于)?{_MEETING_SAID}(?=\s*(?:期间|上)\s*[，,])"
    # (or after who passed it on, before who made it: '贵局转来的市十六届人大三次会议许某等代表提出的…'; or at the
    # opening's head right before who made it, counted too: '区十七届人大五次会议张某等5名代表提出的《…》由贵局主办')
    rf"|(?:^(?![^，。,；;]{{0,12}}?{PASSED_ON})|{PASSED_ON}的?){_MEETING_SAID}"
    r"(?=\p{Han}{2,12}?(?:\d{1,3}[位名])?(?:代表|委员))"
    # (or with who made it after 由 before 提出: '你们在区政协十一届四次会议期间由王某、徐某等2位委员联名提出的…',
    # '…会议期间，由刘某、黄某等3位代表联名提出的…')
    rf"|(?:在|于){_MEETING_SAID}\s*(?:期间|上)\s*[，,]?\s*由[^，。；;《》]{{2,40}}?(?:代表|委员)\s*(?:联名|共同|联合)?提出"
    # (or said of the suggestion after its title: '《…的建议》，系区十五届人大三次会议代表建议，由我局主办')
    rf"|(?<=[》”]\s*[，,]?\s*(?:系|为|是|属))\s*{_MEETING_SAID}(?=\s*(?:代表|委员)?(?:建议|提案|议案))"
)
# A meeting alone on a head line (a database record's field): '县人大十八届二次会议'.
# (or under its record label: '会议届次：区十八届人大三次会议', '会议名称：市政协十四届三次会议')
# (or in brackets on a line of its own under the title: '（自治区十四届人大三次会议）')
CONGRESS_ALONE_RE = regex.compile(r"^\s*(?P<open>[（(])?(?:(?:会议)?届次[:：]|会议名称[:：])?(?P<congress>(?:\p{Han}[\p{Han}0-9]{0,11}?)?(?:人大|政协|人民代表大会)[\p{Han}0-9]{0,16}?会议)\s*(?(open)[）)])\s*$")
# A record's row that names the suggestion's title: '建议名称：关于增加…的建议', '提案标题：…'.
# (not the next row an extractor set on its line: '建议名称：关于…的意见 办理类别：C类')
# (or by its 案由: '案由：关于…的提案')
PROPOSAL_TITLE_ROW_RE = regex.compile(r"^\s*(?:(?:建议|提案|议案)(?:名称|标题|题目)|案\s*由)\s*[:：]\s*(?P<t>\S.{2,120}?)\s*"
                                      r"(?:$|\s(?=\s*\p{Han}{2,8}\s*[:：]))")
# A record's row that names who made the suggestion: '提案人：刘某等3人', '领衔代表：王某'.
PROPOSER_ROW_RE = regex.compile(r"^\s*(?:提案人|建议人|议案人|提出人|领衔代表|领衔委员|领衔人)\s*[:：]\s*(?P<who>\S.{0,40}?)\s*$")
# Title without a meeting: '关于第80号建议的答复', '关于25号提案的答复' (no 第 right after 关于/对), '…转交第14号代表
# 意见的答复' (a deputy's 意见 is a suggestion), '…所提第64号“关于…的建议”的答复' (its title quoted between).
PROPOSAL_NUMBER_RE = regex.compile(
    # (or right after the deputies' or members' office or body: '…对区人大代表20-3-42号建议的答复', '关于对政协11-3-42号提案的答复')
    # (a delegation's prefix, one character, not the 对 of '关于对': '关于对11-3-42号建议的答复' -> 11-3-42)
    # (or in brackets after its 第: '关于第（16-3-45号）建议的协办意见')
    r"(?:第|(?<=关于|对于|对)|(?<=代表|委员|人大|政协)(?=\d))\s*(?P<open>(?<=第\s*)[（(])?\s*(?P<number>(?:(?![对第])\p{Han})?[0-9A-Za-z\-]{1,12}|(?<=第\s*)[〇零一二三四五六七八九十百]{1,7})\s*号\s*(?(open)[）)]\s*)"
    rf"(?:代表|委员|集体)?\s*(?:[“《](?=关于)[^“”《》]{{2,120}}?)?(?P<kind>建议|提案|议事原案|议案|{_DEPUTYS_OPINION})")
# A number after the kind, where a year or 闭会期间 stands in for the meeting: '2023年市人大代表建议第87号',
# '区人大代表闭会期间建议第3号'.
# (or a deputy's or a member's 意见: '关于区政协委员意见第31号的答复')
# (or the number before the kind, 第 maybe left out, after 闭会期间: '关于闭会期间012号建议的答复', '…闭会期间036号代表建议、批评
# 和意见的答复')
KIND_THEN_NUMBER_RE = regex.compile(rf"(?P<kind>建议|提案|议案|{_DEPUTYS_OPINION})\s*第\s*(?P<number>\d{{1,8}})\s*号"
                                    r"|闭会(?:期间)?\s*第?\s*(?P<number>\d{1,8})\s*号\s*(?:代表|委员)?(?P<kind>建议|提案|议案)")
# Several suggestions answered together: '第101号、第115号建议', '第12、13号提案' (one 第…号 for both) -> the first
# is the one the letter answers first.
PROPOSAL_NUMBER_LIST_RE = regex.compile(
    r"第\s*(?P<number>\d{1,12})\s*号?\s*(?:[、，,和及与]\s*第?\s*\d{1,12}\s*号?\s*)*"
    r"[、，,和及与]\s*第?\s*\d{1,12}\s*号\s*(?:代表|委员)?(?:建议|提案|议案)")
# The kind a title answers without a number: '关于…代表建议的答复', '…提案办理的复函'. Not the work or the state of
# handling suggestions in general: '关于2024年区人大代表建议办理情况的报告', '…建议办理工作的通知'.
# (two answered together: '…会议两件提案合并办理的答复'; the state of handling answered to those who made them:
# '关于镇18届人大4次会议代表意见办理情况的答复', a deputy's 意见 a suggestion)
PROPOSAL_KIND_RE = regex.compile(rf"(?P<kind>建议|提案|议事原案|议案|{_DEPUTYS_OPINION})"
                                 r"(?:的?(?:答复|复函|(?:合并|并案)?办理(?:情况的?(?=答复|复函|回复))?(?!工作|情况)|回复|协办)|答复)")
# The first paragraph names the suggestion: '您提出的《关于…的建议》收悉', '“关于…的建议”（第80号）收悉'.
# (or in round brackets after its number and kind: '您提出的第1523号建议（关于加强…的建议）收悉')
PROPOSAL_TITLE_RE = regex.compile(r"《(?P<title>[^《》]{4,120})》|“(?P<title2>关于[^“”]{2,120})”"
                                  r"|(?:建议|提案|议案)[（(](?P<title3>关于[^（）()《》]{2,120}(?:建议|提案|议案))[）)]")
# Without 《》, after 提出的: a quoted theme ('提出的关于“修建…连接线”的建议' -> 修建…连接线), a title
# ('提出的关于支持…建设的建议，由…' -> 关于…的建议), or a bare theme ('提出的融文于城…的提案收悉' -> 融文于城…).
PROPOSAL_QUOTED_RE = regex.compile(
    r"提(?:出|交)?的?\s*(?:关于)?\s*“(?P<title>[^“”]{4,120}?(?:建议|提案|议案))”"
    r"|提(?:出|交)?的?\s*(?:关于)?\s*“(?P<title2>[^“”]{4,120})”\s*的?\s*(?:建议|提案|议案)"
)
# A 《 whose closing 》 a website dropped: '您提出《关于…的建议(第24号建议)收悉'.
PROPOSAL_UNCLOSED_RE = regex.compile(r"《(?P<title>关于[^《》]{2,120}?(?:建议|提案|议案))(?=\s*[（(]|\s*已?收悉)")
# The words of a suggestion's title printed without 《》, which may name a document in 《》: '关于修订《森林防火条例》的建议'.
_TITLE_WORDS = r"(?:[^，,。；;《》]|《[^《》]{1,60}》)"
# A suggestion's number as printed before its title: plain, or after a year or a 届-次 ('2023-118', '16-3-45').
_AS_PRINTED = r"[0-9]{1,6}(?:[-－][0-9]{1,6}){0,2}"
PROPOSAL_UNBRACKETED_RE = regex.compile(
    # the first of two named together: '…提出的关于X的提案和关于Y的提案收悉', '…和白某委员提出的关于Y的提案'
    rf"提(?:出|交)?(?:了|的)?\s*(?P<title2>关于{_TITLE_WORDS}{{2,120}}?的?(?:建议|提案|议案))"
    rf"(?=[和及与、](?:[\p{{Han}}{NAME_DOTS}]{{2,10}}?(?:委员|代表|同志)提出的)?关于)"
    # (its number before it: '提出的第46号建议，关于…的建议收悉', '提出的第106号建议，即关于…的建议，由…')
    # (or in words: '提出的第十二号议案关于…的议案', or with its year: '提出的第2026-37号提案关于…的提案')
    # (or as received: '收到您提出的关于…的建议后')
    rf"|提(?:出|交)?(?:了|的)?\s*(?:第\s*(?:{_AS_PRINTED}|[〇零一二三四五六七八九十百]{{1,7}})\s*号\s*(?:建议|提案|议案)?\s*[，,：:]?\s*(?:即\s*)?)?"
    # (a deputy's 意见 before its receipt: '提出的第217号关于…的意见收悉')
    rf"(?P<title>关于{_TITLE_WORDS}{{2,120}}?的?(?:建议|提案|议案|批评和意见|批评意见|意见(?=已?收悉)))(?:(?![\p{{Han}}])|(?=已?收悉|由|交|后))"
    r"|提出的\s*(?P<theme>[^。；;《》“”]{4,80}?)的(?P<kind>建议|提案)\s*已?收悉"
    # named after its number and kind, set off by a comma: '区八届人大二次会议第36号建议，关于…的建议，系您提出'
    # (its number with a year or a 届-次 before it: '第2023-118号提案，即关于…的提案'; or in words: '第三号议案，即关于…';
    # or without its 第: '…会议19号提案，即关于…的提案，由贵局主办')
    rf"|(?:第\s*|(?<![0-9〇零一二三四五六七八九十百\-－]))(?:{_AS_PRINTED}|{NUMBER_WORDS})\s*号\s*(?:建议|提案|议案)\s*[，,：:]\s*(?:即\s*)?"
    rf"(?P<title>关于{_TITLE_WORDS}{{2,120}}?的?(?:建议|提案|议案))(?![\p{{Han}}])"
    # or right after its number, as received: '第63号关于加快推进…的建议收悉'
    rf"|第\s*{_AS_PRINTED}\s*号\s*(?:建议|提案|议案)?\s*(?P<title>关于{_TITLE_WORDS}{{2,120}}?的?(?:建议|提案|议案))(?=已?收悉)"
    # named after 题为: '第0386号提案由您提出，题为关于…的提案，现答复如下'
    rf"|题为\s*(?P<title>关于{_TITLE_WORDS}{{2,120}}?的?(?:建议|提案|议案))(?![\p{{Han}}])"
    # a deputy's 意见, named as received: '您提出的关于整治…的意见收悉'
    rf"|提(?:出|交)?的\s*(?P<title2>关于{_TITLE_WORDS}{{2,120}}?的意见)(?=已?收悉)"
    # or after its number and 代表意见, set off by a comma: '提出的第一百零五号代表意见，即关于规范…的意见，已由…交我局办理'
    r"|第\s*(?:[0-9]{1,6}|[〇零一二三四五六七八九十百]{1,7})\s*号\s*(?:代表|委员)意见\s*[，,：:]\s*(?:即\s*)?"
    rf"(?P<title>关于{_TITLE_WORDS}{{2,120}}?的意见)(?![\p{{Han}}])"
)
PROPOSAL_MENTION_RE = regex.compile(r"收悉|提出|所提|所提出|你们|您|贵|领衔|会办|协办|交由|分办|主办")
# What names the suggestion itself, not only the person spoken to.
PROPOSAL_STRONG_MENTION_RE = regex.compile(r"收悉|提出|所提|领衔|会办|协办|交由|分办|主办")

# 主送 ------------------------------------------------------------------------------------------
# Matches: '王静代表：', '陈龙代表:', '尊敬的胡克兴等5名代表：', '民建长春市委员会：', '各乡镇(办事处)人民政府：'.
ADDRESSEE_RE = regex.compile(rf"^\s*(?P<value>[^。；;！!？?：:]{{2,200}}?)\s*{COLON}\s*$")
# The first paragraph of a reply, which speaks to the proposer: '您提出的《…》收悉', '你们在…期间提出“…”的提案收悉',
# '贵单位提出的…', '对您在市人大…提出的《…》收悉', '您好！您反映的…', '我局对市政协七届会议《…》的会办意见如下',
# '你镇《关于同意…的请示》（某府〔2023〕33号）收悉', '你们关于申请验收…的请示收悉'.
# Must not match a title ('关于…建议的答复'), a label row or a heading.
REPLY_OPENING_RE = regex.compile(
    # (not a place whose name starts with 贵: '贵州省林业局关于…', '贵阳市…')
    r"^(?:现将?|对|关于|首先|非常)?(?:您|你们?|贵(?![州阳港溪定德南池])(?:\p{Han}{0,6}?))"
    r"(?:好|在|于|们|领衔|所|提出|反映|来信|留言|联名|提的|关心|的)"
    # a 批复's or 复函's opening names the request it answers: '你镇《关于…的请示》…收悉', '你们关于申请…的请示'
    r"|^(?:你|贵)(?:们|省|市|县|区|镇|乡|街道|单位|委|局|厅|办|公司|院|校|部|会)?(?:关于|《|报来|报送|上报|呈报)"
    r"|^[^。！？!?]{0,80}?收悉"
)
# 主送 under its label: '主送：市人大常委会', '主送机关：各县（市、区）人民政府'. The value is what follows.
# (or after 致 and its colon: '致：刘某委员')
ADDRESSEE_LABELLED_RE = regex.compile(
    rf"^\s*(?:主\s*送(?:机关|单位)?|致)\s*{COLON}\s*(?P<value>\S.*?)\s*[:：。.]?\s*$")
# A person or a group addressed: '王静代表', '曹芝萓等4位委员', '赵六委员、钱七委员', '市民', '网友', '市政协经济界别',
# villagers who wrote together ('某村李某等12位村民'), a netizen by the name they post under: '网民“晨风”'.
ADDRESSEE_PERSON_RE = regex.compile(
    # (the first-named of several, the rest as 等: '高某代表等')
    rf"^(?:尊敬的)?[\p{{Han}}{NAME_DOTS}、，,\s\d]{{1,120}}?(?:代表|委员|同志|先生|女士|老师|市民|网友|群众|居民|村民|职工|朋友|附议人|代表团|代表组|委员组|小组|党派|界别|常委)(?:们|等)?$"
    r"|^(?:尊敬的)?网[民友]\s*[“\"「][^”\"」]{1,20}[”\"」]$"
    r"|^(?:尊敬的)?(?:网友|网民|市民|群众)(?:朋友)?们?$"  # '网友', '市民朋友' alone
)
# A person's name alone, as a web copy that dropped the 主送's colon leaves it ('赵某梅' / '你于…反映的…'):
# one of the common surnames (single or compound), then one or two characters.
_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
             "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
             "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕"
             "单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚"
             "娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池"
             "查麻苑迟邝"
             # (rarer ones that open no common word: '乐某霞', '禹某', '郜某')
             "匡鞠荆乐冀郁胥栗燕楚鄢谌奚粟冼蔺仝郜阚帅朴禹漆卿狄扈晁芮阙邸雍辜裘亓邰赫逯茹嵇戎檀昝")
BARE_NAME_RE = regex.compile(
    rf"^(?:(?:欧阳|司马|诸葛|上官|东方|皇甫|尉迟|公孙|慕容|令狐|长孙|宇文|司徒|夏侯|端木|南宫|呼延)\p{{Han}}{{1,2}}"
    rf"|[{_SURNAMES}]\p{{Han}}{{1,2}})$")
# A unit addressed: '国家发展改革委办公厅', '市市场监督管理局', '民建长春市委员会', '各乡镇人民政府', '市工商联',
# '各中小学校、幼儿园', '某大学', '人民银行某分行', '某海关'.
ADDRESSEE_UNIT_RE = regex.compile(
    r"^[\p{Han}（）()、，,\s]{2,60}?(?:局|厅|委|办|办公室|办公厅|委员会|政府|街道|部|部门|单位|机构|企业|署|院|会|中心|公司|学校|校|幼儿园|大学|银行|分行|支行|海关|组|所|站|社|处|室|司|镇|乡|队|团|馆|联|协"
    r"|总支|支部|中央)$"  # a party's branch or central committee: '农工党城北区总支', '民盟中央'
)
# The 主送 sharing a line with the opening ('王五代表：您提出的…收悉'): where to cut. Must not cut
# '现答复如下：' or a label.
GLUED_ADDRESSEE_RE = regex.compile(
    rf"^(?P<addressee>(?:尊敬的)?[\p{{Han}}、，,{NAME_DOTS}]{{2,60}}?(?:代表|委员|同志|先生|女士)\s*[:：])\s*(?P<after>(?:您|你|贵).{{8,}})$"
)
# Where a title may end, with the 主送 glued after it ('关于第7号建议的答复函王五代表：', '…的协办意见（B类）某局：'):
# after a 文种 word and the bracket that may follow it ('（临政函〔2024〕第5号）', '（关于…的建议）').
# A title's own opening, 关于 or 对 after its issuer: what a line above it cannot have begun.
TITLE_OPENS_RE = regex.compile(r"关于|对(?!于)|对于")
TITLE_TYPE_END_RE = regex.compile(
    rf"(?:{'|'.join(DOC_TYPES)})(?:\s*(?:[（(][^（()）]{{1,60}}[）)]|[〔【\[][^〔〕【】\[\]]{{1,12}}[〕】\]]))?")
# A pronoun that speaks to or for someone: a sentence's, never a title's ('我局…', '您提出的…').
PRONOUN_RE = regex.compile(r"[我您你]")
# A line that ends as a 主送 does: in a colon.
ENDS_IN_COLON_RE = regex.compile(rf"{COLON}\s*$")
# A greeting after the 主送's colon: '杨光明代表：你好！'.
GREETING_AFTER_COLON_RE = regex.compile(r"(?<=[:：])\s*(?:您|你)们?好\s*[!！。，,]?\s*$")
# A greeting glued to the 主送: '…委员您好', '市民您好'.
GREETING_RE = regex.compile(r"\s*[,，]?\s*(?:您们?好|你们?好)[!！。]?$")

# The labels of a web page's or a database's metadata box ('发文机关：…', '时效性：…').
METADATA_LABELS = (r"索引号|发文机关|发文日期|办文单位|部\s*号|有效性|新编号|编\s*号|建议人|提案人|领衔人|代表姓名|委员姓名|"
                   r"主办单位|会办单位|协办单位|答复时间|办结时间|事\s*由|办理情况|发布机构|所属机构|发文字号|文\s*号|发布日期|发布时间|成文日期|生效日期|实施日期|时效性|"
                   r"效力级别|主题分类|体裁分类|信息来源|来\s*源|公开方式|公开范围|标\s*题|(?:信息|文件)?名\s*称|摘\s*要")
# A web page's labelled row after a gap on a line that opens with something else: '绵阳市住房和城乡建设局　发布时间：
# 2024-06-19' (no title line).
METADATA_ROW_AFTER_GAP_RE = regex.compile(rf"\S\s+(?:{METADATA_LABELS})\s*{COLON}")
# A message page's label for the reply below it, alone on its line: '回复：', '答复意见：'.
REPLY_LABEL_RE = regex.compile(r"(?:回复|答复)(?:内容|意见)?\s*[:：]\s*$")
# Lines that end in a colon but are labelled fields, not an addressee.
LABEL_RE = regex.compile(
    r"^\s*(?:办理类型|答复类型|类\s*别|分类标识|办理结果|办复类别|是否|公开|签\s*发\s*人|联系|电话|抄送|抄报|附件|(?:建议|提案|议案)编号|"
    # (a record's meeting row: '会议届次：…', '会议名称：…')
    rf"领导签|部门负责人|承办|审核|拟稿|主办|协办|来源|日期|时间|备注|内\s*容|(?:会议)?届\s*次|会议名称|{METADATA_LABELS}"
    rf"|{REPLY_LABEL_RE.pattern})"
)
# A labelled row of a record or form: a short label, a colon, a value ('提案编号：第45号', '提 案 人：高永刚').
# A title line never reads so.
FIELD_ROW_RE = regex.compile(rf"^\s*[\p{{Han}}](?:\s*[\p{{Han}}]){{1,5}}\s*{COLON}\s*\S")
# A sentence ending in a colon, not a label or an addressee: '现答复如下：', '具体情况如下：'.
AS_FOLLOWS_RE = regex.compile(rf"如下\s*{COLON}\s*$")
# Proposer out of the addressee: '尊敬的胡克兴等5名代表' -> 胡克兴; '郭胜利、陈爱珍委员' -> 郭胜利、陈爱珍;
# '某街道代表组各位代表' -> 某街道代表组; '高某代表等' -> 高某 (and 等); '罗某等6人' -> 罗某 (and 等).
PROPOSER_RE = regex.compile(
    r"^(?!(?:尊敬的|致)?\s*(?:各位|全体)\s*(?:人大|政协)?(?:代表|委员)们?$)(?:尊敬的|致)?\s*"
    rf"(?P<name>[\p{{Han}}{NAME_DOTS}、，,\s]{{2,200}}?)\s*"
    # '等5名', '等', or a head count alone ('高某、刘某、宋某3位代表')
    r"(?:(?P<etc>等)\s*(?P<count>[\d一二两三四五六七八九十]+)?\s*[位名人]?|[\d一二两三四五六七八九十]+\s*[位名])?\s*"
    r"(?:(?:各位|全体)?\s*(?:人大|政协)?副?(?:代表|委员|常委|同志|先生|女士|主席|主任|主委)(?:们)?(?P<etc_after>等)?"
    # or a head count in 人 without a title: '罗某等6人' -> 罗某等
    r"|(?<=等\s*[\d一二两三四五六七八九十]+\s*人))$"
)
# A person addressed by name, their standing in brackets after it: '吴某（市人大代表）' -> 吴某.
STANDING_AFTER_NAME_RE = regex.compile(
    rf"^(?:尊敬的)?(?P<name>[\p{{Han}}{NAME_DOTS}]{{2,8}}?)\s*[（(]\s*[\p{{Han}}]{{0,6}}?(?:人大代表|政协委员|代表|委员)\s*[）)]$")
# A note in brackets after a deputy's or member's title, saying who they are: '谭某代表（芦淞服装市场商户）'.
ROLE_NOTE_RE = regex.compile(r"(代表|委员|常委)\s*[（(][^（）()]{1,20}[）)]$")
# Co-signers named only as such: '胡友彪委员并附议人' -> 胡友彪委员.
CO_SIGNERS_RE = regex.compile(r"(?:并|及|和)(?:附议人|联名人|其他(?:代表|委员))$")
# A group that makes proposals: a group of deputies or members, a 界别, a democratic party (short or full name:
# '民革', '中国国民党革命委员会中央委员会', '中国民主同盟', '中国农工民主党'), the federation of industry and commerce
# and the other people's organisations of the conference (青联, 妇联, 科协, 侨联, 台联, 总工会, 共青团).
PROPOSER_GROUP_RE = regex.compile(
    # (its activity group too: '青岩镇政协委员活动组')
    r"(?:小组|委员组|代表组|活动组|代表团|支部|总支|界别|民革|民盟|民建|民进|农工党|致公党|九三学社|台盟|工商联"
    r"|中国国民党革命委员会|中国民主同盟|中国民主建国会|中国民主促进会|中国农工民主党|中国致公党|台湾民主自治同盟"
    r"|工商业联合会|政协\p{Han}{2,24}界(?!\p{Han})"  # a 界别 named as such: '全国政协社会福利和社会保障界'
    # the people's organisations that take part in the conference: '区青联', '市妇联', '省科协', '团市委'
    r"|青联|青年联合会|妇联|妇女联合会|科协|科学技术协会|侨联|归国华侨联合会|台联|台湾同胞联谊会|总工会|共青团|^团\p{Han}{1,3}委$"
    # a special committee of the conference (not its 提案委员会, which passes proposals on): '省政协农业和农村委员会'
    r"|政协\p{Han}{2,16}(?<!提案)委员会$)")

# 正文层次 --------------------------------------------------------------------------------------
# Level 1 '一、' (not '八、九十年代'), level 2 '（一）' '㈠', level 3 '1.' '1、' '1．' '⒈' (not '1.5亿'), level 4 '（1）' '⑴' '①'.
HEADING_RES = (
    (1, regex.compile(r"^(?P<num>[一二三四五六七八九十]{1,3})\s*[、，,．.]\s*(?![一二三四五六七八九十]+十?年代)")),
    (2, regex.compile(r"^[（(]\s*(?P<num>[一二三四五六七八九十]{1,3})\s*[）)]\s*[、，,．.]?")),
    (3, regex.compile(r"^(?P<num>\d{1,2})\s*[、．.](?!\d)\s*")),
    (4, regex.compile(r"^[（(]\s*(?P<num>\d{1,2})\s*[）)]\s*")),
    (4, regex.compile(r"^(?P<num>[①②③④⑤⑥⑦⑧⑨⑩])\s*")),
    # the same numbers as one enclosed character: '㈠' for '（一）', '⒈' for '1.', '⑴' for '（1）'
    (2, regex.compile(r"^(?P<num>[㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩])\s*")),
    (3, regex.compile(r"^(?P<num>[⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛])\s*")),
    (4, regex.compile(r"^(?P<num>[⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇])\s*")),
)
# Items numbered in the running text, not headings: '第一，推进…', '第二、…', '一是加强…', '二是…'.
RUN_IN_ITEM_RES = (
    regex.compile(r"^第(?P<num>[一二三四五六七八九十]{1,3})\s*[，,、]"),
    regex.compile(r"^(?P<num>[一二三四五六七八九十]{1,3})是"),
)
# Words that open a new paragraph of a reply's answer: '下一步，…', '此外，…'. After a line that ends a
# sentence and fills its width (pdftotext's text keeps no indent), they say the paragraph ended there; so does the
# sentence that says whom to ask: '如有疑问，请与…联系'.
PARAGRAPH_START_RE = regex.compile(r"^(?:下一步|此外|另外|其次|最后|综上所述|总之|如有疑问|如有问题)\s*[，,]")
# Closing formulas of a reply: '感谢您对政府工作的关心和支持。', '以上答复，如有不妥，请批评指正。', '此致', '敬礼',
# '特此报告。', '专此函达。'.
CLOSING_RE = regex.compile(
    r"^(?:再次)?(?:感谢|衷心感谢|非常感谢|谢谢)|^以上(?:答复|回复|意见|复函)|^此复|"
    r"^特此(?:函复|答复|复函|函告|函达|回复|说明|报告|通知|批复|公告|函)(?!\p{Han})|"
    r"^专此(?:答复|函复|函达|说明|报告|\s*[。]?\s*$)(?!\p{Han})|^此函|^此致\s*$|^敬礼[!！。]?\s*$|^致\s*$|^礼\s*$|^请予?(?:批评|指正)|^欢迎.*(?:监督|指导)"
)

# 成文日期 --------------------------------------------------------------------------------------
# Matches: '2023年9月26日', '2023年 9月 26日', '2024年9月' (no day), '2024年5月6号' (a web copy's 号 for 日),
# '二〇二三年九月二十六日', '二0一七年五月二十六日', and a day left blank for the seal: '2024年6月　日' (no day).
DATE_ARABIC_RE = regex.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*[日号]|\s*日(?!\p{Han}))?")
DATE_CHINESE_RE = regex.compile(
    rf"(?P<y>[{CN_DIGIT}]{{4}})\s*年\s*(?P<m>[一二三四五六七八九十]{{1,3}})\s*月(?:\s*(?P<d>[一二三四五六七八九十]{{1,3}})\s*日|\s*日(?!\p{{Han}}))?"
)
# Web copies that lost 年/月/日: '2023531', '20230619'. Accepted only when the whole line is this.
DATE_BARE_RE = regex.compile(r"^\s*(?P<digits>(?:19|20)\d{4,6})\s*$")
# The signer and a date that lost its 年月日 on one line: '闽清县交通运输局    20221213', '某局 2024-05-16', a
# site's clock time after it: '某局　2024-06-18 15:32' (its labels taken out first: '回复单位：… 回复时间：…').
SIGNER_THEN_BARE_DATE_RE = regex.compile(
    r"^\s*(?P<signer>\S.*?)\s+(?P<date>(?:19|20)\d{4,6}|(?:19|20)\d{2}\s*([-/.])\s*\d{1,2}\s*\3\s*\d{1,2}"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*$")
# A web copy's numeric date alone on the line: '2024-05-16', '2024/5/16', '2024.05.16'.
DATE_NUMERIC_RE = regex.compile(r"^\s*(?P<y>(?:19|20)\d{2})\s*(?P<sep>[-/.])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<d>\d{1,2})"
                                r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[。.]?\s*$")  # (a site's clock time after it: '… 15:32')
# A date's start that a web copy or an extractor set on a line of its own, its rest on the next:
# '2024年' / '7月3日', '二〇二四年' / '十二月二十日', '2024年7月' / '12日'; a signer may share the start's line.
DATE_START_END_RE = regex.compile(
    rf"(?:(?:19|20)\d{{2}}|[{CN_DIGIT}]{{4}})\s*年(?:\s*(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*月)?\s*$")
# ... and the rest alone: '7月3日', '6月', '十二月二十日', '12日'.
DATE_REST_ALONE_RE = regex.compile(
    r"^\s*(?=\S)(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月)?(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号])?\s*$")
PRINTED_DATE_RE = regex.compile(r"印\s*发\s*$|印发\s*[。.]?\s*$")

# 附注: 联系人及电话 ---------------------------------------------------------------------------------
# Matches: '（联系人及电话：杨雕 68220583）', '联系人：张三；联系电话：0818-2376450', '联系电话：0917-4762824',
# '承办人及联系电话:张亮华  0730-7629006', '联系单位及联系人：凤县交通运输局 阮绪平', '承办负责人:刘 毅'.
# The unit a contact row may name before its label: '区卫生健康局：联系人…'.
CONTACT_UNIT = r"\p{Han}{2,20}?(?:局|委|办|室|厅|股|科|处|中心|政府|公司)"
# (or, short and opening with its level, glued to its label: '区卫健委联系人：程某', '区医保局联系人：余某', a unit's
# own section or detachment so: '市公安局交通警察支队联系人：陈某'; not a sentence: '请与我局联系人：…')
# (or a department named short without its level, where several sign: '教育厅联系人：周某' / '财政厅联系人：杨某';
# not after a word of a sentence: '请与该局联系人…', '我局联系人：…')
_CONTACT_UNIT_GLUED = (r"(?:(?:[省市县区州旗镇乡]|自治区)\p{Han}{1,10}?(?:局|委|办|室|厅|股|科|处|中心|支队|大队)"
                       r"|(?![请与由向我本贵该其和或及经])\p{Han}{1,5}(?:厅|局|委))")
CONTACT_LINE_RE = regex.compile(
    # (a unit named first with its colon: '区卫生健康局：联系人　王某　电话：…')
    rf"^\s*[（(]?\s*(?:{CONTACT_UNIT}\s*[:：]\s*(?=联\s*系\s*人)|{_CONTACT_UNIT_GLUED}(?=联\s*系\s*人\s*[:：]))?"
    # (a fax or a postcode printed before the row's own label: '传真：0591-87853216　　联系电话：0591-…')
    r"(?:(?:传\s*真|邮\s*编)\s*[:：]\s*[\d()（）\-－— ]{6,20}?[\s，,；;]*)?"
    # (a unit's label before its value, not a sentence that opens with the words: '承办单位在答复前应…')
    # (a co-handling office's: '协办联系人：…'; or the contact for what: '业务联系人：何某' / '办理联系人：罗某')
    # (a form's row without colons, the unit then the person: '联系单位　某司　联系人　钱某　电话　…', read without
    # its spaces too)
    rf"(?:(?:{HANDLER}(?:单位)?)?联\s*系\s*人|(?:业务|办理|经办|工作|具体)联\s*系\s*人\s*[:：]|联\s*络\s*员|(?:联系|承办)单位(?=\s*[:：及和电]|\s)|联系单位(?=\p{{Han}}{{2,20}}?联\s*系\s*人)|联系方式|联系(?:科室|处室|部门)|承\s*办\s*人|承办负责人"
    r"|(?:承办|经办)(?:处|科|股)室"
    r"|经\s*办\s*人|拟\s*稿\s*人?\s*[:：]"
    # a unit, then its phone: '县农业农村局　电话：0376-…'
    r"|\p{Han}{2,20}?(?:局|委|办|室|股|科|处|中心|政府|公司)\s*(?:联系|办公)?电\s*话\s*[:：]"
    # a phone label, then its colon or number: not a sentence wrapped to start with '电话，接受监督'
    # ('手机号码：139…', a landline's '座机：0951-…')
    r"|(?:联\s*系\s*|办\s*公\s*|咨\s*询\s*|投\s*诉\s*|服\s*务\s*|监\s*督\s*|值\s*班\s*)?(?:(?:电\s*话|手\s*机|座\s*机)(?:\s*号\s*码)?|[Tt][Ee][Ll]\.?)"
    r"(?=\s*(?:[:：]|[（(]?\s*\d|及|/))"
    r"|\p{Han}{0,8}?热\s*线\s*[:：]"  # a service hotline: '客服热线：96777', '供电服务热线：95598'
    r"|(?:主要|分管|主管|科室|处室|股室)?负\s*责\s*人\s*[:：]|责\s*任\s*人\s*[:：]|(?:主管|分管|主要|承办)领导(?:姓名)?\s*[:：]"
    # (a leader's signature row that goes on to the handler: '领导署名：蒋某　　承办人：邓某　　联系电话：…')
    r"|领导署名\s*[:：](?=.{0,20}?(?:承\s*办\s*人|经\s*办\s*人|联\s*系\s*人))"
    r"|人\s*[:：])"  # '人：黎翔': a 联系人 label whose first characters a website dropped
)
# Phone numbers: '68220583', '0730-7629006', '0876—7122073', '13883366415', '139****8225', '(0871)67796549',
# '0571-8765 4321', '139 1234 5678', '139-3456-2718'.
PHONE_RE = regex.compile(
    # an area code in brackets, before a dash, or set apart by a space only ('0477 8332641')
    rf"(?<!\d)(?:[（(]\s*0\d{{2,3}}\s*[）)]\s*|0\d{{2,3}}\s*{DASH}{{1,2}}\s*|0\d{{2,3}} (?=\d{{7,8}}(?!\d)))?"
    # a mobile, maybe grouped 3-4-4 by spaces or hyphens ('139 1234 5678', '139-3456-2718'); a local number,
    # maybe grouped 4-4
    # (an extension after it, or in brackets: '0591-87706218(转8012)')
    rf"(?:1[3-9]\d[ -]?(?:\d{{4}}|\*{{4}})[ -]?\d{{4}}|\d{{7,8}}|\d{{4}} \d{{4}})"
    # (or after 分机: '0379-63921100分机326')
    rf"(?:\s*(?:{DASH}|转|分机)\s*\d{{1,4}}|\s*[（(]\s*(?:转|分机)\s*\d{{1,4}}\s*[）)])?(?!\d)"
)
# A public service hotline, a phone only where a phone or hotline label stands before it: '12366', '12345',
# '95598', a city's utility line '96777'.
HOTLINE_NUMBER = r"(?:12\d{3}|9[56]\d{3,4})"
_HOTLINE = rf"(?:0\d{{2,3}}[-－])?{HOTLINE_NUMBER}"  # with a city's code too: '0774-12319'
HOTLINE_RE = regex.compile(rf"\s*{_HOTLINE}\s*[。.]?\s*")
# A name: 2-4 Han characters, possibly letter-spaced, or 5-6 unspaced (a Mongolian or Tibetan name: '乌云其其格') ('张 雷', a form's '布  音'); a label before it is not a name.
# A transliterated name keeps its dots, however typed ('阿依古丽·买买提', '阿依努尔·艾合买提江·吐尔洪',
# '买买提明.吐尔逊'), or is printed with a space for its dot, one part of four characters or more
# ('努尔曼古丽 吐尔逊'; two people's names are two or three characters each: '张明华 李建国').
# (neither a sentence's stop nor a gap before a label: '张某.电话：…', '联系人 王某某　联系电话 …')
# The words a contact line's labels open with: no name starts with them.
_LABEL_WORDS = "电话|联系|手机|座机|传真|邮编|地址"
_NO_LABEL = rf"(?!{_LABEL_WORDS})"
_HAN_DOT = rf"[{NAME_DOTS}](?=\p{{Han}}){_NO_LABEL}"
NAME_RE = regex.compile(
    rf"(?<!\p{{Han}}|\p{{Han}}[{NAME_DOTS}])(?P<name>"
    rf"\p{{Han}}{{1,8}}(?:{_HAN_DOT}\p{{Han}}{{1,8}}){{1,3}}"
    rf"|(?P<gap>\p{{Han}}{{4,8}}\s{{1,3}}{_NO_LABEL}\p{{Han}}{{3,8}}|\p{{Han}}{{3}}\s{{1,3}}{_NO_LABEL}\p{{Han}}{{4,8}})"
    r"|[\p{Han}](?:\s{0,3}[\p{Han}]){1,3}|[\p{Han}]{5,6})"
    rf"(?!\p{{Han}}|{_HAN_DOT})")
# A line that starts with a person's name and gives a phone: '方建明，电话：0571-88320117', '李某（手机13912345678）'.
NAME_THEN_PHONE_RE = regex.compile(rf"^\s*\p{{Han}}{{2,4}}\s*[，,、（(\s].*?(?:{PHONE_RE.pattern})")
# A phone with its person's name in brackets after it: '0851-28221436（罗某）'.
PHONE_THEN_NAME_RE = regex.compile(rf"(?:{PHONE_RE.pattern})\s*[（(](?P<name>\p{{Han}}{{2,4}})[）)]")
# Where one person's part of a contact line ends: '…0571-88320117；科研院 周某…'.
CONTACT_PART_END_RE = regex.compile(r"[；;，,]")
# A line that starts with a phone and goes on to the next person: '0917-3262415；市自然资源和规划局'.
PHONE_THEN_MORE_RE = regex.compile(rf"^\s*(?:{PHONE_RE.pattern})\s*{CONTACT_PART_END_RE.pattern}")
# A unit or a rank glued to the person's name (OCR and web copies drop the space): '凤县交通运输局阮绪平',
# '某局综合规划科科长王某某'.
# A rank written beside a name: '科长', '副主任', '科员'.
RANK = r"副?(?:科长|处长|局长|主任|股长|所长|站长|部长)|科员"
_UNIT_OR_RANK = rf"{RANK}|局|委员会|委|办公室|办|厅|处|院|中心|公司|站|所|队|科|股|部|政府|街道|社区|馆|学校|集团"
# A word that ends as a unit or a rank does: '规划科', '王某某科长'.
UNIT_OR_RANK_END_RE = regex.compile(rf"(?:{_UNIT_OR_RANK})$")
# How the name of a unit (or a rank) ends: '某局', '某司', '某科', '某办公室', '某小组' (or a people's organisation:
# '某市残疾人联合会', '某市文联').
UNIT_NAME_END_RE = regex.compile(rf"(?:{_UNIT_OR_RANK}|司|室|组|会|联)$")
UNIT_THEN_NAME_RE = regex.compile(
    rf"(?:{_UNIT_OR_RANK})"
    r"(?P<name>\p{Han}{2,3})(?<![会科室局处办所站队股部委厅院司组心])$")  # not '…委员会', '…综合科'
# Not names: words that sit where a name would.
NOT_NAME_RE = regex.compile(rf"^(?:{_LABEL_WORDS}|办公|单位|科室|股室|职务|及|和(?=电话|联系|手机)|无)")

# A responsible leader's contact line, listed after the handler's: '责任人：田某 联系电话：…', '主管领导姓名：…'.
LEADER_RE = regex.compile(r"^\s*[（(]?\s*(?:主要|承办|部门|单位|分管|主管|科室|处室|股室)?(?:负\s*责\s*人|责\s*任\s*人|分管领导|主管领导|承办领导|领导署名)")
# A contact label inside a line that starts with another field: '签发人：龚某  联系人：陈某', and
# where OCR lost the space before it: '…审核人：吴某经办人：陈某'.
CONTACT_LABEL_RE = regex.compile(r"(?:联\s*系\s*人|承\s*办\s*人|经\s*办\s*人)\s*[:：]")
# A phone's label that ends a line, its number on the next line or read elsewhere: '…请与某科联系，电话：', '周某，联系电话：'.
PHONE_LABEL_END_RE = regex.compile(r"(?:联\s*系\s*)?(?:电\s*话|手\s*机|传\s*真)\s*[:：]\s*$")
# A line of digits only: a phone number's end wrapped onto the next line ('0951-21' / '51977', '0571' /
# '-87654322', a mobile's '手机13' / '837916620）').
# (the row's full stop after them too: '…电话：029-86' / '786521。')
DIGITS_LINE_RE = regex.compile(r"\s*[-—－]?\d{1,10}\s*[）)]?\s*[。.]?\s*")
# Digits, to be cut out of a name that holds a number: '市12345热线办' -> 市热线办.
DIGITS_RE = regex.compile(r"\d+")

# 抄送 / 抄报 ------------------------------------------------------------------------------------
# Matches: '抄送：区人大常委会人事代表工委，区政府办公室。', '抄报:市政府办公室'.
# 版记 rows of recipients beside 抄送: '报：市政协办 市府办', '发：各乡镇人民政府', '送：县住房和城乡建设局'.
# (in brackets too, as a 附注: '（抄送：区人大常委会代表工作委员会，区政府办公室）')
# (a web copy may drop the colon after 抄送 and keep the gap: '抄送　市人大常委会代表工作委员会、市政府办公室')
# (or label the row '抄送单位：')
CC_RE = regex.compile(rf"^\s*(?P<open>[（(])?\s*(?P<label>抄\s*[送报](?:\s*单\s*位)?|抄(?=\s*{COLON})|报|发|分?\s*送)"
                      rf"(?:\s*{COLON}|(?<=抄\s*[送报])\s+(?=\p{{Han}}))\s*(?P<value>.*?)"
                      r"\s*(?(open)[）)]\s*[。.]?)$")
CC_SPLIT_RE = regex.compile(r"[，、,；;]\s*|\s{2,}|\u3000")  # (a full-width space sets names apart too)
# A 抄送 row that stops inside a name, with no separator or full stop after its last character:
# '抄送：…，国务院办公厅督' (the rest on the next line: '查室。').
# (or after a place's kinds in brackets: '…，各区（县）' / '人民政府。', '…，鄱阳湖区各县（市、区）' / '水利局。')
CC_BROKEN_END_RE = regex.compile(r"(?:[\p{Han}]|[（(]\p{Han}{1,2}(?:、\p{Han}{1,2}){0,3}(?<!份)[）)])\s*$")
# A unit's generic office with no name of its own, which no 抄送 row lists alone: the end of a
# recipient's name the row broke in two ('…，国家卫生健康委' / '办公厅。', '…园林绿化' / '服务中心。', '…，各区（县）' /
# '人民政府。').
_CC_BARE_UNIT = r"(?:办公[厅室]|秘书[处科]|综合[处科]|(?:服务|管理|事务|指挥|保障|发展)中心|管理[处局站所]|委员会|分[局会]|办事处|人民政府)"
CC_BARE_UNIT_RE = regex.compile(rf"^{_CC_BARE_UNIT}$")
# The same with the one character of the name before it that the row broke off, no place's ('…，市人大监察和司' /
# '法委员会'; not '县人民政府').
CC_BROKEN_BARE_UNIT_RE = regex.compile(rf"^(?![省市县区镇乡州旗盟])\p{{Han}}{_CC_BARE_UNIT}$")
# Copy counts: '（2份）', '（共印10份）', '（各1份）', and without their brackets at an item's end: '市政府办公室2份'; in
# words too: '（二份）', '市政协提案委员会二份'; set apart by a space and before the next name: '区政协提案委员会　2份　　区…'.
# A 版记's count of copies alone on its line: '共印5份', '（共印15份）'. The unit above it printed the letter.
COPIES_ALONE_RE = regex.compile(rf"\s*(?:{OPEN}\s*)?(?:共印|共|印)\s*\d+\s*份\s*(?:{CLOSE})?\s*")
_COPIES = r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*份"
COPY_COUNT_RE = regex.compile(rf"{OPEN}\s*(?:共印|共|印|各)?\s*(?:\d+\s*份|{_COPIES})\s*{CLOSE}|(?<=[\p{{Han}}])\s*(?:各|共)?\s*{_COPIES}(?=\s*[，、,；;。.]|\s*$|\s)")
# A recipient's copy count alone on its line, as pdftotext reads a 抄送 row's cells: '2份', '（1份）'.
COPY_COUNT_ALONE_RE = regex.compile(rf"\s*[（(]?\s*(?:各|共)?\s*{_COPIES}\s*[）)]?\s*[，、,；;。.]?\s*")

# 附件说明 --------------------------------------------------------------------------------------
# Matches: '附件：1. 某某名单', '附件:某某表', and the older '附：某某点位表' (not '附件' spelt out).
ATTACHMENT_RE = regex.compile(rf"^\s*附\s*(?:件\s*\d*\s*)?{COLON}\s*(?P<value>.*)$")
# Items: '1. 名单', '2、表', and a compilation's '1-1. 名单', '1-6：联系表'.
ATTACHMENT_ITEM_RE = regex.compile(r"^\s*\d{1,2}(?:\s*[-－]\s*\d{1,2})?\s*[.．、:：]\s*(?P<value>\S.*)$")
# The label on an attachment's first page, bound behind the letter: '附件1', '附件 2', '附件',
# '西民函〔2023〕58号附件1'. Must not match the letter's 附件说明 '附件：1. 名单' (a colon, then items).
ATTACHED_LABEL_RE = regex.compile(
    r"^\s*(?:[\p{Han}A-Za-z]{1,15}[〔\[【(（]\d{4}[〕\]】)）]\s*第?\d+\s*号\s*)?(?P<label>附\s*件\s*[0-9一二三四五六七八九十]{0,3})\s*$")

# A rule drawn with characters: '--------', '……', '＊＊＊', '═══'. Must not match '—4—' (a page number).
RULE_LINE_RE = regex.compile(r"^\s*[-—–－─━═=_＿*＊·.。…~～]{4,}\s*$")

# GB/T 9704's note where a page ends before the 落款 ('（此页无正文）'): no signer, no body.
NO_TEXT_NOTE_RE = regex.compile(r"^\s*[（(]\s*此\s*页\s*无\s*正\s*文\s*[）)]\s*$")
# A 署名 as some offices print it: a note where the seal goes ('某局（印章）', an office sealing for the
# body it acts for: '某县人民政府办公室（代章）'), a label before it ('答复单位：某局'), or the 成文日期
# labelled ('答复日期：2024年7月10日').
# (the unit that seals for another named, or the seal's kind: '（某市生态环境局代章）', '（信访专用章）', '（单位盖章）', '（单位印章）',
# the seal of units signing together: '（联合盖章）')
SEAL_NOTE = r"[（(]\s*(?:\p{Han}{2,30}?代\s*章|\p{Han}{0,8}专用章|(?:联合|共同)?(?:加盖)?(?:单位|公司|机关)?(?:盖|印|公)\s*章|签\s*章|代\s*章|章)\s*[）)]"
SEAL_NOTE_RE = regex.compile(rf"\s*{SEAL_NOTE}\s*$")
# Every seal note of a line, each at the end of a unit's name set apart: '某局（盖章）　　某委（盖章）'.
SEAL_NOTES_RE = regex.compile(rf"\s*{SEAL_NOTE}(?=\s|$)")
# A web copy's note for the second script of a bilingual head or seal it left out: '（蒙古文略）', '（朝鲜文略）',
# '（印章：傣文、景颇文略）', '（维吾尔文版从略）'. It is no part of the title or the 署名 beside it.
SCRIPT_NOTE = (r"[（(]\s*(?:(?:印章|公章|印文|文头|版头|抬头|标题)\s*[:：]?\s*)?\p{Han}{1,5}文"
               r"(?:\s*[、，,和及与]\s*\p{Han}{1,5}文)*\s*(?:版|部分|内容)?\s*(?:从|省|已)?略\s*[）)]")
SCRIPT_NOTE_RE = regex.compile(rf"\s*{SCRIPT_NOTE}\s*$")
# (or each of two stacked units': '主办单位：某局' / '协办单位：某局')
SIGNER_LABEL_RE = regex.compile(rf"^\s*(?:答复|回复|发文|落款|署名|{HANDLER})\s*(?:单\s*位|机\s*关)\s*[:：]\s*")
# The label of a unit that handled the suggestion, before its name: '主办单位：', '协办单位：'.
HANDLER_UNIT_LABEL_RE = regex.compile(rf"^\s*{HANDLER}\s*单\s*位\s*[:：]")
# (the date's label also after the signer on its line: '某局　　答复日期：2024年6月18日')
# (or '日期：' alone opening the line, as a form's row: '日期：2024年6月14日')
DATE_LABEL_RE = regex.compile(r"(?:(?:答复|回复|办结|成文|签发|落款|发文)\s*(?:日\s*期|时\s*间)|^\s*日\s*期)\s*[:：]\s*")
# 附注 rows of a form after the closing: '领导署名：黄某', '主办单位：市交通运输局' (a leader with a phone is a contact),
# the head of the unit under its 署名 ('局长：陈某');
# an old 版记's '主题词：政协提案答复'; the office's post address: '通讯地址：某路18号　邮编：223100'.
TAIL_FIELD_RE = regex.compile(
    r"^\s*(?:领导署名|签发领导|主要签发领导|主办单位|协办单位|会办单位|审\s*核|核\s*稿|拟\s*稿|校\s*对|主\s*题\s*词"
    r"|通\s*讯\s*地\s*址|邮\s*政\s*编\s*码|邮\s*编"
    # the head of the unit signing, named under its 署名: '局长：陈某', '董事长：马某'
    r"|(?:局|厅|院|校|行|关|台|社|部|处|所|镇|乡|区|县|市|(?:支|大)?队|理事|董事|会)长|主任|总经理|(?:党委|党组)?书记|主席)"
    rf"\s*{COLON}\s*\S.{{0,30}}$")

# Blank form fields left in the text: '领导签字：', '部门负责人：', '签发：'.
# (Not '现答复如下：', a sentence's end wrapped onto a line of its own: see AS_FOLLOWS_RE; nor a paragraph
# that leads into a list, whose verb ends it: '主要措施有：', '具体做法是：', '主要包括：'.)
BLANK_FIELD_RE = regex.compile(rf"^\s*(?![^:：]*如下)[\p{{Han}}\s]{{2,8}}(?<![有是为括])\s*{COLON}\s*$")

# 引用的文件 ------------------------------------------------------------------------------------
# A national, trade or local standard's code, cited after its title: '（GB 38600—2019）', '（DB11/T 1234-2015）',
# '（DB52/ 1424—2019）', a group's '（T/CECS 123—2020）'; or before it: 'JT/T 1106—2016《…》'; or alone: '按SC/T 8146—2019的要求'.
# (a highway standard's class letter before its number: 'JTG H10—2009'; a sector's third letter set apart from the
# number: 'JTS 166—2020'; a part's number after a hyphen: 'JTG/T 3381-02—2020', 'JTS 180-2—2011', 'DBJ50/T-365—2020')
# (any sector's letters with /T or a letter before the digits: 'TSG T5002—2017', a safety code (or 'TSG 08—2017'); a metrology
# code: 'JJF 1070—2023', 'JJG 1036—2022'; not a span of
# years: 'GDP 2020—2021'; a construction standard's: '建标175—2016'; its year a year, not a phone's digits; a part of a
# code after a slash: 'JTG/T D70/2-01—2014')
STANDARD_CODE = (r"(?<![A-Za-z])(?:(?:GB|DBJ\d{0,2}|DBS\d{0,2}|DB\d{0,6}|SB|HJ|JGJ|JTG|CJJ|CJ|WS|MZ|GA|JT|NY|SL|SC|LY|HG|QB|YY|JB|DL|TB|YB|AQ|XF|TSG"
                 r"|MH|QC|SN|YD|LD|WH|JR|JY|CH|DZ|JJF|JJG)(?:/[TZ]|/)?\s*[A-Z]?\s*|[A-Z]{2,4}(?:/[TZ]|/)\s*[A-Z]?|[A-Z]{2,4}\s*[A-Z](?=\d)"
                 # (an old standard's year in two figures: 'GB 14554—93')
                 r"|T/[A-Z]{2,8}\s*|建标)-?[\d.]+(?:/\d{1,3})?(?:-\d{1,3})?\s*[—－-]\s*(?:(?:19|20)\d{2}|[5-9]\d)(?!\d)")
STANDARD_CODE_RE = regex.compile(STANDARD_CODE)
# A national or sector standard's code printed without its year, in brackets after its title: 'GB/T 4169'.
_STANDARD_NO_YEAR = r"(?:GB|[A-Z]{2,4}\d{0,6}/[TZ])\s*\d{2,6}(?:\.\d{1,3})?"
STANDARD_NO_YEAR = rf"{_STANDARD_NO_YEAR}(?=\s*[）)])"
STANDARD_NO_YEAR_RE = regex.compile(_STANDARD_NO_YEAR)
# A 文号's bracketed year and serial, after its 发文机关代字: '〔2022〕19号'; and the verb that may stand
# between it and the title it numbers: '…号文件印发的《…》'.
_YEAR_SERIAL = rf"{OPEN}\s*(?:19|20)\d{{2}}\s*{CLOSE}\s*第?\s*\d{{1,5}}\s*号"
# (and a line that ends in them, once a broken-off end is joined back: '…麒住建函〔2020〕88' + '号')
YEAR_SERIAL_END_RE = regex.compile(rf"{_YEAR_SERIAL}\s*$")
# ('…以路政发〔2023〕18号印发了《…》', '经区政府綦江府〔2020〕45号批复的《…》', '市政府以舟政发〔2018〕21号出台的《…》';
# or sent up by the one who wrote it: '你市以绵府函〔2023〕97号报来的《…的函》')
_ISSUED = r"(?:印发|下发|转发|批复|出台|发布|颁布|报来|报送|上报|呈报)?[的了]?"
# Who issues an order or a 公告, after a verb or a mark: '国务院', '农业农村部', '省人民政府'.
_ORDER_ISSUER = r"(?:自治[区州县旗]|[^\P{Han}按据依照参执见经于在自以]){1,16}?(?:部|委|局|署|院|厅|政府|办公厅|委员会|办)"
# (or several, issuing jointly: '教育部、国家市场监督管理总局、国家卫生健康委员会令第45号', '生态环境部等6部门令第28号')
_ORDER_ISSUERS = rf"(?:{_ORDER_ISSUER}、)*{_ORDER_ISSUER}(?:等\s*[\d一二三四五六七八九十]{{1,2}}\s*个?部(?:门|委))?"
# A verb the issuer's run took in before the issuer's name: '防治药剂均选用农业农村部公告第269号' -> 农业农村部公告第269号,
# '…日起施行的教育部、…令第45号' -> 教育部、…令第45号, '我部会同有关部门发布生态环境部等6部门令第28号'.
# An order's or a 公告's number after 令 or 公告, its year maybe before it: '令第33号', '公告2023年第13号', '令2022年第42号'.
_ORDER_SERIAL = r"(?:令|公告)\s*(?:(?:19|20)\d{2}\s*年\s*)?第\s*\d{1,5}\s*号"
# An order or a 公告 by its issuers and number, alone: '海关总署公告2023年第61号', '交通运输部令2018年第4号'.
ORDER_NUMBER_RE = regex.compile(rf"{_ORDER_ISSUERS}(?:{_ORDER_SERIAL}|(?:(?:19|20)\d{{2}}年)?第\d{{1,5}}号令)")
# (or what the office does by it: '并落实海关总署公告2018年第194号' -> 海关总署公告2018年第194号)
ORDER_LEAD_IN_RE = regex.compile(r"^.*(?:选用|采用|使用|适用|发布|印发|公布|颁布|会同|落实|贯彻|遵循|遵守|对照|结合|的|了|是)")
# The words that say a 文号 is a document's: '文号为', '文件编号是：'.
_NUMBER_SAID = r"(?:文号|文件编号|编号)(?:为|是)\s*[:：]?"
# Matches: '《云南省“十四五”城乡社区服务体系建设规划》（云政办发〔2022〕29号）', '《岳阳县“十三五”水利规划》'.
CITED_RE = regex.compile(
    rf"(?:{OPEN}\s*(?P<before>[^（）()《》]{{2,30}}?号)\s*{CLOSE}\s*(?:函|文|印发的?|下发的?)?\s*"
    # or a 文号 without brackets, after a verb or the addressee it came from: '印发了绵府办发〔2022〕19号《…》',
    # '你委川发改函〔2023〕412号《…》', '出台了温政发〔2023〕8号文件《…》'
    # ('陕河长办发〔2021〕6号文件（即《…》）')
    # (or with its issuers after it: '依据皖交路〔2020〕71号省交通运输厅、省财政厅《…》', '…3号省安委会《…》')
    # (or two, of the issuers who issued it jointly: '以桂司通〔2022〕45号、桂财行〔2022〕61号联合印发《…》')
    rf"|(?P<before_bare>[\p{{Han}}A-Za-z]{{1,12}}{_YEAR_SERIAL})(?:\s*、\s*(?P<before_bare2>[\p{{Han}}A-Za-z]{{1,12}}{_YEAR_SERIAL}))?"
    rf"\s*(?:文件|文|函)?\s*(?:{OPEN}\s*即\s*)?"
    rf"(?:(?![和及与并])(?:{_ORDER_ISSUER}会?、)*{_ORDER_ISSUER}会?\s*)?(?:联合|共同)?{_ISSUED}\s*"
    # or a standard's code: 'JT/T 1106—2016《农村公路客运站点建设规范》'
    # (or with the word before the title: 'GB/T 19095—2019标准《生活垃圾分类标志》')
    # (or without its year: 'GB/T 8321《农药合理使用准则》')
    rf"|(?P<before_code>{STANDARD_CODE}|{_STANDARD_NO_YEAR}(?=\s*《))\s*(?:(?:国家|行业|地方|团体|企业)?标准)?\s*"
    # or an order by its number, kept as printed: '国务院第793号令公布的《城市公共交通条例》'
    # (or a standing committee's 公告: '福建省人民代表大会常务委员会公告第34号公布的《…》')
    # (or in the year's form: '交通运输部、…、国家网信办2016年第60号令《…》')
    # (or with its year after 令: '农业部令2014年第1号《渔业船舶船名规定》')
    rf"|(?P<before_order>{_ORDER_ISSUERS}\s*(?:令\s*(?:(?:19|20)\d{{2}}\s*年\s*)?第\s*\d{{1,5}}\s*号|(?:(?:19|20)\d{{2}}\s*年\s*)?第\s*\d{{1,5}}\s*号\s*令"
    rf"|公告\s*第\s*\d{{1,5}}\s*号))"
    # (or the order that revised it: '我部以农业农村部令2022年第2号修订发布《…》')
    r"\s*(?:(?:修订|修正|修改)?(?:公布|发布|颁布|印发))?的?\s*)?"
    # (the numbers of two titles in one bracket may be introduced: '（分别为X〔2022〕68号、Y〔2022〕31号）'; one said to
    # be its number: '《…方案》（文号为藏林草发〔2023〕41号）')
    # (a joint order's issuers set apart by spaces make a long number: '（交通运输部 工业和信息化部 … 令2019年第46号）';
    # a standard's code may lack its year: '（GB/T 4169）')
    # (the words that say when it was issued may stand between: '《…办法（试行）》已于今年3月印发（冀环土壤〔2023〕21号）')
    # (or the kind of standard it is, before its code: '《柳州螺蛳粉》团体标准（T/LZLSF 001—2021）')
    rf"《(?P<title>(?:[^《》]|《[^《》]*》)+)》\s*(?:(?:已|于|已于|在)[^，,。；;：:《》（）()]{{0,10}}?(?:印发|出台|发布|下发|公布|颁布)\s*(?={OPEN})"
    rf"|(?:国家|行业|地方|团体|企业)\s*标准\s*(?={OPEN}\s*(?:{STANDARD_CODE}|{STANDARD_NO_YEAR})\s*{CLOSE})"
    # (or its edition, in brackets of its own before the 文号's: '《…指导纲要》（2012年修订）（教基一〔2012〕15号）')
    rf"|{OPEN}\s*(?:19|20)\d{{2}}\s*年?\s*(?:修订|修正|修改)?\s*版?\s*{CLOSE}\s*(?={OPEN}[^（）()《》]{{2,60}}?号\s*{CLOSE}))?"
    rf"(?:{OPEN}\s*(?:分别为|分别是|依次为|{_NUMBER_SAID})?\s*(?P<number>(?:[^（）()]|[（(](?:19|20)\d\d[）)]|[（(]\p{{Han}}{{1,3}}[）)])"
    # (the verb that issued it may follow the number in the bracket: '（皖政办〔2022〕6号印发）')
    # (or a 公告's number, with its kind: '（2022年第22号公告）')
    # (or the first of several of its kind served, with 等: '《…指令书》（昆市监特令〔2023〕118号等）')
    rf"{{2,60}}?号(?:公告|令)?|{STANDARD_CODE}|{STANDARD_NO_YEAR})\s*(?:(?<=号)\s*等)?\s*(?:印发|下发|发布)?\s*(?:[，,；;、](?P<more>[^（）()]{{0,40}}))?{CLOSE})?"
)
# What may stand before an unbracketed 文号 and is no part of its 发文机关代字: cut up to its end ('并组织实施赣卫基层字
# 〔2020〕9号《…》' -> 赣卫基层字〔2020〕9号).
# (or a decision the office made or served: '…规定作出南市监罚〔2023〕316号《行政处罚决定书》'; or where it said
# something: '我委在渝教基发〔2023〕9号《…》中…'; or 按 alone: '…综合地价按云政发〔2023〕31号文件公布的标准执行'; or the office
# naming itself before its own: '…仍按我厅粤交基〔2024〕318号文执行')
CITED_LEAD_IN_RE = regex.compile(r"^.*(?:了|的|以|由|通过|印发|下发|转发|出台|制定|根据|按照?|依据|依照|遵照|对照|结合|参照|贯彻|落实|执行|实施|"
                                 r"作出|做出|下达|送达|在|"
                                 r"你[委局厅办府]|贵[委局厅办]|[我本][委局厅办府部]|和|及|与|、)")
# The issuer named right before an unbracketed 文号, cut off it where it ends in a unit named by three
# characters or more, or in its 办公室/办公厅, and two or more stand after it:
# '住房和城乡建设部办公厅建办城〔2022〕34号' -> 建办城〔2022〕34号, '省交通运输厅浙交〔2023〕86号' -> 浙交〔2023〕86号
# '市政府市政办发〔2020〕56号' -> 市政办发〔2020〕56号, '省教育厅等五部门黑教联〔2021〕47号' -> 黑教联〔2021〕47号
# (not '遵市委办发〔2023〕1号', '县政府办发〔2020〕3号').
CITED_ISSUER_RE = regex.compile(
    # an office named short, as 办: '省安委办川安委办〔2023〕15号' (three characters or more after it)
    r"^.*[省市县区州]\p{Han}{1,4}办(?!公)(?=\p{Han}{3})"
    # (or a committee, as 委会 or in full, maybe by its office: '省安委会陕安委〔2023〕6号', '省安全生产委员会陕安委〔2023〕6号',
    # '省安委会办公室冀安委办〔2024〕8号')
    r"|^.*(?:委员会|[省市县区州]\p{Han}{1,4}委会)(?:办公室)?(?=\p{Han}{2})"
    # (not a 代字 of two characters and 厅 right after the ministry or its 办公厅: '工业和信息化部办公厅工信厅通信〔2022〕
    # 31号' -> 工信厅通信〔2022〕31号)
    # (nor the unit's last character where the 代字 opens with it: '海关总署署税函〔2023〕8号' -> 署税函〔2023〕8号)
    r"|^.*(?:\p{Han}{3}(?:部|厅|委|局|署|院)(?<!(?:办公厅|部)\p{Han}{2}厅|部部|厅厅|委委|局局|署署|院院)|\p{Han}{1,2}政府(?![办发函])|\p{Han}(?:办公室|办公厅)|\p{Han}部门)(?=\p{Han}{2})"
    # a ministry named by its two-character full name, two characters after it ('财政部财预〔2021〕110号'; not a
    # 代字 that holds a ministry's short name: '工信部联规〔2021〕')
    r"|^.*(?:财政|商务|教育|民政|司法|公安|水利|外交|审计)部(?=\p{Han}{2})"
    # a bank ('中国人民银行财金〔2020〕21号')
    r"|^.*\p{Han}{2}银行(?=\p{Han}{2})"
    # a region named by its kind alone, which no 代字 opens with: '自治区新民发〔2021〕23号' -> 新民发〔2021〕23号
    r"|^.*自治[区州县旗](?=\p{Han}{2})"
    # a (leading) group: '区大气污染防治领导小组雁大气办〔2023〕12号' -> 雁大气办〔2023〕12号
    r"|^.*\p{Han}小组(?=\p{Han}{2})"
    # a fire brigade's corps: '省消防救援总队湘消〔2023〕17号' -> 湘消〔2023〕17号
    r"|^.*\p{Han}{2}(?:总队|支队|大队)(?=\p{Han}{2})"
    # a people's organisation: '省人社厅、省总工会赣人社字〔2024〕3号' -> 赣人社字〔2024〕3号
    r"|^.*\p{Han}(?:总工会|工会|妇联|团委|联合会)(?=\p{Han}{2})")
# A unit of two characters where a lead-in's 和 was cut inside its name ('文化和|旅游部文旅资源发〔2023〕61号'),
# three characters or more after it (not '遵市委办发〔2023〕1号'); only there, for a 代字 may open with two
# characters and 厅 ('工信厅企业函〔2023〕201号').
# (or the government named after its party committee, by the word alone: '自治区党委、|政府宁党发〔2024〕11号'; not
# a 代字 that opens 政府办, 政府发 or 政府函)
CITED_ISSUER_AFTER_AND_RE = regex.compile(r"^(?:\p{Han}{2}(?:部|厅|局|署|院)(?=\p{Han}{3})|(?:人民)?政府(?![办发函])(?=\p{Han}{2}))")
# A 文号 cited in brackets without a title: '按照区政府的办理意见(义案复[2020]48号)'; or bare, as '…号文'
# (a document by its number): '我厅已以冀文旅函〔2024〕156号文答复', '按照国办发〔2020〕23号文件要求', and
# by its number alone before what it asks: '按照余府办字〔2020〕38号要求', each of a list: '鲁教基字〔2022〕4号、
# 菏教发〔2022〕17号文件' (what stands before it is cut as a lead-in), '民发〔2023〕58号等文件', '…87号的要求',
# '鄂人社函〔2022〕121号转发的通知', '苏安委〔2024〕5号即《…》', '…12号第五条规定', '…33号印发的实施方案'.
CITED_NUMBER_RE = regex.compile(
    rf"{OPEN}\s*(?P<number>[\p{{Han}}A-Za-z]{{1,15}}\s*{_YEAR_SERIAL})\s*{CLOSE}"
    rf"|(?P<bare>[\p{{Han}}A-Za-z]{{1,15}}{_YEAR_SERIAL})(?=(?:\s*[、和及]\s*[\p{{Han}}A-Za-z]{{1,15}}{_YEAR_SERIAL})*"
    # (or an article of it before what it asks: '按照新人社发〔2021〕12号第五条规定')
    rf"(?:第[一二三四五六七八九十百]{{1,4}}条(?:第[一二三四五六七八九十]{{1,3}}款)?(?:的|有关|相关)?(?:规定|要求)?|"
    # (or before the verb that issued what the letter names without 《》: '以甘水发〔2021〕33号印发的实施方案')
    # (or what it says, after 中: '我们已在苏交公〔2022〕19号中作出部署')
    rf"文(?!件)|文件(?!\s*{_ISSUED}\s*《)|等文件|(?:的|有关|相关)?(?:精神|要求|规定|部署)|转发|即\s*《"
    r"|(?<=在[^，,。；;]{1,20})中\s*(?:作出|作了|明确|提出|要求|规定)"
    rf"|(?:印发|下发|出台)[的了]?(?!\s*《)\p{{Han}}"
    # (or the earlier reply it made: '我局已于6月以长城管函〔2025〕98号作出答复', or on what: '曾以交办运函〔2023〕1188号
    # 就…问题作了答复')
    rf"|(?:就[^，,。；;《》]{{2,30}}?)?(?:作出|作了|进行了?)(?:答复|回复)))"
    # (or right after the word that says the office goes by it, whatever follows: '按照农业农村部通告〔2019〕4号确定的
    # 时间'; not the number of a 《title》 after it, CITED_RE's), or after 以, the document the office acted by: '以渝北府办
    # 〔2024〕11号明确办理方案' (not 可以, 予以)
    rf"|(?<=(?:按照|根据|依据|依照|遵照|(?<![可所予加难得足])以)\s*)(?P<bare>[\p{{Han}}A-Za-z]{{1,15}}{_YEAR_SERIAL})(?!\s*(?:文件|文|函)?\s*[《〈(（])")
# A 公告 or 令 cited by its issuer and number, without 《》 or a bracketed 文号: '按国土资源部2006年第19号公告',
# '根据国务院令第588号', '根据省人民政府2018年第5号令', '自农业农村部公告第194号发布以来', '根据自治区人民政府
# 2021年第3号令', '海关总署公告2021年第63号'. The issuer starts after a verb or a mark.
CITED_BULLETIN_RE = regex.compile(
    # (a former ministry's without its 原: '根据原卫生部公告2012年第17号' -> 卫生部公告2012年第17号)
    # (or after a 《title》 and 和: '《…办法》和住房城乡建设部令第33号')
    # (or after 以, the order it was issued by: '…已由我部以农业农村部令2022年第2号公布实施')
    r"(?:(?<=(?:按|按照|根据|依据|依照|参照|执行|见|经|由|(?<![可所予加难得足])以|[，,。；;、：:（(\s]|》\s*[和及与]|^)原?)|(?<=自原?)(?!治[区州县旗])|^)"
    rf"(?!原)(?P<number>{_ORDER_ISSUERS}\s*"
    r"(?:(?:19|20)\d{2}\s*年\s*第\s*\d{1,5}\s*号\s*(?:公告|令)|"
    rf"{_ORDER_SERIAL}))")
# A newspaper, a programme or a book in 《》, not a document: '《西宁晚报》报道', '《中国环境报》上专题刊发',
# '中央电视台《远方的家》', '《长江新闻号》栏目', '《莆田木雕》一书', '《下陆矿冶故事》读本' (not '《…情况通报》');
# a news programme, a yearbook or a gazetteer by its name's end: '登上《湖北新闻》', '《白银区志》记载'; a headline
# ('以《…》为题报道'), plays, shows and albums: '《双合莲》、《补背褡》等传统剧目', '舞剧《丝路花雨》', '《…大展》巡展',
# '画册《热贡艺术》', a game; what an office compiled or wrote for readers, not issued: '编印了《…指南》', '编写的《…读本》';
# a book by its author ('蓝浦所著《景德镇陶录》'); journals and new media ('《煤炭科学技术》等期刊', '《乐都发布》等新媒体');
# what was performed ('合唱《…》', '实景演出《…》'), a book's stories ('《…》中的典故'), a place named after a text
# ('《…》诞生地'), what was printed by the copy ('印制《…明白卡》6万份'), books read and poems ('《…》等书目', '《…》等诗篇').
# (a transport trade's paper ends in 交通报, no 通报: '《中国交通报》对…作了专题报道')
MEDIA_TITLE_RE = regex.compile(r"(?:日报|晚报|早报|晨报|(?<![简快情公汇周年月季战捷喜电]|(?<!交)通)报|广电报|新闻|联播|年鉴(?:\s*[（(]?\d{4}[）)]?)?|(?<![标同])志|读本|发布)$")
MEDIA_BEFORE_RE = regex.compile(
    r"(?:电视台|卫视|频道|电台|广播|节目|栏目|纪录片|专题片|画册|图册|图书|书籍|丛书|专著|杂志|期刊|剧目|戏曲|电影|影片|歌曲|\p{Han}剧"
    # (what it is like may stand between: '编印了藏汉双语的《…手册》')
    r"|游戏|编[印写][了的]?(?:[^，。；《》]{1,8}的)?|印制[了的]?|所著|编著|著作|演出|合唱|演唱|传唱|朗诵|诵读|曲目|民歌|山歌|曲艺"
    r"|(?:刊登|刊发|发表|登载)[在于])\s*"
    # (or before the titles of its list that stand between: '编印了《…服务手册》和《冰城旅游地图》')
    r"(?:《[^《》]{1,60}》\s*[、和及与]?\s*)*$")
MEDIA_AFTER_RE = regex.compile(
    r"\s*(?:等[^，。；《》]{0,6}?)?上?\s*(?:专题|主题)?(?:一书|读本|丛书|画册|绘本|栏目|节目|专栏|专题片|纪录片|宣传片|微电影|杂志|频道|报道"
    r"|刊发|刊登|播出|发表|记载|为题|剧目|曲目|作品|歌曲|影片|巡展|展览|演出|期刊|新媒体|公众号|客户端"
    r"|书目|诗篇|诗词|诗文|名篇|篇目|课文|读物|书籍|图书"
    r"|中的(?:典故|故事|诗句|名句|人物)|诞生地|发源地|\d+(?:\.\d+)?万?余?(?:份|册|本|套)"
    # (a school subject, alone or first of a list of them: '与《道德与法治》、科学实践等课程结合')
    r"|(?:、[^、，,。；《》]{1,12}){0,4}等?(?:课程|学科|教材))")
# A booklet handed out to people, not a document: '为每位建档孕妇发放《母子健康手册》', '分发《…明白卡》'.
HANDED_OUT_RE = regex.compile(r"(?:发放|分发|派发|赠送|赠阅)[了的]?\s*$")
BOOKLET_RE = regex.compile(r"(?:手册|宣传册|明白卡|明白纸|读本|口袋书)$")
# The words a document's name ends in ('…管理办法', '…实施方案（2021—2025年）', '…认定书', '致家长的一封信', a treaty's
# '…协定', an agenda or a declaration: '2030年免疫议程', a ministry's catalogue of subjects: '职业教育专业简介', a map:
# '…城市内涝风险图', the pharmacopoeia that is the drugs' standard: '中华人民共和国药典'), or a name that opens as one
# does ('关于…'); not a certificate people obtain ('取得《职业技能等级证书》的'), which no letter relies on. A 《title》
# cited without a 文号 whose name ends in none of them names a show, a book or a song, not a document: '《鼎盛王朝·康熙大典》等演艺项目',
# '借鉴《丝路花雨》的…' (unless a standard or an issue is named beside it: DOCUMENT_BEFORE_RE, DOCUMENT_AFTER_RE).
# Matched against the name without the notes in brackets at its end ('（试行）', '（2021—2035年）', or one a web
# copy left open: '…规划（2021-2035年').
DOCUMENT_NAME_RE = regex.compile(
    r"^关于"
    r"|(?:法|法典|条例|规定|办法|细则|规则|意见|方案|规划|计划|纲要|通知|通报|通告|公告|公报|决定|决议|批复|函|请示"
    r"|报告|申请|标准|规范|规程|准则|导则|原则|指南|指引|要点|措施|目录|名录|清单|名单|大纲|章程|守则|制度|要求|指标|简介|议程|宣言"
    r"|预案|纪要|图集|图则|定额|(?<!证)书|表|信|协议|协定|条约|议定书|合同|备忘录|公约|令|答复|回复|说明|政策|文件|汇编|手册|体系|框架|路线图"
    r"|行动|工程|任务|安排|思路|分类|标志|划分|评定|条件|工作|草案|修正案|稿|版|图|预算|决算|药典|示范文本|范本"
    r"|记录|笔录|结果"  # (a published result: '《全国古树名木资源普查结果》'; an enforcement record the office makes: '《现场检查记录》')
    # (a package of measures named by their count: '《黑龙江省人才振兴60条》', '《稳经济十条》')
    r"|(?:\d{1,3}|[一二三四五六七八九十]{1,3})条)$")
# What names a 《title》 without a 文号 as a standard before it, a list of them named by it: '对照国家标准《儿童皮鞋》
# 《儿童旅游鞋》等'; or as a standard or an issue of a periodical after it: '按照《乡镇消防队》标准', '《柳州螺蛳粉》
# 地方标准', '《…》等团体标准6项', '（《社情民意》2024年第23期）'; or as a government's white paper ('…发布的《…》白皮书');
# or by its provisions ('《…工作机制》的有关规定'); or as a draft of one ('《…》修订稿', '《…》征求意见稿').
DOCUMENT_BEFORE_RE = regex.compile(r"标准\s*[:：]?\s*(?:《[^《》]+》\s*[、和及与]?\s*)*$")
DOCUMENT_AFTER_RE = regex.compile(
    # (or after the others of its list: '《柳州螺蛳粉》《…生产技术规范》等地方标准')
    # (or their count: '《艾绒》《艾条》两项团体标准')
    r"(?:\s*[、和及与]?\s*《[^《》]+》)*\s*(?:等[^，。；《》]{0,8}?|[\d一二两三四五六七八九十]{1,3}\s*[项个部件]\s*)?"
    r"(?:国家|行业|地方|团体|企业)?标准|\s*(?:(?:19|20)\d{2}\s*年\s*)?第\s*\d{1,4}\s*期|\s*白皮书"
    # (or as a draft of one: '《云南小粒咖啡生豆分级》修订稿已完成公开征求意见', '《…》征求意见稿', '《…》（草案）')
    r"|\s*[（(]?(?:修订|修改|征求意见|送审|报批|讨论)稿|\s*[（(]?(?:修订)?草案"
    # (or as what lays down rules, its provisions or what it provides: '根据《…法》和《…联防联控工作机制》的有关规定',
    # '《…机制》规定')
    r"|\s*的?\s*(?:有关|相关|具体)?\s*规定")
# The next title of a list after a 《title》: '、湖北卫视《长江新闻号》'.
# (or set right after it: '《东坡志林》《前赤壁赋》中的典故')
MEDIA_LIST_NEXT_RE = regex.compile(r"(?:[、和及与][^，。；《》]{0,8})?《[^《》]+》")
# The kinds of document a letter names again as 该…: '该规划', '该办法'.
_KINDS = r"规划|意见|通知|办法|方案|条例|规定|纲要|计划|细则|决定|措施|规范|指南|指引|导则"
# A document cited before, named again by its kind with its 文号 after it: '该规划（农机发〔2021〕5号）'.
SAME_DOCUMENT_RE = regex.compile(rf"该\s*(?P<kind>{_KINDS})\s*$")
# The words that point back to a document named before: '该', '这一', '这项', '此'.
_THIS = r"(?:该|这一|这项|此)"
# Or later in its sentence, issued by it: '该规划由自治区人民政府办公厅以宁政办发〔2020〕14号印发'.
# (or its 文号 in brackets after 印发: '该方案由区政府办公室于2019年印发（东政办发〔2019〕31号）')
SAME_DOCUMENT_ISSUED_RE = regex.compile(
    # (a clause or two may stand between: '该办法经市人民政府同意后，于2021年10月以市政府办公室名义印发（…）')
    rf"{_THIS}\s*(?P<kind>{_KINDS})[^。；《》]{{0,40}}?"
    # (or by the 文号 alone: '该规范由国卫办疾控发〔2023〕15号文件印发')
    rf"(?:(?:以|由(?=(?:(?!以)[\p{{Han}}A-Za-z]){{1,12}}{OPEN}))\s*(?P<number>[\p{{Han}}A-Za-z]{{1,12}}{_YEAR_SERIAL})\s*(?:文件|文)?\s*印发"
    rf"|印发\s*{OPEN}\s*(?P<number>[\p{{Han}}A-Za-z]{{1,12}}{_YEAR_SERIAL})\s*{CLOSE}"
    # (or after a comma, said to be its number: '该办法由市政府办公室于2023年印发，文号为郑政办〔2023〕41号')
    rf"|印发\s*[，,]\s*{_NUMBER_SAID}\s*(?P<number>[\p{{Han}}A-Za-z]{{1,12}}{_YEAR_SERIAL})"
    # (or said to be its number: '该规划的文号为林规发〔2023〕52号', an order's too: '该办法文号为浙江省人民政府令第392号')
    rf"|(?<={_THIS}\s*(?:{_KINDS})\s*的?\s*){_NUMBER_SAID}\s*(?P<number>[\p{{Han}}A-Za-z]{{1,12}}{_YEAR_SERIAL}"
    rf"|{ORDER_NUMBER_RE.pattern}))")
# A 文号 said to be the number of a document the letter names without 《》: '…制定了增设电梯规划管理规定，文号为
# 渝规资规范〔2022〕7号'.
NUMBER_SAID_ALONE_RE = regex.compile(rf"{_NUMBER_SAID}\s*(?P<number>[\p{{Han}}A-Za-z]{{1,12}}{_YEAR_SERIAL})")
# A 文号 the sentence gives after the title it names: '印发了《…规划》，文号为新政〔2021〕27号', '…》，文件编号为苏政发〔2024〕12号';
# or the one it was issued under, in the next clause: '出台《…实施意见》，并于同月以黔府办发〔2023〕9号文件印发各地'.
NUMBER_SAID_AFTER_RE = regex.compile(
    rf"[^。；;《》]{{0,12}}?(?:文号|文件编号)(?:为|是)?\s*[:：]?\s*(?P<number>[\p{{Han}}A-Za-z]{{1,12}}{_YEAR_SERIAL})"
    # (not the number of the title after it: '…》，省政府以浙政发〔2021〕13号文印发的《…》')
    rf"|[，,][^。；;《》，,]{{0,10}}?以\s*(?P<number>[\p{{Han}}A-Za-z]{{1,12}}{_YEAR_SERIAL})\s*(?:文件|文)?\s*(?:印发|下发|发布)"
    r"(?!\s*[了的]?\s*[《〈])"
    # (or set apart by commas right after it: '《…规划（2022—2030年）》，黑政办规〔2022〕19号，明确…')
    rf"|[，,]\s*(?P<number>[\p{{Han}}A-Za-z]{{1,12}}{_YEAR_SERIAL})\s*(?=[，,。；;])")
# An abbreviation, not a citation: '（以下简称《指导意见》）'; where it is defined: ABBREVIATION_DEFINED_RE.
ABBREVIATION_RE = regex.compile(r"简称\s*$")
ABBREVIATION_DEFINED_RE = regex.compile(r"简称\s*《(?P<short>[^《》]{1,20})》")

# Sentence ends: a line ending in one of these may end its paragraph.
SENTENCE_END_RE = regex.compile(r"[。！？!?；;：:…][”’」』）)]?\s*$")
# Where a full line may end its paragraph: not after '；', where a list of clauses runs on.
PARAGRAPH_END_RE = regex.compile(r"[。！？!?：:…][”’」』）)]?\s*$")

# 编目 (catalogue: keywords, office, meeting) --------------------------------------------------
# A segment that is no subject keyword: digits anywhere ('2023', 'S305'), no Chinese at all, an ordinal or
# a count ('第279号', '十三届', '二次', '一二'), a meeting ('四次会议', '市政协'). Matches: '十三届', '2023年', 'G651',
# '县政协'; not: '十四五' (a plan's name).
KEYWORD_NOISE_RE = regex.compile(
    r"[0-9０-９]|^[^\p{Han}]+$|^第|^[一二三四五六七八九十百千零〇两]+[届次号年月日条项个名位处件批期]?$"
    r"|(?:会议|政协|人大|人民代表大会|委员会)$")
# The office that a title names before 关于/对: '清远市农业农村局关于市政协…的函' -> 清远市农业农村局;
# '南宫市交通运输局对南宫市第九届…的答复' -> 南宫市交通运输局. Not '关于县十七届…' (no office before 关于).
OFFICE_IN_TITLE_RE = regex.compile(
    r"^(?P<office>[\p{Han}]{2,30}?(?:局|厅|委员会|委|办公室|人民政府|部|办事处|中心|署|分局|司|办))(?:关于|对)")
# A county-level unit at the start of a name: '于都县民政局' -> 于都县, '莫旗农牧业局' -> 莫旗,
# '西夏区贺兰山西路街道办事处' -> 西夏区, '高平市卫生…' -> 高平市. Not '市政府…' (nothing before 市).
COUNTY_RE = regex.compile(r"^(?P<county>\p{Han}{1,7}?(?:自治县|自治旗|县|区|旗|市))")
# Meeting term and session: '第十七届' / '十七届' -> 十七; '二次会议' / '第四次会议' -> 二, 四.
# Not '人大次会议' (a web copy that lost the number: no session).
MEETING_TERM_RE = regex.compile(r"第?(?P<n>[一二三四五六七八九十0-9]{1,4})\s*届")
MEETING_SESSION_RE = regex.compile(r"第?(?P<n>[一二三四五六七八九十0-9]{1,3})\s*次\s*(?:全体)?\s*会议")
# A year the letter states with the meeting: '2023年市政协…会议', '市政协2024年…'.
MEETING_YEAR_RE = regex.compile(r"(?P<y>(?:19|20)[0-9]{2})\s*年")
# Joint proposers split on the list marks; a trailing '等' / '等5名代表' is no name.
PROPOSER_SPLIT_RE = regex.compile(r"[、，,；;\s]+")
PROPOSER_TAIL_RE = regex.compile(r"等(?:[0-9一二三四五六七八九十]+[名位人])?(?:代表|委员)?$")

# Small tests of punctuation, digits and words the stages make -------------------------------------
# (compiled once here: a pattern passed to regex.search() as a string is looked up in regex's cache on
# every call, about 15 µs, more than the match itself)
# A mark that ends a sentence: '关于资金问题。我局…' splits after '。'. Not '，'.
SENTENCE_MARK_RE = regex.compile(r"[。！？!?]")
# A mark of a sentence or a clause (with '；'): '我局高度重视；' has one, a title or a name has none.
SENTENCE_PUNCT_RE = regex.compile(r"[。；;！!？?]")
# A line ending in a sentence's or a clause's mark: '…予以解决。', '…；'. Not '…的答复'.
CLAUSE_END_RE = regex.compile(r"[。；;]$")
# Running text: '我局收到后，高度重视。' has one. Not '关于…的答复' (a title) or '市交通运输局'.
RUNNING_TEXT_MARK_RE = regex.compile(r"[。，,；;]")
# A list or a sentence: '市交通局、市财政局', '…，…'. Not '王静代表：'.
LIST_OR_SENTENCE_MARK_RE = regex.compile(r"[，,。；;、]")
# What a 主送 never holds: '现答复如下：', '…。'. Not '，' or '、' (several units).
ADDRESSEE_STOP_RE = regex.compile(r"[。；;！!？?：:]")
# What the first line of a 主送 wrapped onto two lines never holds: a sentence's marks or a digit.
ADDRESSEE_PART_STOP_RE = regex.compile(r"[。；;：:！!？?\d]")
# What a head line before the date never holds: '…，2023年5月1日', '《…》'. Not '上海市人民政府'.
SIGNER_STOP_RE = regex.compile(r"[。，,；;！!？?：:“”《》]")
# A comma, full-width or ASCII: '各县人民政府，市政府各部门' is two units.
COMMA_RE = regex.compile(r"[，,]")
# The marks between listed names: '王五、赵六', '王五，赵六'.
LIST_SPLIT_RE = regex.compile(r"[、，,]")
# Signatories' names set apart: '张三、李四', '张三  李四'.
NAME_LIST_SPLIT_RE = regex.compile(r"[\s、，,]+")
# Names joined into a list: '王五、赵六', '王五和赵六'. Not '凤县交通运输局 阮绪平' (a unit, then one name).
NAME_JOINER_RE = regex.compile(r"[、，,和及]")
# Any punctuation or digit: a bare name ('王静') has none.
PUNCT_OR_DIGIT_RE = regex.compile(r"[\p{P}\d]")
# Four digits in a row (a year, a number): '2023'. Never in a signer's line.
FOUR_DIGITS_RE = regex.compile(r"\d{4}")
# Digits at the end, to be cut off: '县人大十八届二次会议3' -> 县人大十八届二次会议.
TRAILING_DIGITS_RE = regex.compile(r"\d+$")
# A line ending in a full stop: '…区政府办公室。'. Not '…区政府办公室'.
FULL_STOP_END_RE = regex.compile(r"[。.]\s*$")
# One or two Chinese characters alone (matched whole): ' 平 ', '建华' (a name broken over two lines).
ONE_OR_TWO_HAN_RE = regex.compile(r"\s*\p{Han}{1,2}\s*")
# Whitespace, to be cut out: '发 文 字 号' -> 发文字号.
WHITESPACE_RE = regex.compile(r"\s+")
# What is left of a chrome line once its chrome is cut: spaces, punctuation, bars ('【 】 |').
SPACE_OR_PUNCT_RE = regex.compile(r"[\s\p{P}|]")
# What may follow a date on its own line: spaces, a full stop ('2023年9月5日。') and a seal note
# ('2023年9月5日（盖章）').
DATE_TRAILER_RE = regex.compile(rf"[\s。.]|{SEAL_NOTE}")
# Full stops and spaces ending a list item: '区政府办公室。' -> 区政府办公室.
TRAILING_STOPS_RE = regex.compile(r"[。.\s]+$")
# What a class means, in brackets after it at the foot: '办理结果：A类（所提问题已经解决或基本解决）'.
CLASS_MEANING_RE = regex.compile(r"[（(][^（）()]{2,20}[）)]$")
# A short bracket at the end of a name: '…林业厅（局）', '…人民政府（办事处）'.
TRAILING_BRACKET_RE = regex.compile(r"[（(][^（）()]{1,6}[）)]$")
# Brackets left empty once their content was cut out: '〔 〕', '（）'.
# Separators alone, once the elements between them are cut out of a head line: '／', '|', '；'.
# (and a bracket left alone where an extractor split a mark over two lines: '［B类' / '主动公开］' -> '］')
SEPARATORS_ONLY_RE = regex.compile(r"[\s/／|｜│\\、，,；;·・〔〕【】\[\]［］（）()〈〉]+")
EMPTY_BRACKETS_RE = regex.compile(r"[〔【\[（(［]\s*[〕】\]）)］]")
# A website's column tag before a title: '【建议提案办理】江门市交通运输局关于…' (a class mark, '【A类】', is read
# before this is cut).
TITLE_WEB_TAG_RE = regex.compile(r"^[【\[]\s*\p{Han}{2,12}\s*[】\]](?=\p{Han})")
# A 文号 appended to a title in brackets: '…的复函（川林函〔2020〕74号）', '…的答复川林函〔2020〕74号'.
# (in any of the brackets: '…的复函［名林函〔2023〕29号］')
# (glued to the title, its 代字 starts after the title's 文种, and holds no 的 or 号: '…提案的答复函晋农函[2026]7号' ->
# 晋农函[2026]7号, not 号提案的答复函晋农函[2026]7号)
TITLE_DOC_NUMBER_RE = regex.compile(
    rf"{OPEN}?(?:(?<={TITLE_END_BEFORE_CODE})(?<!复(?=函))|(?<!\p{{Han}}))(?:(?![的号])\p{{Han}}){{1,15}}[〔【﹝\[（(［]\d{{4}}[〕】﹞\]）)］]第?\d+号{CLOSE}?$")
# A 文号 in brackets right after a 《title》: the document cited, not the suggestion answered:
# '《关于交办区政协提案的通知》（金政督字〔2024〕15号）转来的…'.
DOC_NUMBER_AFTER_RE = regex.compile(r"\s*[（(]\s*[\p{Han}]{1,15}[〔【﹝\[（(]\d{4}[〕】﹞\]）)]\s*第?\s*\d+\s*号\s*[）)]")
# The start of a line that carries on a title's phrase: '的通知', '和…', '（试行）', '函', '复函', and a
# sub-title after a dash ('——关于加强…的建议'). Not '市交通运输局' (another element).
TITLE_GOES_ON_RE = regex.compile(r"[的之和及与并（(〔【\[]|复?函|——")
# A note after a title that two suggestions were answered together: '…的答复（第27号、第31号建议合并办理）'.
# It is no part of the title, nor is how the office handled it: '…的答复（主办件）', '（牵头办理）', '（补充答复）', nor
# that it is its result, made public: '（提案办理结果）', '（代表建议办理结果公开）'. Not
# '（试行）', not '（关于…的建议）', not what part of the reply is printed: '（摘要）' (fc-001 keeps it).
# How the office handles the suggestion: '主办件', '协办'.
_HANDLED_AS = r"(?:主办|协办|会办|分办|单办)件?"
MERGE_NOTE_RE = regex.compile(
    rf"[（(](?:[^（）()]{{0,40}}(?:合并|并案|一并)(?:办理|答复)[^（）()]{{0,10}}|{_HANDLED_AS}|牵头(?:办理)?"
    r"|补充答复|(?:二次|再次)答复"
    # (or that it is its result, made public: '（提案办理结果）', '（代表建议办理结果公开）')
    r"|[^（）()]{0,8}办理结果(?:公开)?)[）)]$")
# The same alone in brackets on a head line: '［协办］', '（主办件）', or bare: '会办'. No class, no title.
HANDLED_AS_ALONE_RE = regex.compile(rf"\s*(?:[（(〔［\[【]\s*{_HANDLED_AS}\s*[）)〕］\]】]|{_HANDLED_AS})\s*")
# The last line of a title that wrapped after a 文种-like word ('…审议意见' / '研究处理情况的报告'): it ends the
# title again with '的' and a 文种, and opens no title of its own (no 关于/对…). Matched against the line.
# (a note on what is printed may follow: '办理情况的答复（摘要）')
# (or it opens with the suggestion's title in 《》: '…代表建议、批评和意见' / '《关于…的建议》（第78号）的答复')
TITLE_LAST_LINE_RE = regex.compile(
    rf"^(?!关于|对于|对)(?:《[^《》]{{2,80}}》)?[^，。；:：]{{0,20}}的(?:{'|'.join(DOC_TYPES)})(?:[（(][^（）()，。]{{1,10}}[）)])?$")
# A 公开 value's '此件' before it: '此件公开发布' -> 公开发布.
PUBLICITY_PREFIX_RE = regex.compile(r"^[此本]\p{Han}{0,2}件已?")
# A unit and the service its line is for, no one's name: '我局企业服务电话', '区教育局招生咨询电话', '我局物业管理服务
# 电话' (the phone's kind cut: '企业服务' -> 我局企业, '招生咨询' -> 区教育局招生); not a person after it ('我局张某').
# (not the 办 of 办公室: '镇党政办公室李某' is the office, then a person)
UNIT_THEN_SERVICE_RE = regex.compile(rf"(?:\p{{Han}}*?(?:局|委|办(?!公)|室|科|股|处|中心|院|厅|部)|(?:我|本)\p{{Han}})(?![{_SURNAMES}])\p{{Han}}{{2,4}}")
# A contact given in brackets inside the body's last paragraph: '如有疑问，请与物业管理科联系（联系人：苟某，
# 电话：0816-2216583）。' -> the bracket's content. Must not match a bracket without a label.
CONTACT_IN_TEXT_RE = regex.compile(r"[（(]\s*(?P<value>(?:联\s*系\s*人|联系方式|联系电话)\s*[:：][^（()）]{2,80}?)\s*[）)]")
# A contact given in the sentence of the body's last paragraph: '如需进一步沟通，可联系我局社会事务科杨某，电话：
# 0816-2253167。', '请与某科王某联系，联系电话：…', '请与我局某股刘某联系（电话：0751-…，138…）',
# '可拨打我局物业监管科电话0731-88079135反映', '可拨打区供热服务热线0357-2093110反映'. Who: a unit, a name, or
# both glued; before 热线 the service the line is for (no one's name, figures allowed: '我局24小时服务热线'), and
# after it a service number too ('城管服务热线0774-12319'); the phone's kind is no part of who: '请拨打我局值班电话…'
# -> 我局, '可拨打我局投诉举报电话…' -> 我局; nor is a hotline without its number named first: '可拨打12345热线或我局监督电话…' -> 我局; nor 联系人
# unlabelled: '…联系，联系人张某，电话：…' -> 张某.
CONTACT_SENTENCE_RE = regex.compile(
    # (or the one who handles it, said to be the person: '我局负责此事的同志为生态修复处范某，联系电话029-…')
    rf"(?:联系人|联系(?!人)|与|拨打|致电|(?<=[可请]\p{{Han}}{{0,6}})咨询|(?<=负责\p{{Han}}{{0,6}}的(?:同志|工作人员))(?:为|是))"
    # (a line named without its number first, a phone's too: '可拨打供热企业报修电话或市供热服务热线0471-…')
    rf"(?:[\p{{Han}}\d]{{2,20}}?(?:热线|电话)\s*(?:{_HOTLINE}(?!\d))?\s*[或和及、])?"
    # (or the phone in brackets right after who: '请致电我局商贸流通股（0754-83812476）')
    # (a unit's name may hold a bracket: '请与镇农业（畜牧业）发展服务中心王某联系')
    rf"(?:(?P<who>(?:\p{{Han}}|[（(]\p{{Han}}{{1,8}}[）)]){{2,30}}?)(?:(?:[，,\s（(]|联系)*(?:\d{{1,2}}\s*小时|\d{{4,6}})?(?:联系|值班|办公|咨询|投诉|举报|监督|服务|应急){{0,3}}"
    # (or the unit's phone glued right after it: '可致电镇党政办0579-88601243', '…执法局执法大队0731-85898613')
    rf"(?:电话|手机|专线)|\s*[（(](?=\s*\d)|(?<=[办局室科股处站所队]|中心)(?=0\d{{2,3}}[-－]?\d{{7,8}}))"
    rf"|[\p{{Han}}\d]{{2,30}}?(?P<hotline>热线))\s*[:：为是]?\s*"
    rf"(?P<phone>{PHONE_RE.pattern}|(?(hotline){_HOTLINE}(?!\d)))")
# A service line's number before its name in a sentence, given for questions: '可拨打12393医保服务热线咨询', the
# place or unit it serves before it too ('可拨打陕西省12393医保服务热线咨询') (not a line to report on: '可拨打12319城管
# 服务热线反映', '可随时拨打12345热线反映').
NUMBER_THEN_HOTLINE_RE = regex.compile(
    rf"(?:拨打|致电)\s*\p{{Han}}{{0,12}}?(?P<phone>{_HOTLINE}|{PHONE_RE.pattern})\s*\p{{Han}}{{0,10}}?(?:热线|专线|服务电话)"
    r"(?=\s*(?:进行)?(?:咨询|联系))"
    # (or after the line's name, in brackets with the city's code: '可拨打12345政务服务便民热线（0931-12345）咨询')
    rf"|(?:拨打|致电)\s*[\p{{Han}}\d]{{0,20}}?(?:热线|专线|服务电话)\s*[（(]\s*(?P<phone>{_HOTLINE})\s*[）)]"
    r"(?=\s*(?:进行)?(?:咨询|联系))"
    # (or a phone alone right after the verb: '如对本答复有疑问，可在工作日拨打022-28347652咨询')
    rf"|(?:拨打|致电)\s*(?P<phone>{PHONE_RE.pattern})(?=\s*(?:进行)?(?:咨询|联系))")
# A unit the sentence sends the reader to, its phone labelled after it: '可向长塘镇人民政府反映，联系电话0772-2518036'
# (a phone that names no one); a unit's name may hold a bracket: '请与镇农业（畜牧业）发展服务中心联系，电话：…'.
UNIT_THEN_PHONE_IN_TEXT_RE = regex.compile(
    rf"(?:向|与)\s*(?:\p{{Han}}|[（(]\p{{Han}}{{1,8}}[）)]){{2,30}}?(?:反映|联系|咨询|举报|投诉)\s*[，,]\s*(?:联系|咨询|举报|投诉)?电话\s*[:：为是]?\s*"
    rf"(?P<phone>{PHONE_RE.pattern})")
# The same labelled in the sentence, without brackets: '…请与我局耕地保护股联系，联系人：何某，电话：0816-2297315。'
CONTACT_LABELLED_IN_TEXT_RE = regex.compile(
    rf"(?P<value>联\s*系\s*人\s*[:：][^，,；;。:：]{{1,20}}[，,；;\s]*(?:联系)?(?:电话|手机)\s*[:：]?\s*{PHONE_RE.pattern})")
# The brackets around a whole contact line: '（联系人：张三，电话：…）。', the opening one and the closing one.
CONTACT_OPEN_RE = regex.compile(r"^\s*[（(]")
CONTACT_CLOSE_RE = regex.compile(r"[）)]\s*[。.]?\s*$")
# A contact label that may name a person: '联系人', '姓名', '分管领导', '联系方式', '联络员'. Not '联系电话'.
PERSON_LABEL_RE = regex.compile(r"人|姓名|领导|方式|拟稿|联络员")
# The lead proposer's mark after a name: '张某代表（领衔）' (cut before the names are read).
LEAD_MARK_RE = regex.compile(r"[（(]\s*(?:领衔|领衔人|牵头)\s*[）)]")
# 代表/委员 after each of several names: '王五代表、赵六代表' -> 王五、赵六.
PROPOSER_TITLE_RE = regex.compile(r"(?:人大|政协)?(?:代表|委员)(?=[、，,])")
# Where an opening splits into sentences: after '。' or '！'.
OPENING_SENTENCE_SPLIT_RE = regex.compile(r"(?<=[。！!])")
# A greeting, a sentence of its own: '您好！', '你们好。' (matched whole).
GREETING_SENTENCE_RE = regex.compile(r"(?:您|你们?)好[！!。]?")
# Where the answer begins: '现答复如下：'.
AS_FOLLOWS_SPLIT_RE = regex.compile(r"如下\s*[:：]")
# A suggestion's title named in 《》 or “”: '对…《关于加快…的建议》的答复' -> 关于加快…的建议; or in round brackets
# after its number and kind: '对…第4215号建议（关于支持…的建议）的答复'.
PROPOSAL_TITLE_QUOTED_RE = regex.compile(r"《(?P<t>[^《》]{4,120}(?:建议|提案|议案))》|“(?P<t>关于[^“”]{2,120}(?:建议|提案|议案))”"
                                         r"|(?:建议|提案|议案)[（(](?P<t>关于[^（）()《》]{2,120}(?:建议|提案|议案))[）)]")
# A suggestion's title as the letter's sub-title, after a dash or in brackets at its end:
# '…第56号建议的答复——关于加强校园周边交通安全管理的建议', '…的答复（关于继续加强…的建议）' -> 关于….
# (or named unquoted right after its meeting or number, before the letter's own 文种: '…关于区十八届人大六次会议关于加强…
# 的建议的协办意见', '…会议第235号关于推动…的提案的答复', '…的建议的答复函')
# The kinds of letter that answer a suggestion, after its title in the letter's ('…的提案答复的函', '…的建议的协办意见').
_REPLY_KIND = r"(?:答复(?:的?函)?|回复(?:的?函)?|复函|函|协办意见|会办意见|办理意见)"
PROPOSAL_SUBTITLE_RE = regex.compile(r"(?:——|[（(])(?P<t>关于[^（）()《》—]{4,120}(?:建议|提案|议案))[）)]?$"
                                     r"|(?<=会议|号)(?P<t>关于[^（）()《》—，。]{4,120}?的(?:建议|提案|议案))的?"
                                     rf"(?:{_REPLY_KIND}|意见)$")
# A letter's title that is the suggestion's title and the letter's 文种, with nothing else to name the suggestion
# (no meeting, number or proposer): '某局关于增设城区公共厕所的建议的答复函' -> 关于增设城区公共厕所的建议 (or '…的提案答复的函').
# (or after the number and kind the title names first: '关于第45号提案关于促进…的提案的答复')
PROPOSAL_AS_TITLE_RE = regex.compile(r"^[\p{Han}\d]{0,40}?关于(?:对)?(?P<t>(?:(?!会议|第|号|代表|委员|所提|提出)[^“”（）()])"
                                     rf"{{4,120}}?的(?:建议|提案|议案))的?{_REPLY_KIND}$")
# The suggestion's title named by a sentence of the opening after the one that names it received: '您提出的第72号提案
# 收悉。提案题目为《关于…的提案》，…'.
PROPOSAL_TITLE_SAID_RE = regex.compile(r"(?:题目|标题|名称|案由)\s*(?:为|是)\s*[:：]?\s*《(?P<t>[^《》]{4,120})》")
# The kind a title or an opening ends in: '关于…的提案' -> 提案.
PROPOSAL_WORD_END_RE = regex.compile(r"(建议|提案|议案)$")
# The kind an opening says it received: '您提出的…建议（第12号）已收悉' -> 建议.
PROPOSAL_RECEIVED_RE = regex.compile(r"(建议|提案|议案)\s*(?:[（(][^）)]*[）)])?\s*已?收悉")
# Before a meeting's name, the issuer and its 关于/对: '鹿阜街道办事处对县第十七届人大…' splits at 对; the
# proposer and 提出的/所提: '陈某代表提出的区十九届人大四次会议', '李某委员所提区政协二届三次会议'.
# (and what the letter asks about the suggestion: '关于申请调整区十九届人大四次会议第133号建议承办单位的函')
# (or asks to answer later: '关于延期答复区十七届人大四次会议第0156号建议的函')
CONGRESS_LEAD_SPLIT_RE = regex.compile(r"关于对?|对于?|所?提出的|所提|(?:申请)?(?:调整|变更|更改|延期答复|延期办理|推迟答复)")
# The lead deputy or member named in brackets in the opening: '…建议《…》（领衔代表：陈某）收悉'.
# (or the proposer so labelled: '（提案人：张某委员）', '（建议人：李某等代表）' -> 张某, 李某等; or by their standing:
# '（代表：张某）', '（委员：王某）')
LEAD_NAMED_RE = regex.compile(
    rf"[（(]\s*(?:领衔(?:代表|委员|人)|提案人|建议人|提出人|代表|委员)\s*[:：]\s*(?P<who>[\p{{Han}}{NAME_DOTS}]{{2,12}}?"
    # (or several, each with its role or none: '（提案人：李某、赵某委员）' -> 李某、赵某)
    rf"(?:(?:代表|委员)?、[\p{{Han}}{NAME_DOTS}]{{2,12}}?)*)"
    r"(?:\d+[位名])?(?:代表|委员)?\s*[）)]")
# The opening says the unit addressed made the suggestion itself: '贵委提出的…', '贵会在…会议上提出的…'
# (not '贵委转来的…': it passed someone's on).
# (or after the suggestion named first: '…第0131号提案《…》由贵委提出，…')
PROPOSED_BY_ADDRESSEE_RE = regex.compile(
    r"^(?:现将?|对)?贵(?:委|会|单位|组|党|社|部|院|中心)?(?:在[^，。,]{2,40}?(?:会议|期间)[上中]?)?(?:所|联名|集体)?提(?:出|交)?的"
    r"|^[^，。,；;]{2,160}?由贵(?:委|会|单位|组|党|社|部|院|中心)?(?:所|联名|集体)?提(?:出|交)")
# No proposer: a meeting, an office, a pronoun, all addressed ('市政府', '您', '贵委转来的…', '…局', '各位'), the
# presidium that referred it ('主席团交付审议的…'), the
# kind of suggestion itself ('关于提案提出的…'). Not '九三学社', '刘某',
# nor a name that holds 次 or 贵 ('次仁卓玛', '王贵林').
NOT_PROPOSER_RE = regex.compile(r"会议|届|[一二三四五六七八九十]次|政府|我|你|您|^贵|[局委办厅]$|^(?:各位|全体)$|主席团"
                                 r"|^(?:建议|提案|议案)$")  # (the kind itself: '关于提案提出的…建议')
# A delegation before a deputy's name: '信丰县代表团刘某' -> 刘某.
# Likewise a member's sector: '经济界别黄某委员' -> 黄某.
DELEGATION_PREFIX_RE = regex.compile(r"^.*?(?:代表团|代表组|委员组|界别)(?=\p{Han}{2})")
# The office before a deputy's or member's name: '省人大代表韩某同志', '市政协委员张某' (then the name alone), '区政协罗某委员'
# (not a sector's or group's members: '区政协经济界别委员').
OFFICE_BEFORE_NAME_RE = regex.compile(
    r"^(?P<greeting>尊敬的)?[\p{Han}]{0,4}?(?:人大代表|政协委员|(?<=^(?:尊敬的)?[省市县区旗州]?)(?:人大|政协)(?=[\p{Han}]{2,4}(?:代表|委员)$)(?!\p{Han}*(?:界别|组|团)))"
    # (several names after it: '市人大代表郝某、乔某、温某')
    r"(?=[\p{Han}、]{2,}(?:同志|代表|委员)$|(?P<bare>[\p{Han}]{2,4}(?:、[\p{Han}]{2,4})*$))")
