"""PDFs as other producers make them (tests/fixtures/producers, made by make_producers.py), read right.

Each fixture is asserted field by field on both backends; ``test_backends`` checks the backends
agree on every one of them as well.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import govletter
from govletter.extract.glyphs import glyphs_to_lines

from .conftest import FIXTURES, load_json

PRODUCERS = FIXTURES / "producers"
BACKENDS = ("pdfium", "pdfplumber")


def _data(path: Path, backend: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(govletter.parse(path, backend=backend).model_dump_json())
    data.pop("source")
    return data


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("name", ["tf1", "tf300", "rotate90", "rotate180", "rotate270"])
def test_drawn_differently_the_same_letter(name: str, backend: str) -> None:
    """Tf 1 in a 16x matrix, Tf 300 in a 16/300 matrix, /Rotate 90/180/270 pages drawn turned back:
    the seed letter, to its golden fields and the boxes of the plain PDF."""
    got, plain = _data(PRODUCERS / f"{name}.pdf", backend), _data(FIXTURES / "seed.pdf", backend)
    golden = load_json(FIXTURES / "seed.golden.json")
    for field in ("doc_number", "title", "doc_type", "proposal", "addressee", "date", "contacts", "cc", "warnings"):
        assert got[field] == golden[field], field
    assert [p["text"] for p in got["body"]] == [p["text"] for p in golden["body"]]
    boxes, plain_boxes = ({k: v.pop("bbox") for k, v in d["evidence"].items()} for d in (got, plain))
    assert got == plain
    for field, box in boxes.items():
        assert max(abs(a - b) for a, b in zip(box, plain_boxes[field], strict=True)) < 0.5, field


def test_sizes_that_disagree_with_their_boxes_give_way() -> None:
    """Two 16-point lines 28 points apart whose glyphs claim 300 points stay two lines."""
    glyphs = [(100.0, 72.0 + 16 * i, 88.0 + 16 * i, 116.0, 300.0, ch) for i, ch in enumerate("关于建议")]
    glyphs += [(128.0, 72.0 + 16 * i, 88.0 + 16 * i, 144.0, 300.0, ch) for i, ch in enumerate("答复的函")]
    lines = glyphs_to_lines(glyphs, 1)
    assert [(ln.text, ln.size) for ln in lines] == [("关于建议", 16.0), ("答复的函", 16.0)]
    # sizes that agree with their boxes are kept as they are
    assert [ln.size for ln in glyphs_to_lines([(100.0, 72.0, 88.0, 116.0, 22.0, "关")], 1)] == [22.0]


@pytest.mark.parametrize("backend", BACKENDS)
def test_browser_print_of_a_government_page(backend: str) -> None:
    """Chromium's print: title, 文号 and body from the document, never the navigation bar, the
    metadata box, the font-size links or the browser's header and footer."""
    letter = govletter.parse(PRODUCERS / "web.pdf", backend=backend)
    assert letter.title == "青山市人民政府办公室关于同意设立青山湖湿地公园的复函"
    assert letter.doc_type == "复函"
    assert letter.doc_number is not None and letter.doc_number.raw == "青政办函〔2024〕15号"
    assert letter.evidence["doc_number"].text == "青政办函〔2024〕15号"  # the document's own line, not the box's
    assert (letter.addressee, letter.signer, letter.date) == ("青山市林业局", "青山市人民政府办公室", "2024-03-05")
    texts = [p.text for p in letter.body]
    assert texts[0] == "你局《关于设立青山湖湿地公园的请示》（青林呈〔2024〕3号）收悉。经市人民政府同意，现函复如下："
    assert texts[-1] == "特此函复。" and len(texts) == 7
    assert not any(chrome in t for t in texts for chrome in ("首页", "浏览量", "字体", "file://", "PM", "发布日期"))
    assert letter.warnings == []


@pytest.mark.parametrize("backend", BACKENDS)
def test_law_database_printout(backend: str) -> None:
    """A metadata block in two columns above the title, a title whose last line is '复', and the
    compilation's page numbers 227/228."""
    letter = govletter.parse(PRODUCERS / "lawdb.pdf", backend=backend)
    assert letter.title == "国家民族事务委员会办公厅关于少数民族古籍保护工作有关问题的批复"
    assert letter.evidence["title"].text.endswith("的批\n复")
    assert letter.doc_type == "批复"
    assert letter.doc_number is not None and letter.doc_number.raw == "民委厅函〔2021〕37号"
    assert [w.code for w in letter.warnings] == ["elements.doc_number_from_metadata"]
    assert (letter.addressee, letter.signer, letter.date) == ("贵州省民族宗教事务委员会", "国家民族事务委员会办公厅", "2021-06-18")
    texts = [p.text for p in letter.body]
    assert texts[0].startswith("你委《关于少数民族古籍保护工作有关问题的请示》（黔族宗呈〔2021〕12号）收悉。")
    assert texts[-1] == "此复。" and len(texts) == 7
    assert not any("227" in t or "228" in t or "时效性" in t for t in texts)
    assert letter.source.pages == 2


