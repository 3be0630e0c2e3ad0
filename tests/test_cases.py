"""The case tables in ``tests/cases/*.json``: one row per variant, negative rows included."""

from __future__ import annotations

from typing import Any

import pytest

import govletter
from govletter.elements.body import heading_of
from govletter.elements.closing import bare_date, date_line, parse_cc, parse_contact_line
from govletter.elements.header import parse_doc_number, parse_handling_type, parse_publicity, read_header_line
from govletter.elements.proposal import read_proposer
from govletter.extract.base import Line, Page
from govletter.furniture import is_page_number
from govletter.normalize import ocr_paragraph, ocr_repair

from .conftest import cases


@pytest.mark.parametrize("row", cases("page_numbers"))
def test_page_numbers(row: dict[str, Any]) -> None:
    page = Page(number=2, lines=[])
    line = Line(text=row["input"], page=2)
    assert is_page_number(line, page, first=False, last=False) is row["expected"]


@pytest.mark.parametrize("row", cases("doc_numbers"))
def test_doc_numbers(row: dict[str, Any]) -> None:
    found = parse_doc_number(row["input"])
    assert (found[0].model_dump() if found else None) == row["expected"]


@pytest.mark.parametrize("row", cases("dates"))
def test_dates(row: dict[str, Any]) -> None:
    found = date_line(row["input"])
    assert (found[1].iso if found else None) == row["expected"]


@pytest.mark.parametrize("row", cases("bare_dates"))
def test_bare_dates(row: dict[str, Any]) -> None:
    assert bare_date(row["input"]) == row["expected"]


@pytest.mark.parametrize("row", cases("contacts"))
def test_contacts(row: dict[str, Any]) -> None:
    assert [[c.name, c.phone] for c in parse_contact_line(row["input"])] == row["expected"]


@pytest.mark.parametrize("row", cases("cc"))
def test_cc(row: dict[str, Any]) -> None:
    found = parse_cc(row["input"])
    assert ([found[0], found[1]] if found else None) == row["expected"]


@pytest.mark.parametrize("row", cases("headings"))
def test_headings(row: dict[str, Any]) -> None:
    found = heading_of(row["input"])
    assert (list(found[:2]) if found else None) == row["expected"]


@pytest.mark.parametrize("row", cases("publicity"))
def test_publicity(row: dict[str, Any]) -> None:
    found = parse_publicity(row["input"], bare=False)
    assert ([found.raw, found.is_public] if found else None) == row["expected"]


@pytest.mark.parametrize("row", cases("handling_types"))
def test_handling_types(row: dict[str, Any]) -> None:
    found = parse_handling_type(row["input"], bare=False)
    assert (found.code if found else None) == row["expected"]


@pytest.mark.parametrize("row", cases("header_lines"))
def test_header_lines(row: dict[str, Any]) -> None:
    """A 版头 line with several elements on it: each cut out, nothing else taken."""
    line = read_header_line(row["input"])
    want = row["expected"]
    assert (line.doc_number.raw if line.doc_number else None) == want["doc_number"]
    assert (line.handling_type.code if line.handling_type else None) == want["handling_type"]
    assert (line.publicity.raw if line.publicity else None) == want["publicity"]
    assert line.rest == want["rest"]


@pytest.mark.parametrize("row", cases("ocr_repair"))
def test_ocr_repair(row: dict[str, Any]) -> None:
    """What OCR gets wrong and can be mended for certain: traditional forms, ASCII marks beside Chinese, dashes."""
    assert ocr_repair(row["input"]) == row["expected"]


@pytest.mark.parametrize("row", cases("ocr_paragraph"))
def test_ocr_paragraph(row: dict[str, Any]) -> None:
    """A '.' that OCR read at a line's end, settled once the lines are joined into their paragraph."""
    assert ocr_paragraph(row["input"]) == row["expected"]


def _get(letter: Any, path: str) -> Any:
    """A dotted path into the letter's JSON; 'body.count', 'body.kinds', 'contacts' and 'warnings' summarise."""
    data = letter.model_dump(mode="json")
    if path == "body.count":
        return len(data["body"])
    if path == "body.kinds":
        return [b["kind"] for b in data["body"]]
    if path == "contacts":
        return [[c["name"], c["phone"]] for c in data["contacts"]]
    value: Any = data
    for part in path.split("."):
        if value is None:
            return None
        if isinstance(value, list):
            value = value[int(part)] if int(part) < len(value) else None  # no such item: absent
        else:
            value = value.get(part)
    return value


@pytest.mark.parametrize("row", cases("letters"))
def test_letters(row: dict[str, Any]) -> None:
    """Whole short letters, one DOMAIN variant each: the expected fields (null where absent)."""
    letter = govletter.parse_text("\n".join(row["input"]))
    for path, want in row["expected"].items():
        if path == "warnings":
            codes = {w.code for w in letter.warnings}
            assert set(want) <= codes, (path, codes)
        else:
            assert _get(letter, path) == want, path


@pytest.mark.parametrize("row", cases("proposers"))
def test_proposers(row: dict[str, Any]) -> None:
    """提出人 from 主送, or from the first paragraph when the letter goes to a lead unit."""
    assert read_proposer(row["addressee"], [row["paragraph"]]) == row["expected"]


@pytest.mark.parametrize("row", cases("unwrap_text"))
def test_unwrap_text(row: dict[str, Any]) -> None:
    """Hard-wrapped text without indentation (pdftotext's output): where its paragraphs begin and end."""
    from govletter.extract import read_text
    from govletter.normalize import fold
    from govletter.unwrap import unwrap

    blocks = unwrap(read_text("\n".join(row["input"])))
    assert [fold(b.text) for b in blocks] == [fold(p) for p in row["expected"]]


@pytest.mark.parametrize("row", cases("ocr_signer"))
def test_ocr_signer_agrees_with_title(row: dict[str, Any]) -> None:
    """After OCR, a signer read slightly off the issuer that opens the title takes the title's reading."""
    from govletter.elements import agree_with_title

    fields: dict[str, object] = {"signer": row["signer"], "title": row["title"]}
    agree_with_title(fields)
    assert fields["signer"] == row["expected"]


@pytest.mark.parametrize("row", cases("ocr_places"))
def test_ocr_places(row: dict[str, Any]) -> None:
    """A place name OCR misread by a look-alike character, mended against the gazetteer (same length)."""
    from govletter.places import mend_places

    assert mend_places(row["input"]) == row["expected"]
