"""For Python scripts: many files through the crash-isolated worker pool, and a convert output read back.

>>> import govletter
>>> for path, result in govletter.parse_many(["a.pdf", "b.pdf"], jobs=2):  # doctest: +SKIP
...     print(path, result.title if isinstance(result, govletter.Letter) else f"failed: {result}")
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from . import errors
from .api import ParseOptions, _options
from .errors import ExtractionError, GovLetterError, InputError, LimitError
from .models import Letter

# What the pool reports for a file whose worker it had to stop, as an error of govletter's tree.
_POOL_ERRORS: dict[str, type[GovLetterError]] = {"Timeout": LimitError, "MemoryLimit": LimitError,
                                                  "MemoryError": LimitError, "WorkerCrash": ExtractionError,
                                                  "InternalError": ExtractionError}


def parse_many(paths: Iterable[str | os.PathLike[str]], *, jobs: int | None = None, timeout: float = 120.0,
               max_memory_mb: int = 4096, options: ParseOptions | None = None,
               **overrides: object) -> Iterator[tuple[str, Letter | GovLetterError]]:
    """Yield ``(path, Letter or GovLetterError)`` for each file as it finishes, in worker processes.

    The pool is ``convert``'s: a file that crashes its worker, runs past ``timeout`` seconds or grows
    past ``max_memory_mb`` yields an error for that file and the rest go on. Options are ``parse``'s
    (``backend``, ``ocr``, ``max_pages`` …) except ``strict``, which is a per-letter check done here.
    """
    from .convert import Outcome, convert_file
    from .pool import WorkerPool

    opts = _options(options, overrides)
    names = [os.fspath(p) for p in paths]
    worker_options = {k: v for k, v in vars(opts).items() if k != "strict"}

    def failure(kind: str, message: str) -> Outcome:
        return Outcome(ok=False, error=kind, message=message)

    with WorkerPool[str](jobs or os.cpu_count() or 1, convert_file, worker_options, timeout=timeout,
                         max_memory_mb=max_memory_mb, failure=failure) as pool:
        for name, outcome in pool.map(names, lambda n: n):
            if outcome.ok:
                letter = Letter.model_validate_json(outcome.letter_json)
                if opts.strict and letter.warnings:
                    codes = ", ".join(sorted({w.code for w in letter.warnings}))
                    yield name, errors.StrictModeError(f"strict mode: the parser warned ({codes})", path=name)
                else:
                    yield name, letter
                continue
            cls = getattr(errors, outcome.error, None)
            if not (isinstance(cls, type) and issubclass(cls, GovLetterError)):
                cls = _POOL_ERRORS.get(outcome.error, ExtractionError)
            cause = outcome.message.removeprefix(f"{name}: ")
            yield name, cls(cause, path=name)


def read_output(out: str | os.PathLike[str]) -> Iterator[Letter]:
    """The letters of a ``govletter convert`` output folder, in input order (from its letters.jsonl)."""
    path = Path(out) / "letters.jsonl"
    try:
        fh = path.open(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("no letters.jsonl here: not a govletter convert output", path=str(out)) from None
    with fh:
        for number, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield Letter.model_validate(json.loads(line))
                except ValueError as exc:
                    raise InputError(f"line {number} is not a letter ({type(exc).__name__})",
                                     path=str(path)) from exc
