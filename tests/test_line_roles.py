"""bench/line_roles.py, the CRF line-role experiment: its alignment of lines to the corpus' labelled
blocks, the rules' roles read back from a ``Letter``, and the features (the CRF itself needs the
``bench`` extra and is run by the script, not here)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from .conftest import CORPUS, cases

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import line_roles  # (bench/ is no package: it is put on the path above)


@pytest.mark.parametrize("row", cases("line_alignment"))
def test_align(row: dict[str, Any]) -> None:
    units = [(text, role) for text, role in row["units"]]
    assert line_roles.align(row["texts"], units, line_roles.FURNITURE) == row["expected"]


# hb-003: a reply printed as a filled-in form (metadata rows, numbered items, a tail of three notes).
HB003_GOLD = (["title"] * 2 + ["meta"] * 6 + ["addressee"] + ["body"] * 2 + ["heading"] * 8 + ["furniture", "closing",
              "signer", "date"] + ["note"] * 3 + ["furniture"])


@pytest.fixture(scope="module")
def hb003() -> line_roles.Sample:
    if not (CORPUS / "hb-003").is_dir():
        pytest.skip("the shared corpus is not beside the clone")
    return line_roles.load(CORPUS / "hb-003", ocr=False)


def test_gold_roles_of_a_corpus_letter(hb003: line_roles.Sample) -> None:
    assert [line.text.replace(" ", "") for line in hb003.lines][:3] == [
        "阿左旗第十六届人民代表大会", "第二次会议第23号建议办理单", "新编号：第23号"]
    assert hb003.gold == HB003_GOLD


def test_rule_roles_read_back_from_the_letter(hb003: line_roles.Sample) -> None:
    # the first note line names a leader, whom the parser reads into no field: 'meta' (nothing kept)
    expected = [*HB003_GOLD]
    expected[-4] = "meta"
    assert hb003.lines[-4].text.replace(" ", "") == "主要签发领导：李兵"
    assert hb003.rules == expected


def test_features_of_layout_and_form(hb003: line_roles.Sample) -> None:
    feats = line_roles.features(hb003)
    by_text = {line.text.replace(" ", ""): f for line, f in zip(hb003.lines, feats, strict=True)}
    date, signer, addressee = by_text["2023年12月8日"], by_text["阿拉善左旗交通运输局"], by_text["色尔道等代表："]
    assert date["date"] and date["date_only"] and date["right"] and not date["centred"]
    assert signer["right"] and signer["+1:date"] and not signer["date"]
    assert addressee["suffix"] and addressee["colon_end"] and addressee["indent"] == "1"
    assert addressee["+1:reply_opening"] and addressee["block"] == "single"
    assert by_text["第二次会议第23号建议办理单"]["size"] == "4"  # 22 pt against the body's 16: 1.2-1.45
    heading = by_text["2.扎格图嘎查国家级蒙古牛保种场道路涉及穿越内蒙古腾格"]
    assert heading["heading"] != "none" and heading["block"] == "first" and heading["block_lines"] == "1"
    assert by_text["—1—"]["page_number"] and by_text["—1—"]["block"] == "none"
