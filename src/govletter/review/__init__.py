"""``govletter review``: a static, offline HTML site to check every field against its page.

The site has an index of every input (``index.html``) and one page per letter
(``letters/<sha256[:16]>.html``) with the page images, every field's box drawn over them, and a
panel with each value, its evidence and the warnings. A person corrects fields there; the edits are
kept in the browser and exported as ``corrections.json`` for ``govletter convert --corrections``.

Everything that comes from a document or a file name is escaped where it lands (``html.escape`` for
HTML text and attributes, ``inline_json`` for JSON inside a page); the pages allow only the site's
own script and style (Content-Security-Policy). Page images are rendered once: a PDF's pages with
pypdfium2, page-image inputs with Pillow (an OFD has none).
"""

from __future__ import annotations

import functools
import hashlib
import html
import http.server
import json
import shutil
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from ..corrections import FIELDS, current_value, evidence_key
from ..errors import GovLetterError, InputError

SITE_DIR = "review"
STATIC = ("review.css", "review.js")
# Page images: 2x PDF points (144 dpi), WebP: readable Chinese at about 100 KB a page.
RENDER_SCALE = 2.0
IMAGE_SUFFIX = ".webp"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'none'; "
       "base-uri 'none'; form-action 'none'")
# The fields a letter must have; lacking one makes the status 'missing fields'.
CORE_FIELDS = ("doc_number", "title", "addressee", "signer", "date")
READ_AS = {"text-layer": "text layer", "ocr-layer": "OCR layer", "ocr": "OCR", "text": "text", "none": "blank"}
# 'the scan was turned 270° to read it' (ocr.py, clockwise): the frame the page's boxes are in
_TURNED_RE = regex.compile(r"turned (?P<degrees>90|180|270)°")
_AGGREGATES = {"summary.json", "corrections.json"}
_EXIF_ORIENTATION = 0x0112


@dataclass
class Entry:
    """One input of the site: a letter's JSON or the error that stopped it."""

    file: str  # the input as the user knows it: its path under IN, or as given
    sha256: str
    data: dict[str, Any] | None = None
    error: dict[str, Any] | None = None
    source: Path | None = None  # the input file, to render its pages (None: not at hand)
    slug: str = ""
    notes: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- escaping

def esc(value: object) -> str:
    """Text for HTML text or a quoted attribute (also SVG text): every <, >, &, ' and " escaped."""
    return html.escape("" if value is None else str(value), quote=True)


def inline_json(value: object) -> str:
    """JSON to put inside a <script type="application/json">: no '<', '>' or '&' that could end it."""
    text = json.dumps(value, ensure_ascii=False)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


# --------------------------------------------------------------------------- inputs

def entries_from_output(out: Path) -> list[Entry]:
    """The letters and errors a ``convert`` run wrote to ``out``."""
    if not (out / "summary.json").is_file():
        raise InputError("not a 'govletter convert' output folder (no summary.json)", path=str(out))
    site = (out / SITE_DIR).resolve()
    names = _input_names(out)
    entries: list[Entry] = []
    for path in sorted(out.rglob("*.json")):
        if site in path.resolve().parents or (path.parent == out and path.name in _AGGREGATES):
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"cannot read {path.name}: {exc}", path=str(path)) from exc
        if not isinstance(data, dict):
            continue
        if path.name.endswith(".error.json"):
            entries.append(Entry(file=str(data.get("file") or path.name[:-11]), sha256=str(data.get("sha256") or ""),
                                 error=data))
            continue
        if "source" not in data:
            continue
        sha = str(data["source"].get("sha256") or "")
        rel = names.get(sha) or path.relative_to(out).as_posix()[: -len(".json")]
        src = data["source"].get("path")
        entries.append(Entry(file=rel, sha256=sha, data=data, source=Path(src) if src else None))
    return entries


def _input_names(out: Path) -> dict[str, str]:
    """sha256 -> the input's path under IN, as letters.jsonl gives it (the per-file JSON's name is made safe)."""
    from ..convert import iter_jsonl

    names: dict[str, str] = {}
    try:
        for record in iter_jsonl(out / "letters.jsonl"):
            source = record.get("source") or {}
            if source.get("sha256") and source.get("path"):
                names.setdefault(str(source["sha256"]), str(source["path"]))
    except (OSError, ValueError):
        pass  # no letters.jsonl (an interrupted first run): the per-file names serve
    return names


