"""The layers point one way: no import cycle among the modules, and the edges use only
the core's public names.

The import graph is read from the source with ``ast``: every ``import`` and ``from ...
import`` statement, at module level or inside a function (a lazy import still ties the
two modules together). ``from package import name`` is an import of ``package`` (its
``__init__`` runs first) and, when ``name`` is a submodule, of that submodule too.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import assistant

ROOT = Path(__file__).resolve().parent.parent
EDGES = ("integrations", "benchmarks", "scripts")


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _sources(*tops: str, root: Path = ROOT) -> dict[str, Path]:
    return {
        _module_name(path, root): path
        for top in tops
        for path in sorted((root / top).rglob("*.py"))
        if "migrations" not in path.parts
    }


def _imports(name: str, path: Path) -> Iterator[tuple[int, str, tuple[str, ...]]]:
    """``(line, module, names)`` of every import statement in the file."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name, ()
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                module = ".".join([*base, *([module] if module else [])])
            yield node.lineno, module, tuple(alias.name for alias in node.names)


def import_graph(*tops: str, root: Path = ROOT) -> dict[str, set[str]]:
    """Which of the modules under ``tops`` each one imports."""
    modules = _sources(*tops, root=root)
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for _line, module, names in _imports(name, path):
            targets.add(module)
            targets.update(f"{module}.{n}" for n in names if f"{module}.{n}" in modules)
        graph[name] = {t for t in targets if t in modules and t != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_graph_reads_every_kind_of_import(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("from pkg.a import A\n")
    (package / "a.py").write_text("from pkg import b\nA = 1\n")
    (package / "b.py").write_text("def later():\n    from .sub import c\n")
    (package / "sub" / "__init__.py").write_text("")
    (package / "sub" / "c.py").write_text("import pkg.a\n")
    graph = import_graph("pkg", root=tmp_path)
    assert graph == {
        "pkg": {"pkg.a"},
        "pkg.a": {"pkg", "pkg.b"},  # the package's __init__ runs first
        "pkg.b": {"pkg.sub", "pkg.sub.c"},  # inside a function, relative
        "pkg.sub": set(),
        "pkg.sub.c": {"pkg.a"},
    }
    assert cycles(graph) == [["pkg", "pkg.a", "pkg.b", "pkg.sub.c"]]


@pytest.mark.parametrize("top", ["assistant", "integrations"])
def test_no_import_cycle(top: str) -> None:
    graph = import_graph(top)
    assert len(graph) > 20
    assert cycles(graph) == []


def test_the_rule_engine_imports_neither_answers_nor_costs() -> None:
    graph = import_graph("assistant")
    for name, targets in graph.items():
        if name == "assistant.rules" or name.startswith("assistant.rules."):
            wrong = {
                t
                for t in targets
                if t == "assistant.answer"
                or t == "assistant.costs"
                or t.startswith("assistant.costs.")
            }
            assert not wrong, f"{name} imports {sorted(wrong)}"


def test_the_edges_import_only_public_names() -> None:
    public = set(assistant.__all__)
    wrong = []
    for top in EDGES:
        for name, path in _sources(top).items():
            for line, module, names in _imports(name, path):
                if module == "assistant":
                    wrong += [f"{path.name}:{line} {n}" for n in names if n not in public]
                elif module.startswith("assistant."):
                    wrong.append(f"{path.name}:{line} {module}")
    assert wrong == []


def test_the_core_writes_no_file() -> None:
    """The core returns text and bytes; the edges (and ``python -m assistant.costs``, a
    maintenance command) write them."""
    writers = {"write_text", "write_bytes", "mkdir", "unlink"}
    found = []
    for name, path in _sources("assistant").items():
        if name.endswith("__main__"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                call = node.func.attr
                mode = next((a.value for a in node.args if isinstance(a, ast.Constant)), "r")
                if call in writers:
                    found.append(f"{name}:{node.lineno} {call}")
                elif call == "open" and any(c in str(mode) for c in "wax+"):
                    found.append(f"{name}:{node.lineno} open({mode!r})")
    assert found == []
