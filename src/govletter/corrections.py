"""Corrections made by a person in the review site (``govletter review``), applied by ``convert``.

A corrections file is what the review site exports (``corrections.json``)::

    {"format": "govletter-corrections", "version": 1, "corrections": [
      {"sha256": "<hex of the input file>", "file": "2023/a.pdf", "field": "doc_number",
       "action": "set", "old": "西民函〔2023〕58号", "new": "西民函〔2023〕59号",
       "by": "李四", "at": "2026-12-04T17:00:00Z"}]}

``action`` is ``set`` (the value is ``new``), ``absent`` (the letter has no such element) or
``confirmed`` (the parser's value ``old`` is right). A record is bound to the file's bytes by its
sha256: when the file changed, the record is reported as stale and not applied. ``convert
--corrections FILE`` (several, or a folder of them: records for one file and field that disagree are
reported, the latest kept) validates every file whole first (an unknown field, a wrong type or an unsafe
path refuses it), keeps the records in ``OUT/corrections.json`` and applies them on every later run.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any

import regex

from .errors import CorrectionsError

FORMAT = "govletter-corrections"
VERSION = 1
STORE_NAME = "corrections.json"
ACTIONS = ("set", "absent", "confirmed")

# What a person may correct, and the kind of value it takes:
#   text: a non-empty string; date: ISO YYYY-MM-DD or YYYY-MM; int: a whole number >= 0;
#   lines: a list of non-empty strings; doc_number: the 文号 as printed (read into its parts);
#   fixed: a structured value that can only be confirmed or marked absent.
FIELDS: dict[str, str] = {
    "doc_number": "doc_number",
    "title": "text",
    "doc_type": "text",
    "handling_type": "fixed",
    "publicity": "fixed",
    "proposal.kind": "text",
    "proposal.congress": "text",
    "proposal.number": "int",
    "proposal.proposer": "text",
    "proposal.title": "text",
    "addressee": "text",
    "attachments": "lines",
    "copy_number": "text",
    "classification": "text",
    "urgency": "text",
    "issuer_mark": "text",
    "signatories": "lines",
    "signer": "text",
    "date": "date",
    "contacts": "fixed",
    "cc": "lines",
    "printed_by": "text",
    "printed_date": "date",
    "cited_documents": "fixed",
}
# A body paragraph: 'body.3' is the fourth item of body; its text can be set or confirmed.
BODY_FIELD_RE = regex.compile(r"^body\.(?P<index>0|[1-9]\d{0,4})$")
_SHA256_RE = regex.compile(r"^[0-9a-f]{64}$")
# ISO dates as the contract writes them: '2023-09-26', '2023-09'
_ISO_DATE_RE = regex.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?$")
_PROPOSAL_KEYS = ("kind", "congress", "number", "number_raw", "proposer", "title")
_RECORD_KEYS = {"sha256", "file", "field", "action", "old", "new", "by", "at"}


def kind_of(field: str) -> str | None:
    """The kind of value ``field`` takes ('paragraph' for a body item), or None if it is unknown."""
    if BODY_FIELD_RE.match(field):
        return "paragraph"
    return FIELDS.get(field)


def evidence_key(field: str) -> str:
    """The key of ``Letter.evidence`` a correction of ``field`` is recorded under."""
    return field if field.startswith("body.") else field.split(".", 1)[0]


def current_value(data: dict[str, Any], field: str) -> Any:
    """The value of ``field`` in a letter's JSON, in the form a correction states it."""
    if m := BODY_FIELD_RE.match(field):
        body = data.get("body") or []
        index = int(m["index"])
        return body[index].get("text") if index < len(body) else None
    head, _, sub = field.partition(".")
    value = data.get(head)
    if sub:
        return value.get(sub) if isinstance(value, dict) else None
    if head == "doc_number":
        return value.get("raw") if isinstance(value, dict) else None
    return value


