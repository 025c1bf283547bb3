"""`translate`'s per-catalog reads and writes, in worker processes when there are many.

A cold run reads and writes thousands of catalogs (8,000 for 1,000 articles × 8 pseudo
locales): each is independent of the others, so `l10n.parallel` spreads them over `jobs`
processes, results back in catalog order. What must have one writer stays in the calling
process: the MT cache and the engines' rounds (`l10n.mt.group`), the stamps, the merge stamps
and the TM — a worker hands back what the TM takes from a catalog it wrote
(`memory.catalog_sync.WrittenCatalogs.take`), the parent keeps it for the one flush. One pool
serves the whole command (`parallel.SharedPool`): a worker's rendered msgid fields serve every
locale's catalog of the article it renders next. Workers leave
fsync to the parent (`fsio.deferred_durability`: one flush per command) and their writes are
noted there (`fsio.noting_writes`), so the stamps the parent records take each catalog as its
write left it. A damaged catalog's `CatalogError` reaches the caller after the results before
it, as in one process (`translate` then refuses that article and goes on).
"""

from __future__ import annotations

import functools
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from l10n.catalog.translations import machine_may_fill
from l10n.errors import ProjectError
from l10n.fingerprint import Fingerprint, still_as_taken
from l10n.locales import TargetLocale
from l10n.parallel import SharedPool, in_worker_processes, jobs_for
from l10n.project import Project

if TYPE_CHECKING:
    from l10n.catalog.po_blocks import KeptFields
    from l10n.catalog.pofile import CatalogKey
    from l10n.catalog.translations import Written
    from l10n.memory.catalog_sync import WrittenCatalogs
    from l10n.model import Suggestion, Translation
    from l10n.mt.group import CatalogWork

_Item = TypeVar("_Item")
_Result = TypeVar("_Result")


@dataclass(frozen=True)
class OpenUnits:
    """One catalog as MT finds it: the units a machine may fill, the units a person translated,
    and the article's language where asked (`X-Source-Language`, None for the project's)."""

    po_path: Path
    todo: list[tuple[str | None, str]]
    human: int
    language: str | None = None


def read_open_units(
    project: Project,
    wanted: Sequence[tuple[TargetLocale, str, str]],
    *,
    overwrite_fuzzy: bool,
    jobs: int,
    pool: SharedPool | None = None,
) -> list[OpenUnits]:
    """`OpenUnits` of each (locale, domain, the locale's engine) of `wanted`, in order (no more
    than the groups keep of them anyway); a catalog missing is created from its template first
    (`ensure_po`). A damaged catalog's `CatalogError` is raised once the catalogs before it are
    read. Another engine's output is open (`machine_may_fill`'s `engine`) in an article in the
    project's language; one in another language (not asked of pseudo, which takes any) gets
    its engine per article (`mt.sources`), which the rule does not know here."""
    work = partial(_read_open, project, overwrite_fuzzy)
    return list(_mapped(work, wanted, jobs_for(len(wanted), jobs), pool))


def _read_open(project: Project, overwrite_fuzzy: bool, item: tuple[TargetLocale, str, str]) -> list[OpenUnits]:
    from l10n.catalog.po import catalog_source_language

    locale, domain, engine = item
    po_path = ensure_po(project, locale, domain)
    translations = catalog_translations(po_path)
    article = catalog_source_language(po_path) if engine != "pseudo" else None
    writer = engine if article is None else None
    todo = [
        key for key, t in translations.items() if machine_may_fill(t, overwrite_fuzzy=overwrite_fuzzy, engine=writer)
    ]
    return [OpenUnits(po_path, todo, human_units(translations), article)]


