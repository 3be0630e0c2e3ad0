"""Bulk conversion: a folder of letters -> a folder of JSON, plus letters.jsonl, index.csv,
errors.jsonl and summary.json. Parallel, resumable, atomic; on this machine or a Dask cluster.

The parent process finds the inputs, hands them to workers, and is the only writer of OUT: every
file is written to a temporary name and renamed into place, so an interrupted run leaves whole
files only. The aggregate files are rebuilt from the per-file results at the end of every run
(also after Ctrl-C), so they are never half-written and always match the per-file files.
"""

from __future__ import annotations

import csv
import fnmatch
import hashlib
import io
import json
import os
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, TextIO

from .errors import GovLetterError, InputError
from .records import RECORD_COLUMNS, flat_record

RESULT_SUFFIX = ".json"
ERROR_SUFFIX = ".error.json"
INDEX_COLUMNS = RECORD_COLUMNS
COVERAGE_FIELDS = ("doc_number", "handling_type", "publicity", "title", "addressee", "signer", "date", "contacts",
                   "cc", "proposal", "body")
TEXT_SUFFIXES = (".txt", ".text")
# Files of these kinds may hold Chinese text but are never a letter's text: not sniffed as text.
NOT_TEXT_SUFFIXES = frozenset((".py", ".js", ".ts", ".java", ".c", ".h", ".cpp", ".go", ".rs", ".sh", ".json",
                               ".csv", ".tsv", ".xml", ".html", ".htm", ".css", ".yaml", ".yml", ".toml", ".ini",
                               ".sql", ".rtf", ".tex", ".log"))
_UNSAFE = set('/\\:*?"<>|')
_MAX_NAME_BYTES = 200


@dataclass(frozen=True)
class Options:
    """What the workers need to parse a file: plain values, so that they pickle to any worker."""

    backend: str = "auto"
    password: str | None = None
    max_pages: int = 200
    max_seconds: float = 120.0
    ocr: str = "auto"
    max_pixels: int = 100_000_000

    def parse_options(self) -> dict[str, Any]:
        return asdict(self)


# Suffixes of OLE files that are word-processor documents (.xls, .ppt, .msg are OLE too: not letters)
OLE_DOCUMENT_SUFFIXES = ("", ".doc", ".dot", ".wps", ".wpt")


@dataclass
class Task:
    """One input (a file, or with ``image_folders`` a folder of page images) and where its results go."""

    index: int
    path: Path
    rel: str  # the input's path under IN, POSIX-style, as given in every output
    out: Path  # OUT/<safe rel> without suffix: <out>.json, <out>.error.json
    sha256: str = ""


@dataclass
class Outcome:
    """What a worker reports for one task (a letter's JSON or an error)."""

    ok: bool
    letter_json: str = ""
    error: str = ""
    message: str = ""
    pages: int = 0
    seconds: float = 0.0


@dataclass
class RunStats:
    """Counts of this run, for the progress line and the final table."""

    total: int = 0
    done: int = 0
    converted: int = 0
    reused: int = 0
    failed: int = 0
    pages: int = 0
    started: float = field(default_factory=time.monotonic)


# --------------------------------------------------------------------------- finding inputs

def sniff(path: Path) -> str | None:
    """What kind of input a file is by content (and a text extension): 'pdf', 'image', 'docx',
    'ofd', 'office' (.doc/.wps/.rtf, read through LibreOffice) or 'text'; None for anything else."""
    from .extract import input_kind

    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
        kind = input_kind(head, file=path)
    except OSError:
        return "pdf" if path.suffix.lower() == ".pdf" else None  # unreadable: the parse will say why
    if kind in ("pdf", "image", "docx", "ofd"):
        return kind
    if kind == "rtf" or (kind == "ole" and path.suffix.lower() in OLE_DOCUMENT_SUFFIXES):
        return "office"
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return "pdf"  # a broken PDF is still an input the user meant: its error is recorded
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in NOT_TEXT_SUFFIXES:
        return None
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return "text"
    if not head or b"\x00" in head:
        return None
    for encoding in ("utf-8", "gb18030"):
        try:
            sample = head.decode(encoding)
        except UnicodeDecodeError as exc:
            if exc.start < len(head) - 4:  # a multi-byte character cut at the end of the sample is fine
                continue
            sample = head[: exc.start].decode(encoding)
        if sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff") >= 10:
            return "text"
    return None


