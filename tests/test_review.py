"""`govletter review`: the static site over a `convert` output, checked as files and in a real browser.

The browser is Debian's chromium (`make test` installs it), driven by Playwright with
``executable_path``; nothing is downloaded from a browser vendor. Without chromium the browser tests
are skipped with a message saying so. A screenshot of the seed letter's page is saved under
``tmp/artifacts/`` (or ``$GOVLETTER_ARTIFACTS``).
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from govletter import review
from govletter.cli import main
from govletter.errors import InputError
from govletter.review import Entry

from .conftest import CORPUS, FIXTURES, TESTS

ARTIFACTS = Path(os.environ.get("GOVLETTER_ARTIFACTS") or TESTS.parent / "tmp" / "artifacts")
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Launch flags that work as root in a container, with nothing fetched in the background.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
HOSTILE_NAME = '"><img src=x onerror=alert(5)>.txt'
HOSTILE_TITLE = "关于<script>alert(1)</script>第12号建议答复的函"
HOSTILE_TEXT = f"""〔办理类型 B〕

西民函〔2023〕77号

{HOSTILE_TITLE}

"><img src=x onerror=alert(2)>代表：

　　您提出的《关于</script><script>alert(3)</script>的建议》收悉，现答复如下：

　　一、"><img src=x onerror=alert(4)>我局高度重视，已经组织调研。

　　感谢您对民政工作的关心和支持。