def entries_from_files(files: Iterable[Path]) -> list[Entry]:
    """Parse each file; one that fails is an entry with its error."""
    from ..api import parse
    from ..convert import sha256_of

    entries: list[Entry] = []
    for path in files:
        sha = sha256_of(path)
        try:
            letter = parse(path)
        except GovLetterError as exc:
            entries.append(Entry(file=str(path), sha256=sha, error={"error": type(exc).__name__, "message": str(exc)}))
            continue
        entries.append(Entry(file=str(path), sha256=sha, data=letter.model_dump(mode="json"), source=path))
    return entries


# --------------------------------------------------------------------------- rows of the index

def status_of(entry: Entry) -> str:
    if entry.data is None:
        return "failed"
    if any(not entry.data.get(name) for name in CORE_FIELDS):
        return "missing fields"
    return "warnings" if entry.data.get("warnings") else "ok"


def row_of(entry: Entry) -> dict[str, Any]:
    """One row of the index (plain values; the browser puts them in as text)."""
    d = entry.data or {}
    proposal = d.get("proposal") or {}
    source = d.get("source") or {}
    read = sorted({READ_AS.get(t, t) for t in source.get("text_from") or []} - {"blank"})
    year = (d.get("date") or "")[:4] or str((d.get("doc_number") or {}).get("year") or "")
    return {
        "file": entry.file, "href": f"letters/{entry.slug}.html", "doc_number": (d.get("doc_number") or {}).get("raw"),
        "title": d.get("title"), "date": d.get("date"), "signer": d.get("signer"),
        "proposal": proposal.get("number_raw") or proposal.get("number"), "pages": source.get("pages"),
        "read": ", ".join(read), "status": status_of(entry), "year": year or None,
        "warnings": sorted({w.get("code", "?") for w in d.get("warnings") or []}),
        "error": f"{entry.error.get('error')}: {entry.error.get('message')}" if entry.error else None,
        "corrected": sum(len(e.get("corrections") or []) for e in (d.get("evidence") or {}).values()),
    }


# --------------------------------------------------------------------------- page images

# A page to draw: its size in points as read (turned as OCR turned it), and how to draw it (a Pillow image).
Frame = tuple[float, float, int, Callable[[], Any]]


def render_pages(entry: Entry, site: Path) -> list[dict[str, Any]]:
    """Render the entry's pages once (kept on later builds): a PDF's with PDFium, a page image is its
    own page. ``[{src, width, height, pw, ph}]`` per page; [] (with a note) where there are none."""
    kind = entry.data["source"].get("kind") if entry.data is not None else None
    if entry.source is None or kind not in ("pdf", "image", "ofd"):
        return []
    if kind == "ofd":
        entry.notes.append("No page images: govletter does not draw OFD pages. The fields' boxes are in the JSON "
                           "(evidence); open the OFD in an OFD reader to check them.")
        return []
    from ..convert import sha256_of

    assert entry.data is not None
    files = [Path(f) for f in entry.data["source"].get("files") or []] or [entry.source]
    missing = next((f for f in files if not f.is_file()), None)
    if missing is not None:
        entry.notes.append(f"the input file is not at {missing}: no page images")
        return []
    if entry.sha256 and sha256_of(files) != entry.sha256:
        entry.notes.append("the input file changed since it was converted: no page images")
        return []
    try:
        from PIL import Image
    except ImportError:
        raise InputError("page images need Pillow: pip install 'govletter[review]'") from None
    turned = {w.get("page"): int(m["degrees"]) for w in entry.data.get("warnings") or []
              if w.get("code") == "ocr.page_rotated" and (m := _TURNED_RE.search(w.get("message") or ""))}
    frames = _pdf_frames(entry, entry.source, turned) if kind == "pdf" else _image_frames(entry, files, turned)
    pages: list[dict[str, Any]] = []
    for number, (pw, ph, rotation, draw) in enumerate(frames, 1):
        name = f"{entry.slug}-{number}{f'-r{rotation}' if rotation else ''}{IMAGE_SUFFIX}"
        target = site / "pages" / name
        if target.is_file():
            with Image.open(target) as img:
                width, height = img.size
        else:
            image = draw()
            width, height = image.size
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(f".{name}.tmp")
            image.save(tmp, "WEBP", quality=70, method=2)
            tmp.replace(target)
        pages.append({"src": f"../pages/{name}", "width": width, "height": height, "pw": pw, "ph": ph})
    return pages