@pytest.mark.parametrize("backend", BACKENDS)
def test_type3_fonts(backend: str) -> None:
    """Text in Type3 fonts (glyphs drawn by procedures, with ToUnicode maps; no glyph for a space,
    as TeX's have none): the seed letter from the text layer, without OCR."""
    letter = govletter.parse(PRODUCERS / "type3.pdf", backend=backend)
    golden = load_json(FIXTURES / "seed.golden.json")
    got = json.loads(letter.model_dump_json())
    # an unprinted space of 0.2 em is no gap: '〔办理类型B〕', '杨雕68220583' in the raw texts only
    golden["handling_type"]["raw"] = "〔办理类型B〕"
    golden["contacts"][0]["raw"] = "（联系人及电话：杨雕68220583）"
    for field in ("handling_type", "doc_number", "title", "proposal", "addressee", "date", "contacts", "cc",
                  "cited_documents", "warnings"):
        assert got[field] == golden[field], field
    assert [p["text"] for p in got["body"]] == [p["text"] for p in golden["body"]]
    assert letter.source.ocr_pages == []


@pytest.mark.parametrize(("name", "why"), [
    ("type3-unmapped.pdf", "its fonts have no Unicode map for its characters"),
    ("outlines.pdf", "its text is drawn as vector outlines (349 shapes, no characters)"),
])
def test_text_that_cannot_be_extracted_goes_to_ocr_with_a_warning(name: str, why: str) -> None:
    """The seed letter's first page in Type3 fonts without ToUnicode, and drawn as vector outlines."""
    pytest.importorskip("rapidocr", reason="OCR is the optional extra govletter[ocr]; make test installs it")
    letter = govletter.parse(PRODUCERS / name)
    assert letter.source.ocr_pages == [1]
    assert letter.source.text_from == ["ocr"]
    warning = letter.warnings[0]
    assert (warning.code, warning.page) == ("ocr.text_layer_unusable", 1)
    assert why in warning.message
    assert letter.doc_number is not None and letter.doc_number.raw == "西民函〔2023〕58号"
    assert letter.title == "关于西山区第十七届人大二次会议第279号建议答复的函"
    assert letter.addressee == "王静代表"
    assert letter.handling_type is not None and letter.handling_type.code == "B"


def test_scan_bound_in_front_of_born_digital_attachments() -> None:
    """A scanned letter (pages stored sideways, shown upright by /Rotate 90 and 270) before two
    born-digital attachments (one on a /Rotate 90 page): OCR for the scan, the text layer after it."""
    pytest.importorskip("rapidocr", reason="OCR is the optional extra govletter[ocr]; make test installs it")
    letter = govletter.parse(PRODUCERS / "scan-bound.pdf")
    assert letter.source.text_from == ["ocr", "ocr", "text-layer", "text-layer"]
    assert letter.doc_number is not None and letter.doc_number.raw == "西民函〔2023〕58号"
    assert letter.title == "关于西山区第十七届人大二次会议第279号建议答复的函"
    assert (letter.addressee, letter.date) == ("王静代表", "2023-09-26")
    assert letter.cc == ["区人大常委会人事代表工委", "区政府办公室"]
    assert [w.code for w in letter.warnings] == ["elements.signer_missing"]  # no page needed turning by OCR
    assert [(a.label, a.title, a.first_page, a.last_page) for a in letter.attached_documents] == [
        ("附件1", "西山区社区公共空间使用情况", 3, 3), ("附件2", "社区公共空间运营试点名单", 4, 4)]
    assert letter.attached_documents[1].paragraphs == ["碧鸡街道龙门社区、前卫街道福海社区、马街街道马街社区、金碧街道新兴社区。"]


@pytest.mark.parametrize("backend", BACKENDS)
def test_office_export(backend: str) -> None:
    """LibreOffice's PDF of a .docx: a red 版头 over a rule, subset fonts with ToUnicode, an e-seal
    image over the signer and date."""
    path = PRODUCERS / "office.pdf"
    assert b"/ToUnicode" in path.read_bytes() and b"+WenQuanYiMicroHei" in path.read_bytes()  # subset, mapped
    letter = govletter.parse(path, backend=backend)
    assert letter.doc_number is not None and letter.doc_number.raw == "青自然资函〔2024〕22号"
    assert letter.title == "青山市自然资源局关于市政协十届三次会议第0117号提案的答复"
    assert letter.proposal is not None
    assert (letter.proposal.kind, letter.proposal.number, letter.proposal.proposer) == ("提案", 117, "刘明")
    assert (letter.addressee, letter.signer, letter.date) == ("刘明委员", "青山市自然资源局", "2024-05-20")
    assert letter.cc == ["市政协提案委员会", "市人民政府办公室"]
    assert letter.body[0].text == "您提出的《关于加强地下空间开发利用的提案》收悉，现答复如下："
    assert len(letter.body) == 4 and letter.warnings == []
    # the seal's image lies over the date's line
    import pypdfium2 as pdfium

    page = pdfium.PdfDocument(str(path))[0]
    seal = next(o for o in page.get_objects() if o.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE)
    left, bottom, right, top = seal.get_bounds()
    height = page.get_size()[1]
    box = letter.evidence["date"].bbox
    assert box is not None and left < box[0] < right and height - top < box[1] and box[3] < height - bottom
