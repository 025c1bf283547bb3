"""What one page shows, computed from assembled articles: versions, notice, completeness, blocks.

Kept apart from `site.py` (which walks the project and writes files) so the page logic is pure:
an `ArticleEdition` in, a template context out. The article body is assemble's HTML; this module
adds what only a *site* knows (W3C i18n "language negotiation" guidance): the switcher and
hreflang links between versions, the machine-translation and readiness notices, completeness,
and the head a reader's tools read: a meta description from the article's summary, a canonical
URL and absolute hreflang URLs when the site's public `base_url` is known (Google requires
fully-qualified alternates), and `noindex` on editions below the readiness policy.

Pages are named after the source headline (`de/biomedical-to-become-key-pillar-industry.html`,
`headline_slug`); the old name `<locale>/<domain>.html` stays as a small redirect page.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Protocol
from urllib.parse import urljoin

from markupsafe import Markup

from l10n.assemble.xml_text import placed_text  # a page's title and description: once a page, not an import each
from l10n.folding import latin_in_ascii
from l10n.locales import TargetLocale, parse_locale
from l10n.memo import remember
from l10n.publish import cldr
from l10n.publish.frames import EncodedMarkup
from l10n.publish.manifest import PageRecord
from l10n.publish.media import MediaFile, with_site_image_paths
from l10n.publish.readiness import readiness_text
from l10n.publish.ui_text import ui_text

MACHINE_COUNTS = ("mt", "fuzzy")  # keys of LocalizedArticle.counts
REVIEWED_COUNT = "translated"
STYLESHEET = "site.css"
FAVICON = "favicon.svg"
HOME = "index.html"
SLUG_MAX_LENGTH = 80
DESCRIPTION_MAX_LENGTH = 300
_SLUG_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class ArticleEdition:
    """One assembled article in one locale; `is_source` marks the original (English) edition."""

    article: Any  # l10n.assemble.LocalizedArticle
    is_source: bool = False
    source_dir: Path | None = None  # the source article's folder: relative image paths start there
    slug: str = ""  # the page's file name (from the source headline); the domain when empty
    ready: bool = True  # meets the readiness policy (the source edition always does)

    @property
    def page_slug(self) -> str:
        return self.slug or self.domain

    @property
    def path(self) -> str:
        return page_path(self.locale, self.page_slug)

    def record(self) -> PageRecord:
        """What the manifest keeps of this page for indexes, switchers and the sitemap."""
        return PageRecord(
            path=self.path,
            domain=self.domain,
            locale=self.locale.code,
            headline=self.title,
            published_text=self.article.published_text or "",
            published_datetime=self.article.published_datetime,
            percent_reviewed=completeness_of(self),
            ready=self.ready,
            is_source=self.is_source,
        )

    @property
    def locale(self) -> TargetLocale:
        return self.article.locale

    @property
    def domain(self) -> str:
        return self.article.domain

    @property
    def title(self) -> str:
        """The headline as plain text (minus characters XML 1.0 forbids, as in the article body,
        its bidi controls closed: `placed_text`), or the article's slug when the source had none."""
        return placed_text(self.article.headline) or self.domain


@dataclass(frozen=True)
class PageArticle:
    """An assembled article reduced to what its pages need once its `<article>` markup is made:
    an edition `assemble` built, taken from `build/` (`publish.built`) instead of the whole
    `LocalizedArticle` with every sentence, value and tag. Duck-types the fields pages,
    records and indexes read."""

    locale: TargetLocale
    domain: str
    headline: str
    published_text: str
    published_datetime: str  # `LocalizedArticle.published_datetime`
    summary_text: str
    source_lang: str
    counts: dict[str, int]
    held: dict[str, int]
    figures: dict[int, Any]  # none: taken only for an article without relative images (media)
    markup: str  # `article_fragment` of the article with its images' site paths
    lang: str = ""  # `LocalizedArticle.lang`: the source edition's region ("en-GB")
    markup_utf8: bytes | None = None  # `markup`'s UTF-8 when known (cut from the build file's bytes)


def _article_markup(article: Any, media: Mapping[int, MediaFile]) -> Any:
    if isinstance(article, PageArticle):
        return EncodedMarkup(article.markup, article.markup_utf8)  # its bytes taken as they are into the page's
    return article_fragment(with_site_image_paths(article, media, depth=1))


