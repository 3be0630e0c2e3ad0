"""Every input an archive holds: Word .docx, OFD, page images and TIFFs, .doc/.wps/.rtf, and hostile packages.

Fixtures are made by ``tests/fixtures/make_inputs.py`` from the seed and three dev letters; each
kind must read a letter as well as the PDF it was made from.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

import govletter
from govletter.cli import main
from govletter.extract import input_kind, read_docx, read_ofd
from govletter.extract.container import MAX_RATIO
from govletter.extract.images import image_format, px_per_pt
from govletter.extract.ofd import deltas
from govletter.normalize import fold

from .conftest import FIXTURES, load_json

INPUTS = FIXTURES / "inputs"
DEV = ("jy-002", "jy-021", "tp-007")
FIELDS = ("doc_number", "handling_type", "publicity", "title", "doc_type", "proposal", "addressee", "signer",
          "date", "contacts", "cc", "cited_documents")


def _pdf(ident: str) -> Path:
    return FIXTURES / "seed.pdf" if ident == "seed" else FIXTURES / "dev" / ident / "v0.pdf"


def _fields(letter: govletter.Letter) -> dict[str, Any]:
    data = letter.model_dump(mode="json")
    return {f: data[f] for f in FIELDS} | {"body": [(b["kind"], b["text"]) for b in data["body"]]}


def _zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


# --------------------------------------------------------------------------- telling kinds apart

@pytest.mark.parametrize(("name", "kind"), [
    ("seed.docx", "docx"), ("seed.ofd", "ofd"), ("jy-002.png", "image"), ("jy-002.jpg", "image"),
    ("jy-021-g4.tif", "image"),
])
def test_kind_by_content_not_name(name: str, kind: str) -> None:
    assert input_kind((INPUTS / name).read_bytes()) == kind


@pytest.mark.parametrize(("head", "expected"), [
    (b"\x89PNG\r\n\x1a\n", "PNG"), (b"\xff\xd8\xff\xe0", "JPEG"), (b"II*\x00", "TIFF"), (b"MM\x00*", "TIFF"),
    (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "WEBP"), (b"BM" + b"\x00" * 12 + b"\x28" + b"\x00" * 20, "BMP"),
    (b"BM is how this note starts", None),  # 'BM' alone is no BMP header
    (b"%PDF-1.7", None), (b"PK\x03\x04", None),
])
def test_image_magic(head: bytes, expected: str | None) -> None:
    assert image_format(head) == expected


def test_other_kinds_by_content() -> None:
    assert input_kind(b"{\\rtf1\\ansi hello}") == "rtf"
    assert input_kind(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512) == "ole"
    assert input_kind(_zip({"xl/workbook.xml": b"<workbook/>"})) == "zip"
    assert input_kind("关于建议的答复".encode()) == "text"


# --------------------------------------------------------------------------- Word

@pytest.mark.parametrize("ident", ["seed", *DEV])
def test_docx_reads_as_well_as_the_pdf(ident: str) -> None:
    """Every field the text PDF gets right, the .docx gets right too; and the body's paragraphs."""
    pdf = _fields(govletter.parse(_pdf(ident)))
    docx = _fields(govletter.parse(INPUTS / f"{ident}.docx"))
    truth = load_json(FIXTURES / "seed-letter.json" if ident == "seed" else FIXTURES / "dev" / ident / "letter.json")
    for field in ("doc_type", "cited_documents", "publicity", "proposal"):
        assert docx[field] == pdf[field], field
    assert (docx["handling_type"] or {}).get("code") == (pdf["handling_type"] or {}).get("code")
    assert [(c["name"], c["phone"]) for c in docx["contacts"]] == [(c["name"], c["phone"]) for c in pdf["contacts"]]
    assert docx["doc_number"]["raw"] == truth["truth"]["doc_number"]
    assert docx["title"] == truth["truth"]["title"]
    assert docx["date"] == truth["truth"]["date"] and docx["addressee"] == truth["truth"]["addressee"]
    assert docx["signer"] == truth["truth"]["signer"] and docx["cc"] == truth["truth"]["cc"]
    assert [fold(text) for _, text in docx["body"]] == [fold(p) for p in truth["truth"]["paragraphs"]]


