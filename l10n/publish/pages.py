"""What one page shows, computed from assembled articles: versions, notice, completeness, blocks.

Kept apart from `site.py` (which walks the project and writes files) so the page logic is pure:
an `ArticleEdition` in, a template context out. The article body is assemble's HTML; this module
adds what only a *site* knows (W3C i18n "language negotiation" guidance): the switcher and
hreflang links between versions, the machine-translation notice, and completeness.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from l10n.locales import TargetLocale
from l10n.publish.media import MediaFile, with_site_image_paths

MACHINE_COUNTS = ("mt", "fuzzy")  # keys of LocalizedArticle.counts
REVIEWED_COUNT = "translated"
STYLESHEET = "site.css"
HOME = "index.html"

# The few interface strings a page shows besides the article, in the page's language: the
# project's wording (CLDR has none), keyed like assemble's labels (language; Chinese by script).
UI_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "notice": "Machine translated — not yet reviewed",
        "reviewed": "{percent} reviewed",
        "review": "Highlight unreviewed sentences",
    },
    "zh_Hans": {
        "notice": "机器翻译——尚未审校",
        "reviewed": "已审校 {percent}",
        "review": "标出未审校的句子",
    },
    "zh_Hant": {
        "notice": "機器翻譯——尚未審校",
        "reviewed": "已審校 {percent}",
        "review": "標出未審校的句子",
    },
    "ja": {
        "notice": "機械翻訳 — 未校閲",
        "reviewed": "校閲済み {percent}",
        "review": "未校閲の文を表示",
    },
    "ko": {
        "notice": "기계 번역 — 아직 검토되지 않음",
        "reviewed": "검토 완료 {percent}",
        "review": "검토되지 않은 문장 표시",
    },
    "de": {
        "notice": "Maschinell übersetzt – noch nicht geprüft",
        "reviewed": "{percent} geprüft",
        "review": "Ungeprüfte Sätze markieren",
    },
    "fr": {
        "notice": "Traduction automatique — pas encore relue",
        "reviewed": "{percent} relu",
        "review": "Surligner les phrases non relues",
    },
    "es": {
        "notice": "Traducción automática: aún sin revisar",
        "reviewed": "{percent} revisado",
        "review": "Resaltar las frases sin revisar",
    },
    "ar": {
        "notice": "ترجمة آلية — لم تتم مراجعتها بعد",
        "reviewed": "تمت مراجعة {percent}",
        "review": "تمييز الجمل غير المراجعة",
    },
    "ru": {
        "notice": "Машинный перевод — ещё не проверен",
        "reviewed": "Проверено: {percent}",
        "review": "Выделить непроверенные предложения",
    },
    "pt": {
        "notice": "Tradução automática — ainda não revisada",
        "reviewed": "{percent} revisado",
        "review": "Destacar frases não revisadas",
    },
}


@dataclass(frozen=True)
class ArticleEdition:
    """One assembled article in one locale; `is_source` marks the original (English) edition."""

    article: Any  # l10n.assemble.LocalizedArticle
    is_source: bool = False
    source_dir: Path | None = None  # the source article's folder: relative image paths start there

    @property
    def locale(self) -> TargetLocale:
        return self.article.locale

    @property
    def domain(self) -> str:
        return self.article.domain

    @property
    def title(self) -> str:
        """The headline as plain text, or the article's slug when the source had none."""
        return self.article.headline or self.domain


@dataclass(frozen=True)
class LanguageLink:
    """One entry of a language switcher / hreflang list, with the href relative to the page."""

    hreflang: str
    href: str
    name: str  # the language's own name, shown with `dir` so Arabic does not reorder its row
    direction: str
    current: bool
    percent_reviewed: int | None = None


def ui_text(locale: TargetLocale, key: str, **values: str) -> str:
    """An interface string in the locale's language, English when the table lacks it.

    >>> from l10n.locales import parse_locale
    >>> ui_text(parse_locale("zh_TW"), "notice")
    '機器翻譯——尚未審校'
    >>> ui_text(parse_locale("pt_BR"), "notice")
    'Tradução automática — ainda não revisada'
    >>> ui_text(parse_locale("sw"), "notice")
    'Machine translated — not yet reviewed'
    """
    language = locale.language
    if language == "zh":
        language = "zh_" + (locale.babel.script or "Hans")
    return UI_TEXT.get(language, UI_TEXT["en"])[key].format(**values)