@dataclass(frozen=True)
class LanguageLink:
    """One entry of a language switcher / hreflang list, with the href relative to the page."""

    hreflang: str
    href: str
    name: str  # the language's own name, shown with `dir` so Arabic does not reorder its row
    direction: str
    current: bool
    percent_reviewed: int | None = None
    ready: bool = True
    state: str = ""  # the edition's state in the reading page's language ("unvollständig")


def completeness_percent(article: Any) -> int:
    """Share of sentences a person has reviewed (assemble's counts), rounded down: 99.6% is not 100%."""
    total = sum(article.counts.values())
    return 100 if total == 0 else (100 * article.counts.get(REVIEWED_COUNT, 0)) // total


def completeness_text(percent: int, locale: TargetLocale) -> str:
    """ "42 % geprüft": the number formatted by Babel/CLDR for the locale, the words from `UI_TEXT`.

    The number is written as every value of the edition is (`placeables.render`, `render_percent`
    then `in_native_digits`):
    in the locale's default numbering system with its own percent sign, so a Persian page says
    "۴۲٪", not "42%".

    >>> from l10n.locales import parse_locale
    >>> completeness_text(42, parse_locale("de")), completeness_text(42, parse_locale("fa"))[:3]
    ('42\\xa0% geprüft', '۴۲٪')
    """
    found = _COMPLETENESS.get((percent, locale.code))
    if found is None:  # once per (value, locale): a site asks ~22,000 times
        text = ui_text(locale, "reviewed", percent=cldr.percent(percent, locale))
        found = remember(_COMPLETENESS, (percent, locale.code), text, limit=10_000)  # a manifest may hold any
    return found


_COMPLETENESS: dict[tuple[int, str], str] = {}  # (percent, locale code) → its text: 101 per locale


def needs_machine_notice(edition: ArticleEdition) -> bool:
    """True when any unit on the page is machine output or a fuzzy (unconfirmed) match."""
    counts = edition.article.counts
    return not edition.is_source and any(counts.get(key, 0) for key in MACHINE_COUNTS)


def page_path(locale: TargetLocale, slug: str) -> str:
    """Site-relative path of an article page: `<locale>/<slug>.html` (locale in gettext form)."""
    return f"{locale.code}/{slug}.html"


def headline_slug(headline: str) -> str:
    """A readable file name from a headline: ASCII words, lower case, hyphens, at most
    `SLUG_MAX_LENGTH` characters cut at a word; "" when no Latin letter is left (the domain is
    used then: digits alone, "30" of "年薪30万", name no page). Latin letters are spelled in ASCII
    as an article's id spells them (`folding.latin_in_ascii`: "Straße" → "strasse", "Łódź" →
    "lodz"; NFKD alone dropped the letters it does not decompose: "strae", "odz"); other scripts'
    letters are left out. Apostrophes join ("Shanghai’s" → "shanghais").

    >>> headline_slug("Biomedical to become key pillar industry for Baoshan")
    'biomedical-to-become-key-pillar-industry-for-baoshan'
    >>> headline_slug("Café “Zürich”: Shanghai’s 700-year-old town <script>"), headline_slug("宝山年薪30万")
    ('cafe-zurich-shanghais-700-year-old-town-script', '')
    >>> headline_slug("Gießen: Ærø-Fähre fällt aus")
    'giessen-aero-fahre-fallt-aus'
    """
    folded = latin_in_ascii(headline).encode("ascii", "ignore").decode("ascii")
    words = _SLUG_WORD.findall(folded.lower().replace("'", ""))
    slug = ""
    for word in words:
        longer = f"{slug}-{word}" if slug else word
        if len(longer) > SLUG_MAX_LENGTH:
            break
        slug = longer
    return slug if any(char.isalpha() for char in slug) else ""


def absolute_url(base_url: str | None, site_path: str, *, depth: int) -> str:
    """`site_path` as an absolute URL under `base_url`, or relative to a page `depth` folders
    down when the public URL is unknown.

    >>> absolute_url("https://news.example.org/l10n", "de/a.html", depth=1), absolute_url(None, "de/a.html", depth=1)
    ('https://news.example.org/l10n/de/a.html', '../de/a.html')
    """
    if not base_url:
        return relative_href(site_path, depth=depth)
    return urljoin(base_url if base_url.endswith("/") else base_url + "/", site_path)


