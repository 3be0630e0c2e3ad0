"""The catalogue's package data (``catalogue/data/``): dictionary, stop words, IDF table, divisions."""

from __future__ import annotations

from importlib import resources


def data_text(name: str) -> str:
    return resources.files("govletter.catalogue").joinpath("data").joinpath(name).read_text(encoding="utf-8")
