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


def _normal(text: str) -> str:
    return " ".join(text.replace("`", "").split())


def test_cli_md_matches_help() -> None:
    """Every command has a section in docs/cli.md naming each of its options with its --help text."""
    import argparse

    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    parser = _parser()
    sub = next(a for a in parser._actions if isinstance(a.choices, dict))
    assert isinstance(sub.choices, dict)
    for name, subparser in sub.choices.items():
        head = f"## `govletter {name}`"
        assert head in text, head
        section = text.split(head, 1)[1].split("\n## ", 1)[0]
        assert _normal(subparser.description or "") in _normal(section), name
        for action in subparser._actions:
            if isinstance(action, argparse._HelpAction):
                continue
            for option in action.option_strings:
                assert f"`{option}`" in section, (name, option)
            if not action.option_strings:
                assert f"`{action.metavar or action.dest}`" in section, (name, action.dest)
            assert _normal(action.help or "") in _normal(section), (name, action.help)
