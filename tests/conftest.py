"""Shared paths and helpers for the tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

TESTS = Path(__file__).parent
FIXTURES = TESTS / "fixtures"
CASES = TESTS / "cases"
CORPUS = TESTS.parent.parent / "shared" / "corpus" / "dev"


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def cases(name: str) -> list[Any]:
    """Rows of a case table ``tests/cases/<name>.json`` as pytest params named by their label."""
    rows = load_json(CASES / f"{name}.json")
    return [pytest.param(row, id=row["label"]) for row in rows]


@pytest.fixture(scope="session")
def seed_truth() -> dict[str, Any]:
    truth: dict[str, Any] = load_json(FIXTURES / "seed-letter.json")["truth"]
    return truth
