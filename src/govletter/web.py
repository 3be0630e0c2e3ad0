"""Printouts of web pages and law databases: a metadata box above the document and page chrome.

Government sites and databases print a box of labelled fields (``发文机关：``, ``发文字号：``,
``发布日期：``, ``时效性：``) above the letter, and chrome (breadcrumbs, ``浏览量``, ``【字体：大 中 小】``,
``打印本页 关闭窗口``) around it. Chrome lines are dropped wherever they are. Metadata lines near the
top are taken out of the text only when they form a box (two or more labels), and their values fill
elements the document itself lacks (the letter's own text always wins; a warning says when a value
came from the box). A metadata line is never a title.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

import regex

from .extract.base import Document, Line
from .patterns import (
    ADDRESSEE_UNIT_RE,
    HANDLING_LABELLED_RE,
    METADATA_LABELS,
    PUBLICITY_LABELLED_RE,
    SPACE_OR_PUNCT_RE,
    WHITESPACE_RE,
)

# How far down the document (in lines) a metadata box may stand.
BOX_WINDOW = 30

# A breadcrumb's mark between its crumbs, and one crumb: '>', '»'; '政务公开'.
_CRUMB_MARK = r"[>»›＞≫]"
_CRUMB = rf"\p{{Han}}(?:(?!{_CRUMB_MARK})\S){{1,19}}"
_CHROME_RE = regex.compile(
    r"(?:当前位置|您的位置|您现在的位置|现在位置)\s*[:：].*"
    r"|^\s*首页\s*[>»›/＞》≫].*"  # (OCR reads '»' as '》')
    # (or from the site's own name, its crumbs set apart by two marks or more: '武汉市财政局 > 政务公开 > 建议提案办理')
    rf"|^\s*{_CRUMB}(?:\s*{_CRUMB_MARK}\s*{_CRUMB}){{2,}}\s*$"
    # the site's links to the files of the page: '相关附件：附件1.…核定表.docx', '附件下载：…'
    r"|^\s*(?:相关附件|附件下载)\s*[:：].*$"
    # a navigation bar: '首页 政务公开 政策文件 政务服务 互动交流' (not '首页设计方案…')
    r"|^\s*首页(?:\s+\p{Han}{2,6}){2,}\s*$"
    # a browser's print header and footer: '12/4/26, 5:06 PM <page title>', '2024/3/8 上午10:05 <title>',
    # 'https://www.gov.cn/zhengce/content.htm 1/2'
    r"|^\s*\d{1,4}/\d{1,2}/\d{1,4},?\s+(?:上午|下午)?\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s.*)?$"
    r"|^\s*(?:https?|file)://\S+\s+\d+\s*/\s*\d+\s*$"
    r"|(?:浏览(?:量|次数)|访问(?:量|次数)|阅读(?:量|次数)|点击(?:量|数))\s*[:：]?\s*\d*"
    r"|[【\[]?\s*字\s*[体号]\s*[:：]\s*[大中小\s]+[】\]]?"
    r"|[【\[]?\s*(?:打印本页|关闭窗口|打印|关闭|收藏|分享到|返回顶部|扫一扫在手机打开当前页)\s*[】\]]?"
    # a pager row between the parts of a letter a site split over pages: '上一页　1　2　下一页', '共2页 首页 上一页 1 2'
    r"|^\s*(?:(?:首页|尾页|末页|共\s*\d{1,3}\s*页|\d{1,3})\s*)*(?:上一页|下一页)"
    r"(?:\s*(?:首页|尾页|末页|上一页|下一页|共\s*\d{1,3}\s*页|\d{1,3}))*\s*$"
    # the links to the site's previous and next documents: '上一篇：关于…的答复'
    r"|^\s*[上下]一篇\s*[:：].*$"
    # a watermark's words, set on lines of their own by the copy: '仅供查阅'
    r"|^\s*(?:仅供查阅|仅供参考|内部资料|复印无效|注意保存)\s*$"
)
# A breadcrumb an extractor set one word a line, its separators lost ('首页' / '政务公开' / '建议提案办理'):
# '首页' alone near the top, then short words up to the document.
_CRUMB_HOME_RE = regex.compile(r"^\s*首页\s*$")
_CRUMB_RE = regex.compile(r"^\s*\p{Han}{2,6}\s*$")
# How far down the first page the home link of such a breadcrumb may stand.
CRUMB_WINDOW = 5
_LABEL_RE = regex.compile(rf"(?P<label>{METADATA_LABELS})\s*[:：]\s*")
# A line of running text, a sentence's end in it: the letter's paragraphs have begun.
_PARAGRAPH_LINE_RE = regex.compile(r"\p{Han}{8}[^:：]*[。！？]")
_LINE_START_RE = regex.compile(rf"^\s*(?:{METADATA_LABELS})\s*[:：]")

# metadata label -> the Letter element it can stand in for
# (发文机关 is not the 署名: a letter printed without its signature line has no signer, whatever the
# site says issued it.)
FIELD_OF = {"发文字号": "doc_number", "文号": "doc_number", "成文日期": "date", "公开方式": "publicity",
            "标题": "title", "名称": "title"}


def is_chrome(text: str) -> bool:
    """A line of page chrome only: nothing is left once the chrome is cut out."""
    rest = _CHROME_RE.sub("", text)
    return bool(rest != text) and not SPACE_OR_PUNCT_RE.sub("", rest)


def _fields(text: str) -> dict[str, str]:
    matches = list(_LABEL_RE.finditer(text))
    out: dict[str, str] = {}
    for m, nxt in zip(matches, [*matches[1:], None], strict=True):
        value = text[m.end(): nxt.start() if nxt else len(text)].strip()
        out[WHITESPACE_RE.sub("", m["label"])] = value
    return out


def strip_web(doc: Document) -> tuple[Document, dict[str, str]]:
    """The document without chrome and metadata-box lines, and the box's fields (label -> value)."""
    box: dict[str, str] = {}
    box_lines: set[int] = set()
    # (the box stands above the letter: the first line of running text ends it, so that a foot's '主办单位：…'
    # under the paragraphs stays the letter's)
    for line in itertools.islice((ln for page in doc.pages for ln in page.lines), BOX_WINDOW):
        labelled = _LINE_START_RE.match(line.text)
        if not labelled and _PARAGRAPH_LINE_RE.search(line.text):
            break
        if labelled:
            # (a row that also gives the letter's class or publicity stays the letter's to read: '文号：…　　办理类型：
            # B类　　公开属性：主动公开')
            if not (HANDLING_LABELLED_RE.search(line.text) or PUBLICITY_LABELLED_RE.search(line.text)):
                box_lines.add(id(line))
            box.update({k: v for k, v in _fields(line.text).items() if k not in box})
    if len(box) < 2:  # one labelled line is the letter's own (a 文号 line, a 公开方式 line)
        box, box_lines = {}, set()
    box_lines |= _broken_crumbs(doc) | _size_buttons(doc)
    pages = []
    changed = False
    for page in doc.pages:
        kept: list[Line] = [ln for ln in page.lines if id(ln) not in box_lines and not is_chrome(ln.text)]
        dropped = len(kept) != len(page.lines)
        changed |= dropped
        pages.append(replace(page, lines=kept) if dropped else page)
    return (replace(doc, pages=pages) if changed else doc), box


