"""Every code example in the documentation runs, and shows what it really prints.

Each page of ``docs/`` runs in a fresh folder holding a copy of
``examples/press_release.txt``, its code blocks in order, sharing one namespace:

- ``python`` blocks are executed; ``pycon`` blocks are doctests (their output must match);
- ``console`` blocks run each ``$ diplomod ...`` or ``$ python ...`` command; the lines
  after a command are its expected output (``...`` matches anything);
- a ``{code-block}`` with a ``:caption:`` is a file: it is written under that name;
- ``json`` and ``toml`` blocks must parse; ``sh`` blocks may only install packages;
  ``text`` blocks are shown, not run.

A block of any other language fails the test, so nothing on a page goes unchecked.
"""

from __future__ import annotations

import doctest
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from attrs import frozen

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = sorted(p for p in DOCS.rglob("*.md") if "_build" not in p.parts)

_FENCE = re.compile(r"^(?P<fence>`{3,})(?P<info>[^`\n]*)$")
_OPTION = re.compile(r"^:(?P<name>[\w-]+):\s*(?P<value>.*)$")
_FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
_INSTALL = ("pip install ", "python -m pip install ", "python3 -m venv ", "python -m venv ")
_SHOWN = frozenset(
    {"text", "toctree", "literalinclude", "diplomod-schema", "include", "raw", "image", "figure"}
)


@frozen
class Block:
    """One fenced block of a page: its language (or directive), options, code and line."""

    language: str
    options: dict[str, str]
    code: str
    line: int


def blocks(page: Path) -> Iterator[Block]:
    """Yield the fenced code blocks of a Markdown page, in order."""
    lines = page.read_text(encoding="utf-8").splitlines()
    number = 0
    while number < len(lines):
        opened = _FENCE.match(lines[number])
        number += 1
        if not opened or not opened["info"].strip():
            continue
        fence, info = opened["fence"], opened["info"].strip()
        start = number
        while number < len(lines) and lines[number].strip() != fence:
            number += 1
        body = lines[start:number]
        number += 1
        language = info
        directive = re.fullmatch(r"\{(?P<name>[\w-]+)\}\s*(?P<arg>.*)", info)
        if directive:
            language = directive["name"]
            if language == "code-block":
                language = directive["arg"].strip() or "text"
        options = {}
        while body and (option := _OPTION.match(body[0])):
            options[option["name"]] = option["value"]
            body = body[1:]
        if options and body and not body[0].strip():
            body = body[1:]  # the blank line between options and content
        yield Block(language=language, options=options, code="\n".join(body) + "\n", line=start)


def run_console(block: Block, page: Path, cwd: Path) -> None:
    """Run each ``$`` command of a console block and compare what it prints."""
    checker = doctest.OutputChecker()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(cwd)]))
    commands: list[tuple[str, list[str]]] = []
    for line in block.code.splitlines():
        if line.startswith("$ "):
            commands.append((line[2:], []))
        else:
            assert commands, f"{page.name}:{block.line}: output before any $ command"
            commands[-1][1].append(line)
    for command, expected in commands:
        argv = shlex.split(command)
        if argv[0] == "diplomod":
            argv = [sys.executable, "-m", "diplomod.cli", *argv[1:]]
        elif argv[0] == "python":
            argv = [sys.executable, *argv[1:]]
        else:
            pytest.fail(f"{page.name}:{block.line}: only diplomod and python run: {command}")
        done = subprocess.run(
            argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False
        )
        assert done.returncode == 0, f"{page.name}:{block.line}: {command}\n{done.stderr}"
        want = "\n".join(expected).strip() + "\n"
        got = done.stdout.strip() + "\n"
        assert checker.check_output(want, got, _FLAGS), (
            f"{page.name}:{block.line}: {command} printed\n{got}\ninstead of\n{want}"
        )


def run_pycon(block: Block, page: Path, namespace: dict[str, object]) -> None:
    """Run a ``>>>`` session as a doctest in the page's namespace."""
    test = doctest.DocTestParser().get_doctest(
        block.code, namespace, page.name, str(page), block.line
    )
    report: list[str] = []
    runner = doctest.DocTestRunner(optionflags=_FLAGS)
    runner.run(test, out=report.append, clear_globs=False)
    namespace.update(test.globs)  # a doctest runs in a copy; later blocks see its names
    assert runner.failures == 0, "".join(report)


def run_block(block: Block, page: Path, cwd: Path, namespace: dict[str, object]) -> None:
    """Run or check one block by its language."""
    where = f"{page.relative_to(DOCS)}:{block.line}"
    if "caption" in block.options:
        target = cwd / block.options["caption"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(block.code, encoding="utf-8")
    if block.language == "python" and "caption" not in block.options:
        exec(compile(block.code, where, "exec"), namespace)
    elif block.language == "pycon":
        run_pycon(block, page, namespace)
    elif block.language == "console":
        run_console(block, page, cwd)
    elif block.language == "json" and block.options.get("caption", "").endswith(".jsonl"):
        for line in filter(str.strip, block.code.splitlines()):
            json.loads(line)
    elif block.language == "json":
        json.loads(block.code)
    elif block.language == "toml":
        tomllib.loads(block.code)
    elif block.language == "sh":
        for line in block.code.splitlines():
            assert not line.strip() or line.startswith(_INSTALL), f"{where}: sh runs {line!r}"
    elif block.language not in _SHOWN and "caption" not in block.options:
        pytest.fail(f"{where}: a {block.language!r} block is neither run nor checked")


def test_there_are_pages_with_code() -> None:
    assert len(PAGES) >= 5
    assert sum(1 for page in PAGES for b in blocks(page) if b.language == "pycon") >= 5


@pytest.mark.usefixtures("isolated_registry")
@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(DOCS)))
def test_page_examples_run(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(ROOT / "examples" / "press_release.txt", tmp_path / "press_release.txt")
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem.replace('-', '_')}"}
    for block in blocks(page):
        run_block(block, page, tmp_path, namespace)