def write_suggestions(
    planned: Iterable[tuple[TargetLocale, str, Path, list[Suggestion], Fingerprint | None]],
    *,
    overwrite_fuzzy: bool,
    to_tm: WrittenCatalogs,
    jobs: int,
    count: int,
    pool: SharedPool | None = None,
) -> Iterator[int]:
    """`fill_suggestions` for each (locale, domain, PO, suggestions, the PO's merge fingerprint
    when its stamp holds) of `planned` (`count` of them), in order: the entries each changed. What each written catalog gives the TM is kept
    in `to_tm` here, whichever process wrote it. `planned` is read lazily, each item just before
    its catalog is written (a caller's state of the file before the write holds)."""
    work = partial(_write, overwrite_fuzzy, to_tm.emptied())
    for changed, kept in _mapped(work, planned, jobs_for(count, jobs), pool):
        if kept is not None:
            to_tm.keep(*kept)
        yield changed


def _write(
    overwrite_fuzzy: bool,
    to_tm: WrittenCatalogs,
    item: tuple[TargetLocale, str, Path, list[Suggestion], Fingerprint | None],
) -> list[tuple[int, Any]]:
    locale, domain, po_path, suggestions, merged = item
    changed = fill_suggestions(
        po_path,
        suggestions,
        overwrite_fuzzy=overwrite_fuzzy,
        written=to_tm.recorder(locale, domain),
        printed_here=None if merged is None else partial(still_as_taken, merged, 1),
    )
    return [(changed, to_tm.take(po_path))]


def catalog_translations(po_path: Path) -> dict[CatalogKey, Translation]:
    """`read_translations` of a catalog, read as blocks (`po_blocks.read_blocks`) in gettext's
    plain layout: a fresh catalog's empty units are taken by one pattern each, without the
    fields and comments of a scanned entry (~half the cost); else as `read_translations` reads
    it (which names any error). Only keys and states are asked: no field is printed."""
    from l10n.catalog.po import read_translations
    from l10n.catalog.po_blocks import EMPTY_UNIT, read_blocks
    from l10n.catalog.po_scan import ScannedEntry, scannable_bytes
    from l10n.catalog.translations import entry_translation

    data = scannable_bytes(po_path)
    catalog = read_blocks(data, fields_as_printed=True) if data is not None else None
    if catalog is None:
        return read_translations(po_path)
    return {  # a block that is not a scanned entry is a plain one: empty, as `EMPTY_UNIT` says
        key: entry_translation(block) if isinstance(block, ScannedEntry) else EMPTY_UNIT
        for key, block in zip(catalog.keys, catalog.blocks, strict=True)
    }


def fill_suggestions(
    po_path: Path,
    suggestions: Sequence[Suggestion],
    *,
    overwrite_fuzzy: bool,
    written: Written | None,
    printed_here: Callable[[bytes], bool] | None = None,
) -> int:
    """`apply_suggestions` of machine suggestions, with the same bytes and the same `written`,
    through `po_blocks` for a catalog in gettext's plain layout: a unit filled in a fresh
    catalog is always the same edit, so its block's lines are copied and only the new msgstr is
    printed (`BlockCatalog.fill`), where the general path read every entry into fields and
    printed them all again. `printed_here` tells, from the bytes read under the lock, whether
    they are bytes l10n's printer wrote (their merge stamp holds: `mt.batch`); their fields are
    then copied unchecked, as `opencc` does. Any other catalog goes the general way."""
    from l10n import fsio
    from l10n.catalog.po import apply_suggestions
    from l10n.catalog.po_blocks import read_blocks
    from l10n.catalog.po_scan import scannable_bytes

    pending = [s for s in suggestions if s.msgstr]
    origins = {s.origin for s in pending}
    if len(origins) != 1 or len({(s.msgctxt, s.msgid) for s in pending}) != len(pending):
        # nothing to write (`apply_suggestions` tells `written` nothing), mixed origins, or two
        # texts for one unit (`BlockCatalog.fill` refuses them; the general rule decides)
        return apply_suggestions(po_path, pending, overwrite_fuzzy=overwrite_fuzzy, written=written)
    with fsio.locked(po_path):
        data = scannable_bytes(po_path)
        ours = data is not None and printed_here is not None and printed_here(data)
        catalog = read_blocks(data, fields_as_printed=ours) if data is not None else None
        if catalog is None:  # the general reader decides (and names any error); the lock is re-entrant
            return apply_suggestions(po_path, pending, overwrite_fuzzy=overwrite_fuzzy, written=written)
        texts = (((s.msgctxt, s.msgid), s.msgstr, s.provenance) for s in pending)
        changed = catalog.fill(texts, origin=origins.pop(), overwrite_fuzzy=overwrite_fuzzy, printed=_msgstr_fields())
        if changed:
            fsio.atomic_write_text(po_path, catalog.text())
        if written is not None:
            written(catalog.reviewed())
    return changed