def _valid_new(kind: str, new: Any) -> str | None:
    """Why ``new`` is no value of ``kind`` (None when it is one)."""
    if kind in ("text", "doc_number", "paragraph"):
        return None if isinstance(new, str) and new.strip() else "a non-empty string"
    if kind == "date":
        m = _ISO_DATE_RE.match(new) if isinstance(new, str) else None
        if m is None:
            return "an ISO date YYYY-MM-DD or YYYY-MM"
        try:
            date(int(m["y"]), int(m["m"]), int(m["d"] or 1))
        except ValueError:
            return "a real date"
        return None
    if kind == "int":
        return None if isinstance(new, int) and not isinstance(new, bool) and new >= 0 else "a whole number >= 0"
    if kind == "lines":
        ok = isinstance(new, list) and all(isinstance(x, str) and x.strip() for x in new)
        return None if ok else "a list of non-empty strings"
    return "nothing: this field can only be confirmed or marked absent"


def validate_record(record: Any, where: str) -> dict[str, Any]:
    """One record, checked; raises ``CorrectionsError`` naming ``where`` and the cause."""
    if not isinstance(record, dict):
        raise CorrectionsError(f"{where}: a record must be an object")
    unknown = sorted(set(record) - _RECORD_KEYS)
    if unknown:
        raise CorrectionsError(f"{where}: unknown key(s) {', '.join(map(repr, unknown))}")
    for key in ("sha256", "file", "field", "action"):
        if not isinstance(record.get(key), str):
            raise CorrectionsError(f"{where}: {key!r} must be a string")
    if not _SHA256_RE.match(record["sha256"]):
        raise CorrectionsError(f"{where}: 'sha256' must be 64 lower-case hex digits")
    file = record["file"]
    parts = PurePosixPath(file).parts
    if (not file or "\\" in file or "\x00" in file or file.startswith("/") or regex.match(r"^[A-Za-z]:", file)
            or ".." in parts):
        raise CorrectionsError(f"{where}: 'file' must be a relative path inside the input folder: {file!r}")
    field, action = record["field"], record["action"]
    kind = kind_of(field)
    if kind is None:
        raise CorrectionsError(f"{where}: unknown field {field!r} (known: {', '.join(FIELDS)}, body.N)")
    if action not in ACTIONS:
        raise CorrectionsError(f"{where}: 'action' must be one of {', '.join(ACTIONS)}, not {action!r}")
    if action == "set" and (why := _valid_new(kind, record.get("new"))):
        raise CorrectionsError(f"{where}: 'new' for {field!r} must be {why}")
    if action == "absent" and kind == "paragraph":
        raise CorrectionsError(f"{where}: a body paragraph can be corrected or confirmed, not marked absent")
    if action != "set" and record.get("new") is not None:
        raise CorrectionsError(f"{where}: 'new' must be null for action {action!r}")
    for key in ("by", "at"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise CorrectionsError(f"{where}: {key!r} must be a string or null")
    return {key: record.get(key) for key in ("sha256", "file", "field", "action", "old", "new", "by", "at")}


def load(path: Path) -> list[dict[str, Any]]:
    """The records of a corrections file, every one validated (or ``CorrectionsError``)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CorrectionsError(f"cannot read the corrections file: {exc.strerror or exc}", path=str(path)) from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise CorrectionsError(f"not a JSON corrections file: {exc}", path=str(path)) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise CorrectionsError(f"not a corrections file (expected \"format\": \"{FORMAT}\")", path=str(path))
    if data.get("version") != VERSION:
        raise CorrectionsError(f"unsupported corrections version {data.get('version')!r} (this is {VERSION})",
                               path=str(path))
    records = data.get("corrections")
    if not isinstance(records, list):
        raise CorrectionsError("'corrections' must be a list", path=str(path))
    try:
        return [validate_record(r, f"record {i + 1}") for i, r in enumerate(records)]
    except CorrectionsError as exc:
        raise CorrectionsError(exc.cause, path=str(path)) from None


def files_of(paths: Iterable[Path]) -> list[Path]:
    """The corrections files ``paths`` name: a file as given; a folder, every ``corrections*.json`` in
    it (the names the review site downloads, also as a browser renames a second one)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.glob("corrections*.json") if p.is_file())
            if not found:
                raise CorrectionsError("no corrections*.json file in the folder", path=str(path))
            files += found
        else:
            files.append(path)
    return files