# A page's text-size buttons: '字号：大 中 小' (chrome whole), or its label's line with the sizes an extractor set on
# lines of their own below it ('字号：大' / '中' / '小'), other rows between.
_SIZE_LABEL_RE = regex.compile(r"^\s*[【\[]?\s*字\s*[体号]\s*[:：]")
_SIZE_ALONE_RE = regex.compile(r"\s*[大中小]\s*")
# How many lines below the label its sizes may stand.
SIZE_WINDOW = 6


def _size_buttons(doc: Document) -> set[int]:
    """The ids of the lines that hold only a size of a text-size label above them."""
    lines = list(itertools.islice((ln for page in doc.pages for ln in page.lines), BOX_WINDOW))
    out: set[int] = set()
    for k, line in enumerate(lines):
        if _SIZE_LABEL_RE.match(line.text):
            out |= {id(ln) for ln in lines[k + 1: k + 1 + SIZE_WINDOW] if _SIZE_ALONE_RE.fullmatch(ln.text)}
    return out


def _broken_crumbs(doc: Document) -> set[int]:
    """The lines of a breadcrumb set one word a line at the top of the first page (ids), or none. The
    crumbs end at the first line that is no short word, or that names a unit (the 发文机关 above a title)."""
    lines = doc.pages[0].lines if doc.pages else []
    home = next((k for k, ln in enumerate(lines[:CRUMB_WINDOW]) if _CRUMB_HOME_RE.match(ln.text)), None)
    if home is None:
        return set()
    end = home + 1
    while end < len(lines) and _CRUMB_RE.match(lines[end].text) and not ADDRESSEE_UNIT_RE.match(lines[end].text.strip()):
        end += 1
    return {id(ln) for ln in lines[home:end]} if end - home > 2 else set()
