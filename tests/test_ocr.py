"""Scanned pages: OCR'd offline into the same pipeline (fixtures made by make_fixtures.py's ``scan``)."""

from __future__ import annotations

import difflib
import sys
from pathlib import Path
from typing import Any

import pytest

import govletter
from govletter.extract import ocr
from govletter.normalize import fold

from .conftest import FIXTURES, load_json

pytest.importorskip("rapidocr", reason="OCR is the optional extra govletter[ocr]; make test installs it")

SCAN = FIXTURES / "seed-scan.pdf"
TURNED = FIXTURES / "seed-scan-turned.pdf"


@pytest.fixture(scope="module")
def scanned() -> govletter.Letter:
    return govletter.parse(SCAN)


@pytest.fixture(scope="module")
def golden() -> dict[str, Any]:
    data: dict[str, Any] = load_json(FIXTURES / "seed.golden.json")
    return data


def test_scan_is_ocred_page_by_page(scanned: govletter.Letter) -> None:
    assert scanned.source.kind == "pdf"
    assert scanned.source.pages == 5 and scanned.source.ocr_pages == [1, 2, 3, 4, 5]


@pytest.mark.parametrize("field", ["doc_number", "publicity", "title", "doc_type", "proposal", "addressee", "date",
                                   "cc", "cited_documents", "signer"])
def test_scan_gives_the_seed_fields(scanned: govletter.Letter, golden: dict[str, Any], field: str) -> None:
    assert scanned.model_dump(mode="json")[field] == golden[field]


def test_scan_class_and_contacts(scanned: govletter.Letter, golden: dict[str, Any]) -> None:
    assert scanned.handling_type is not None and scanned.handling_type.code == golden["handling_type"]["code"]
    assert [(c.name, c.phone) for c in scanned.contacts] == [(c["name"], c["phone"]) for c in golden["contacts"]]


def test_scan_body_matches_the_text_layer(scanned: govletter.Letter, golden: dict[str, Any]) -> None:
    """Same paragraphs, same kinds (headings, closings), and the text within OCR's error."""
    assert [b.kind for b in scanned.body] == [b["kind"] for b in golden["body"]]
    got = "".join(fold(b.text) for b in scanned.body)
    want = "".join(fold(b["text"]) for b in golden["body"])
    assert difflib.SequenceMatcher(None, got, want, autojunk=False).ratio() >= 0.99


def test_seal_over_the_date_is_read_through(scanned: govletter.Letter) -> None:
    """make_fixtures stamps a red seal over the date; the date is still read."""
    assert scanned.date == "2023-09-26"
    assert scanned.evidence["date"].page == 5


def test_page_fed_sideways_is_turned_and_read() -> None:
    letter = govletter.parse(TURNED)
    assert letter.doc_number is not None and letter.doc_number.raw == "西民函〔2023〕58号"
    assert letter.title == "关于西山区第十七届人大二次会议第279号建议答复的函"
    assert any(w.code == "ocr.page_rotated" and w.page == 1 for w in letter.warnings)


def test_born_digital_pages_are_never_ocred(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> None:
        raise AssertionError("OCR was asked for on a born-digital page")

    monkeypatch.setattr(ocr, "engine", refuse)
    for path in (FIXTURES / "seed.pdf", *sorted((FIXTURES / "dev").glob("*/v0.pdf"))):
        assert govletter.parse(path).source.ocr_pages == []


def test_ocr_always_reads_a_text_pdf_too() -> None:
    letter = govletter.parse(FIXTURES / "dev" / "jy-002" / "v0.pdf", ocr="always")
    assert letter.source.ocr_pages == [1, 2]
    assert letter.doc_number is not None and letter.doc_number.raw == "岳县水利函〔2019〕60号"


def test_ocr_never_refuses_a_scan() -> None:
    with pytest.raises(govletter.ExtractionError, match=r"seed-scan\.pdf: .*OCR is off"):
        govletter.parse(SCAN, ocr="never")


def test_unknown_ocr_mode() -> None:
    with pytest.raises(govletter.InputError, match="unknown ocr mode 'sometimes'"):
        govletter.parse(SCAN, ocr="sometimes")


def test_pixel_limit() -> None:
    with pytest.raises(govletter.LimitError, match=r"seed-scan\.pdf, page 1: .*more than the limit of 1,000,000"):
        govletter.parse(SCAN, max_pixels=1_000_000)


def test_missing_extra_names_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "_engine", None)
    monkeypatch.setitem(sys.modules, "rapidocr", None)  # import rapidocr -> ImportError
    with pytest.raises(govletter.ExtractionError, match=r"pip install 'govletter\[ocr\]'"):
        govletter.parse(TURNED)


