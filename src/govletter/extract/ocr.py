"""OCR of pages without a usable text layer, offline, into the same glyphs as a text layer.

Engine: RapidOCR (PP-OCR detection and recognition models on onnxruntime). Its wheel ships the
models, so nothing is downloaded at run time; on a 200-dpi scan it reads Chinese at about 1.7% CER
against about 5.7% for Debian's tesseract chi_sim. It lives behind the optional extra
``govletter[ocr]`` and is loaded once per process, on the first page that needs it, with one
onnxruntime thread (parallelism comes from worker processes, one page or file each).

A page source like the PDF backends: it takes a page image (a PDF page rendered by ``render``, or a
page of an image file read by ``images``), cleans it (red seal ink removed, turned upright,
de-skewed), reads it, and spreads each recognised line into per-character glyphs over its box, so
that ``glyphs_to_lines`` and every later stage treat it exactly like a text layer.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from typing import Any

from ..errors import ExtractionError
from ..normalize import ocr_repair, text_width
from .base import Note, Page
from .glyphs import Glyph, glyphs_to_lines

# A recognised line below this confidence is reported in a warning.
LOW_CONFIDENCE = 0.8
# A page whose lines average below this may have been read upside down: it is read the other way
# too and the better reading kept. (Upright print reads at 0.95 and more; upside down, 0.6-0.8.)
UPSIDE_DOWN_SCORE = 0.85
# How steeply a seal's red is stretched from its own level over paper (white) towards black.
SEAL_STRETCH = 3.0
_DET_SIDE = 960  # detector input: longest side in pixels (recognition dominates the cost)
# A page whose recognised lines still lean by more than this (degrees) after de-skewing is turned
# by that much and read again (see ``residual_skew``).
RESIDUAL_SKEW = 0.5

_engine: Any = None
_lock = threading.Lock()

INSTALL_HINT = "OCR needs the optional extra: pip install 'govletter[ocr]' (RapidOCR and onnxruntime)"


def engine() -> Any:
    """The process's RapidOCR engine, created on first use."""
    global _engine
    with _lock:
        if _engine is None:
            try:
                from rapidocr import RapidOCR
            except ImportError:
                raise ExtractionError(f"this page has no text layer and {INSTALL_HINT}") from None
            _engine = RapidOCR(params={
                "Global.log_level": "critical",
                "Global.use_cls": False,  # orientation is settled for the whole page below
                "EngineConfig.onnxruntime.intra_op_num_threads": 1,
                "EngineConfig.onnxruntime.inter_op_num_threads": 1,
                "EngineConfig.onnxruntime.enable_cpu_mem_arena": True,
                # one line at a time: batches pad every line to the widest, which costs more than it saves
                "Rec.rec_batch_num": 1,
                "Det.limit_type": "max",
                "Det.limit_side_len": _DET_SIDE,
            })
        return _engine


@dataclass
class OcrLine:
    text: str
    box: tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points
    score: float
    lean: float = 0.0  # degrees the detector's box of the line rises (-) or falls (+) to the right


@dataclass
class OcrPage:
    lines: list[OcrLine]
    rotation: int  # degrees the page was turned to read it upright
    skew: float  # degrees of skew corrected

    @property
    def mean_score(self) -> float:
        total = sum(len(line.text) for line in self.lines)
        return sum(line.score * len(line.text) for line in self.lines) / total if total else 0.0