def page_head(
    *,
    title: str,
    locale: TargetLocale,
    depth: int,
    site_path: str,
    base_url: str | None,
    alternates: Sequence[tuple[str, str]],
    indexable: bool = True,
    description: str = "",
) -> dict[str, Any]:
    """The `page` keys every template's `<head>` uses: lang/dir, links and the reader's metadata.

    `alternates` are (hreflang, site path) pairs, x-default included; they are written only on
    a page that is itself indexable (an edition below the readiness policy offers none)."""
    lang, direction, css_href, icon_href, home_href, switcher_label = _head_words(locale, depth)
    return {
        "lang": lang,
        "dir": direction,
        "title": title,
        "description": _description(description),
        "robots": "" if indexable else "noindex",
        "canonical": absolute_url(base_url, site_path, depth=depth) if base_url else "",
        "alternates": list(_alternate_items(base_url, tuple(alternates), depth)) if indexable else [],
        "css_href": css_href,
        "icon_href": icon_href,
        "home_href": home_href,
        "switcher_label": switcher_label,  # the language menu's name for screen readers
    }


def _head_words(locale: TargetLocale, depth: int) -> tuple[str, str, str, str, str, str]:
    """What a page's head takes of its locale and depth alone (lang, dir, the stylesheet, icon
    and home links, the switcher's name), made once per (locale, depth): a site asks on each
    of its ~22,000 pages, for ~11 locales."""
    found = _HEAD_WORDS.get((locale.code, depth))
    if found is None:
        words = (
            locale.bcp47,
            cldr.direction(locale),
            relative_href(STYLESHEET, depth=depth),
            relative_href(FAVICON, depth=depth),
            relative_href(HOME, depth=depth),
            ui_text(locale, "languages"),
        )
        found = remember(_HEAD_WORDS, (locale.code, depth), words, limit=1_000)
    return found


_HEAD_WORDS: dict[tuple[str, int], tuple[str, str, str, str, str, str]] = {}  # a function of the code and depth


@functools.lru_cache(maxsize=64)
def _alternate_items(
    base_url: str | None, alternates: tuple[tuple[str, str], ...], depth: int
) -> tuple[Mapping[str, str], ...]:
    """`page_head`'s alternates: each page of an article lists the same ones, made once and
    shared read-only (each page gets its own list of them: nothing one page does reaches another)."""
    return tuple(
        MappingProxyType({"hreflang": lang, "href": absolute_url(base_url, path, depth=depth)})
        for lang, path in alternates
    )


@functools.lru_cache(maxsize=1024)  # an untranslated edition's summary is its source's: recurs across locales
def _description(text: str) -> str:
    """A meta description: one line, cut at a word near `DESCRIPTION_MAX_LENGTH` characters,
    without the control characters a msgstr may carry (as in the body, `xml_safe`), its bidi
    controls closed where it ends (`placed_text`)."""
    text = " ".join(placed_text(text).split())
    if len(text) <= DESCRIPTION_MAX_LENGTH:
        return text
    return placed_text(text[:DESCRIPTION_MAX_LENGTH].rsplit(" ", 1)[0] + "…")  # its closers may be cut off


def relative_href(site_path: str, *, depth: int) -> str:
    """A site-root-relative path as seen from a page `depth` folders below the root."""
    return "../" * depth + site_path


def language_links(
    entries: Sequence[tuple[TargetLocale, str, int | None] | tuple[TargetLocale, str, int | None, bool]],
    *,
    current: TargetLocale | None,
    depth: int,
    reader: TargetLocale | None = None,
) -> list[LanguageLink]:
    """Switcher links for (locale, site path, percent reviewed[, ready]) entries, relative to the
    page; a version below the readiness policy says so in the `reader`'s language."""
    links = []
    for locale, path, percent, *rest in entries:
        ready = bool(rest[0]) if rest else True
        links.append(
            LanguageLink(
                hreflang=locale.bcp47,
                href=relative_href(path, depth=depth),
                name=cldr.own_name(locale),
                direction=cldr.direction(locale),
                current=current is not None and locale.code == current.code,
                percent_reviewed=percent,
                ready=ready,
                state=link_state(ready, reader or locale),
            )
        )
    return links


def link_state(ready: bool, reader: TargetLocale) -> str:
    """A language link's state: none for a version that meets the readiness policy, else the
    `reader`'s word for it."""
    return "" if ready else readiness_text(reader, "incomplete")


