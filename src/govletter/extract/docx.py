"""Word .docx: the main document part's paragraphs and tables, in order, as lines of text.

Read from the package's XML with ``defusedxml`` (see ``container``), not through a library that
would trust the file: each paragraph is one line (its ``w:br`` line breaks joined as unwrapping joins
wrapped lines, the spaces the author typed kept), each table row one line (cells set apart by a
space: 版记 rows, form-style replies), text boxes after the paragraph that anchors them. Headers, footers, footnotes and comments are other
parts and never read; deleted text (tracked changes), field instructions and the fallback copies of
drawing content are skipped. A page break (``w:br w:type="page"``, ``w:pageBreakBefore``) starts a
new page. There are no coordinates: a value's provenance is its page and paragraph.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..normalize import join_wrapped, normalize_chars
from .base import Document, Line, Page
from .container import Package

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
# Subtrees whose text is not the document's: deleted runs, field codes, drawings' fallback copies.
_SKIP = frozenset((f"{W}del", f"{W}instrText", f"{W}delText", _MC_FALLBACK, f"{W}rPr", f"{W}pPr"))
PAGE_BREAK = "\f"


def is_docx(names: list[str]) -> bool:
    return "word/document.xml" in names or any(n.endswith("/document.xml") and n.startswith("word") for n in names)


def _main_part(package: Package) -> str:
    """The main document part named by the package relationships (word/document.xml as a rule)."""
    if package.has("_rels/.rels"):
        for rel in package.xml("_rels/.rels").iter(_REL):
            if rel.get("Type") == _OFFICE_DOCUMENT and rel.get("Target"):
                target = str(rel.get("Target")).lstrip("/")
                if package.has(target):
                    return target
    return "word/document.xml"


def _runs(element: Any, out: list[str], boxes: list[Any]) -> None:
    """The visible text of a paragraph's subtree: pieces split at line breaks and page breaks."""
    for child in element:
        tag = child.tag
        if tag in _SKIP:
            continue
        if tag == f"{W}t":
            out[-1] += child.text or ""
        elif tag in (f"{W}tab", f"{W}ptab"):
            out[-1] += " "
        elif tag == f"{W}br" or tag == f"{W}cr":
            out.append(PAGE_BREAK if child.get(f"{W}type") == "page" else "")
            if out[-1] == PAGE_BREAK:
                out.append("")
        elif tag in (f"{W}noBreakHyphen", f"{W}softHyphen"):
            out[-1] += "-" if tag == f"{W}noBreakHyphen" else ""
        elif tag == f"{W}txbxContent":
            boxes.append(child)
        else:
            _runs(child, out, boxes)


def _paragraph(p: Any) -> Iterator[str]:
    """A paragraph's text (page breaks as their own items), then its text boxes' paragraphs."""
    ppr = p.find(f"{W}pPr")
    if ppr is not None and ppr.find(f"{W}pageBreakBefore") is not None:
        yield PAGE_BREAK
    pieces: list[str] = [""]
    boxes: list[Any] = []
    _runs(p, pieces, boxes)
    run: list[str] = []
    for piece in pieces:
        if piece == PAGE_BREAK:
            yield join_wrapped(run)
            yield PAGE_BREAK
            run = []
        else:
            run.append(piece)
    yield join_wrapped(run)
    for box in boxes:
        yield from _blocks(box)


def _cell_text(cell: Any) -> str:
    return " ".join(t for t in (s.strip() for s in _blocks(cell)) if t and t != PAGE_BREAK)


def _blocks(parent: Any) -> Iterator[str]:
    """Paragraph texts and table rows in document order (content controls opened)."""
    for child in parent:
        tag = child.tag
        if tag == f"{W}p":
            yield from _paragraph(child)
        elif tag == f"{W}tbl":
            for row in child.iter(f"{W}tr"):
                cells = [_cell_text(tc) for tc in row.findall(f"{W}tc")]
                yield " ".join(c for c in cells if c)
        elif tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}smartTag", f"{W}ins"):
            yield from _blocks(child)


def read_docx(data: bytes, *, path: str | None = None) -> Document:
    """A .docx as pages of unpositioned lines, one per paragraph or table row."""
    with Package(data, path=path, kind=".docx") as package:
        root = package.xml(_main_part(package))
    body = root.find(f"{W}body")
    pages: list[Page] = [Page(number=1, lines=[], text_from="text")]
    paragraph = 0  # counted over the paragraphs and rows that hold text
    for text in _blocks(body if body is not None else root):
        if text == PAGE_BREAK:
            if pages[-1].lines:
                pages.append(Page(number=len(pages) + 1, lines=[], text_from="text"))
            continue
        text = normalize_chars(text).strip()
        if text:
            paragraph += 1
            pages[-1].lines.append(Line(text=text, page=pages[-1].number, paragraph=paragraph))
    if len(pages) > 1 and not pages[-1].lines:
        pages.pop()
    return Document(kind="docx", pages=pages, backend="docx", page_count=len(pages))
