"""Throughput of govletter beside pdftotext, on the same files in the same run.

    python bench/throughput.py [--corpus ../shared/corpus/dev] [--repeat 3] [--stages] [--cli] [--scan]

Sections:

* **text layer**: ms/page for ``pdftotext`` (poppler, the reference: one process per file, as a batch
  tool runs it), raw pypdfium2 text extraction (``get_text_range``), and ``govletter.parse`` with
  each backend, on the dev corpus's one-page-or-so letters (``v0.pdf``) and on a 50-page document
  made by binding those letters together, as wall-clock and CPU time. The last columns are the
  ratios to pdftotext (CPU time is the fair one on a busy machine).
* **stages** (``--stages``): CPU ms/page of each step of ``govletter.parse`` on the 50-page document.
* **memory**: peak resident memory of ``govletter.parse`` (a fresh process each) on bound documents
  of 50, 200 and 2,000 pages, to show memory does not grow with the pages' characters.
* **cli** (``--cli``): files/s for ``govletter convert`` with ``--jobs 1`` and ``--jobs 2`` on a folder
  of 200 letters of one to five pages, and with ``--executor dask`` on a local cluster of 1 and 2
  workers.
* **scan** (``--scan``): CPU-seconds per scanned page (``scan.pdf``) with OCR, 1 job and 2 jobs.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"


def bind(sources: list[Path], pages: int, out: Path) -> Path:
    """A PDF of ``pages`` pages made of the pages of ``sources``, repeated in turn.

    Each source is imported once (its repeats in the same call), so its fonts are shared by its
    copies, as in a real long document, rather than embedded again for every copy.
    """
    import pypdfium2 as pdfium

    docs = [pdfium.PdfDocument(str(s)) for s in sources]
    order: list[tuple[int, int]] = []
    while len(order) < pages:
        for k, doc in enumerate(docs):
            order.extend((k, i) for i in range(len(doc)))
    order = order[:pages]
    dest = pdfium.PdfDocument.new()
    for k, doc in enumerate(docs):
        wanted = [i for d, i in order if d == k]
        if wanted:
            dest.import_pages(doc, wanted)
    dest.save(str(out))
    for d in docs:
        d.close()
    dest.close()
    return out


def page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    n = len(pdf)
    pdf.close()
    return n


def pdftotext(path: Path) -> None:
    subprocess.run(["pdftotext", "-q", str(path), "-"], check=True, stdout=subprocess.DEVNULL)


def raw_pdfium(path: Path) -> None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    for page in pdf:
        page.get_textpage().get_text_range()
    pdf.close()


def govletter_with(backend: str) -> Callable[[Path], None]:
    import govletter

    def run(path: Path) -> None:
        govletter.parse(path, backend=backend)

    return run


def _cpu() -> float:
    """CPU seconds of this process and its finished children (pdftotext runs as a child)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def ms_per_page(fn: Callable[[Path], None], files: list[Path], pages: int, repeat: int) -> tuple[float, float]:
    """(wall, CPU) ms per page, each the best of ``repeat`` runs. CPU time is what to compare on a
    busy machine: other processes stretch the wall clock, not the CPU a run needs."""
    fn(files[0])  # warm: imports, fonts
    best = best_cpu = float("inf")
    for _ in range(repeat):
        start, cpu = time.perf_counter(), _cpu()
        for f in files:
            fn(f)
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, _cpu() - cpu)
    return best / pages * 1000, best_cpu / pages * 1000