def _pdf_frames(entry: Entry, path: Path, turned: dict[Any, int]) -> Iterator[Frame]:
    """A PDF's pages, drawn by PDFium at ``RENDER_SCALE`` (a scan OCR read turned is turned the same way,
    so that its boxes, in that frame, fit)."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        entry.notes.append(f"PDFium cannot open the file ({exc}): no page images")
        return
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            pw, ph = page.get_size()
            rotation = turned.get(index + 1, 0)
            if rotation in (90, 270):
                pw, ph = ph, pw

            def draw(page: Any = page, rotation: int = rotation) -> Any:
                return page.render(scale=RENDER_SCALE, rotation=rotation).to_pil()

            yield pw, ph, rotation, draw
    finally:
        pdf.close()


def _image_frames(entry: Entry, files: list[Path], turned: dict[Any, int]) -> Iterator[Frame]:
    """Page images (each frame of a TIFF a page), upright by their EXIF orientation and sized in points
    as govletter read them; scaled down to ``RENDER_SCALE`` pixels a point where they are larger."""
    from PIL import Image, ImageOps

    from ..extract.images import px_per_pt

    def draw(image: Any, index: int, rotation: int, scale: float) -> Any:
        image.seek(index)
        frame = ImageOps.exif_transpose(image).convert("RGB")
        if rotation:  # clockwise, as OCR turned it
            frame = frame.rotate(-rotation, expand=True)
        if scale > RENDER_SCALE:
            frame = frame.resize((max(1, round(frame.width * RENDER_SCALE / scale)),
                                  max(1, round(frame.height * RENDER_SCALE / scale))), Image.Resampling.LANCZOS)
        return frame

    number = 0
    for path in files:
        try:
            image = Image.open(path)
        except Exception as exc:  # Pillow raises many types for a broken file
            entry.notes.append(f"cannot open {path.name} ({type(exc).__name__}): no page images from it")
            continue
        with image:
            for index in range(getattr(image, "n_frames", 1)):
                number += 1
                image.seek(index)
                width, height = image.size
                scale = px_per_pt((width, height), image.info.get("dpi"))  # pixels a point, as OCR took it
                rotation = turned.get(number, 0)
                # EXIF orientations 5-8 and a quarter turn each swap width and height
                quarter = (image.getexif().get(_EXIF_ORIENTATION) in (5, 6, 7, 8)) != (rotation in (90, 270))
                pw, ph = (height / scale, width / scale) if quarter else (width / scale, height / scale)
                yield pw, ph, rotation, functools.partial(draw, image, index, rotation, scale)


def text_lines(entry: Entry) -> list[str]:
    """A text input's lines, to show with the evidence marked."""
    if entry.source is None or entry.data is None or entry.data["source"].get("kind") != "text":
        return []
    from ..extract.text import decode

    try:
        text, _ = decode(entry.source.read_bytes(), path=str(entry.source))
    except (OSError, GovLetterError) as exc:
        entry.notes.append(f"cannot read the input file ({exc}): no text shown")
        return []
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").split("\n")


# --------------------------------------------------------------------------- pages

def _head(title: str, depth: str, body_class: str, attrs: str = "") -> str:
    return (f'<!doctype html>\n<html lang="zh"><head><meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{esc(CSP)}">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{esc(title)} — govletter review</title>\n"
            f'<link rel="stylesheet" href="{depth}static/review.css">\n'
            f'<script src="{depth}static/review.js" defer></script></head>\n'
            f'<body class="{body_class}"{attrs}>\n')


def _toolbar(letter: bool = False) -> str:
    """The reviewer's name, the count of edits and the export buttons (a letter page can export its own);
    opened from files, a hint that Firefox keeps each page's edits apart."""
    mine = '<button id="export-letter" type="button">Export this letter</button>' if letter else ""
    return ('<div class="toolbar"><label>Reviewer <input id="reviewer" size="12" autocomplete="off"></label> '
            '<span id="pending">0 edits</span> <button id="export" type="button">Export corrections.json</button> '
            f'{mine}<span id="file-hint" class="hint" hidden title="Firefox gives each page opened from the file '
            "system its own store: export the edits on each letter page with 'Export this letter' and give "
            "'govletter convert --corrections' the folder they were downloaded to (or open the site with --serve)."
            '"> Firefox, from files: export each letter</span></div>')


