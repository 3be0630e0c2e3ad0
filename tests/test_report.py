"""``govletter report``: the report of a converted set has the counts its outputs have, escapes every
document string, and opens in headless Chromium."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest

from govletter.cli import main
from govletter.convert import Options, convert, iter_jsonl

from .conftest import FIXTURES


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    inbox = tmp_path_factory.mktemp("in")
    for letter_id in ("jy-002", "jy-021", "tp-007"):
        shutil.copy(FIXTURES / "dev" / letter_id / "v0.pdf", inbox / f"{letter_id}.pdf")
    shutil.copy(FIXTURES / "seed.txt", inbox / "seed.txt")
    shutil.copy(FIXTURES / "bad" / "truncated.pdf", inbox / "truncated.pdf")
    out = tmp_path_factory.mktemp("out")
    convert(inbox, out, options=Options(ocr="never"), jobs=2, quiet=True)
    assert main(["report", str(out)]) == 0
    return out


def _json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def test_report_counts_are_the_outputs_counts(converted: Path) -> None:
    report = _json(converted / "report.json")
    summary = _json(converted / "summary.json")
    letters = list(iter_jsonl(converted / "letters.jsonl"))
    totals = report["totals"]
    assert (totals["letters"], totals["failed"], totals["pages"]) == (4, 1, summary["pages"])
    assert summary["letters"] == 4 and summary["failed"] == 1
    tables = report["tables"]
    for name in ("year", "level", "province", "handling_type", "kind", "topic"):
        assert sum(row["count"] for row in tables[name]["rows"]) == 4, name
    assert {r["key"]: r["count"] for r in tables["warnings"]["rows"]} == summary["warnings_by_code"]
    for field, share in summary["coverage"].items():
        assert report["coverage"][field] == share
    assert {r["key"]: r["count"] for r in tables["topic"]["rows"]} == {"水利": 1, "交通运输": 1, "住房城乡建设": 1,
                                                                      "民政": 1}
    assert {r["key"]: r["count"] for r in tables["kind"]["rows"]} == {"建议": 3, "提案": 1}
    assert {r["key"]: r["count"] for r in tables["level"]["rows"]} == {"县": 2, "市": 1, "(unknown)": 1}
    assert [r["key"] for r in tables["year"]["rows"]] == sorted({d["date"][:4] for d in letters})
    assert [f["file"] for f in report["failed"]] == ["truncated.pdf"]
    assert sorted(s["file"] for s in report["slowest"]) == sorted(d["source"]["path"] for d in letters)
    rows = list(csv.reader(io.StringIO((converted / "report.csv").read_text(encoding="utf-8-sig"))))
    assert ["totals", "letters", "4"] in rows and ["failed", "truncated.pdf", "ExtractionError"] in rows


def test_index_has_the_catalogue_columns(converted: Path) -> None:
    rows = list(csv.DictReader(io.StringIO((converted / "index.csv").read_text(encoding="utf-8-sig"))))
    by_file = {r["file"]: r for r in rows}
    assert by_file["jy-002.pdf"]["topic"] == "水利"
    assert (by_file["jy-002.pdf"]["office"], by_file["jy-002.pdf"]["office_level"], by_file["jy-002.pdf"]["city"]) == (
        "岳阳县水利局", "县", "岳阳市")
    assert by_file["seed.txt"]["meeting_term"] == "17" and by_file["seed.txt"]["meeting_session"] == "2"
    assert by_file["seed.txt"]["keywords"].split("；")[:2] == ["探索", "社区服务"]


def test_document_strings_are_escaped(converted: Path, tmp_path: Path) -> None:
    evil = '<script>alert("x")</script>&局'
    line = (converted / "letters.jsonl").read_text(encoding="utf-8").splitlines()[0]
    data = json.loads(line)
    data["office"]["name"] = evil
    (tmp_path / "letters.jsonl").write_text(json.dumps(data, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["report", str(tmp_path), "-o", str(tmp_path / "r" / "x.html")]) == 0
    page = (tmp_path / "r" / "x.html").read_text(encoding="utf-8")
    assert "<script>" not in page
    assert page.count("&lt;script&gt;alert(") == 2  # the table and the chart's label
    assert (tmp_path / "r" / "report.json").is_file() and (tmp_path / "r" / "report.csv").is_file()


def test_report_of_a_folder_without_letters_is_a_clear_error(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert str(tmp_path) in err and "letters.jsonl" in err and "Traceback" not in err


def test_report_opens_in_headless_chromium(converted: Path) -> None:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: `make test` installs Debian's chromium")
        pytest.skip("chromium is not installed (make test installs it)")
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", f"--user-data-dir={profile}", "--dump-dom",
             (converted / "report.html").as_uri()], capture_output=True, text=True, timeout=120)
    dom = done.stdout
    assert done.returncode == 0, done.stderr[-2000:]
    assert "<h1>govletter report</h1>" in dom
    assert '<td>letters</td><td class="n">4</td>' in dom
    assert dom.count("<svg") == 9  # eight counted tables and the coverage
    assert "岳阳县水利局" in dom and "truncated.pdf" in dom


def test_report_without_matplotlib_says_what_to_install(converted: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "matplotlib" else real(name, *a))
    assert main(["report", str(converted)]) == 2
    assert "pip install 'govletter[report]'" in capsys.readouterr().err
