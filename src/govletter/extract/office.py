"""Old Word (.doc), WPS (.wps) and RTF files: converted to PDF by LibreOffice, when it is installed.

LibreOffice runs headless in a temporary folder with its own profile (so that runs in parallel do
not share one), under a time limit; its PDF is then read like any other.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import ExtractionError, InputError, LimitError

INSTALL_HINT = "apt-get install libreoffice-writer (or save it as .docx or PDF)"
_SUFFIXES = (".doc", ".dot", ".wps", ".wpt", ".rtf")


def soffice() -> str | None:
    """The LibreOffice program, if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def office_to_pdf(data: bytes, *, kind: str, path: str | None, timeout: float) -> bytes:
    """The PDF LibreOffice makes of an OLE (.doc/.wps) or RTF document."""
    program = soffice()
    if program is None:
        raise InputError(f"this is a {kind} document; reading it needs LibreOffice: {INSTALL_HINT}", path=path)
    suffix = Path(path).suffix.lower() if path and Path(path).suffix.lower() in _SUFFIXES else (
        ".rtf" if kind == "RTF" else ".doc")
    with tempfile.TemporaryDirectory(prefix="govletter-office-") as tmp:
        source = Path(tmp) / f"input{suffix}"
        source.write_bytes(data)
        profile = Path(tmp, "profile").as_uri()
        command = [program, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf",
                   "--outdir", tmp, str(source)]
        try:
            subprocess.run(command, capture_output=True, timeout=timeout or None, check=False,
                           env={**os.environ, "HOME": tmp})
        except subprocess.TimeoutExpired as exc:
            raise LimitError(f"LibreOffice took longer than {timeout:.0f} s to convert the {kind} document",
                             path=path) from exc
        except OSError as exc:
            raise ExtractionError(f"cannot run LibreOffice ({exc})", path=path) from exc
        pdf = Path(tmp) / "input.pdf"
        if not pdf.exists():
            raise ExtractionError(f"LibreOffice could not convert the {kind} document (damaged, or not a document)",
                                  path=path)
        return pdf.read_bytes()