def index_page(entries: list[Entry]) -> str:
    rows = [row_of(e) for e in entries]
    return (_head("Index", "", "index") + '<header><h1>govletter review</h1>' + _toolbar() + "</header>\n"
            '<section id="counts" aria-live="polite"></section>\n'
            '<form id="filters" autocomplete="off">'
            '<input id="q" type="search" placeholder="search file, 文号, title… (/)" size="30"> '
            '<select id="f-status"><option value="">any status</option></select> '
            '<select id="f-warning"><option value="">any warning</option></select> '
            '<select id="f-office"><option value="">any office</option></select> '
            '<select id="f-year"><option value="">any year</option></select></form>\n'
            '<table id="letters"><thead><tr>'
            + "".join(f'<th data-key="{k}" tabindex="0">{esc(label)}</th>' for k, label in (
                ("file", "file"), ("doc_number", "文号"), ("title", "标题"), ("date", "成文日期"), ("signer", "署名"),
                ("proposal", "建议/提案"), ("pages", "pages"), ("read", "read by"), ("status", "status")))
            + '</tr></thead><tbody></tbody></table>\n'
            '<nav id="pager"><button id="prev" type="button">← previous</button> <span id="page-of"></span> '
            '<button id="next" type="button">next →</button></nav>\n'
            '<p class="help">Keys: ↑/↓ or j/k move, Enter opens, / searches, PageUp/PageDown turn the page.</p>\n'
            f'<script type="application/json" id="index-data">{inline_json(rows)}</script>\n</body></html>\n')


Unsure = tuple[int | None, str, float | None]


def _unsure_lines(data: dict[str, Any]) -> list[Unsure]:
    """(page, line without spaces, confidence) of every line OCR was unsure of (``ocr.low_confidence``
    warnings name the line in ``Warning.line``)."""
    return [(w.get("page"), regex.sub(r"\s+", "", w["line"]), w.get("confidence"))
            for w in data.get("warnings") or [] if w.get("code") == "ocr.low_confidence" and w.get("line")]


def _unsure_of(ev: dict[str, Any] | None, unsure: list[Unsure]) -> list[float | None]:
    """The confidences of the unsure lines the evidence was read from (none: OCR was sure of it)."""
    if not ev or not ev.get("text"):
        return []
    text = regex.sub(r"\s+", "", ev["text"])
    return [score for page, line, score in unsure if page == ev.get("page") and line and (line in text or text in line)]


