"""Check a fresh set's letters for internal consistency: ``python bench/fresh/check_truth.py [folder]``.

For every ``<folder>/<id>/`` (default ``bench/fresh``; ``bench/fresh-b`` … ``bench/fresh-i`` are the
second to ninth sets, ``bench/fresh-j`` the tenth, of long bodies, ``bench/fresh-k`` the eleventh, ``bench/fresh-l`` the twelfth,
``bench/fresh-m`` the thirteenth, ``bench/fresh-n`` the fourteenth, of long bodies, ``bench/fresh-o`` the fifteenth,
``bench/fresh-p`` the sixteenth, ``bench/fresh-q`` the seventeenth, ``bench/fresh-r`` the eighteenth,
``bench/fresh-s`` the nineteenth, ``bench/fresh-t`` the twentieth, ``bench/fresh-u`` the twenty-first,
``bench/fresh-v`` the twenty-second, ``bench/fresh-w`` the twenty-third, ``bench/fresh-x`` the twenty-fourth,
``bench/fresh-y`` the twenty-fifth, of long and complex replies, ``bench/fresh-z`` the twenty-sixth,
``bench/fresh-aa`` the twenty-seventh, ``bench/fresh-ab`` the twenty-eighth, ``bench/fresh-ac`` the twenty-ninth,
``bench/fresh-ad`` the thirtieth, ``bench/fresh-ae`` the thirty-first, of bodies at real length,
``bench/fresh-af`` the thirty-second, ``bench/fresh-ag`` the thirty-third, of bodies at real length a second time,
``bench/fresh-ah`` the thirty-fourth, of class and publicity markers, ``bench/fresh-ai`` the thirty-fifth,
the common case at real length in a county of the west or north-east, ``bench/fresh-aj`` the thirty-sixth,
of class and publicity markers a second time, ``bench/fresh-ak`` the thirty-seventh,
of what the letter answers a second time, ``bench/fresh-al`` the thirty-eighth, of the documents a letter cites,
``bench/fresh-am`` the thirty-ninth, the common case at real length in an eastern coastal city,
``bench/fresh-an`` the fortieth, of the documents a letter cites a second time, ``bench/fresh-ao`` the forty-first,
of the documents a letter cites a third time, ``bench/fresh-ap`` the forty-second, of the documents a letter cites a
fourth time, ``bench/fresh-ar`` the forty-fourth, of the foot of the letter a second time, at real length,
``bench/fresh-as`` the forty-fifth, the common case at real length in a central-China city),
against the conventions of the corpus README (``shared/corpus/README.md``):

- the record's shape: id = folder name, the ``source`` record of a composed letter, known roles,
  every truth field;
- ``truth.paragraphs`` = the body/heading/closing blocks' texts in order, ``truth.headings`` = the
  heading blocks' texts (so headings ⊂ paragraphs);
- every truth string is printed in the blocks it comes from, modulo the README's normalisations
  (spaces removed, 文号 brackets as 〔〕, full/half-width folded): title, 文号, class marker,
  publicity, addressee, signer, contact, 抄送 recipients, cited documents, the proposal's congress,
  number, proposer and title (an addressee a web copy ran onto the title's line: in the title block);
  the ISO date is the reading of the printed date (``2023821`` where only one reading is a valid date;
  a website's ``2024/06/18``, ``2024.6.12`` or ``2024-7-5``; a date a web copy split over two lines, read
  whole); an element printed without a truth value is reported too;
- every 《…》 title printed is a cited document, the proposal itself, or an abbreviation
  (``以下简称《…》``) — listed for a second look, not an error;
- ``letter.json`` = ``make_ascii(letter-fw.json)``.

Exits 1 when a letter fails a check.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from make_ascii import ascii_letter, letter_dirs  # noqa: E402

ROLES = {"meta", "doc_number", "title", "addressee", "heading", "body", "closing", "signer", "date", "note",
         "cc", "attachment"}
TRUTH_KEYS = ["doc_number", "handling_type", "publicity", "title", "addressee", "signer", "date", "contact", "cc",
              "headings", "paragraphs", "cited_documents", "proposal"]
# How a composed letter's note begins: the set's ordinal and name, as the brief gives them ('Composed for govletter's
# ninety-fourth fresh check set (fresh-cp) after the pattern of published letters; not a published document. '; the
# first set's has neither, the long-body sets' say so: '(fresh-j, long bodies)').
NOTE_PREFIX_RE = re.compile(r"Composed for govletter's (?:[a-z]+(?:-[a-z]+)* )?fresh check set(?: \(fresh-[a-z]+(?:, [a-z ]+)?\))?"
                            r" after the pattern of published letters; not a published document. ")
PARAGRAPH_ROLES = ("body", "heading", "closing")
BRACKETS = str.maketrans({"[": "〔", "]": "〕", "【": "〔", "】": "〕", "﹝": "〔", "﹞": "〕", "(": "〔", ")": "〕",
                          "〖": "〔", "〗": "〕"})
CN_DIGITS = {"〇": 0, "○": 0, "0": 0, "O": 0, "Ｏ": 0, "О": 0, "零": 0,  # also a Latin or Cyrillic O typed for 〇
             "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
DATE_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?")  # also a typed '6月3号'
ISO_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
WEB_DATE_RE = re.compile(r"(\d{4})([./-])(\d{1,2})\2(\d{1,2})")  # a website's 2024/06/18, 2024.5.6 or 2024-7-5
CN_DATE_RE = re.compile(r"([〇○0OＯО零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日")
BARE_DATE_RE = re.compile(r"^(\d{4})(\d{2,4})$")  # a website dropped 年月日: 2023821, 20240816
TITLE_QUOTE_RE = re.compile(r"《([^《》]+)》")
ABBREVIATION_RE = re.compile(r"简称《([^《》]+)》")


def norm(text: str) -> str:
    """NFKC, no whitespace: how the corpus compares a truth string with the printed text."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def norm_number(text: str) -> str:
    return norm(text).translate(BRACKETS)


