"""A name is imported from where it lives (STYLE: one home per concept; DESIGN, the module map).

`l10n.pipeline` runs extraction over many articles and nothing else: a caller that wants one
article's extraction, the catalog update or assembling imports it from `l10n.extraction` or
`l10n.assembly`, so moving code never leaves a second name behind. And no module reaches into
another's private helpers (`_name`): a helper two modules share is public in the lower one.
"""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SCANNED = ("l10n", "tests", "bench", "tools")


def _sources() -> list[Path]:
    found = [path for folder in SCANNED for path in sorted((REPO / folder).rglob("*.py"))]
    return [*found, REPO / "workflow.py"]


def _imports_from_l10n(path: Path) -> list[tuple[int, str, str]]:
    """(line, module, name) of every `from l10n… import name`, at module level or in a function."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [
        (node.lineno, node.module, alias.name)
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "l10n"
        for alias in node.names
    ]


def _defined_in(path: Path) -> set[str]:
    """Names a module defines itself at its top level (not the ones it imports)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return names


def test_names_from_pipeline_are_names_pipeline_defines() -> None:
    own = _defined_in(REPO / "l10n" / "pipeline.py")
    assert "extract_articles" in own
    elsewhere = [
        f"{path.relative_to(REPO)}:{line}: {name}"
        for path in _sources()
        for line, module, name in _imports_from_l10n(path)
        if module == "l10n.pipeline" and name not in own
    ]
    assert elsewhere == []


def test_no_module_of_the_package_imports_another_modules_private_name() -> None:
    scanned = sorted((REPO / "l10n").rglob("*.py"))
    assert len(scanned) > 50
    private = [
        f"{path.relative_to(REPO)}:{line}: {module}.{name}"
        for path in scanned
        for line, module, name in _imports_from_l10n(path)
        if name.startswith("_") and not name.startswith("__")
    ]
    assert private == []
