"""One flat record per letter: the columns of ``index.csv`` and of ``Letter.to_record()``.

Built from the letter's JSON (``Letter.model_dump(mode="json")``), so that ``convert`` can make it
from the per-file JSON without loading models, and a script gets the same from a ``Letter``. Lists
are joined with '；', numbers stay numbers, absent is ``None``.
"""

from __future__ import annotations

from typing import Any

Value = str | int | None

RECORD_COLUMNS = ("file", "doc_number", "date", "doc_type", "handling_type", "publicity", "proposal_kind",
                  "proposal_number", "proposer", "addressee", "signer", "contacts", "cc", "pages", "ocr_pages",
                  "warnings", "kind", "title", "keywords", "topic", "office", "office_level", "province", "city",
                  "county", "meeting_body", "meeting_level", "meeting_term", "meeting_session", "meeting_year", "proposers")
JOIN = "；"


def flat_record(data: dict[str, Any], file: str | None = None) -> dict[str, Value]:
    """The flat record of a letter's JSON; ``file`` defaults to ``source.path``."""
    source = data.get("source") or {}
    proposal = data.get("proposal") or {}
    office = data.get("office") or {}
    meeting = data.get("meeting") or {}
    contacts = JOIN.join(" ".join(x for x in (c.get("name"), c.get("phone")) if x) for c in data.get("contacts") or [])
    values: tuple[Value, ...] = (
        file if file is not None else source.get("path"),
        (data.get("doc_number") or {}).get("raw"), data.get("date"), data.get("doc_type"),
        (data.get("handling_type") or {}).get("code"), (data.get("publicity") or {}).get("raw"),
        proposal.get("kind"), proposal.get("number"), proposal.get("proposer"), data.get("addressee"),
        data.get("signer"), contacts or None, JOIN.join(data.get("cc") or []) or None, source.get("pages"),
        " ".join(str(p) for p in source.get("ocr_pages") or []) or None, len(data.get("warnings") or []),
        source.get("kind"),
        data.get("title"), JOIN.join(data.get("keywords") or []) or None, (data.get("topic") or {}).get("name"),
        office.get("name"), office.get("level"), office.get("province"), office.get("city"), office.get("county"),
        meeting.get("body"), meeting.get("level"), meeting.get("term"), meeting.get("session"), meeting.get("year"),
        JOIN.join(proposal.get("proposers") or []) or None,
    )
    return dict(zip(RECORD_COLUMNS, values, strict=True))
