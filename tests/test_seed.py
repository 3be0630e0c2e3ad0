"""The seed letter, exactly: from its extracted text and from a GB/T 9704 PDF of it (golden JSON).

Regenerate the golden file after an intended change with ``GOVLETTER_UPDATE_GOLDEN=1 pytest tests/test_seed.py``
and review the diff.
"""

from __future__ import annotations

import json
import os
from typing import Any

import pytest

import govletter
from govletter.models import Letter

from .conftest import FIXTURES, load_json

GOLDEN = FIXTURES / "seed.golden.json"


def comparable(letter: Letter, *, pages: bool = True) -> dict[str, Any]:
    """The letter's JSON without what depends on the input's form (path, hash, boxes)."""
    data = letter.model_dump(mode="json")
    data.pop("source")
    data.pop("evidence")
    if not pages:
        for item in data["body"]:
            item.pop("page")
            item.pop("bbox")
    return data


@pytest.fixture(scope="module")
def from_text() -> Letter:
    return govletter.parse(FIXTURES / "seed.txt")


@pytest.fixture(scope="module")
def from_pdf() -> Letter:
    return govletter.parse(FIXTURES / "seed.pdf")


def test_golden_from_text(from_text: Letter) -> None:
    got = comparable(from_text)
    if os.environ.get("GOVLETTER_UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert got == load_json(GOLDEN)


def test_golden_from_pdf(from_pdf: Letter) -> None:
    golden = load_json(GOLDEN)
    for item in golden["body"]:
        item.pop("page")
        item.pop("bbox")
    assert comparable(from_pdf, pages=False) == golden


@pytest.mark.parametrize("source", ["text", "pdf"])
def test_seed_fields(source: str, from_text: Letter, from_pdf: Letter, seed_truth: dict[str, Any]) -> None:
    letter = from_text if source == "text" else from_pdf
    assert letter.handling_type is not None and letter.handling_type.code == "B"
    assert letter.handling_type.raw == "〔办理类型 B〕"
    assert letter.publicity is not None and (letter.publicity.raw, letter.publicity.is_public) == ("是", True)
    assert letter.doc_number is not None
    assert (letter.doc_number.raw, letter.doc_number.issuer_code, letter.doc_number.year, letter.doc_number.serial) == (
        "西民函〔2023〕58号", "西民函", 2023, 58)
    assert letter.title == "关于西山区第十七届人大二次会议第279号建议答复的函"
    assert letter.doc_type == "函"
    assert letter.proposal is not None
    assert letter.proposal.model_dump() == {
        "kind": "建议", "congress": "西山区第十七届人大二次会议", "number": 279, "number_raw": "279", "proposer": "王静",
        "title": "关于社区公共空间的探索和运营的建议", "proposers": ["王静"]}
    assert letter.addressee == "王静代表"
    assert letter.signer is None
    assert letter.date == "2023-09-26"
    assert [(c.name, c.phone) for c in letter.contacts] == [("杨雕", "68220583")]
    assert letter.cc == ["区人大常委会人事代表工委", "区政府办公室"]
    assert [(s.number, s.heading) for s in letter.sections if s.level == 1] == [
        ("一", "基本情况"), ("二", "意见建议办理情况"), ("三", "下一步工作方向")]
    assert [(c.title, c.number) for c in letter.cited_documents] == [
        (d["title"], d["number"]) for d in seed_truth["cited_documents"]]
    assert [item.text for item in letter.body] == seed_truth["paragraphs"]
    assert [w.code for w in letter.warnings] == ["elements.signer_missing"]


def test_tricky_joins(from_text: Letter) -> None:
    """CONTRACT.md: a paragraph across a page number; a full first line on a new page continues."""
    texts = [item.text for item in from_text.body]
    assert any("…真正打造“人人有责".removeprefix("…") in t for t in texts)
    joined = next(t for t in texts if t.startswith("随着城市"))
    assert "维护社区的和谐稳定。建议政府出台相关政策" in joined
    assert "1.希望政府出台相关政策，帮助社区探索成立社区基金，引入商业化运营，打破社区服务限制，将空间面向社会化开放。" in texts


def test_pdf_evidence(from_pdf: Letter) -> None:
    """From a PDF every element keeps its page and box."""
    ev = from_pdf.evidence["doc_number"]
    assert ev.page == 1 and ev.bbox is not None and ev.text == "西民函〔2023〕58号"
    assert from_pdf.evidence["cc"].page == from_pdf.source.pages
    assert from_pdf.source.kind == "pdf" and from_pdf.source.backend == "pdfium"
    assert from_pdf.body[-1].page == from_pdf.source.pages


def test_body_boxes(from_pdf: Letter, from_text: Letter) -> None:
    """Body paragraphs keep their box on the page they start on (the review site draws them); text has none."""
    first, heading = from_pdf.body[0], from_pdf.body[1]
    assert first.page == 1 and first.bbox is not None
    assert [round(v) for v in first.bbox] == [79, 384, 527, 429]  # three lines under 主送, left margin 79pt
    assert heading.text == "一、基本情况" and heading.bbox is not None and heading.bbox[1] > first.bbox[3]
    assert all(item.bbox is not None and item.bbox[0] < item.bbox[2] and item.bbox[1] < item.bbox[3]
               for item in from_pdf.body)
    assert all(item.bbox is None for item in from_text.body)
