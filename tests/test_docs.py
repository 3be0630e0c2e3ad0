"""The docs stay true: every model field and every CLI option is documented."""

from __future__ import annotations

import regex

from govletter.cli import _parser
from govletter.models import Letter

from .conftest import TESTS

DOCS = TESTS.parent / "docs"


def test_every_letter_field_is_in_model_md() -> None:
    text = (DOCS / "model.md").read_text(encoding="utf-8")
    missing = [name for name in Letter.model_fields if f"`{name}`" not in text]
    assert missing == []


def test_every_field_has_a_chinese_description() -> None:
    for name, info in Letter.model_fields.items():
        assert info.description and regex.search(r"\p{Han}", info.description), name


def test_every_cli_option_is_in_usage_md() -> None:
    text = (DOCS / "usage.md").read_text(encoding="utf-8")
    parser = _parser()
    options = {opt for action in parser._actions for opt in action.option_strings if opt.startswith("--")}
    sub = next(a for a in parser._actions if a.choices and isinstance(a.choices, dict))
    assert isinstance(sub.choices, dict)
    for name, subparser in sub.choices.items():
        assert f"govletter {name}" in text
        options |= {opt for action in subparser._actions for opt in action.option_strings if opt.startswith("--")}
    missing = sorted(opt for opt in options if opt not in text and opt != "--help")
    assert missing == []