西山区民政局
2023年9月26日
"""
SEED_DOC_NUMBER = "西民函〔2023〕58号"


def _hostile_pdf(path: Path) -> None:
    """The hostile letter as a PDF, so that its strings also land in SVG labels and boxes."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    canvas = Canvas(str(path), pagesize=A4)
    y = 760.0
    for line in filter(None, (line.strip() for line in HOSTILE_TEXT.splitlines())):
        size = 20 if line == HOSTILE_TITLE else 14
        canvas.setFont("STSong-Light", size)
        if line == HOSTILE_TITLE or line.startswith("西民函"):
            canvas.drawCentredString(A4[0] / 2, y, line)
        elif line.startswith(("西山区民政局", "2023年")):  # 署名 and 成文日期 set right
            canvas.drawRightString(500, y, line)
        else:  # a paragraph's first line is indented two characters
            canvas.drawString(80 + (28 if line.startswith(("您", "一", "感谢")) else 0), y, line)
        y -= 40 if line == HOSTILE_TITLE else 28
    canvas.save()


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A convert output of the seed (PDF and text), three dev-corpus letters, hostile letters and a broken PDF."""
    root = tmp_path_factory.mktemp("review")
    inbox, out = root / "in", root / "out"
    (inbox / "dev").mkdir(parents=True)
    shutil.copy(FIXTURES / "seed.pdf", inbox / "seed.pdf")
    shutil.copy(FIXTURES / "seed.txt", inbox / "seed.txt")
    for name in ("jy-002", "jy-021", "tp-007"):
        shutil.copy(FIXTURES / "dev" / name / "v0.pdf", inbox / "dev" / f"{name}.pdf")
    (inbox / HOSTILE_NAME).write_text(HOSTILE_TEXT, encoding="utf-8")
    _hostile_pdf(inbox / "hostile.pdf")
    (inbox / "broken.pdf").write_bytes((FIXTURES / "seed.pdf").read_bytes()[:2000])
    assert main(["convert", str(inbox), str(out), "--quiet", "--jobs", "1"]) == 1  # broken.pdf fails
    return inbox, out


@pytest.fixture(scope="module")
def site(converted: tuple[Path, Path]) -> Path:
    assert main(["review", str(converted[1])]) == 0
    return converted[1] / "review"


def _letter_page(site: Path, file: str) -> Path:
    rows = json.loads(re.search(r'<script type="application/json" id="index-data">(.*?)</script>',
                                (site / "index.html").read_text(encoding="utf-8"), re.S)[1])  # type: ignore[index]
    href: str = next(r["href"] for r in rows if r["file"] == file)
    return site / href


# --------------------------------------------------------------------------- the files

def test_site_files(site: Path) -> None:
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "Content-Security-Policy" in index and "script-src &#x27;self&#x27;;" in index
    rows = json.loads(re.search(r'id="index-data">(.*?)</script>', index, re.S)[1])  # type: ignore[index]
    assert sorted(r["file"] for r in rows) == sorted([HOSTILE_NAME, "broken.pdf", "dev/jy-002.pdf", "dev/jy-021.pdf",
                                                      "dev/tp-007.pdf", "hostile.pdf", "seed.pdf", "seed.txt"])
    by_file = {r["file"]: r for r in rows}
    assert by_file["seed.pdf"]["doc_number"] == SEED_DOC_NUMBER and by_file["seed.pdf"]["pages"] == 5
    assert by_file["seed.pdf"]["read"] == "text layer" and by_file["seed.txt"]["read"] == "text"
    assert by_file["seed.pdf"]["status"] == "missing fields"  # the seed has no signer
    assert by_file["broken.pdf"]["status"] == "failed" and "broken.pdf" in by_file["broken.pdf"]["error"]
    assert by_file["dev/jy-021.pdf"]["doc_number"] == "凤交函〔2022〕72号"
    seed = (site / by_file["seed.pdf"]["href"]).read_text(encoding="utf-8")
    assert len(re.findall(r'<img loading="lazy" src="../pages/[0-9a-f]{16}-\d\.webp"', seed)) == 5
    assert all((site / "letters" / src).is_file() for src in re.findall(r'src="(\.\./pages/[^"]+)"', seed))
    for page in [site / "index.html", *site.glob("letters/*.html")]:
        text = page.read_text(encoding="utf-8")
        # markup from a document or a file name never lands as markup
        assert "<img src=x" not in text and "alert(1)</script>" not in text, page.name
        assert text.count("<script") == text.count("</script>") == (2 if page.name == "index.html" else 1), page.name
    hostile = _letter_page(site, "hostile.pdf").read_text(encoding="utf-8")
    assert "关于&lt;script&gt;alert(1)&lt;/script&gt;第12号建议答复的函" in hostile
    assert "\\u003c/script\\u003e" in index  # inline JSON cannot end its script element


def test_pages_are_rendered_once(converted: tuple[Path, Path], site: Path) -> None:
    images = sorted(site.glob("pages/*.webp"))
    stamps = [p.stat().st_mtime_ns for p in images]
    assert main(["review", str(converted[1])]) == 0
    assert [p.stat().st_mtime_ns for p in sorted(site.glob("pages/*.webp"))] == stamps


def test_review_of_files_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", str(FIXTURES / "seed.txt"), "-o", str(tmp_path / "site")]) == 0
    assert len(list((tmp_path / "site" / "letters").glob("*.html"))) == 1
    assert main(["review", str(tmp_path / "nothing.pdf")]) == 2
    assert "nothing.pdf: no such file" in capsys.readouterr().err
    with pytest.raises(InputError, match="not a 'govletter convert' output folder"):
        review.entries_from_output(tmp_path)


def test_page_images_of_an_image_input_and_a_note_for_ofd(tmp_path: Path) -> None:
    """A page image is its own page (drawn in the points its boxes are in); an OFD says it has none."""
    from PIL import Image

    png = FIXTURES / "inputs" / "jy-002.png"  # 1241 × 1755 pixels at 150 dpi
    entries = review.entries_from_files([png, FIXTURES / "inputs" / "seed.ofd"])
    review.build(entries, tmp_path)
    image_page = (tmp_path / "letters" / f"{entries[0].slug}.html").read_text(encoding="utf-8")
    src = re.findall(r'<img loading="lazy" src="\.\./pages/([^"]+)" width="(\d+)" height="(\d+)"', image_page)
    assert src == [(f"{entries[0].slug}-1.webp", "1191", "1685")]  # scaled to 144 dpi, as PDF pages are
    with Image.open(png) as original:
        dpi = original.info["dpi"][0]  # 150.0124
    assert f'viewBox="0 0 {1241 / dpi * 72:.1f} {1755 / dpi * 72:.1f}"' in image_page  # in points, as OCR's boxes
    assert 'id="box-title"' in image_page and "No page images" not in image_page
    # the title's box lies on the title's ink, and the margin above it is blank paper
    x0, top, x1, bottom = entries[0].data["evidence"]["title"]["bbox"]  # type: ignore[index]
    with Image.open(tmp_path / "pages" / src[0][0]) as drawn:
        dark = drawn.convert("L").point(lambda v: 255 if v < 100 else 0)  # ink white, paper black

        def inked(top: float, bottom: float) -> float:  # the share of ink pixels across the title's width
            region = dark.crop((round(x0 * 2), round(top * 2), round(x1 * 2), round(bottom * 2)))
            share: float = region.histogram()[255] / (region.width * region.height)
            return share

        assert inked(top, bottom) > 0.04 and inked(top - 30, top - 5) < 0.002
    ofd_page = (tmp_path / "letters" / f"{entries[1].slug}.html").read_text(encoding="utf-8")
    assert "No page images: govletter does not draw OFD pages." in ofd_page and "<figure" not in ofd_page
    assert entries[1].data is not None and entries[1].data["doc_number"]["raw"] == SEED_DOC_NUMBER


def test_page_images_of_tiff_frames_and_exif_turns(tmp_path: Path) -> None:
    """Each frame of a TIFF is a page; a photo turned by its EXIF tag is drawn upright, as OCR read it."""
    from PIL import Image, ImageDraw

    def page(mark: tuple[int, int, int, int]) -> Image.Image:
        image = Image.new("RGB", (600, 848), "white")  # 72 dpi: a pixel a point
        ImageDraw.Draw(image).rectangle(mark, fill="black")
        return image

    tiff = tmp_path / "pages.tif"
    page((100, 100, 200, 120)).save(tiff, save_all=True, append_images=[page((300, 700, 400, 720))],
                                    dpi=(72, 72))
    photo = tmp_path / "photo.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # the camera was held turned: shown turned 90° clockwise
    page((100, 100, 200, 120)).rotate(90, expand=True).save(photo, dpi=(72, 72), exif=exif, quality=95)
    frames = []
    for path in (tiff, photo):
        data = {"source": {"kind": "image", "files": []}, "warnings": []}
        entry = Entry(file=path.name, sha256="", data=data, source=path, slug=path.stem)
        frames += review.render_pages(entry, tmp_path / "site")
    assert [(f["src"], f["pw"], f["ph"]) for f in frames] == [
        ("../pages/pages-1.webp", 600, 848), ("../pages/pages-2.webp", 600, 848), ("../pages/photo-1.webp", 600, 848)]
    for frame, (x0, top, x1, bottom) in zip(frames, [(100, 100, 200, 120), (300, 700, 400, 720), (100, 100, 200, 120)],
                                            strict=True):
        with Image.open(tmp_path / "site" / "pages" / frame["src"][9:]) as drawn:
            assert drawn.size == (600, 848)
            grey = drawn.convert("L")
            assert grey.crop((x0 + 5, top + 5, x1 - 5, bottom - 5)).getextrema()[1] < 60, frame["src"]  # the mark
            assert grey.crop((x0 + 5, bottom + 10, x1 - 5, bottom + 30)).getextrema()[0] > 200, frame["src"]


def test_escaping_helpers() -> None:
    assert review.esc('"><img src=x onerror=alert(1)>') == "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
    assert review.inline_json(["</script><!--", "&"]) == '["\\u003c/script\\u003e\\u003c!--", "\\u0026"]'
    assert json.loads(review.inline_json(["</script>"])) == ["</script>"]


# --------------------------------------------------------------------------- in the browser

@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("browser tests need playwright (pip install -e '.[dev]')")
    if not Path(CHROMIUM).is_file():
        pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM}: run 'make test' as root to install it")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.on("dialog", lambda dialog: (page.errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    yield page
    context.close()


def _open(page: Any, path: Path) -> None:
    page.goto(path.resolve().as_uri())
    page.wait_for_selector("body")


def test_index_lists_and_filters(page: Any, site: Path) -> None:
    _open(page, site / "index.html")
    assert page.locator("#letters tbody tr").count() == 8
    assert page.locator("[data-count=failed]").text_content() == "failed: 1"
    assert page.locator("[data-count=letters]").text_content() == "letters: 8"
    page.select_option("#f-status", "failed")
    assert page.locator("#letters tbody tr").all_text_contents()[0].startswith("broken.pdf")
    assert page.locator("#letters tbody tr").count() == 1
    page.select_option("#f-status", "")
    page.fill("#q", "凤交函")
    assert [t.split("凤交函")[0] for t in page.locator("#letters tbody tr").all_text_contents()] == ["dev/jy-021.pdf"]
    page.fill("#q", "")
    page.select_option("#f-year", "2019")
    assert page.locator("#letters tbody tr td:first-child").all_text_contents() == ["dev/jy-002.pdf"]
    page.select_option("#f-year", "")
    page.select_option("#f-warning", "elements.signer_missing")
    shown = page.locator("#letters tbody tr td:first-child").all_text_contents()
    assert "seed.pdf" in shown and "dev/jy-021.pdf" not in shown
    assert page.errors == []


def test_thousand_letters(page: Any, tmp_path: Path) -> None:
    """A generated set of 1,000: paginated, counted, filtered and walked by keys."""
    import govletter

    seed = govletter.parse(FIXTURES / "seed.txt").model_dump(mode="json")
    entries = []
    for i in range(1000):
        data = json.loads(json.dumps(seed))
        data["date"] = f"{2021 + i % 3}-09-26"
        data["doc_number"]["raw"] = f"西民函〔2023〕{i}号"
        if i % 2:  # the odd ones have their signer, and no warning
            data["signer"], data["warnings"] = "西山区民政局", []
        if i % 10 == 9:
            entries.append(Entry(file=f"set/{i:04d}.pdf", sha256=f"{i:064x}",
                                 error={"error": "ExtractionError", "message": f"set/{i:04d}.pdf: broken"}))
        else:
            entries.append(Entry(file=f"set/{i:04d}.pdf", sha256=f"{i:064x}", data=data))
    index = review.build(entries, tmp_path / "site")
    assert len(list((tmp_path / "site" / "letters").glob("*.html"))) == 1000
    _open(page, index)
    assert page.locator("#letters tbody tr").count() == 100
    assert page.locator("#page-of").text_content() == "page 1 of 10 (1000 letters)"
    assert page.locator("[data-count=failed]").text_content() == "failed: 100"
    assert page.locator("[data-count=ok]").text_content() == "ok: 400"  # odd ones, less the failed (i % 10 == 9)
    page.click("#next")
    assert page.locator("#letters tbody tr td:first-child").first.text_content() == "set/0100.pdf"
    page.select_option("#f-year", "2022")
    assert page.locator("#page-of").text_content() == "page 1 of 3 (300 letters)"  # 333 dated 2022, 33 of them failed
    page.select_option("#f-year", "")
    page.keyboard.press("j")
    page.keyboard.press("j")
    assert page.locator("#letters tbody tr.current td:first-child").text_content() == "set/0002.pdf"  # a filter change went back to page 1
    page.keyboard.press("PageDown")
    assert page.locator("#letters tbody tr.current td:first-child").text_content() == "set/0100.pdf"
    page.click("th[data-key=file]")  # sorted descending
    assert page.locator("#letters tbody tr td:first-child").first.text_content() == "set/0999.pdf"
    page.keyboard.press("/")
    page.keyboard.type("0042")
    assert page.locator("#letters tbody tr").count() == 1
    page.locator("#q").blur()
    page.keyboard.press("Enter")
    page.wait_for_url("**/letters/*.html")
    assert page.locator("h1").text_content() == "set/0042.pdf"
    assert page.locator("#field-doc_number .value").text_content() == "西民函〔2023〕42号"
    assert page.errors == []


def assert_doc_number_box(converted: tuple[Path, Path], box: dict[str, float], img: dict[str, float]) -> None:
    """The seed letter's 文号 box drawn where its evidence bbox says, on the page image ``img``
    (both as the browser measures them: x, y, width, height in CSS pixels)."""
    import pypdfium2 as pdfium

    letter = json.loads((converted[1] / "seed.pdf.json").read_text(encoding="utf-8"))
    x0, top, x1, bottom = letter["evidence"]["doc_number"]["bbox"]
    width_pt = pdfium.PdfDocument(str(FIXTURES / "seed.pdf"))[0].get_size()[0]
    scale = img["width"] / width_pt
    # the centre where the bbox says; the size too, but for the outline's width (2 pt when selected)
    assert abs(box["x"] + box["width"] / 2 - (img["x"] + (x0 + x1) / 2 * scale)) < 0.5
    assert abs(box["y"] + box["height"] / 2 - (img["y"] + (top + bottom) / 2 * scale)) < 0.5
    assert abs(box["width"] - (x1 - x0) * scale) <= 2 * scale + 0.5
    assert abs(box["height"] - (bottom - top) * scale) <= 2 * scale + 0.5


def test_doc_number_box_where_its_bbox_says(page: Any, converted: tuple[Path, Path], site: Path) -> None:
    _open(page, _letter_page(site, "seed.pdf"))
    page.click("#field-doc_number")
    assert_doc_number_box(converted, page.locator("#box-doc_number rect").bounding_box(),
                          page.locator("#page-1 img").bounding_box())
    assert page.locator("#box-doc_number text").text_content() == "doc_number"
    assert page.evaluate("document.querySelector('#page-1 img').naturalWidth") > 1000  # rendered, readable
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "review-seed-letter.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 50_000
    assert page.errors == []


def test_a_click_selects(page: Any, site: Path) -> None:
    _open(page, _letter_page(site, "seed.pdf"))
    page.click("#field-doc_number")
    assert "selected" in (page.locator("#box-doc_number").get_attribute("class") or "")
    assert page.locator(".selected").count() == 2  # the field and its box, nothing else
    page.locator("#box-body\\.1 rect").click()
    assert "selected" in (page.locator("#field-body\\.1").get_attribute("class") or "")
    assert "selected" not in (page.locator("#field-doc_number").get_attribute("class") or "")
    assert page.locator("#field-body\\.1 .value").text_content() == "一、基本情况"
    # a field far down: its box on a later page is scrolled into view
    last = page.locator(".field[data-field^=body]").last
    last.click()
    key = last.get_attribute("data-box")
    assert key and not key.startswith("body.0")
    top = page.evaluate("k => document.getElementById('box-' + k).getBoundingClientRect().top", key)
    assert 0 <= top <= page.viewport_size["height"]
    assert page.evaluate("k => document.getElementById('box-' + k).closest('figure').dataset.page", key) == "5"
    # a text input: its evidence lines are marked and selected
    _open(page, _letter_page(site, "seed.txt"))
    page.click("#field-title")
    assert page.locator(".line.selected").all_text_contents() == ["7关于西山区第十七届人大二次会议第 279号", "8建议答复的函"]
    assert page.errors == []


def test_a_hostile_document_is_shown_as_text(page: Any, site: Path) -> None:
    for file in ("hostile.pdf", HOSTILE_NAME):
        _open(page, _letter_page(site, file))
        page.wait_for_timeout(200)
        assert page.locator("#field-title .value").text_content() == HOSTILE_TITLE
        assert page.locator("#field-addressee .value").text_content().startswith('"><img')
        assert "alert(3)</script>" in page.locator("#field-body\\.0 .value").text_content()
        assert page.locator("img[src=x]").count() == 0 and page.locator("main script").count() == 0
        assert page.errors == []
    assert page.locator("h1").text_content() == HOSTILE_NAME
    _open(page, _letter_page(site, "hostile.pdf"))
    assert page.locator("#box-title").count() == 1  # boxes drawn over the hostile page too
    _open(page, site / "index.html")
    page.fill("#q", "alert")
    assert sorted(page.locator("#letters tbody tr td:first-child").all_text_contents()) == [HOSTILE_NAME,
                                                                                            "hostile.pdf"]
    assert page.errors == []


def test_an_edit_is_exported_applied_and_kept(page: Any, converted: tuple[Path, Path], site: Path,
                                              tmp_path: Path) -> None:
    inbox, out = converted
    _open(page, _letter_page(site, "seed.pdf"))
    page.fill("#reviewer", "李四")
    page.locator("#reviewer").dispatch_event("change")
    page.click("#field-doc_number [data-act=edit]")
    page.fill("#field-doc_number .editor", "西民函〔2023〕59号")
    page.click("#field-doc_number .editor-save")
    page.click("#field-signer [data-act=edit]")
    page.fill("#field-signer .editor", "西山区民政局")
    page.click("#field-signer .editor-save")
    page.click("#field-date [data-act=confirmed]")
    assert page.locator("#pending").text_content() == "3 edits"
    page.reload()  # kept in the browser
    assert page.locator("#field-doc_number .pending").text_content() == "→ 西民函〔2023〕59号"
    with page.expect_download() as download:
        page.click("#export")
    exported = tmp_path / "corrections.json"
    download.value.save_as(exported)
    records = json.loads(exported.read_text(encoding="utf-8"))["corrections"]
    assert [(r["file"], r["field"], r["action"], r["old"], r["new"], r["by"]) for r in records] == [
        ("seed.pdf", "date", "confirmed", "2023-09-26", None, "李四"),
        ("seed.pdf", "doc_number", "set", SEED_DOC_NUMBER, "西民函〔2023〕59号", "李四"),
        ("seed.pdf", "signer", "set", None, "西山区民政局", "李四")]
    assert page.errors == []

    work = tmp_path / "out"
    shutil.copytree(out, work)
    assert main(["convert", str(inbox), str(work), "--quiet", "--jobs", "1", "--corrections", str(exported)]) == 1
    for run in ("applied", "re-run"):
        letter = json.loads((work / "seed.pdf.json").read_text(encoding="utf-8"))
        assert letter["doc_number"]["raw"] == "西民函〔2023〕59号" and letter["doc_number"]["serial"] == 59, run
        assert letter["signer"] == "西山区民政局", run
        assert letter["evidence"]["doc_number"]["corrections"][0]["by"] == "李四", run
        assert main(["convert", str(inbox), str(work), "--quiet", "--jobs", "1"]) == 1  # broken.pdf still fails
    # the site of the corrected output shows them as a person's
    assert main(["review", str(work)]) == 0
    _open(page, _letter_page(work / "review", "seed.pdf"))
    assert page.locator("#field-doc_number .value").text_content() == "西民函〔2023〕59号"
    assert page.locator("#field-doc_number .badge.corrected").text_content() == "set by 李四"


def test_ocr_unsure_fields_are_marked() -> None:
    """The mark comes from the warning's code and line (``Warning.line``), not from its wording."""
    import govletter

    data = govletter.parse(FIXTURES / "seed.txt").model_dump(mode="json")
    data["warnings"] += [
        {"code": "ocr.low_confidence", "page": 1, "message": "any wording", "line": "西民函〔2023〕58号",
         "confidence": 0.62},
        # no line named: no mark, whatever the message says
        {"code": "ocr.low_confidence", "page": 1, "message": "OCR is unsure (0.5) of the line '〔办理类型B〕'"},
        {"code": "ocr.low_confidence", "page": 2, "message": "", "line": "建议答复的函", "confidence": 0.7}]  # page 2
    entry = Entry(file="seed.txt", sha256="0" * 64, data=data)
    page = review.letter_page(entry, [], [], None, None)
    unsure = re.findall(r'<div class="([^"]*)" id="field-([^"]+)"', page)
    assert [name for classes, name in unsure if "unsure" in classes.split()] == ["doc_number"]
    assert page.count("OCR unsure") == 1 and "OCR unsure (0.62)" in page


