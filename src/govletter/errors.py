"""One exception tree for everything govletter raises on purpose.

Every error names the file (when there is one) and the cause, so that a batch log line is enough
to act on. Third-party exceptions are wrapped (``raise ExtractionError(...) from exc``).
"""

from __future__ import annotations


class GovLetterError(Exception):
    """Base of every error govletter raises on purpose."""

    def __init__(self, message: str, *, path: str | None = None, page: int | None = None) -> None:
        self.path = path
        self.page = page
        self.cause = message
        where = path or "<input>"
        if page is not None:
            where = f"{where}, page {page}"
        super().__init__(f"{where}: {message}")


class InputError(GovLetterError, ValueError):
    """The input cannot be read as a document: empty, unknown format, undecodable text."""


class EncodingError(InputError):
    """A text file whose encoding cannot be determined without producing mojibake."""


class ExtractionError(GovLetterError):
    """The PDF could not be read: corrupt, truncated, or refused by the PDF library."""


class EncryptedError(ExtractionError):
    """The PDF is encrypted and no (correct) password was given."""


class LimitError(GovLetterError):
    """The input exceeds a limit (pages, seconds, image pixels, file size); the limit is named."""


class StrictModeError(GovLetterError):
    """``strict=True`` was asked for and the parser had to warn."""


class CorrectionsError(InputError):
    """A corrections file (from ``govletter review``) that cannot be applied: not JSON, an unknown field,
    a value of the wrong type, a path outside the input folder. Nothing of it is applied."""
