"""The command line: JSON out, one stderr line per failed file, exit codes, python -m."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from govletter.cli import main

from .conftest import FIXTURES


def test_parse_one_file_prints_one_object(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(FIXTURES / "seed.pdf")]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["doc_number"]["raw"] == "西民函〔2023〕58号"
    assert data["source"]["kind"] == "pdf"


def test_jsonl_and_a_failing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n% truncated")
    code = main(["parse", "--jsonl", str(FIXTURES / "seed.txt"), str(broken), str(FIXTURES / "seed.pdf")])
    out, err = capsys.readouterr()
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 2 and all(json.loads(line)["title"] for line in lines)
    assert err.count("\n") == 1 and str(broken) in err and "not a readable PDF" in err


def test_several_files_print_an_array(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(FIXTURES / "seed.txt"), str(FIXTURES / "seed.pdf")]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["source"]["kind"] for d in data] == ["text", "pdf"]


def test_a_name_is_never_taken_as_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "no-such-letter"]) == 1
    assert "no-such-letter: no such file" in capsys.readouterr().err


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Letter"
    assert "发文字号" in schema["properties"]["doc_number"]["description"] or "doc_number" in schema["properties"]


def test_usage_error_exits_2() -> None:
    with pytest.raises(SystemExit) as info:
        main(["parse"])
    assert info.value.code == 2


def test_python_dash_m() -> None:
    done = subprocess.run([sys.executable, "-m", "govletter", "parse", "--jsonl", str(FIXTURES / "seed.txt")],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["addressee"] == "王静代表"
