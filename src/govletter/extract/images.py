"""Page images: PNG, JPEG, TIFF (one or many pages, any compression Pillow reads), BMP and WebP.

Each image (or TIFF frame) is one page, read by the OCR page source like a rendered PDF scan. The
resolution comes from the file (its dpi tag) where that gives a plausible paper size, else from the
pixel size taken as A4. Limits: ``max_pixels`` per page (checked from the header, before decoding;
Pillow's own decompression-bomb check too), ``max_pages`` over all frames, and the deadline between
pages.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable, Sequence
from typing import Any

from ..errors import ExtractionError, InputError, LimitError
from .base import Document, Note, Page

# (magic at offset 0, format name); WebP is RIFF....WEBP
IMAGE_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"BM", "BMP"),
)
A4_LONG_PT = 842.0  # the long side of A4 (297 mm) in points
# A file's dpi is believed when it makes the page's long side a paper size between A6 and A2.
PLAUSIBLE_LONG_MM = (140.0, 600.0)
# Pages are OCRed at no more than this resolution: more costs time and reads no better.
MAX_OCR_DPI = 300


def image_format(head: bytes) -> str | None:
    """'PNG', 'JPEG', 'TIFF', 'BMP' or 'WEBP' from the first bytes; None for anything else."""
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    for magic, name in IMAGE_MAGIC:
        if head.startswith(magic):
            # 'BM' alone is too short a magic: a BMP header also names its own size and offset
            if name == "BMP" and not (len(head) >= 26 and head[14] in (12, 40, 52, 56, 64, 108, 124)):
                continue
            return name
    return None


def px_per_pt(size: tuple[int, int], dpi: Any) -> float:
    """Pixels per PDF point: from the file's dpi when plausible, else the long side taken as A4."""
    long_side = max(size)
    try:
        x = float(dpi[0]) if dpi else 0.0
    except (TypeError, ValueError, IndexError):
        x = 0.0
    if x > 0:
        long_mm = long_side / x * 25.4
        if PLAUSIBLE_LONG_MM[0] <= long_mm <= PLAUSIBLE_LONG_MM[1]:
            return x / 72
    return long_side / A4_LONG_PT


def _open(data: bytes, path: str | None, max_pixels: int) -> Any:
    try:
        from PIL import Image
    except ImportError:
        from .ocr import INSTALL_HINT

        raise ExtractionError(f"an image is read by OCR and {INSTALL_HINT}", path=path) from None
    try:
        with warnings.catch_warnings():  # the size is checked against max_pixels before decoding
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError as exc:
        raise LimitError(f"the image is a decompression bomb ({exc})", path=path) from exc
    except Exception as exc:  # Pillow raises many types for a broken file
        raise ExtractionError(f"not a readable image ({type(exc).__name__}: {exc})", path=path) from exc
    return image


def _check_pixels(image: Any, max_pixels: int, path: str | None, number: int) -> None:
    w, h = image.size
    if max_pixels and w * h > max_pixels:
        raise LimitError(f"the image is {w} × {h} pixels, more than the limit of {max_pixels:,} (max_pixels=…)",
                         path=path, page=number)


def _as_bgr(frame: Any, scale: float) -> tuple[Any, float]:
    """A frame upright by its EXIF orientation, on white where transparent, as a BGR array; and its
    pixels per point (``scale``) after any downscaling to ``MAX_OCR_DPI``."""
    import numpy as np
    from PIL import Image, ImageOps

    frame = ImageOps.exif_transpose(frame)
    if frame.mode in ("RGBA", "LA", "PA") or (frame.mode == "P" and "transparency" in frame.info):
        rgba = frame.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        frame = Image.alpha_composite(white, rgba)
    frame = frame.convert("RGB")
    if scale * 72 > MAX_OCR_DPI:
        factor = MAX_OCR_DPI / (scale * 72)
        frame = frame.resize((max(1, round(frame.width * factor)), max(1, round(frame.height * factor))),
                             Image.Resampling.LANCZOS)
        scale *= factor
    return np.ascontiguousarray(np.asarray(frame)[:, :, ::-1]), scale


def _decode(image: Any, path: str | None, number: int, max_pixels: int, width_pt: float | None) -> tuple[Any, float]:
    """The current frame as a BGR array and its pixels per point, every limit checked first."""
    from PIL import Image

    try:
        _check_pixels(image, max_pixels, path, number)
        scale = image.size[0] / width_pt if width_pt else px_per_pt(image.size, image.info.get("dpi"))
        return _as_bgr(image, scale)
    except (LimitError, InputError):
        raise
    except Image.DecompressionBombError as exc:
        raise LimitError(f"the image is a decompression bomb ({exc})", path=path, page=number) from exc
    except Exception as exc:
        raise ExtractionError(f"cannot decode the image ({type(exc).__name__}: {exc})", path=path,
                              page=number) from exc


def page_image(data: bytes, *, path: str | None, number: int, max_pixels: int, width_pt: float) -> tuple[Any, float]:
    """An image that fills a page ``width_pt`` points wide (a scanned OFD page) as BGR and its scale."""
    with _open(data, path, max_pixels) as image:
        return _decode(image, path, number, max_pixels, width_pt)


def read_images(sources: Sequence[tuple[bytes, str | None]], *, max_pages: int = 0, max_pixels: int = 0,
                check: Callable[[str | None, int | None], None] | None = None) -> Document:
    """Page images (each source one image or a multi-page TIFF), in order, as one letter's pages.

    ``check(path, page)`` is called before each page (the deadline).
    """
    from .ocr import engine, ocr_page

    engine()  # fail early, with the install hint, before decoding anything
    pages: list[Page] = []
    notes: list[Note] = []
    opened: list[tuple[Any, str | None]] = []
    frames = 0
    for data, path in sources:
        image = _open(data, path, max_pixels)
        opened.append((image, path))
        frames += getattr(image, "n_frames", 1)
    if max_pages and frames > max_pages:
        where = opened[0][1] if len(opened) == 1 else None
        raise LimitError(f"the images have {frames} pages, more than the limit of {max_pages} (max_pages=… or "
                         "--max-pages; 0 for none)", path=where)
    for image, path in opened:
        with image:
            for index in range(getattr(image, "n_frames", 1)):
                number = len(pages) + 1
                if check is not None:
                    check(path, number)
                try:
                    image.seek(index)
                except Exception as exc:
                    raise ExtractionError(f"cannot read frame {index + 1} of the image ({exc})", path=path,
                                          page=number) from exc
                bgr, scale = _decode(image, path, number, max_pixels, None)
                page, noted = ocr_page(bgr, scale, number)
                pages.append(page)
                notes.extend(noted)
    if check is not None:
        check(None, None)
    return Document(kind="image", pages=pages, backend="ocr", page_count=len(pages),
                    ocr_pages=[p.number for p in pages], warnings=notes)
