"""For Python scripts: parse_many through the worker pool, read_output, Letter.to_record()."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

import govletter
from govletter.convert import Options, convert
from govletter.records import RECORD_COLUMNS

from .conftest import FIXTURES


def test_parse_many_yields_letters_and_errors() -> None:
    paths = [FIXTURES / "seed.txt", FIXTURES / "dev" / "jy-021" / "v0.pdf", FIXTURES / "bad" / "truncated.pdf",
             FIXTURES / "no-such-file.pdf"]
    results = dict(govletter.parse_many(paths, jobs=2, ocr="never"))
    assert sorted(results) == sorted(str(p) for p in paths)
    seed = results[str(FIXTURES / "seed.txt")]
    assert isinstance(seed, govletter.Letter) and seed.doc_number is not None
    assert seed.doc_number.raw == "西民函〔2023〕58号"
    jy = results[str(FIXTURES / "dev" / "jy-021" / "v0.pdf")]
    assert isinstance(jy, govletter.Letter) and jy.office is not None and jy.office.name == "凤县交通运输局"
    broken = results[str(FIXTURES / "bad" / "truncated.pdf")]
    assert isinstance(broken, govletter.ExtractionError) and broken.path == str(FIXTURES / "bad" / "truncated.pdf")
    missing = results[str(FIXTURES / "no-such-file.pdf")]
    assert isinstance(missing, govletter.InputError) and missing.cause == "no such file"


def test_parse_many_strict_and_unknown_options() -> None:
    results = dict(govletter.parse_many([FIXTURES / "seed.txt"], jobs=1, strict=True))
    assert isinstance(results[str(FIXTURES / "seed.txt")], govletter.StrictModeError)
    with pytest.raises(TypeError, match="unknown option"):
        list(govletter.parse_many([FIXTURES / "seed.txt"], colour="red"))


def test_read_output_and_to_record(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "seed.txt").write_bytes((FIXTURES / "seed.txt").read_bytes())
    (inbox / "tp-007.pdf").write_bytes((FIXTURES / "dev" / "tp-007" / "v0.pdf").read_bytes())
    out = tmp_path / "out"
    convert(inbox, out, options=Options(), jobs=1, quiet=True)
    letters = list(govletter.read_output(out))
    assert [letter.source.path for letter in letters] == ["seed.txt", "tp-007.pdf"]
    assert all(letter.source.seconds is not None and letter.source.seconds > 0 for letter in letters)
    index = list(csv.DictReader(io.StringIO((out / "index.csv").read_text(encoding="utf-8-sig"))))
    for letter, row in zip(letters, index, strict=True):
        record = letter.to_record()
        assert tuple(record) == RECORD_COLUMNS
        assert {k: "" if v is None else str(v) for k, v in record.items()} == row  # the same as index.csv
    tp = letters[1].to_record()
    assert (tp["topic"], tp["office"], tp["office_level"], tp["province"], tp["meeting_body"], tp["meeting_term"],
            tp["meeting_session"]) == ("住房城乡建设", "长春市住房保障和房屋管理局", "市", "吉林省", "政协", 14, 4)


def test_read_output_of_a_folder_that_is_none(tmp_path: Path) -> None:
    with pytest.raises(govletter.InputError, match=r"letters\.jsonl") as info:
        list(govletter.read_output(tmp_path))
    assert info.value.path == str(tmp_path)
    (tmp_path / "letters.jsonl").write_text('{"title": 1}\n', encoding="utf-8")
    with pytest.raises(govletter.InputError, match="line 1 is not a letter"):
        list(govletter.read_output(tmp_path))
