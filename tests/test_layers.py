"""Layers point one way (DESIGN, "Imports follow the card's layers"): every module of l10n imports only its own
layer, the layers before it in the data flow and the shared ground, at module level or inside a function (the
scan is `test_mt_layers.imported_modules`). `test_mt_layers` and `test_assembly_layers` say it of `mt/`,
`publish/` and `assembly` with their reasons; this says it of every layer, ingest first."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_mt_layers import imported_modules, layer_of

import l10n

# The layers in the order the data flows (DESIGN's "Data flow = folder layout"); placeables sit below segment,
# which calls them per sentence. A module or folder of l10n not named here is shared ground.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("ingest",),
    ("placeables",),
    ("segment", "sentences"),
    ("extract",),
    ("catalog",),
    ("memory",),
    ("mt",),
    ("qa",),
    ("status", "review"),
    ("assemble", "assembly", "assembly_plan", "article_sources"),
    ("publish",),
    ("extraction", "extraction_batch", "extraction_sources", "pipeline"),
    ("cli", "__main__"),
)
RANK = {name: rank for rank, names in enumerate(LAYERS, start=1) for name in names}
# The exceptions DESIGN names: `config_checks.engine_name` accepts plug-in engine names (`mt.registry`, inside the
# function); `qa` stamps `status`'s counts of the catalog it has read (`status.counted_catalog`, inside it).
ALLOWED = {("config_checks", "mt"), ("qa", "status")}


def upward_imports(root: Path) -> list[str]:
    """`path:line: module` of every import of a later layer than the importing module's, shared ground ranking
    below every layer."""
    found = []
    for path in sorted(root.rglob("*.py")):
        own = path.relative_to(root).with_suffix("").parts[0]
        for line, module in imported_modules(path):
            other = layer_of(module)
            if RANK.get(other, 0) > RANK.get(own, 0) and (own, other) not in ALLOWED:
                found.append(f"{path.relative_to(root)}:{line}: {module}")
    return found


def test_no_module_imports_a_later_layer() -> None:
    root = Path(l10n.__file__).parent
    assert len(list((root / "ingest").glob("*.py"))) > 30  # the tree was found, and is scanned below
    assert upward_imports(root) == []


@pytest.mark.parametrize(
    ("path", "source", "upward"),
    [
        ("ingest/probe.py", "def f():\n    from l10n.assemble.article import localize\n", True),
        ("ingest/probe.py", "from l10n.cli.common import app\n", True),
        ("fsio_probe.py", "from l10n.ingest import ingest_file\n", True),  # shared ground under every layer
        ("catalog/probe.py", "from l10n.placeables.naming import PLACEHOLDER_PATTERN\n", False),
        ("ingest/probe.py", "from l10n.folding import without_accents\n", False),
        ("qa/probe.py", "from l10n.status import counted_catalog\n", False),
    ],
)
def test_the_scan_finds_a_later_layer(tmp_path: Path, path: str, source: str, upward: bool) -> None:
    probe = tmp_path / path
    probe.parent.mkdir(parents=True, exist_ok=True)
    probe.write_text(source, encoding="utf-8")
    assert bool(upward_imports(tmp_path)) is upward