def clean(image: Any) -> Any:
    """Red and pink seal ink to near white, black text under a seal kept black; grey out."""
    import cv2
    import numpy as np

    img = image[:, :, :3].astype(np.int16)
    b, g, r = img[:, :, 0], img[:, :, 1], img[:, :, 2]
    seal = (r > 110) & (r - g > 45) & (r - b > 35)
    gray = cv2.cvtColor(image[:, :, :3], cv2.COLOR_BGR2GRAY)
    if not seal.any():
        return gray
    # red ink passes the red channel: there a seal over paper is light, and black text under a seal,
    # dimmed by the ink, mid grey. The seal's own level over paper (most of its pixels: the upper
    # quartile of their red) is taken as white and the rest stretched from it, so the seal's ring and
    # star vanish (a faint ring beside the date once cut a figure off its line: '024年8月1日') and the
    # text under it comes back black.
    paper = float(np.percentile(r[seal], 75))
    gray[seal] = np.clip(255 - SEAL_STRETCH * (paper - r[seal]), 0, 255).astype(gray.dtype)
    return gray


def _ink(gray: Any, side: int = 800) -> tuple[Any, float]:
    """A small binary ink map of the page and its scale to the full image."""
    import cv2

    h, w = gray.shape[:2]
    f = side / max(h, w)
    small = cv2.resize(gray, (max(1, int(w * f)), max(1, int(h * f))), interpolation=cv2.INTER_AREA)
    _, ink = cv2.threshold(small, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    return ink, f


def _profile_sharpness(ink: Any) -> float:
    """How strongly the ink falls into horizontal bands (text lines) rather than spreading evenly."""
    import numpy as np

    rows = ink.sum(axis=1).astype(np.float64)
    return float(rows.var() / (rows.mean() ** 2 + 1e-9))


def upright_candidates(gray: Any) -> list[int]:
    """Clockwise turns to try, best first: lines run across the page in 0/180, down it in 90/270."""
    import numpy as np

    ink, _ = _ink(gray)
    across = _profile_sharpness(ink)
    down = _profile_sharpness(np.ascontiguousarray(ink.T))
    return [0, 180, 90, 270] if across >= down else [90, 270, 0, 180]


def skew_angle(gray: Any, limit: float = 5.0, step: float = 0.25) -> float:
    """The small rotation (degrees) that makes the text lines sharpest."""
    import cv2
    import numpy as np

    ink, _ = _ink(gray)
    if ink.sum() == 0:
        return 0.0
    h, w = ink.shape
    center = (w / 2, h / 2)
    best, best_score = 0.0, -1.0
    for angle in np.arange(-limit, limit + step / 2, step):
        m = cv2.getRotationMatrix2D(center, float(angle), 1.0)
        turned = cv2.warpAffine(ink, m, (w, h), flags=cv2.INTER_NEAREST, borderValue=0)
        score = _profile_sharpness(turned)
        if score > best_score:
            best, best_score = float(angle), score
    return best


def turn(gray: Any, quarter_turns_cw: int) -> Any:
    import cv2

    codes = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}
    return gray if quarter_turns_cw == 0 else cv2.rotate(gray, codes[quarter_turns_cw])


def deskew(gray: Any, angle: float) -> Any:
    import cv2

    if abs(angle) < 0.1:
        return gray
    h, w = gray.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(gray, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)


def recognise(gray: Any, px_per_pt: float) -> list[OcrLine]:
    import cv2

    result = engine()(cv2.cvtColor(gray, cv2.COLOR_GRAY2BGR), return_word_box=True, return_single_char_box=True)
    lines: list[OcrLine] = []
    if result.boxes is None:
        return lines
    # each line's characters with their boxes (where RapidOCR lacks them for a line, it leaves the line
    # out or gives its raw output for all: then none are used)
    chars = list(result.word_results or ())
    if len(chars) != len(result.txts):
        chars = [()] * len(result.txts)
    for box, text, score, line_chars in zip(result.boxes, result.txts, result.scores, chars, strict=True):
        xs = [float(p[0]) for p in box]
        ys = [float(p[1]) for p in box]
        centres = char_centres(line_chars, text)
        if centres is not None:
            text = space_blanks(gray, (min(xs), min(ys), max(xs), max(ys)), text, centres)
        text = ocr_repair(text.strip())
        if not text:
            continue
        # the box's corners run top left, top right, bottom right, bottom left: its top and bottom edges' slope
        lean = math.degrees(math.atan2(ys[1] - ys[0] + ys[2] - ys[3], xs[1] - xs[0] + xs[2] - xs[3]))
        lines.append(OcrLine(text=text, box=(min(xs) / px_per_pt, min(ys) / px_per_pt, max(xs) / px_per_pt,
                                             max(ys) / px_per_pt), score=float(score), lean=lean))
    return lines


