"""``make audit`` (tools/audit.py): the runtime set, and what pip-audit's answers make of the build."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "tools"))
import audit

# pip-audit --format json, as it reports the CVE-2025-64512 fix of pdfminer.six
VULNERABLE = json.dumps({"dependencies": [
    {"name": "pdfminer-six", "version": "20250506", "vulns": [
        {"id": "GHSA-wf5f-4jwr-ppcp", "fix_versions": ["20251107"], "aliases": ["CVE-2025-64512"],
         "description": "Arbitrary code execution via a crafted PDF"}]},
    {"name": "regex", "version": "2026.11.19", "vulns": []}], "fixes": []})
CLEAN = json.dumps({"dependencies": [{"name": "pdfminer-six", "version": "20260107", "vulns": []},
                                     {"name": "regex", "version": "2026.11.19", "vulns": []}], "fixes": []})
NOT_ON_INDEX = json.dumps({"dependencies": [
    {"name": "pdfminer-six", "skip_reason": "Dependency not found on PyPI and could not be audited: pdfminer-six (20260107)"},
    {"name": "regex", "skip_reason": "Dependency not found on PyPI and could not be audited: regex (2026.11.19)"}],
    "fixes": []})
OFFLINE = ("Traceback (most recent call last):\n  ...\nrequests.exceptions.ConnectionError: HTTPSConnectionPool("
           "host='pypi.org', port=443): Max retries exceeded with url: /pypi/regex/2026.11.19/json (Caused by "
           "NameResolutionError(\"Failed to resolve 'pypi.org' ([Errno -2] Name or service not known)\"))\n")


def test_the_runtime_set_is_what_govletter_needs_installed() -> None:
    packages = audit.runtime_packages()
    from importlib.metadata import version

    assert packages["pdfminer-six"] == version("pdfminer.six")
    assert {"pdfplumber", "pypdfium2", "pydantic", "pydantic-core", "regex", "rapidocr", "onnxruntime"} <= set(packages)
    assert not {"pytest", "ruff", "mypy", "reportlab", "hypothesis", "govletter"} & set(packages)
    assert "rapidocr" not in audit.runtime_packages(extras=())
    assert "dev" not in audit.runtime_extras() and {"ocr", "dask", "review"} <= set(audit.runtime_extras())


@pytest.mark.parametrize(("rc", "out", "err", "status", "says"), [
    (1, VULNERABLE, "", 1, "pdfminer-six 20250506: GHSA-wf5f-4jwr-ppcp (CVE-2025-64512); fixed in 20251107"),
    (0, CLEAN, "", 0, "no known vulnerabilities in 2 runtime packages"),
    (0, NOT_ON_INDEX, "", 0, "knew none of the 2 runtime packages"),
    (1, "", OFFLINE, 0, "could not be reached"),
    (2, "", "pip-audit: error: unrecognized arguments: --bogus", 2, "pip-audit failed"),
], ids=["vulnerable", "clean", "mirror-without-json-api", "offline", "broken"])
def test_verdict(rc: int, out: str, err: str, status: int, says: str) -> None:
    got, report = audit.verdict(rc, out, err)
    assert got == status
    assert says in report


def test_make_audit_fails_on_a_vulnerable_runtime_package(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """End to end with a stand-in pip-audit that answers as the advisory service would."""
    fake = tmp_path / "pip-audit"
    (tmp_path / "answer.json").write_text(VULNERABLE)
    fake.write_text(f"#!/bin/sh\ncat {tmp_path / 'answer.json'}\nexit 1\n")
    fake.chmod(0o755)
    assert audit.main(["--pip-audit", str(fake)]) == 1
    assert "CVE-2025-64512" in capsys.readouterr().out
    assert audit.main(["--pip-audit", str(tmp_path / "missing")]) == 0
    assert "nothing was audited" in capsys.readouterr().out