def test_ocr_names_the_unsure_line_in_the_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    """``ocr.low_confidence`` carries the line and the confidence as data; JSON without them stays as it was."""
    import numpy as np

    from govletter.extract import ocr
    from govletter.extract.base import Note
    from govletter.models import Warning

    read = ocr.OcrPage(lines=[ocr.OcrLine("西民函〔2023〕58号", (233.0, 201.0, 373.0, 217.0), 0.6213),
                              ocr.OcrLine("王静代表：", (90.0, 340.0, 190.0, 356.0), 0.97)], rotation=0, skew=0.0)
    monkeypatch.setattr(ocr, "read_image", lambda image, px_per_pt: read)
    _, notes = ocr.ocr_page(np.full((842, 595, 3), 255, dtype=np.uint8), 1.0, 3)
    assert notes == [Note("ocr.low_confidence", "OCR is unsure (0.62) of the line '西民函〔2023〕58号'", 3,
                          line="西民函〔2023〕58号", confidence=0.62)]
    assert Warning(**notes[0]._asdict()).model_dump(mode="json") == {
        "code": "ocr.low_confidence", "message": "OCR is unsure (0.62) of the line '西民函〔2023〕58号'", "page": 3,
        "line": "西民函〔2023〕58号", "confidence": 0.62}
    assert Warning(code="elements.date_missing", message="x").model_dump_json() == (
        '{"code":"elements.date_missing","message":"x","page":null}')