def text_layer(corpus: Path, tmp: Path, repeat: int) -> None:
    letters = sorted(corpus.glob("*/v0.pdf"))
    big = bind(letters, 50, tmp / "bound-50.pdf")
    sets = {"letters": (letters, sum(page_count(f) for f in letters)), "50-page document": ([big], 50)}
    methods: dict[str, Callable[[Path], None]] = {}
    if shutil.which("pdftotext"):
        methods["pdftotext (reference)"] = pdftotext
    methods["pypdfium2 raw text"] = raw_pdfium
    methods["govletter.parse pdfium"] = govletter_with("pdfium")
    methods["govletter.parse pdfplumber"] = govletter_with("pdfplumber")
    print("## text layer: ms/page, wall clock and CPU (best of", repeat, "runs)\n")
    heads = " | ".join(f"{k} ({v[1]} p.) {clock}" for k, v in sets.items() for clock in ("wall", "CPU"))
    print(f"| method | {heads} | × pdftotext wall | × pdftotext CPU |")
    print("|---|" + "---:|" * (2 * len(sets) + 2))
    reference: dict[str, tuple[float, float]] = {}
    for name, fn in methods.items():
        cells: list[str] = []
        ratios: tuple[list[str], list[str]] = ([], [])
        for key, (files, pages) in sets.items():
            times = ms_per_page(fn, files, pages, repeat)
            if name.startswith("pdftotext"):
                reference[key] = times
            cells += [f"{t:.2f}" for t in times]
            if key in reference:
                for k in (0, 1):
                    ratios[k].append(f"{times[k] / reference[key][k]:.1f}")
        print(f"| {name} | {' | '.join(cells)} | {' / '.join(ratios[0]) or '–'} | {' / '.join(ratios[1]) or '–'} |")
    print()


def stages(corpus: Path, tmp: Path, repeat: int) -> None:
    """Where a page's time goes in ``govletter.parse`` (pdfium backend), CPU ms per page. The steps
    go through PDFium's raw page and text page handles, as the backend does."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    from govletter.extract import pdfium as backend
    from govletter.extract.glyphs import glyphs_to_lines
    from govletter.extract.pdfium import page_glyphs

    big = bind(sorted(corpus.glob("*/v0.pdf")), 50, tmp / "stages-50.pdf")

    def upto(step: int) -> Callable[[Path], None]:
        def run(path: Path) -> None:
            pdf = pdfium.PdfDocument(str(path))
            for index in range(len(pdf)):
                page = raw.FPDF_LoadPage(pdf.raw, index)
                textpage = raw.FPDFText_LoadPage(page)
                if step >= 1:
                    width, height = raw.FPDF_GetPageWidthF(page), raw.FPDF_GetPageHeightF(page)
                    glyphs = page_glyphs(textpage, width, height, 90 * raw.FPDFPage_GetRotation(page))
                if step >= 2:
                    glyphs_to_lines(glyphs, index + 1)
                raw.FPDFText_ClosePage(textpage)
                raw.FPDF_ClosePage(page)
            pdf.close()

        return run

    steps = [("PDFium: load the page and its text page", upto(0)),
             # (the C loop where govletter.extract._glyphs was built and GOVLETTER_PURE_PYTHON is unset)
             ("glyphs: per-object matrix and size, per-character box "
              + ("(C loop)" if backend._c_loop else "(Python loop, ctypes)"), upto(1)),
             ("layout: glyphs to lines", upto(2)),
             ("the rest: OCR checks, furniture, unwrap, elements, the Letter",
              govletter_with("pdfium"))]
    print("## where the time goes: CPU ms/page of the 50-page document (best of", repeat, "runs)\n")
    print("| stage | CPU ms/page | cumulative |\n|---|---:|---:|")
    before = 0.0
    for name, fn in steps:
        cpu = ms_per_page(fn, [big], 50, repeat)[1]
        print(f"| {name} | {cpu - before:.2f} | {cpu:.2f} |")
        before = cpu
    print()


# The child's own peak: Linux's VmHWM, of the process image the child runs. Not ``ru_maxrss``: on
# Linux it carries the peak of the image the child replaced on exec, i.e. of this (forked) benchmark
# process, which has read every letter by then — it reported this process's 150 MB as the import.
_PEAK_RSS_KB = """
import resource
try:
    with open("/proc/self/status") as status:
        print(next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")))
except (OSError, StopIteration):
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_rss_mb(code: str) -> float:
    """Peak resident memory, in MB, of a fresh Python process running ``code``."""
    out = subprocess.run([sys.executable, "-c", code + "\n" + _PEAK_RSS_KB],
                         capture_output=True, text=True, check=True).stdout.split()[-1]
    return int(out) / 1024


def memory(corpus: Path, tmp: Path) -> None:
    letters = sorted(corpus.glob("*/v0.pdf"))
    print("## memory: peak RSS of one parse in a fresh process\n")
    print("| pages | peak RSS MB (pdfium) | of which import MB | seconds |")
    print("|---:|---:|---:|---:|")
    base = peak_rss_mb("import govletter, pypdfium2; govletter.parse")
    for pages in (50, 200, 2000):
        doc = bind(letters, pages, tmp / f"bound-{pages}.pdf")
        start = time.perf_counter()
        rss = peak_rss_mb(f"import govletter; govletter.parse({str(doc)!r}, backend='pdfium', max_pages=0)")
        print(f"| {pages} | {rss:.0f} | {base:.0f} | {time.perf_counter() - start:.1f} |")
    print()


def cli(corpus: Path, tmp: Path) -> None:
    letters = sorted(corpus.glob("*/v0.pdf"))
    folder = tmp / "letters"
    folder.mkdir()
    for i in range(200):
        pages = 1 + i % 5
        bind(letters[i % len(letters):] + letters[: i % len(letters)], pages, folder / f"letter-{i:03d}.pdf")
    total_pages = sum(1 + i % 5 for i in range(200))
    print(f"## cli: govletter convert on 200 letters ({total_pages} pages)\n")
    print("| jobs | seconds | files/s | pages/s |\n|---:|---:|---:|---:|")
    for jobs in (1, 2):
        dt = timed_convert(folder, tmp / f"out-{jobs}", "--jobs", str(jobs))
        print(f"| {jobs} | {dt:.1f} | {200 / dt:.1f} | {total_pages / dt:.1f} |")
    print()
    try:
        from distributed import LocalCluster
    except ImportError:
        return
    print("## dask: the same folder with --executor dask on a LocalCluster (one thread a worker)\n")
    print("| workers | seconds | files/s | pages/s |\n|---:|---:|---:|---:|")
    for workers in (1, 2):
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,  # type: ignore[no-untyped-call]
                          dashboard_address=None) as cl:
            dt = timed_convert(folder, tmp / f"dask-{workers}", "--executor", "dask", "--scheduler",
                               cl.scheduler_address)
        print(f"| {workers} | {dt:.1f} | {200 / dt:.1f} | {total_pages / dt:.1f} |")
    print()


