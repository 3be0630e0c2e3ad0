"""govletter: Chinese government reply letters (答复的函) from PDFs and text into typed, checked data.

>>> import govletter
>>> letter = govletter.parse("reply.pdf")  # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import (
    EncodingError,
    EncryptedError,
    ExtractionError,
    GovLetterError,
    InputError,
    LimitError,
    StrictModeError,
)

if TYPE_CHECKING:
    from .api import ParseOptions, parse, parse_bytes, parse_pages, parse_pdf, parse_text
    from .batch import parse_many, read_output
    from .models import Letter

__version__ = "0.1.0"

__all__ = [
    "EncodingError",
    "EncryptedError",
    "ExtractionError",
    "GovLetterError",
    "InputError",
    "Letter",
    "LimitError",
    "ParseOptions",
    "StrictModeError",
    "__version__",
    "parse",
    "parse_bytes",
    "parse_many",
    "parse_pages",
    "parse_pdf",
    "parse_text",
    "read_output",
]

# The parser (pydantic models, compiled patterns) loads on first use, so that `import govletter`
# stays cheap for tools that only import it (a CLI's --help, a worker pool's start-up).
_LAZY = {"Letter": "models", "ParseOptions": "api", "parse": "api", "parse_bytes": "api", "parse_pages": "api",
         "parse_pdf": "api", "parse_text": "api", "parse_many": "batch", "read_output": "batch"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'govletter' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
