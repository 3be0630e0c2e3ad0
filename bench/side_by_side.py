"""pdftotext, govletter at another git revision and govletter as it is, timed in turn in one process.

    python bench/side_by_side.py [--base main] [--rounds 15] [--corpus ../shared/corpus/dev]

On a machine that other jobs load, one run of ``bench/throughput.py`` says little about a change of
a few per cent: the load moves from minute to minute. Here the three are run in turn, round after
round, on the same files (the corpus letters and the 50-page document ``throughput.py`` binds), and
the least CPU time of each is kept, so that all three see the same moments of load. The revision's
``src/govletter`` is taken out with ``git archive`` into a temporary folder and imported as
``govletter_base`` beside the working tree's ``govletter`` (the package imports itself relatively,
and its data files are read from the installed one, so they must not differ between the two).
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from throughput import DEFAULT_CORPUS, _cpu, bind, page_count, pdftotext  # noqa: E402


def base_package(revision: str, folder: Path) -> Any:
    """``src/govletter`` at ``revision``, imported as ``govletter_base``."""
    archive = folder / "base.tar"
    with archive.open("wb") as out:
        subprocess.run(["git", "-C", str(ROOT), "archive", revision, "src/govletter"], check=True, stdout=out)
    with tarfile.open(archive) as tar:
        tar.extractall(folder / "x", filter="data")
    shutil.move(str(folder / "x" / "src" / "govletter"), str(folder / "govletter_base"))
    sys.path.insert(0, str(folder))
    return importlib.import_module("govletter_base")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--base", default="main", help="git revision to compare with (default: main)")
    parser.add_argument("--rounds", type=int, default=15, help="rounds; the least CPU time of each is kept")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of <id>/v0.pdf")
    args = parser.parse_args(argv)
    letters = sorted(args.corpus.glob("*/v0.pdf"))
    if not letters or not shutil.which("pdftotext"):
        print("needs */v0.pdf under --corpus and pdftotext on PATH", file=sys.stderr)
        return 2
    import govletter

    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        base = base_package(args.base, tmp)
        sets = {"letters": (letters, sum(page_count(f) for f in letters)),
                "50-page document": ([bind(letters, 50, tmp / "bound-50.pdf")], 50)}
        methods: dict[str, Callable[[Path], object]] = {
            "pdftotext": pdftotext, args.base: base.parse, "this tree": govletter.parse}
        best = {(m, s): float("inf") for m in methods for s in sets}
        for fn in methods.values():  # warm: imports, fonts, the keyword dictionary
            for files, _ in sets.values():
                fn(files[0])
        for _ in range(args.rounds):
            for m, fn in methods.items():
                for s, (files, _) in sets.items():
                    start = _cpu()
                    for f in files:
                        fn(f)
                    best[m, s] = min(best[m, s], _cpu() - start)
    print(f"## CPU ms/page, least of {args.rounds} rounds run in turn\n")
    print(f"| | {' | '.join(methods)} | this tree / {args.base} |")
    print("|---|" + "---:|" * (len(methods) + 1))
    for s, (_, pages) in sets.items():
        ref = best["pdftotext", s]
        cells = [f"{best[m, s] / pages * 1000:.2f} ({best[m, s] / ref:.2f}×)" for m in methods]
        print(f"| {s} ({pages} p.) | {' | '.join(cells)} | {best['this tree', s] / best[args.base, s]:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
