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

    p = sub.add_parser("parse", help="parse PDF or text files and print their JSON",
                       description="Parse PDF or text files and print each letter's JSON on stdout.")
    p.add_argument("files", nargs="+", metavar="FILE", help="PDF or text files (any common encoding); - for stdin")
    p.add_argument("--jsonl", action="store_true", help="print one compact JSON object per line, one per file")
    p.add_argument("--backend", default="auto", choices=["auto", *BACKENDS],
                   help="PDF text extraction backend (default: auto)")
    p.add_argument("--password", default=None, help="password for encrypted PDFs")
    p.add_argument("--strict", action="store_true", help="treat any parser warning as a failure")
    _limit_options(p)

    sub.add_parser("schema", help="print the JSON Schema of the Letter output",
                   description="Print the JSON Schema of the Letter JSON that 'parse' writes.")
    return parser


def _limit_options(p: argparse.ArgumentParser) -> None:
    defaults = ParseOptions()
    p.add_argument("--max-pages", type=int, default=defaults.max_pages, metavar="N",
                   help=f"refuse PDFs of more than N pages (default: {defaults.max_pages}; 0: no limit)")
    p.add_argument("--max-seconds", type=float, default=defaults.max_seconds, metavar="S",
                   help=f"give up on a file after S seconds of reading (default: {defaults.max_seconds:g}; 0: no limit)")


def _dump(letter: Letter, *, compact: bool) -> str:
    data = letter.model_dump(mode="json")
    if compact:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(data, ensure_ascii=False, indent=2)


def _parse_files(args: argparse.Namespace) -> int:
    options = ParseOptions(backend=args.backend, password=args.password, strict=args.strict,
                           max_pages=args.max_pages, max_seconds=args.max_seconds)
    failed = 0
    many = len(args.files) > 1
    results: list[str] = []
    for name in args.files:
        try:
            # a command-line argument always names a file, never holds the text itself
            source = sys.stdin.buffer.read() if name == "-" else Path(name)
            letter = parse(source, options=options)
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


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "schema":
        print(json.dumps(Letter.model_json_schema(), ensure_ascii=False, indent=2))
        return 0
    try:
        return _parse_files(args)
    except KeyboardInterrupt:
        print("govletter: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1


if __name__ == "__main__":
    sys.exit(main())
