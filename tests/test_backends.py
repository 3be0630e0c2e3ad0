"""Both PDF backends read every PDF into the same letter; pdfium is the default; import is light."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import govletter
from govletter.extract import DEFAULT_BACKEND, read_pdf

from .conftest import CORPUS, FIXTURES

PDFS = sorted(p for p in FIXTURES.rglob("*.pdf") if "bad" not in p.parts)
SHARED = sorted(CORPUS.glob("*/v[01].pdf")) if CORPUS.is_dir() else []
# Evidence boxes come from each backend's own glyph metrics: they may differ by a quarter em (of 16
# points; of the box's own height for a line set larger, as a 40-point 版头).
BBOX_TOLERANCE = 4.0


def _outcome(path: Path, backend: str) -> dict[str, Any]:
    try:
        letter = govletter.parse(path, backend=backend)
    except govletter.GovLetterError as exc:
        return {"error": type(exc).__name__}
    data: dict[str, Any] = json.loads(letter.model_dump_json())
    assert data.pop("source")["backend"] == backend
    return data


@pytest.mark.parametrize("path", PDFS + SHARED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_backends_give_the_same_letter(path: Path) -> None:
    plumber, pdfium = _outcome(path, "pdfplumber"), _outcome(path, "pdfium")
    boxes_p = {k: v.pop("bbox") for k, v in plumber.get("evidence", {}).items()}
    boxes_f = {k: v.pop("bbox") for k, v in pdfium.get("evidence", {}).items()}
    boxes_p |= {f"body.{i}": item.pop("bbox") for i, item in enumerate(plumber.get("body", []))}
    boxes_f |= {f"body.{i}": item.pop("bbox") for i, item in enumerate(pdfium.get("body", []))}
    assert pdfium == plumber
    assert boxes_p.keys() == boxes_f.keys()
    for field, box in boxes_p.items():
        if box is None or boxes_f[field] is None:  # lines without positions: no box from either backend
            assert box == boxes_f[field], field
            continue
        # an element's line set large (a 40-point 版头) may differ by a quarter of its height
        tolerance = BBOX_TOLERANCE if field.startswith("body.") else max(BBOX_TOLERANCE, (box[3] - box[1]) / 4)
        assert max(abs(a - b) for a, b in zip(box, boxes_f[field], strict=True)) <= tolerance, field


def test_pdfium_is_the_default_backend() -> None:
    assert DEFAULT_BACKEND == "pdfium"
    assert govletter.parse(FIXTURES / "seed.pdf").source.backend == "pdfium"


def test_backends_print_no_space_inside_chinese() -> None:
    """Neither backend invents a space between two CJK glyphs set edge to edge."""
    for backend in ("pdfium", "pdfplumber"):
        doc = read_pdf(FIXTURES / "seed.pdf", backend=backend)
        texts = [line.text for page in doc.pages for line in page.lines]
        assert any("办理类型" in t for t in texts), backend
        assert not any("办 理" in t for t in texts), backend


def test_lines_agree_line_by_line() -> None:
    a = read_pdf(FIXTURES / "seed.pdf", backend="pdfplumber")
    b = read_pdf(FIXTURES / "seed.pdf", backend="pdfium")
    assert [[ln.text for ln in p.lines] for p in a.pages] == [[ln.text for ln in p.lines] for p in b.pages]
    for pa, pb in zip(a.pages, b.pages, strict=True):
        for la, lb in zip(pa.lines, pb.lines, strict=True):
            assert la.size == lb.size
            assert abs((la.x0 or 0) - (lb.x0 or 0)) < 1.0


def test_import_is_light() -> None:
    """`import govletter` loads neither the parser's models nor a PDF library (they load on first use)."""
    code = ("import sys, govletter; heavy = [m for m in ('pydantic', 'pdfplumber', 'pypdfium2', 'jieba', 'regex') "
            "if m in sys.modules]; print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ""


def test_backends_agree_on_a_line_end_hyphen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """tp-007 at 24 characters a line ends a line in '市-区-': PDFium calls that '-' a soft hyphen."""
    monkeypatch.syspath_prepend(str(FIXTURES))
    import make_fixtures  # type: ignore[import-not-found]

    monkeypatch.setattr(make_fixtures, "COLS", 24)
    monkeypatch.setattr(make_fixtures, "WIDTH", 24 * make_fixtures.BODY)
    make_fixtures.render(json.loads((FIXTURES / "dev" / "tp-007" / "letter-fw.json").read_text("utf-8")),
                         tmp_path / "narrow.pdf")
    lines = [ln.text for p in read_pdf(tmp_path / "narrow.pdf", backend="pdfium").pages for ln in p.lines]
    assert any(t.endswith("市-区-") for t in lines)
    plumber, pdfium = _outcome(tmp_path / "narrow.pdf", "pdfplumber"), _outcome(tmp_path / "narrow.pdf", "pdfium")
    for data in (plumber, pdfium):
        for value in [*data.get("evidence", {}).values(), *data.get("body", [])]:
            value.pop("bbox")
    assert pdfium == plumber