def safe_part(part: str) -> str:
    """A path component that is a plain file name on any system: no separators, controls, '..'."""
    text = "".join("_" if ch in _UNSAFE or unicodedata.category(ch) in ("Cc", "Cf", "Cs") else ch
                   for ch in part).rstrip(" .")
    if text in ("", ".", ".."):
        text = "_"
    if len(text.encode("utf-8")) > _MAX_NAME_BYTES:
        digest = hashlib.sha1(part.encode("utf-8", "surrogateescape")).hexdigest()[:10]
        cut = text.encode("utf-8")[: _MAX_NAME_BYTES - 11].decode("utf-8", "ignore")
        text = f"{cut}-{digest}"
    return text


def natural_key(name: str) -> list[tuple[int, int | str]]:
    """Sort key putting p2 before p10: digit runs compare as numbers."""
    return [(0, int(part)) if part.isdigit() else (1, part.casefold()) for part in re.split(r"(\d+)", name) if part]


def folder_pages(folder: Path) -> list[Path]:
    """The page images directly in ``folder`` (hidden files aside), in natural order."""
    files = [p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")]
    return sorted((p for p in files if sniff(p) == "image"), key=lambda p: natural_key(p.name))


def discover(root: Path, out: Path, pattern: str | None = None, *,
             image_folders: bool = False) -> tuple[list[Task], list[str]]:
    """The inputs under ``root`` (a folder, walked recursively, or one file) and the files skipped.

    With ``image_folders``, the page images in one folder are one input (a letter scanned page by
    page), named by the folder; other files in it are inputs of their own.
    """
    out_resolved = out.resolve()
    tasks: list[Task] = []
    skipped: list[str] = []
    taken: set[str] = set()
    root = root.resolve() if root.is_dir() else root
    files = [root] if root.is_file() else _walk(root, out_resolved)
    entries: list[tuple[str, Path]] = []
    folders: set[Path] = set()
    for path in files:
        rel = path.name if path is root else path.relative_to(root).as_posix()
        kind = sniff(path)
        if image_folders and kind == "image" and path is not root:
            if path.parent not in folders:
                folders.add(path.parent)
                entries.append((root.name if path.parent == root else path.parent.relative_to(root).as_posix(),
                                path.parent))
            continue
        if pattern and not (fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(path.name, pattern)):
            continue
        if kind is None:
            skipped.append(rel)
            continue
        entries.append((rel, path))
    for rel, path in sorted(entries, key=lambda e: e[0]):
        if path in folders and pattern and not (fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(path.name, pattern)):
            continue
        parts = [safe_part(p) for p in PurePosixPath(rel).parts]
        safe = "/".join(parts)
        n = 2
        while safe.casefold() in taken:  # two odd names made equal, or equal but for case
            safe = "/".join([*parts[:-1], f"{parts[-1]}~{n}"])
            n += 1
        taken.add(safe.casefold())
        target = out.joinpath(*safe.split("/"))
        if not target.resolve().is_relative_to(out_resolved):
            raise InputError(f"output path escapes {out}: {rel!r}")  # cannot happen after safe_part
        tasks.append(Task(index=len(tasks), path=path, rel=rel, out=target))
    return tasks, skipped


def _walk(root: Path, out: Path) -> list[Path]:
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and (here / d).resolve() != out)
        found.extend(here / f for f in filenames if not f.startswith("."))
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


# --------------------------------------------------------------------------- one file (in a worker)

def convert_file(path: str, options: dict[str, Any]) -> Outcome:
    """Parse one file into an ``Outcome``; never raises (a worker must survive any input)."""
    start = time.monotonic()
    try:
        from .api import parse

        source = Path(path)
        letter = parse(folder_pages(source) if source.is_dir() else source, **options)
        seconds = time.monotonic() - start
        letter = letter.model_copy(update={"source": letter.source.model_copy(update={"seconds": round(seconds, 3)})})
        return Outcome(ok=True, letter_json=letter.model_dump_json(), pages=letter.source.pages, seconds=seconds)
    except GovLetterError as exc:
        return Outcome(ok=False, error=type(exc).__name__, message=str(exc), seconds=time.monotonic() - start)
    except MemoryError:
        return Outcome(ok=False, error="MemoryError", message=f"{path}: out of memory while parsing",
                       seconds=time.monotonic() - start)
    except Exception as exc:  # a bug in govletter or a library: recorded, the batch goes on
        return Outcome(ok=False, error="InternalError", message=f"{path}: {type(exc).__name__}: {exc}",
                       seconds=time.monotonic() - start)