def record_links(
    records: Sequence[PageRecord], *, current: TargetLocale | None, depth: int, reader: TargetLocale
) -> list[LanguageLink]:
    """Switcher links for an article's recorded pages (`PageRecord`s, source first)."""
    entries = [(parse_locale(r.locale), r.path, r.percent_reviewed, r.ready) for r in records]
    return language_links(entries, current=current, depth=depth, reader=reader)


def article_fragment(article: Any) -> Any:
    """The `<article>` element of assemble's page (`render_html`) as markup for the site template.

    Assemble owns the article's HTML shape (header, figures, labels, `lang` on English fallbacks,
    escaping through lxml); the site only frames it. Taking the element from the rendered page
    keeps one home for that logic.
    """
    from l10n.assemble.html import render_html

    return fragment_of(render_html(article))


def fragment_of(page: str) -> Any:
    """The `<article>` element of a page `render_html` wrote, as markup (`article_fragment`;
    `publish.built` reads it from the edition in `build/`)."""
    from l10n.assemble.built import article_markup

    return Markup(article_markup(page))


class SharedVersions(Protocol):
    """An article's pages in every language as each of its pages lists them, made once for all
    of them (`head_links.ArticleVersions`, which `staging` makes per article)."""

    records: list[PageRecord]  # source first, then in switcher order
    alternates: list[tuple[str, str]]  # (hreflang, site path) of the versions meeting the policy

    def links(self, current: TargetLocale, reader: TargetLocale) -> Sequence[LanguageLink]: ...


def article_page_context(
    edition: ArticleEdition,
    shared: SharedVersions,
    *,
    media: Mapping[int, MediaFile] | None = None,
    base_url: str | None = None,
) -> dict[str, Any]:
    """Everything `article.html.j2` needs for one edition; `shared` are the article's pages in
    every language, this one included, as every page lists them (`SharedVersions`).

    `media` maps figure numbers to their image files in the site (`media.figure_media`)."""
    source = shared.records[0]
    page = page_head(
        title=edition.title,
        locale=edition.locale,
        depth=1,
        site_path=edition.path,
        base_url=base_url,
        alternates=[*shared.alternates, ("x-default", source.path)],
        indexable=edition.ready,
        description=edition.article.summary_text,
    )
    page["lang"] = edition.article.lang or page["lang"]
    page["versions"] = shared.links(edition.locale, edition.locale)
    readiness_notice, notice, review_link = _body_words(edition.locale, edition.article.source_lang)
    return {
        "page": page,
        "article_html": _article_markup(edition.article, media or {}),
        "readiness_notice": None if edition.ready else readiness_notice,
        "notice": notice if needs_machine_notice(edition) else None,
        "review_link": review_link,
        "completeness": completeness_text(completeness_of(edition), edition.locale),
    }


def _body_words(locale: TargetLocale, source_lang: str) -> tuple[str, str, str]:
    """An article page's notices in its locale's words (the readiness notice naming the
    source's language, the machine-translation notice, the review link), made once per
    (locale, source language)."""
    found = _BODY_WORDS.get((locale.code, source_lang))
    if found is None:
        words = (
            readiness_text(locale, "notice", source_lang=source_lang),
            ui_text(locale, "notice"),
            ui_text(locale, "review"),
        )
        found = remember(_BODY_WORDS, (locale.code, source_lang), words, limit=1_000)
    return found


_BODY_WORDS: dict[tuple[str, str], tuple[str, str, str]] = {}  # a function of the code and source language


def redirect_context(target: ArticleEdition, *, base_url: str | None) -> dict[str, Any]:
    """The old address of a page (`<locale>/<domain>.html`) pointing to its readable name: a
    meta refresh (HTML §4.2.5.3) and a canonical link, so old links and bookmarks keep working."""
    href = relative_href(f"{target.page_slug}.html", depth=0)
    return {
        "lang": target.locale.bcp47,
        "dir": cldr.direction(target.locale),
        "title": target.title,
        "href": href,
        "canonical": absolute_url(base_url, target.path, depth=1) if base_url else href,
    }


def completeness_of(edition: ArticleEdition) -> int:
    """Percent reviewed; the source edition is complete by definition."""
    return 100 if edition.is_source else completeness_percent(edition.article)
