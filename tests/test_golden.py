"""Golden regression over the whole development corpus and the composed sets in bench/ that were
read: every letter × every scored field × (the v0 PDF, the published text) against its truth.

Two tiers: ``test_dev_letter_against_truth`` covers the development corpus (a few seconds);
``test_composed_letter_against_truth`` the read composed sets (thousands of letters, minutes), marked
``composed`` so that ``pytest -m "not composed"`` leaves it out of a quick run. ``make test`` and CI
run both.

The misses the parser is known to make are listed, each with a reason, in
``tests/golden/known_misses.json``. The test fails when a field that was right goes wrong, and also
when a listed miss starts passing (so that the list stays true: remove it, or run
``tests/golden/update_known_misses.py``)."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest

import govletter
from govletter.evaluate import misses

from .conftest import CORPUS

KNOWN_MISSES = Path(__file__).parent / "golden" / "known_misses.json"
MODES = ("v0", "published")


# The development corpus (outside the repository) and the composed check sets in bench/ that have
# been read to find classes of variation (bench/fresh … bench/fresh-tz, bench/fresh-ue and bench/fresh-uf, but
# fresh-ai, fresh-am, fresh-as, fresh-aw, fresh-bl and fresh-bn);
# ids are unique across them.
# A set kept blind (its errors unread) is not listed here.
READ_SETS = ("fresh", "fresh-b", "fresh-c", "fresh-d", "fresh-e", "fresh-f", "fresh-g", "fresh-h", "fresh-i", "fresh-j",
             "fresh-k", "fresh-l", "fresh-m", "fresh-n", "fresh-o", "fresh-p", "fresh-q", "fresh-r", "fresh-s", "fresh-t",
             "fresh-u", "fresh-v", "fresh-w", "fresh-x", "fresh-y", "fresh-z",
             "fresh-aa", "fresh-ab", "fresh-ac", "fresh-ad", "fresh-ae", "fresh-af", "fresh-ag", "fresh-ah", "fresh-aj", "fresh-ak", "fresh-al", "fresh-an", "fresh-ao",
             "fresh-ap", "fresh-aq", "fresh-ar", "fresh-at", "fresh-au", "fresh-av", "fresh-ax",
             "fresh-ay", "fresh-az", "fresh-ba", "fresh-bb", "fresh-bc", "fresh-bd", "fresh-be", "fresh-bf", "fresh-bg",
             "fresh-bh", "fresh-bi", "fresh-bj", "fresh-bk", "fresh-bm", "fresh-bo", "fresh-bp", "fresh-bq", "fresh-br",
             "fresh-bs", "fresh-bt", "fresh-bu", "fresh-bv", "fresh-bw", "fresh-bx", "fresh-by", "fresh-bz",
             "fresh-ca", "fresh-cb", "fresh-cc", "fresh-cd", "fresh-ce", "fresh-cf", "fresh-cg", "fresh-ch",
             "fresh-ci", "fresh-cj", "fresh-ck", "fresh-cl", "fresh-cm", "fresh-cn", "fresh-co", "fresh-cp",
             "fresh-cq", "fresh-cr", "fresh-cs", "fresh-ct", "fresh-cu", "fresh-cv", "fresh-cw", "fresh-cx",
             "fresh-cy", "fresh-cz", "fresh-da", "fresh-db", "fresh-dc", "fresh-dd", "fresh-de", "fresh-df",
             "fresh-dg", "fresh-dh", "fresh-di", "fresh-dj", "fresh-dk", "fresh-dl", "fresh-dm", "fresh-dn",
             "fresh-do", "fresh-dp", "fresh-dq", "fresh-dr", "fresh-ds", "fresh-dt", "fresh-du", "fresh-dv",
             "fresh-dw", "fresh-dx", "fresh-dy", "fresh-dz", "fresh-ea", "fresh-eb", "fresh-ec", "fresh-ed",
             "fresh-ee", "fresh-ef", "fresh-eg", "fresh-eh", "fresh-ei", "fresh-ej", "fresh-ek", "fresh-el",
             "fresh-em", "fresh-en", "fresh-eo", "fresh-ep", "fresh-eq", "fresh-er", "fresh-es", "fresh-et",
             "fresh-eu", "fresh-ev", "fresh-ew", "fresh-ex", "fresh-ey", "fresh-ez", "fresh-fa", "fresh-fb",
             "fresh-fc", "fresh-fd", "fresh-fe", "fresh-ff", "fresh-fg", "fresh-fh", "fresh-fi", "fresh-fj",
             "fresh-fk", "fresh-fl", "fresh-fm", "fresh-fn", "fresh-fo", "fresh-fp", "fresh-fq", "fresh-fr",
             "fresh-fs", "fresh-ft", "fresh-fu", "fresh-fv", "fresh-fw", "fresh-fx", "fresh-fy", "fresh-fz",
             "fresh-ga", "fresh-gb", "fresh-gc", "fresh-gd", "fresh-ge", "fresh-gf", "fresh-gg", "fresh-gh",
             "fresh-gi", "fresh-gj", "fresh-gk", "fresh-gl", "fresh-gm", "fresh-gn", "fresh-go", "fresh-gp",
             "fresh-gq", "fresh-gr", "fresh-gs", "fresh-gt", "fresh-gu", "fresh-gv", "fresh-gw", "fresh-gx",
             "fresh-gy", "fresh-gz", "fresh-ha", "fresh-hb", "fresh-hc", "fresh-hd", "fresh-he", "fresh-hf",
             "fresh-hg", "fresh-hh", "fresh-hi", "fresh-hj", "fresh-hk", "fresh-hl", "fresh-hm", "fresh-hn",
             "fresh-ho", "fresh-hp", "fresh-hq", "fresh-hr", "fresh-hs", "fresh-ht", "fresh-hu", "fresh-hv",
             "fresh-hw", "fresh-hx", "fresh-hy", "fresh-hz", "fresh-ia", "fresh-ib", "fresh-ic", "fresh-id",
             "fresh-ie", "fresh-if", "fresh-ig", "fresh-ih", "fresh-ii", "fresh-ij", "fresh-ik", "fresh-il",
             "fresh-im", "fresh-in", "fresh-io", "fresh-ip", "fresh-iq", "fresh-ir", "fresh-is", "fresh-it",
             "fresh-iu", "fresh-iv", "fresh-iw", "fresh-ix", "fresh-iy", "fresh-iz", "fresh-ja", "fresh-jb",
             "fresh-jc", "fresh-jd", "fresh-je", "fresh-jf", "fresh-jg", "fresh-jh", "fresh-ji", "fresh-jj",
             "fresh-jk", "fresh-jl", "fresh-jm", "fresh-jn", "fresh-jo", "fresh-jp", "fresh-jq", "fresh-jr",
             "fresh-js", "fresh-jt", "fresh-ju", "fresh-jv", "fresh-jw", "fresh-jx", "fresh-jy", "fresh-jz",
             "fresh-ka", "fresh-kb", "fresh-kc", "fresh-kd", "fresh-ke", "fresh-kf", "fresh-kg", "fresh-kh",
             "fresh-ki", "fresh-kj", "fresh-kk", "fresh-kl", "fresh-km", "fresh-kn", "fresh-ko", "fresh-kp",
             "fresh-kq", "fresh-kr", "fresh-ks", "fresh-kt", "fresh-ku", "fresh-kv", "fresh-kw", "fresh-kx",
             "fresh-ky", "fresh-kz", "fresh-la", "fresh-lb",
             "fresh-lc", "fresh-ld", "fresh-le", "fresh-lf", "fresh-lg", "fresh-lh", "fresh-li", "fresh-lj",
             "fresh-lk", "fresh-ll", "fresh-lm", "fresh-ln",
             "fresh-lo", "fresh-lp", "fresh-lq", "fresh-lr",
             "fresh-ls", "fresh-lt", "fresh-lu", "fresh-lv",
             "fresh-lw", "fresh-lx", "fresh-ly", "fresh-lz",
             "fresh-ma", "fresh-mb", "fresh-mc", "fresh-md", "fresh-me", "fresh-mf", "fresh-mg", "fresh-mh",
             "fresh-mi", "fresh-mj", "fresh-mk", "fresh-ml", "fresh-mm", "fresh-mn", "fresh-mo", "fresh-mp",
             "fresh-mq", "fresh-mr", "fresh-ms", "fresh-mt", "fresh-mu", "fresh-mv", "fresh-mw", "fresh-mx",
             "fresh-my", "fresh-mz", "fresh-na", "fresh-nb", "fresh-nc", "fresh-nd", "fresh-ne", "fresh-nf",
             "fresh-ng", "fresh-nh", "fresh-ni", "fresh-nj", "fresh-nk", "fresh-nl", "fresh-nm", "fresh-nn",
             "fresh-no", "fresh-np", "fresh-nq", "fresh-nr", "fresh-ns", "fresh-nt", "fresh-nu", "fresh-nv",
             "fresh-nw", "fresh-nx", "fresh-ny", "fresh-nz", "fresh-oa", "fresh-ob", "fresh-oc", "fresh-od",
             "fresh-oe", "fresh-of", "fresh-og", "fresh-oh", "fresh-oi", "fresh-oj", "fresh-ok", "fresh-ol",
             "fresh-om", "fresh-on", "fresh-oo", "fresh-op", "fresh-oq", "fresh-or", "fresh-os", "fresh-ot",
             "fresh-ou", "fresh-ov", "fresh-ow", "fresh-ox", "fresh-oy", "fresh-oz", "fresh-pa", "fresh-pb",
             "fresh-pc", "fresh-pd", "fresh-pe", "fresh-pf",
             "fresh-pg", "fresh-ph", "fresh-pi", "fresh-pj", "fresh-pk", "fresh-pl", "fresh-pm", "fresh-pn",
             "fresh-po", "fresh-pp", "fresh-pq", "fresh-pr", "fresh-ps", "fresh-pt", "fresh-pu", "fresh-pv",
             "fresh-pw", "fresh-px", "fresh-py", "fresh-pz", "fresh-qa", "fresh-qb", "fresh-qc", "fresh-qd",
             "fresh-qe", "fresh-qf", "fresh-qg", "fresh-qh", "fresh-qi", "fresh-qj", "fresh-qk", "fresh-ql",
             "fresh-qm", "fresh-qn", "fresh-qo", "fresh-qp", "fresh-qq", "fresh-qr", "fresh-qs", "fresh-qt",
             "fresh-qu", "fresh-qv", "fresh-qw", "fresh-qx", "fresh-qy", "fresh-qz", "fresh-ra", "fresh-rb",
             "fresh-rc", "fresh-rd", "fresh-re", "fresh-rf", "fresh-rg", "fresh-rh", "fresh-ri", "fresh-rj",
             "fresh-rk", "fresh-rl", "fresh-rm", "fresh-rn", "fresh-ro", "fresh-rp", "fresh-rq", "fresh-rr",
             "fresh-rs", "fresh-rt", "fresh-ru", "fresh-rv", "fresh-rw", "fresh-rx", "fresh-ry", "fresh-rz",
             "fresh-sa", "fresh-sb", "fresh-sc", "fresh-sd", "fresh-se", "fresh-sf", "fresh-sg", "fresh-sh",
             "fresh-si", "fresh-sj", "fresh-sk", "fresh-sl", "fresh-sm", "fresh-sn", "fresh-so", "fresh-sp",
             "fresh-sq", "fresh-sr", "fresh-ss", "fresh-st", "fresh-su", "fresh-sv", "fresh-sw", "fresh-sx",
             "fresh-sy", "fresh-sz", "fresh-ta", "fresh-tb", "fresh-tc", "fresh-td", "fresh-te", "fresh-tf",
             "fresh-tg", "fresh-th", "fresh-ti", "fresh-tj", "fresh-tk", "fresh-tl", "fresh-tm", "fresh-tn",
             "fresh-to", "fresh-tp", "fresh-tq", "fresh-tr", "fresh-ts", "fresh-tt", "fresh-tu", "fresh-tv",
             "fresh-tw", "fresh-tx", "fresh-ty", "fresh-tz", "fresh-ue", "fresh-uf")
SETS = (CORPUS, *(Path(__file__).parents[1] / "bench" / name for name in READ_SETS))


@functools.cache
def _folders() -> dict[str, Path]:
    return {p.name: p for root in SETS if root.is_dir() for p in root.iterdir() if (p / "letter.json").exists()}


def corpus_ids() -> list[str]:
    """Every letter the golden test reads: the development corpus and the read composed sets."""
    return sorted(_folders())


def dev_ids() -> list[str]:
    return sorted(name for name, folder in _folders().items() if folder.parent == CORPUS)


def composed_ids() -> list[str]:
    return sorted(name for name, folder in _folders().items() if folder.parent != CORPUS)


def _known() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(KNOWN_MISSES.read_text(encoding="utf-8"))
    return data


def current_misses(letter_id: str, mode: str) -> dict[str, str]:
    folder = _folders()[letter_id]
    data = json.loads((folder / "letter.json").read_text(encoding="utf-8"))
    if mode == "v0":
        letter = govletter.parse(folder / "v0.pdf")
    else:
        letter = govletter.parse_text("\n".join(b["text"] for b in data["blocks"]))
    return misses(letter, data["truth"])


def _check_letter(letter_id: str, mode: str) -> None:
    now = current_misses(letter_id, mode)
    listed = {key.split(" ", 1)[1] for key, entry in _known().items()
              if key.split(" ", 1)[0] == letter_id and mode in entry["modes"]}
    regressed = {name: now[name] for name in sorted(set(now) - listed)}
    assert not regressed, f"{letter_id} ({mode}): fields that were right are wrong now: {regressed}"
    fixed = sorted(listed - set(now))
    assert not fixed, (f"{letter_id} ({mode}): listed as known misses but right now: {fixed}; remove them "
                       "from tests/golden/known_misses.json")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("letter_id", dev_ids())
def test_dev_letter_against_truth(letter_id: str, mode: str) -> None:
    _check_letter(letter_id, mode)


@pytest.mark.composed
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("letter_id", composed_ids())
def test_composed_letter_against_truth(letter_id: str, mode: str) -> None:
    _check_letter(letter_id, mode)


def test_every_known_miss_has_a_reason() -> None:
    known = _known()
    ids = set(corpus_ids())
    for key, entry in known.items():
        assert entry["reason"] and entry["reason"] != "TODO", f"{key}: a known miss needs a reason"
        assert set(entry["modes"]) <= set(MODES), key
        if ids:
            assert key.split(" ", 1)[0] in ids, f"{key}: no such letter in the corpus"
