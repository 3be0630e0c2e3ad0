"""The optional C extension; everything else about the package is in pyproject.toml.

``govletter.extract._glyphs`` is the per-character glyph loop of ``govletter.extract.pdfium`` in C
(about 0.12 ms a page less on text-layer PDFs). It is optional: where it cannot be compiled (no C
compiler or no Python headers) setuptools warns and the package installs as pure Python, which gives
the same results through the Python loop.
"""

import sys

from setuptools import Extension, setup

# No fused multiply-add: the C must round every step as Python's float arithmetic does.
FLAGS = [] if sys.platform == "win32" else ["-Wall", "-ffp-contract=off"]

setup(
    ext_modules=[
        Extension(
            "govletter.extract._glyphs",
            ["src/govletter/extract/_glyphs.c"],
            extra_compile_args=FLAGS,
            optional=True,
        )
    ]
)
