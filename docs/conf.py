"""Sphinx configuration: Furo theme, MyST Markdown pages, API pages from the docstrings."""

from __future__ import annotations

import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS / "_ext"))
sys.path.insert(0, str(DOCS.parent / "src"))  # document the checkout, installed or not

import diplomod  # noqa: E402

project = "diplomod"
author = "diplomod developers"
copyright = "diplomod developers"
release = diplomod.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
    "diplomod_docs",
]

source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# CI builds with -W, so a bad docstring, a missing page or a broken {doc} link fails it.
# nitpicky stays off: signatures name standard-library types that have no page here, and
# intersphinx is not used because the build must work offline.
nitpicky = False
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False

html_theme = "furo"
html_title = f"diplomod {release}"
html_static_path = ["_static"]
html_theme_options = {"source_repository": "", "navigation_with_keys": True}
pygments_style = "friendly"
pygments_dark_style = "monokai"
