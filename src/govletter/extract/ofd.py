"""OFD (GB/T 33190, the fixed-layout format of China's electronic 公文) read into glyphs.

The package is walked as the standard lays it out: ``OFD.xml`` names each document's
``Document.xml``; that names the pages (``Pages/Page_N/Content.xml``), the templates they use and the
resource files. Each page's text objects, its templates' (a 版头 is often a template) and those in
page blocks give one glyph per character: a ``TextCode``'s ``X``/``Y`` (the baseline, in the
object's space, relative to its ``Boundary``), advanced by ``DeltaX`` (with its ``g N d`` runs),
transformed by the object's ``CTM``, at the object's ``Size``. Glyphs are the same records the PDF
backends make (points from the page's top-left), so layout, furniture, unwrap and elements run
unchanged and evidence carries page and box. A page without text but with a page-sized image (a
scanned OFD) is read by OCR. Signatures (``Signatures.xml``) are noted in a warning, never
verified or trusted. No library is used (see docs/usage.md for the PyPI readers looked at).
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import regex

from ..errors import ExtractionError
from ..normalize import text_width
from .base import Document, Line, Note, Page
from .container import Package
from .glyphs import Glyph, glyphs_to_lines

MM = 72 / 25.4  # points per millimetre
A4_MM = (210.0, 297.0)
_ASCENT = 0.88  # share of the em above the baseline, as for the PDF backends
_NUMBER_RE = regex.compile(r"g|-?\d+(?:\.\d+)?(?:[eE]-?\d+)?")


def is_ofd(names: list[str]) -> bool:
    return "OFD.xml" in names


def _floats(text: str | None) -> list[float]:
    return [float(t) for t in _NUMBER_RE.findall(text or "") if t != "g"]


def deltas(text: str | None) -> list[float]:
    """``DeltaX``/``DeltaY`` with its ``g N d`` runs (N times d) spelled out."""
    out: list[float] = []
    tokens = _NUMBER_RE.findall(text or "")
    i = 0
    while i < len(tokens):
        if tokens[i] == "g" and i + 2 < len(tokens):
            out.extend([float(tokens[i + 2])] * int(float(tokens[i + 1])))
            i += 3
        else:
            if tokens[i] != "g":
                out.append(float(tokens[i]))
            i += 1
    return out


def _box(text: str | None) -> tuple[float, float, float, float] | None:
    values = _floats(text)
    return (values[0], values[1], values[2], values[3]) if len(values) == 4 else None


def _resolve(base_dir: str, loc: str) -> str:
    """A location in the package: absolute ('/Doc_0/…') or relative to the file that names it."""
    loc = loc.strip().replace("\\", "/")
    return posixpath.normpath(loc.lstrip("/") if loc.startswith("/") else posixpath.join(base_dir, loc))


def _xml(package: Package, name: str) -> Any:
    """A member's XML with every element's namespace dropped: elements are matched by local name, as
    producers use http://www.ofdspec.org/2016, http://www.ofdspec.org, e-invoice schemas or none."""
    root = package.xml(name)
    for element in root.iter():
        if isinstance(element.tag, str) and "}" in element.tag:
            element.tag = element.tag.split("}", 1)[1]
    return root


def _text(el: Any, name: str) -> str | None:
    found = el.find(name)
    return found.text if found is not None else None


