"""What one page shows, computed from assembled articles: versions, notice, completeness, blocks.

Kept apart from `site.py` (which walks the project and writes files) so the page logic is pure:
an `ArticleEdition` in, a template context out. Inline text comes from assemble's pieces
(`str | InlineTag`); this module only decides the *page-level* marking the W3C i18n guidance asks
for: `lang` on runs not in the page language, the machine-translation notice, and the
switcher/hreflang links between versions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from l10n.assemble.labels import label_parts
from l10n.assemble.layout import body_groups, byline_blocks, headline_block
from l10n.locales import TargetLocale

MACHINE_COUNTS = ("mt", "fuzzy")  # keys of LocalizedArticle.counts
REVIEWED_COUNT = "translated"
STYLESHEET = "site.css"
HOME = "index.html"
_TAG_NAME = re.compile(r"[a-z][a-z0-9]{0,15}")
_SAFE_ATTRIBUTES = frozenset({"href", "title", "lang", "dir", "cite", "datetime"})

# The few interface strings a page shows besides the article, in the page's language: the
# project's wording (CLDR has none), keyed like assemble's labels (language; Chinese by script).
UI_TEXT: dict[str, dict[str, str]] = {
    "en": {"notice": "Machine translated — not yet reviewed", "reviewed": "{percent} reviewed"},
    "zh_Hans": {"notice": "机器翻译——尚未审校", "reviewed": "已审校 {percent}"},
    "zh_Hant": {"notice": "機器翻譯——尚未審校", "reviewed": "已審校 {percent}"},
    "ja": {"notice": "機械翻訳 — 未校閲", "reviewed": "校閲済み {percent}"},
    "ko": {"notice": "기계 번역 — 아직 검토되지 않음", "reviewed": "검토 완료 {percent}"},
    "de": {"notice": "Maschinell übersetzt – noch nicht geprüft", "reviewed": "{percent} geprüft"},
    "fr": {"notice": "Traduction automatique — pas encore relue", "reviewed": "{percent} relu"},
    "es": {"notice": "Traducción automática: aún sin revisar", "reviewed": "{percent} revisado"},
    "ar": {"notice": "ترجمة آلية — لم تتم مراجعتها بعد", "reviewed": "تمت مراجعة {percent}"},
    "ru": {"notice": "Машинный перевод — ещё не проверен", "reviewed": "Проверено: {percent}"},
    "pt": {"notice": "Tradução automática — ainda não revisada", "reviewed": "{percent} revisado"},
}


@dataclass(frozen=True)
class ArticleEdition:
    """One assembled article in one locale; `is_source` marks the original (English) edition."""

    article: Any  # l10n.assemble.LocalizedArticle
    is_source: bool = False

    @property
    def locale(self) -> TargetLocale:
        return self.article.locale

    @property
    def domain(self) -> str:
        return self.article.domain


@dataclass(frozen=True)
class LanguageLink:
    """One entry of a language switcher / hreflang list, with the href relative to the page."""

    hreflang: str
    href: str
    name: str
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
            current=current is not None and locale.code == current.code,
            percent_reviewed=percent,
        )
        for locale, path, percent in entries
    ]


def pieces_html(pieces: Sequence[Any]) -> Any:
    """Text pieces escaped, `InlineTag`s rebuilt as markup (only safe names and attributes).

    >>> from l10n.model import InlineTag
    >>> str(pieces_html(["1 < 2 ", InlineTag("em"), "<script>", InlineTag("em", closing=True)]))
    '1 &lt; 2 <em>&lt;script&gt;</em>'
    >>> str(pieces_html([InlineTag("a", (("href", "javascript:alert(1)"), ("onclick", "x")))]))
    '<a>'
    """
    from markupsafe import Markup, escape

    html = []
    for piece in pieces:
        if isinstance(piece, str):
            html.append(escape(piece))
            continue
        name = piece.name.lower()
        if not _TAG_NAME.fullmatch(name):
            continue
        if piece.closing:
            html.append(Markup(f"</{name}>"))
            continue
        attrs = "".join(
            f' {key}="{escape(value)}"' for key, value in piece.attrs if _attribute_is_safe(key, value)
        )
        html.append(Markup(f"<{name}{attrs}>"))
    return Markup("").join(html)


def _attribute_is_safe(key: str, value: str) -> bool:
    """No event handlers, no style, no `javascript:` URLs: source markup is data too."""
    if key.lower() not in _SAFE_ATTRIBUTES:
        return False
    return not (key.lower() in ("href", "cite") and value.strip().lower().startswith(("javascript:", "data:")))


def block_html(block: Any, *, page_locale: TargetLocale) -> Any:
    """A block's sentences as escaped HTML spans, each marked with its status.

    A sentence shown in another language than the page (an untranslated unit falling back to
    English) carries `lang` so browsers, fonts and screen readers switch language for it.
    Separators come from assemble (none between Chinese or Japanese sentences).
    """
    from markupsafe import Markup, escape

    html = []
    for segment in block.segments:
        lang = "" if segment.lang == page_locale.bcp47 else f' lang="{escape(segment.lang)}"'
        html.append(escape(segment.separator))
        html.append(Markup(f'<span class="seg seg-{escape(segment.status)}"{lang}>'))
        html.append(pieces_html(segment.pieces))
        html.append(Markup("</span>"))
    return Markup("").join(html)


def article_page_context(
    edition: ArticleEdition, editions: Sequence[ArticleEdition]
) -> dict[str, Any]:
    """Everything `article.html.j2` needs for one edition; `editions` are all versions, source first."""
    article = edition.article
    source = editions[0]
    links = language_links(
        [(e.locale, f"{e.locale.code}/{e.domain}.html", completeness_of(e)) for e in editions],
        current=edition.locale,
        depth=1,
    )

    def render_block(block: Any) -> Any:
        return block_html(block, page_locale=edition.locale)

    return {
        "page": {
            "lang": edition.locale.bcp47,
            "dir": edition.locale.direction,
            "title": article.headline,
            "css_href": relative_href(STYLESHEET, depth=1),
            "home_href": relative_href(HOME, depth=1),
            "versions": links,
            "x_default_href": relative_href(f"{source.locale.code}/{source.domain}.html", depth=1),
        },
        "article": article,
        "headline": headline_block(article),
        "bylines": byline_blocks(article),
        "groups": list(body_groups(article)),
        "block_html": render_block,
        "labels": {key: label_parts(key, edition.locale) for key in ("byline", "source", "editor", "photo")},
        "published_iso": article.published.isoformat() if article.published else "",
        "notice": ui_text(edition.locale, "notice") if needs_machine_notice(edition) else None,
        "completeness": completeness_text(completeness_of(edition), edition.locale),
    }


def completeness_of(edition: ArticleEdition) -> int:
    """Percent reviewed; the source edition is complete by definition."""
    return 100 if edition.is_source else completeness_percent(edition.article)
