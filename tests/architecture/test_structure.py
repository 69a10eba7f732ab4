"""The structure of include/newsfacts, checked from its source: no import circle, a pure
extractor, the CLI at the edge only. (Which module writes the warehouse is checked in
test_warehouse_owner.py.)"""

from __future__ import annotations

from importgraph import cycles, internal_graph, path_between, read_package

from newsfacts.settings import PACKAGE_DIR

MODULES = read_package(PACKAGE_DIR)
GRAPH = internal_graph(MODULES)

# What "touches files, the network, Airflow or DuckDB": a module of the extractor may import
# none of these (package data such as lexicons is read with importlib.resources, which is
# the package itself, not a path a caller names; spaCy loads its installed model the same way).
IO_MODULES = {
    # files and processes
    "os", "io", "pathlib", "shutil", "tempfile", "glob", "fileinput", "mmap", "subprocess",
    "multiprocessing", "sqlite3", "dbm", "shelve",
    # the network
    "socket", "ssl", "urllib", "http", "ftplib", "smtplib", "httpx", "httpcore", "requests",
    "urllib3", "aiohttp",
    # storage, warehouse, orchestration
    "duckdb", "fsspec", "s3fs", "boto3", "botocore", "pyarrow", "sqlalchemy", "airflow",
    "great_expectations", "dbt",
}
IO_CALLS = {"open", "exec", "eval", "__import__"}
# Package-data readers: modules that read only files shipped inside their own package folder
# (the lexicon store's CSV files), never a path a caller names. They may use pathlib and
# open(), nothing else of IO_MODULES.
PACKAGE_DATA_READERS = {"newsfacts.lexicon"}
PACKAGE_DATA_IO = {"pathlib", "open"}


def _top(name: str) -> str:
    return name.split(".")[0]


def test_the_walker_sees_imports_a_reader_sees():
    """The walker itself: lazy imports count, relative imports resolve, modules are known."""
    assert "newsfacts.pipeline" in MODULES and "newsfacts.extract" in MODULES
    assert "newsfacts.settings" in GRAPH["newsfacts.pipeline"]
    # a lazy (function-level) import is an edge too
    assert "newsfacts.corpus" in GRAPH["newsfacts.cli"]
    # a relative import inside the extractor resolves to the sibling module
    assert "newsfacts.extract.document" in GRAPH["newsfacts.extract"]
    circle = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(circle) == [["a", "b", "c"]]
    assert path_between(circle, ["a", "b", "c"]) == ["a", "b", "c", "a"]


def test_no_import_circle_in_include():
    found = [" -> ".join(path_between(GRAPH, c)) for c in cycles(GRAPH)]
    assert not found, "import circle(s) in include/newsfacts:\n  " + "\n  ".join(found)


def test_nothing_imports_the_cli():
    """cli.py is the entry point: errors live in errors.py, so nothing needs to import it."""
    importers = sorted(m for m, deps in GRAPH.items() if "newsfacts.cli" in deps)
    assert importers == []


def _pure(name: str, seen: set[str]) -> list[str]:
    """Why a module (and what it imports from the package, recursively) is not pure."""
    if name in seen:
        return []
    seen.add(name)
    mod = MODULES[name]
    allowed = PACKAGE_DATA_IO if name in PACKAGE_DATA_READERS else set()
    problems = [f"{name} imports {m}" for m in sorted(mod.imports)
                if _top(m) in IO_MODULES and _top(m) not in allowed]
    problems += [f"{name} calls {c}()" for c in sorted(mod.calls & IO_CALLS - allowed)]
    for dep in sorted(GRAPH[name]):
        problems += _pure(dep, seen)
    return problems


def test_extract_imports_no_io_module():
    """The extractor is a pure function: none of its modules, nor anything of the package
    they import, opens files, sockets, processes, the warehouse or Airflow."""
    extract = sorted(m for m in MODULES if m == "newsfacts.extract"
                     or m.startswith("newsfacts.extract."))
    assert len(extract) > 3
    seen: set[str] = set()
    problems = [p for m in extract for p in _pure(m, seen)]
    assert problems == [], "\n".join(problems)


def test_the_io_check_catches_a_file_reader():
    """The check above would have caught the old extract/corpus.py (it walked folders)."""
    reader = MODULES["newsfacts.corpus"]
    assert "pathlib" in reader.imports or "open" in reader.calls
    assert _pure("newsfacts.corpus", set())
