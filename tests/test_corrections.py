"""Corrections from the review site: validated before anything is applied, applied by `convert
--corrections`, marked as a person's in the evidence, kept on every later run, stale ones reported."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

import govletter
from govletter import corrections
from govletter.cli import main
from govletter.errors import CorrectionsError, InputError
from govletter.models import Letter

from .conftest import FIXTURES, cases

SEED_SHA = "a" * 64


def _record(**changes: Any) -> dict[str, Any]:
    base = {"sha256": SEED_SHA, "file": "2023/seed.pdf", "field": "title", "action": "set", "old": "旧标题",
            "new": "关于西山区第十七届人大二次会议第279号建议答复的函", "by": "李四", "at": "2026-12-04T17:00:00Z"}
    return {**base, **changes}


def _file(tmp_path: Path, records: list[dict[str, Any]], name: str = "corrections.json") -> Path:
    path = tmp_path / name
    path.write_text(corrections.dump(records), encoding="utf-8")
    return path


@pytest.mark.parametrize("row", cases("corrections"))
def test_records_are_validated(row: dict[str, Any]) -> None:
    record = _record(**row["record"])
    if row["error"] is None:
        assert corrections.validate_record(record, "record 1") == record
    else:
        with pytest.raises(CorrectionsError) as info:
            corrections.validate_record(record, "record 1")
        assert row["error"] in str(info.value) and "record 1" in str(info.value)


def test_a_bad_file_is_refused_whole_with_its_name(tmp_path: Path) -> None:
    path = _file(tmp_path, [_record(), _record(field="proposal.number", new="279")])
    with pytest.raises(CorrectionsError) as info:
        corrections.load(path)
    assert str(info.value) == f"{path}: record 2: 'new' for 'proposal.number' must be a whole number >= 0"
    assert isinstance(info.value, InputError)
    for text, cause in (("{", "not a JSON corrections file"), ('{"format": "x"}', "not a corrections file"),
                        ('{"format": "govletter-corrections", "version": 9, "corrections": []}',
                         "unsupported corrections version 9")):
        path.write_text(text, encoding="utf-8")
        with pytest.raises(CorrectionsError, match=cause):
            corrections.load(path)


@pytest.fixture(scope="module")
def seed() -> dict[str, Any]:
    data: dict[str, Any] = govletter.parse(FIXTURES / "seed.pdf").model_dump(mode="json")
    return data


def test_apply_sets_reads_and_marks(seed: dict[str, Any]) -> None:
    sha = seed["source"]["sha256"]
    records = [
        _record(sha256=sha, field="doc_number", old="西民函〔2023〕58号", new="西民函〔2023〕59号"),
        _record(sha256=sha, field="proposal.number", old=279, new=280),
        _record(sha256=sha, field="signer", action="absent", old=None, new=None),
        _record(sha256=sha, field="date", action="confirmed", old="2023-09-26", new=None),
        _record(sha256=sha, field="addressee", action="confirmed", old="张三代表", new=None),  # not what it reads
        _record(sha256=sha, field="body.1", old="一、基本情况", new="一、基本情况说明"),
    ]
    fixed, refused = corrections.apply_all(seed, records)
    assert [(r["field"], why) for r, why in refused] == [("addressee", "the value changed since it was confirmed")]
    letter = Letter.model_validate(fixed)
    assert letter.doc_number is not None
    assert (letter.doc_number.raw, letter.doc_number.year, letter.doc_number.serial) == ("西民函〔2023〕59号", 2023, 59)
    assert letter.proposal is not None and (letter.proposal.number, letter.proposal.number_raw) == (280, "280")
    assert letter.proposal.proposer == "王静"  # the rest of the proposal stays
    assert letter.signer is None and letter.date == "2023-09-26"
    assert letter.body[1].text == "一、基本情况说明" and letter.sections[1].heading == "基本情况说明"
    ev = letter.evidence["doc_number"]
    assert ev.page == 1 and ev.bbox is not None and ev.text == "西民函〔2023〕58号"  # where it was read stays
    assert [(c.field, c.action, c.old, c.new, c.by) for c in ev.corrections] == [
        ("doc_number", "set", "西民函〔2023〕58号", "西民函〔2023〕59号", "李四")]
    assert [c.action for c in letter.evidence["date"].corrections] == ["confirmed"]
    assert letter.evidence["signer"].page is None and letter.evidence["signer"].corrections[0].action == "absent"
    body = letter.evidence["body.1"]
    assert body.page == 1 and body.bbox == tuple(seed["body"][1]["bbox"])
    again, refused_again = corrections.apply_all(fixed, records[:4])
    assert again == fixed and refused_again == []  # applying twice changes nothing: safe on every run
    assert "corrections" not in seed["evidence"]["doc_number"]  # the input is not changed in place


def test_a_doc_number_that_does_not_read_is_kept_as_printed(seed: dict[str, Any]) -> None:
    fixed, _ = corrections.apply_all(seed, [_record(sha256=seed["source"]["sha256"], field="doc_number",
                                                    new="西民函58号")])
    assert fixed["doc_number"] == {"raw": "西民函58号", "issuer_code": None, "year": None, "serial": None}


def test_a_paragraph_the_letter_lacks_is_not_applied(seed: dict[str, Any]) -> None:
    _, refused = corrections.apply_all(seed, [_record(field="body.999", new="x")])
    assert refused[0][1] == "the letter has no paragraph body.999"


def test_merge_keeps_the_latest_per_file_and_field() -> None:
    early = _record(new="甲", at="2026-12-01T00:00:00Z")
    late = _record(new="乙", at="2026-12-02T00:00:00Z")
    other = _record(field="signer", new="西山区民政局")
    assert corrections.merge([late], [early, other]) == [other, late]
    assert corrections.merge([early], [late]) == [other, late][1:]


# --------------------------------------------------------------------------- through convert

def _letter(out: Path, rel: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((out / f"{rel}.json").read_text(encoding="utf-8"))
    return data


def _seed_converted(tmp_path: Path) -> tuple[Path, Path, str, str]:
    """The seed letter as PDF and as text, converted once: (inbox, out, the PDF's sha256, the text's)."""
    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    shutil.copy(FIXTURES / "seed.pdf", inbox / "seed.pdf")
    shutil.copy(FIXTURES / "seed.txt", inbox / "seed.txt")
    assert main(["convert", str(inbox), str(out), "--quiet", "--jobs", "1"]) == 0
    return inbox, out, _letter(out, "seed.pdf")["source"]["sha256"], _letter(out, "seed.txt")["source"]["sha256"]


def test_convert_applies_keeps_and_reports_stale(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inbox, out, pdf_sha, txt_sha = _seed_converted(tmp_path)
    fixes = _file(tmp_path, [
        _record(sha256=pdf_sha, file="seed.pdf", field="signer", old=None, new="西山区民政局"),
        _record(sha256=txt_sha, file="seed.txt", field="title", action="confirmed", new=None,
                old="关于西山区第十七届人大二次会议第279号建议答复的函"),
    ])
    capsys.readouterr()
    assert main(["convert", str(inbox), str(out), "--quiet", "--jobs", "1", "--corrections", str(fixes)]) == 0
    assert capsys.readouterr().err == "govletter: corrections: 2 of 2 applied\n"
    assert _letter(out, "seed.pdf")["signer"] == "西山区民政局"
    assert _letter(out, "seed.pdf")["evidence"]["signer"]["corrections"][0]["by"] == "李四"
    assert "西山区民政局" in (out / "index.csv").read_text(encoding="utf-8-sig")
    assert json.loads((out / "corrections.json").read_text(encoding="utf-8"))["corrections"][0]["file"] == "seed.pdf"

    # a later run without the option, and a run that parses everything again, keep them
    for extra in ([], ["--overwrite"]):
        assert main(["convert", str(inbox), str(out), "--quiet", "--jobs", "1", *extra]) == 0
        assert _letter(out, "seed.pdf")["signer"] == "西山区民政局", extra
        summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
        assert summary["corrections"] == {"kept": 2, "applied": 2, "stale": [], "unmatched": 0, "not_applied": [],
                                          "conflicts": []}

    # the PDF changes: its correction is reported, not applied to the new letter
    (inbox / "seed.pdf").write_bytes((FIXTURES / "seed.pdf").read_bytes() + b"\n%changed\n")
    capsys.readouterr()
    assert main(["convert", str(inbox), str(out), "--quiet", "--jobs", "1"]) == 0
    err = capsys.readouterr().err
    assert "govletter: correction not applied, stale: seed.pdf signer: the file changed since it was reviewed" in err
    assert _letter(out, "seed.pdf")["signer"] is None
    assert _letter(out, "seed.txt")["evidence"]["title"]["corrections"][0]["action"] == "confirmed"


def test_convert_refuses_a_bad_corrections_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    shutil.copy(FIXTURES / "seed.txt", inbox / "seed.txt")
    bad = _file(tmp_path, [_record(field="../../etc/passwd")])
    assert main(["convert", str(inbox), str(out), "--quiet", "--corrections", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"govletter: {bad}: record 1: unknown field '../../etc/passwd'") and err.count("\n") == 1
    assert not (out / "corrections.json").exists() and not (out / "seed.txt.json").exists()


def test_several_files_and_a_folder_merge_and_report_conflicts(tmp_path: Path) -> None:
    """Per-letter exports (Firefox keeps each page's edits apart) come as several files or a folder."""
    folder = tmp_path / "downloads"
    folder.mkdir()
    title = _record(file="a.pdf", sha256="a" * 64)
    early = _record(file="b.pdf", sha256="b" * 64, field="signer", old=None, new="西山区民政局", by="李四",
                    at="2026-12-04T17:00:00Z")
    late = {**early, "new": "西山区人民政府", "by": "王五", "at": "2026-12-04T18:00:00Z"}
    _file(folder, [title, early], "corrections-aaaa.json")
    _file(folder, [title], "corrections.json")  # the same record again: no conflict
    _file(folder, [late], "corrections-bbbb(1).json")  # the browser's name for a second download
    (folder / "notes.json").write_text("{}", encoding="utf-8")  # not a corrections file: not read
    records, conflicts = corrections.load_all([folder])
    assert [(r["file"], r["field"], r["new"]) for r in records] == [
        ("a.pdf", "title", title["new"]), ("b.pdf", "signer", "西山区人民政府")]
    assert conflicts == [{
        "file": "b.pdf", "field": "signer",
        "kept": f"{folder / 'corrections-bbbb(1).json'} record 1 (set \"西山区人民政府\" by 王五 at 2026-12-04T18:00:00Z)",
        "dropped": [f"{folder / 'corrections-aaaa.json'} record 2 (set \"西山区民政局\" by 李四 at 2026-12-04T17:00:00Z)"]}]
    # files given one by one: the same; a folder without corrections files is refused
    assert corrections.load_all(sorted(folder.glob("corrections*.json"))) == (records, conflicts)
    with pytest.raises(CorrectionsError, match=r"no corrections\*\.json file in the folder"):
        corrections.load_all([tmp_path / "downloads", tmp_path])


def test_convert_takes_several_and_reports_conflicts_and_unselected(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    inbox, out, pdf_sha, txt_sha = _seed_converted(tmp_path)
    first = _file(tmp_path, [_record(sha256=pdf_sha, file="seed.pdf", field="signer", old=None, new="西山区民政局"),
                             _record(sha256=txt_sha, file="seed.txt", field="signer", old=None, new="西山区民政局")],
                  "one.json")
    second = _file(tmp_path, [_record(sha256=pdf_sha, file="seed.pdf", field="signer", old=None, new="西山区政府",
                                      by="王五", at="2026-12-04T18:00:00Z")], "two.json")
    capsys.readouterr()
    assert main(["convert", str(inbox), str(out), "--quiet", "--jobs", "1", "--glob", "*.pdf",
                 "--corrections", str(first), "--corrections", str(second)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "govletter: corrections: 1 of 2 applied",
        f"govletter: corrections disagree on seed.pdf signer: kept {second} record 1 (set \"西山区政府\" by 王五 at "
        f"2026-12-04T18:00:00Z); not {first} record 1 (set \"西山区民政局\" by 李四 at 2026-12-04T17:00:00Z)",
        "govletter: corrections: 1 record(s) matched no input of this run (not selected, moved or removed): kept for "
        "later runs"]  # the text file's record: its file was not selected, so it is not stale
    assert _letter(out, "seed.pdf")["signer"] == "西山区政府"
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))["corrections"]
    assert (summary["stale"], summary["unmatched"]) == ([], 1)
    # every input again: the kept record for the text file applies
    assert main(["convert", str(inbox), str(out), "--quiet", "--jobs", "1"]) == 0
    assert capsys.readouterr().err == "govletter: corrections: 2 of 2 applied\n"
    assert _letter(out, "seed.txt")["signer"] == "西山区民政局"


def test_corrections_stay_out_of_the_json_until_a_person_checks(seed: dict[str, Any]) -> None:
    """``Evidence.corrections`` is no contract field: left out while empty, read back as []."""
    assert all("corrections" not in ev for ev in seed["evidence"].values())
    assert Letter.model_validate(seed).evidence["title"].corrections == []
    sha = seed["source"]["sha256"]
    fixed, refused = corrections.apply_all(seed, [_record(sha256=sha, field="signer", old=None, new="西山区民政局")])
    assert refused == []
    assert [k for k, ev in fixed["evidence"].items() if "corrections" in ev] == ["signer"]
    letter = Letter.model_validate(fixed)
    assert letter.evidence["signer"].corrections[0].by == "李四"
    assert letter.model_dump(mode="json")["evidence"] == fixed["evidence"]  # the same JSON again
