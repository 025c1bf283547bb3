"""Brand-new catalogs written straight from units: the bytes the polib path gives, built once.

Creating an article's template and each locale's PO is what `extract --locales` does for every
new article of a corpus. The general path builds a polib template (`build_template`), renders it,
then for each locale builds an empty catalog, merges the template into it (`update_po`)
and renders that: two catalogs of the same entries built and printed per article. Here each
unit's entry is printed once and shared: a new PO's entries are the template's, byte for byte,
except where a glossary note is added. Headers still come from the general path's own
functions (`build_template`; `new_catalog` + `merge_catalogs` with no entries), so they cannot
drift. Only *new* files take this path; an existing PO is merged as always (`FreshTemplate.catalog`
builds the polib template then). `tests/test_catalog_fresh.py` holds the equivalence.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from l10n.catalog.po_render import entry_text, render_po

if TYPE_CHECKING:
    import polib

    from l10n.catalog.pofile import CatalogKey
    from l10n.locales import TargetLocale
    from l10n.model import Unit


class FreshTemplate:
    """A template for `units` dated `date`, to be created or merged; texts made on demand."""

    def __init__(
        self,
        units: Sequence[Unit],
        *,
        domain: str,
        source_path: str,
        date: str,
        source_language: str | None = None,
        source_variant: str | None = None,
    ) -> None:
        self.units = list(units)
        self.domain, self.source_path, self.date = domain, source_path, date
        self.source_language, self.source_variant = source_language, source_variant

    @functools.cached_property
    def catalog(self) -> polib.POFile:
        """The polib template (what `write_template` returns): for merges into existing POs."""
        from l10n.catalog.po import build_template

        return build_template(
            self.units,
            domain=self.domain,
            source_path=self.source_path,
            date=self.date,
            source_language=self.source_language,
            source_variant=self.source_variant,
        )

    @functools.cached_property
    def _header(self) -> polib.POFile:
        from l10n.catalog.po import build_template

        return build_template(
            [],
            domain=self.domain,
            source_path=self.source_path,
            date=self.date,
            source_language=self.source_language,
            source_variant=self.source_variant,
        )

    @functools.cached_property
    def _entries(self) -> list[str]:
        return [_unit_entry(unit) for unit in self.units]

    def text(self) -> str:
        """The template file's text (`render_catalog` of `catalog`)."""
        return _joined(render_po(self._header), self._entries)

    def po_text(self, locale: TargetLocale, *, notes: Mapping[CatalogKey, Sequence[str]] | None = None) -> str:
        """A new PO for `locale` (what `update_po` writes when there is none), with `notes`
        (glossary lines) added to the `#.` comments of the units they belong to."""
        from l10n.catalog.update import merge_catalogs, new_catalog

        header, _ = merge_catalogs(self._header, new_catalog(self._header, locale), locale)
        entries = [
            _unit_entry(unit, notes[unit.key]) if notes and notes.get(unit.key) else text
            for unit, text in zip(self.units, self._entries)
        ]
        return _joined(render_po(header), entries)


def _joined(header: str, entries: list[str]) -> str:
    """`render_catalog`'s layout: the header entry, then each entry, one blank line apart."""
    return "\n".join([header, *entries]).rstrip("\n") + "\n"


def _unit_entry(unit: Unit, notes: Sequence[str] = ()) -> str:
    """The entry `build_template` makes for `unit` (and `update_po` copies, notes appended)."""
    from l10n.catalog.po import format_flags, reference_occurrence

    comment = "\n".join(filter(None, ["\n".join(unit.comments), *notes]))
    occurrences = [reference_occurrence(reference) for reference in unit.references]
    flags = format_flags(unit.msgid)
    return entry_text(
        msgctxt=unit.msgctxt,
        msgid=unit.msgid,
        msgstr="",
        tcomment="",
        comment=comment,
        occurrences=occurrences,
        flags=flags,
    )
