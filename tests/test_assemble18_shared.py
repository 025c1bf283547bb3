"""What cold `assemble` now does once instead of per edition or per format gives what doing it
each time gave (issue 16, session 18).

- `render_formats` groups an edition's blocks once for its three writers: every page of real
  articles (tests/data/realworld, SOURCES.md there), in left-to-right and right-to-left locales,
  rendered one after another, is the page each writer makes alone — groups kept from another
  article or locale would show there.
- `dateline` keeps CLDR's long date pattern per locale: interleaved locales and dates each get
  what Babel's `format_date` gives, so a pattern kept for the wrong locale (a stale answer) fails.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from babel.dates import format_date
from conftest import measured_pages, mixed_translations

from l10n.assemble import assemble_article, render_formats
from l10n.assemble.dateline import dateline
from l10n.assemble.html import render_html
from l10n.assemble.markdown import render_markdown
from l10n.assemble.text import render_plain_text
from l10n.locales import DEFAULT_TARGET_LOCALES, parse_locale
from l10n.model import Document
from l10n.placeables.render import in_native_digits


def test_formats_rendered_together_are_each_writer_alone() -> None:
    from l10n.assembly import parse_document

    pages = list(measured_pages())[1::5]
    assert len(pages) > 60
    locales = [parse_locale(code) for code in (*DEFAULT_TARGET_LOCALES, "en", "he")]
    for page in pages:
        document = parse_document(page)
        translations, held = mixed_translations(document)
        for locale in locales:
            article = assemble_article(document, translations, locale, domain="d", held=held)
            alone = [render_html(article), render_markdown(article), render_plain_text(article)]
            assert render_formats(article, ("html", "md", "txt")) == alone, (page.name, locale.code)
            assert render_formats(article, ("txt", "html")) == [alone[2], alone[0]], (page.name, locale.code)


def test_an_unknown_format_is_refused_before_any_is_rendered() -> None:
    article = assemble_article(Document(blocks=[]), {}, parse_locale("de"), domain="d")
    with pytest.raises(ValueError, match="pdf"):
        render_formats(article, ("html", "pdf"))  # type: ignore[list-item]


def test_datelines_follow_each_locale_whatever_came_before() -> None:
    codes = [*DEFAULT_TARGET_LOCALES, "en", "en_GB", "fa", "ar_EG", "bn", "de_CH", "ja"]
    days = [dt.datetime(2019, 1, 4), dt.datetime(2020, 4, 10), dt.datetime(2024, 12, 31)]
    for round_ in range(2):  # the second round reads what the first one kept
        for index, code in enumerate(codes if round_ == 0 else codes[::-1]):
            locale = parse_locale(code)
            day = days[index % len(days)]
            expected = in_native_digits(format_date(day.date(), "long", locale=locale.babel), locale)
            assert dateline(Document(blocks=[], published=day), locale) == expected, code


def test_source_editions_are_dated_in_their_regions_whatever_came_before() -> None:
    """The source-language edition is dated as its stated region writes dates (`_dateline_locale`):
    the pattern is the shown variant's, not the edition's — en_GB, en_US, plain en, interleaved."""
    english = parse_locale("en")
    day = dt.datetime(2020, 4, 10)
    for variant in ("en_GB", "", "en_US", "en_GB", "en_AU", "", "en_US"):
        document = Document(blocks=[], source_locale="en", source_variant=variant, published=day)
        shown = parse_locale(variant) if variant else english
        expected = in_native_digits(format_date(day.date(), "long", locale=shown.babel), shown)
        assert dateline(document, english) == expected, variant
    assert dateline(Document(blocks=[], source_variant="en_GB", published=day), english) == "10 April 2020"