class _Matrix:
    """An affine transform ``a b c d e f`` (x' = a·x + c·y + e, y' = b·x + d·y + f)."""

    def __init__(self, values: list[float] | None = None) -> None:
        self.m = values if values and len(values) == 6 else [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]

    def apply(self, x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = self.m
        return a * x + c * y + e, b * x + d * y + f

    @property
    def scale(self) -> float:
        a, b, c, d, _, _ = self.m
        return float(abs(a * d - b * c) ** 0.5) or 1.0

    @property
    def upright(self) -> bool:
        a, b, c, _, _, _ = self.m
        return a > 0 and abs(b) < 1e-6 * abs(a) + 1e-9 and abs(c) < 1e-6 * abs(a) + 1e-9


def _text_glyphs(obj: Any) -> list[Glyph]:
    """One glyph per character of a TextObject, in points from the page's top-left."""
    boundary = _box(obj.get("Boundary"))
    if boundary is None:
        return []
    bx, by = boundary[0], boundary[1]
    ctm = _Matrix(_floats(obj.get("CTM")) or None)
    if not ctm.upright:
        return []  # turned or mirrored text: not read, as the PDF backends skip it
    size = float(obj.get("Size") or 0) * ctm.scale
    if size <= 0:
        return []
    glyphs: list[Glyph] = []
    x = y = 0.0
    for code in obj.iter("TextCode"):
        text = code.text or ""
        if code.get("X") is not None:
            x = float(code.get("X"))
        if code.get("Y") is not None:
            y = float(code.get("Y"))
        dx = deltas(code.get("DeltaX"))
        dy = deltas(code.get("DeltaY"))
        own = float(obj.get("Size") or 0)
        for i, char in enumerate(text):
            # without the font's metrics a glyph is taken as up to an em wide: a step beyond that
            # leaves a gap (a space), a narrower one is the glyph's own advance
            step = dx[i] if i < len(dx) else own * text_width(char)
            left, base = ctm.apply(x, y)
            right, _ = ctm.apply(x + (min(step, own) if step > 0 else own * text_width(char)), y)
            top = (by + base) * MM - _ASCENT * size * MM
            glyphs.append((top, (bx + left) * MM, (bx + right) * MM, top + size * MM, size * MM, char))
            x += step
            if i < len(dy):
                y += dy[i]
    return glyphs


def _walk(layer: Any, glyphs: list[Glyph], images: list[tuple[str, tuple[float, float, float, float]]]) -> None:
    """Text and images of a layer or page block, blocks opened in order."""
    for obj in layer:
        tag = obj.tag
        if tag == "TextObject":
            glyphs.extend(_text_glyphs(obj))
        elif tag == "ImageObject":
            box = _box(obj.get("Boundary"))
            if box is not None and obj.get("ResourceID"):
                images.append((str(obj.get("ResourceID")), box))
        elif tag in ("PageBlock", "CompositeObject"):
            _walk(obj, glyphs, images)


def _content(package: Package, loc: str) -> tuple[Any, str]:
    return _xml(package, loc), posixpath.dirname(loc)


def _media(package: Package, doc: Any, doc_dir: str) -> dict[str, str]:
    """Resource ID -> media file in the package, from the document's resource files."""
    found: dict[str, str] = {}
    common = doc.find("CommonData")
    if common is None:
        return found
    for tag in ("DocumentRes", "PublicRes"):
        for res_loc in common.findall(tag):
            if not res_loc.text:
                continue
            loc = _resolve(doc_dir, res_loc.text)
            if not package.has(loc):
                continue
            res = _xml(package, loc)
            base = _resolve(posixpath.dirname(loc), res.get("BaseLoc") or "")
            for media in res.iter("MultiMedia"):
                file = _text(media, "MediaFile")
                if media.get("ID") and file:
                    found[str(media.get("ID"))] = _resolve(base, file)
    return found


def _page_size(page: Any, doc: Any) -> tuple[float, float]:
    common = doc.find("CommonData")
    for holder in (page.find("Area"), (common if common is not None else doc).find("PageArea")):
        if holder is not None:
            box = _box(_text(holder, "PhysicalBox"))
            if box is not None and box[2] > 0 and box[3] > 0:
                return box[2], box[3]
    return A4_MM


def read_ofd(data: bytes, *, path: str | None = None, max_pages: int = 0, max_pixels: int = 0, ocr: bool = True,
             check: Callable[[str | None, int | None], None] | None = None) -> Document:
    """The first document of an OFD package as pages of positioned lines; a page that is only an
    image (a scan) is read by OCR unless ``ocr`` is false. ``check(path, page)`` runs before each page."""
    from .base import check_page_count

    pages: list[Page] = []
    warnings: list[Note] = []
    ocr_pages: list[int] = []
    with Package(data, path=path, kind="OFD") as package:
        root = _xml(package, "OFD.xml")
        body = root.find("DocBody")
        doc_root = _text(body, "DocRoot") if body is not None else None
        if not doc_root:
            raise ExtractionError("the OFD names no document (OFD.xml has no DocBody/DocRoot)", path=path)
        doc_loc = _resolve("", doc_root)
        doc, doc_dir = _content(package, doc_loc)
        signatures = _text(body, "Signatures") if body is not None else None
        sig_loc = _resolve("", signatures) if signatures else posixpath.join(doc_dir, "Signs", "Signatures.xml")
        if package.has(sig_loc):
            count = sum(1 for _ in _xml(package, sig_loc).iter("Signature"))
            warnings.append(Note("ofd.signed", f"the OFD holds {count} signature(s) or e-seal(s) ({sig_loc}); "
                                 "govletter does not verify them: check them in an OFD reader", None))
        common = doc.find("CommonData")
        templates = {str(t.get("ID")): _resolve(doc_dir, str(t.get("BaseLoc")))
                     for t in (common.findall("TemplatePage") if common is not None else [])
                     if t.get("ID") and t.get("BaseLoc")}
        page_list = doc.find("Pages")
        entries = page_list.findall("Page") if page_list is not None else []
        check_page_count(len(entries), max_pages, path)
        media: dict[str, str] | None = None
        for number, entry in enumerate(entries, start=1):
            if check is not None:
                check(path, number)
            page_xml, _ = _content(package, _resolve(doc_dir, str(entry.get("BaseLoc") or "")))
            width, height = _page_size(page_xml, doc)
            glyphs: list[Glyph] = []
            images: list[tuple[str, tuple[float, float, float, float]]] = []
            layers: list[Any] = []
            for tpl in page_xml.findall("Template"):
                loc = templates.get(str(tpl.get("TemplateID")))
                if loc and package.has(loc):
                    content = _xml(package, loc).find("Content")
                    layers.extend(content.findall("Layer") if content is not None else [])
            content = page_xml.find("Content")
            layers.extend(content.findall("Layer") if content is not None else [])
            for layer in layers:
                _walk(layer, glyphs, images)
            page = Page(number=number, lines=glyphs_to_lines(glyphs, number), width=width * MM, height=height * MM,
                        images=len(images), text_from="text-layer")
            if not page.lines and images and ocr:
                media = _media(package, doc, doc_dir) if media is None else media
                page, noted = _ocr_image(package, media, images, page, max_pixels, path)
                warnings.extend(noted)
                ocr_pages.append(number)
            elif not page.lines:
                page.text_from = "none"
            pages.append(page)
    return Document(kind="ofd", pages=pages, backend="ofd", page_count=len(pages), ocr_pages=ocr_pages,
                    warnings=warnings)


def _ocr_image(package: Package, media: dict[str, str], images: list[tuple[str, tuple[float, float, float, float]]],
               page: Page, max_pixels: int, path: str | None) -> tuple[Page, list[Note]]:
    """A scanned OFD page: its largest image read by OCR, the lines placed on the page."""
    from .images import page_image
    from .ocr import ocr_page

    resource, box = max(images, key=lambda item: item[1][2] * item[1][3])
    loc = media.get(resource)
    if loc is None or not package.has(loc):
        raise ExtractionError(f"page {page.number}'s image {resource} is not in the package", path=path)
    bgr, scale = page_image(package.read(loc), path=path, number=page.number, max_pixels=max_pixels,
                            width_pt=box[2] * MM)
    read, noted = ocr_page(bgr, scale, page.number)
    dx, dy = box[0] * MM, box[1] * MM
    lines = [Line(text=ln.text, page=ln.page, x0=(ln.x0 or 0) + dx, x1=(ln.x1 or 0) + dx, top=(ln.top or 0) + dy,
                  bottom=(ln.bottom or 0) + dy, size=ln.size) for ln in read.lines]
    return replace(page, lines=lines, ocr=True, text_from="ocr", image_cover=1.0), noted
