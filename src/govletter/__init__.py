"""govletter: Chinese government reply letters (答复的函) from PDFs and text into typed, checked data.

>>> import govletter
>>> letter = govletter.parse("reply.pdf")  # doctest: +SKIP
"""

from __future__ import annotations

from .api import ParseOptions, parse, parse_bytes, parse_pdf, parse_text
from .errors import (
    EncodingError,
    EncryptedError,
    ExtractionError,
    GovLetterError,
    InputError,
    StrictModeError,
)
from .models import Letter

__version__ = "0.1.0"

__all__ = [
    "EncodingError",
    "EncryptedError",
    "ExtractionError",
    "GovLetterError",
    "InputError",
    "Letter",
    "ParseOptions",
    "StrictModeError",
    "__version__",
    "parse",
    "parse_bytes",
    "parse_pdf",
    "parse_text",
]
