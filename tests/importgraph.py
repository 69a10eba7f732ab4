"""The package's own import graph, read from the source (AST), for the structure tests.

Every ``import`` counts, at module level and inside functions alike (a lazy import is still
a dependency a reader has to follow), except those under ``if TYPE_CHECKING:``.
``from a.b import c`` is an edge to ``a.b.c`` when that is a module, else to ``a.b``.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Module:
    name: str
    path: Path
    imports: set[str] = field(default_factory=set)  # every imported module, any package
    calls: set[str] = field(default_factory=set)    # names of functions called bare: open()


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and (
                (isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING")
                or (isinstance(node.test, ast.Attribute) and node.test.attr == "TYPE_CHECKING")):
            skip.update(id(n) for n in ast.walk(node))
    return skip


def read_package(root: Path, package: str = "newsfacts") -> dict[str, Module]:
    """Every module of the package under ``root`` (the package folder)."""
    modules: dict[str, Module] = {}
    for path in sorted(root.rglob("*.py")):
        parts = [package, *path.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join(parts)] = Module(".".join(parts), path)
    for mod in modules.values():
        tree = ast.parse(mod.path.read_text(encoding="utf-8"))
        skip = _type_checking_nodes(tree)
        is_pkg = mod.path.name == "__init__.py"
        for node in ast.walk(tree):
            if id(node) in skip:
                continue
            if isinstance(node, ast.Import):
                mod.imports.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = mod.name.split(".") if is_pkg else mod.name.split(".")[:-1]
                    base = base[:len(base) - (node.level - 1)]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                for alias in node.names:
                    sub = f"{target}.{alias.name}"
                    mod.imports.add(sub if sub in modules else target)
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                mod.calls.add(node.func.id)
    return modules


def internal_graph(modules: dict[str, Module]) -> dict[str, set[str]]:
    return {name: {m for m in mod.imports if m in modules and m != name}
            for name, mod in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
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
    return found


def path_between(graph: dict[str, set[str]], members: list[str]) -> list[str]:
    """The shortest circle through the first member of a component, for the failure message."""
    inside = set(members)
    start = members[0]
    previous: dict[str, str] = {}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in sorted(graph[node] & inside):
            if nxt == start:
                trail = [node]
                while trail[-1] != start:
                    trail.append(previous[trail[-1]])
                return [*reversed(trail), start]
            if nxt not in previous:
                previous[nxt] = node
                queue.append(nxt)
    return members
