"""The review site in Firefox: Debian's ``firefox-esr`` driven over WebDriver BiDi (``tests/bidi.py``).

The same key checks as in Chromium (``test_review.py``): the index lists and filters, a letter page
shows the 文号 box where its bbox says, a click selects, a hostile document runs nothing, an edit is
exported. And what only Firefox needs: opened from the file system, each page keeps its own edits
(its own origin), so each letter page exports its own corrections and ``convert --corrections``
takes the folder they were downloaded to. One Firefox serves the whole module. ``make test``
installs firefox-esr (as root); without it these tests are skipped with a message saying so.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from govletter.cli import main

from . import test_review as chromium
from .bidi import Firefox, Tab
from .test_review import ARTIFACTS, HOSTILE_NAME, HOSTILE_TITLE, SEED_DOC_NUMBER, _letter_page

# the converted inputs and their site, made as for the Chromium tests
converted = chromium.converted
site = chromium.site
FIREFOX = shutil.which("firefox-esr") or shutil.which("firefox") or "/usr/bin/firefox-esr"


@pytest.fixture(scope="module")
def firefox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Firefox]:
    try:
        import websockets  # noqa: F401
    except ImportError:
        pytest.skip("the Firefox tests need the websockets package (pip install -e '.[dev]')")
    if not Path(FIREFOX).is_file():
        pytest.skip(f"the Firefox tests need Debian's firefox-esr at {FIREFOX}: run 'make test' as root to install it")
    browser = Firefox(FIREFOX, tmp_path_factory.mktemp("firefox"))
    try:
        browser.tab.set_viewport(1400, 1000)
        yield browser
    finally:
        browser.close()


@pytest.fixture
def tab(firefox: Firefox) -> Tab:
    """The browser's tab, its record of script errors and dialogs emptied."""
    firefox.events.clear()
    return firefox.tab


def _open(tab: Tab, path: Path) -> None:
    tab.goto(path.resolve().as_uri())


def _texts(tab: Tab, selector: str) -> list[str]:
    texts: list[str] = tab.evaluate("s => [...document.querySelectorAll(s)].map(e => e.textContent)", selector)
    return texts


def _text(tab: Tab, selector: str) -> str | None:
    text: str | None = tab.evaluate("s => { const e = document.querySelector(s); return e && e.textContent; }",
                                    selector)
    return text


def _choose(tab: Tab, selector: str, value: str) -> None:
    """Pick an option of a select, as a person's choice would (a change event)."""
    tab.evaluate("(s, v) => { const e = document.querySelector(s); e.value = v; "
                 "e.dispatchEvent(new Event('change', {bubbles: true})); }", selector, value)


def _downloaded(firefox: Firefox, name: str, timeout: float = 30.0) -> Path:
    """The file Firefox saved as ``name`` (once it is complete)."""
    path = firefox.downloads / name
    deadline = time.monotonic() + timeout
    while not (path.is_file() and path.stat().st_size and not path.with_name(f"{name}.part").exists()):
        if time.monotonic() > deadline:
            raise AssertionError(f"Firefox saved no {name}: {sorted(p.name for p in firefox.downloads.iterdir())}")
        time.sleep(0.2)
    return path


def test_index_lists_and_filters(tab: Tab, site: Path) -> None:
    _open(tab, site / "index.html")
    assert len(_texts(tab, "#letters tbody tr")) == 8
    assert _text(tab, "[data-count=failed]") == "failed: 1"
    assert _text(tab, "[data-count=letters]") == "letters: 8"
    _choose(tab, "#f-status", "failed")
    assert [t.split("failed")[0] for t in _texts(tab, "#letters tbody tr td:first-child")] == ["broken.pdf"]
    _choose(tab, "#f-status", "")
    tab.fill("#q", "凤交函")
    assert _texts(tab, "#letters tbody tr td:first-child") == ["dev/jy-021.pdf"]
    tab.fill("#q", "")
    _choose(tab, "#f-year", "2019")
    assert _texts(tab, "#letters tbody tr td:first-child") == ["dev/jy-002.pdf"]
    _choose(tab, "#f-year", "")
    # keys: j moves down, Enter opens the letter
    tab.evaluate("() => document.activeElement.blur()")
    tab.press("j")
    current = _text(tab, "#letters tbody tr.current td:first-child")
    assert current == sorted(_texts(tab, "#letters tbody tr td:first-child"))[1]
    tab.press("Enter")
    tab.wait_for("() => location.pathname.includes('/letters/') && document.readyState === 'complete'")
    assert _text(tab, "h1") == current
    assert tab.errors() == []


def test_doc_number_box_where_its_bbox_says(tab: Tab, converted: tuple[Path, Path], site: Path) -> None:
    _open(tab, _letter_page(site, "seed.pdf"))
    tab.click("#field-doc_number")
    box, img = tab.evaluate("() => ['#box-doc_number rect', '#page-1 img'].map(s => { "
                            "const r = document.querySelector(s).getBoundingClientRect(); "
                            "return {x: r.x, y: r.y, width: r.width, height: r.height}; })")
    chromium.assert_doc_number_box(converted, box, img)
    assert _text(tab, "#box-doc_number text") == "doc_number"
    assert _text(tab, "#field-doc_number .value") == SEED_DOC_NUMBER
    tab.wait_for("() => document.querySelector('#page-1 img').complete")
    assert tab.evaluate("() => document.querySelector('#page-1 img').naturalWidth") > 1000  # rendered, readable
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "review-seed-letter-firefox.png"
    tab.screenshot(shot)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 50_000
    assert tab.errors() == []


