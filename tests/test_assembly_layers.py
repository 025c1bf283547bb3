"""Layers point one way (DESIGN, "Imports follow the card's layers"): `publish` reaches the
assemble side through `l10n.assembly`, never through `pipeline` or the CLI above it, and
`assembly` itself imports nothing from a layer after assemble — at module level or inside a
function (the scan is `test_mt_layers.imported_modules`)."""

from __future__ import annotations

from pathlib import Path

from test_mt_layers import imported_modules, layer_of

import l10n.assembly
import l10n.assembly_plan
import l10n.publish

AFTER_PUBLISH = ("pipeline", "extraction", "cli")
AFTER_ASSEMBLE = ("publish", *AFTER_PUBLISH)


def test_no_module_under_publish_imports_pipeline_or_cli() -> None:
    modules = sorted(Path(l10n.publish.__file__).parent.glob("*.py"))
    assert len(modules) > 5  # the folder was found, and scanned
    upward = [
        f"{path.name}:{line}: {module}"
        for path in modules
        for line, module in imported_modules(path)
        if layer_of(module) in AFTER_PUBLISH
    ]
    assert upward == []


def test_assembly_imports_no_later_layer() -> None:
    path = Path(l10n.assembly.__file__)
    found = imported_modules(path)
    assert any(module == "l10n.assemble" for _, module in found)  # the scan reads its in-function imports
    assert [f"{line}: {module}" for line, module in found if layer_of(module) in AFTER_ASSEMBLE] == []


def test_assembly_plan_imports_no_later_layer() -> None:
    """The part split out of `assembly` (its inputs and records) sits in the same layer."""
    found = imported_modules(Path(l10n.assembly_plan.__file__))
    assert any(module == "l10n.memory.stamps" for _, module in found)  # the scan read the module
    assert [f"{line}: {module}" for line, module in found if layer_of(module) in AFTER_ASSEMBLE] == []
