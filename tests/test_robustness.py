"""Hostile inputs (tests/fixtures/bad, built by make_bad.py): a Letter or a GovLetterError, never worse."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

import govletter
from govletter.cli import main

from .conftest import FIXTURES

BAD = FIXTURES / "bad"
sys.path.insert(0, str(BAD))
import make_bad  # type: ignore[import-not-found]  # noqa: E402

SEED_TITLE = "关于西山区第十七届人大二次会议第279号建议答复的函"


@pytest.fixture(scope="session", autouse=True)
def big_files() -> None:
    """The 2,000-page PDF and the decompression bomb are made once, not committed."""
    make_bad.build_big(BAD)


# file -> the error class and a piece of its message, or "letter" with checks on the result
OUTCOMES: list[tuple[str, str, str]] = [
    ("empty.pdf", "InputError", "the file is empty"),
    ("truncated.pdf", "ExtractionError", "not a readable PDF"),
    ("encrypted.pdf", "EncryptedError", "password is missing or wrong"),
    ("not-a-pdf.pdf", "InputError", "named .pdf but not a PDF"),
    ("letter.docx", "ExtractionError", "word/document.xml is not well-formed XML"),
    ("random.bin", "EncodingError", "cannot tell the text encoding"),
    ("bomb.pdf", "LimitError", "an image on the page is 40000 × 40000 pixels"),
    ("pages-2000.pdf", "LimitError", "the PDF has 2000 pages, more than the limit of 200"),
    ("wide-100m.pdf", "LimitError", "the page is 100000 × 297 mm"),
]


@pytest.mark.parametrize(("name", "error", "message"), OUTCOMES, ids=[o[0] for o in OUTCOMES])
def test_clear_error(name: str, error: str, message: str) -> None:
    with pytest.raises(govletter.GovLetterError) as info:
        govletter.parse(BAD / name)
    assert type(info.value).__name__ == error
    assert str(info.value).startswith(str(BAD / name))  # the file is named
    assert message in str(info.value)


@pytest.mark.parametrize("name", ["broken-xref.pdf", "gbk.txt", "utf16.txt", "nul-bytes.txt"])
def test_damaged_but_readable_letters_parse(name: str) -> None:
    letter = govletter.parse(BAD / name)
    assert letter.title == SEED_TITLE
    assert letter.doc_number is not None and letter.doc_number.raw == "西民函〔2023〕58号"
    assert letter.date == "2023-09-26"


def test_nul_bytes_are_dropped() -> None:
    letter = govletter.parse(BAD / "nul-bytes.txt")
    assert "\x00" not in letter.model_dump_json()


def test_encrypted_with_password_and_owner_only() -> None:
    letter = govletter.parse(BAD / "encrypted.pdf", password="secret")
    assert [b.text for b in letter.body] == ["Reply letter 2023 No. 58"]
    owner_only = govletter.parse(BAD / "owner-only.pdf")
    assert [b.text for b in owner_only.body] == ["Reply letter 2023 No. 58"]


def test_javascript_and_attachments_are_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    letter = govletter.parse(BAD / "javascript.pdf")
    assert [b.text for b in letter.body] == ["Hello from a page with a script"]
    assert "EMBEDDED-SECRET-PAYLOAD" not in letter.model_dump_json()
    assert not any(tmp_path.iterdir())  # nothing extracted or written


def test_title_only_letter() -> None:
    letter = govletter.parse(BAD / "title-only.txt")
    assert letter.title == SEED_TITLE and letter.body == []
    codes = {w.code for w in letter.warnings}
    assert {"elements.body_missing", "elements.addressee_missing", "elements.date_missing"} <= codes
    assert "not_a_letter" not in codes


def test_a_novel_is_not_a_letter() -> None:
    """Decided: a document that is no letter parses, with empty fields and a `not_a_letter` warning."""
    letter = govletter.parse(BAD / "novel.txt")
    data: dict[str, Any] = letter.model_dump(mode="json")
    for field in ("doc_number", "title", "addressee", "signer", "date", "proposal", "handling_type", "publicity"):
        assert data[field] is None, field
    assert data["contacts"] == [] and data["cc"] == []
    assert "not_a_letter" in {w.code for w in letter.warnings}
    assert "".join(b.text for b in letter.body).startswith("那年夏天")


def test_limits_can_be_lifted() -> None:
    letter = govletter.parse(BAD / "pages-2000.pdf", max_pages=0)
    assert letter.source.pages == 2000


def test_a_batch_of_hostile_files_finishes(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["convert", str(BAD), str(out), "--quiet", "--glob", "*[!y]"]) == 1  # all but make_bad.py
    errors = {e["file"]: e["error"] for e in map(json.loads, (out / "errors.jsonl").read_text("utf-8").splitlines())}
    skipped = {"random.bin"}  # no document by content: listed, not parsed
    assert errors == {name: error for name, error, _ in OUTCOMES if name not in skipped}
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert sorted(summary["skipped_not_pdf_or_text"]) == sorted(skipped)
    assert summary["letters"] == 8 and summary["failed"] == len(OUTCOMES) - len(skipped)


def test_no_temporary_files_left(tmp_path: Path) -> None:
    before = set(os.listdir(tmp_path))
    for name, _, _ in OUTCOMES:
        with pytest.raises(govletter.GovLetterError):
            govletter.parse(BAD / name)
    assert set(os.listdir(tmp_path)) == before


def test_a_long_run_of_short_unit_lines_is_read_once() -> None:
    """A table of units printed one a line (2,000 of them, each shaped like a signer) before the date:
    the tail is found by walking the run once (it once recursed line by line, past Python's limit), and
    no more than MAX_COSIGNERS of them make the 署名, each unit once."""
    units = ["某某县交通运输局", "某某县财政局", "某某县自然资源局", "某某县水利局"] * 500
    letter = govletter.parse_text("\n".join(["关于第5号建议的答复", "王某代表：", "您的建议收悉，现答复如下：已经办理完毕。",
                                             *units, "2024年6月12日"]))
    assert letter.date == "2024-06-12"
    assert letter.signer == "某某县自然资源局、某某县水利局、某某县交通运输局、某某县财政局"
    assert [b.text for b in letter.body] == ["您的建议收悉，现答复如下：已经办理完毕。"]