def test_docx_source_and_headers_kept_out() -> None:
    letter = govletter.parse(INPUTS / "jy-021.docx")
    assert letter.source.kind == "docx" and letter.source.backend == "docx" and letter.source.pages == 1
    dump = letter.model_dump_json()
    assert "内部资料" not in dump and "— 1 —" not in dump  # header and footer parts are never read
    assert letter.evidence["date"].page == 1 and letter.evidence["date"].bbox is None
    # provenance is the paragraph: the signer is paragraph 13, not the title's first line (4) that reads the same
    assert (letter.evidence["title"].paragraph, letter.evidence["signer"].paragraph) == (4, 13)
    assert letter.evidence["date"].paragraph == 14 and letter.evidence["cc"].paragraph == 17


def test_docx_line_break_joined_and_table_rows_read() -> None:
    doc = read_docx((INPUTS / "jy-021.docx").read_bytes())
    texts = [line.text for line in doc.pages[0].lines]
    truth = load_json(FIXTURES / "dev" / "jy-021" / "letter-fw.json")["blocks"]
    body = next(b["text"] for b in truth if b["role"] == "body" and len(b["text"]) > 40)
    assert body in texts  # typed with a manual line break, read as one paragraph
    assert [fold(t) for t in texts[-3:]] == [fold(b["text"]) for b in truth[-3:]]  # the 版记 table, row by row


def _docx_with(body_xml: str, extra: dict[str, bytes] | None = None) -> bytes:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document = f'<?xml version="1.0"?><w:document xmlns:w="{w}"><w:body>{body_xml}</w:body></w:document>'
    return _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": document.encode(), **(extra or {})})


def test_docx_tracked_deletions_and_field_codes_are_not_text() -> None:
    data = _docx_with('<w:p><w:r><w:t>关于</w:t></w:r><w:del><w:r><w:delText>删去</w:delText></w:r></w:del>'
                      '<w:r><w:instrText> PAGE </w:instrText></w:r><w:ins><w:r><w:t>建议</w:t></w:r></w:ins></w:p>'
                      '<w:p><w:r><w:t>第一页</w:t><w:br w:type="page"/><w:t>第二页</w:t></w:r></w:p>')
    doc = read_docx(data)
    assert [[line.text for line in page.lines] for page in doc.pages] == [["关于建议", "第一页"], ["第二页"]]


def test_docx_spaces_typed_in_a_paragraph_are_kept() -> None:
    """'报：市政协办 市府办' is two recipients: the space the author typed is not extraction's to remove."""
    def cell(text: str) -> str:
        return f'<w:tc><w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:tc>'

    data = _docx_with(f"<w:tbl><w:tr>{cell('报：市政协办 市府办')}</w:tr>"
                      f"<w:tr>{cell('联系人：陈德军')}{cell('')}{cell('联系电话：7162667')}</w:tr></w:tbl>")
    assert [line.text for line in read_docx(data).pages[0].lines] == ["报：市政协办 市府办",
                                                                       "联系人：陈德军 联系电话：7162667"]


# --------------------------------------------------------------------------- OFD

@pytest.mark.parametrize("ident", ["seed", *DEV])
def test_ofd_reads_as_the_pdf_it_was_written_from(ident: str) -> None:
    letter = govletter.parse(INPUTS / f"{ident}.ofd")
    assert letter.source.kind == "ofd" and letter.source.text_from[0] == "text-layer"
    assert _fields(letter) == _fields(govletter.parse(_pdf(ident)))


def test_ofd_evidence_has_page_and_box_in_points() -> None:
    pdf = govletter.parse(FIXTURES / "dev" / "jy-021" / "v0.pdf")
    ofd = govletter.parse(INPUTS / "jy-021.ofd")
    for field in ("doc_number", "date", "title"):
        a, b = pdf.evidence[field], ofd.evidence[field]
        assert a.page == b.page and a.bbox is not None and b.bbox is not None, field
        assert max(abs(x - y) for x, y in zip(a.bbox, b.bbox, strict=True)) < 2.0, field


def test_ofd_template_text_is_read() -> None:
    assert _fields(govletter.parse(INPUTS / "seed-template.ofd")) == _fields(govletter.parse(INPUTS / "seed.ofd"))
    assert b"Tpls/Tpl_0/Content.xml" in (INPUTS / "seed-template.ofd").read_bytes()


