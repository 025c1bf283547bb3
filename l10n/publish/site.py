"""Build the static multilingual site: `site/<locale>/<slug>.html`, indexes, CSS and sitemap.

Pages follow the multilingual-web conventions of the W3C i18n guidelines and Google's hreflang
documentation: `<html lang>` is the BCP 47 tag (zh-Hans-CN), `dir="rtl"` where CLDR says the script
is right-to-left, every version links to every other with `<link rel="alternate" hreflang>` plus an
English `x-default`, and text still in English inside a translation carries `lang="en"` so screen
readers and fonts switch language. Jinja2 autoescaping is always on: article and PO text is data.

Publishing is incremental: pages are rendered deterministically (no build time stamps) and
written with `atomic_write_text`, which leaves a file untouched when its bytes are unchanged, so a
second run with nothing changed writes nothing. Articles stream one at a time; only a short
summary row per article is kept for the indexes.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from l10n.fsio import atomic_write_bytes, atomic_write_text, locked
from l10n.locales import SOURCE_LOCALE, TargetLocale, parse_locale
from l10n.project import Project
from l10n.publish.manifest import manifest_path, read_manifest, remove_stale, write_manifest
from l10n.publish.media import MediaFile, figure_media
from l10n.publish.pages import (
    HOME,
    STYLESHEET,
    ArticleEdition,
    article_page_context,
    completeness_of,
    completeness_text,
    language_links,
    page_path,
    relative_href,
)
from l10n.publish.sitemap import X_DEFAULT, build_sitemap

SITEMAP_NAME = "sitemap.xml"
DEFAULT_BASE_URL = "http://127.0.0.1:8000/"
ROOT_PAGE_LOCALE = "en"  # the root page's own words are English (the x-default language chooser)


@dataclass
class PublishReport:
    """What a publish run did: files rewritten, left untouched (content unchanged), and stale
    files of an earlier run removed (their article or locale is gone)."""

    out_dir: Path
    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)

    def record(self, path: Path, changed: bool) -> None:
        (self.written if changed else self.unchanged).append(path)

    @property
    def files(self) -> int:
        return len(self.written) + len(self.unchanged)


@dataclass(frozen=True)
class _IndexRow:
    """What the indexes keep of one article edition (the article itself is not held in memory)."""

    domain: str
    locale: TargetLocale
    headline: str
    published_text: str
    percent_reviewed: int


@functools.cache
def template_environment() -> Any:
    """The Jinja2 environment over the package's templates; autoescaping is on for every template."""
    from jinja2 import Environment, PackageLoader, StrictUndefined

    return Environment(
        loader=PackageLoader("l10n.publish", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def index_path(locale: TargetLocale) -> str:
    return f"{locale.code}/{HOME}"


def publish_site(
    articles: Iterable[Sequence[ArticleEdition]],
    out_dir: Path,
    *,
    locales: Sequence[TargetLocale],
    base_url: str = DEFAULT_BASE_URL,
) -> PublishReport:
    """Write the site: for each article its editions (source first), then indexes, CSS, sitemap.

    `locales` are the target locales in switcher order; the source locale is put first. Files an
    earlier run wrote (`manifest.py`) and this one did not are removed; nothing else is touched.
    Concurrent runs on one folder take turns (a lock beside the manifest, outside the site).
    """
    out_dir = Path(out_dir)
    with locked(manifest_path(out_dir)):
        previous = read_manifest(out_dir)
        report = _write_site(articles, out_dir, locales=locales, base_url=base_url, previous=previous)
        current = {path.relative_to(out_dir).as_posix() for path in [*report.written, *report.unchanged]}
        report.removed = remove_stale(out_dir, previous, current)
        write_manifest(out_dir, current)
    return report


def _write_site(
    articles: Iterable[Sequence[ArticleEdition]],
    out_dir: Path,
    *,
    locales: Sequence[TargetLocale],
    base_url: str,
    previous: set[str],
) -> PublishReport:
    report = PublishReport(out_dir=out_dir)
    env = template_environment()
    rows: list[_IndexRow] = []
    sitemap_groups: list[dict[str, str]] = []
    for editions in articles:
        group = {e.locale.bcp47: page_path(e.locale, e.domain) for e in editions}
        group[X_DEFAULT] = page_path(editions[0].locale, editions[0].domain)
        sitemap_groups.append(group)
        source = editions[0]
        media = figure_media(source.article.figures, domain=source.domain, source_dir=source.source_dir)
        _copy_media(report, out_dir, media.values(), previous=previous)
        for edition in editions:
            context = article_page_context(edition, editions, media=media)
            _write(report, out_dir / page_path(edition.locale, edition.domain), env, "article.html.j2", context)
            rows.append(_index_row(edition))
    site_locales = _with_source_first(locales)
    sitemap_groups.append({**{loc.bcp47: index_path(loc) for loc in site_locales}, X_DEFAULT: HOME})
    for locale in site_locales:
        _write(report, out_dir / index_path(locale), env, "locale_index.html.j2", _locale_index(rows, locale, site_locales))
    _write(report, out_dir / HOME, env, "root_index.html.j2", _root_index(rows, site_locales))
    _write_bytes(report, out_dir / STYLESHEET, _stylesheet_bytes())
    _write_bytes(report, out_dir / SITEMAP_NAME, build_sitemap(sitemap_groups, base_url=base_url))
    return report


def _copy_media(report: PublishReport, out_dir: Path, media: Iterable[MediaFile], *, previous: set[str]) -> None:
    """Copy figure images into the site; a file already there that an earlier run did not write
    is someone else's and is left as it is (the page still points to it)."""
    for item in media:
        target = out_dir / item.site_path
        if item.source is None or (target.exists() and item.site_path not in previous):
            continue
        _write_bytes(report, target, item.source.read_bytes())


def _write(report: PublishReport, path: Path, env: Any, template: str, context: dict[str, Any]) -> None:
    report.record(path, atomic_write_text(path, env.get_template(template).render(**context)))


def _write_bytes(report: PublishReport, path: Path, data: bytes) -> None:
    report.record(path, atomic_write_bytes(path, data))


def _with_source_first(locales: Sequence[TargetLocale]) -> list[TargetLocale]:
    source = parse_locale(SOURCE_LOCALE)
    return [source, *(loc for loc in locales if loc.code != source.code)]


def _index_row(edition: ArticleEdition) -> _IndexRow:
    return _IndexRow(
        domain=edition.domain,
        locale=edition.locale,
        headline=edition.title,
        published_text=edition.article.published_text or "",
        percent_reviewed=completeness_of(edition),
    )


def _page(locale: TargetLocale, *, title: str, depth: int, current: TargetLocale | None, locales: list[TargetLocale]) -> dict[str, Any]:
    """The page frame of an index: lang/dir, stylesheet, switcher between locale indexes."""
    return {
        "lang": locale.bcp47,
        "dir": locale.direction,
        "title": title,
        "heading": title,
        "css_href": relative_href(STYLESHEET, depth=depth),
        "home_href": relative_href(HOME, depth=depth),
        "versions": language_links([(loc, index_path(loc), None) for loc in locales], current=current, depth=depth),
        "x_default_href": relative_href(HOME, depth=depth),
    }


def _locale_index(rows: list[_IndexRow], locale: TargetLocale, locales: list[TargetLocale]) -> dict[str, Any]:
    """One locale's index: its articles with localised headline, date and completeness."""
    return {
        "page": _page(locale, title=locale.display_name, depth=1, current=locale, locales=locales),
        "rows": [
            {
                "href": f"{row.domain}.html",
                "headline": row.headline,
                "published_text": row.published_text,
                "completeness": completeness_text(row.percent_reviewed, locale),
            }
            for row in rows
            if row.locale.code == locale.code
        ],
    }


def _root_index(rows: list[_IndexRow], locales: list[TargetLocale]) -> dict[str, Any]:
    """The root page: every article (English headline) with its languages and % reviewed.

    Its words are English and it says so (`lang="en"`), whatever the first locale; it is the
    x-default of the locale indexes, so it lists them all and names itself x-default."""
    order = {loc.code: position for position, loc in enumerate(locales)}
    articles = []
    for domain in dict.fromkeys(row.domain for row in rows):
        editions = sorted((r for r in rows if r.domain == domain), key=lambda r: order.get(r.locale.code, len(order)))
        versions = language_links(
            [(r.locale, page_path(r.locale, domain), r.percent_reviewed) for r in editions], current=None, depth=0
        )
        articles.append({"headline": editions[0].headline, "source_href": versions[0].href, "versions": versions})
    page = _page(parse_locale(ROOT_PAGE_LOCALE), title="Articles in every language", depth=0, current=None, locales=locales)
    return {"page": page, "articles": articles}


@functools.cache
def _stylesheet_bytes() -> bytes:
    from importlib.resources import files

    return files("l10n.publish").joinpath("templates", STYLESHEET).read_bytes()


def article_editions(project: Project, domain: str, locales: Sequence[TargetLocale]) -> list[ArticleEdition]:
    """One article assembled in its source language and every locale that has a PO for it."""
    from l10n.assemble import assemble_article
    from l10n.catalog.po import read_translations
    from l10n.pipeline import parse_document, source_path_for

    path = source_path_for(project, domain)
    document = parse_document(path)
    source = parse_locale(document.source_locale or SOURCE_LOCALE)
    source_article = assemble_article(document, {}, source, domain=domain)
    editions = [ArticleEdition(source_article, is_source=True, source_dir=path.parent)]
    for locale in locales:
        po = project.po_path(locale, domain)
        if locale.code != source.code and po.is_file():
            article = assemble_article(document, read_translations(po), locale, domain=domain)
            editions.append(ArticleEdition(article))
    return editions


def publish_project(
    project: Project,
    *,
    domains: Sequence[str],
    locales: Sequence[TargetLocale],
    out_dir: Path | None = None,
    base_url: str | None = None,
) -> PublishReport:
    """`l10n publish`: assemble every domain in every locale and write the site (default `site/`)."""
    configured = project.settings.extra.get("base_url")
    return publish_site(
        (article_editions(project, domain, locales) for domain in domains),
        out_dir or project.site_dir,
        locales=locales,
        base_url=base_url or (str(configured) if configured else DEFAULT_BASE_URL),
    )