def _display(value: Any) -> str:
    if value is None or value == []:
        return ""
    if isinstance(value, list):
        return "\n".join(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _field_row(entry: Entry, name: str, kind: str, value: Any, unsure: list[Unsure],
               boxes: dict[str, str]) -> str:
    data = entry.data or {}
    key = evidence_key(name)
    ev = (data.get("evidence") or {}).get(key)
    if name.startswith("body.") and ev is None:
        item = data["body"][int(name.split(".")[1])]
        ev = {"page": item.get("page"), "bbox": item.get("bbox"), "text": ""}
    classes = ["field"]
    badges = []
    if value is None or value == []:
        classes.append("absent")
    if scores := _unsure_of(ev, unsure):
        classes.append("unsure")
        known = [score for score in scores if score is not None]
        badges.append(f'<span class="badge unsure">OCR unsure{f" ({min(known):.2f})" if known else ""}</span>')
    done = [c for c in (ev or {}).get("corrections") or [] if c.get("field") == name]
    if done:
        classes.append("corrected")
        c = done[-1]
        badges.append(f'<span class="badge corrected">{esc(c.get("action"))} by {esc(c.get("by") or "a person")}'
                      f"</span>")
    where = ""
    if ev and ev.get("page"):
        where = f'<span class="where">p. {esc(ev.get("page"))}</span> '
    evidence = f'<div class="evidence">{where}{esc(ev.get("text") if ev else "")}</div>' if ev else ""
    label = name if not name.startswith("body.") else f"body {int(name.split('.')[1]) + 1}"
    return (f'<div class="{" ".join(classes)}" id="field-{esc(name)}" data-field="{esc(name)}" data-kind="{kind}" '
            f'data-box="{esc(boxes.get(key, ""))}" data-old="{esc(json.dumps(value, ensure_ascii=False))}" '
            f'tabindex="0"><div class="name">{esc(label)} {"".join(badges)}</div>'
            f'<div class="value">{esc(_display(value)) or "<i>absent</i>"}</div>{evidence}'
            '<div class="actions">'
            + ('' if kind == "fixed" else '<button type="button" data-act="edit">edit</button>')
            + ('' if kind == "paragraph" else '<button type="button" data-act="absent">absent</button>')
            + '<button type="button" data-act="confirmed">right</button>'
            '<button type="button" data-act="undo" hidden>undo</button></div></div>\n')


Box = tuple[float, float, float, float]


def boxes_of(data: dict[str, Any]) -> dict[tuple[int, Box], list[str]]:
    """Every drawn box, ``(page, bbox) -> the evidence keys found there`` (title and proposal often share one)."""
    found: dict[tuple[int, Box], list[str]] = {}
    evidence = data.get("evidence") or {}
    for key, ev in evidence.items():
        if ev.get("page") and ev.get("bbox"):
            found.setdefault((ev["page"], tuple(ev["bbox"])), []).append(key)
    for i, item in enumerate(data.get("body") or []):
        if item.get("page") and item.get("bbox") and f"body.{i}" not in evidence:
            found.setdefault((item["page"], tuple(item["bbox"])), []).append(f"body.{i}")
    return found


def box_ids(data: dict[str, Any]) -> dict[str, str]:
    """Evidence key -> the id of the box it is drawn in (named after the box's first key)."""
    return {key: keys[0] for keys in boxes_of(data).values() for key in keys}


def _page_figure(data: dict[str, Any], number: int, image: dict[str, Any]) -> str:
    pw, ph = image["pw"], image["ph"]
    shapes = []
    for (page, (x0, top, x1, bottom)), keys in boxes_of(data).items():
        if page != number:
            continue
        shapes.append(f'<g class="box" id="box-{esc(keys[0])}" data-box="{esc(keys[0])}"><rect x="{x0:.1f}" '
                      f'y="{top:.1f}" width="{max(x1 - x0, 1):.1f}" height="{max(bottom - top, 1):.1f}"></rect>'
                      f'<text x="{x0:.1f}" y="{max(top - 2, 8):.1f}">{esc(" · ".join(keys))}</text></g>')
    return (f'<figure class="page" id="page-{number}" data-page="{number}">'
            f'<img loading="lazy" src="{esc(image["src"])}" width="{image["width"]}" height="{image["height"]}" '
            f'alt="page {number}"><svg class="boxes" viewBox="0 0 {pw:.1f} {ph:.1f}" preserveAspectRatio="none">'
            + "".join(shapes) + f"</svg><figcaption>page {number}</figcaption></figure>\n")


def _text_marks(data: dict[str, Any]) -> dict[str, str]:
    """A text input's evidence lines: stripped line -> the evidence key of the first field read from it."""
    marked: dict[str, str] = {}
    for key, ev in (data.get("evidence") or {}).items():
        for line in (ev.get("text") or "").split("\n"):
            if line.strip():
                marked.setdefault(line.strip(), key)
    return marked


def _text_view(data: dict[str, Any], lines: list[str]) -> str:
    marked = _text_marks(data)
    out = []
    seen: set[str] = set()
    for n, line in enumerate(lines, 1):
        key = marked.get(line.strip())
        attrs = ' class="line"'
        if key:
            ident = "" if key in seen else f' id="box-{esc(key)}"'
            seen.add(key)
            attrs = f' class="line ev"{ident} data-box="{esc(key)}"'
        out.append(f'<span{attrs}><span class="ln">{n}</span>{esc(line)}</span>')
    return '<pre class="text-input">' + "".join(out) + "</pre>\n"


def letter_page(entry: Entry, images: list[dict[str, Any]], lines: list[str], prev: Entry | None,
                nxt: Entry | None) -> str:
    data = entry.data or {}
    attrs = f' data-sha256="{esc(entry.sha256)}" data-file="{esc(entry.file)}" data-slug="{esc(entry.slug)}"'
    nav = ['<a href="../index.html">index</a>']
    if prev:
        nav.append(f'<a id="prev-letter" href="{esc(prev.slug)}.html">← {esc(prev.file)}</a>')
    if nxt:
        nav.append(f'<a id="next-letter" href="{esc(nxt.slug)}.html">{esc(nxt.file)} →</a>')
    head = (_head(entry.file, "../", "letter", attrs) + f'<header><h1>{esc(entry.file)}</h1><nav>{" · ".join(nav)}'
            f'</nav><span class="status">{esc(status_of(entry))}</span>' + _toolbar(letter=True) + "</header>\n")
    notes = "".join(f'<p class="note">{esc(n)}</p>' for n in entry.notes)
    if entry.error is not None:
        return (head + f'<main><p class="error">{esc(entry.error.get("error"))}: {esc(entry.error.get("message"))}'
                f"</p>{notes}</main></body></html>\n")
    unsure = _unsure_lines(data)
    if images:
        view = "".join(_page_figure(data, i + 1, img) for i, img in enumerate(images))
    elif lines:
        view = _text_view(data, lines)
    else:
        view = '<p class="note">No page images.</p>'
    if lines:  # a text input: a field's lines are marked under the name of the first field read from them
        marked = _text_marks(data)
        boxes = {key: marked[first] for key, ev in (data.get("evidence") or {}).items()
                 if (first := (ev.get("text") or "").strip().split("\n")[0].strip()) in marked}
    else:
        boxes = box_ids(data) if images else {}
    rows = [_field_row(entry, name, kind, current_value(data, name), unsure, boxes) for name, kind in FIELDS.items()]
    rows += [_field_row(entry, f"body.{i}", "paragraph", item.get("text"), unsure, boxes)
             for i, item in enumerate(data.get("body") or [])]
    warnings = "".join(f'<li><code>{esc(w.get("code"))}</code> {esc(w.get("message"))}'
                       + (f' <span class="where">p. {esc(w.get("page"))}</span>' if w.get("page") else "") + "</li>"
                       for w in data.get("warnings") or [])
    return (head + f'<main><section class="view">{notes}{view}</section>'
            f'<aside class="panel"><h2>Fields</h2>{"".join(rows)}'
            f'<h2>Warnings</h2><ul class="warnings">{warnings or "<li>none</li>"}</ul></aside></main>\n'
            "</body></html>\n")


# --------------------------------------------------------------------------- the site

def _slugs(entries: list[Entry]) -> None:
    taken: set[str] = set()
    for entry in entries:
        base = entry.sha256[:16] or hashlib.sha256(entry.file.encode("utf-8", "surrogateescape")).hexdigest()[:16]
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        entry.slug = slug


def write(path: Path, text: str) -> None:
    from ..convert import write_atomic

    write_atomic(path, text)


def build(entries: list[Entry], site: Path) -> Path:
    """Write the site for ``entries`` into ``site``; returns the index page."""
    _slugs(entries)
    (site / "letters").mkdir(parents=True, exist_ok=True)
    static = site / "static"
    static.mkdir(exist_ok=True)
    for name in STATIC:
        with resources.as_file(resources.files(__package__) / "static" / name) as src:
            shutil.copyfile(src, static / name)
    for i, entry in enumerate(entries):
        images = render_pages(entry, site)
        lines = [] if images else text_lines(entry)
        prev = entries[i - 1] if i > 0 else None
        nxt = entries[i + 1] if i + 1 < len(entries) else None
        write(site / "letters" / f"{entry.slug}.html", letter_page(entry, images, lines, prev, nxt))
    index = site / "index.html"
    write(index, index_page(entries))
    return index


def make_server(site: Path, port: int) -> http.server.ThreadingHTTPServer:
    """A server of ``site`` on localhost only (port 0: any free port), quiet about each request."""
    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(site), **kwargs)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)


def serve(site: Path, port: int) -> None:
    """Serve ``site`` on localhost until Ctrl-C."""
    with make_server(site, port) as server:
        print(f"govletter: serving {site} at http://127.0.0.1:{server.server_port}/ (Ctrl-C stops)", file=sys.stderr)
        server.serve_forever()