def test_ofd_signatures_are_noted_not_trusted() -> None:
    letter = govletter.parse(INPUTS / "seed-signed.ofd")
    (warning,) = [w for w in letter.warnings if w.code == "ofd.signed"]
    assert "1 signature" in warning.message and "does not verify" in warning.message
    assert not [w for w in govletter.parse(INPUTS / "seed.ofd").warnings if w.code == "ofd.signed"]


@pytest.mark.parametrize(("text", "expected"), [
    ("3.5 3.5 3.5", [3.5, 3.5, 3.5]),
    ("g 3 5.6", [5.6, 5.6, 5.6]),
    ("1 g 2 4 2.5", [1.0, 4.0, 4.0, 2.5]),
    ("", []),
])
def test_ofd_delta_runs(text: str, expected: list[float]) -> None:
    assert deltas(text) == expected


def _ofd_page(content: str, doc_extra: str = "", extra: dict[str, bytes] | None = None) -> bytes:
    ns = "http://www.ofdspec.org/2016"
    return _zip({**(extra or {}),
        "OFD.xml": f'<ofd:OFD xmlns:ofd="{ns}"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>'
                   "</ofd:DocBody></ofd:OFD>".encode(),
        "Doc_0/Document.xml": f'<ofd:Document xmlns:ofd="{ns}"><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>'
                              f"0 0 210 297</ofd:PhysicalBox></ofd:PageArea>{doc_extra}</ofd:CommonData><ofd:Pages>"
                              '<ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>'
                              .encode(),
        "Doc_0/Pages/Page_0/Content.xml": f'<ofd:Page xmlns:ofd="{ns}"><ofd:Content><ofd:Layer ID="2">{content}'
                                          "</ofd:Layer></ofd:Content></ofd:Page>".encode(),
    })


@pytest.mark.parametrize("ns", ["http://www.ofdspec.org/2016", "http://www.ofdspec.org", ""])
def test_ofd_namespace_variants(ns: str) -> None:
    """Producers write the 2016 namespace, the bare one, or none: all read alike."""
    data = (INPUTS / "jy-002.ofd").read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    old = b'xmlns:ofd="http://www.ofdspec.org/2016"'
    if ns:
        members = {k: v.replace(old, f'xmlns:ofd="{ns}"'.encode()) for k, v in members.items()}
    else:
        members = {k: v.replace(old, b"").replace(b"<ofd:", b"<").replace(b"</ofd:", b"</") for k, v in members.items()}
    letter = govletter.parse(_zip(members))
    assert letter.doc_number is not None and letter.doc_number.raw == "岳县水利函〔2019〕60号"
    assert letter.source.pages == 2


def test_ofd_ctm_scales_the_text() -> None:
    """Size 1 in a ×5 CTM is 5 mm text: positions and size come out in points from the page's top-left."""
    data = _ofd_page('<ofd:TextObject ID="3" Boundary="20 30 100 10" Size="1" CTM="5 0 0 5 0 0">'
                     '<ofd:TextCode X="0" Y="1" DeltaX="g 3 1">关于答复</ofd:TextCode></ofd:TextObject>')
    (line,) = read_ofd(data).pages[0].lines
    mm = 72 / 25.4
    assert line.text == "关于答复" and line.size == pytest.approx(5 * mm, abs=0.05)
    assert line.x0 == pytest.approx(20 * mm) and line.x1 == pytest.approx(40 * mm)
    assert line.top == pytest.approx((30 + 5 - 0.88 * 5) * mm)


