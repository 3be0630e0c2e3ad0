"""A PDF that names its CMap by a path (CVE-2025-64512 pattern) reads no file outside pdfminer's data."""

from __future__ import annotations

import gzip
import json
import os
import pickle
import sys
from pathlib import Path
from typing import Any

import pytest

import govletter
from govletter.extract.plumber import CMAP_NAME_RE, guard_cmaps

from .conftest import FIXTURES

sys.path.insert(0, str(FIXTURES / "bad"))
import make_bad  # type: ignore[import-not-found]


class _Marker:
    """Unpickling this writes a marker file: proof that a planted pickle ran."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __reduce__(self) -> tuple[Any, tuple[str, str]]:
        return (open, (str(self.path), "w"))


@pytest.fixture()
def planted(tmp_path: Path) -> tuple[Path, Path]:
    """A CMap planted outside pdfminer's data, as pickle (old pdfminer) and JSON (new): (its path, the marker)."""
    marker = tmp_path / "PWNED"
    with gzip.open(tmp_path / "evil.pickle.gz", "wb") as f:
        pickle.dump(_Marker(marker), f)
    with gzip.open(tmp_path / "evil.json.gz", "wt", encoding="utf-8") as f:
        json.dump({"CODE2CID": {"65": 1}, "IS_VERTICAL": False}, f)
    return tmp_path / "evil", marker


@pytest.mark.parametrize("form", ["absolute", "relative"])
@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_a_cmap_named_by_a_path_is_not_read(planted: tuple[Path, Path], tmp_path: Path, backend: str, form: str,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    evil, marker = planted
    name = str(evil) if form == "absolute" else "../" * 12 + str(evil).lstrip("/")
    pdf = tmp_path / "hostile.pdf"
    pdf.write_bytes(make_bad.cmap_by_path(name.encode()))
    looked_up: list[str] = []  # every file name pdfminer resolves or opens while reading
    real_open, real_realpath = gzip.open, os.path.realpath

    def spy_open(filename: Any, *args: Any, **kwargs: Any) -> Any:
        looked_up.append(str(filename))
        return real_open(filename, *args, **kwargs)

    def spy_realpath(filename: Any, *args: Any, **kwargs: Any) -> Any:
        looked_up.append(str(filename))
        return real_realpath(filename, *args, **kwargs)

    monkeypatch.setattr(gzip, "open", spy_open)
    monkeypatch.setattr(os.path, "realpath", spy_realpath)
    letter = govletter.parse(pdf, backend=backend)
    assert not marker.exists()
    # the name is refused before any file is looked for: no path built from it is even resolved
    assert not [p for p in looked_up if "evil" in p]
    # the page's ordinary text is read; the hostile font's glyphs are not
    assert "Text beside a font with a hostile CMap name" in " ".join(p.text for p in letter.body)
    assert letter.source.backend == backend


@pytest.mark.parametrize(("name", "plain"), [
    ("UniGB-UCS2-H", True), ("GBK-EUC-H", True), ("Adobe-GB1-UCS2", True), ("to-unicode-Adobe-GB1", True),
    ("/tmp/x/evil", False), ("../../evil", False), ("..", False), ("a\\b", False), ("evil\0", False), ("", False),
])
def test_cmap_names(name: str, plain: bool) -> None:
    assert bool(CMAP_NAME_RE.fullmatch(name)) is plain


def test_guarded_pdfminer_still_loads_its_own_cmaps() -> None:
    from pdfminer.cmapdb import CMapDB

    guard_cmaps()
    guard_cmaps()  # idempotent
    assert CMapDB.get_cmap("UniGB-UCS2-H").decode(b"\x4e\x2d") is not None
    with pytest.raises(CMapDB.CMapNotFound):
        CMapDB._load_data("../../../etc/passwd")