def completeness_percent(article: Any) -> int:
    """Share of sentences a person has reviewed (assemble's counts), rounded down: 99.6% is not 100%."""
    total = sum(article.counts.values())
    return 100 if total == 0 else (100 * article.counts.get(REVIEWED_COUNT, 0)) // total


def completeness_text(percent: int, locale: TargetLocale) -> str:
    """"42 % geprüft": the number formatted by Babel/CLDR for the locale, the words from `UI_TEXT`.

    >>> from l10n.locales import parse_locale
    >>> completeness_text(42, parse_locale("de"))
    '42\\xa0% geprüft'
    """
    from babel.numbers import format_percent

    return ui_text(locale, "reviewed", percent=format_percent(percent / 100, locale=locale.babel))


def needs_machine_notice(edition: ArticleEdition) -> bool:
    """True when any unit on the page is machine output or a fuzzy (unconfirmed) match."""
    counts = edition.article.counts
    return not edition.is_source and any(counts.get(key, 0) for key in MACHINE_COUNTS)


def page_path(locale: TargetLocale, domain: str) -> str:
    """Site-relative path of an article page: `<locale>/<slug>.html` (locale in gettext form)."""
    return f"{locale.code}/{domain}.html"


def relative_href(site_path: str, *, depth: int) -> str:
    """A site-root-relative path as seen from a page `depth` folders below the root."""
    return "../" * depth + site_path


def language_links(
    entries: Sequence[tuple[TargetLocale, str, int | None]], *, current: TargetLocale | None, depth: int
) -> list[LanguageLink]:
    """Switcher links for (locale, site path, percent reviewed) entries, relative to the page."""
    return [
        LanguageLink(
            hreflang=locale.bcp47,
            href=relative_href(path, depth=depth),
            name=locale.display_name,
            direction=locale.direction,
            current=current is not None and locale.code == current.code,
            percent_reviewed=percent,
        )
        for locale, path, percent in entries
    ]


def article_fragment(article: Any) -> Any:
    """The `<article>` element of assemble's page (`render_html`) as markup for the site template.

    Assemble owns the article's HTML shape (header, figures, labels, `lang` on English fallbacks,
    escaping through lxml); the site only frames it. Taking the element from the rendered page
    keeps one home for that logic.
    """
    from lxml import html as lxml_html
    from markupsafe import Markup

    from l10n.assemble.html import render_html

    element = lxml_html.document_fromstring(render_html(article)).find(".//article")
    return Markup(lxml_html.tostring(element, encoding="unicode", with_tail=False))


def article_page_context(
    edition: ArticleEdition, editions: Sequence[ArticleEdition], *, media: Mapping[int, MediaFile] | None = None
) -> dict[str, Any]:
    """Everything `article.html.j2` needs for one edition; `editions` are all versions, source first.

    `media` maps figure numbers to their image files in the site (`media.figure_media`)."""
    source = editions[0]
    links = language_links(
        [(e.locale, page_path(e.locale, e.domain), completeness_of(e)) for e in editions],
        current=edition.locale,
        depth=1,
    )
    return {
        "page": {
            "lang": edition.locale.bcp47,
            "dir": edition.locale.direction,
            "title": edition.title,
            "css_href": relative_href(STYLESHEET, depth=1),
            "home_href": relative_href(HOME, depth=1),
            "versions": links,
            "x_default_href": relative_href(page_path(source.locale, source.domain), depth=1),
        },
        "article_html": article_fragment(with_site_image_paths(edition.article, media or {}, depth=1)),
        "notice": ui_text(edition.locale, "notice") if needs_machine_notice(edition) else None,
        "review_link": ui_text(edition.locale, "review"),
        "completeness": completeness_text(completeness_of(edition), edition.locale),
    }


def completeness_of(edition: ArticleEdition) -> int:
    """Percent reviewed; the source edition is complete by definition."""
    return 100 if edition.is_source else completeness_percent(edition.article)
