"""``govletter report OUT/``: an offline HTML report of a ``convert`` output folder.

Counts of the letters by year, office (top 20), level, region, handling type, kind and topic; field
coverage; warnings by code; the OCR share; the slowest and the failed files. Each count is a table
and an SVG bar chart drawn by matplotlib with text kept as text (``svg.fonttype='none'``): the
browser draws the Chinese with its own fonts, so no CJK font is needed to build the report. The same
data is written as ``report.json`` and ``report.csv`` beside the HTML. Every string from a document
is escaped, in the HTML by ``html.escape`` and in the SVG by matplotlib's writer.
"""

from __future__ import annotations

import csv
import html
import io
import json
import warnings
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .convert import COVERAGE_FIELDS, iter_jsonl, write_atomic
from .errors import InputError

TOP_OFFICES = 20
SLOWEST = 10
UNKNOWN = "(unknown)"
# Fields whose share of letters the report gives: convert's coverage fields and the catalogue's.
REPORT_COVERAGE = (*COVERAGE_FIELDS, "keywords", "topic", "office", "meeting")


@dataclass
class Table:
    """One counted dimension: rows of (key, count) in order."""

    name: str
    title: str
    rows: list[tuple[str, int]] = field(default_factory=list)
    chart: bool = True


@dataclass
class Report:
    totals: dict[str, Any]
    tables: list[Table]
    coverage: dict[str, float]
    slowest: list[dict[str, Any]]
    failed: list[dict[str, Any]]

    def as_json(self) -> dict[str, Any]:
        return {"totals": self.totals,
                "tables": {t.name: {"title": t.title, "rows": [{"key": k, "count": n} for k, n in t.rows]}
                           for t in self.tables},
                "coverage": self.coverage, "slowest": self.slowest, "failed": self.failed}


def _year(d: dict[str, Any]) -> str:
    if d.get("date"):
        return str(d["date"])[:4]
    year = (d.get("doc_number") or {}).get("year")
    return str(year) if year else UNKNOWN


def _kind(d: dict[str, Any]) -> str:
    kind = (d.get("proposal") or {}).get("kind")
    if kind in ("建议", "提案"):
        return str(kind)
    return "other" if kind else "none"


def _counted(name: str, title: str, values: Iterable[str], *, top: int | None = None,
             order: tuple[str, ...] | None = None) -> Table:
    counts = Counter(values)
    if order:
        rows = [(k, counts[k]) for k in order if counts[k]] + sorted(
            ((k, n) for k, n in counts.items() if k not in order), key=lambda r: (-r[1], r[0]))
    elif name == "year":
        rows = sorted(counts.items())
    else:
        rows = sorted(counts.items(), key=lambda r: (-r[1], r[0]))
    return Table(name, title, rows[:top] if top else rows)


def build(out: Path) -> Report:
    """Count what a convert output folder holds (letters.jsonl, errors.jsonl)."""
    letters_path = out / "letters.jsonl"
    if not letters_path.is_file():
        raise InputError("no letters.jsonl here: run 'govletter convert IN OUT' first", path=str(out))
    try:
        letters = list(iter_jsonl(letters_path))
        errors = list(iter_jsonl(out / "errors.jsonl")) if (out / "errors.jsonl").is_file() else []
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read the convert output ({exc})", path=str(out)) from exc
    n = len(letters)
    pages = sum(int((d.get("source") or {}).get("pages") or 0) for d in letters)
    ocr_pages = sum(len((d.get("source") or {}).get("ocr_pages") or []) for d in letters)
    ocr_letters = sum(1 for d in letters if (d.get("source") or {}).get("ocr_pages"))
    totals = {"letters": n, "failed": len(errors), "pages": pages, "ocr_pages": ocr_pages,
              "ocr_letters": ocr_letters, "ocr_page_share": round(ocr_pages / pages, 4) if pages else 0.0,
              "ocr_letter_share": round(ocr_letters / n, 4) if n else 0.0}
    from .catalogue import TOPICS

    def office(d: dict[str, Any]) -> dict[str, Any]:
        return d.get("office") or {}

    tables = [
        _counted("year", "Letters by year (成文日期, else 发文字号)", (_year(d) for d in letters)),
        _counted("office", f"Letters by office (top {TOP_OFFICES})",
                 (office(d).get("name") or UNKNOWN for d in letters), top=TOP_OFFICES),
        _counted("level", "Letters by the office's level", (office(d).get("level") or UNKNOWN for d in letters),
                 order=("国家", "省", "市", "县", "乡镇")),
        _counted("province", "Letters by the office's province", (office(d).get("province") or UNKNOWN
                                                                    for d in letters)),
        _counted("handling_type", "Letters by handling type (办理类型)",
                 ((d.get("handling_type") or {}).get("code") or UNKNOWN for d in letters)),
        _counted("kind", "Letters by kind (建议 / 提案 / other / none)", (_kind(d) for d in letters),
                 order=("建议", "提案", "other", "none")),
        _counted("topic", "Letters by topic", ((d.get("topic") or {}).get("name") or UNKNOWN for d in letters),
                 order=TOPICS),
        _counted("warnings", "Warnings by code", (w.get("code", "?") for d in letters
                                                  for w in d.get("warnings") or [])),
    ]
    coverage = {f: round(sum(1 for d in letters if d.get(f) not in (None, [], {}, "")) / n, 4) if n else 0.0
                for f in REPORT_COVERAGE}
    timed = [d for d in letters if (d.get("source") or {}).get("seconds") is not None]
    timed.sort(key=lambda d: -float(d["source"]["seconds"]))
    slowest = [{"file": d["source"].get("path"), "seconds": d["source"]["seconds"], "pages": d["source"].get("pages")}
               for d in timed[:SLOWEST]]
    failed = [{k: e.get(k) for k in ("file", "error", "message")} for e in errors]
    return Report(totals, tables, coverage, slowest, failed)


