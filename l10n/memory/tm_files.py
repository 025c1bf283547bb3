"""Files from outside into the project TM: `tm import FILE.tmx|FILE.po`.

Apart from `l10n.memory.catalog_sync` (the TM from the project's own catalogs) because an outside
file is hostile input with its own rules: a TMX's language tags must name project locales, a
PO's locale comes from its header, and what the file gives never replaces a review the TM holds
from elsewhere (`TranslationMemory.import_entries`, DESIGN decision 10).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from l10n.memory.catalog_sync import entries_from_po, open_project_tm
from l10n.project import Project

if TYPE_CHECKING:
    from l10n.errors import CatalogError


def import_into_tm(
    project: Project, path: Path, *, skipped: Counter[str] | None = None, warnings: list[CatalogError] | None = None
) -> tuple[int, int]:
    """`tm import FILE.tmx|FILE.po`: add a TMX file's pairs, or a PO's reviewed units, to the TM;
    (entries changed, pairs kept because the TM holds another text: `import_entries`).

    A TMX's language tags name the project's locales (`tmx.read_tmx`: `ES-ES` is `es`); the
    `<tuv>`s in other languages are counted by tag in `skipped`, and those left out for want of
    a `<seg>` or a source are said in `warnings`, one error line each. A PO's target locale comes
    from its `Language` header (gettext manual §10.1), else from the
    `locales/<locale>/LC_MESSAGES/` folder it sits in.
    """
    from l10n.errors import CatalogError
    from l10n.memory.tmx import read_tmx

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".tmx":
        source = project.settings.source_locale
        targets = [code for code in project.known_locales() if code != source]
        entries = read_tmx(path, source_locale=source, locales=targets, skipped=skipped, warnings=warnings)
    elif suffix == ".po":
        entries = entries_from_po(
            path,
            source_locale=project.settings.source_locale,
            target_locale=_po_language(path),
            origin=path.name,
        )
    else:
        raise CatalogError("tm import reads .tmx or .po files", path=path)
    with open_project_tm(project) as tm:
        return tm.import_entries(entries)


def _po_language(po_path: Path) -> str:
    import polib

    from l10n.errors import CatalogError
    from l10n.locales import parse_locale

    try:
        language = polib.pofile(str(po_path)).metadata.get("Language", "")
    except (OSError, ValueError) as exc:
        raise CatalogError(f"cannot read PO: {exc}", path=po_path) from None
    if not language and po_path.parent.name == "LC_MESSAGES":
        language = po_path.parent.parent.name
    if not language:
        raise CatalogError("PO has no Language header: cannot tell its target locale", path=po_path)
    return parse_locale(language).code
