"""The site's index pages and sitemap groups, from the page records of every article.

A locale's index lists its articles (localised headline, date, readiness, % reviewed); the root
page lists every article with its languages in English and is the `x-default` of the locale
indexes (Google's hreflang documentation); the sitemap gets one alternate group per article
(sitemaps.org with `xhtml:link` alternates) plus one for the indexes. Only records are read
here, never an article, so a run that rebuilt one article still lists every other.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from l10n.locales import SOURCE_LOCALE, TargetLocale, parse_locale
from l10n.publish import cldr
from l10n.publish.manifest import PageRecord
from l10n.publish.pages import HOME, completeness_text, language_links, page_head, record_links
from l10n.publish.readiness import readiness_text
from l10n.publish.sitemap import X_DEFAULT

ROOT_PAGE_LOCALE = "en"  # the root page's own words are English (the x-default language chooser)


def index_path(locale: TargetLocale) -> str:
    return f"{locale.code}/{HOME}"


def with_source_first(locales: Sequence[TargetLocale]) -> list[TargetLocale]:
    source = parse_locale(SOURCE_LOCALE)
    return [source, *(loc for loc in locales if loc.code != source.code)]


def site_locales(locales: Sequence[TargetLocale], records: Sequence[PageRecord]) -> list[TargetLocale]:
    """The run's locales, source first, plus any locale an earlier run left pages in."""
    site = with_source_first(locales)
    known = {loc.code for loc in site}
    for record in records:
        if record.locale not in known:
            known.add(record.locale)
            site.append(parse_locale(record.locale))
    return site


def sitemap_groups(records: Sequence[PageRecord]) -> list[dict[str, str]]:
    """One alternate group per article: its ready pages, x-default = the source page."""
    groups: list[dict[str, str]] = []
    by_domain: dict[str, list[PageRecord]] = {}
    for record in records:
        by_domain.setdefault(record.domain, []).append(record)
    for versions in by_domain.values():
        group = {parse_locale(r.locale).bcp47: r.path for r in versions if r.ready}
        source = next((r for r in versions if r.is_source), versions[0])
        group[X_DEFAULT] = source.path
        groups.append(group)
    return groups


def _index_page(
    locale: TargetLocale,
    *,
    title: str,
    depth: int,
    current: TargetLocale | None,
    locales: list[TargetLocale],
    site_path: str,
    base_url: str | None,
) -> dict[str, Any]:
    """The page frame of an index: lang/dir, head links, switcher between locale indexes."""
    page = page_head(
        title=title,
        locale=locale,
        depth=depth,
        site_path=site_path,
        base_url=base_url,
        alternates=[*((loc.bcp47, index_path(loc)) for loc in locales), (X_DEFAULT, HOME)],
    )
    page["heading"] = title
    page["versions"] = language_links([(loc, index_path(loc), None) for loc in locales], current=current, depth=depth)
    return page


def headline_language(record: PageRecord, source: PageRecord | None, page: TargetLocale) -> tuple[str, str]:
    """(`lang`, `dir`) of a headline an index on `page`'s language lists: the source language's
    tag where the edition shows its headline in the source's words (untranslated or held: the
    source edition's text) and that language is not the page's, with its direction where that
    differs; ("", "") where the headline is in the page's language. A reader's screen reader
    then reads a Russian headline on the English root index as Russian, as the article's page
    marks it.

    >>> from l10n.publish.manifest import PageRecord
    >>> ru = PageRecord("ru/a.html", "a", "ru", "Новости", "", 0, True, True)
    >>> held = PageRecord("ar/a.html", "a", "ar", "Новости", "", 0, False)
    >>> headline_language(ru, ru, parse_locale("en")), headline_language(held, ru, parse_locale("ar"))
    (('ru', ''), ('ru', 'ltr'))
    >>> headline_language(PageRecord("de/a.html", "a", "de", "Nachrichten", "", 0, True), ru, parse_locale("de"))
    ('', '')
    """
    if source is None or record.headline != source.headline:
        return "", ""
    language = parse_locale(source.locale)
    if language.bcp47 == page.bcp47:
        return "", ""
    written = cldr.direction(language)  # (a kept answer: a publish after the first loads no CLDR data)
    return language.bcp47, written if written != cldr.direction(page) else ""


def _sources(records: Sequence[PageRecord]) -> dict[str, PageRecord]:
    return {record.domain: record for record in records if record.is_source}


def locale_index(
    records: list[PageRecord], locale: TargetLocale, locales: list[TargetLocale], *, base_url: str | None
) -> dict[str, Any]:
    """One locale's index: its articles with localised headline, date, state and completeness."""
    page = _index_page(
        locale,
        title=cldr.own_name(locale),
        depth=1,
        current=locale,
        locales=locales,
        site_path=index_path(locale),
        base_url=base_url,
    )
    sources = _sources(records)
    return {
        "page": page,
        "rows": [
            {
                "href": row.path.rsplit("/", 1)[-1],
                "headline": row.headline,
                "headline_lang": headline_language(row, sources.get(row.domain), locale),
                "published_text": row.published_text,
                "published_datetime": row.published_datetime,
                "ready": row.ready,
                "state": readiness_text(locale, "ready" if row.ready else "incomplete"),
                "completeness": completeness_text(row.percent_reviewed, locale),
            }
            for row in records
            if row.locale == locale.code
        ],
    }


def root_index(records: list[PageRecord], locales: list[TargetLocale], *, base_url: str | None) -> dict[str, Any]:
    """The root page: every article (English headline) with its languages, state and % reviewed.

    Its words are English and it says so (`lang="en"`), whatever the first locale; it is the
    x-default of the locale indexes, so it lists them all and names itself x-default."""
    english = parse_locale(ROOT_PAGE_LOCALE)
    articles = []
    by_domain: dict[str, list[PageRecord]] = {}
    for record in records:
        by_domain.setdefault(record.domain, []).append(record)
    for versions in by_domain.values():
        source = next((r for r in versions if r.is_source), versions[0])
        links = record_links(versions, current=None, depth=0, reader=english)
        lang, direction = headline_language(source, source, english)
        articles.append(
            {"headline": source.headline, "lang": lang, "dir": direction, "source_href": source.path, "versions": links}
        )
    page = _index_page(
        english,
        title="Articles in every language",
        depth=0,
        current=None,
        locales=locales,
        site_path=HOME,
        base_url=base_url,
    )
    return {"page": page, "articles": articles}