def test_mixed_pdf_reads_text_pages_and_ocrs_scanned_ones(tmp_path: Path, golden: dict[str, Any]) -> None:
    """Page 1 born-digital, pages 2-5 scanned: each page goes its own way into one letter."""
    import pypdfium2 as pdfium

    mixed = pdfium.PdfDocument.new()
    mixed.import_pages(pdfium.PdfDocument(str(FIXTURES / "seed.pdf")), [0])
    mixed.import_pages(pdfium.PdfDocument(str(SCAN)), [1, 2, 3, 4])
    path = tmp_path / "mixed.pdf"
    mixed.save(str(path))
    letter = govletter.parse(path)
    assert letter.source.ocr_pages == [2, 3, 4, 5]
    assert letter.source.text_from == ["text-layer", "ocr", "ocr", "ocr", "ocr"]
    data = letter.model_dump(mode="json")
    for field in ("doc_number", "title", "proposal", "addressee", "date", "cc"):
        assert data[field] == golden[field], field
    assert [b.kind for b in letter.body] == [b["kind"] for b in golden["body"]]


@pytest.mark.parametrize(("signer", "title", "expected"), [
    ("马关具水务局", "马关县水务局关于马关县第十八届人大一次会议第58号建议的答复函", "马关县水务局"),
    ("马关县水务局", "马关县水务局关于第58号建议的答复函", "马关县水务局"),  # already agrees
    ("凤县交通局", "关于第5号建议的答复", "凤县交通局"),  # the title names no body
    ("某县民政厅办", "某市某县教育局关于第5号建议的答复", "某县民政厅办"),  # two characters off: not one body
    ("教育部", "教育都关于第5号建议的答复", "教育部"),  # too short to tell
])
def test_ocr_signer_agrees_with_the_title(signer: str, title: str, expected: str) -> None:
    from govletter.elements import agree_with_title

    fields: dict[str, object] = {"signer": signer, "title": title}
    agree_with_title(fields)
    assert fields["signer"] == expected


def test_scan_with_a_stamped_page_number_is_still_ocred(tmp_path: Path) -> None:
    """Software that numbers scanned pages adds a line of text: the page is still a scan."""
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    image = pdfium.PdfDocument(str(TURNED))[0].render(scale=150 / 72).to_pil()
    path = tmp_path / "stamped.pdf"
    canvas = Canvas(str(path), pagesize=(image.width * 72 / 150, image.height * 72 / 150))
    canvas.drawImage(ImageReader(image), 0, 0, image.width * 72 / 150, image.height * 72 / 150)
    canvas.setFont("Helvetica", 9)
    canvas.drawString(20, 20, "Page 1 of 1")
    canvas.save()
    letter = govletter.parse(path)
    assert letter.source.ocr_pages == [1]
    assert letter.doc_number is not None and letter.doc_number.raw == "西民函〔2023〕58号"


@pytest.mark.parametrize(("under", "alpha", "expected"), [
    ((0, 0, 0), 0.59, "dark"),        # black text under a heavy seal (the fresh sets' scans)
    ((0, 0, 0), 0.35, "dark"),        # under a light one (the corpus scans)
    ((246, 246, 246), 0.59, "white"),  # the seal's ink on grey paper
    ((246, 246, 246), 0.35, "white"),
    ((30, 30, 30), 0.0, "dark"),      # text with no seal
])
def test_seal_ink_goes_text_under_it_stays(under: tuple[int, int, int], alpha: float, expected: str) -> None:
    """A red seal (220, 30, 40) laid at ``alpha`` over grey paper (most of it) and over ``under``: the
    cleaned grey keeps text black and turns the seal's ink all but white, however opaque the seal (a
    heavy one once erased the date under it; a faint grey ring left cut a figure off the date)."""
    import numpy as np

    seal = np.array([40, 30, 220], dtype=np.float64)  # BGR
    paper = np.array([246, 246, 246], dtype=np.float64) * (1 - alpha) + seal * alpha
    pixel = np.array(under[::-1], dtype=np.float64) * (1 - alpha) + seal * alpha
    image = np.tile(paper.round().astype(np.uint8), (4, 4, 1))
    image[3, :] = pixel.round().astype(np.uint8)
    value = int(ocr.clean(image)[3, 0])
    assert (value < 90) if expected == "dark" else (value > 240), value


SPARSE = FIXTURES / "sparse-scan.jpg"  # made by make_sparse_scan.py