def test_serve(site: Path) -> None:
    import threading
    import urllib.request

    with review.make_server(site, 0) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{server.server_port}/index.html", timeout=10) as r:
                assert b'id="index-data"' in r.read()
        finally:
            server.shutdown()


def test_a_page_ocr_read_turned_is_shown_as_read(tmp_path: Path) -> None:
    """OCR's boxes are in the frame it read the scan in: the page image is turned the same way."""
    import govletter

    data = govletter.parse(FIXTURES / "seed.pdf").model_dump(mode="json")
    data["warnings"].append({"code": "ocr.page_rotated", "message": "the scan was turned 90° to read it", "page": 2})
    entry = Entry(file="seed.pdf", sha256=data["source"]["sha256"], data=data, source=FIXTURES / "seed.pdf",
                  slug="seed")
    pages = review.render_pages(entry, tmp_path)
    assert [p["src"] for p in pages[:3]] == ["../pages/seed-1.webp", "../pages/seed-2-r90.webp",
                                             "../pages/seed-3.webp"]
    upright, turned = pages[0], pages[1]
    assert upright["height"] > upright["width"] and turned["width"] > turned["height"]
    assert (turned["pw"], turned["ph"]) == (upright["ph"], upright["pw"])


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared development corpus is not at ../shared/corpus/dev")
def test_the_dev_corpus_end_to_end(page: Any, tmp_path: Path) -> None:
    """Every dev-corpus letter (its v0 PDF) converted, reviewed, and each page opened in the browser:
    every field with a box finds it, nothing fails, the 文号 shown is the one in the JSON."""
    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    for folder in sorted(CORPUS.iterdir()):
        if (folder / "v0.pdf").is_file():
            shutil.copy(folder / "v0.pdf", inbox / f"{folder.name}.pdf")
    total = len(list(inbox.iterdir()))
    assert main(["convert", str(inbox), str(out), "--quiet", "--jobs", "2"]) == 0
    assert main(["review", str(out)]) == 0
    site = out / "review"
    _open(page, site / "index.html")
    assert page.locator("[data-count=letters]").text_content() == f"letters: {total}"
    assert page.locator("[data-count=failed]").text_content() == "failed: 0"
    hrefs = page.eval_on_selector_all("#letters tbody tr", "rows => rows.map(r => r.dataset.href)")
    assert len(hrefs) == min(total, 100)
    boxed = numbered = 0
    for href in hrefs:
        _open(page, site / href)
        name = page.locator("h1").text_content()
        letter = json.loads((out / f"{name}.json").read_text(encoding="utf-8"))
        lost = page.evaluate("""[...document.querySelectorAll('.field')].filter(
            row => row.dataset.box && !document.getElementById('box-' + row.dataset.box)).map(r => r.dataset.field)""")
        assert lost == [], name
        assert page.locator("figure.page").count() == letter["source"]["pages"], name
        shown = page.locator("#field-doc_number .value").text_content()
        assert shown == ((letter["doc_number"] or {}).get("raw") or "absent"), name
        has_box = bool(page.locator("#field-doc_number").get_attribute("data-box"))
        assert has_box == bool((letter["evidence"].get("doc_number") or {}).get("bbox")), name
        boxed += has_box
        numbered += letter["doc_number"] is not None
    assert boxed == numbered > 0  # every 文号 found is boxed on its page (many replies print none)
    assert page.errors == []
