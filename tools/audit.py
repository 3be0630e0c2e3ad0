"""Audit govletter's runtime dependencies, as installed, for known vulnerabilities: ``make audit``.

    .venv/bin/python tools/audit.py [--pip-audit .venv-audit/bin/pip-audit] [--extras ocr,dask,review]

The runtime set is what ``pip install govletter[ocr,dask,review]`` put into this environment:
govletter's requirements and its extras but ``dev``, followed down to every installed package they need,
at their installed versions; the dev tools (pytest, ruff, mypy, reportlab) are not in it. That
list, pinned, goes to pip-audit (kept in its own environment, so its own dependencies are not
audited), which asks the PyPI advisory service.

Exit status: 0 when no runtime package has a known vulnerability, 1 when one has (each is printed
with its advisory and the versions that fix it). When the advisory service cannot be reached (no
network, a mirror without PyPI's JSON API, pip-audit not installable) the audit says so and exits
0: an offline build is not a vulnerable one. Any other failure of pip-audit exits 2.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path

# What pip-audit prints when it cannot talk to the advisory service.
UNREACHABLE_RE = re.compile(
    r"ConnectionError|Max retries exceeded|NameResolutionError|Name or service not known|"
    r"Temporary failure in name resolution|Network is unreachable|timed out|ProxyError|SSLError|"
    r"Connection refused|Connection reset"
)
# Extras that only develop govletter: everything else it offers (ocr, dask, review, ...) runs for users.
DEV_EXTRAS = ("dev",)


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_extras(root: str = "govletter") -> tuple[str, ...]:
    """The extras ``root`` offers its users (all but ``DEV_EXTRAS``)."""
    offered = metadata.distribution(root).metadata.get_all("Provides-Extra") or []
    return tuple(e for e in offered if e not in DEV_EXTRAS)


def runtime_packages(root: str = "govletter", extras: tuple[str, ...] | None = None) -> dict[str, str]:
    """Installed distributions ``root`` needs at run time (with ``extras``, by default every extra but
    the dev one): canonical name -> version."""
    from packaging.requirements import Requirement

    if extras is None:
        extras = runtime_extras(root)
    found: dict[str, str] = {}
    todo: list[tuple[str, tuple[str, ...]]] = [(root, extras)]
    while todo:
        name, wanted = todo.pop()
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # an optional dependency that is not installed
        key = _canonical(dist.metadata["Name"])
        if key in found and not wanted:
            continue
        found[key] = dist.version
        for line in dist.requires or []:
            req = Requirement(line)
            needed = req.marker is None or any(req.marker.evaluate({"extra": e}) for e in ("", *wanted))
            if needed and (_canonical(req.name) not in found or req.extras):
                todo.append((req.name, tuple(req.extras)))
    found.pop(_canonical(root), None)  # govletter itself is not on the index
    return found


def verdict(returncode: int, stdout: str, stderr: str) -> tuple[int, str]:
    """(exit status, report) from a pip-audit run with ``--format json``."""
    try:
        report = json.loads(stdout)
    except ValueError:
        if UNREACHABLE_RE.search(stderr):
            reason = next((ln for ln in reversed(stderr.splitlines()) if UNREACHABLE_RE.search(ln)), "")
            return 0, f"audit: the advisory service could not be reached; nothing was audited (not failing): {reason[-300:]}"
        return 2, f"audit: pip-audit failed (exit {returncode}): {stderr.strip()[-1000:]}"
    deps = report.get("dependencies", [])
    vulnerable = [d for d in deps if d.get("vulns")]
    skipped = [d for d in deps if d.get("skip_reason")]
    lines = []
    for dep in vulnerable:
        for vuln in dep["vulns"]:
            aliases = ", ".join(vuln.get("aliases") or [])
            fixes = ", ".join(vuln.get("fix_versions") or []) or "none yet"
            lines.append(f"  {dep['name']} {dep.get('version', '?')}: {vuln['id']}"
                         f"{f' ({aliases})' if aliases else ''}; fixed in {fixes}")
    if vulnerable:
        return 1, "\n".join([f"audit: known vulnerabilities in {len(vulnerable)} runtime package(s):", *lines])
    if deps and len(skipped) == len(deps):
        return 0, (f"audit: the advisory service knew none of the {len(deps)} runtime packages (unreachable, or "
                   "a package mirror without PyPI's JSON API); nothing was audited (not failing)")
    note = f"; {len(skipped)} could not be audited: " + ", ".join(d["name"] for d in skipped) if skipped else ""
    return 0, f"audit: no known vulnerabilities in {len(deps) - len(skipped)} runtime packages{note}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--pip-audit", default=".venv-audit/bin/pip-audit", help="the pip-audit executable")
    parser.add_argument("--extras", default=None, help="govletter's extras to include, comma-separated "
                        "(default: all but dev)")
    parser.add_argument("--timeout", type=int, default=15, help="seconds per request to the advisory service")
    args = parser.parse_args(argv)
    if not Path(args.pip_audit).exists():
        print(f"audit: {args.pip_audit} is not installed (the package index was unreachable?); "
              "nothing was audited (not failing)")
        return 0
    extras = None if args.extras is None else tuple(e for e in args.extras.split(",") if e)
    packages = runtime_packages(extras=extras)
    with tempfile.TemporaryDirectory() as tmp:
        pins = Path(tmp) / "runtime.txt"
        pins.write_text("".join(f"{name}=={version}\n" for name, version in sorted(packages.items())))
        run = subprocess.run([args.pip_audit, "--requirement", str(pins), "--no-deps", "--disable-pip",
                              "--format", "json", "--progress-spinner", "off", "--timeout", str(args.timeout)],
                             capture_output=True, text=True)
    status, report = verdict(run.returncode, run.stdout, run.stderr)
    print(report)
    return status


if __name__ == "__main__":
    sys.exit(main())
