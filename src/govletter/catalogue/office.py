"""The responding office, normalised: canonical name, level (国家/省/市/县/乡镇) and region.

The region comes from a small shipped table (``data/divisions.json``): the 34 provincial-level
divisions and their 333 prefecture-level ones. A county-level unit is taken from the name as
printed (``于都县``, ``西夏区``, ``高平市``); the table tells a prefecture-level city (柳州市) from a
county-level one (高平市) and gives a city's province. docs/catalogue.md says why no
administrative-division library is used.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from ..models import Office
from ..patterns import COUNTY_RE, OFFICE_IN_TITLE_RE
from .shipped import data_text

# Abbreviations offices use for themselves, and their full names.
ABBREVIATIONS = (
    ("住建局", "住房和城乡建设局"), ("住建委", "住房和城乡建设委员会"), ("发改局", "发展和改革局"),
    ("发改委", "发展和改革委员会"), ("卫健委", "卫生健康委员会"), ("卫健局", "卫生健康局"),
    ("人社局", "人力资源和社会保障局"), ("人社厅", "人力资源和社会保障厅"), ("市监局", "市场监督管理局"),
    ("自规局", "自然资源和规划局"), ("文旅局", "文化和旅游局"), ("教体局", "教育和体育局"),
    ("农委", "农业委员会"),
)
# Names of offices of the central government (国家级): ministries, national bureaus and commissions.
_NATIONAL_PREFIXES = ("国务院", "国家", "中国", "中华人民共和国", "全国", "中央")
_NATIONAL_MINISTRIES = ("教育部", "财政部", "民政部", "公安部", "司法部", "商务部", "水利部", "外交部", "国防部",
                        "科学技术部", "工业和信息化部", "自然资源部", "生态环境部", "住房和城乡建设部", "交通运输部",
                        "农业农村部", "文化和旅游部", "人力资源和社会保障部", "退役军人事务部", "应急管理部",
                        "审计署", "海关总署", "国家卫生健康委员会", "国家发展和改革委员会")
_TOWNSHIP = ("街道办事处", "街道办", "街道", "镇人民政府", "乡人民政府", "镇政府", "乡政府", "苏木")
# County-looking starts that are no county: '市区', '园区', '开发区' …
_NOT_COUNTY = ("市区", "城区", "社区", "园区", "景区", "开发区", "经开区", "高新区", "新区", "管理区", "保税区", "试验区",
               "风景区", "自治区", "地区")


@dataclass(frozen=True)
class Region:
    level: str | None
    province: str | None
    city: str | None
    county: str | None


@dataclass(frozen=True)
class _Divisions:
    provinces: dict[str, str]  # full or short name -> full name
    municipalities: frozenset[str]
    cities: dict[str, tuple[str, str]]  # full or short name -> (full name, province)


@lru_cache(maxsize=1)
def divisions() -> _Divisions:
    data = json.loads(data_text("divisions.json"))
    provinces: dict[str, str] = {}
    cities: dict[str, tuple[str, str]] = {}
    municipalities: set[str] = set()
    for row in data["provinces"]:
        name = row["province"]
        provinces[name] = provinces[row["short"]] = name
        if row["municipality"]:
            municipalities.add(name)
        for city in row["cities"]:
            cities[city] = (city, name)
            short = city[:-2] if city.endswith("地区") else city[:-1]
            if len(short) >= 2 and short not in provinces:
                cities.setdefault(short, (city, name))
    return _Divisions(provinces, frozenset(municipalities), cities)


def is_place(term: str) -> bool:
    """A province or prefecture-level city by name (full or short: '四川省', '四川', '文山州'), or a county or
    province by its ending ('马关县', '莫旗'): a place, no subject keyword."""
    table = divisions()
    return term in table.provinces or term in table.cities or term.endswith(("县", "旗", "省"))


def canonical_name(name: str) -> str:
    """The office's name without spaces and with its abbreviations spelt out ('住建局' -> '住房和城乡建设局')."""
    text = "".join(name.split())
    for short, full in ABBREVIATIONS:
        if text.endswith(short) and not text.endswith(full):
            text = text[: -len(short)] + full
    return text


def _longest_prefix(text: str, names: dict[str, str] | dict[str, tuple[str, str]]) -> str | None:
    for size in range(min(len(text), 10), 1, -1):
        if text[:size] in names:
            return text[:size]
    return None


def region_of(name: str) -> Region:
    """Level and region of a name that starts with its place: '柳州市自然资源和规划局', '县交通运输局',
    '政协四川省' (a meeting's place), '重庆市綦江区卫生健康委员会'."""
    table = divisions()
    rest = name
    province = city = county = None
    key = _longest_prefix(rest, table.provinces)
    if key and key + "市" not in table.cities:  # '吉林市' is a city, '吉林省' a province
        province = table.provinces[key]
        rest = rest[len(key):]
        if rest.startswith(("省", "市")) and not key.endswith(("省", "市", "区")):
            rest = rest[1:]
    key = _longest_prefix(rest, table.cities)
    found = COUNTY_RE.match(rest)
    if key and province not in table.municipalities and province in (None, table.cities[key][1]):
        city, province = table.cities[key]
        short = not key.endswith(("市", "州", "盟", "地区"))
        if short and found and found["county"].startswith(key):
            pass  # '岳阳县', '岳阳楼区': a county named after its city
        else:
            rest = rest[len(key):]
            if short and rest.startswith(("市", "州")):
                rest = rest[1:]
            found = COUNTY_RE.match(rest)
    if found and _is_county(found["county"]):
        county = found["county"]
        rest = rest[found.end():]
    return Region(level=_level(name, rest, province, city, county, table), province=province, city=city,
                  county=county)


def _is_county(name: str) -> bool:
    """'梁园区', '莫旗', '高平市'; not '工业园区', '经开区', '市…' (a bare level word)."""
    if name.startswith(("市", "县", "区")) or name in _NOT_COUNTY:
        return False
    return not any(name.endswith(word) and (len(word) >= 3 or len(name) >= 4) for word in _NOT_COUNTY)


def _level(name: str, rest: str, province: str | None, city: str | None, county: str | None,
           table: _Divisions) -> str | None:
    if any(mark in name for mark in _TOWNSHIP) or rest.startswith(("镇", "乡")):
        return "乡镇"
    if county or rest.startswith(("县", "区", "旗")):
        return "县"
    if city or rest.startswith(("市", "州", "盟")):
        return "市"
    if province or rest.startswith(("省", "自治区")):
        return "省"
    if name.startswith(_NATIONAL_PREFIXES) or name in _NATIONAL_MINISTRIES or name.startswith(_NATIONAL_MINISTRIES):
        return "国家"
    return None


def office_of(signer: str | None, title: str | None) -> Office | None:
    """The responding office: the signer (署名), else the office a title names before 关于/对."""
    source = "signer"
    raw = signer
    if not raw and title:
        found = OFFICE_IN_TITLE_RE.match("".join(title.split()))
        raw = found["office"] if found else None
        source = "title"
    if not raw:
        return None
    name = canonical_name(raw)
    region = region_of(name)
    return Office(name=name, raw=raw, source=source, level=region.level, province=region.province,
                  city=region.city, county=region.county)