def test_a_click_selects(tab: Tab, site: Path) -> None:
    _open(tab, _letter_page(site, "seed.pdf"))
    tab.click("#field-doc_number")
    selected = tab.evaluate("() => [...document.querySelectorAll('.selected')].map(e => e.id)")
    assert sorted(selected) == ["box-doc_number", "field-doc_number"]  # the field and its box, nothing else
    tab.click("#box-body\\.1 rect")  # a click on a box selects its field
    selected = tab.evaluate("() => [...document.querySelectorAll('.selected')].map(e => e.id)")
    assert sorted(selected) == ["box-body.1", "field-body.1"]
    assert _text(tab, "#field-body\\.1 .value") == "一、基本情况"
    # a text input: its evidence lines are marked and selected
    _open(tab, _letter_page(site, "seed.txt"))
    tab.click("#field-title")
    assert _texts(tab, ".line.selected") == ["7关于西山区第十七届人大二次会议第 279号", "8建议答复的函"]
    assert tab.errors() == []


def test_a_hostile_document_runs_nothing(tab: Tab, site: Path) -> None:
    for file in ("hostile.pdf", HOSTILE_NAME):
        _open(tab, _letter_page(site, file))
        time.sleep(0.3)  # time for anything that would run
        assert _text(tab, "#field-title .value") == HOSTILE_TITLE
        assert (_text(tab, "#field-addressee .value") or "").startswith('"><img')
        assert "alert(3)</script>" in (_text(tab, "#field-body\\.0 .value") or "")
        assert tab.evaluate("() => document.querySelectorAll('img[src=x], main script').length") == 0
    assert _text(tab, "h1") == HOSTILE_NAME
    _open(tab, site / "index.html")
    tab.fill("#q", "alert")
    assert sorted(_texts(tab, "#letters tbody tr td:first-child")) == [HOSTILE_NAME, "hostile.pdf"]
    assert tab.errors() == []  # no script error, no dialog


def test_edits_on_letter_pages_exported_applied_and_kept(firefox: Firefox, tab: Tab, converted: tuple[Path, Path],
                                                         site: Path, tmp_path: Path) -> None:
    """Opened from files, Firefox keeps each page's edits apart: each letter page exports its own,
    and ``convert --corrections`` takes the folder of them."""
    inbox, out = converted
    pdf_page, txt_page = _letter_page(site, "seed.pdf"), _letter_page(site, "seed.txt")
    _open(tab, pdf_page)
    tab.fill("#reviewer", "李四")
    tab.click("#field-doc_number [data-act=edit]")
    tab.fill("#field-doc_number .editor", "西民函〔2023〕59号")
    tab.click("#field-doc_number .editor-save")
    tab.click("#field-date [data-act=confirmed]")
    assert _text(tab, "#pending") == "2 edits"
    assert tab.evaluate("() => document.getElementById('file-hint').hidden") is False  # the page says so
    _open(tab, pdf_page)  # kept in the browser for this page
    assert _text(tab, "#field-doc_number .pending") == "→ 西民函〔2023〕59号"
    tab.click("#export-letter")
    _open(tab, site / "index.html")
    assert _text(tab, "#pending") == "0 edits"  # another page: another store, as the index says
    assert tab.evaluate("() => document.getElementById('file-hint').hidden") is False
    _open(tab, txt_page)
    assert _text(tab, "#pending") == "0 edits"
    tab.fill("#reviewer", "王五")
    tab.click("#field-title [data-act=edit]")
    tab.fill("#field-title .editor", "关于西山区第十七届人大二次会议第279号建议的答复")
    tab.click("#field-title .editor-save")
    tab.click("#export-letter")
    tab.click("#export")  # this page's every edit: the same record again, no conflict
    pdf_file = _downloaded(firefox, f"corrections-{pdf_page.stem}.json")
    _downloaded(firefox, f"corrections-{txt_page.stem}.json")
    _downloaded(firefox, "corrections.json")
    records = json.loads(pdf_file.read_text(encoding="utf-8"))["corrections"]
    assert [(r["file"], r["field"], r["action"], r["old"], r["new"], r["by"]) for r in records] == [
        ("seed.pdf", "date", "confirmed", "2023-09-26", None, "李四"),
        ("seed.pdf", "doc_number", "set", SEED_DOC_NUMBER, "西民函〔2023〕59号", "李四")]
    assert tab.errors() == []

    work = tmp_path / "out"
    shutil.copytree(out, work)
    assert main(["convert", str(inbox), str(work), "--quiet", "--jobs", "1", "--corrections",
                 str(firefox.downloads)]) == 1  # broken.pdf still fails
    summary = json.loads((work / "summary.json").read_text(encoding="utf-8"))["corrections"]
    assert (summary["kept"], summary["applied"], summary["conflicts"]) == (3, 3, [])
    for run in ("applied", "re-run"):
        pdf = json.loads((work / "seed.pdf.json").read_text(encoding="utf-8"))
        txt = json.loads((work / "seed.txt.json").read_text(encoding="utf-8"))
        assert pdf["doc_number"]["raw"] == "西民函〔2023〕59号" and pdf["doc_number"]["serial"] == 59, run
        assert pdf["evidence"]["doc_number"]["corrections"][0]["by"] == "李四", run
        assert pdf["evidence"]["date"]["corrections"][0]["action"] == "confirmed", run
        assert txt["title"] == "关于西山区第十七届人大二次会议第279号建议的答复", run
        assert txt["evidence"]["title"]["corrections"][0]["by"] == "王五", run
        assert main(["convert", str(inbox), str(work), "--quiet", "--jobs", "1"]) == 1
