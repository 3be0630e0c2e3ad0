"""The public data of govletter: the contract in ``shared/CONTRACT.md``.

Every field is optional in the sense that a letter may lack the element: absent is ``None`` (or an
empty list), never an empty string and never a guess. ``Letter.model_dump(mode="json")`` is the JSON
the CLI writes.
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

from .extract.base import TextFrom

SCHEMA_VERSION = "1.0"


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class _Sparse(_Model):
    """A model whose ``_SPARSE`` fields stay out of its JSON while empty (None or []): additive fields
    that few values have. A reader gets them back as their defaults (``Model.model_validate``)."""

    _SPARSE: ClassVar[tuple[str, ...]] = ()

    @model_serializer(mode="wrap")
    def _without_empty(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        for name in self._SPARSE:
            if data.get(name) in (None, []):
                data.pop(name, None)
        return data


class Source(_Model):
    """Where the letter came from."""

    path: str | None = Field(None, description="输入文件路径; null for a string or bytes given directly")
    sha256: str | None = Field(None, description="SHA-256 of the input bytes (hex)")
    kind: Literal["pdf", "text", "image", "docx", "ofd"] = Field(
        description="输入类型 by content: 'pdf', 'text', 'image' (page images, read by OCR), 'docx' (Word), "
                    "'ofd' (GB/T 33190); .doc/.wps/.rtf read through LibreOffice's PDF are 'pdf'")
    pages: int = Field(description="页数: pages in the PDF, or form-feed separated pages of the text")
    ocr_pages: list[int] = Field(default_factory=list, description="OCR识别的页: 1-based pages read by OCR")
    text_from: list[TextFrom] = Field(
        default_factory=list,
        description="各页文字来源, one per page: 'text-layer' (born-digital PDF text), 'ocr-layer' (a scanner's "
                    "OCR layer, judged good and kept), 'ocr' (read by govletter's OCR), 'none' (a blank page), "
                    "'text' (a text input)")
    backend: str | None = Field(None, description="提取后端: the extraction backend that read the pages")
    encoding: str | None = Field(None, description="文本编码: detected encoding of a text file")
    files: list[str] = Field(default_factory=list, description="页面图像文件: the page images of a letter given as "
                                                               "several files, in page order (else [])")
    seconds: float | None = Field(None, description="解析耗时: seconds the parse took, written by `govletter convert` and parse_many; "
                                                    "null from parse()")


class HandlingType(_Model):
    """办理类型 / 答复类型 / 类别: the class letter of the reply."""

    code: str = Field(description="办理类型代码, e.g. 'B'; a class printed in words only keeps its words ('列入计划拟解决')")
    label: str | None = Field(None, description="办理类型含义: the usual meaning of the code; localities differ")
    raw: str = Field(description="办理类型原文, as printed, e.g. '〔办理类型 B〕'")


class Publicity(_Model):
    """是否公开 / 公开属性 / 公开方式."""

    raw: str = Field(description="公开属性原文: the marker as printed, e.g. '是', '主动公开', '此件主动公开'")
    is_public: bool | None = Field(description="是否公开: true, false, or null when the marker does not say")


class DocNumber(_Model):
    """发文字号."""

    raw: str = Field(description="发文字号, brackets normalised to 〔〕 and spaces removed, e.g. '西民函〔2023〕58号'")
    issuer_code: str | None = Field(description="机关代字, e.g. '西民函'")
    year: int | None = Field(description="年份, e.g. 2023")
    serial: int | None = Field(description="发文顺序号, e.g. 58; null when not an integer (see raw)")


class Proposal(_Model):
    """The suggestion (建议) or proposal (提案) the letter answers."""

    kind: str | None = Field(description="类别: 建议 (人大代表), 提案 (政协委员), 议案 …")
    congress: str | None = Field(description="会议: e.g. '西山区第十七届人大二次会议'")
    number: int | None = Field(description="建议/提案编号, e.g. 279; a 届-次-序 composite's serial ('16-3-45' -> 45); "
                                           "null when not an integer")
    number_raw: str | None = Field(None, description="编号原文 as printed: '0043', '台52' (a delegation's prefix), "
                                                     "'16-3-45', '2025D048'")
    proposer: str | None = Field(description="提出人: the deputy, member or group, e.g. '王静'")
    title: str | None = Field(description="建议/提案标题, without 《》, e.g. '关于社区公共空间的探索和运营的建议'")
    proposers: list[str] = Field(default_factory=list, description="提出人名单: proposer split into names, without "
                                                                   "'等', e.g. ['王接班', '邓青']")


class AttachedDocument(_Model):
    """An attachment bound behind the letter (its own pages, after the 版记)."""

    label: str = Field(description="附件标识, as printed: '附件1', '附件'")
    title: str | None = Field(None, description="附件标题, the line under the label")
    first_page: int | None = Field(None, description="起始页")
    last_page: int | None = Field(None, description="结束页")
    paragraphs: list[str] = Field(default_factory=list, description="附件正文, as repaired paragraphs")


class BodyItem(_Model):
    """One paragraph of 正文, exactly as the author typed it."""

    kind: Literal["paragraph", "heading", "closing"] = Field(description="段落类型: 正文段落, 层次标题, 结束语")
    text: str = Field(description="段落全文: the whole repaired paragraph")
    level: int | None = Field(None, description="层次: 1 一、 2 （一） 3 1. 4 （1）; null for a paragraph")
    number: str | None = Field(None, description="层次序数, e.g. '一', '二', '1'")
    page: int | None = Field(None, description="页码: the page the paragraph starts on")
    bbox: tuple[float, float, float, float] | None = Field(
        None, description="位置: (x0, top, x1, bottom) of the paragraph's lines on its first page, in PDF points from "
                          "the page's top-left; null for text")


class Section(_Model):
    """A numbered section of 正文 with its paragraphs and sub-sections."""

    number: str | None = Field(description="层次序数, e.g. '一'; null for text before the first heading")
    level: int = Field(description="层次: 1 一、 2 （一） 3 1. 4 （1）; 0 for text before the first heading")
    heading: str | None = Field(description="标题: the heading without its number")
    paragraphs: list[str] = Field(default_factory=list, description="段落")
    children: list[Section] = Field(default_factory=list, description="下级层次")


class Contact(_Model):
    """附注 contact: 联系人及电话."""

    name: str | None = Field(description="联系人, spaces removed, e.g. '杨雕'")
    phone: str | None = Field(description="联系电话 as printed (dashes kept), e.g. '68220583', '0876—7122073'")
    raw: str = Field(description="附注原文: the line(s) the contact was read from")


class CitedDocument(_Model):
    """A document cited in 正文: by its title in 《》, or by its 文号 alone (then ``title`` is null)."""

    title: str | None = Field(description="文件标题, without 《》; null where the body cites only the 文号")
    number: str | None = Field(description="发文字号 of the cited document, brackets normalised to 〔〕")


class Warning(_Sparse):
    """Something the parser noticed but could not settle."""

    _SPARSE = ("line", "confidence")

    code: str = Field(description="警告代码, stable, e.g. 'elements.date_missing'")
    message: str = Field(description="说明")
    page: int | None = Field(None, description="页码, where it applies")
    line: str | None = Field(None, description="原文行: the printed line it concerns, as read (ocr.low_confidence); "
                                               "left out of the JSON when null")
    confidence: float | None = Field(None, description="识别置信度: OCR's confidence in that line, 0-1 "
                                                       "(ocr.low_confidence); left out of the JSON when null")


class Correction(_Model):
    """A person's check of a field in the review site, applied by ``convert --corrections``."""

    field: str = Field(description="字段: the field corrected, e.g. 'doc_number', 'proposal.number', 'body.3'")
    action: Literal["set", "absent", "confirmed"] = Field(
        description="人工校对: 'set' (the value was corrected), 'absent' (the letter has no such element), "
                    "'confirmed' (the parser's value is right)")
    old: Any = Field(None, description="原值: the parser's value when the person checked it")
    new: Any = Field(None, description="新值: the person's value ('set')")
    by: str | None = Field(None, description="校对人")
    at: str | None = Field(None, description="校对时间, ISO 8601")