def timed_convert(src: Path, out: Path, *options: str) -> float:
    """Wall seconds of one ``govletter convert`` run (a fresh process, as a user runs it)."""
    exe = Path(sys.executable).with_name("govletter")
    start = time.perf_counter()
    subprocess.run([str(exe), "convert", str(src), str(out), *options, "--quiet"], check=True)
    return time.perf_counter() - start


def scan(corpus: Path, tmp: Path) -> None:
    scans = sorted(corpus.glob("*/scan.pdf"))
    pages = sum(page_count(f) for f in scans)
    print(f"## scans: OCR on {len(scans)} scan.pdf ({pages} pages)\n")
    print("| jobs | wall s | CPU s/page | pages/s |\n|---:|---:|---:|---:|")
    for jobs in (1, 2):
        folder = tmp / f"scans-{jobs}"
        folder.mkdir()
        for s in scans:
            shutil.copy(s, folder / f"{s.parent.name}.pdf")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall = timed_convert(folder, tmp / f"scan-out-{jobs}", "--jobs", str(jobs))
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        print(f"| {jobs} | {wall:.1f} | {cpu / pages:.2f} | {pages / wall:.2f} |")
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of <id>/v0.pdf (+ scan.pdf)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing; the best is kept")
    parser.add_argument("--cli", action="store_true", help="also time govletter convert --jobs 1/2 on 200 files")
    parser.add_argument("--scan", action="store_true", help="also time OCR on the scanned PDFs")
    parser.add_argument("--no-memory", action="store_true", help="skip the memory section")
    parser.add_argument("--stages", action="store_true", help="also show where a page's time goes")
    args = parser.parse_args(argv)
    if not any(args.corpus.glob("*/v0.pdf")):
        print(f"no */v0.pdf under {args.corpus}", file=sys.stderr)
        return 2
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}\n")
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        text_layer(args.corpus, tmp, args.repeat)
        if args.stages:
            stages(args.corpus, tmp, args.repeat)
        if not args.no_memory:
            memory(args.corpus, tmp)
        if args.cli:
            cli(args.corpus, tmp)
        if args.scan:
            scan(args.corpus, tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
