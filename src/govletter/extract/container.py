"""Zip packages (.docx, .ofd) opened defensively, and their XML parsed without entities or DTDs.

A package is refused before any member is parsed when it could harm the reader:

* **zip bombs**: more than ``MAX_MEMBERS`` members, a member that inflates beyond ``MAX_MEMBER_BYTES``
  or more than ``MAX_RATIO`` times its compressed size, or members that together inflate beyond
  ``MAX_TOTAL_BYTES`` (sizes are counted as bytes come out, not taken from the headers, which lie);
* **path traversal**: a member named with an absolute path, a drive, a backslash or a ``..`` part
  (nothing is ever written to disk, but such a package was made to attack some reader);
* **XML attacks**: a DTD, entity declarations (billion laughs, quadratic blow-up) or external
  entities and references are refused by ``defusedxml``.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from ..errors import ExtractionError, InputError, LimitError

ZIP_MAGIC = b"PK\x03\x04"
MAX_MEMBERS = 10_000
MAX_MEMBER_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
MAX_RATIO = 100  # inflated / compressed, for members inflating beyond 1 MiB
_RATIO_FLOOR = 1024 * 1024


def zip_names(data: bytes | Path) -> list[str] | None:
    """The member names of a zip (its bytes, or a file: only the central directory is read), or None
    when it is no readable zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes) else data) as archive:
            return archive.namelist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return None


def _unsafe_name(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or "\\" in name or ".." in parts or (len(name) > 1 and name[1] == ":")


class Package:
    """A zip package whose members are read with every limit above checked."""

    def __init__(self, data: bytes, *, path: str | None, kind: str) -> None:
        self.path = path
        self.kind = kind
        self.total = 0
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
            raise ExtractionError(f"not a readable {kind} package ({exc})", path=path) from exc
        infos = self.zip.infolist()
        if len(infos) > MAX_MEMBERS:
            raise LimitError(f"the {kind} package has {len(infos):,} members, more than {MAX_MEMBERS:,}: refused "
                             "as a zip bomb", path=path)
        for info in infos:
            if _unsafe_name(info.filename):
                raise InputError(f"the {kind} package names a member {info.filename!r} outside the package (path "
                                 "traversal): refused", path=path)
        self.names = {info.filename for info in infos}

    def has(self, name: str) -> bool:
        return name in self.names

    def read(self, name: str) -> bytes:
        """A member's bytes, inflated at most up to the limits."""
        try:
            info = self.zip.getinfo(name)
        except KeyError:
            raise ExtractionError(f"the {self.kind} package lacks {name}", path=self.path) from None
        limit = min(MAX_MEMBER_BYTES, MAX_TOTAL_BYTES - self.total)
        out = bytearray()
        try:
            with self.zip.open(info) as member:
                while chunk := member.read(1 << 16):
                    out += chunk
                    if len(out) > limit:
                        raise LimitError(f"{name} in the {self.kind} package inflates beyond "
                                         f"{limit:,} bytes: refused as a zip bomb", path=self.path)
                    if len(out) > _RATIO_FLOOR and len(out) > MAX_RATIO * max(1, info.compress_size):
                        raise LimitError(f"{name} in the {self.kind} package inflates more than {MAX_RATIO} times "
                                         "its compressed size: refused as a zip bomb", path=self.path)
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as exc:
            raise ExtractionError(f"cannot read {name} from the {self.kind} package ({exc})", path=self.path) from exc
        self.total += len(out)
        return bytes(out)

    def xml(self, name: str) -> Any:
        """A member parsed as XML (the root element), refusing DTDs, entities and external references."""
        return parse_xml(self.read(name), name=name, path=self.path)

    def close(self) -> None:
        self.zip.close()

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def parse_xml(data: bytes, *, name: str, path: str | None) -> Any:
    import xml.etree.ElementTree as ET

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        return fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise InputError(f"{name} declares a DTD, entities or external references ({type(exc).__name__}): "
                         "refused (XML entity expansion and external entities are an attack)", path=path) from exc
    except ET.ParseError as exc:
        raise ExtractionError(f"{name} is not well-formed XML ({exc})", path=path) from exc
