"""The catalogue stage: keywords, topic, office, meeting and proposers (case tables and real letters)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import govletter
from govletter.catalogue import TOPICS, proposers_of
from govletter.catalogue.keywords import segmenter, stop_words
from govletter.catalogue.meeting import parse_meeting
from govletter.catalogue.office import office_of
from govletter.catalogue.topic import KEYWORD_WORDS, OFFICE_WORDS, topic_of
from govletter.models import Office

from .conftest import CASES, CORPUS, FIXTURES, cases, load_json


@pytest.mark.parametrize("row", cases("offices"))
def test_offices(row: dict[str, Any]) -> None:
    found = office_of(row["signer"], row["title"])
    assert (found.model_dump() if found else None) == row["expected"]


@pytest.mark.parametrize("row", cases("meetings"))
def test_meetings(row: dict[str, Any]) -> None:
    found = parse_meeting(row["input"])
    assert (found.model_dump(exclude={"raw"}) if found else None) == row["expected"]


@pytest.mark.parametrize("row", cases("proposer_lists"))
def test_proposer_lists(row: dict[str, Any]) -> None:
    assert proposers_of(row["input"]) == row["expected"]


def test_seed_catalogue() -> None:
    letter = govletter.parse(FIXTURES / "seed.txt")
    assert letter.keywords == ["探索", "社区服务", "基金", "社区公共空间", "运营", "出台", "参与", "治理"]
    assert letter.topic is not None and letter.topic.name == "民政"
    assert letter.topic.evidence == ["keywords: 社区服务, 社区公共空间"]
    assert letter.office is None  # no signer in the seed's text, and its title names no office
    assert letter.meeting is not None
    assert (letter.meeting.body, letter.meeting.level, letter.meeting.place, letter.meeting.term,
            letter.meeting.session) == ("人大", "县", "西山区", 17, 2)
    assert letter.proposal is not None and letter.proposal.proposers == ["王静"]


@pytest.mark.parametrize("letter_id", ["jy-021", "tp-007", "jy-002"])
def test_copied_letters_catalogue(letter_id: str) -> None:
    letter = govletter.parse(FIXTURES / "dev" / letter_id / "v0.pdf")
    want = {"jy-021": ("交通运输", "凤县交通运输局", "县", "凤县", None),
            "tp-007": ("住房城乡建设", "长春市住房保障和房屋管理局", "市", None, "长春市"),
            "jy-002": ("水利", "岳阳县水利局", "县", "岳阳县", "岳阳市")}[letter_id]
    # the subject words of each letter's title and proposal come first (golden values)
    keywords = {"jy-021": ["吊桥", "嘉陵江", "平板", "改建", "混凝土", "简易", "人行", "钢筋混凝"],
                "tp-007": ["城市体检", "城市更新", "助推", "行动", "配合", "集体", "牵头", "责任"],
                "jy-002": ["干渠", "修缮", "运行", "管护", "水利", "改造", "渠系", "启动"]}[letter_id]
    assert letter.topic is not None and letter.office is not None
    assert (letter.topic.name, letter.office.name, letter.office.level, letter.office.county,
            letter.office.city) == want
    assert letter.topic.evidence[0] == f"office: {letter.office.name}"
    assert letter.keywords == keywords


def test_boilerplate_is_never_a_keyword() -> None:
    text = (FIXTURES / "seed.txt").read_text(encoding="utf-8")
    boiler = "您提出的建议收悉，感谢您对我们工作的关心和支持，现将办理情况答复如下：\n" * 3
    letter = govletter.parse_text(text.replace("现答复如下", boiler))
    stops = stop_words()
    assert not set(letter.keywords) & stops
    for word in ("收悉", "答复", "感谢", "关心和支持", "办理情况"):
        assert word in stops


def test_user_dictionary_keeps_policy_phrases_whole() -> None:
    terms = segmenter().terms("推进老旧小区改造和乡村振兴，实现义务教育优质均衡，改善农村人居环境")
    assert terms == ["老旧小区改造", "乡村振兴", "义务教育优质均衡", "农村人居环境"]


def test_topic_falls_back_to_keywords_for_a_general_office() -> None:
    office = Office(name="旺苍县人民政府办公室", raw="旺苍县人民政府办公室", source="signer", level="县")
    found = topic_of(office, ["污水管网", "更新换代"])
    assert found.name == "住房城乡建设" and found.evidence == ["keywords: 污水管网"]
    assert topic_of(None, ["更新换代"]).name == "其他"  # negative: nothing says a category


def test_topic_lists_are_the_documented_ones() -> None:
    """docs/catalogue.md's table is the code's word lists, row for row."""
    assert set(KEYWORD_WORDS) == set(TOPICS) - {"其他"}
    doc = (Path(__file__).parents[1] / "docs" / "catalogue.md").read_text(encoding="utf-8")
    rows = {cells[0].strip("` "): cells[1:] for line in doc.splitlines() if line.startswith("| `")
            for cells in [[c.strip() for c in line.strip("|").split("|")]]}
    for topic in TOPICS[:-1]:
        office_words = [w for w, t in OFFICE_WORDS if t == topic]
        assert rows[topic] == ["、".join(office_words), "、".join(KEYWORD_WORDS[topic])], topic
    assert "其他" in rows


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not beside the clone")
def test_topic_accuracy_on_the_hand_labels() -> None:
    """The hand labels of tests/cases/topics.json; bench/catalogue.py prints the same number (88.2%)."""
    labels = load_json(CASES / "topics.json")
    right = 0
    for row in labels:
        data = load_json(CORPUS / row["label"] / "letter-fw.json")
        letter = govletter.parse_text("\n".join(b["text"] for b in data["blocks"]))
        right += letter.topic is not None and letter.topic.name == row["topic"]
    assert len(labels) == 93
    assert right / len(labels) >= 0.85


def test_jieba_loads_lazily_with_its_cache_in_the_cache_dir(tmp_path: Path) -> None:
    code = ("import sys, govletter; assert 'jieba' not in sys.modules; "
            "from govletter.catalogue.keywords import keywords; assert 'jieba' not in sys.modules; "
            "print(keywords(['关于老旧小区改造的建议'], []))")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert json.loads(out.stdout.replace("'", '"')) == ["老旧小区改造"]
    assert (tmp_path / "govletter" / "jieba.cache").is_file()
    assert out.stderr == ""  # quiet: no jieba log lines, no deprecation warnings