# --------------------------------------------------------------------------- writing

def write_atomic(target: Path, data: str | bytes) -> None:
    """Write to a temporary file beside ``target`` and rename it into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with tmp.open("wb") as fh:
        fh.write(payload)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, target)


def _result_path(task: Task) -> Path:
    return task.out.with_name(task.out.name + RESULT_SUFFIX)


def _error_path(task: Task) -> Path:
    return task.out.with_name(task.out.name + ERROR_SUFFIX)


def record(task: Task, outcome: Outcome) -> None:
    """Write a task's result (or its error record) and remove what an earlier run left for it."""
    if outcome.ok:
        write_atomic(_result_path(task), outcome.letter_json)
        _error_path(task).unlink(missing_ok=True)
    else:
        entry = {"file": task.rel, "sha256": task.sha256, "error": outcome.error, "message": outcome.message,
                 "seconds": round(outcome.seconds, 3)}
        write_atomic(_error_path(task), json.dumps(entry, ensure_ascii=False))
        _result_path(task).unlink(missing_ok=True)  # a stale letter of an older version of the file


def is_current(task: Task) -> bool:
    """The task's letter JSON exists and was made from this very file (same sha256)."""
    try:
        with _result_path(task).open("rb") as fh:
            source = json.load(fh).get("source") or {}
    except (OSError, ValueError, AttributeError):
        return False
    return bool(source.get("sha256") == task.sha256)