@functools.cache
def _msgstr_fields() -> KeptFields:
    """The msgstr fields this process printed, by text (`po_blocks.KeptFields`): a worker prints
    each text once, not once per catalog it writes it into (10.2 MB for the 12,789 texts of a
    cold 1,000 × 8 pseudo run, ~26 MB full)."""
    from l10n.catalog.po_blocks import KeptFields

    return KeptFields(bound=1 << 15)


def written_in_order(
    suggested: list[tuple[CatalogWork, list[Suggestion], bool]],
    merges: MergesKept,
    *,
    to_tm: WrittenCatalogs,
    overwrite_fuzzy: bool,
    jobs: int,
    pool: SharedPool | None,
) -> Iterator[tuple[CatalogWork, int, bool]]:
    """Each catalog of a group given its suggestions (`write_suggestions`), in order, with the
    entries changed and whether it is done (the flag as given); `merges` takes each catalog's
    merge fingerprint here just before its write and carries its stamp over after it."""
    befores: deque[str] = deque()

    def planned() -> Iterator[tuple[TargetLocale, str, Path, list[Suggestion], Fingerprint | None]]:
        for catalog, suggestions, _ in suggested:
            before = merges.before(catalog.locale.code, catalog.domain)  # read just before its write
            befores.append(before)
            yield (
                catalog.locale,
                catalog.domain,
                catalog.po_path,
                suggestions,
                merges.printed(catalog.locale.code, catalog.domain, before),
            )

    changes = write_suggestions(
        planned(), overwrite_fuzzy=overwrite_fuzzy, to_tm=to_tm, jobs=jobs, count=len(suggested), pool=pool
    )
    for (catalog, _, done), changed in zip(suggested, changes, strict=True):
        merges.after(catalog.locale.code, catalog.domain, befores.popleft())
        yield catalog, changed, done


class MergesKept(Protocol):
    """What `written_in_order` needs of the merge stamps (`mt.batch`'s)."""

    def before(self, code: str, domain: str) -> str: ...

    def printed(self, code: str, domain: str, before: str) -> Fingerprint | None: ...

    def after(self, code: str, domain: str, before: str) -> None: ...


def _mapped(
    work: Callable[[_Item], list[_Result]], items: Iterable[_Item], jobs: int, pool: SharedPool | None
) -> Iterator[_Result]:
    """`work` over `items` in `jobs` worker processes (`pool`'s when given), or here with one job."""
    if jobs > 1:
        return in_worker_processes(work, items, jobs=jobs, shared=pool)
    return (result for item in items for result in work(item))


def ensure_po(project: Project, locale: TargetLocale, domain: str) -> Path:
    """The PO for (locale, domain), created from the POT (msgmerge-style) when it does not exist."""
    from l10n.catalog.po import update_po

    po_path = project.po_path(locale, domain)
    if not po_path.is_file():
        pot_path = project.pot_path(domain)
        if not pot_path.is_file():
            raise ProjectError(f"no template for domain {domain!r}: run `l10n extract` first", path=pot_path)
        update_po(pot_path, po_path, locale)
    return po_path


def human_units(translations: dict) -> int:
    """Units a person translated (reported as kept)."""
    return sum(1 for t in translations.values() if t.msgstr and t.origin == "human")
