"""Searchable scans: an OCR text layer is recognised, judged, and re-read when it is poor."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import govletter
from govletter.extract import ocr, read_pdf
from govletter.extract.layer import is_ocr_layer, judge

from .conftest import FIXTURES, load_json

pytest.importorskip("rapidocr", reason="OCR is the optional extra govletter[ocr]; make test installs it")

SANDWICH = FIXTURES / "dev" / "jy-002" / "sandwich.pdf"
TRUTH = load_json(FIXTURES / "dev" / "jy-002" / "letter.json")["truth"]


def _refuse_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> None:
        raise AssertionError("OCR was asked for")

    monkeypatch.setattr(ocr, "engine", refuse)


def test_tesseract_layer_is_recognised_and_judged_poor() -> None:
    page = read_pdf(SANDWICH, ocr="never").pages[0]
    assert is_ocr_layer(page)
    quality = judge(page)
    assert quality.poor and quality.spaced > 0.5
    assert "split by spaces" in quality.reasons[0]


def test_poor_layer_is_read_again() -> None:
    letter = govletter.parse(SANDWICH)
    assert letter.source.text_from == ["ocr"] and letter.source.ocr_pages == [1]
    rejected = [w for w in letter.warnings if w.code == "ocr.layer_rejected"]
    assert len(rejected) == 1 and rejected[0].page == 1 and "split by spaces" in rejected[0].message
    assert letter.doc_number is not None and letter.doc_number.raw == TRUTH["doc_number"]
    assert letter.title == TRUTH["title"] and letter.date == TRUTH["date"]


def test_kept_layer_still_loses_its_spaces_and_brackets(monkeypatch: pytest.MonkeyPatch) -> None:
    """With ocr='never' the poor layer is used as it is, repaired like OCR output."""
    _refuse_ocr(monkeypatch)
    letter = govletter.parse(SANDWICH, ocr="never")
    assert letter.source.text_from == ["ocr-layer"] and letter.source.ocr_pages == []
    assert letter.title == TRUTH["title"]  # '对 县 十 七 届 …' without its spaces
    assert letter.addressee == TRUTH["addressee"]
    assert letter.doc_number is not None and letter.doc_number.year == 2019  # '【2019]' read as 〔2019〕
    assert all("  " not in b.text and not b.text.startswith(" ") for b in letter.body)


def _good_sandwich(path: Path) -> None:
    """The seed's first scanned page with a correct invisible text layer, as ABBYY would lay it."""
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    scan = pdfium.PdfDocument(str(FIXTURES / "seed-scan.pdf"))
    image = scan[0].render(scale=1).to_pil()
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    born = read_pdf(FIXTURES / "seed.pdf").pages[0]
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    canvas = Canvas(str(path), pagesize=(born.width, born.height))
    canvas.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, born.width, born.height)
    for line in born.lines:
        text = canvas.beginText(line.x0, (born.height or 0) - (line.bottom or 0) + 3)
        text.setTextRenderMode(3)  # invisible
        text.setFont("STSong-Light", line.size or 16)
        text.textLine(line.text)
        canvas.drawText(text)
    canvas.save()


def test_good_layer_is_kept_without_ocr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "good-sandwich.pdf"
    _good_sandwich(path)
    page = read_pdf(path, ocr="never").pages[0]
    assert is_ocr_layer(page) and not judge(page).poor
    _refuse_ocr(monkeypatch)
    letter = govletter.parse(path)
    assert letter.source.text_from == ["ocr-layer"] and letter.source.ocr_pages == []
    assert letter.doc_number is not None and letter.doc_number.raw == "西民函〔2023〕58号"
    assert not [w for w in letter.warnings if w.code == "ocr.layer_rejected"]


def test_born_digital_text_is_not_an_ocr_layer() -> None:
    for path in (FIXTURES / "seed.pdf", FIXTURES / "dev" / "jy-002" / "v0.pdf"):
        doc = read_pdf(path, ocr="never")
        assert not any(is_ocr_layer(p) for p in doc.pages)
        assert govletter.parse(path).source.text_from == ["text-layer"] * doc.page_count