def test_scanned_ofd_is_read_by_ocr(jy002: dict[str, Any]) -> None:
    """An OFD page that is one image (a scan exchanged as OFD): its image is OCRed, lines placed on the page."""
    ns = "http://www.ofdspec.org/2016"
    res = (f'<ofd:Res xmlns:ofd="{ns}" BaseLoc="Res"><ofd:MultiMedias><ofd:MultiMedia ID="7" Type="Image">'
           "<ofd:MediaFile>scan_0.jpg</ofd:MediaFile></ofd:MultiMedia></ofd:MultiMedias></ofd:Res>")
    data = _ofd_page('<ofd:ImageObject ID="3" ResourceID="7" Boundary="0 0 210 297" CTM="210 0 0 297 0 0"/>',
                     doc_extra="<ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes>",
                     extra={"Doc_0/DocumentRes.xml": res.encode(),
                            "Doc_0/Res/scan_0.jpg": (INPUTS / "jy-002.jpg").read_bytes()})
    letter = govletter.parse(data)
    assert letter.source.kind == "ofd" and letter.source.ocr_pages == [1] and letter.source.text_from == ["ocr"]
    assert letter.doc_number is not None and letter.doc_number.raw == jy002["doc_number"]
    assert (letter.date, letter.signer) == (jy002["date"], jy002["signer"])
    box = letter.evidence["date"].bbox
    assert box is not None and 0 < box[0] < box[2] < 595.3 and 0 < box[1] < box[3] < 841.9
    with pytest.raises(govletter.ExtractionError, match=r"the OFD has no readable text layer .* OCR is off"):
        govletter.parse(data, ocr="never")


def test_empty_docx_is_an_error() -> None:
    with pytest.raises(govletter.ExtractionError, match=r"no text found: the \.docx's pages are blank"):
        govletter.parse(_docx_with("<w:p/>"))


# --------------------------------------------------------------------------- hostile packages

def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    bomb = _docx_with("<w:p><w:r><w:t>" + "0" * (MAX_RATIO * 40_000) + "</w:t></w:r></w:p>")
    assert len(bomb) < 100_000
    path = tmp_path / "bomb.docx"
    path.write_bytes(bomb)
    with pytest.raises(govletter.LimitError, match=r"bomb\.docx: word/document\.xml .*refused as a zip bomb"):
        govletter.parse(path)


def test_path_traversal_names_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "evil.ofd"
    path.write_bytes(_zip({"OFD.xml": b"<OFD/>", "../../etc/cron.d/evil": b"x"}))
    with pytest.raises(govletter.InputError, match=r"evil\.ofd: .*'\.\./\.\./etc/cron\.d/evil' outside the package"):
        govletter.parse(path)


def test_xml_entity_expansion_is_refused(tmp_path: Path) -> None:
    laughs = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "hahahahahahaha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;">'
              '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;">]><w:document xmlns:w="http://schemas.openxmlformats.org/'
              'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>')
    path = tmp_path / "laughs.docx"
    path.write_bytes(_zip({"word/document.xml": laughs.encode()}))
    with pytest.raises(govletter.InputError, match=r"laughs\.docx: word/document\.xml declares a DTD, entities"):
        govletter.parse(path)


def test_xml_external_entity_is_refused(tmp_path: Path) -> None:
    xxe = ('<?xml version="1.0"?><!DOCTYPE o [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody><ofd:DocRoot>&x;</ofd:DocRoot>'
           "</ofd:DocBody></ofd:OFD>")
    path = tmp_path / "xxe.ofd"
    path.write_bytes(_zip({"OFD.xml": xxe.encode()}))
    with pytest.raises(govletter.InputError, match=r"xxe\.ofd: OFD\.xml declares a DTD") as info:
        govletter.parse(path)
    assert "root:" not in str(info.value)


def test_other_zip_is_no_letter(tmp_path: Path) -> None:
    path = tmp_path / "sheet.xlsx"
    path.write_bytes(_zip({"xl/workbook.xml": b"<workbook/>"}))
    with pytest.raises(govletter.InputError, match=r"neither a Word \.docx nor an OFD"):
        govletter.parse(path)


# --------------------------------------------------------------------------- .doc / .wps / .rtf

def test_rtf_without_libreoffice_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("shutil.which", lambda name: None)
    path = tmp_path / "letter.rtf"
    path.write_bytes(b"{\\rtf1\\ansi \\u20851?\\u20110? }")
    with pytest.raises(govletter.InputError, match=r"letter\.rtf: this is a RTF document; .*apt-get install "
                                                   r"libreoffice-writer"):
        govletter.parse(path)


def test_rtf_through_libreoffice(tmp_path: Path) -> None:
    from govletter.extract.office import soffice

    if soffice() is None:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer); CI does not install it")
    text = (FIXTURES / "seed.txt").read_text(encoding="utf-8")
    body = "".join(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?" if ord(ch) > 127 else ch
                   for ch in text).replace("\n", "\\par\n")
    path = tmp_path / "seed.rtf"
    path.write_text("{\\rtf1\\ansi\\uc1 " + body + "}", encoding="ascii")
    letter = govletter.parse(path)
    assert letter.source.kind == "pdf" and letter.source.backend == "libreoffice+pdfium"
    assert letter.doc_number is not None and letter.doc_number.raw == "西民函〔2023〕58号"


