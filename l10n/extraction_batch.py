"""Extraction as a batch runs it (`pipeline`): one article at a time in this process or in a
worker (`l10n.parallel`), with the stamps held for the chunk, and an article refused handed
back as a value (`extraction.Refused`) when the batch goes on past it. One article's work is
`extraction.extract_article`; this module only carries it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from l10n.extraction import (
    REFUSALS,
    DomainTaken,
    ExtractResult,
    Refused,
    extract_article,
    glossary_of,
    parsed_locales,
    saving_by_chunk,
)
from l10n.locales import TargetLocale
from l10n.project import Project, article_id


def extracted_here(
    project: Project,
    paths: Iterable[Path | Refused],
    *,
    domain: str | None = None,
    locales: Sequence[TargetLocale] = (),
    language: str | None = None,
    skip_refused: bool = False,
) -> Iterator[ExtractResult | Refused]:
    """`extract_article` for each path in this process, its stamps written every `CHUNK_SIZE`
    articles and at the end, as a worker writes them (`save_held_stamps`). An article refused
    earlier (`Refused`) passes through."""
    yield from saving_by_chunk(
        [
            path
            if isinstance(path, Refused)
            else extract_or_refuse(
                project, path, domain=domain, locales=locales, language=language, skip_refused=skip_refused
            )
        ]
        for path in paths
    )


def extract_in_worker(
    project: Project,
    item: Path | Refused,
    *,
    locale_codes: tuple[str, ...] = (),
    language: str | None = None,
    skip_refused: bool = False,
) -> list[ExtractResult | Refused]:
    """`extract_article` as a worker process runs it (`l10n.parallel`): locales as codes, which
    pickle small, and the result as a list; the stamps are written after each chunk
    (`after_chunk=save_held_stamps`). An article refused earlier (`Refused`) passes through."""
    if isinstance(item, Refused):
        return [item]
    locales = parsed_locales(locale_codes)
    return [extract_or_refuse(project, item, locales=locales, language=language, skip_refused=skip_refused)]


def extract_or_refuse(
    project: Project,
    path: Path,
    *,
    domain: str | None = None,
    locales: Sequence[TargetLocale] = (),
    language: str | None = None,
    skip_refused: bool = False,
) -> ExtractResult | Refused:
    """`extract_article` in a batch (stamps held); with `skip_refused`, an article refused
    (`REFUSALS`) is returned as `Refused` rather than raised, for the batch to go on."""
    try:
        return extract_article(project, path, domain=domain, locales=locales, language=language, save=False)
    except REFUSALS as error:
        if not skip_refused:
            raise
        return Refused(domain or article_id(path), str(error), taken=isinstance(error, DomainTaken))


WARM_UP_ARTICLE = (
    "Park opens on 3 May after a $1.2 million repair",
    "About 1,200 people (45%) came at 10:30 a.m. on Saturday, May 3, 2025, see https://example.org.",
)
"""A made-up article that takes every kind of rule extraction loads on first use (numbers, money,
percentages, times, dates, URLs), for `load_before_fork`; never written anywhere."""


def load_before_fork(project: Project, locale_codes: tuple[str, ...]) -> None:
    """Load here what each worker of `extract` would load on its first article — the catalog
    modules and polib, the placeable rules compiled (~100 regular expressions), the segmenter,
    the locales with their CLDR data, the glossary — by extracting `WARM_UP_ARTICLE` in memory,
    so the workers fork with it (`l10n.parallel`'s `before_fork`): ~80 ms of CPU per worker
    paid once. Only caches are filled (bounded, keyed by text), so no output changes."""
    from l10n.catalog.fresh import FreshTemplate
    from l10n.catalog.po import gettext_timestamp
    from l10n.extract import extract_units
    from l10n.memory.glossary import glossary_comments
    from l10n.model import Block, Document

    headline, paragraph = WARM_UP_ARTICLE
    blocks = [Block("headline", headline, line=1), Block("paragraph", paragraph, line=3)]
    units = extract_units(Document(blocks=blocks), reference_path="warm-up.txt")
    template = FreshTemplate(units, domain="warm-up", source_path="warm-up.txt", date=gettext_timestamp())
    template.text()
    if locale_codes:  # the glossary is read only where POs are made, as extraction reads it
        glossary = glossary_of(project)
        for locale in parsed_locales(locale_codes):
            template.po_text(locale, notes=glossary_comments(units, locale.code, glossary=glossary))
