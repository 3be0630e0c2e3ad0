"""Inputs: paths, bytes and strings; text files in every common encoding; bad input gives clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

import govletter
from govletter.extract.text import decode

from .conftest import FIXTURES

SEED = (FIXTURES / "seed.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
     ("gb18030", b""), ("gbk", b"")],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "gb18030", "gbk"],
)
def test_text_file_encodings(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    path = tmp_path / "letter.txt"
    path.write_bytes(prefix + SEED.encode(encoding))
    letter = govletter.parse(path)
    assert letter.title == "关于西山区第十七届人大二次会议第279号建议答复的函"
    assert len(letter.body) == 14
    assert letter.source.kind == "text" and letter.source.path == str(path)


def test_utf16_without_bom_is_detected() -> None:
    text, encoding = decode(SEED.encode("utf-16-le"))
    assert encoding == "utf-16-le" and text == SEED


def test_gbk_is_not_read_as_mojibake() -> None:
    text, encoding = decode("王静代表：您提出的建议收悉。".encode("gbk"))
    assert encoding == "gb18030" and text == "王静代表：您提出的建议收悉。"


def test_undecodable_bytes_are_an_encoding_error() -> None:
    data = bytes(range(128, 256)) * 8
    with pytest.raises(govletter.EncodingError, match="cannot tell the text encoding"):
        govletter.parse(data)


def test_str_bytes_and_path_agree(tmp_path: Path) -> None:
    path = tmp_path / "seed.txt"
    path.write_text(SEED, encoding="utf-8")
    a, b, c = govletter.parse(SEED), govletter.parse(SEED.encode()), govletter.parse(str(path))
    assert a.body == b.body == c.body
    assert govletter.parse_text(SEED).title == a.title


def test_pdf_from_bytes_and_parse_pdf() -> None:
    data = (FIXTURES / "seed.pdf").read_bytes()
    assert govletter.parse(data).doc_number == govletter.parse_pdf(FIXTURES / "seed.pdf").doc_number


@pytest.mark.parametrize(
    ("content", "error", "message"),
    [
        (b"", govletter.InputError, "the file is empty"),
        (b"   \n\n", govletter.InputError, "the file is empty"),
        (b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n", govletter.ExtractionError, "not a readable PDF"),
        (b"PK\x03\x04" + b"\x00" * 64, govletter.InputError, "a zip file but neither a Word .docx nor an OFD"),
    ],
    ids=["zero-bytes", "whitespace", "truncated-pdf", "zip"],
)
def test_bad_files_name_the_file_and_cause(tmp_path: Path, content: bytes, error: type, message: str) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(content)
    with pytest.raises(error, match=message) as info:
        govletter.parse(path)
    assert str(path) in str(info.value)


def test_missing_file() -> None:
    with pytest.raises(govletter.InputError, match="no such file"):
        govletter.parse("missing-letter.pdf")


def test_parse_pdf_refuses_text(tmp_path: Path) -> None:
    path = tmp_path / "letter.pdf"
    path.write_text(SEED, encoding="utf-8")
    with pytest.raises(govletter.InputError, match="not a PDF"):
        govletter.parse_pdf(path)


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "blank.pdf"
    canvas = Canvas(str(path))
    canvas.rect(100, 100, 200, 200)
    canvas.save()
    with pytest.raises(govletter.ExtractionError, match=r"blank\.pdf: no text found: the PDF's pages are blank"):
        govletter.parse(path)
    with pytest.raises(govletter.ExtractionError, match=r"no readable text layer .* OCR is off"):
        govletter.parse(path, ocr="never")


def test_strict_mode_turns_warnings_into_an_error() -> None:
    with pytest.raises(govletter.StrictModeError, match=r"elements\.signer_missing"):
        govletter.parse_text(SEED, strict=True)


def test_unknown_option() -> None:
    with pytest.raises(TypeError, match="unknown option"):
        govletter.parse_text(SEED, colour="red")


def test_unknown_backend() -> None:
    with pytest.raises(govletter.InputError, match="unknown backend"):
        govletter.parse(FIXTURES / "seed.pdf", backend="nope")


def test_empty_text() -> None:
    with pytest.raises(govletter.InputError, match="empty"):
        govletter.parse_text("  \n ")


def _encrypted_pdf(path: Path, *, user: str, owner: str) -> None:
    """A Latin-text PDF (reportlab garbles CID fonts when it encrypts) with standard encryption."""
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), encrypt=pdfencrypt.StandardEncryption(user, owner, canPrint=1))
    canvas.setFont("Helvetica", 16)
    canvas.drawString(80, 780, "Reply letter body")
    canvas.save()


def test_encrypted_pdf_needs_its_password(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    _encrypted_pdf(path, user="secret", owner="owner")
    for password in (None, "wrong"):
        with pytest.raises(govletter.EncryptedError, match="password is missing or wrong") as info:
            govletter.parse(path, password=password)
        assert str(path) in str(info.value)
    assert [item.text for item in govletter.parse(path, password="secret").body] == ["Reply letter body"]


def test_owner_password_only_pdf_parses(tmp_path: Path) -> None:
    path = tmp_path / "owner-only.pdf"
    _encrypted_pdf(path, user="", owner="owner")
    assert [item.text for item in govletter.parse(path).body] == ["Reply letter body"]


@pytest.mark.parametrize(
    "text",
    ["王静代表", "王静代表：", "2023年9月26日", "— 4 —", "抄送：区政府办公室。", "一、", "（", "《》", "联系人：",
     "您好", "a", "\f\f\f", "此致\n敬礼", "\n".join(["测试"] * 300), "。" * 500],
    ids=lambda t: repr(t[:12]),
)
def test_tiny_and_odd_texts_give_a_letter(text: str) -> None:
    """Fragments and degenerate texts end in a Letter (or a GovLetterError), never another exception."""
    try:
        letter = govletter.parse_text(text)
    except govletter.GovLetterError:
        return
    assert letter.model_validate_json(letter.model_dump_json()) == letter


def test_page_limit_refuses_before_reading(tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(str(FIXTURES / "seed.pdf"))
    big = pdfium.PdfDocument.new()
    big.import_pages(src, [0, 1] * 3)
    target = tmp_path / "six-pages.pdf"
    big.save(str(target))
    for backend in ("pdfium", "pdfplumber"):
        with pytest.raises(govletter.LimitError, match=r"six-pages\.pdf: the PDF has 6 pages, more than the limit of 5"):
            govletter.parse(target, max_pages=5, backend=backend)
    assert govletter.parse(target, max_pages=0).source.pages == 6


def test_size_and_time_limits(tmp_path: Path) -> None:
    text = (FIXTURES / "seed.txt").read_text(encoding="utf-8")
    with pytest.raises(govletter.LimitError, match="more than the limit of 100"):
        govletter.parse_text(text, max_bytes=100)
    target = tmp_path / "seed.txt"
    target.write_text(text, encoding="utf-8")
    with pytest.raises(govletter.LimitError, match=r"seed\.txt: the file is"):
        govletter.parse(target, max_bytes=100)
    with pytest.raises(govletter.LimitError, match=r"seed\.pdf, page 1: reading took longer than the time limit"):
        govletter.parse(FIXTURES / "seed.pdf", max_seconds=1e-9)
    with pytest.raises(govletter.LimitError, match=r"3 pages .form feeds."):
        govletter.parse_text(text + "\f二\f三", max_pages=2)