# --------------------------------------------------------------------------- page images (OCR)

def test_resolution_from_the_file_else_a4() -> None:
    assert px_per_pt((1240, 1754), (150, 150)) == pytest.approx(150 / 72)
    assert px_per_pt((1240, 1754), None) == pytest.approx(1754 / 842)
    assert px_per_pt((1240, 1754), (72, 72)) == pytest.approx(1754 / 842)  # 72 dpi: a 619 mm page, not believed


def test_image_limits(tmp_path: Path) -> None:
    with pytest.raises(govletter.LimitError, match=r"jy-002\.png, page 1: the image is 1241 × 1755 pixels, more than"):
        govletter.parse(INPUTS / "jy-002.png", max_pixels=1_000_000)
    with pytest.raises(govletter.LimitError, match=r"jy-021-g4\.tif: the images have 2 pages, more than the limit of 1"):
        govletter.parse(INPUTS / "jy-021-g4.tif", max_pages=1)
    with pytest.raises(govletter.ExtractionError, match="OCR is off"):
        govletter.parse(INPUTS / "jy-002.png", ocr="never")


def test_image_without_the_ocr_extra_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from govletter.extract import ocr

    monkeypatch.setattr(ocr, "_engine", None)
    monkeypatch.setitem(sys.modules, "rapidocr", None)  # import rapidocr -> ImportError
    with pytest.raises(govletter.ExtractionError, match=r"jy-002\.jpg: .*pip install 'govletter\[ocr\]'"):
        govletter.parse(INPUTS / "jy-002.jpg")


def test_image_time_limit() -> None:
    with pytest.raises(govletter.LimitError, match=r"jy-021-g4\.tif, page 1: reading took longer than the time limit"):
        govletter.parse(INPUTS / "jy-021-g4.tif", max_seconds=1e-9)


def test_decompression_bomb_is_refused(tmp_path: Path) -> None:
    from PIL import Image

    path = tmp_path / "bomb.png"
    Image.new("1", (20_000, 20_000)).save(path)  # 400 Mpixels in a few hundred KB
    with pytest.raises(govletter.LimitError, match=r"bomb\.png: the image is a decompression bomb"):
        govletter.parse(path, max_pixels=0)  # Pillow's own limit still holds
    big = tmp_path / "big.png"
    Image.new("1", (12_000, 12_000)).save(big)  # 144 Mpixels: under Pillow's limit, over max_pixels
    with pytest.raises(govletter.LimitError, match=r"big\.png, page 1: the image is 12000 × 12000 pixels"):
        govletter.parse(big)


@pytest.mark.parametrize("fmt", ["BMP", "WEBP"])
def test_bmp_and_webp_decode_as_a_page(tmp_path: Path, fmt: str) -> None:
    from PIL import Image

    from govletter.extract.images import _decode

    path = tmp_path / f"page.{fmt.lower()}"
    with Image.open(INPUTS / "jy-002.jpg") as jpeg:
        jpeg.save(path, fmt, **({"dpi": (120, 120)} if fmt == "BMP" else {}))
        size = jpeg.size
    assert image_format(path.read_bytes()[:64]) == fmt
    with Image.open(path) as image:
        bgr, scale = _decode(image, str(path), 1, 0, None)
    # BMP has a resolution field (pixels per metre: 120 dpi comes back as 119.99); WebP has none: A4
    assert bgr.shape == (size[1], size[0], 3) and scale == pytest.approx(120 / 72 if fmt == "BMP" else size[1] / 842, rel=1e-3)