# --------------------------------------------------------------------------- charts

def bar_chart(rows: list[tuple[str, float]], *, percent: bool = False) -> str:
    """A horizontal bar chart as an SVG string; labels stay text (the browser's fonts draw them)."""
    import matplotlib
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    labels = [k for k, _ in rows][::-1]
    values = [v for _, v in rows][::-1]
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "govletter", "text.parse_math": False,
                                "font.family": ["sans-serif"],
                                "font.sans-serif": ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei",
                                                    "PingFang SC", "DejaVu Sans"]}), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # 'Glyph … missing from font': the browser has it, matplotlib need not
        fig = Figure(figsize=(6.4, 0.5 + 0.28 * max(len(rows), 1)))
        ax = fig.subplots()
        ax.barh(range(len(values)), values, color="#3b6ea5")
        ax.set_yticks(range(len(values)), labels=labels)
        ax.tick_params(axis="y", labelsize=9)
        ax.spines[["top", "right"]].set_visible(False)
        if percent:
            ax.set_xlim(0, 1)
        else:
            ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        fig.subplots_adjust(left=0.42, right=0.97, top=0.98, bottom=0.5 / (0.5 + 0.28 * max(len(rows), 1)))
        buf = io.StringIO()
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
    svg = buf.getvalue()
    return svg[svg.index("<svg"):]  # inline in HTML: no XML declaration or doctype


# --------------------------------------------------------------------------- output

_CSS = """body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#222}
section{display:flex;flex-wrap:wrap;gap:2em;align-items:flex-start;margin-bottom:2em}
table{border-collapse:collapse;font-size:14px}td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}
td.n{text-align:right}figure{margin:0;max-width:640px}svg{max-width:100%;height:auto}"""


def _table_html(headers: tuple[str, ...], rows: Iterable[Iterable[Any]], table_id: str) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(
        f'<td class="n">{html.escape(str(v))}</td>' if isinstance(v, int | float) else f"<td>{html.escape(str(v))}</td>"
        for v in row) + "</tr>" for row in rows)
    return f'<table id="{table_id}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def render_html(report: Report, source: Path) -> str:
    t = report.totals
    parts = [f"<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>govletter report</title>"
             f"<style>{_CSS}</style></head><body>",
             f"<h1>govletter report</h1><p>Of <code>{html.escape(str(source))}</code>.</p>",
             "<h2>Totals</h2>", _table_html(("what", "count"), [
                 ("letters", t["letters"]), ("failed files", t["failed"]), ("pages", t["pages"]),
                 ("pages read by OCR", t["ocr_pages"]), ("letters with OCR pages", t["ocr_letters"]),
                 ("OCR share of pages", f"{t['ocr_page_share']:.1%}"),
                 ("OCR share of letters", f"{t['ocr_letter_share']:.1%}")], "totals")]
    for table in report.tables:
        parts.append(f"<h2>{html.escape(table.title)}</h2><section>")
        parts.append(_table_html(("value", "letters" if table.name != "warnings" else "warnings"), table.rows,
                                 table.name))
        if table.rows:
            parts.append(f"<figure>{bar_chart([(k, float(n)) for k, n in table.rows])}</figure>")
        parts.append("</section>")
    parts.append("<h2>Field coverage (share of letters with the field)</h2><section>")
    parts.append(_table_html(("field", "share"), [(f, f"{v:.1%}") for f, v in report.coverage.items()], "coverage"))
    parts.append(f"<figure>{bar_chart(list(report.coverage.items()), percent=True)}</figure></section>")
    parts.append("<h2>Slowest files</h2>")
    parts.append(_table_html(("file", "seconds", "pages"), [(s["file"], s["seconds"], s["pages"])
                                                           for s in report.slowest], "slowest"))
    parts.append("<h2>Failed files</h2>")
    parts.append(_table_html(("file", "error", "message"), [(f["file"], f["error"], f["message"])
                                                           for f in report.failed], "failed"))
    parts.append("</body></html>\n")
    return "".join(parts)


def render_csv(report: Report) -> str:
    """Every table in one long CSV: table, key, value."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(("table", "key", "value"))
    for key, value in report.totals.items():
        writer.writerow(("totals", key, value))
    for table in report.tables:
        for key, count in table.rows:
            writer.writerow((table.name, key, count))
    for key, share in report.coverage.items():
        writer.writerow(("coverage", key, share))
    for row in report.slowest:
        writer.writerow(("slowest", row["file"], row["seconds"]))
    for row in report.failed:
        writer.writerow(("failed", row["file"], row["error"]))
    return "\ufeff" + buf.getvalue()


def write_report(out: Path, html_path: Path | None = None) -> Path:
    """Write report.html (or ``html_path``), report.json and report.csv; returns the HTML's path."""
    report = build(out)
    target = html_path or out / "report.html"
    write_atomic(target, render_html(report, out))
    write_atomic(target.with_name("report.json"),
                 json.dumps(report.as_json(), ensure_ascii=False, indent=2) + "\n")
    write_atomic(target.with_name("report.csv"), render_csv(report))
    return target
