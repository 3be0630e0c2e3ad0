"""Stage 5, the catalogue: subject keywords, topic, the office and the meeting normalised.

It runs after the elements, on the finished letter, and only adds fields (``keywords``, ``topic``,
``office``, ``meeting``, ``proposal.proposers``): what the elements found as printed stays as it was.
"""

from __future__ import annotations

from ..models import Letter
from ..patterns import PROPOSER_SPLIT_RE, PROPOSER_TAIL_RE
from .keywords import keywords
from .meeting import parse_meeting
from .office import office_of
from .topic import TOPICS, topic_of

__all__ = ["TOPICS", "catalogue", "proposers_of"]


def proposers_of(proposer: str | None) -> list[str]:
    """'王接班、邓青等' -> ['王接班', '邓青']; '胡某等5名代表' -> ['胡某']; a group stays whole."""
    if not proposer:
        return []
    names = [PROPOSER_TAIL_RE.sub("", part) for part in PROPOSER_SPLIT_RE.split(proposer)]
    return [name for name in names if name]


def catalogue(letter: Letter) -> Letter:
    """The letter with its catalogue fields filled in."""
    proposal = letter.proposal
    office = office_of(letter.signer, letter.title)
    meeting = parse_meeting(proposal.congress, letter.title) if proposal else None
    # names are no subject: the proposer, the addressee, the office and the places already catalogued
    exclude = [x for x in (proposal.proposer if proposal else None, letter.addressee, meeting and meeting.place,
                           office and office.name, office and office.raw, office and office.province,
                           office and office.city, office and office.county) if x]
    terms = keywords([letter.title, proposal.title if proposal else None],
                     (item.text for item in letter.body if item.kind != "closing"), exclude=exclude)
    update: dict[str, object] = {
        "keywords": terms,
        "topic": topic_of(office, terms),
        "office": office,
        "meeting": meeting,
    }
    if proposal is not None:
        update["proposal"] = proposal.model_copy(update={"proposers": proposers_of(proposal.proposer)})
    return letter.model_copy(update=update)
