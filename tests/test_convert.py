"""`govletter convert`: every output file, failures recorded, resume after a kill, a Dask cluster."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest

from govletter.cli import main
from govletter.convert import discover, iter_jsonl, safe_part, sniff
from govletter.pool import WorkerPool

from .conftest import FIXTURES

NOVEL = ("第一章\n\n那年夏天，我们一家搬到了海边的小城。父亲在港口找了一份工作，母亲每天清晨去市场买鱼。"
         "我常常坐在防波堤上看船进港，数着桅杆，等待太阳落进海里。\n\n"
         "弟弟比我小三岁，总是跟在我身后，问我海的那一边是什么地方。我告诉他，那边也有一个男孩在问同样的问题。\n")


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """A folder as archivists have them: letters, nested folders, a broken file, a non-letter, junk."""
    root = tmp_path / "in"
    (root / "2023" / "b").mkdir(parents=True)
    shutil.copy(FIXTURES / "seed.pdf", root / "seed.pdf")
    shutil.copy(FIXTURES / "dev" / "jy-002" / "v0.pdf", root / "2023" / "jy-002.pdf")
    shutil.copy(FIXTURES / "dev" / "tp-007" / "v0.pdf", root / "2023" / "b" / "tp-007.dat")  # a PDF by content
    (root / "2023" / "b" / "seed.txt").write_bytes((FIXTURES / "seed.txt").read_text(encoding="utf-8")
                                                   .encode("gb18030"))
    (root / "broken.pdf").write_bytes((FIXTURES / "seed.pdf").read_bytes()[:2000])
    (root / "novel.txt").write_text(NOVEL, encoding="utf-8")
    shutil.copy(FIXTURES / "seed-scan-turned.pdf", root / "scanned.pdf")  # a scan, its page fed sideways
    (root / "sheet.xlsx").write_bytes(_zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}))
    (root / ".hidden.pdf").write_bytes(b"%PDF-1.4 hidden")
    return root


LETTERS = ["2023/b/seed.txt", "2023/b/tp-007.dat", "2023/jy-002.pdf", "novel.txt", "scanned.pdf", "seed.pdf"]


def _run(*args: str) -> int:
    return main(["convert", *args, "--quiet"])


def test_convert_writes_every_output(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert _run(str(inbox), str(out), "--jobs", "2") == 1  # some files failed
    for rel in LETTERS:
        letter = json.loads((out / f"{rel}.json").read_text(encoding="utf-8"))
        assert letter["source"]["sha256"]
    seed = json.loads((out / "seed.pdf.json").read_text(encoding="utf-8"))
    assert seed["doc_number"]["raw"] == "西民函〔2023〕58号"
    assert json.loads((out / "2023/b/tp-007.dat.json").read_text(encoding="utf-8"))["doc_number"]["raw"] == (
        "长房议字〔2025〕11号")
    assert json.loads((out / "2023/b/seed.txt.json").read_text(encoding="utf-8"))["source"]["encoding"] == "gb18030"
    assert not (out / "sheet.xlsx.json").exists() and not (out / ".hidden.pdf.json").exists()

    letters = list(iter_jsonl(out / "letters.jsonl"))
    assert [d["source"]["path"] for d in letters] == LETTERS

    raw = (out / "index.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read UTF-8
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert [r["file"] for r in rows] == LETTERS
    by_file = {r["file"]: r for r in rows}
    assert by_file["seed.pdf"]["doc_number"] == "西民函〔2023〕58号"
    assert by_file["seed.pdf"]["proposal_number"] == "279" and by_file["seed.pdf"]["pages"] == "5"
    assert by_file["seed.pdf"]["contacts"] == "杨雕 68220583"

    errors = list(iter_jsonl(out / "errors.jsonl"))
    assert [(e["file"], e["error"]) for e in errors] == [("broken.pdf", "ExtractionError")]
    assert all(e["message"].startswith(str(inbox)) for e in errors)

    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["inputs"] == 7 and summary["letters"] == 6 and summary["failed"] == 1
    assert summary["skipped_not_pdf_or_text"] == ["sheet.xlsx"]
    assert summary["letters_by_kind"] == {"pdf": 4, "text": 2}
    assert by_file["seed.pdf"]["kind"] == "pdf" and by_file["novel.txt"]["kind"] == "text"
    assert summary["this_run"]["converted"] == 6 and summary["this_run"]["reused"] == 0
    assert by_file["scanned.pdf"]["ocr_pages"] == "1" and by_file["scanned.pdf"]["doc_number"] == "西民函〔2023〕58号"
    assert summary["pages"] == sum(d["source"]["pages"] for d in letters)
    assert summary["coverage"]["doc_number"] == 0.8333  # 5 of 6: the novel has none
    assert summary["warnings_by_code"]["elements.doc_number_missing"] == 1
    assert not list(out.rglob(".*.tmp-*"))


def test_resume_skips_unchanged_and_redoes_changed(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _run(str(inbox), str(out))
    before = (out / "seed.pdf.json").stat().st_mtime_ns
    shutil.copy(FIXTURES / "dev" / "jy-021" / "v0.pdf", inbox / "2023" / "jy-002.pdf")  # changed bytes
    _run(str(inbox), str(out))
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["this_run"]["reused"] == 5 and summary["this_run"]["converted"] == 1
    assert summary["this_run"]["failed"] == 1  # failures are tried again
    assert (out / "seed.pdf.json").stat().st_mtime_ns == before
    assert json.loads((out / "2023/jy-002.pdf.json").read_text(encoding="utf-8"))["doc_number"]["raw"] == (
        "凤交函〔2022〕72号")
    _run(str(inbox), str(out), "--overwrite")
    assert json.loads((out / "summary.json").read_text(encoding="utf-8"))["this_run"]["converted"] == 6


def test_a_fixed_file_loses_its_error_record(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _run(str(inbox), str(out))
    assert (out / "broken.pdf.error.json").exists()
    shutil.copy(FIXTURES / "seed.pdf", inbox / "broken.pdf")
    assert _run(str(inbox), str(out), "--glob", "*.pdf") == 0
    assert (out / "broken.pdf.json").exists() and not (out / "broken.pdf.error.json").exists()
    assert list(iter_jsonl(out / "errors.jsonl")) == []


def test_kill_then_resume_loses_nothing(tmp_path: Path) -> None:
    src = tmp_path / "many"
    src.mkdir()
    for i in range(40):
        shutil.copy(FIXTURES / "dev" / ("jy-002", "jy-021", "tp-007")[i % 3] / "v0.pdf", src / f"l{i:02d}.pdf")
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "govletter", "convert", str(src), str(out), "--jobs", "1", "--quiet"]
    proc = subprocess.Popen(cmd, start_new_session=True)
    deadline = time.monotonic() + 60
    while len(list(out.rglob("l*.pdf.json"))) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done = list(out.rglob("l*.pdf.json"))
    assert 3 <= len(done) < 40, "the run finished before it could be killed"
    for path in done:  # whole files only
        assert json.loads(path.read_text(encoding="utf-8"))["source"]["sha256"]
    assert subprocess.run(cmd, check=False).returncode == 0
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["letters"] == 40 and summary["this_run"]["reused"] >= len(done)
    assert len(list(iter_jsonl(out / "letters.jsonl"))) == 40
    assert not list(out.rglob(".*.tmp-*"))


def test_interrupt_keeps_finished_outputs_and_aggregates(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "govletter", "convert", str(inbox), str(out), "--jobs", "1"],
                            stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not list(out.rglob("*.pdf.json")) and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    if proc.returncode == 130:
        assert "interrupted" in err and "run again to resume" in err
        summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
        assert summary["letters"] >= 1
    else:  # it finished first: nothing to check about interruption, but the run must be whole
        assert proc.returncode == 1
    assert "Traceback" not in err


# --------------------------------------------------------------------------- input names and sniffing

@pytest.mark.parametrize(("name", "safe"), [
    ("plain.pdf", "plain.pdf"),
    ("..", "_"),
    (".", "_"),
    ("a:b?.pdf", "a_b_.pdf"),
    ("tab\there.pdf", "tab_here.pdf"),
    ("trailing. ", "trailing"),
    ("答复 (1).pdf", "答复 (1).pdf"),
    ("back\\slash.pdf", "back_slash.pdf"),
])
def test_safe_part(name: str, safe: str) -> None:
    assert safe_part(name) == safe


def test_long_names_are_cut_with_a_digest() -> None:
    name = "答" * 120 + ".pdf"
    safe = safe_part(name)
    assert len(safe.encode("utf-8")) <= 200 and safe != safe_part("答" * 121 + ".pdf")


def test_outputs_stay_inside_out(tmp_path: Path) -> None:
    src = tmp_path / "in"
    (src / "x").mkdir(parents=True)
    shutil.copy(FIXTURES / "seed.txt", src / "x" / "\\..\\..\\evil.txt")  # Windows-style escape
    shutil.copy(FIXTURES / "seed.txt", src / "x" / "a:b.txt")
    shutil.copy(FIXTURES / "seed.txt", src / "x" / "a?b.txt")  # the same safe name: made unique
    out = tmp_path / "out"
    tasks, _ = discover(src, out)
    targets = [t.out for t in tasks]
    assert len(set(targets)) == 3
    assert all(t.resolve().is_relative_to(out.resolve()) for t in targets)
    assert sorted(t.out.relative_to(out).as_posix() for t in tasks) == ["x/_.._.._evil.txt", "x/a_b.txt",
                                                                       "x/a_b.txt~2"]


def test_sniff_by_content(tmp_path: Path) -> None:
    pdf = tmp_path / "letter.bin"
    pdf.write_bytes((FIXTURES / "seed.pdf").read_bytes())
    gbk = tmp_path / "letter"
    gbk.write_bytes((FIXTURES / "seed.txt").read_text(encoding="utf-8").encode("gbk"))
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 4)
    english = tmp_path / "README"
    english.write_text("just some notes\n", encoding="utf-8")
    script = tmp_path / "make.py"
    script.write_text('# 生成答复函的测试文件，写入 b"%PDF-1.7" 开头的字节\nprint("关于建议的答复")\n', encoding="utf-8")
    assert [sniff(p) for p in (pdf, gbk, junk, english, script)] == ["pdf", "text", None, None, None]


@pytest.mark.parametrize(("head", "expected"), [
    (b"%PDF-1.7\n%\xe2\xe3", True),
    (b"\r\n\r\n%PDF-1.4\n", True),  # junk lines before the header, as mail gateways leave
    (b"\x00\x01\xfe\xff%PDF-1.5\n", True),  # binary junk before the header
    (b'out.write(b"%PDF-1.7\\n")', False),  # a program that writes PDFs
    (b"see the %PDF- header\n", False),
    (b"", False),
])
def test_is_pdf(head: bytes, expected: bool) -> None:
    from govletter.extract import is_pdf

    assert is_pdf(head) is expected


# --------------------------------------------------------------------------- the worker pool

def _misbehave(arg: str, _extra: Any) -> str:
    if arg == "crash":
        os._exit(3)
    if arg == "segv":
        os.kill(os.getpid(), signal.SIGSEGV)
    if arg == "hang":
        time.sleep(60)
    if arg == "hog":
        hog = bytearray(600 * 2**20)  # resident: touched below
        for i in range(0, len(hog), 4096):
            hog[i] = 1
        time.sleep(30)
    return arg.upper()


def test_pool_survives_crashes_hangs_and_memory_hogs() -> None:
    items = ["a", "crash", "b", "segv", "hang", "hog", "c"]
    with WorkerPool[str](2, _misbehave, None, timeout=5, max_memory_mb=400) as pool:
        results = dict(pool.map(items, lambda x: x))
    assert results["a"] == "A" and results["b"] == "B" and results["c"] == "C"
    assert results["crash"] == {"error": "WorkerCrash", "message": "the worker process died (exit code 3)"}
    assert results["segv"]["error"] == "WorkerCrash" and "signal 11" in results["segv"]["message"]
    assert results["hang"]["error"] == "Timeout"
    assert results["hog"]["error"] == "MemoryLimit"


# --------------------------------------------------------------------------- Dask

def _untimed(path: Path) -> list[dict[str, Any]]:
    records = list(iter_jsonl(path))
    for r in records:
        (r.get("source") or r).pop("seconds")
    return records


def test_dask_local_cluster(inbox: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    local = tmp_path / "local"
    _run(str(inbox), str(local))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cl:
        out = tmp_path / "dask"
        assert _run(str(inbox), str(out), "--executor", "dask", "--scheduler", cl.scheduler_address) == 1
    assert (out / "index.csv").read_text(encoding="utf-8") == (local / "index.csv").read_text(encoding="utf-8")
    for name in ("letters.jsonl", "errors.jsonl"):  # the same but for each file's parse time
        assert _untimed(out / name) == _untimed(local / name), name
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["letters"] == 6 and summary["failed"] == 1


def test_convert_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", str(tmp_path / "missing"), str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err.strip() == f"govletter: {tmp_path / 'missing'}: no such file or folder"
    assert main(["convert", str(FIXTURES / "seed.txt"), str(tmp_path / "o"), "--executor", "dask", "-q"]) == 2
    assert "--scheduler" in capsys.readouterr().err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_and_lines_otherwise(inbox: Path, tmp_path: Path) -> None:
    from govletter.convert import Options, convert

    tty = _Terminal()
    convert(inbox, tmp_path / "a", options=Options(), jobs=1, stream=tty, pattern="*.txt")
    shown = tty.getvalue()
    assert "\r[" in shown and "files" in shown and "pages/s" in shown and "ETA" in shown and "failed" in shown
    log = io.StringIO()
    convert(inbox, tmp_path / "b", options=Options(), jobs=1, stream=log, pattern="*.txt")
    lines = log.getvalue().splitlines()
    assert lines == ["govletter: [1/2] 2023/b/seed.txt: ok, 1 page, " + lines[0].rsplit(", ", 1)[1],
                     "govletter: [2/2] novel.txt: ok, 1 page, " + lines[1].rsplit(", ", 1)[1]]
    quiet = io.StringIO()
    convert(inbox, tmp_path / "c", options=Options(), jobs=1, stream=quiet, quiet=True, pattern="*.txt")
    assert quiet.getvalue() == ""
