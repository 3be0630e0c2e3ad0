# The C extension's one function (_glyphs.c): the translation of pdfium._glyph_loop.
from collections.abc import Callable

def page_glyphs(
    calls: tuple[int, ...],
    textpage: int,
    text: str,
    height: float,
    rotation: int,
    shown: tuple[float, float, float, float, float, float],
    ascent: float,
    slope: float,
    hyphen_marks: tuple[str, ...],
    hypot: Callable[[float, float], float],
    /,
) -> list[tuple[float, float, float, float, float, str]]: ...
