"""Text input: bytes in any common Chinese encoding -> str -> pages of lines (no positions)."""

from __future__ import annotations

import codecs

import regex

from ..errors import EncodingError, InputError
from ..normalize import normalize_chars
from .base import Line, Page

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Characters that make up ordinary Chinese text: a decoding that yields mostly these is not mojibake.
_PLAUSIBLE_RE = regex.compile(r"[\p{Han}\p{Script=Latin}\d\s\p{P}\p{S}\u3000-\u303f\uff00-\uffef]")
_UNCOMMON_HAN_RE = regex.compile(r"[\u3400-\u4dbf\U00020000-\U0003134f\ue000-\uf8ff]")


def _plausibility(text: str) -> float:
    if not text:
        return 0.0
    plausible = len(_PLAUSIBLE_RE.findall(text)) - 3 * len(_UNCOMMON_HAN_RE.findall(text))
    return plausible / len(text)


def decode(data: bytes, *, path: str | None = None) -> tuple[str, str]:
    """Decode a text file, returning ``(text, encoding)``.

    UTF-8 (with or without BOM), UTF-16/32 with a BOM, UTF-16 without one (told by its NUL bytes),
    then GB18030 (a superset of GBK and GB2312) and Big5. A decoding is accepted only when the result
    reads as text; otherwise ``EncodingError`` rather than silent mojibake.
    """
    if not data.strip(b" \t\r\n\x00\x0c"):
        raise InputError("the file is empty", path=path)
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise EncodingError(f"starts with a {name} byte-order mark but is not valid {name}", path=path) from exc
    candidates: list[str] = []
    if data.count(b"\x00") > len(data) // 4:
        even_nuls = data[1::2].count(b"\x00") + data[0::2].count(b"\x00")
        if even_nuls:
            candidates += ["utf-16-le", "utf-16-be"]
    candidates += ["utf-8", "gb18030", "big5"]
    best: tuple[float, str, str] | None = None
    for name in candidates:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        score = _plausibility(text.replace("\x00", ""))
        if name == "utf-8" and score > 0.9:
            return text, name
        if best is None or score > best[0]:
            best = (score, name, text)
    if best is None or best[0] < 0.9:
        raise EncodingError(
            "cannot tell the text encoding (tried UTF-8, UTF-16, GB18030, Big5); convert it to UTF-8",
            path=path,
        )
    return best[2], best[1]


def text_pages(text: str) -> list[Page]:
    """Split text into pages (on form feeds) of lines; empty lines become ``blank_before`` marks."""
    text = normalize_chars(text.replace("\r\n", "\n").replace("\r", "\n"))
    pages: list[Page] = []
    for number, chunk in enumerate(text.split("\f"), start=1):
        lines: list[Line] = []
        blank = False
        for raw in chunk.split("\n"):
            stripped = raw.rstrip()
            if not stripped.strip():
                blank = True
                continue
            lines.append(Line(text=stripped, page=number, blank_before=blank))
            blank = False
        pages.append(Page(number=number, lines=lines))
    return pages