def load_all(paths: Iterable[Path]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The records of several corrections files or folders (each file validated whole first), one per
    file and field, and the conflicts: records for the same file and field that disagree. The latest
    (by ``at``, then the later given) is kept; each conflict says which records disagreed."""
    given: list[tuple[dict[str, Any], str]] = []
    for path in files_of(paths):
        given += [(record, f"{path} record {i + 1}") for i, record in enumerate(load(path))]
    kept = merge([], [record for record, _ in given])
    by_key = {(r["sha256"], r["field"]): r for r in kept}
    conflicts: list[dict[str, Any]] = []
    for key, winner in by_key.items():
        others = [(r, where) for r, where in given if (r["sha256"], r["field"]) == key]
        if len({(r["action"], json.dumps(r["new"], ensure_ascii=False)) for r, _ in others}) > 1:
            conflicts.append({"file": winner["file"], "field": winner["field"], "kept": _said(winner, others),
                              "dropped": [_said(r, [(r, where)]) for r, where in others if r is not winner]})
    return kept, conflicts


def _said(record: dict[str, Any], found: list[tuple[dict[str, Any], str]]) -> str:
    """A record as a message names it: where it is, what it says, who said it and when."""
    where = next(w for r, w in found if r is record)
    what = f"{record['action']} {json.dumps(record['new'], ensure_ascii=False)}" if record["action"] == "set" \
        else record["action"]
    return f"{where} ({what} by {record.get('by') or 'nobody named'} at {record.get('at') or 'no time'})"


def dump(records: Iterable[dict[str, Any]]) -> str:
    return json.dumps({"format": FORMAT, "version": VERSION, "corrections": list(records)}, ensure_ascii=False,
                      indent=2) + "\n"


def merge(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per file and field: a later record (by ``at``, then by order) replaces an earlier one."""
    kept: dict[tuple[str, str], dict[str, Any]] = {}
    for record in [*old, *new]:
        key = (record["sha256"], record["field"])
        if key not in kept or (record.get("at") or "") >= (kept[key].get("at") or ""):
            kept[key] = record
    return sorted(kept.values(), key=lambda r: (r["file"], r["field"]))


def _set(data: dict[str, Any], field: str, value: Any) -> None:
    from .elements.header import parse_doc_number

    if m := BODY_FIELD_RE.match(field):
        data["body"][int(m["index"])]["text"] = value
        _rebuild_sections(data)
        return
    head, _, sub = field.partition(".")
    if sub:
        part = dict(data.get(head) or dict.fromkeys(_PROPOSAL_KEYS))
        part[sub] = value
        if sub == "number":
            part["number_raw"] = None if value is None else str(value)
        data[head] = part if any(v is not None for v in part.values()) else None
    elif head == "doc_number" and value is not None:
        found = parse_doc_number(value)
        data[head] = (found[0].model_dump(mode="json") if found and found[0].raw == value
                      else {"raw": value, "issuer_code": None, "year": None, "serial": None})
    else:
        data[head] = value


def _rebuild_sections(data: dict[str, Any]) -> None:
    from .elements.body import section_tree
    from .models import BodyItem

    items = [BodyItem.model_validate(item) for item in data.get("body") or []]
    data["sections"] = [s.model_dump(mode="json") for s in section_tree(items)]


def apply(data: dict[str, Any], record: dict[str, Any]) -> str | None:
    """Apply one validated record to a letter's JSON (in place); the reason when it cannot be applied."""
    field, action = record["field"], record["action"]
    if (m := BODY_FIELD_RE.match(field)) and int(m["index"]) >= len(data.get("body") or []):
        return f"the letter has no paragraph {field}"
    kind = FIELDS.get(field)
    if action == "confirmed":
        if current_value(data, field) != record.get("old"):
            return "the value changed since it was confirmed"
    elif action == "absent":
        _set(data, field, [] if kind == "lines" else None)
    else:
        _set(data, field, record["new"])
    evidence = data.setdefault("evidence", {})
    key = evidence_key(field)
    blank: dict[str, Any] = {"page": None, "bbox": None, "text": "", "paragraph": None}
    if m:  # a paragraph's evidence starts where the paragraph is
        item = data["body"][int(m["index"])]
        blank.update(page=item.get("page"), bbox=item.get("bbox"))
    entry = dict(evidence.get(key) or blank)
    note = {k: record.get(k) for k in ("field", "action", "old", "new", "by", "at")}
    entry["corrections"] = [*(c for c in entry.get("corrections") or [] if c.get("field") != field), note]
    evidence[key] = entry
    return None


def apply_all(data: dict[str, Any], records: list[dict[str, Any]]) -> tuple[dict[str, Any], list[tuple[dict[str, Any], str]]]:
    """A letter's JSON with every record for it applied (checked against the model), and the refused ones."""
    from .models import Letter

    out = json.loads(json.dumps(data))
    refused: list[tuple[dict[str, Any], str]] = []
    for record in records:
        trial = json.loads(json.dumps(out))
        reason = apply(trial, record)
        if reason is None:
            try:
                Letter.model_validate(trial)
            except ValueError as exc:
                reason = f"the corrected letter is not valid: {exc}"
        if reason is None:
            out = trial
        else:
            refused.append((record, reason))
    return out, refused


def store(out: Path) -> Path:
    return out / STORE_NAME


def load_store(out: Path) -> list[dict[str, Any]]:
    """The corrections kept in ``out`` by earlier runs (none yet: an empty list)."""
    path = store(out)
    return load(path) if path.exists() else []


def apply_to_outputs(records: list[dict[str, Any]], results: list[tuple[str, str, Path]]) -> dict[str, Any]:
    """Apply ``records`` to the letters of a run: ``results`` is ``(sha256, file, letter JSON path)`` for
    every input. A record whose sha256 matches no input is stale (its file changed or went); one
    whose letter failed or that does not fit the letter is not applied; one whose file is not among
    the inputs (and no input has its sha256) is counted as ``unmatched``. Returns the report."""
    from .convert import write_atomic

    by_sha: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        by_sha.setdefault(record["sha256"], []).append(record)
    known = {sha for sha, _, _ in results}
    files = {file for _, file, _ in results}
    applied = 0
    not_applied: list[dict[str, Any]] = []
    # a record for an input of this run whose bytes are no longer those reviewed is stale; one whose
    # file this run did not take (another --glob, moved or removed) is only counted
    stale = [{"file": r["file"], "field": r["field"], "sha256": r["sha256"],
              "reason": "the file changed since it was reviewed (sha256 differs)"}
             for r in records if r["sha256"] not in known and r["file"] in files]
    unmatched = sum(1 for r in records if r["sha256"] not in known and r["file"] not in files)
    for sha, file, path in results:
        mine = by_sha.get(sha)
        if not mine:
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            not_applied += [{"file": file, "field": r["field"], "reason": "the file has no letter (it failed)"}
                            for r in mine]
            continue
        fixed, refused = apply_all(data, mine)
        applied += len(mine) - len(refused)
        not_applied += [{"file": file, "field": r["field"], "reason": why} for r, why in refused]
        if fixed != data:
            write_atomic(path, json.dumps(fixed, ensure_ascii=False, separators=(",", ":")))
    return {"kept": len(records), "applied": applied, "stale": stale, "unmatched": unmatched,
            "not_applied": not_applied}