class Evidence(_Sparse):
    """Where a value was found, so a person can check it against the page."""

    _SPARSE = ("corrections",)

    page: int | None = Field(description="页码 (1-based)")
    bbox: tuple[float, float, float, float] | None = Field(
        None, description="位置: (x0, top, x1, bottom) in PDF points from the page's top-left; null for text"
    )
    text: str = Field(description="原文: the printed line(s) the value was read from")
    paragraph: int | None = Field(None, description="段落序号: for a .docx (no coordinates), the 1-based paragraph "
                                                   "or table row (counting those with text) the value was read from")
    corrections: list[Correction] = Field(
        default_factory=list, description="人工校对: set when a person corrected or confirmed the value in the review "
                                          "site; left out of the JSON when empty (as the parser read it)")


Level = Literal["国家", "省", "市", "县", "乡镇"]


class Office(_Model):
    """The responding office (答复单位), normalised for a catalogue."""

    name: str = Field(description="规范名称: spaces removed, abbreviations spelt out ('住建局' -> '住房和城乡建设局')")
    raw: str = Field(description="原文: the signer (发文机关署名) or the office named in the title")
    source: Literal["signer", "title"] = Field(description="来源: 'signer' (署名) or 'title' (标题中的机关)")
    level: Level | None = Field(None, description="层级: 国家, 省, 市, 县, 乡镇; null when the name does not say")
    province: str | None = Field(None, description="省级行政区, e.g. '云南省'")
    city: str | None = Field(None, description="地级行政区, e.g. '文山州', '柳州市'")
    county: str | None = Field(None, description="县级行政区, e.g. '于都县', '西夏区', '高平市'")