@pytest.mark.parametrize("compression", ["tiff_lzw", "jpeg", "tiff_deflate"])
def test_tiff_variants_decode_as_pages(tmp_path: Path, compression: str) -> None:
    """Grey LZW/JPEG/Deflate multi-page TIFFs give the G4 fixture's pages, size and resolution (no OCR here)."""
    from PIL import Image

    from govletter.extract.images import _decode

    with Image.open(INPUTS / "jy-021-g4.tif") as g4:
        frames = []
        for i in range(g4.n_frames):
            g4.seek(i)
            frames.append(g4.convert("L"))
    path = tmp_path / f"scan-{compression}.tif"
    frames[0].save(path, save_all=True, append_images=frames[1:], compression=compression, dpi=(200, 200))
    with Image.open(path) as image:
        assert image.n_frames == 2
        image.seek(1)
        bgr, scale = _decode(image, str(path), 2, 0, None)
    assert bgr.shape == (frames[1].height, frames[1].width, 3) and scale == pytest.approx(200 / 72)


@pytest.fixture(scope="module")
def jy002() -> dict[str, Any]:
    truth: dict[str, Any] = load_json(FIXTURES / "dev" / "jy-002" / "letter.json")["truth"]
    return truth


@pytest.mark.parametrize("name", ["jy-002.png", "jy-002.jpg"])
def test_page_image_reads_the_letter(name: str, jy002: dict[str, Any]) -> None:
    letter = govletter.parse(INPUTS / name)
    assert letter.source.kind == "image" and letter.source.ocr_pages == [1] and letter.source.text_from == ["ocr"]
    assert letter.doc_number is not None and letter.doc_number.raw == jy002["doc_number"]
    assert (letter.title, letter.addressee, letter.date, letter.signer) == (
        jy002["title"], jy002["addressee"], jy002["date"], jy002["signer"])
    assert letter.evidence["date"].page == 1 and letter.evidence["date"].bbox is not None


def test_multipage_tiff_is_one_letter() -> None:
    truth = load_json(FIXTURES / "dev" / "jy-021" / "letter.json")["truth"]
    letter = govletter.parse(INPUTS / "jy-021-g4.tif")
    assert letter.source.kind == "image" and letter.source.pages == 2 and letter.source.ocr_pages == [1, 2]
    assert letter.doc_number is not None and letter.doc_number.raw == truth["doc_number"]
    assert (letter.title, letter.date, letter.signer, letter.cc) == (truth["title"], truth["date"], truth["signer"],
                                                                     truth["cc"])


def test_folder_of_page_images_is_one_letter_in_natural_order(tmp_path: Path) -> None:
    """convert --image-folders: p9.png before p10.png; the folder is one letter, resumed by its pages' sha256."""
    import shutil

    truth = load_json(FIXTURES / "dev" / "jy-021" / "letter.json")["truth"]
    inbox = tmp_path / "in"
    shutil.copytree(INPUTS / "jy-021-pages", inbox / "jy-021")
    shutil.copy(FIXTURES / "seed.pdf", inbox / "jy-021" / "cover-letter.pdf")  # a letter of its own
    out = tmp_path / "out"
    assert main(["convert", str(inbox), str(out), "--image-folders", "--quiet", "--jobs", "1"]) == 0
    letter = json.loads((out / "jy-021.json").read_text(encoding="utf-8"))
    assert letter["source"]["files"][0].endswith("p9.png") and letter["source"]["files"][1].endswith("p10.png")
    assert letter["source"]["kind"] == "image" and letter["source"]["pages"] == 2
    assert letter["date"] == truth["date"] and letter["cc"] == truth["cc"]
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["letters_by_kind"] == {"image": 1, "pdf": 1}
    rows = list(csv.DictReader(io.StringIO((out / "index.csv").read_text(encoding="utf-8-sig"))))
    assert {r["kind"] for r in rows} == {"image", "pdf"}
    assert main(["convert", str(inbox), str(out), "--image-folders", "--quiet"]) == 0
    again = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert again["this_run"]["reused"] == 2 and again["this_run"]["converted"] == 0


def test_cli_parse_pages(capsys: pytest.CaptureFixture[str]) -> None:
    pages = [str(INPUTS / "jy-021-pages" / n) for n in ("p9.png", "p10.png")]
    assert main(["parse", "--pages", *pages]) == 0
    letter = json.loads(capsys.readouterr().out)
    assert letter["source"]["files"] == pages and letter["doc_number"]["raw"] == "凤交函〔2022〕72号"


def test_parse_pages_refuses_a_non_image() -> None:
    with pytest.raises(govletter.InputError, match=r"seed\.pdf: not a page image"):
        govletter.parse([INPUTS / "jy-002.png", FIXTURES / "seed.pdf"])
