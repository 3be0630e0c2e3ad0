"""Subject keywords (主题词): jieba segments the title, the proposal's title and the body; terms are
scored by where they occur (the titles weigh more) times their IDF in the shipped table.

jieba and its dictionary load on first use, once per process, quietly; the dictionary's cache goes
to ``$XDG_CACHE_HOME/govletter`` (or ``~/.cache/govletter``), or a temporary folder when that is
not writable. Nothing is downloaded: the user dictionary, the stop words and the IDF table are
package data (``catalogue/data/``; the IDF table is made by ``bench/build_idf.py``).
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import tempfile
import threading
import warnings
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..patterns import KEYWORD_NOISE_RE
from .office import is_place
from .shipped import data_text

MAX_KEYWORDS = 8
# Where a term occurs: a term of the title or the proposal's title is worth three of the body.
TITLE_WEIGHT = 3.0
BODY_WEIGHT = 1.0
# Only the start of a long body is segmented: the subject is stated there, and the time stays small.
BODY_CHARS = 1500

_lock = threading.Lock()
_segmenter: Segmenter | None = None


@dataclass(frozen=True)
class Segmenter:
    """jieba's tokenizer with the government dictionary, the stop words and the IDF table."""

    tokenizer: Any
    stop_words: frozenset[str]
    idf: dict[str, float]
    default_idf: float  # for a term the corpus never had: the largest IDF (rare, so telling)

    def terms(self, text: str) -> list[str]:
        """The candidate keywords of ``text`` in order (stop words, numbers and single characters dropped)."""
        return [t for t in self.tokenizer.lcut(text, HMM=False)
                if len(t) >= 2 and t not in self.stop_words and not KEYWORD_NOISE_RE.search(t)
                and not is_place(t)]


def cache_dir() -> Path:
    """A writable folder for govletter's caches: $XDG_CACHE_HOME/govletter, ~/.cache/govletter or a temp dir."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    for folder in (Path(base) / "govletter", Path(tempfile.gettempdir()) / f"govletter-{os.getuid()}"):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if os.access(folder, os.W_OK):
                return folder
        except OSError:
            continue
    return Path(tempfile.mkdtemp(prefix="govletter-"))


def read_idf(text: str) -> dict[str, float]:
    """The IDF table: one ``term<TAB>idf`` a line; lines starting with # are comments."""
    table: dict[str, float] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            term, _, value = line.partition("\t")
            table[term] = float(value)
    return table


def stop_words() -> frozenset[str]:
    return frozenset(w for line in data_text("stopwords.txt").splitlines() if not line.startswith("#")
                     for w in line.split())


def segmenter() -> Segmenter:
    """The process's segmenter, loaded on first use."""
    global _segmenter
    if _segmenter is not None:
        return _segmenter
    with _lock:
        if _segmenter is None:
            with warnings.catch_warnings():  # jieba imports pkg_resources, which warns it is deprecated
                warnings.simplefilter("ignore")
                import jieba

            jieba.setLogLevel(logging.WARNING)
            tokenizer = jieba.Tokenizer()
            tokenizer.tmp_dir = str(cache_dir())
            tokenizer.initialize()
            for line in data_text("userdict.txt").splitlines():
                parts = line.split()
                if parts and not parts[0].startswith("#"):
                    tokenizer.add_word(parts[0], int(parts[1]) if len(parts) > 1 else None,
                                       parts[2] if len(parts) > 2 else None)
            table: dict[str, float] = {}
            with contextlib.suppress(FileNotFoundError):
                table = read_idf(data_text("idf.tsv"))
            _segmenter = Segmenter(tokenizer=tokenizer, stop_words=stop_words(), idf=table,
                                   default_idf=max(table.values(), default=1.0))
        return _segmenter


def keywords(titles: Iterable[str | None], body: Iterable[str], *, exclude: Iterable[str] = (),
             limit: int = MAX_KEYWORDS) -> list[str]:
    """Up to ``limit`` subject terms, best first: TF (titles weighted) x IDF.

    ``exclude``: strings whose terms are no subject (the proposer's names, the addressee).
    """
    seg = segmenter()
    drop = {t for text in exclude for t in seg.terms(text)} | {text for text in exclude}
    score: dict[str, float] = defaultdict(float)
    first: dict[str, int] = {}
    position = 0
    for weight, texts in ((TITLE_WEIGHT, titles), (BODY_WEIGHT, [_head(body)])):
        for text in texts:
            if not text:
                continue
            for term in seg.terms(text):
                if term in drop:
                    continue
                score[term] += weight
                first.setdefault(term, position)
                position += 1
    ranked = sorted(score, key=lambda t: (-score[t] * seg.idf.get(t, seg.default_idf), first[t]))
    return _without_parts(ranked, limit)[:limit]


def _head(paragraphs: Iterable[str]) -> str:
    out: list[str] = []
    size = 0
    for text in paragraphs:
        out.append(text)
        size += len(text)
        if size >= BODY_CHARS:
            break
    return "\n".join(out)[:BODY_CHARS]


def _without_parts(ranked: list[str], limit: int) -> list[str]:
    """Drop a term that is part of another candidate near the top ('小区' beside '老旧小区'): the longer
    term says more."""
    top = ranked[: 3 * limit]
    return [term for term in ranked if not any(term in other and term != other for other in top)]


def idf_table(documents: list[str]) -> dict[str, float]:
    """IDF of every term in ``documents`` (smoothed: log((N + 1) / (df + 1)) + 1), for bench/build_idf.py."""
    seg = segmenter()
    df: dict[str, int] = defaultdict(int)
    for doc in documents:
        for term in set(seg.terms(doc)):
            df[term] += 1
    n = len(documents)
    return {term: round(math.log((n + 1) / (count + 1)) + 1, 4) for term, count in sorted(df.items())}