def sha256_of(path: Path | Sequence[Path]) -> str:
    """The file's SHA-256; for a folder of page images or a list of files, that of their bytes in page
    order (as ``parse_pages`` gives it)."""
    digest = hashlib.sha256()
    try:
        for part in (path if not isinstance(path, Path) else folder_pages(path) if path.is_dir() else [path]):
            with part.open("rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(chunk)
    except OSError:
        return ""
    return digest.hexdigest()


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def _index_row(rel: str, d: dict[str, Any]) -> list[str]:
    return [_cell(value) for value in flat_record(d, rel).values()]


def rebuild_aggregates(out: Path, tasks: list[Task], skipped: list[str], stats: RunStats,
                       extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """letters.jsonl, index.csv, errors.jsonl and summary.json from the per-file files of ``tasks``;
    ``extra`` keys are added to the summary."""
    letters = io.StringIO()
    errors = io.StringIO()
    index = io.StringIO()
    writer = csv.writer(index, lineterminator="\r\n")
    writer.writerow(INDEX_COLUMNS)
    warnings: Counter[str] = Counter()
    coverage: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    n_letters = n_errors = pages = 0
    for task in tasks:
        try:
            text = _result_path(task).read_text(encoding="utf-8")
            data = json.loads(text)
        except (OSError, ValueError):
            data = None
        if isinstance(data, dict):
            n_letters += 1
            data["source"] = {**(data.get("source") or {}), "path": task.rel}
            letters.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
            writer.writerow(_index_row(task.rel, data))
            warnings.update(w.get("code", "?") for w in data.get("warnings") or [])
            coverage.update(f for f in COVERAGE_FIELDS if data.get(f) not in (None, [], {}, ""))
            pages += int((data.get("source") or {}).get("pages") or 0)
            kinds[str((data.get("source") or {}).get("kind"))] += 1
            continue
        try:
            entry = json.loads(_error_path(task).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # not reached in this run (interrupted): neither letter nor error yet
        n_errors += 1
        errors.write(json.dumps({k: entry.get(k) for k in ("file", "error", "message", "seconds")},
                                ensure_ascii=False) + "\n")
    summary = {
        "inputs": len(tasks),
        "letters": n_letters,
        "failed": n_errors,
        "not_done": len(tasks) - n_letters - n_errors,
        "skipped_not_pdf_or_text": skipped,
        "pages": pages,
        "letters_by_kind": dict(sorted(kinds.items())),
        "this_run": {"converted": stats.converted, "reused": stats.reused, "failed": stats.failed,
                     "pages": stats.pages, "seconds": round(time.monotonic() - stats.started, 2)},
        "warnings_by_code": dict(sorted(warnings.items())),
        "coverage": {f: round(coverage[f] / n_letters, 4) if n_letters else 0.0 for f in COVERAGE_FIELDS},
        **(extra or {}),
    }
    write_atomic(out / "letters.jsonl", letters.getvalue())
    write_atomic(out / "errors.jsonl", errors.getvalue())
    write_atomic(out / "index.csv", "\ufeff" + index.getvalue())  # BOM: Excel then reads UTF-8
    write_atomic(out / "summary.json", json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    return summary


# --------------------------------------------------------------------------- progress

class Progress:
    """A one-line bar on a terminal, plain log lines otherwise, nothing with ``quiet``."""

    def __init__(self, stats: RunStats, stream: TextIO, *, quiet: bool) -> None:
        self.stats = stats
        self.stream = stream
        self.quiet = quiet
        self.tty = stream.isatty()
        self._last = 0.0

    def file_done(self, task: Task, outcome: Outcome | None) -> None:
        if self.quiet:
            return
        s = self.stats
        if not self.tty:
            if outcome is None:
                status = "unchanged"
            elif outcome.ok:
                status = f"ok, {outcome.pages} page{'s' if outcome.pages != 1 else ''}, {outcome.seconds:.1f} s"
            else:
                status = f"FAILED {outcome.error}: {outcome.message}"
            print(f"govletter: [{s.done}/{s.total}] {task.rel}: {status}", file=self.stream, flush=True)
            return
        now = time.monotonic()
        if now - self._last < 0.1 and s.done < s.total:
            return
        self._last = now
        elapsed = max(now - s.started, 1e-6)
        worked = s.done - s.reused
        rate = worked / elapsed
        eta = (s.total - s.done) / rate if rate > 0 else 0.0
        width = 24
        filled = int(width * s.done / max(s.total, 1))
        line = (f"\r[{'#' * filled}{'.' * (width - filled)}] {s.done}/{s.total} files  "
                f"{s.pages / elapsed:.1f} pages/s  ETA {_duration(eta)}  {s.failed} failed ")
        self.stream.write(line)
        self.stream.flush()

    def finish(self) -> None:
        if self.tty and not self.quiet:
            self.stream.write("\n")
            self.stream.flush()


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    return f"{seconds // 60}m{seconds % 60:02d}s"


def summary_table(summary: dict[str, Any], out: Path) -> str:
    run = summary["this_run"]
    rows = [
        ("inputs", summary["inputs"]),
        ("letters written", summary["letters"]),
        ("  converted this run", run["converted"]),
        ("  unchanged, kept", run["reused"]),
        ("failed (errors.jsonl)", summary["failed"]),
        ("not done (interrupted)", summary["not_done"]),
        ("skipped, not a document", len(summary["skipped_not_pdf_or_text"])),
        ("pages", summary["pages"]),
        ("letters by kind", ", ".join(f"{k} {n}" for k, n in summary["letters_by_kind"].items()) or "-"),
        ("seconds this run", run["seconds"]),
    ]
    width = max(len(k) for k, _ in rows)
    lines = [f"{k:<{width}}  {v}" for k, v in rows]
    return "\n".join([*lines, f"output: {out}"])


# --------------------------------------------------------------------------- executors

Report = Callable[[Task, Outcome], None]


def run_local(tasks: list[Task], options: Options, report: Report, *, jobs: int, timeout: float,
              max_memory_mb: int) -> None:
    """Worker processes; a crash, a hang past ``timeout`` or memory past the cap fails that file only."""
    from .pool import WorkerPool

    def failure(kind: str, message: str) -> Outcome:
        return Outcome(ok=False, error=kind, message=message)

    with WorkerPool[Task](jobs, convert_file, options.parse_options(), timeout=timeout,
                          max_memory_mb=max_memory_mb, failure=failure) as pool:
        for task, outcome in pool.map(tasks, lambda t: str(t.path)):
            if outcome.error in ("Timeout", "MemoryLimit", "WorkerCrash"):
                outcome.message = f"{task.path}: {outcome.message}"
            report(task, outcome)


def run_dask(tasks: list[Task], options: Options, report: Report, *, scheduler: str) -> None:
    """The same per-file function on a Dask cluster; inputs must be readable at the same path there.

    A file's time is bounded inside the worker by ``max_seconds``; a worker that dies on a file is
    Dask's to retry, and a file that kills its workers comes back as ``KilledWorker``.
    """
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise InputError("the dask executor needs dask.distributed: pip install 'govletter[dask]'") from None
    with Client(scheduler, timeout="30s") as client:  # type: ignore[no-untyped-call]
        futures = {client.submit(convert_file, str(t.path), options.parse_options(), pure=False,
                                 key=f"govletter-{t.index}-{t.sha256[:16]}"): t for t in tasks}
        for future in as_completed(futures):  # type: ignore[no-untyped-call]
            task = futures[future]
            try:
                outcome = future.result()
            except Exception as exc:  # the task's worker died (KilledWorker) or the cluster failed it
                outcome = Outcome(ok=False, error=type(exc).__name__, message=f"{task.path}: {exc}")
            report(task, outcome)


# --------------------------------------------------------------------------- the command

def convert(src: Path, out: Path, *, options: Options, pattern: str | None = None, jobs: int | None = None,
            timeout: float = 120.0, max_memory_mb: int = 4096, overwrite: bool = False, quiet: bool = False,
            executor: str = "local", scheduler: str | None = None, stream: TextIO | None = None,
            corrections: Path | Sequence[Path] | None = None, image_folders: bool = False) -> dict[str, Any]:
    """Convert every document under ``src`` (PDF, page images, .docx, OFD, .doc/.wps/.rtf, text) into
    ``out``; with ``image_folders`` each folder's page images are one letter. Returns the summary.

    ``corrections``: corrections files from ``govletter review`` (or folders of them), validated and
    kept in ``out/corrections.json``; the kept corrections are applied to the letters on every run."""
    from . import corrections as fixes

    stream = stream or sys.stderr
    if not src.exists():
        raise InputError("no such file or folder", path=str(src))
    given = [] if corrections is None else [corrections] if isinstance(corrections, Path) else list(corrections)
    new_fixes, conflicts = fixes.load_all(given)
    out.mkdir(parents=True, exist_ok=True)
    kept_fixes = fixes.load_store(out)
    if new_fixes:
        kept_fixes = fixes.merge(kept_fixes, new_fixes)
        write_atomic(fixes.store(out), fixes.dump(kept_fixes))
    _remove_temporaries(out)
    tasks, skipped = discover(src, out, pattern, image_folders=image_folders)
    stats = RunStats(total=len(tasks))
    progress = Progress(stats, stream, quiet=quiet)
    todo: list[Task] = []
    for task in tasks:
        task.sha256 = sha256_of(task.path)
        if not overwrite and is_current(task):
            stats.reused += 1
            stats.done += 1
            progress.file_done(task, None)
        else:
            todo.append(task)

    def report(task: Task, outcome: Outcome) -> None:
        record(task, outcome)
        stats.done += 1
        if outcome.ok:
            stats.converted += 1
            stats.pages += outcome.pages
        else:
            stats.failed += 1
        progress.file_done(task, outcome)

    interrupted = False
    try:
        if todo:
            if executor == "dask":
                if not scheduler:
                    raise InputError("--executor dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)")
                run_dask(todo, options, report, scheduler=scheduler)
            else:
                run_local(todo, options, report, jobs=jobs or os.cpu_count() or 1, timeout=timeout,
                          max_memory_mb=max_memory_mb)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        progress.finish()
        extra = {}
        if kept_fixes:
            results = [(t.sha256, t.rel, _result_path(t)) for t in tasks]
            extra["corrections"] = {**fixes.apply_to_outputs(kept_fixes, results), "conflicts": conflicts}
        summary = rebuild_aggregates(out, tasks, skipped, stats, extra)
    if interrupted:
        raise KeyboardInterrupt
    return summary


def corrections_report(summary: dict[str, Any]) -> list[str]:
    """Lines telling what became of the kept corrections (none when there are none)."""
    report = summary.get("corrections")
    if not report:
        return []
    lines = [f"corrections: {report['applied']} of {report['kept']} applied"]
    lines += [f"corrections disagree on {c['file']} {c['field']}: kept {c['kept']}; not {'; not '.join(c['dropped'])}"
              for c in report.get("conflicts") or []]
    lines += [f"correction not applied, stale: {s['file']} {s['field']}: {s['reason']}" for s in report["stale"]]
    lines += [f"correction not applied: {s['file']} {s['field']}: {s['reason']}" for s in report["not_applied"]]
    if report.get("unmatched"):
        lines.append(f"corrections: {report['unmatched']} record(s) matched no input of this run (not selected, "
                     "moved or removed): kept for later runs")
    return lines


def _remove_temporaries(out: Path) -> None:
    """Temporary files a killed run left behind (never a finished output)."""
    for tmp in out.rglob(".*.tmp-*"):
        tmp.unlink(missing_ok=True)


def iter_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The records of a JSON-lines file (for tests and users reading OUT)."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)

