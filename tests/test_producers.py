"""PDFs as other producers make them (tests/fixtures/producers, made by make_producers.py), read right.

Each fixture is asserted field by field on both backends; ``test_backends`` checks the backends
agree on every one of them as well.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import govletter
from govletter.extract.glyphs import glyphs_to_lines

from .conftest import FIXTURES, load_json

PRODUCERS = FIXTURES / "producers"
BACKENDS = ("pdfium", "pdfplumber")


def _data(path: Path, backend: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(govletter.parse(path, backend=backend).model_dump_json())
    data.pop("source")
    return data


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("name", ["tf1", "tf300", "rotate90", "rotate180", "rotate270"])
def test_drawn_differently_the_same_letter(name: str, backend: str) -> None:
    """Tf 1 in a 16x matrix, Tf 300 in a 16/300 matrix, /Rotate 90/180/270 pages drawn turned back:
    the seed letter, to its golden fields and the boxes of the plain PDF."""
    got, plain = _data(PRODUCERS / f"{name}.pdf", backend), _data(FIXTURES / "seed.pdf", backend)
    golden = load_json(FIXTURES / "seed.golden.json")
    for field in ("doc_number", "title", "doc_type", "proposal", "addressee", "date", "contacts", "cc", "warnings"):
        assert got[field] == golden[field], field
    assert [p["text"] for p in got["body"]] == [p["text"] for p in golden["body"]]
    boxes, plain_boxes = ({k: v.pop("bbox") for k, v in d["evidence"].items()} for d in (got, plain))
    assert got == plain
    for field, box in boxes.items():
        assert max(abs(a - b) for a, b in zip(box, plain_boxes[field], strict=True)) < 0.5, field


def test_sizes_that_disagree_with_their_boxes_give_way() -> None:
    """Two 16-point lines 28 points apart whose glyphs claim 300 points stay two lines."""
    glyphs = [(100.0, 72.0 + 16 * i, 88.0 + 16 * i, 116.0, 300.0, ch) for i, ch in enumerate("关于建议")]
    glyphs += [(128.0, 72.0 + 16 * i, 88.0 + 16 * i, 144.0, 300.0, ch) for i, ch in enumerate("答复的函")]
    lines = glyphs_to_lines(glyphs, 1)
    assert [(ln.text, ln.size) for ln in lines] == [("关于建议", 16.0), ("答复的函", 16.0)]
    # sizes that agree with their boxes are kept as they are
    assert [ln.size for ln in glyphs_to_lines([(100.0, 72.0, 88.0, 116.0, 22.0, "关")], 1)] == [22.0]