def _cn_number(text: str) -> int:
    if "十" in text:
        tens, _, units = text.partition("十")
        return (CN_DIGITS[tens] if tens else 1) * 10 + (CN_DIGITS[units] if units else 0)
    return CN_DIGITS[text]


def cn_numeral(n: int) -> str:
    """``n`` (0–999) in Chinese numerals, as a number is written in words: 1 一, 10 十, 21 二十一, 105 一百零五,
    110 一百一十, 127 一百二十七."""
    digits = "〇一二三四五六七八九"
    hundreds, rest = divmod(n, 100)
    if hundreds:
        tail = "" if not rest else ("零" + digits[rest] if rest < 10 else digits[rest // 10] + "十" + (digits[rest % 10] if rest % 10 else ""))
        return digits[hundreds] + "百" + tail
    tens, units = divmod(n, 10)
    return (digits[tens] if tens > 1 else "") + ("十" if tens else "") + (digits[units] if units or not tens else "")


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def read_date(text: str) -> str | None:
    """The ISO reading of a printed date, None where there is none or more than one."""
    if m := DATE_RE.search(text):
        y, mo, d = m.groups()
        return f"{int(y)}-{int(mo):02d}" + (f"-{int(d):02d}" if d else "")  # also full-width digits
    if m := ISO_RE.search(text):
        return m.group(0)
    if m := WEB_DATE_RE.search(unicodedata.normalize("NFKC", text)):
        y, _, mo, d = m.groups()
        return f"{y}-{int(mo):02d}-{int(d):02d}" if _valid(int(y), int(mo), int(d)) else None
    if m := CN_DATE_RE.search(text):
        y, mo, d = int("".join(str(CN_DIGITS[c]) for c in m.group(1))), _cn_number(m.group(2)), _cn_number(m.group(3))
        return f"{y}-{mo:02d}-{d:02d}" if _valid(y, mo, d) else None
    if m := BARE_DATE_RE.match(norm(text)):
        year, rest = int(m.group(1)), m.group(2)
        # month and day of one or two digits each, a zero only as padding ('20240816' = 8月16日)
        readings = {(int(rest[:i]), int(rest[i:])) for i in range(1, len(rest)) if max(i, len(rest) - i) <= 2}
        valid = [(mo, d) for mo, d in readings if _valid(year, mo, d)]
        if len(valid) == 1:
            return f"{year}-{valid[0][0]:02d}-{valid[0][1]:02d}"
    return None


def texts(letter: dict[str, Any], *roles: str) -> list[str]:
    return [b["text"] for b in letter["blocks"] if not roles or b["role"] in roles]


def check_letter(d: Path) -> tuple[list[str], list[str]]:
    """Errors and second-look notes for the letter in folder ``d``."""
    errors: list[str] = []
    notes: list[str] = []
    fw = json.loads((d / "letter-fw.json").read_text(encoding="utf-8"))
    web = json.loads((d / "letter.json").read_text(encoding="utf-8")) if (d / "letter.json").exists() else None
    if web != ascii_letter(fw):
        errors.append("letter.json is not make_ascii(letter-fw.json): run bench/fresh/make_ascii.py")
    if fw.get("id") != d.name:
        errors.append(f"id {fw.get('id')!r} is not the folder name")
    src = fw.get("source", {})
    if set(src) != {"url", "publisher", "note"} or src["url"] is not None or not NOTE_PREFIX_RE.match(src["note"]):
        errors.append("source must be {url: null, publisher, note: 'Composed for govletter's fresh check set…'}")
    if not isinstance(fw.get("complete"), bool):
        errors.append("complete must be true or false")
    for b in fw["blocks"]:
        if b["role"] not in ROLES or not b["text"] or b["text"] != b["text"].strip():
            errors.append(f"block {b!r}: unknown role, empty or untrimmed text")
    t = fw["truth"]
    if list(t) != TRUTH_KEYS:
        errors.append(f"truth keys {list(t)} are not {TRUTH_KEYS}")
        return errors, notes
    if t["paragraphs"] != texts(fw, *PARAGRAPH_ROLES):
        errors.append("paragraphs are not the body/heading/closing blocks' texts in order")
    if t["headings"] != texts(fw, "heading"):
        errors.append("headings are not the heading blocks' texts")

    everything = norm("".join(texts(fw)))

    def printed(label: str, value: str | None, *roles: str, number: bool = False) -> None:
        """``value`` is printed in the blocks of ``roles``; no value where no such block is printed."""
        where = texts(fw, *roles)
        if value is None:
            return
        f = norm_number if number else norm
        if not any(f(value) in f(w) for w in where) and f(value) not in f("".join(where)):
            errors.append(f"{label} {value!r} is not printed in the {'/'.join(roles) or 'letter'} blocks")

    printed("doc_number", t["doc_number"], "doc_number", "meta", "title", number=True)  # also '…的答复（X函〔2024〕1号）'
    if t["doc_number"] is None and texts(fw, "doc_number"):
        errors.append("a doc_number block is printed but truth.doc_number is null")
    printed("title", t["title"], "title", "meta")
    if t["title"] is None and texts(fw, "title"):
        errors.append("a title block is printed but truth.title is null")
    if t["title"] is not None and texts(fw, "title") and norm(t["title"]) != norm("".join(texts(fw, "title"))):
        notes.append(f"title differs from its joined blocks (a marker left out?): {t['title']}")
    # a web copy may run the 主送 onto the title's line: the addressee is then printed in a title block
    on_title_line = t["addressee"] is not None and not texts(fw, "addressee")
    printed("addressee", t["addressee"], "title" if on_title_line else "addressee")
    if t["addressee"] is None and texts(fw, "addressee"):
        errors.append("truth.addressee and the addressee blocks disagree on whether there is one")
    if t["addressee"] is not None and re.search(r"[:：]|[您你]好", t["addressee"]):
        errors.append(f"addressee {t['addressee']!r}: write it without its colon and the greeting glued to it")
    if t["signer"] is not None:
        for unit in t["signer"].split("、"):
            printed("signer", unit, "signer")
    elif texts(fw, "signer"):
        errors.append("a signer block is printed but truth.signer is null")
    if t["handling_type"] is not None:
        # (a class letter typed in lower case is the class: '分类：b' -> 'B')
        if not any(norm(t["handling_type"]).upper() in norm(w).upper() for w in texts(fw, "meta", "doc_number", "title")):
            errors.append(f"handling_type {t['handling_type']!r} is not printed in the meta/doc_number/title blocks")
        if t["handling_type"].endswith("类"):  # the class's code, as every set writes it: 'A' for '办理结果：A类'
            errors.append(f"handling_type {t['handling_type']!r}: write the code without 类")
    printed("publicity", t["publicity"], "meta", "note", "doc_number", "title")  # also "（A类　主动公开）"

    # also a date a web copy split over two lines ('2024年' / '6月3日'): the date blocks read together
    dates = list(dict.fromkeys(r for r in map(read_date, [*texts(fw, "date", "signer"), "".join(texts(fw, "date"))])
                               if r))
    if t["date"] is None:
        if dates:
            errors.append(f"truth.date is null but the letter prints {dates[0]}")
    elif t["date"] not in dates:
        errors.append(f"date {t['date']!r} is not the reading of the printed date ({dates or 'none read'})")

    if t["contact"] is not None:
        name, phone = t["contact"]["name"], t["contact"]["phone"]
        printed("contact phone", phone, "note", "body")
        printed("contact name", name, "note", "body")
        if name is None and phone is None:
            errors.append("contact is {name: null, phone: null}: write null")
    for item in t["cc"]:
        printed("cc", item, "cc")
    if texts(fw, "cc") and not t["cc"]:
        errors.append("a cc block is printed but truth.cc is empty")

    cited_titles = set()
    for doc in t["cited_documents"]:
        if doc["title"] is not None:
            cited_titles.add(norm(doc["title"]))
            if norm(f"《{doc['title']}》") not in everything:
                errors.append(f"cited title 《{doc['title']}》 is not printed")
        if doc["number"] is not None and norm_number(doc["number"]) not in norm_number("".join(texts(fw))):
            errors.append(f"cited number {doc['number']!r} is not printed")
        if doc["title"] is None and doc["number"] is None:
            errors.append("a cited document with neither title nor number")
    # in the order the title and then the body name them (where each title is printed)
    named = [everything.find(norm(f"《{d['title']}》")) for d in t["cited_documents"] if d["title"] is not None]
    if -1 not in named and named != sorted(named):
        errors.append("cited_documents are not in the order the title and body name them")

    p = t["proposal"]
    own = set()
    if p is not None:
        if p["kind"] not in ("建议", "提案", "议案"):
            errors.append(f"proposal.kind {p['kind']!r}")
        printed("proposal.congress", p["congress"])
        printed("proposal.title", p["title"])
        if p["title"] is not None:
            own.add(norm(p["title"]))
        if p["proposer"] is not None:
            for name in re.split(r"[、，]", p["proposer"].removesuffix("等")):
                printed("proposal.proposer", name)
        if p["number"] is not None and not isinstance(p["number"], int):
            errors.append(f"proposal.number {p['number']!r} is no integer: write null (Proposal.number is an "
                          "integer; number_raw keeps forms such as 'A056')")
        elif p["number"] is not None and not re.search(rf"(?<!\d)0*{p['number']}(?!\d)", everything) and (
                p["number"] > 999 or f"第{cn_numeral(p['number'])}号" not in everything):  # also '第一号议案'
            errors.append(f"proposal.number {p['number']} is not printed")
    abbreviations = set(ABBREVIATION_RE.findall(everything))
    for quoted in TITLE_QUOTE_RE.findall(everything):
        if quoted not in cited_titles | own | abbreviations:
            notes.append(f"《{quoted}》 is printed but neither cited, the proposal, nor an abbreviation")
    return errors, notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("root", nargs="?", type=Path, default=HERE, help="folder of <id>/letter-fw.json")
    dirs = letter_dirs(parser.parse_args(argv).root)
    failed = 0
    lengths: list[int] = []
    for d in dirs:
        errors, notes = check_letter(d)
        for n in notes:
            print(f"{d.name}: note: {n}")
        for e in errors:
            print(f"{d.name}: ERROR: {e}")
        failed += bool(errors)
        truth = json.loads((d / "letter-fw.json").read_text(encoding="utf-8"))["truth"]
        lengths.append(sum(len(p) for p in truth.get("paragraphs") or []))
    print(f"{len(dirs)} letters checked, {failed} with errors")
    if lengths:
        # the body lengths against the brief's spread (600–1800 characters, about a third in each band)
        bands = (sum(n < 600 for n in lengths), sum(600 <= n < 800 for n in lengths),
                 sum(800 <= n <= 1200 for n in lengths), sum(1200 < n <= 1800 for n in lengths),
                 sum(n > 1800 for n in lengths))
        print(f"body lengths: {bands[0]} under 600, {bands[1]} of 600–799, {bands[2]} of 800–1200, "
              f"{bands[3]} of 1201–1800, {bands[4]} over 1800 (min {min(lengths)}, max {max(lengths)})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
