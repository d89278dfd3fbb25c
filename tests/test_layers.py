"""The package's layers, read from the imports of every module (at any depth in it).

    cli        parses arguments, calls the core, presents, echoes, maps errors
    git        runs git for the plan file (checks, commit, sync)
    planfile   reads, validates, caches, writes and merges data/tasks.toml
    present    words (vi/en), tables, JSON/CSV/Markdown, iCalendar
    core       the domain: plain data and functions, no files, no clock, no words

Each layer imports only the layers below it in this list, and the core imports
only itself, the standard library and dateutil. ``present`` and ``planfile``
are side by side: neither imports the other.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "kehoach_cli"

# Which of the package's layers each layer may import.
ALLOWED: dict[str, set[str]] = {
    "core": {"core"},
    "present": {"core", "present"},
    "planfile": {"core", "planfile"},
    "git": {"core", "planfile", "git"},
    "cli": {"core", "present", "planfile", "git", "cli", ""},
    "": {"cli", ""},  # kehoach_cli/__init__.py and __main__.py
}
# The package's own __init__ holds only the version: anyone may read it.
PACKAGE_ITSELF = ("kehoach_cli", "kehoach_cli.__version__")
# What the core may import from outside the package.
CORE_THIRD_PARTY = {"dateutil"}
# Modules of the standard library that would let the core reach files,
# processes or the clock.
CORE_FORBIDDEN_STDLIB = {"os", "io", "pathlib", "subprocess", "shutil", "tempfile", "time", "sys"}
# The presentation layer turns results into text; it opens no files.
PRESENT_FORBIDDEN_STDLIB = {"os", "io", "pathlib", "subprocess", "tempfile", "sqlite3", "marshal"}


def outside_allowed(layer: str, top: str) -> bool:
    """Whether ``layer`` may import the outside module ``top``."""
    if layer == "present":
        return top not in PRESENT_FORBIDDEN_STDLIB
    if layer == "core":
        in_stdlib = top in sys.stdlib_module_names and top not in CORE_FORBIDDEN_STDLIB
        return in_stdlib or top in CORE_THIRD_PARTY
    return True


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 or (len(parts) == 2 and parts[1] in ALLOWED) else ""


def imports_of(path: Path) -> list[tuple[int, str]]:
    """Every module ``path`` imports, with the line, wherever the import stands."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_the_layers_are_packages():
    layers = {layer_of(module_name(path)) for path in MODULES}
    assert layers == set(ALLOWED)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_down(path: Path):
    here = layer_of(module_name(path))
    wrong = []
    for line, imported in imports_of(path):
        top = imported.split(".")[0]
        if top == "kehoach_cli":
            parts = imported.split(".")
            target = parts[1] if len(parts) > 1 and parts[1] in ALLOWED else ""
            if target not in ALLOWED[here] and imported not in (
                "kehoach_cli",
                "kehoach_cli.__version__",
            ):
                wrong.append(f"{line}: {imported}")
        elif not outside_allowed(here, top):
            wrong.append(f"{line}: {imported}")
    assert not wrong, f"{module_name(path)} ({here or 'top'}) imports across its layer"


def test_no_import_cycle_between_modules():
    graph: dict[str, set[str]] = {}
    names = {module_name(path) for path in MODULES}
    for path in MODULES:
        targets = set()
        for _, imported in imports_of(path):
            while imported and imported not in names:
                imported = imported.rpartition(".")[0]
            if imported and imported != module_name(path) and imported != "kehoach_cli":
                targets.add(imported)
        graph[module_name(path)] = targets

    def cycle_from(start: str) -> list[str] | None:
        stack: list[tuple[str, list[str]]] = [(start, [start])]
        seen: set[str] = set()
        while stack:
            node, trail = stack.pop()
            for nxt in graph.get(node, ()):
                if nxt == start:
                    return [*trail, start]
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, [*trail, nxt]))
        return None

    cycles = [cycle for name in sorted(graph) if (cycle := cycle_from(name))]
    assert not cycles, " -> ".join(cycles[0])