def char_centres(line_chars: Any, text: str) -> list[float] | None:
    """The middle (x, in pixels) of each character of a recognised line, from RapidOCR's
    per-character results (``(char, score, four corners)`` each); None unless they spell ``text``."""
    try:
        centres = [sum(float(p[0]) for p in corners) / len(corners) for _, _, corners in line_chars]
        spelt = "".join(str(char) for char, _, _ in line_chars)
    except (TypeError, ValueError, IndexError, ZeroDivisionError):
        return None
    return centres if spelt == text else None


# A blank inside a recognised line at least this wide (in the line's character pitch) is a printed
# space the recognition dropped: '抄送：市人大常委会选联工委　市政府督查室' read '…选联工委市政府督查室'.
# (The blank a mark leaves in its own type, after '、' or '，', reaches 0.9.)
BLANK_EMS = 1.0
# Marks whose type leaves a blank beside them: a blank next to one is the mark's, not a space.
_MARKS = "，。、；：？！（）《》「」『』“”‘’〔〕【】.,;:?!()"


def space_blanks(gray: Any, box: tuple[float, float, float, float], text: str, centres: list[float]) -> str:
    """A recognised line with a space set where its image shows a blank at least a character wide
    between two characters (not beside a punctuation mark). ``box`` is the line's and ``centres``
    its characters' middles (as the recognition places them), in pixels.

    The recognition model reads a line with a printed space (a 抄送 row's recipients set apart by
    '　') as if the space were not there. The blank is found in the line's ink, and falls between
    the characters whose middles lie on either side of it."""
    import numpy as np

    x0, y0, x1, y1 = (round(v) for v in box)
    inset = (y1 - y0) // 6  # the detector's box is padded: the middle rows hold the characters
    crop = gray[max(0, y0 + inset):max(0, y1 - inset), max(0, x0):max(0, x1)]
    width = text_width(text)
    if crop.size == 0 or width < 2 or len(centres) != len(text):
        return text
    columns = np.flatnonzero((crop < 128).sum(axis=0) >= 2)  # columns with ink
    if len(columns) < 2:
        return text
    rough = (columns[-1] - columns[0] + 1) / width
    gaps = np.flatnonzero(np.diff(columns) > BLANK_EMS * rough)  # blanks between columns[i] and columns[i + 1]
    blanks = [(int(columns[i]) + 1, int(columns[i + 1])) for i in gaps]  # [start, end) of each blank
    pitch = (columns[-1] - columns[0] + 1 - sum(end - start for start, end in blanks)) / width  # the characters' own
    cuts = {sum(1 for c in centres if c < x0 + (start + end) / 2) for start, end in blanks if end - start >= BLANK_EMS * pitch}
    marks = _MARKS + " "
    for cut in sorted(cuts, reverse=True):
        if 0 < cut < len(text) and text[cut - 1] not in marks and text[cut] not in marks:
            text = f"{text[:cut]} {text[cut:]}"
    return text


def residual_skew(lines: list[OcrLine]) -> float:
    """How far the page's lines still lean after de-skewing (degrees, as ``skew_angle``'s): the
    median of the detector's line boxes' slopes, weighted by their width; lines under three times as
    wide as high (a page number, a lone character) do not count.

    The profile of ``skew_angle`` can be fooled by a sparse page (a last page with a signer, a date
    and a note): turned a few degrees, two short lines at different heights and sides of the page
    fall into the same rows and the profile looks sharper than upright. The lines are then read
    tilted, in boxes so tall that neighbouring lines merge into one. The detector's boxes follow the
    lines whatever the page's ink, so they tell how much turning is left."""
    weighted = sorted((line.lean, line.box[2] - line.box[0]) for line in lines
                      if line.box[2] - line.box[0] >= 3 * (line.box[3] - line.box[1]))
    total = sum(width for _, width in weighted)
    seen = 0.0
    for lean, width in weighted:
        seen += width
        if seen >= total / 2:
            return lean
    return 0.0


