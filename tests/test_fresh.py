"""The fresh check set (bench/fresh): its letters are consistent, and the bench reads it as all check."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import TESTS

FRESH = TESTS.parent / "bench" / "fresh"
LETTERS = sorted(p.parent.name for p in FRESH.glob("*/letter-fw.json"))


def _module(path: Path) -> ModuleType:
    sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


check_truth = _module(FRESH / "check_truth.py")
make_ascii = _module(FRESH / "make_ascii.py")
accuracy = _module(TESTS.parent / "bench" / "accuracy.py")


def test_the_set_has_30_to_40_letters() -> None:
    assert 30 <= len(LETTERS) <= 40
    assert LETTERS[0] == "fr-001"


@pytest.mark.parametrize("letter_id", LETTERS)
def test_letter_is_consistent(letter_id: str) -> None:
    errors, _ = check_truth.check_letter(FRESH / letter_id)
    assert errors == []


def test_web_copy_folds_only_the_six_marks() -> None:
    fw = json.loads((FRESH / "fr-002" / "letter-fw.json").read_text(encoding="utf-8"))
    web = make_ascii.ascii_letter(fw)
    assert web["blocks"][6]["text"].startswith("你们提出的关于加快建设沿边高速公路的建议(第0562号)收悉。经认真研究,")
    assert web["truth"]["doc_number"] == "云交建函〔2024〕88号"  # 〔〕 are not folded
    assert web["truth"]["contact"] == {"name": "王丽", "phone": "0871-1234567"}
    assert web["source"] == fw["source"]


def test_a_changed_truth_fails_the_check(tmp_path: Path) -> None:
    shutil.copytree(FRESH / "fr-012", tmp_path / "fr-012")
    path = tmp_path / "fr-012" / "letter-fw.json"
    fw = json.loads(path.read_text(encoding="utf-8"))
    fw["truth"]["date"] = "2023-08-12"
    fw["truth"]["cc"] = ["市政府办公室"]
    path.write_text(json.dumps(fw, ensure_ascii=False), encoding="utf-8")
    errors, _ = check_truth.check_letter(tmp_path / "fr-012")
    assert errors == [
        "letter.json is not make_ascii(letter-fw.json): run bench/fresh/make_ascii.py",
        "date '2023-08-12' is not the reading of the printed date (['2023-08-21'])",
        "cc '市政府办公室' is not printed in the cc blocks",
    ]


@pytest.mark.parametrize(("printed", "iso"), [
    ("2023821", "2023-08-21"), ("2024625", "2024-06-25"), ("2023111", None),  # 1-11 or 11-1: no reading
    ("二○二三年十一月二日", "2023-11-02"), ("2024年 6月 3日", "2024-06-03"), ("2024年9月", "2024-09"),
    ("兰考县交通运输局　二〇二四年五月十日", "2024-05-10"), ("2024-05-16", "2024-05-16"), ("第46号", None),
])
def test_read_date(printed: str, iso: str | None) -> None:
    assert check_truth.read_date(printed) == iso


def test_the_fresh_set_is_all_check(tmp_path: Path) -> None:
    assert accuracy.corpus_split(FRESH) == "check"
    assert accuracy.corpus_split(tmp_path) is None
    (tmp_path / "SPLIT").write_text("# a comment\nfresh\n", encoding="utf-8")
    with pytest.raises(ValueError, match="names no part"):
        accuracy.corpus_split(tmp_path)


def test_modes_without_their_files_are_skipped_with_a_note(tmp_path: Path) -> None:
    for letter_id in ("fr-005", "fr-026"):
        shutil.copytree(FRESH / letter_id, tmp_path / letter_id, ignore=shutil.ignore_patterns("*.pdf"))
    shutil.copy(FRESH / "SPLIT", tmp_path / "SPLIT")
    shutil.copy(FRESH / "fr-005" / "v0.pdf", tmp_path / "fr-005" / "v0.pdf")
    notes: list[str] = []
    scores = accuracy.run(tmp_path, ["published", "v0", "v1"], ("check",), notes)
    assert notes == ["v0: 1 of 2 letters left out, without v0.pdf", "v1: skipped, no letter has v1.pdf"]
    assert sorted(scores) == ["published", "v0"]
    assert (scores["published"].letters, scores["v0"].letters) == (2, 1)
    assert accuracy.run(tmp_path, ["published"], ("tune",))["published"].letters == 0
