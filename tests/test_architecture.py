"""The layering of ``docs/architecture.md``, checked on the source: every import points down the data flow.

Each module under ``src/multivector`` is parsed with ``ast``; every import in it (at module level or inside
a function, relative or absolute) is mapped to the rank of the package it names, and one that names a higher
rank fails the test with its file and line. Also: no module longer than 450 lines, and no spaCy below the
parse (the ground floor, ingest) nor in the store, analytics or interfaces.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "multivector"
MAX_LINES = 450

# The rank of each top-level module or package of multivector (docs/architecture.md): a module may import
# modules of its own rank or lower. The package itself (its public API) sits above everything.
RANKS = {
    "errors": 0, "text": 0, "settings": 0, "model": 0, "examples": 0,
    "ingest": 1,
    "document": 2,
    "nlp": 3,
    "actors": 4,
    "events": 5,
    "store": 6,
    "pipeline": 7, "scale": 7, "runner": 7, "evaluate": 7,
    "analytics": 8,
    "interfaces": 9,
}
PUBLIC_API = 10
# Lower layers a layer still may not import: the store keeps rows, it knows nothing of parsing or coding;
# the analytics read the store and nothing that codes.
KEPT_APART = {"store": {"nlp", "actors", "events"},
              "analytics": {"nlp", "events", "pipeline", "runner", "scale", "evaluate"}}
NO_SPACY = {"errors", "text", "settings", "model", "examples", "ingest", "store", "analytics", "interfaces"}


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def dotted(path: Path, root: Path = SRC) -> list[str]:
    """'src/multivector/actors/kb.py' → ['multivector', 'actors', 'kb']; a package's __init__ is the package."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    return parts[:-1] if parts[-1] == "__init__" else parts


def layer(path: Path) -> str | None:
    parts = dotted(path)
    return parts[1] if len(parts) > 1 else None


def rank_of(module: list[str]) -> int | None:
    """The rank of an imported module given as its dotted parts; None outside multivector."""
    if not module or module[0] != "multivector":
        return None
    if len(module) == 1:
        return PUBLIC_API
    if module[1] not in RANKS:
        raise AssertionError(f"multivector.{module[1]} has no rank: add it to RANKS and docs/architecture.md")
    return RANKS[module[1]]


def imported(path: Path, root: Path = SRC, *, with_typing: bool = True) -> list[tuple[int, list[str]]]:
    """(line, dotted module) of every import in the file; ``from . import x`` names the submodule x.

    Without ``with_typing``, imports under ``if TYPE_CHECKING:`` (never run) are left out."""
    here = dotted(path, root)
    package = here if path.name == "__init__.py" else here[:-1]
    tree = ast.parse(path.read_text("utf-8"), str(path))
    skipped = set()
    if not with_typing:
        for block in ast.walk(tree):
            if isinstance(block, ast.If) and isinstance(block.test, ast.Name) and block.test.id == "TYPE_CHECKING":
                skipped |= {id(n) for stmt in block.body for n in ast.walk(stmt)}
    out = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            out += [(node.lineno, alias.name.split(".")) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = (package[: len(package) - node.level + 1] if node.level else []) + (node.module.split(".") if node.module else [])
            if node.module is None or base == ["multivector"]:
                out += [(node.lineno, base + [alias.name]) for alias in node.names]
            else:
                out.append((node.lineno, base))
    return out


def upward_imports() -> list[str]:
    found = []
    for path in modules():
        own = PUBLIC_API if layer(path) is None else RANKS.get(layer(path))
        assert own is not None, f"{path.relative_to(SRC)}: multivector.{layer(path)} has no rank in RANKS"
        for line, module in imported(path):
            target = rank_of(module)
            if target is not None and (target > own or (len(module) > 1 and module[1] in KEPT_APART.get(layer(path) or "", ()))):
                found.append(f"{path.relative_to(SRC.parent)}:{line}: {'.'.join(dotted(path))} (rank {own}) imports "
                             f"{'.'.join(module)} (rank {target})")
    return found


def test_every_import_points_down_the_data_flow():
    found = upward_imports()
    assert not found, f"{len(found)} imports point up or into a layer kept apart:\n" + "\n".join(found)


def test_no_module_is_longer_than_450_lines():
    long = [f"{p.relative_to(SRC.parent)}: {n} lines" for p in modules() if (n := len(p.read_text("utf-8").splitlines())) > MAX_LINES]
    assert not long, "modules over 450 lines:\n" + "\n".join(long)


def test_spacy_is_imported_only_where_text_is_parsed():
    found = [f"{p.relative_to(SRC.parent)}:{line}: {'.'.join(module)}" for p in modules() if layer(p) in NO_SPACY
             for line, module in imported(p) if module[0] == "spacy"]
    assert not found, "spaCy imported by the ground floor, ingest, the store, analytics or interfaces:\n" + "\n".join(found)


def test_the_check_sees_relative_function_level_and_package_imports(tmp_path):
    """The parsing the tests above rely on: a lazy relative import two levels up and a 'from .. import x'."""
    store = tmp_path / "multivector" / "store"
    store.mkdir(parents=True)
    source = store / "writer.py"
    source.write_text("def f():\n    from ..events.coder import x\n    from .. import pipeline\n    import multivector.nlp\n", "utf-8")
    found = imported(source, tmp_path)
    assert found == [(2, ["multivector", "events", "coder"]), (3, ["multivector", "pipeline"]), (4, ["multivector", "nlp"])]
    assert [rank_of(m) for _, m in found] == [RANKS["events"], RANKS["pipeline"], RANKS["nlp"]]


def test_reading_the_store_loads_no_spacy():
    """What imports no spaCy must not load it through another module either (an import inside a function counts once called)."""
    import subprocess

    code = ("import sys, multivector.store, multivector.analytics, multivector.interfaces.report, multivector.interfaces.api.app; "
            "print('spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def import_cycles() -> list[list[str]]:
    """Cycles of modules importing each other when run (lazy imports count, TYPE_CHECKING ones do not);
    a package's __init__, which re-exports its modules, is left out."""
    paths = {".".join(dotted(p, SRC)): p for p in modules() if p.name != "__init__.py"}
    graph = {}
    for name, path in paths.items():
        deps = set()
        for _, module in imported(path, SRC, with_typing=False):
            target = next((".".join(module[:k]) for k in range(len(module), 0, -1) if ".".join(module[:k]) in paths), None)
            if target is not None and target != name:
                deps.add(target)
        graph[name] = deps
    cycles, done = [], set()

    def visit(name: str, path: list[str]) -> None:
        for dep in sorted(graph[name]):
            if dep in path:
                cycles.append(path[path.index(dep):] + [dep])
            elif dep not in done:
                visit(dep, path + [dep])
        done.add(name)

    for name in sorted(graph):
        if name not in done:
            visit(name, [name])
    return cycles


def test_no_two_modules_import_each_other():
    cycles = import_cycles()
    assert not cycles, "import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)


def test_the_cycle_check_sees_a_circle_of_commands(tmp_path, monkeypatch):
    """The old CLI's shape: two command modules importing each other's helpers."""
    cli = tmp_path / "multivector" / "interfaces"
    cli.mkdir(parents=True)
    (cli / "cli_a.py").write_text("from .cli_b import helper\n", "utf-8")
    (cli / "cli_b.py").write_text("def helper():\n    from .cli_a import other\n", "utf-8")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", tmp_path / "multivector")
    monkeypatch.setattr(sys.modules[__name__], "SRC", tmp_path)
    assert import_cycles() == [["multivector.interfaces.cli_a", "multivector.interfaces.cli_b", "multivector.interfaces.cli_a"]]
