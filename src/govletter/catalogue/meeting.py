"""The meeting of an answered suggestion or proposal, parsed: body (人大/政协), level, 届, 次, year.

'西山区第十七届人大二次会议' -> 人大, 县, place 西山区, term 17, session 2;
'政协四川省第十三届委员会第一次会议' -> 政协, 省, 四川省, 13, 1; '十三届全国人大五次会议' -> 人大, 国家, 13, 5.
"""

from __future__ import annotations

import regex

from ..elements.closing import cn_number
from ..models import Meeting
from ..patterns import MEETING_SESSION_RE, MEETING_TERM_RE, MEETING_YEAR_RE
from .office import region_of

_CPPCC = ("中国人民政治协商会议", "政治协商会议", "政协")
_CONGRESS = ("人民代表大会", "人大")
# Where the place ends: the term, the body or a year.
_PLACE_END_RE = regex.compile(r"第|[一二三四五六七八九十0-9]{1,4}\s*届|人民代表大会|人大|政治协商会议|政协|[0-9]{4}\s*年")


def number(text: str) -> int | None:
    """'十七' -> 17, '17' -> 17, '二' -> 2."""
    return int(text) if text.isdigit() else cn_number(text)


def parse_meeting(raw: str | None, title: str | None = None) -> Meeting | None:
    """The meeting named by ``raw`` (Proposal.congress); the year also from the title when it says it there."""
    if not raw:
        return None
    text = "".join(raw.split())
    body = ("政协" if any(w in text for w in _CPPCC) else "人大" if any(w in text for w in _CONGRESS)
            else None)
    term = MEETING_TERM_RE.search(text)
    session = MEETING_SESSION_RE.search(text)
    year = MEETING_YEAR_RE.search(text)
    if year is None and title:
        said = MEETING_YEAR_RE.search("".join(title.split()))
        year = said if said and ("会议" in title[said.end():said.end() + 30]) else None
    place = _place(MEETING_YEAR_RE.sub("", text))
    level = "国家" if "全国" in text else region_of(place).level if place else None
    return Meeting(raw=raw, body=body, level=level, place=place, term=number(term["n"]) if term else None,
                   session=number(session["n"]) if session else None, year=int(year["y"]) if year else None)


def _place(text: str) -> str | None:
    """The place before the term or the body ('西山区'), or after 政协 ('政协四川省第十三届…' -> 四川省)."""
    for prefix in _CPPCC[:2]:
        if text.startswith(prefix):
            text = text[len(prefix):]
    end = _PLACE_END_RE.search(text)
    place = text[: end.start()] if end else ""
    if not place and text.startswith(("政协", "人大")):
        rest = text[2:]
        end = _PLACE_END_RE.search(rest)
        place = rest[: end.start()] if end else ""
    return place or None
