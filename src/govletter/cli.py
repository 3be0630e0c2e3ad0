"""The command line: a thin layer over the library. ``main(argv) -> int``; no business logic here.

Exit codes: 0 all files parsed, 1 some failed (each failure is one line on stderr), 2 usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .api import ParseOptions, parse
from .errors import GovLetterError
from .extract import BACKENDS
from .models import Letter


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govletter",
        description="Parse Chinese government reply letters (答复的函) into JSON.",
    )
    parser.add_argument("--version", action="version", version=f"govletter {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("parse", help="parse documents (PDF, image, .docx, OFD, text) and print their JSON",
                       description="Parse documents and print each letter's JSON on stdout. A file's kind is "
                       "told by its content: PDF, page image (PNG, JPEG, TIFF, BMP, WebP; read by OCR), Word "
                       ".docx, OFD, .doc/.wps/.rtf (through LibreOffice, when installed) or text.")
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="PDF, image, .docx, OFD or text files (any common encoding); - for stdin")
    p.add_argument("--pages", action="store_true",
                   help="the FILEs are the page images of one letter, in the order given (e.g. p1.jpg p2.jpg)")
    p.add_argument("--jsonl", action="store_true", help="print one compact JSON object per line, one per file")
    p.add_argument("--backend", default="auto", choices=["auto", *BACKENDS],
                   help="PDF text extraction backend (default: auto)")
    p.add_argument("--password", default=None, help="password for encrypted PDFs")
    p.add_argument("--strict", action="store_true", help="treat any parser warning as a failure")
    _limit_options(p)

    c = sub.add_parser(
        "convert", help="convert a folder of letters into JSON files, letters.jsonl, index.csv, errors.jsonl, "
        "summary.json", description="Convert every document under IN (recursively; PDF, page images, .docx, OFD, "
        ".doc/.wps/.rtf and text, told apart by content) "
        "into OUT, mirroring IN's folders: one FILE.json per input, and letters.jsonl, index.csv (UTF-8 with BOM), "
        "errors.jsonl and summary.json for the whole set. Resumes by default: an input whose JSON in OUT was made "
        "from the same bytes (sha256) is not parsed again.")
    c.add_argument("input", metavar="IN", type=Path, help="folder (walked recursively) or one file")
    c.add_argument("output", metavar="OUT", type=Path, help="output folder (created if missing)")
    c.add_argument("--image-folders", action="store_true",
                   help="each folder's page images are one letter, pages in natural order (p2 before p10); "
                        "other files in the folder are letters of their own")
    c.add_argument("--glob", default=None, metavar="PATTERN",
                   help="only inputs whose path under IN or file name matches, e.g. '*.pdf' or '2023/*'")
    c.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                   help="worker processes (default: the number of cores)")
    c.add_argument("--timeout", type=float, default=120.0, metavar="S",
                   help="seconds before a file's worker is killed and the file recorded as failed (default: 120)")
    c.add_argument("--max-memory", type=int, default=4096, metavar="MB",
                   help="resident memory of a worker before its file is recorded as failed (default: 4096)")
    mode = c.add_mutually_exclusive_group()
    mode.add_argument("--resume", action="store_true", default=True,
                      help="skip inputs whose JSON in OUT matches their sha256 (the default)")
    mode.add_argument("--overwrite", action="store_true", help="parse every input again")
    c.add_argument("--quiet", "-q", action="store_true", help="no progress and no summary table on stderr")
    c.add_argument("--executor", choices=["local", "dask"], default="local",
                   help="local worker processes (default) or a Dask distributed cluster")
    c.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="Dask scheduler address for --executor dask, e.g. tcp://10.0.0.5:8786")
    c.add_argument("--backend", default="auto", choices=["auto", *BACKENDS],
                   help="PDF text extraction backend (default: auto)")
    c.add_argument("--password", default=None, help="password for encrypted PDFs")
    c.add_argument("--corrections", type=Path, action="append", default=None, metavar="FILE|DIR",
                   help="apply a corrections.json exported by 'govletter review' (or a folder of corrections*.json; "
                        "the option may be given again) and keep them in OUT for every later run; corrections whose "
                        "file changed since are reported, not applied, and ones that disagree are reported")
    _limit_options(c)

    r = sub.add_parser(
        "review", help="write a static HTML site to check every field on its page and correct it",
        description="Write a static, offline HTML site to check a conversion: an index of every input and one page "
        "per letter with its page images, every field's box drawn over them, the values, evidence and warnings. "
        "Corrections made there are exported as corrections.json for 'govletter convert --corrections'.")
    r.add_argument("inputs", nargs="+", metavar="INPUT", type=Path,
                   help="a 'govletter convert' output folder, or PDF and text files")
    r.add_argument("-o", "--output", type=Path, default=None, metavar="DIR",
                   help="where the site goes (default: OUT/review for a convert output, ./review for files)")
    r.add_argument("--open", action="store_true", help="open the site in the default browser")
    r.add_argument("--serve", action="store_true", help="serve the site on localhost (for large sets) until Ctrl-C")
    r.add_argument("--port", type=int, default=8000, metavar="N", help="port for --serve (default: 8000)")

    rp = sub.add_parser(
        "report", help="an HTML report (with report.json and report.csv) of a convert output folder",
        description="Count the letters of a 'govletter convert' output folder (by year, office, level, region, "
        "handling type, kind and topic; field coverage; warnings; OCR share; the slowest and the failed files) "
        "into a static, offline HTML page with SVG charts, and the same data as report.json and report.csv "
        "beside it.")
    rp.add_argument("folder", metavar="OUT", type=Path, help="a folder written by 'govletter convert'")
    rp.add_argument("-o", "--output", type=Path, default=None, metavar="FILE",
                    help="where to write the HTML (default: OUT/report.html); report.json and report.csv go "
                         "beside it")

    sub.add_parser("schema", help="print the JSON Schema of the Letter output",
                   description="Print the JSON Schema of the Letter JSON that 'parse' writes.")
    return parser


def _limit_options(p: argparse.ArgumentParser) -> None:
    defaults = ParseOptions()
    p.add_argument("--ocr", choices=["auto", "always", "never"], default=defaults.ocr,
                   help="auto: OCR scanned pages and poor scanner OCR layers, keep good text (default); "
                        "always: OCR every page; never: text layers only")
    p.add_argument("--max-pages", type=int, default=defaults.max_pages, metavar="N",
                   help=f"refuse PDFs of more than N pages (default: {defaults.max_pages}; 0: no limit)")
    p.add_argument("--max-seconds", type=float, default=defaults.max_seconds, metavar="S",
                   help=f"give up on a file after S seconds of reading (default: {defaults.max_seconds:g}; 0: no limit)")
    p.add_argument("--max-pixels", type=int, default=defaults.max_pixels, metavar="N",
                   help=f"refuse to render a page (or decode an image) of more than N pixels for OCR "
                        f"(default: {defaults.max_pixels:,}; 0: no limit)")


def _dump(letter: Letter, *, compact: bool) -> str:
    data = letter.model_dump(mode="json")
    if compact:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(data, ensure_ascii=False, indent=2)


def _parse_files(args: argparse.Namespace) -> int:
    options = ParseOptions(backend=args.backend, password=args.password, strict=args.strict, ocr=args.ocr,
                           max_pages=args.max_pages, max_seconds=args.max_seconds, max_pixels=args.max_pixels)
    failed = 0
    groups: list[list[str]] = [args.files] if args.pages else [[name] for name in args.files]
    many = len(groups) > 1
    results: list[str] = []
    for group in groups:
        try:
            # a command-line argument always names a file, never holds the text itself
            name = group[0]
            source = sys.stdin.buffer.read() if name == "-" and not args.pages else Path(name)
            letter = parse([Path(n) for n in group] if args.pages else source, options=options)
        except GovLetterError as exc:
            print(f"govletter: {exc}", file=sys.stderr)
            failed += 1
            continue
        text = _dump(letter, compact=args.jsonl)
        if args.jsonl or not many:
            print(text, flush=True)
        else:
            results.append(text)
    if results:
        print("[\n" + ",\n".join(results) + "\n]")
    return 1 if failed else 0


def _convert(args: argparse.Namespace) -> int:
    from .convert import Options, convert, corrections_report, summary_table

    options = Options(backend=args.backend, password=args.password, ocr=args.ocr, max_pages=args.max_pages,
                      max_seconds=args.max_seconds, max_pixels=args.max_pixels)
    if args.jobs is not None and args.jobs < 1:
        print("govletter: --jobs must be at least 1", file=sys.stderr)
        return 2
    try:
        summary = convert(args.input, args.output, options=options, pattern=args.glob, jobs=args.jobs,
                          timeout=args.timeout, max_memory_mb=args.max_memory, overwrite=args.overwrite,
                          quiet=args.quiet, executor=args.executor, scheduler=args.scheduler,
                          corrections=args.corrections, image_folders=args.image_folders)
    except GovLetterError as exc:
        print(f"govletter: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"govletter: interrupted; finished files are kept in {args.output}, run again to resume",
              file=sys.stderr)
        return 130
    if not args.quiet:
        print(summary_table(summary, args.output), file=sys.stderr)
    for line in corrections_report(summary):
        print(f"govletter: {line}", file=sys.stderr)
    return 1 if summary["failed"] else 0


def _review(args: argparse.Namespace) -> int:
    from .review import SITE_DIR, build, entries_from_files, entries_from_output, serve

    inputs: list[Path] = args.inputs
    try:
        if len(inputs) == 1 and inputs[0].is_dir():
            entries = entries_from_output(inputs[0])
            site = args.output or inputs[0] / SITE_DIR
        else:
            missing = [str(p) for p in inputs if not p.is_file()]
            if missing:
                print(f"govletter: {missing[0]}: no such file (give one convert output folder, or files)",
                      file=sys.stderr)
                return 2
            entries = entries_from_files(inputs)
            site = args.output or Path(SITE_DIR)
        index = build(entries, site)
    except GovLetterError as exc:
        print(f"govletter: {exc}", file=sys.stderr)
        return 2
    print(f"govletter: review site of {len(entries)} input(s): {index}", file=sys.stderr)
    if args.open:
        import webbrowser

        webbrowser.open(f"http://127.0.0.1:{args.port}/" if args.serve else index.resolve().as_uri())
    if args.serve:
        serve(site, args.port)
    return 0


def _report(args: argparse.Namespace) -> int:
    from importlib.util import find_spec

    from .report import write_report

    if find_spec("matplotlib") is None:
        print("govletter: the report needs matplotlib: pip install 'govletter[report]'", file=sys.stderr)
        return 2
    try:
        target = write_report(args.folder, args.output)
    except GovLetterError as exc:
        print(f"govletter: {exc}", file=sys.stderr)
        return 2
    print(f"govletter: report written to {target}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "schema":
        print(json.dumps(Letter.model_json_schema(), ensure_ascii=False, indent=2))
        return 0
    try:
        if args.command == "convert":
            return _convert(args)
        if args.command == "review":
            return _review(args)
        if args.command == "report":
            return _report(args)
        return _parse_files(args)
    except KeyboardInterrupt:
        print("govletter: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1


if __name__ == "__main__":
    sys.exit(main())
