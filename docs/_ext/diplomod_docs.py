"""Sphinx directives that build pages from diplomod itself, so no page can fall behind the code.

- ``diplomod-api``: the API reference of every name in ``diplomod.__all__``, grouped by
  the stage of the pipeline that defines it (a new public name appears with no edit here).
- ``diplomod-schema``: the JSON Schema, made by :func:`diplomod.make_schema` at build
  time (or with a tag argument, :func:`diplomod.schema_for` of that record type).
- After an HTML build, ``schema/diplomod-1.schema.json`` and ``show/press_release.html``
  (the page ``diplomod show`` writes for ``examples/press_release.txt``) are written
  beside the pages.
"""

from __future__ import annotations

import enum
import inspect
import json
from pathlib import Path

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import nested_parse_with_titles

import diplomod
from diplomod.interchange.html import format_html
from diplomod.pipeline import parse
from diplomod.registry import record_type

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "press_release.txt"

#: Sections of the API page, in pipeline order: (title, module prefixes, introduction).
GROUPS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (
        "Parsing",
        ("diplomod.pipeline", "diplomod.corpus"),
        "Text in, records out: one text, one corpus document, or a whole corpus.",
    ),
    (
        "Records",
        ("diplomod.records.events", "diplomod.records.agreements", "diplomod.records.positions"),
        "What the parser finds: events, agreements, commitments and statements.",
    ),
    (
        "Actors, dates and provenance",
        (
            "diplomod.records.actors",
            "diplomod.records.dates",
            "diplomod.records.provenance",
            "diplomod.records.extraction",
        ),
        "The parts records are made of, and the evidence behind every fact.",
    ),
    (
        "Datasets",
        ("diplomod.dataset", "diplomod.records.dataset", "diplomod.bulk"),
        "Many documents into one merged, linked dataset; building it at scale; asking it.",
    ),
    (
        "Codes and exports",
        ("diplomod.codes",),
        "CAMEO and PLOVER codes for every record; see also export in Interchange.",
    ),
    (
        "Interchange",
        ("diplomod.interchange",),
        "Records to and from JSON, JSON Lines, JSON Schema, the evaluation view and HTML.",
    ),
    (
        "Extending",
        ("diplomod.registry", "diplomod.records.codes"),
        "Register event types, record types and organizations; load plug-ins.",
    ),
    ("Errors", ("diplomod.errors",), "Every error diplomod raises derives from DiplomodError."),
)


def _module_of(name: str) -> str:
    obj = getattr(diplomod, name)
    module = getattr(obj, "__module__", None)
    if name == "JSONValue" or not isinstance(module, str) or module == "typing":
        return "diplomod.records.extraction"  # a type alias has no module of its own
    if name == "DatasetRecord":
        return "diplomod.dataset"  # a union of the merged record classes
    if name == "__version__":
        return "diplomod"
    return module


def _directive(name: str) -> list[str]:
    obj = getattr(diplomod, name)
    target = f"diplomod.{name}"
    if inspect.isclass(obj) and issubclass(obj, enum.Enum):
        return [f".. autoclass:: {target}", "   :members:", "   :undoc-members:", ""]
    if inspect.isclass(obj) and issubclass(obj, BaseException):
        return [f".. autoexception:: {target}", "   :show-inheritance:", ""]
    if inspect.isclass(obj):
        bases = ["   :show-inheritance:"] if obj.__bases__ != (object,) else []
        return [f".. autoclass:: {target}", "   :members:", *bases, ""]
    if callable(obj):
        return [f".. autofunction:: {target}", ""]
    return [f".. autodata:: {target}", "   :no-value:", ""]


def api_groups() -> list[tuple[str, str, list[str]]]:
    """Return (title, introduction, names) for each section of the API page."""
    names = [n for n in diplomod.__all__ if n != "__version__"]
    sections: list[tuple[str, str, list[str]]] = []
    placed: set[str] = set()
    for title, prefixes, intro in GROUPS:
        chosen = [n for n in names if _module_of(n).startswith(prefixes) and n not in placed]
        placed.update(chosen)
        sections.append((title, intro, chosen))
    rest: dict[str, list[str]] = {}
    for name in names:
        if name not in placed:  # a stage added later gets a section of its own
            rest.setdefault(_module_of(name), []).append(name)
    for module, chosen in sorted(rest.items()):
        doc = inspect.getdoc(__import__(module, fromlist=["_"])) or module
        sections.append((f"``{module}``", doc.splitlines()[0], chosen))
    return [s for s in sections if s[2]]


class ApiDirective(SphinxDirective):
    """Document every public name of ``diplomod``, grouped by the stage that defines it."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        lines: list[str] = []
        for title, intro, names in api_groups():
            lines += [title, "-" * max(len(title), 3), "", intro, ""]
            lines += [".. currentmodule:: diplomod", ""]
            for name in sorted(names, key=_sort_key):
                lines += _directive(name)
        return self._parse(lines)

    def _parse(self, lines: list[str]) -> list[nodes.Node]:
        node = nodes.section()
        node.document = self.state.document
        source = self.get_source_info()[0]
        content = StringList(lines, source=source)
        nested_parse_with_titles(self.state, content, node)
        return node.children


def _sort_key(name: str) -> tuple[int, str]:
    """Functions first, then classes, each alphabetically."""
    return (1 if inspect.isclass(getattr(diplomod, name)) else 0, name.lower())


class SchemaDirective(SphinxDirective):
    """Show the JSON Schema as the installed diplomod makes it."""

    optional_arguments = 1

    def run(self) -> list[nodes.Node]:
        if self.arguments:
            entry = record_type(self.arguments[0])
            if entry is None:
                raise self.error(f"no registered record type {self.arguments[0]!r}")
            schema = diplomod.schema_for(entry.cls)
        else:
            schema = diplomod.make_schema()
        text = json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False)
        block = nodes.literal_block(text, text, language="json")
        self.set_source_info(block)
        return [block]


def _write_generated(app: Sphinx, exception: Exception | None) -> None:
    """Write the schema file and the example ``diplomod show`` page beside the HTML pages."""
    if exception is not None or app.builder.format != "html":
        return
    out = Path(app.outdir)
    (out / "schema").mkdir(exist_ok=True)
    schema = json.dumps(diplomod.make_schema(), indent=2, sort_keys=True, ensure_ascii=False)
    (out / "schema" / "diplomod-1.schema.json").write_text(schema + "\n", encoding="utf-8")
    text = EXAMPLE.read_text(encoding="utf-8")
    page = format_html(parse(text, id=EXAMPLE.stem), text)
    (out / "show").mkdir(exist_ok=True)
    (out / "show" / "press_release.html").write_text(page, encoding="utf-8")


def setup(app: Sphinx) -> dict[str, object]:
    """Register the directives and the writer of generated files."""
    app.add_directive("diplomod-api", ApiDirective)
    app.add_directive("diplomod-schema", SchemaDirective)
    app.connect("build-finished", _write_generated)
    return {"version": diplomod.__version__, "parallel_read_safe": True}
