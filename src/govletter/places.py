"""Place names OCR misread, mended against the shipped gazetteer.

OCR reads a place name's rare character as a common one printed much like it: 埇桥区 as 埔桥区, 浈江区
as 淡江区, 亳州市 as 毫州市. The misread name is no place, and a place that is one character apart, where
that character looks like the one read, is found among the province, prefecture and county-level names
(``catalogue/data/places.txt``, with each name character's look-alikes in ``lookalikes.tsv``; both made
by ``bench/build_places.py``). OCR errs this way on rare characters only, so the place's character must
be no common one (outside GB 2312's first level); and the name must begin where a name can: at a line's
start, after a mark, after the place above it (宿州市埔桥区) or after a preposition (在淡江区) — not inside
a sentence's words (全部山区, 资金由区财政). A name is mended only where exactly one place fits, and then wherever
the document prints it, with or without its level (埔桥 -> 埇桥), and in the 机关代字 of a 文号 that
abbreviates it (埔城管函〔2023〕12号 -> 埇城管函〔2023〕12号).
"""

from __future__ import annotations

from collections import defaultdict
from contextlib import suppress
from functools import cache

import regex

# The level a place name ends with.
_LEVELS = frozenset("省市区县州旗盟")
_LONGEST = 9
_HAN_RE = regex.compile(r"\p{Han}+")
# What may stand right before a place's name: its parent's level, or a preposition.
_BEFORE_NAME = frozenset("省市区县州旗盟在于对向与和及经由从至到为")
# A 文号's 机关代字, before its bracketed year: '埔城管函〔2023〕12号'.
_DOC_PREFIX_RE = regex.compile(r"\p{Han}{1,8}(?=\s*[〔［\[【（(]\s*(?:19|20)\d{2})")


def gb2312(*, first_level: bool = False) -> list[str]:
    """GB 2312's characters in code order: all 6,763, or the first level's 3,755 common ones (rows 16–55)."""
    chars = []
    for hi in range(0xB0, 0xD8 if first_level else 0xF8):
        for lo in range(0xA1, 0xFF):
            with suppress(UnicodeDecodeError):
                chars.append(bytes([hi, lo]).decode("gb2312"))
    return chars


@cache
def _common() -> frozenset[str]:
    return frozenset(gb2312(first_level=True))


@cache
def _tables() -> tuple[frozenset[str], dict[tuple[str, str], list[str]], dict[str, str]]:
    from .catalogue.shipped import (
        data_text,  # (read when a scan first needs them, as the catalogue's own are)
    )

    names = frozenset(ln for ln in data_text("places.txt").splitlines() if ln and not ln.startswith("#"))
    looks: dict[str, str] = {}
    for line in data_text("lookalikes.tsv").splitlines():
        if line and not line.startswith("#"):
            char, near = line.split("\t")
            looks[char] = near
    masked: dict[tuple[str, str], list[str]] = defaultdict(list)  # a name with one character left out
    for name in names:
        if 3 <= len(name) <= _LONGEST and name[-1] in _LEVELS:
            for i in range(len(name) - 1):
                masked[(name[:i], name[i + 1:])].append(name)
    return names, dict(masked), looks


def _place_for(window: str) -> str | None:
    """The one place ``window`` (no place itself) misreads by a look-alike character, or None."""
    _, masked, looks = _tables()
    fits: list[tuple[int, str]] = []  # (how far down the look-alikes the misread character is, place)
    for i in range(len(window) - 1):
        for place in masked.get((window[:i], window[i + 1:]), ()):
            if place[i] not in _common() and (rank := looks.get(place[i], "").find(window[i])) >= 0:
                fits.append((rank, place))
    fits.sort()
    if not fits or (len(fits) > 1 and fits[1][0] == fits[0][0]):
        return None
    return fits[0][1]


# The levels a place's name may be printed without: '日喀则' (日喀则市), '阿里' (阿里地区).
_LEVEL_WORDS = ("市", "县", "区", "地区", "州", "盟", "旗", "省", "自治州", "自治县", "自治区", "自治旗")


@cache
def _bare_names() -> frozenset[str]:
    names, _, _ = _tables()
    return frozenset(name[: -len(level)] for name in names for level in _LEVEL_WORDS
                     if name.endswith(level) and len(name) - len(level) >= 2)


def is_place_without_level(text: str) -> bool:
    """Is ``text`` a province's, prefecture's or county's name printed without its level ('日喀则', '福州')?"""
    return text in _bare_names()


def place_at_start(text: str) -> str | None:
    """The province's, prefecture's or county's name (with its level) ``text`` opens with, the longest: '云南省滇池
    保护条例' -> 云南省."""
    names, _, _ = _tables()
    return next((text[:n] for n in range(min(_LONGEST, len(text) - 1), 1, -1) if text[:n] in names), None)


def misread_places(text: str) -> dict[str, str]:
    """Each misread place name of ``text`` and the place it misreads: {'埔桥区': '埇桥区'}."""
    names, _, _ = _tables()
    found: dict[str, str] = {}
    for end, char in enumerate(text):
        if char not in _LEVELS or any(text[max(0, end + 1 - n): end + 1] in names for n in range(2, _LONGEST + 1)):
            continue  # (a place ends here: no name inside it is misread)
        for length in range(3, _LONGEST + 1):
            start = end + 1 - length
            window = text[max(0, start): end + 1]
            if start < 0 or not _HAN_RE.fullmatch(window):
                break
            if (start == 0 or not _HAN_RE.match(text[start - 1]) or text[start - 1] in _BEFORE_NAME) and (
                    place := found.get(window) or _place_for(window)):
                found[window] = place
                break
    return found


def mend_places(text: str) -> str:
    """``text`` with its misread place names mended, wherever printed: the name, the name without its
    level, and the 机关代字 of a 文号 that begins with the misread character. Same length as ``text``."""
    found = misread_places(text)
    if not found:
        return text
    stems = {w[:-1]: p[:-1] for w, p in found.items() if len(w) >= 3}
    swaps = {a: b for w, p in found.items() for a, b in zip(w, p, strict=True) if a != b}
    text = regex.sub("|".join(map(regex.escape, sorted(stems, key=len, reverse=True))), lambda m: stems[m[0]], text)
    return _DOC_PREFIX_RE.sub(lambda m: swaps.get(m[0][0], m[0][0]) + m[0][1:], text)