def test_sparse_page_is_deskewed_by_its_lines() -> None:
    """A page with a short line, the signer and the date under the seal fools the projection profile
    (a 5° turn lines up two short lines); the detector's boxes show the lean left, and the page is
    turned back and read again: every line upright and apart, the signer on its own line."""
    import cv2

    image = cv2.imread(str(SPARSE))
    assert abs(ocr.skew_angle(ocr.clean(image))) > 3  # the profile alone is fooled on this page
    page = ocr.read_image(image, 200 / 72)
    assert abs(page.skew - (-0.8)) < 0.4, page.skew  # the scanner turned it 0.8° anticlockwise
    assert [line.text for line in page.lines] == ["2.暑期值班安排表", "宁海县教育局", "2024年6月28日", "（此件主动公开）"]
    assert abs(ocr.residual_skew(page.lines)) <= ocr.RESIDUAL_SKEW
    tops = sorted(line.box[1] for line in page.lines[:3])
    bottoms = sorted(line.box[3] for line in page.lines[:3])
    assert all(bottoms[i] <= tops[i + 1] + 2 for i in range(2)), page.lines  # lines no longer overlap


@pytest.mark.parametrize(("leans", "expected"), [
    ([(-5.5, 300), (-5.0, 280), (-5.4, 300), (-2.5, 40)], -5.4),  # the lines lean alike; a page number ignored
    ([(0.1, 400), (-0.2, 300), (9.0, 100)], 0.1),                # one odd box does not move the median
    ([(7.0, 40)], 0.0),                                          # no line wide enough: nothing to say
])
def test_residual_skew_is_the_lines_median_lean(leans: list[tuple[float, float]], expected: float) -> None:
    lines = [ocr.OcrLine(text="字" * 5, box=(0.0, 0.0, width, 20.0), score=1.0, lean=lean) for lean, width in leans]
    assert ocr.residual_skew(lines) == expected


BLANK_LINES = FIXTURES / "blank-lines.jpg"  # made by make_blank_lines.py


def test_printed_space_that_recognition_drops_is_set_again() -> None:
    """The recognition model reads '冯强 0838-…' as '冯强0838-…'; the blank in the line's ink, a
    character wide and between two characters, gives the space back. The blanks that marks leave
    ('、', '，') are theirs: that line stays as read."""
    import cv2

    page = ocr.read_image(cv2.imread(str(BLANK_LINES)), 200 / 72)
    texts = [line.text for line in page.lines]
    assert "联系人及电话：冯强 0838-2212345" in texts
    assert "国家发展改革委、财政部、自然资源部，现答复如下：" in texts
    assert "".join(texts).replace(" ", "") == ("抄送：市人大常委会选联工委市政府督查室（共印10份）"
                                               "联系人及电话：冯强0838-2212345国家发展改革委、财政部、自然资源部，现答复如下：")


@pytest.mark.parametrize(("columns", "text", "expected"), [
    # ink (start, end) in pixels of a line of 20-pixel characters; a blank of 24 between 工委 and 市政府
    ([(0, 80), (104, 164)], "选联工委市政府", "选联工委 市政府"),
    ([(0, 80), (104, 164)], "选联工、市政府", "选联工、市政府"),  # a mark's blank, not a space
    ([(0, 80), (90, 150)], "选联工委市政府", "选联工委市政府"),   # a blank under a character wide
])
def test_space_blanks(columns: list[tuple[int, int]], text: str, expected: str) -> None:
    import numpy as np

    gray = np.full((30, 200), 250, dtype=np.uint8)
    for start, end in columns:
        gray[5:25, start:end] = 0
    # each run of ink holds its characters side by side, as the recognition places them
    centres = [float(start + 10 + 20 * k) for start, end in columns for k in range((end - start) // 20)]
    assert len(centres) == len(text)
    assert ocr.space_blanks(gray, (0, 0, 200, 30), text, centres) == expected


@pytest.mark.parametrize(("line_chars", "text", "expected"), [
    ([("联", 0.9, [[0, 0], [10, 0], [10, 5], [0, 5]]), ("系", 0.9, [[10, 0], [30, 0], [30, 5], [10, 5]])], "联系",
     [5.0, 20.0]),
    ([("联", 0.9, [[0, 0], [10, 0], [10, 5], [0, 5]])], "联系", None),  # they do not spell the line: unused
    (["联系"], "联系", None),                                           # RapidOCR's raw output, not boxes
    ([("联", 0.9, None)], "联", None),
])
def test_char_centres(line_chars: Any, text: str, expected: list[float] | None) -> None:
    assert ocr.char_centres(line_chars, text) == expected