class Meeting(_Model):
    """The meeting (会议) at which the answered suggestion or proposal was made, parsed."""

    raw: str = Field(description="会议原文, e.g. '西山区第十七届人大二次会议'")
    body: Literal["人大", "政协"] | None = Field(None, description="机构: 人大 (建议, 议案) or 政协 (提案)")
    level: Level | None = Field(None, description="层级 of the 人大/政协: 国家, 省, 市, 县, 乡镇")
    place: str | None = Field(None, description="地方 as printed, e.g. '西山区', '县', '四川省'")
    term: int | None = Field(None, description="届, e.g. 17 for 第十七届/十七届")
    session: int | None = Field(None, description="次 (会议), e.g. 2 for 二次会议/第二次会议")
    year: int | None = Field(None, description="年份, where the letter states it with the meeting")


class Topic(_Model):
    """The letter's subject category (主题分类), from a fixed list, with the evidence for it."""

    name: str = Field(description="类别: one of 教育, 交通运输, 住房城乡建设, 卫生健康, 民政, 农业农村, 自然资源, "
                                  "生态环境, 水利, 文化旅游, 人力资源社会保障, 公安政法, 财政经济, 市场监管, 其他")
    evidence: list[str] = Field(default_factory=list,
                                description="依据: e.g. ['office: 马关县教育局', 'keywords: 小学, 搬迁']")


class Letter(_Model):
    """A parsed reply letter (答复的函) or other official document (公文)."""

    schema_version: str = Field(SCHEMA_VERSION, description="契约版本")
    source: Source = Field(description="来源")
    handling_type: HandlingType | None = Field(None, description="办理类型/答复类型")
    publicity: Publicity | None = Field(None, description="是否公开/公开属性")
    doc_number: DocNumber | None = Field(None, description="发文字号")
    title: str | None = Field(None, description="标题, wrapped lines joined, spaces removed")
    doc_type: str | None = Field(None, description="文种, from the title's end: 函, 复函, 通知, 批复 …")
    proposal: Proposal | None = Field(None, description="所答复的建议/提案")
    addressee: str | None = Field(None, description="主送机关, without the trailing colon")
    body: list[BodyItem] = Field(default_factory=list, description="正文 paragraphs in order")
    sections: list[Section] = Field(default_factory=list, description="正文 as a tree of 层次")
    attachments: list[str] = Field(default_factory=list, description="附件说明 items")
    attached_documents: list[AttachedDocument] = Field(
        default_factory=list, description="附件: the attachments bound behind the letter, each with its title and pages; "
                                          "their text is not in body")
    copy_number: str | None = Field(None, description="份号, e.g. '000123'")
    classification: str | None = Field(None, description="密级和保密期限, e.g. '秘密★1年'")
    urgency: str | None = Field(None, description="紧急程度: 特急, 加急")
    issuer_mark: str | None = Field(None, description="发文机关标志, e.g. 'XX市民政局文件'")
    signatories: list[str] = Field(default_factory=list, description="签发人")
    signer: str | None = Field(None, description="发文机关署名")
    date: str | None = Field(None, description="成文日期, ISO YYYY-MM-DD (YYYY-MM when the day is missing)")
    contacts: list[Contact] = Field(default_factory=list, description="附注: 联系人及电话")
    cc: list[str] = Field(default_factory=list, description="抄送机关")
    printed_by: str | None = Field(None, description="印发机关")
    printed_date: str | None = Field(None, description="印发日期, ISO YYYY-MM-DD")
    cited_documents: list[CitedDocument] = Field(default_factory=list, description="正文引用的文件")
    keywords: list[str] = Field(default_factory=list, description="主题词: up to 8 subject terms, best first")
    topic: Topic | None = Field(None, description="主题分类 with its evidence")
    office: Office | None = Field(None, description="答复单位, normalised: name, level, region")
    meeting: Meeting | None = Field(None, description="会议: the proposal's meeting parsed (body, level, 届, 次, year)")
    warnings: list[Warning] = Field(default_factory=list, description="警告")
    evidence: dict[str, Evidence] = Field(
        default_factory=dict, description="出处: field name -> where its value was found"
    )

    def to_record(self) -> dict[str, str | int | None]:
        """One flat dict: the ``index.csv`` columns plus keywords, topic, office and meeting (for pandas, csv)."""
        from .records import flat_record

        return flat_record(self.model_dump(mode="json"))
