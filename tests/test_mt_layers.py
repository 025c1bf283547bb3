"""Layers point one way (DESIGN, "Imports follow the card's layers"): nothing under `l10n/mt/`
imports a layer that comes after MT — not at module level, not inside a function."""

from __future__ import annotations

import ast
from pathlib import Path

import l10n.mt

LATER_LAYERS = ("qa", "status", "review", "assemble", "publish", "pipeline", "cli")
# `parallel` is shared ground (it imports only `fsio` and `errors`): translate runs in its pools too.


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every import in the file, wherever it stands."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def layer_of(module: str) -> str:
    """`l10n.qa.mt_failures` → `qa`; a module outside l10n → ``."""
    parts = module.split(".")
    return parts[1] if parts[0] == "l10n" and len(parts) > 1 else ""


def test_no_module_under_mt_imports_a_later_layer() -> None:
    folder = Path(l10n.mt.__file__).parent
    modules = sorted(folder.glob("*.py"))
    assert len(modules) > 10  # the folder was found, and scanned
    upward = [
        f"{path.name}:{line}: {module}"
        for path in modules
        for line, module in imported_modules(path)
        if layer_of(module) in LATER_LAYERS
    ]
    assert upward == []


def test_the_scan_sees_an_import_inside_a_function(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text("def f():\n    from l10n.qa.mt_failures import failures_path\n", encoding="utf-8")
    assert imported_modules(probe) == [(2, "l10n.qa.mt_failures")]


def test_parallel_stays_shared_ground() -> None:
    """`l10n.parallel` may be imported from `mt/` only while it imports nothing above `fsio`/`errors`."""
    path = Path(l10n.mt.__file__).parent.parent / "parallel.py"
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module == "l10n":  # `from l10n import fsio`
            found |= {f"l10n.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("l10n."):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("l10n")}
    assert found and found <= {"l10n.fsio", "l10n.errors"}