def read_image(image: Any, px_per_pt: float) -> OcrPage:
    """OCR one page image (BGR or grey, as numpy): clean, turn upright, de-skew, recognise."""
    engine()  # fail early, with the install hint, before any work
    gray = clean(image)
    candidates = upright_candidates(gray)
    best: OcrPage | None = None
    sideways = candidates[0] in (90, 270)
    for rotation in candidates[:2]:  # the likelier orientation, then the same axis upside down
        turned = turn(gray, rotation)
        angle = skew_angle(turned)
        lines = recognise(deskew(turned, angle), px_per_pt)
        lean = residual_skew(lines)
        if abs(lean) > RESIDUAL_SKEW:  # the profile was fooled: turn by what the lines show, read again
            angle += lean
            lines = recognise(deskew(turned, angle), px_per_pt)
        attempt = OcrPage(lines, rotation, angle)
        if best is None or attempt.mean_score > best.mean_score:
            best = attempt
        # a page fed sideways is rare and either way may read plausibly: both are always tried
        if best.mean_score >= UPSIDE_DOWN_SCORE and not sideways:
            break
    assert best is not None
    return best


def to_glyphs(lines: list[OcrLine]) -> list[Glyph]:
    """Spread each recognised line over its box, one glyph per character, as a text layer has them.

    The box's height is the detector's (padded) outline; the font size is the character pitch, the
    box width over the line's width in ems.
    """
    glyphs: list[Glyph] = []
    for line in lines:
        x0, top, x1, bottom = line.box
        ems = text_width(line.text)
        if ems <= 0:
            continue
        pitch = (x1 - x0) / ems
        size = min(pitch, (bottom - top))
        middle = (top + bottom) / 2
        x = x0
        for char in line.text:
            w = pitch * text_width(char)
            glyphs.append((middle - size / 2, x, x + w, middle + size / 2, size, char))
            x += w
    return glyphs


def ocr_page(image: Any, px_per_pt: float, number: int) -> tuple[Page, list[Note]]:
    """The page source of scans: a page image in, a ``Page`` of lines (as from a text layer) and the
    warnings OCR gave out. ``px_per_pt`` is the image's resolution (pixels per PDF point, dpi / 72)."""
    from ..patterns import BARE_NUMBER_RE, PAGE_NUMBER_RE

    result = read_image(image, px_per_pt)
    warnings: list[Note] = []
    if result.rotation:
        warnings.append(Note("ocr.page_rotated", f"the scan was turned {result.rotation}° to read it", number))
    for line in result.lines:
        # a page number read unsurely ('一1-') is removed as furniture anyway: no warning
        if line.score < LOW_CONFIDENCE and not (PAGE_NUMBER_RE.match(line.text) or BARE_NUMBER_RE.match(line.text)):
            warnings.append(Note("ocr.low_confidence", f"OCR is unsure ({line.score:.2f}) of the line "
                                 f"'{line.text}'", number, line=line.text, confidence=round(line.score, 2)))
    if not result.lines:
        warnings.append(Note("ocr.no_text", "OCR found no text on the page", number))
    height, width = image.shape[:2]
    if result.rotation in (90, 270):  # the page's size as read: a quarter turn swaps width and height
        width, height = height, width
    page = Page(number=number, lines=glyphs_to_lines(to_glyphs(result.lines), number), width=width / px_per_pt,
                height=height / px_per_pt, ocr=True, text_from="ocr")
    return page, warnings
