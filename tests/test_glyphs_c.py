"""The glyph loop in C (``govletter/extract/_glyphs.c``) gives exactly the Python loop's glyphs.

``_glyph_loop`` in ``extract/pdfium.py`` is the reference; the C extension is its translation, an
optional build. Here both read every page of every fixture PDF and every development-corpus
``v0.pdf``, ``v1.pdf`` and ``sandwich.pdf`` (the turned ``/Rotate`` pages and the ``Tf 1``/``Tf 300``
producers among them), and their glyph lists must be the same float for float (compared by
``float.hex``, which tells -0.0 from 0.0). The C must also survive what a crafted PDF can make PDFium
return: a text longer or shorter than the page's characters, indices PDFium refuses.

Where the extension was not built, these tests skip, unless ``GOVLETTER_REQUIRE_EXTENSION=1`` (which
``make test`` sets): then a missing extension fails them. Without a C compiler, run
``GOVLETTER_REQUIRE_EXTENSION=0 make test``.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from collections.abc import Generator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

pdfium = pytest.importorskip("pypdfium2")

from govletter.extract import pdfium as backend  # noqa: E402

from .conftest import CORPUS, FIXTURES  # noqa: E402


def _required() -> bool:
    return os.environ.get("GOVLETTER_REQUIRE_EXTENSION", "0") not in ("", "0")


@pytest.fixture(scope="module")
def c_loop() -> backend._GlyphLoop:
    saved = os.environ.pop("GOVLETTER_PURE_PYTHON", None)
    try:
        loop = backend._load_c_loop()
    finally:
        if saved is not None:
            os.environ["GOVLETTER_PURE_PYTHON"] = saved
    if loop is None:
        message = "the C extension govletter.extract._glyphs was not built"
        if _required():
            pytest.fail(message + " (GOVLETTER_REQUIRE_EXTENSION is set: a C compiler and Python's headers are needed)")
        pytest.skip(message)
    return loop


def _exact(glyphs: list[Any]) -> list[tuple[str, ...]]:
    return [tuple(v.hex() if isinstance(v, float) else v for v in g) for g in glyphs]


def _pdfs() -> list[Any]:
    found = sorted(FIXTURES.rglob("*.pdf"))
    for name in ("v0.pdf", "v1.pdf", "sandwich.pdf"):
        found += sorted(CORPUS.glob(f"*/{name}"))
    root = FIXTURES.parent.parent
    return [pytest.param(p, id=str(p.relative_to(root) if p.is_relative_to(root) else p.relative_to(CORPUS)))
            for p in found]


def _pages(path: Path | bytes) -> Generator[tuple[int, Any, float, float, int], None, None]:
    """(number, text page, shown width, shown height, rotation) of each page; closed after use."""
    try:
        pdf = pdfium.PdfDocument(path if isinstance(path, bytes) else str(path))
    except pdfium.PdfiumError:
        return  # the broken and encrypted fixtures: no page to read
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            try:
                yield index + 1, textpage, *page.get_size(), page.get_rotation()
            finally:
                textpage.close()
                page.close()
    finally:
        pdf.close()


def _both(c_loop: backend._GlyphLoop, textpage: Any, width: float, height: float, rotation: int,
          text: str | None = None) -> tuple[list[Any], list[Any]]:
    """The C loop's and the Python loop's glyphs of one page (of ``text`` in place of its own)."""
    calls = backend._bound()
    if text is None:
        tp = backend._handle(textpage)
        text = backend._page_text(calls, tp, calls.count_chars(tp))
    shown = backend._SHOWN[rotation % 360](width, height)
    args = (calls, textpage, text, height, rotation % 360, shown)
    return c_loop(*args), backend._glyph_loop(*args)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the development corpus ../shared/corpus/dev is absent")
def test_the_corpus_is_there() -> None:
    assert len(list(CORPUS.glob("*/sandwich.pdf"))) >= 20


@pytest.mark.parametrize("path", _pdfs())
def test_c_and_python_loops_give_the_same_glyphs(c_loop: backend._GlyphLoop, path: Path) -> None:
    for number, textpage, width, height, rotation in _pages(path):
        in_c, in_python = _both(c_loop, textpage, width, height, rotation)
        assert _exact(in_c) == _exact(in_python), f"page {number}"


def test_the_turned_and_scaled_producers_give_glyphs(c_loop: backend._GlyphLoop) -> None:
    # the cases the comparison must cover are really read (not two empty lists agreeing)
    for name, rotation in [("rotate90", 90), ("rotate180", 180), ("rotate270", 270), ("tf1", 0), ("tf300", 0)]:
        with closing(_pages(FIXTURES / "producers" / f"{name}.pdf")) as pages:
            _, textpage, width, height, turned = next(pages)
            assert turned == rotation
            in_c, in_python = _both(c_loop, textpage, width, height, turned)
        assert len(in_c) > 100 and _exact(in_c) == _exact(in_python)
        # 16-point text whatever the Tf size and the turn
        assert {round(g[4], 3) for g in in_c if g[5] == "函"} == {16.0, 22.0}, name  # body, title


def _one_line_pdf(tm: tuple[float, float, float, float]) -> bytes:
    """A page with one string shown with the text matrix ``tm`` (and ``Tf 1``), written by hand."""
    a, b, c, d = tm
    content = f"BT /F1 1 Tf {a!r} {b!r} {c!r} {d!r} 72 700 Tm (Hello world) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


@pytest.mark.parametrize(("tm", "read"), [
    # skewed text whose scale math.hypot and the C library's hypot round differently (found by search)
    ((16.3544921875, 0.615234375, 0.0, 16.0), True),
    ((20.1669921875, 1.5908203125, 0.0, 16.0), True),
    ((16.0, 0.0, 0.0, -16.0), True),  # upside down: still reads left to right
    ((-16.0, 0.0, 0.0, 16.0), False),  # mirrored
    ((0.0, 16.0, -16.0, 0.0), False),  # turned a quarter, on an unturned page
    ((0.0, 0.0, 0.0, 0.0), False),  # no extent at all
])
def test_text_matrices_are_read_alike(c_loop: backend._GlyphLoop, tm: tuple[float, float, float, float],
                                      read: bool) -> None:
    with closing(_pages(_one_line_pdf(tm))) as pages:
        _, textpage, width, height, rotation = next(pages)
        in_c, in_python = _both(c_loop, textpage, width, height, rotation)
    assert _exact(in_c) == _exact(in_python)
    assert "".join(g[5] for g in in_c) == ("Hello world" if read else "")


def test_a_text_that_disagrees_with_the_page_is_read_within_bounds(c_loop: backend._GlyphLoop) -> None:
    with closing(_pages(FIXTURES / "seed.pdf")) as pages:
        _, textpage, width, height, rotation = next(pages)
        _check_disagreeing_texts(c_loop, textpage, width, height, rotation)


def _check_disagreeing_texts(c_loop: backend._GlyphLoop, textpage: Any, width: float, height: float,
                             rotation: int) -> None:
    calls = backend._bound()
    tp = backend._handle(textpage)
    text = backend._page_text(calls, tp, calls.count_chars(tp))
    full, _ = _both(c_loop, textpage, width, height, rotation)
    # shorter: the glyphs of the characters it holds
    short, short_python = _both(c_loop, textpage, width, height, rotation, text[:40])
    assert _exact(short) == _exact(short_python) == _exact([g for g in full if g in short]) and short
    # longer: indices past the page's last character, which PDFium refuses, give no glyph
    extra = " \ufffe\x02-x\U0002000b" * 3
    longer, longer_python = _both(c_loop, textpage, width, height, rotation, text + extra)
    assert _exact(longer) == _exact(longer_python) == _exact(full)
    assert _both(c_loop, textpage, width, height, rotation, "") == ([], [])


def test_the_c_loop_refuses_what_is_not_a_text_page(c_loop: backend._GlyphLoop) -> None:
    from govletter.extract import _glyphs

    calls = backend._bound()
    shown = backend._SHOWN[0](595.0, 842.0)
    good = (calls.addresses, 1, "x", 842.0, 0, shown, 0.88, 0.1, ("\ufffe", "\x02"), math.hypot)
    cases: list[tuple[int, Any, type[Exception]]] = [
        (1, 0, ValueError),  # a null text page
        (0, (0, *calls.addresses[1:]), ValueError),  # a null function
        (0, calls.addresses[:5], ValueError),  # five functions
        (8, (), ValueError),  # no hyphen mark
        (8, ("--",), ValueError),  # a mark of two characters
        (9, None, TypeError),  # no hypot
        (2, b"x", TypeError),  # bytes for the text
    ]
    for slot, value, error in cases:
        args = list(good)
        args[slot] = value
        with pytest.raises(error):
            _glyphs.page_glyphs(*args)


def test_page_glyphs_runs_the_c_loop_when_built(c_loop: backend._GlyphLoop) -> None:
    if os.environ.get("GOVLETTER_PURE_PYTHON", "0") not in ("", "0"):
        assert backend._c_loop is None
    else:
        assert backend._c_loop is not None and backend._c_loop.__qualname__ == c_loop.__qualname__


def test_forced_pure_python_gives_the_same_letters() -> None:
    import govletter

    names = ["seed.pdf", "producers/rotate90.pdf", "producers/tf300.pdf"]
    code = (
        "import json, sys, govletter\n"
        "from govletter.extract import pdfium\n"
        "assert pdfium._c_loop is None\n"
        "print(json.dumps([govletter.parse(p).model_dump(mode='json') for p in sys.argv[1:]]))\n"
    )
    env = {**os.environ, "GOVLETTER_PURE_PYTHON": "1"}
    out = subprocess.run([sys.executable, "-c", code, *(str(FIXTURES / n) for n in names)], env=env,
                         capture_output=True, text=True, check=True).stdout
    pure = json.loads(out)
    here = [govletter.parse(FIXTURES / n).model_dump(mode="json") for n in names]
    assert pure == here
    assert pure[0]["doc_number"]["raw"] == "西民函〔2023〕58号"
